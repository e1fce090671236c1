export const id = 548;
export const ids = [548];
export const modules = {

/***/ 1548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CloudWatchAlarms: () => (/* binding */ CloudWatchAlarms),
/* harmony export */   createCloudWatchClient: () => (/* binding */ createCloudWatchClient)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4085);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8098);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5028);




/** The alarms a rollout watches: their state now, by name. */
class CloudWatchAlarms {
    client;
    names;
    region;
    failure;
    constructor(client, names, region) {
        this.client = client;
        this.names = names;
        this.region = region;
        this.failure = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .failureDescriber */ .Ct)(`the alarms in ${region}`, region, 'Check alarms and region.');
    }
    /** Each alarm's state (OK, ALARM, INSUFFICIENT_DATA); a missing one is an input error. */
    async states() {
        const definitions = await this.definitions();
        return new Map([...definitions].map(([name, definition]) => [name, definition.state]));
    }
    /** Each alarm's state and metrics; a missing one is an input error. */
    async definitions() {
        const found = new Map();
        // DescribeAlarms takes at most 100 names a call.
        for (let at = 0; at < this.names.length; at += 100) {
            const names = this.names.slice(at, at + 100);
            let answer;
            try {
                answer = await this.client.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_3__/* .DescribeAlarmsCommand */ .zWD({
                    AlarmNames: names,
                    AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
                }));
            }
            catch (error) {
                throw this.failure(error, 'read the alarms', 'cloudwatch:DescribeAlarms');
            }
            for (const alarm of answer.MetricAlarms ?? []) {
                if (alarm.AlarmName === undefined)
                    continue;
                found.set(alarm.AlarmName, { state: alarm.StateValue ?? '', metrics: metricsOf(alarm) });
            }
            for (const alarm of answer.CompositeAlarms ?? []) {
                if (alarm.AlarmName === undefined)
                    continue;
                found.set(alarm.AlarmName, { state: alarm.StateValue ?? '', metrics: undefined });
            }
        }
        const missing = this.names.filter((name) => !found.has(name));
        if (missing.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('alarms', `${missing.map((name) => `'${name}'`).join(', ')} ${missing.length === 1 ? 'does' : 'do'} not exist in CloudWatch`);
        }
        return found;
    }
}
/** A single-metric alarm's metric, or each entry of a metric math alarm's Metrics. */
function metricsOf(alarm) {
    if (alarm.Metrics === undefined || alarm.Metrics.length === 0) {
        return [{ namespace: alarm.Namespace, dimensions: dimensionsOf(alarm.Dimensions) }];
    }
    return alarm.Metrics.map((query) => {
        const metric = query.MetricStat?.Metric;
        return metric === undefined
            ? { namespace: undefined, dimensions: {} }
            : { namespace: metric.Namespace, dimensions: dimensionsOf(metric.Dimensions) };
    });
}
function dimensionsOf(dimensions) {
    const byName = {};
    for (const { Name, Value } of dimensions ?? []) {
        if (Name !== undefined && Value !== undefined)
            byName[Name] = Value;
    }
    return byName;
}
/** Loaded only by a run that watches alarms (see lambdaApis). */
function createCloudWatchClient(region, requestTimeoutSeconds) {
    return (0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .createClient */ .UU)(_aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_3__/* .CloudWatchClient */ .WBn, region, requestTimeoutSeconds);
}


/***/ })

};

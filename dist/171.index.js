export const id = 171;
export const ids = [171,304,60];
export const modules = {

/***/ 8098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ failureDescriber),
/* harmony export */   DM: () => (/* binding */ briefReason),
/* harmony export */   Pp: () => (/* binding */ describeAwsError)
/* harmony export */ });
/* unused harmony export missingResource */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _error_kinds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5921);


const NOT_FOUND = new Set(['ResourceNotFoundException', 'NotFound', 'NoSuchBucket']);
const ACCESS_DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'Forbidden']);
const CONNECTION_FAILED = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNREFUSED',
    'ENOTFOUND',
]);
const BAD_CREDENTIALS = new Set([
    'UnrecognizedClientException',
    'InvalidSignatureException',
    'ExpiredTokenException',
    'InvalidClientTokenId',
]);
/** describeAwsError for calls on one resource: it, its region and what to check when it is missing. */
function failureDescriber(resource, region, notFoundHint) {
    return (error, action, permission) => describeAwsError(error, { action, permission, resource, region, notFoundHint });
}
/** Turns an SDK error into one that says what failed, on what, and what to do about it. */
function describeAwsError(error, call) {
    const name = errorName(error);
    const said = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
    const failure = (message) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH(message, { cause: error });
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH) {
        return failure(`Could not ${call.action} (${call.resource}): ${said}`);
    }
    const deadline = (0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .deadlineReason */ .Xp)(error);
    if (deadline !== undefined) {
        return failure(`Could not ${call.action} (${call.resource}): ${deadline}${afterAttempts(error)}.`);
    }
    if ((0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadableAnswer */ .MV)(error)) {
        return failure(`Could not ${call.action} (${call.resource}): ${serviceOf(call)} sent an answer that could ` +
            `not be read (HTTP ${(0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatusOf */ .s_)(error) ?? 'status unknown'}).`);
    }
    if (NOT_FOUND.has(name)) {
        const missing = missingResource(said);
        const awsSaid = said === '' || said === name || said === 'UnknownError' ? '' : ` AWS said: ${said}`;
        if (missing !== undefined && missing.what !== call.resource) {
            return failure(`Could not ${call.action} (${call.resource}): ${missing.what} does not exist in ` +
                `${call.region}. ${missing.hint}${awsSaid}`);
        }
        return failure(`Could not ${call.action}: ${call.resource} does not exist in ${call.region}. ` +
            `${call.notFoundHint}${awsSaid}`);
    }
    if (ACCESS_DENIED.has(name)) {
        return failure(`Could not ${call.action}: access denied. The credentials need the IAM permission ` +
            `${call.permission} on ${call.resource}. AWS said: ${said}`);
    }
    if (BAD_CREDENTIALS.has(name)) {
        return failure(`Could not ${call.action}: AWS did not accept the credentials (${name}). ` +
            `Check the aws-actions/configure-aws-credentials step. AWS said: ${said}`);
    }
    const code = error?.code;
    if (typeof code === 'string' && CONNECTION_FAILED.has(code)) {
        return failure(`Could not ${call.action} (${call.resource}): the connection to AWS failed (${code})${afterAttempts(error)}.`);
    }
    if (name === 'CredentialsProviderError') {
        return failure(`Could not ${call.action}: no AWS credentials were found. ` +
            'Add aws-actions/configure-aws-credentials before this step.');
    }
    const status = (0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatusOf */ .s_)(error);
    if (name === 'Unknown' && status !== undefined) {
        // No body, so no error code: the status is all AWS said.
        const slowDown = status === 503 ? ' (slow down: too many requests)' : '';
        return failure(`Could not ${call.action} (${call.resource}): AWS answered HTTP ${status}${slowDown}${afterAttempts(error)}, with no details.`);
    }
    return failure(`Could not ${call.action} (${call.resource}): ${name ? `${name}: ` : ''}${said}`);
}
/**
 * What a not-found answer says is missing, from Lambda's own words: a layer version, an
 * alias, a version, or the function itself (which the call's resource already names).
 */
function missingResource(said) {
    const layer = /(arn:[\w-]+:lambda:[\w-]+:\d{12}:layer:[\w-]+:\d+)/.exec(said)?.[1];
    if (layer !== undefined && /layer/i.test(said)) {
        return { what: `layer version '${layer}'`, hint: 'Check layers.' };
    }
    const arn = /(arn:[\w-]+:lambda:[\w-]+:\d{12}:function:[\w-]+)(?::([\w$-]+))?/.exec(said);
    if (arn === null)
        return undefined;
    const [, functionArn = '', qualifier] = arn;
    const functionName = functionArn.split(':')[6] ?? '';
    if (qualifier === undefined) {
        return {
            what: `function '${functionName}'`,
            hint: 'Check function-name and region.',
        };
    }
    if (/^\d+$/.test(qualifier)) {
        return {
            what: `version ${qualifier} of function '${functionName}'`,
            hint: 'Check the version number (deleted, or never published).',
        };
    }
    return {
        what: `alias '${qualifier}' of function '${functionName}'`,
        hint: 'Check alias.',
    };
}
/** " after 6 attempts", as the SDK counted them; '' when it did not say (or tried once). */
function afterAttempts(error) {
    const attempts = (0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .attemptsOf */ .Or)(error);
    return attempts === undefined || attempts < 2 ? '' : ` after ${attempts} attempts`;
}
/** "Lambda" or "S3", from the IAM action the call needs. */
function serviceOf(call) {
    return call.permission.startsWith('s3:') ? 'S3' : 'Lambda';
}
/**
 * The error's name; an answer without a body (S3 answers HEAD requests so) reaches the SDK
 * as 'Unknown', and its status then says what it was.
 */
function errorName(error) {
    if (!(error instanceof Error))
        return '';
    if (error.name !== 'Unknown')
        return error.name;
    const status = (0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatusOf */ .s_)(error);
    if (status === 403)
        return 'AccessDenied';
    if (status === 404)
        return 'NotFound';
    return error.name;
}
/** A short reason for a log line or a message part: "no answer within 60 s (request-timeout)". */
function briefReason(error) {
    const deadline = (0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .deadlineReason */ .Xp)(error);
    if (deadline !== undefined)
        return deadline;
    if ((0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadableAnswer */ .MV)(error)) {
        return `an answer that could not be read (HTTP ${(0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatusOf */ .s_)(error) ?? 'status unknown'})`;
    }
    const code = error?.code;
    if (typeof code === 'string' && CONNECTION_FAILED.has(code)) {
        return `the connection failed (${code})`;
    }
    const firstLine = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).split('\n')[0] ?? '';
    const name = errorName(error);
    const status = (0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatusOf */ .s_)(error);
    if (name === 'Unknown' && status !== undefined)
        return `HTTP ${status}`;
    return name === '' || name === 'Error' || name === 'DeployError'
        ? firstLine
        : `${name}: ${firstLine}`;
}


/***/ }),

/***/ 5028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s1: () => (/* binding */ clientOptions),
  UU: () => (/* binding */ createClient),
  Vw: () => (/* binding */ createLambdaClient)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var dist_cjs = __webpack_require__(1696);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
// EXTERNAL MODULE: ./src/inputs.ts + 16 modules
var inputs = __webpack_require__(5504);
;// CONCATENATED MODULE: ./src/aws/request-deadline.ts
/**
 * The slowest a request body may travel: 64 KiB/s (about 0.5 Mbit/s). A 50 MiB upload may
 * take 13 minutes beyond request-timeout; an answer that trickles is cut off.
 */
const MIN_BYTES_PER_SECOND = 64 * 1024;
/** Milliseconds an attempt may take in all: request-timeout, plus its body at the minimum rate. */
function wholeRequestMs(requestTimeoutSeconds, bodyBytes) {
    return Math.ceil(requestTimeoutSeconds * 1000 + (bodyBytes / MIN_BYTES_PER_SECOND) * 1000);
}
/** The request's Content-Length, 0 when it has none (the SDK sets it on every body it sends). */
function bodyBytesOf(headers) {
    const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-length');
    const bytes = Number(entry?.[1] ?? 0);
    return Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
}
/** An error the SDK retries as a timeout (its name), tagged for the messages. */
function deadlineError(message, tags) {
    return Object.assign(new Error(message), { name: 'TimeoutError' }, tags);
}
/**
 * Arms `limitMs` for one attempt: `signal` aborts the request while it is sent and until its
 * status comes; after that, `guardBody` destroys the answer's body if it is still arriving
 * when the limit passes.
 */
class AttemptDeadline {
    limitMs;
    tags;
    outer;
    controller = new AbortController();
    timer;
    onLimit;
    forward;
    constructor(limitMs, tags, outer) {
        this.limitMs = limitMs;
        this.tags = tags;
        this.outer = outer;
        this.timer = setTimeout(() => {
            if (this.onLimit === undefined)
                this.controller.abort();
            else
                this.onLimit();
        }, limitMs);
        this.timer.unref();
        this.forward = () => {
            this.controller.abort(outer?.reason);
        };
        if (outer?.aborted === true)
            this.forward();
        // Removed when the attempt ends: a waiter's one signal sees many attempts.
        outer?.addEventListener('abort', this.forward, { once: true });
    }
    get signal() {
        return this.controller.signal;
    }
    /** True when this deadline (not the caller's signal) ended the attempt before its answer. */
    passedBeforeAnswer(outer) {
        return this.controller.signal.aborted && outer?.aborted !== true;
    }
    /** The error for a deadline that passed before any answer came. */
    noAnswer() {
        const seconds = this.limitMs / 1000;
        return deadlineError(`no answer within ${seconds} s`, {
            ...this.tags,
            wholeSeconds: seconds,
        });
    }
    /** Cuts the answer's body off when the limit passes before it has all arrived. */
    guardBody(response) {
        const body = response.body;
        if (body === undefined || typeof body.destroy !== 'function') {
            this.done();
            return;
        }
        const stream = body;
        const seconds = this.limitMs / 1000;
        this.onLimit = () => {
            stream.destroy(deadlineError(`the answer did not complete within ${seconds} s`, {
                ...this.tags,
                wholeSeconds: seconds,
                answerTooSlow: true,
            }));
        };
        stream.once('end', () => {
            this.done();
        });
        stream.once('close', () => {
            this.done();
        });
        stream.once('error', () => {
            this.done();
        });
    }
    done() {
        clearTimeout(this.timer);
        this.outer?.removeEventListener('abort', this.forward);
    }
}

// EXTERNAL MODULE: ./src/aws/sdk-retries.ts
var sdk_retries = __webpack_require__(5974);
;// CONCATENATED MODULE: ./src/aws/clients.ts





/** Throttling, 5xx, resets and timeouts are retried by the SDK; this many attempts in all. */
const MAX_ATTEMPTS = 6;
/**
 * Gives every request deadlines: `seconds` to connect, `seconds` without a byte moving either
 * way once connected, and a limit on each attempt's whole duration (request-deadline.ts), so
 * that an answer that trickles is cut off too. Errors from them carry `requestTimeoutSeconds`,
 * so a message can name request-timeout; the SDK retries them as timeouts.
 */
class DeadlineHandler extends node_http_handler_dist_cjs.NodeHttpHandler {
    seconds;
    constructor(seconds) {
        super({ connectionTimeout: seconds * 1000, socketTimeout: seconds * 1000 });
        this.seconds = seconds;
    }
    async handle(...[request, options]) {
        const outer = options?.abortSignal;
        const deadline = new AttemptDeadline(wholeRequestMs(this.seconds, bodyBytesOf(request.headers)), { requestTimeoutSeconds: this.seconds }, outer);
        try {
            const answer = await super.handle(request, { ...options, abortSignal: deadline.signal });
            deadline.guardBody(answer.response);
            return answer;
        }
        catch (error) {
            deadline.done();
            if (deadline.passedBeforeAnswer(outer))
                throw deadline.noAnswer();
            // The handler also names a reset connection TimeoutError; only its own deadlines lack a code.
            if (error instanceof Error && error.name === 'TimeoutError' && !('code' in error)) {
                Object.assign(error, { requestTimeoutSeconds: this.seconds });
            }
            throw error;
        }
    }
}
function clientOptions(region, requestTimeoutSeconds) {
    return {
        region,
        maxAttempts: MAX_ATTEMPTS,
        retryStrategy: new sdk_retries/* DeployRetryStrategy */.P(MAX_ATTEMPTS),
        requestHandler: new DeadlineHandler(requestTimeoutSeconds),
        customUserAgent: 'lambda-deploy',
    };
}
function createClient(Client, region, requestTimeoutSeconds = inputs/* DEFAULT_REQUEST_TIMEOUT_SECONDS */.il) {
    return new Client(clientOptions(region, requestTimeoutSeconds));
}
/**
 * Credentials come from the default chain (OIDC through configure-aws-credentials,
 * or the AWS_* variables); AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_LAMBDA are honoured by the SDK.
 */
function createLambdaClient(region, requestTimeoutSeconds) {
    return createClient(dist_cjs/* LambdaClient */.Nox, region, requestTimeoutSeconds);
}


/***/ }),

/***/ 4370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CodeDeploy: () => (/* binding */ CodeDeploy),
  BL: () => (/* binding */ FINISHED),
  createCodeDeployClient: () => (/* binding */ createCodeDeployClient),
  CX: () => (/* reexport */ deploymentLink)
});

// UNUSED EXPORTS: alarmSettings, appSpecContent, fromRoutingConfig, toRoutingConfig

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-cjs/index.js
var dist_cjs = __webpack_require__(7507);
;// CONCATENATED MODULE: ./src/aws/codedeploy-shapes.ts
const ROLLBACK_EVENTS = ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'];
/** The AppSpec (version 0.0, JSON) of a Lambda deployment. */
function appSpecContent(spec) {
    const hooks = [
        ...(spec.beforeAllowTraffic === undefined
            ? []
            : [{ BeforeAllowTraffic: spec.beforeAllowTraffic }]),
        ...(spec.afterAllowTraffic === undefined
            ? []
            : [{ AfterAllowTraffic: spec.afterAllowTraffic }]),
    ];
    return JSON.stringify({
        version: 0.0,
        Resources: [
            {
                [spec.functionName.replace(/[^A-Za-z0-9]/g, '') || 'Function']: {
                    Type: 'AWS::Lambda::Function',
                    Properties: {
                        Name: spec.functionName,
                        Alias: spec.alias,
                        CurrentVersion: spec.currentVersion,
                        TargetVersion: spec.targetVersion,
                    },
                },
            },
        ],
        ...(hooks.length === 0 ? {} : { Hooks: hooks }),
    });
}
/** A console page that shows the deployment. */
function deploymentLink(region, id) {
    return `https://${region}.console.aws.amazon.com/codesuite/codedeploy/deployments/${id}?region=${region}`;
}
function alarmSettings(alarms) {
    return {
        alarmConfiguration: {
            enabled: alarms.length > 0,
            ignorePollAlarmFailure: false,
            alarms: alarms.map((name) => ({ name })),
        },
        autoRollbackConfiguration: { enabled: true, events: ROLLBACK_EVENTS },
    };
}
function toRoutingConfig(routing) {
    switch (routing.type) {
        case 'AllAtOnce':
            return { type: 'AllAtOnce' };
        case 'TimeBasedCanary':
            return {
                type: 'TimeBasedCanary',
                timeBasedCanary: {
                    canaryPercentage: routing.percentage,
                    canaryInterval: routing.intervalMinutes,
                },
            };
        case 'TimeBasedLinear':
            return {
                type: 'TimeBasedLinear',
                timeBasedLinear: {
                    linearPercentage: routing.percentage,
                    linearInterval: routing.intervalMinutes,
                },
            };
    }
}
function fromRoutingConfig(config) {
    if (config?.type === 'AllAtOnce')
        return { type: 'AllAtOnce' };
    if (config?.type === 'TimeBasedCanary') {
        const canary = config.timeBasedCanary;
        return {
            type: 'TimeBasedCanary',
            percentage: canary?.canaryPercentage ?? 0,
            intervalMinutes: canary?.canaryInterval ?? 0,
        };
    }
    if (config?.type === 'TimeBasedLinear') {
        const linear = config.timeBasedLinear;
        return {
            type: 'TimeBasedLinear',
            percentage: linear?.linearPercentage ?? 0,
            intervalMinutes: linear?.linearInterval ?? 0,
        };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/aws/aws-errors.ts
var aws_errors = __webpack_require__(8098);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(5028);
;// CONCATENATED MODULE: ./src/aws/codedeploy.ts
// CodeDeploy's Lambda compute platform: the application, deployment group and config a
// rollout uses, and the deployment itself. Each call says what failed, on what.





function createCodeDeployClient(region, requestTimeoutSeconds) {
    return (0,clients/* createClient */.UU)(dist_cjs/* CodeDeployClient */.cHd, region, requestTimeoutSeconds);
}
const FINISHED = new Set(['Succeeded', 'Failed', 'Stopped']);
class CodeDeploy {
    client;
    region;
    constructor(client, region) {
        this.client = client;
        this.region = region;
    }
    /** The application's compute platform; undefined when it does not exist. */
    async application(name) {
        try {
            const answer = await this.client.send(new dist_cjs/* GetApplicationCommand */.eOh({ applicationName: name }));
            return { computePlatform: answer.application?.computePlatform };
        }
        catch (error) {
            if (named(error, 'ApplicationDoesNotExistException'))
                return undefined;
            throw this.failure(error, 'read the application', 'codedeploy:GetApplication', `application '${name}'`);
        }
    }
    async group(application, name) {
        try {
            const answer = await this.client.send(new dist_cjs/* GetDeploymentGroupCommand */.WOp({ applicationName: application, deploymentGroupName: name }));
            const info = answer.deploymentGroupInfo;
            return {
                computePlatform: info?.computePlatform,
                alarms: (info?.alarmConfiguration?.alarms ?? []).flatMap((alarm) => alarm.name ?? []),
                alarmsEnabled: info?.alarmConfiguration?.enabled === true,
                rollbackEvents: info?.autoRollbackConfiguration?.enabled === true
                    ? (info.autoRollbackConfiguration.events ?? [])
                    : [],
                serviceRoleArn: info?.serviceRoleArn,
            };
        }
        catch (error) {
            if (named(error, 'DeploymentGroupDoesNotExistException'))
                return undefined;
            throw this.failure(error, 'read the deployment group', 'codedeploy:GetDeploymentGroup', `group '${name}'`);
        }
    }
    async deploymentConfig(name) {
        try {
            const answer = await this.client.send(new dist_cjs/* GetDeploymentConfigCommand */.z2K({ deploymentConfigName: name }));
            const info = answer.deploymentConfigInfo;
            return {
                computePlatform: info?.computePlatform,
                routing: fromRoutingConfig(info?.trafficRoutingConfig),
            };
        }
        catch (error) {
            if (named(error, 'DeploymentConfigDoesNotExistException'))
                return undefined;
            throw this.failure(error, 'read the deployment config', 'codedeploy:GetDeploymentConfig', `config '${name}'`);
        }
    }
    async createApplication(name) {
        try {
            await this.client.send(new dist_cjs/* CreateApplicationCommand */.ObD({ applicationName: name, computePlatform: 'Lambda' }));
        }
        catch (error) {
            if (named(error, 'ApplicationAlreadyExistsException'))
                return;
            throw this.failure(error, 'create the application', 'codedeploy:CreateApplication', `application '${name}'`);
        }
    }
    async createGroup(application, name, serviceRoleArn, alarms) {
        try {
            await this.client.send(new dist_cjs/* CreateDeploymentGroupCommand */.YqN({
                applicationName: application,
                deploymentGroupName: name,
                serviceRoleArn,
                deploymentStyle: {
                    deploymentType: 'BLUE_GREEN',
                    deploymentOption: 'WITH_TRAFFIC_CONTROL',
                },
                ...alarmSettings(alarms),
            }));
        }
        catch (error) {
            if (named(error, 'DeploymentGroupAlreadyExistsException'))
                return;
            throw this.failure(error, 'create the deployment group', 'codedeploy:CreateDeploymentGroup', `group '${name}'`);
        }
    }
    /** Sets the group's alarms, with automatic rollback on alarm and on failure. */
    async updateGroupAlarms(application, name, alarms) {
        try {
            await this.client.send(new dist_cjs/* UpdateDeploymentGroupCommand */.zqi({
                applicationName: application,
                currentDeploymentGroupName: name,
                ...alarmSettings(alarms),
            }));
        }
        catch (error) {
            throw this.failure(error, "update the deployment group's alarms", 'codedeploy:UpdateDeploymentGroup', `group '${name}'`);
        }
    }
    async createDeploymentConfig(name, routing) {
        try {
            await this.client.send(new dist_cjs/* CreateDeploymentConfigCommand */.JKx({
                deploymentConfigName: name,
                computePlatform: 'Lambda',
                trafficRoutingConfig: toRoutingConfig(routing),
            }));
        }
        catch (error) {
            if (named(error, 'DeploymentConfigAlreadyExistsException'))
                return;
            throw this.failure(error, 'create the deployment config', 'codedeploy:CreateDeploymentConfig', `config '${name}'`);
        }
    }
    /** Starts a deployment of `spec`; its id. */
    async createDeployment(application, group, config, spec, description) {
        try {
            const answer = await this.client.send(new dist_cjs/* CreateDeploymentCommand */.ttP({
                applicationName: application,
                deploymentGroupName: group,
                deploymentConfigName: config,
                description,
                revision: {
                    revisionType: 'AppSpecContent',
                    appSpecContent: { content: appSpecContent(spec) },
                },
            }));
            if (answer.deploymentId === undefined)
                throw new Error('CodeDeploy answered without a deploymentId');
            return answer.deploymentId;
        }
        catch (error) {
            // A retry after a lost answer meets the deployment it started: the group's active one.
            const started = named(error, 'DeploymentLimitExceededException')
                ? await this.activeWith(application, group, appSpecContent(spec)).catch(() => undefined)
                : undefined;
            if (started !== undefined)
                return started;
            throw this.failure(error, 'start the deployment', 'codedeploy:CreateDeployment', `group '${group}'`);
        }
    }
    /** The group's active deployment of exactly this AppSpec, if any (a few, bounded). */
    async activeWith(application, group, content) {
        const listed = await this.client.send(new dist_cjs/* ListDeploymentsCommand */.sr8({
            applicationName: application,
            deploymentGroupName: group,
            includeOnlyStatuses: ['Created', 'Queued', 'InProgress', 'Baking', 'Ready'],
        }));
        for (const id of (listed.deployments ?? []).slice(0, 10)) {
            const answer = await this.client.send(new dist_cjs/* GetDeploymentCommand */.Tvn({ deploymentId: id }));
            if (answer.deploymentInfo?.revision?.appSpecContent?.content === content)
                return id;
        }
        return undefined;
    }
    async deployment(id, signal) {
        try {
            const answer = await this.client.send(new dist_cjs/* GetDeploymentCommand */.Tvn({ deploymentId: id }), aborts(signal));
            const info = answer.deploymentInfo;
            const error = info?.errorInformation;
            const rollback = info?.rollbackInfo;
            return {
                id,
                status: info?.status ?? 'unknown',
                error: error?.code === undefined && error?.message === undefined
                    ? undefined
                    : { code: error.code ?? '', message: error.message ?? '' },
                rollback: rollback?.rollbackDeploymentId === undefined && rollback?.rollbackMessage === undefined
                    ? undefined
                    : {
                        deploymentId: rollback.rollbackDeploymentId,
                        message: rollback.rollbackMessage ?? '',
                    },
            };
        }
        catch (error) {
            throw this.failure(error, 'read the deployment', 'codedeploy:GetDeployment', `deployment ${id}`);
        }
    }
    /** The deployment's Lambda target (`function:alias`); undefined when CodeDeploy has none yet. */
    async target(id, targetId, signal) {
        try {
            const answer = await this.client.send(new dist_cjs/* GetDeploymentTargetCommand */.Oxg({ deploymentId: id, targetId }), aborts(signal));
            const target = answer.deploymentTarget?.lambdaTarget;
            if (target === undefined)
                return undefined;
            return {
                events: (target.lifecycleEvents ?? []).map((event) => ({
                    name: event.lifecycleEventName ?? '',
                    status: event.status ?? '',
                })),
                weight: target.lambdaFunctionInfo?.targetVersionWeight,
            };
        }
        catch (error) {
            if (named(error, 'DeploymentTargetDoesNotExistException'))
                return undefined;
            throw this.failure(error, 'read the deployment target', 'codedeploy:GetDeploymentTarget', `deployment ${id}`);
        }
    }
    /** Stops the deployment; with rollback, CodeDeploy puts the alias back on its version. */
    async stop(id, rollback, signal) {
        try {
            const answer = await this.client.send(new dist_cjs/* StopDeploymentCommand */.NzN({ deploymentId: id, autoRollbackEnabled: rollback }), aborts(signal));
            return `${answer.status ?? 'stop asked'}${answer.statusMessage ? `: ${answer.statusMessage}` : ''}`;
        }
        catch (error) {
            throw this.failure(error, 'stop the deployment', 'codedeploy:StopDeployment', `deployment ${id}`);
        }
    }
    failure(error, action, permission, resource) {
        return (0,aws_errors/* describeAwsError */.Pp)(error, {
            action,
            permission,
            resource: `CodeDeploy ${resource}`,
            region: this.region,
            notFoundHint: 'Check the codedeploy-* inputs and region.',
        });
    }
}
function aborts(signal) {
    return signal === undefined ? {} : { abortSignal: signal };
}
function named(error, name) {
    return error instanceof Error && error.name === name;
}


/***/ }),

/***/ 5921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ isBusy),
/* harmony export */   B1: () => (/* binding */ isOutcomeUnknown),
/* harmony export */   B5: () => (/* binding */ isThrottled),
/* harmony export */   MV: () => (/* binding */ isUnreadableAnswer),
/* harmony export */   Or: () => (/* binding */ attemptsOf),
/* harmony export */   PU: () => (/* binding */ aliasesReferencing),
/* harmony export */   W$: () => (/* binding */ isPreconditionFailed),
/* harmony export */   Xp: () => (/* binding */ deadlineReason),
/* harmony export */   s_: () => (/* binding */ httpStatusOf),
/* harmony export */   x9: () => (/* binding */ isAlreadyExists)
/* harmony export */ });
/* unused harmony export timedOutAfter */
// What an error from an AWS call says about whether the call was applied.
/** Network failures: the request may or may not have reached AWS. */
const CONNECTION_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNREFUSED']);
/** Lambda says "already exists", "Function already exist" and "FunctionUrlConfig exists". */
function isAlreadyExists(error) {
    return (error instanceof Error &&
        /conflict/i.test(error.name) &&
        /\b(already exists?|exists for)\b/i.test(error.message));
}
/** Another update of the function is under way: waiting and sending again is right. */
function isBusy(error) {
    return (error instanceof Error &&
        error.name === 'ResourceConflictException' &&
        !isAlreadyExists(error) &&
        aliasesReferencing(error) === undefined);
}
/**
 * DeleteFunction on a version an alias routes to: Lambda's 409 "Unable to delete version
 * because the following aliases reference it: [live]". The aliases, as Lambda listed them
 * ('live'), for that error or one it wraps; undefined for any other. Waiting does not help.
 */
function aliasesReferencing(error) {
    for (let at = error; at instanceof Error; at = at.cause) {
        const listed = /aliases reference it:?\s*\[?([^\]]*)\]?/i.exec(at.message);
        if (at.name === 'ResourceConflictException' && listed !== null)
            return listed[1]?.trim() ?? '';
    }
    return undefined;
}
/** A RevisionId (or CodeSha256) precondition that no longer held. */
function isPreconditionFailed(error) {
    return error instanceof Error && error.name === 'PreconditionFailedException';
}
function isThrottled(error) {
    return (error instanceof Error &&
        (/Throttl|TooManyRequests|SlowDown/.test(error.name) || httpStatusOf(error) === 429));
}
/** No answer within request-timeout: the seconds, as the client tagged the error. */
function timedOutAfter(error) {
    return error?.requestTimeoutSeconds;
}
/**
 * Which deadline passed, in words: "no answer within 5 s (request-timeout)", or for an answer
 * that came too slowly, "AWS answered too slowly: not all of the answer arrived within 5 s
 * (request-timeout)";
 * undefined when no deadline of the client's passed.
 */
function deadlineReason(error) {
    const tagged = error;
    const seconds = tagged?.requestTimeoutSeconds;
    if (seconds === undefined)
        return undefined;
    const whole = Math.round((tagged?.wholeSeconds ?? seconds) * 10) / 10;
    const limit = whole > seconds
        ? `${whole} s (request-timeout ${seconds} s, plus 1 s for each 64 KiB of the request's body)`
        : `${seconds} s (request-timeout)`;
    return tagged?.answerTooSlow === true
        ? `AWS answered too slowly: not all of the answer arrived within ${limit}`
        : `no answer within ${limit}`;
}
/** An answer came, but not one the SDK could read (not JSON, cut short). */
function isUnreadableAnswer(error) {
    return error instanceof Error && /Deserialization error/.test(error.message);
}
/**
 * The request may have been applied though no answer said so: it timed out, the connection
 * broke, AWS failed inside (5xx), or its answer could not be read.
 */
function isOutcomeUnknown(error) {
    if (!(error instanceof Error))
        return false;
    const code = error?.code;
    const status = httpStatusOf(error);
    return (timedOutAfter(error) !== undefined ||
        error.name === 'TimeoutError' ||
        (typeof code === 'string' && CONNECTION_CODES.has(code)) ||
        (status !== undefined && status >= 500) ||
        isUnreadableAnswer(error));
}
function httpStatusOf(error) {
    const withMetadata = error;
    return withMetadata?.$metadata?.httpStatusCode ?? withMetadata?.$response?.statusCode;
}
/** How many attempts the SDK made, when it said. */
function attemptsOf(error) {
    return error?.$metadata?.attempts;
}


/***/ }),

/***/ 5974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ DeployRetryStrategy),
/* harmony export */   R: () => (/* binding */ withoutSdkRetries)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3609);


const checkedResends = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/**
 * Runs `send` so that the SDK does not resend its request on an error: for calls that Lambda
 * would apply twice (PublishLayerVersion publishes a second version), the caller first reads
 * whether the lost attempt was applied, then decides.
 */
function withoutSdkRetries(send) {
    return checkedResends.run(true, send);
}
/** The SDK's standard retries (throttling, 5xx, resets, timeouts), except inside withoutSdkRetries. */
class DeployRetryStrategy extends _smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__.StandardRetryStrategy {
    refreshRetryTokenForRetry(token, errorInfo) {
        if (checkedResends.getStore() === true) {
            return Promise.reject(new Error('resent only after a check'));
        }
        return super.refreshRetryTokenForRetry(token, errorInfo);
    }
}


/***/ }),

/***/ 8887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ EndlessListing),
/* harmony export */   S4: () => (/* binding */ allPages),
/* harmony export */   Y0: () => (/* binding */ MAX_PAGES)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Lists that come in pages. The SDK's paginators follow NextMarker for as long as it comes:
// a service (or a proxy) that answers the same marker again would keep them going forever.

/** More pages than any function's versions, aliases or configs fill (50 a page at least). */
const MAX_PAGES = 1_000;
/** A listing that would not end: a marker given twice, or more than MAX_PAGES pages. */
class EndlessListing extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH {
}
/**
 * Every item of a paged list call named `call` (ListVersionsByFunction, say): stops with an
 * EndlessListing when a marker comes a second time or after MAX_PAGES pages.
 */
async function allPages(call, page) {
    const items = [];
    const seen = new Set();
    let marker;
    for (let count = 1;; count++) {
        const answer = await page(marker);
        items.push(...answer.items);
        if (answer.next === undefined || answer.next === '')
            return items;
        if (seen.has(answer.next)) {
            throw new EndlessListing(`${call} answered page ${count} with a NextMarker it had given before: the listing loops, so it was stopped`);
        }
        if (count >= MAX_PAGES) {
            throw new EndlessListing(`${call} still had more after ${MAX_PAGES} pages, more than any function has: the listing was stopped`);
        }
        seen.add(answer.next);
        marker = answer.next;
    }
}


/***/ }),

/***/ 3304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeFailureSummary: () => (/* binding */ writeFailureSummary)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _summary_writer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4060);
/* harmony import */ var _run_state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(518);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7194);
// The job summary of a run that failed: what failed, in which phase, what the run had
// changed, where the alias routes as read back afterwards, and whether it was rolled back.




async function writeFailureSummary(summary, failure, timings) {
    const outputs = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .failureOutputs */ .rd)(failure.error);
    const rolledBack = outputs['rolled-back'];
    summary.addHeading(`Lambda deploy failed: ${(0,_summary_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(failure.subject)}`, 2).addTable([
        [(0,_summary_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .header */ .wx)('Item'), (0,_summary_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .header */ .wx)('Value')],
        ['Failed in', (0,_summary_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(failure.phase ?? 'reading the inputs')],
        // The summary is not masked by the runner: every secret known is taken out here.
        ['Error', (0,_summary_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)((0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(failure.error)))],
        ...(rolledBack === undefined
            ? [['Left', (0,_summary_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)((0,_run_state_js__WEBPACK_IMPORTED_MODULE_3__/* .stateAtPhase */ .y)(failure.phase))]]
            : [['Rolled back', rolledBack === 'true' ? 'yes' : 'no: see the error']]),
        ...(failure.alias === undefined ? [] : [['Alias', (0,_summary_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(failure.alias)]]),
        ...(outputs['version'] === undefined ? [] : [['Version', (0,_summary_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(outputs['version'])]]),
    ]);
    if (timings.length > 0)
        summary.addTable([[(0,_summary_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .header */ .wx)('Phase'), (0,_summary_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .header */ .wx)('Time')], ...(0,_summary_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .phaseRows */ .vZ)(timings)]);
    await summary.write();
}


/***/ }),

/***/ 4060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   summaryOrWarning: () => (/* binding */ summaryOrWarning),
/* harmony export */   vZ: () => (/* binding */ phaseRows),
/* harmony export */   wx: () => (/* binding */ header)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6264);


/**
 * `summary`, with a write that warns instead of failing: the summary reports a run that is
 * done, and a run outside a runner (no GITHUB_STEP_SUMMARY) has nowhere to write it.
 */
function summaryOrWarning(summary, log, env) {
    const writer = {
        addHeading(text, level) {
            summary.addHeading(text, level);
            return writer;
        },
        addTable(rows) {
            summary.addTable(rows);
            return writer;
        },
        addRaw(text, addEOL) {
            summary.addRaw(text, addEOL);
            return writer;
        },
        async write() {
            if (!env['GITHUB_STEP_SUMMARY']) {
                log.warning('no job summary: GITHUB_STEP_SUMMARY is not set');
                return;
            }
            try {
                await summary.write();
            }
            catch (error) {
                log.warning(`no job summary: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
            }
        },
    };
    return writer;
}
function header(data) {
    return { data, header: true };
}
/** One row a phase, then the run's total (phases overlap, so it is not their sum). */
function phaseRows(timings) {
    const rows = timings.map((phase) => [escapeHtml(phase.name), (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSeconds */ .Xo)(phase.seconds)]);
    const ends = timings.flatMap((phase) => phase.endedSeconds === undefined ? [] : [phase.endedSeconds]);
    return ends.length === 0
        ? rows
        : [...rows, ['<b>Total</b>', `<b>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSeconds */ .Xo)(Math.max(...ends))}</b>`]];
}
function code(text) {
    return `<code>${escapeHtml(text)}</code>`;
}
/** Every value shown comes from inputs, files or AWS; all go in element text, no attribute. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}


/***/ }),

/***/ 5171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploy: () => (/* binding */ deploy),
  fleet: () => (/* binding */ fleet),
  removePreview: () => (/* binding */ removePreview),
  rollback: () => (/* binding */ run_modes_rollback)
});

// EXTERNAL MODULE: ./src/runner/commands.ts
var commands = __webpack_require__(6342);
// EXTERNAL MODULE: ./src/runner/summary.ts
var summary = __webpack_require__(1070);
// EXTERNAL MODULE: ./src/action-io.ts + 1 modules
var action_io = __webpack_require__(7440);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(5028);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var dist_cjs = __webpack_require__(1696);
// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws/aws-errors.ts
var aws_errors = __webpack_require__(8098);
// EXTERNAL MODULE: ./src/aws/error-kinds.ts
var error_kinds = __webpack_require__(5921);
// EXTERNAL MODULE: ./src/aws/sdk-retries.ts
var sdk_retries = __webpack_require__(5974);
;// CONCATENATED MODULE: ./src/aws/poll-schedule.ts
/** 250 ms for the first 5 s, then 0.5 s, 1 s, 2 s, 4 s ... at most 5 s. */
const QUICK_POLLS = { quickMs: 250, quickForMs: 5_000, maxMs: 5_000 };
/** The delay before the next look, `elapsedMs` into a wait. */
function pollDelayMs(schedule, elapsedMs) {
    if (elapsedMs < schedule.quickForMs)
        return schedule.quickMs;
    const doublings = Math.floor((elapsedMs - schedule.quickForMs) / schedule.quickForMs) + 1;
    return Math.min(schedule.maxMs, schedule.quickMs * 2 ** Math.min(doublings, 20));
}
/** Resolves after `ms`, or at once when `signal` aborts. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted === true) {
            resolve();
            return;
        }
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/aws/retry.ts






/**
 * About a minute of retries in all: long enough for another deploy's update to finish. A busy
 * function is asked again every 250 ms at first: a few writes a second on one function, well
 * within Lambda's control-plane rate (15 requests per second for the account).
 */
const CONFLICT_RETRY = {
    attempts: 8,
    baseDelayMs: 1_000,
    maxDelayMs: 15_000,
    busy: { polls: { ...QUICK_POLLS, quickMs: 300 }, forMs: 60_000 },
};
/**
 * Sends a change. ResourceConflictException for a function busy with another update is
 * waited out with capped exponential backoff (the SDK does not retry it). With a
 * confirmation, a call that may have been applied though it failed (no answer, a broken
 * connection, a 5xx, "already exists" or a failed precondition on a resend) is read back,
 * and the run carries on when the change is there as asked.
 */
async function mutate(what, call, policy, log, confirmation) {
    const checked = confirmation?.checkBeforeResend === true;
    const busy = new BusyWait(what, policy, log);
    for (let attempt = 1;; attempt++) {
        try {
            const answer = await (checked ? (0,sdk_retries/* withoutSdkRetries */.R)(call) : call());
            busy.ended();
            return answer;
        }
        catch (error) {
            const last = attempt >= policy.attempts;
            if ((0,error_kinds/* isBusy */.A5)(error) && policy.busy !== undefined) {
                if (!(await busy.waited()))
                    throw error;
                attempt--;
                continue;
            }
            if ((0,error_kinds/* isBusy */.A5)(error) && !last) {
                await pause(policy, attempt, log, `${what}: the function is busy with another update (ResourceConflictException)`);
                continue;
            }
            if (checked && (0,error_kinds/* isThrottled */.B5)(error) && !last) {
                await pause(policy, attempt, log, `${what}: throttled`);
                continue;
            }
            if (confirmation === undefined || !mayHaveBeenApplied(error))
                throw error;
            const found = await readBack(what, confirmation, error);
            if (found !== undefined) {
                log.info(`${what}: the change is in place as asked (read back after: ${(0,aws_errors/* briefReason */.DM)(error)})`);
                return found;
            }
            // Not applied: only a lost answer (not a refusal) may be sent again, and only by us.
            if (!checked || !(0,error_kinds/* isOutcomeUnknown */.B1)(error) || last)
                throw error;
            await pause(policy, attempt, log, `${what}: no answer, and it was not applied`);
        }
    }
}
/** A busy function's 409s, retried on the policy's quick schedule while its time lasts. */
class BusyWait {
    what;
    policy;
    log;
    started;
    constructor(what, policy, log) {
        this.what = what;
        this.policy = policy;
        this.log = log;
    }
    /** Whether the caller may send again, after the schedule's delay. */
    async waited() {
        const busy = this.policy.busy;
        if (busy === undefined)
            return false;
        const now = performance.now();
        if (this.started === undefined) {
            this.started = now;
            this.log.info(`${this.what}: the function is busy with another update (ResourceConflictException); ` +
                `sending again as soon as it is done (for at most ${Math.round(busy.forMs / 1000)} s)`);
        }
        const elapsed = now - this.started;
        if (elapsed >= busy.forMs)
            return false;
        const delay = Math.min(pollDelayMs(busy.polls, elapsed), busy.forMs - elapsed);
        await new Promise((resolve) => setTimeout(resolve, delay));
        return true;
    }
    ended() {
        if (this.started === undefined)
            return;
        const seconds = (performance.now() - this.started) / 1000;
        this.log.info(`${this.what}: sent once the other update ended, after ${seconds.toFixed(1)} s`);
        this.started = undefined;
    }
}
function mayHaveBeenApplied(error) {
    return (0,error_kinds/* isOutcomeUnknown */.B1)(error) || (0,error_kinds/* isAlreadyExists */.x9)(error) || (0,error_kinds/* isPreconditionFailed */.W$)(error);
}
async function readBack(what, confirmation, error) {
    try {
        return await confirmation.readBack();
    }
    catch (readError) {
        throw new errors/* OutcomeUnknownError */.Do(`${what} failed (${(0,aws_errors/* briefReason */.DM)(error)}), and reading back whether it was applied failed ` +
            `too (${(0,aws_errors/* briefReason */.DM)(readError)}): whether it was applied is unknown`, { cause: error });
    }
}
async function pause(policy, attempt, log, why) {
    const delayMs = backoffDelay(policy, attempt);
    log.info(`${why}; retrying in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${policy.attempts})`);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
}
/** Half the capped exponential delay, plus a random part of the other half. */
function backoffDelay(policy, attempt) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return ceiling / 2 + Math.random() * (ceiling / 2);
}

;// CONCATENATED MODULE: ./src/aws/role-propagation.ts

/** How long a create waits for IAM to make a new role assumable by Lambda. */
const ROLE_PROPAGATION_SECONDS = 30;
const DEFAULT_WAIT = {
    windowSeconds: ROLE_PROPAGATION_SECONDS,
    firstDelayMs: 2_000,
    maxDelayMs: 8_000,
};
/** Lambda's answer when it cannot assume the execution role (InvalidParameterValueException). */
function isRoleNotAssumable(error) {
    return (error instanceof Error &&
        error.name === 'InvalidParameterValueException' &&
        /role defined for the function cannot be assumed by Lambda/i.test(error.message));
}
/**
 * Sends a create again while Lambda says it cannot assume the role, for up to `windowSeconds`:
 * IAM takes seconds to propagate a role created moments earlier in the same workflow. Past
 * that, fails naming the three usual causes.
 */
async function whileRolePropagates(call, role, log, wait = DEFAULT_WAIT) {
    const started = performance.now();
    for (let attempt = 1;; attempt++) {
        try {
            return await call();
        }
        catch (error) {
            if (!isRoleNotAssumable(error))
                throw error;
            const elapsedMs = performance.now() - started;
            const leftMs = wait.windowSeconds * 1000 - elapsedMs;
            if (leftMs <= 0)
                throw roleFailure(error, role, wait.windowSeconds);
            const delayMs = Math.min(wait.firstDelayMs * 2 ** (attempt - 1), wait.maxDelayMs, leftMs);
            log.info(`Lambda cannot assume the role ${role ?? ''} yet: a role created moments ago takes ` +
                `seconds to reach every region of IAM. Retrying in ${(delayMs / 1000).toFixed(1)} s ` +
                `(${Math.round(elapsedMs / 1000)} s of ${wait.windowSeconds} s)`);
            await new Promise((resolve) => setTimeout(resolve, delayMs));
        }
    }
}
function roleFailure(error, role, windowSeconds) {
    return new errors/* DeployError */.sH(`Lambda cannot assume the role '${role ?? '(none)'}' (it said: ${(0,errors/* errorMessage */.gJ)(error)}), ` +
        `still after ${windowSeconds} s of retries. The usual causes: the role does not exist ` +
        "(check 'role'); its trust policy does not let lambda.amazonaws.com assume it " +
        '(Principal: {"Service": "lambda.amazonaws.com"}, Action: sts:AssumeRole); or it was ' +
        'created moments ago and IAM has not propagated it yet (run again in a minute).', { cause: error });
}

;// CONCATENATED MODULE: ./src/aws/function-calls.ts



const DEFAULT_TIMING = {
    minPollSeconds: 0.25,
    quickPollSeconds: 5,
    maxPollSeconds: 5,
    conflictRetry: CONFLICT_RETRY,
};
/** The timing's schedule: its shortest delay for the first `quickPollSeconds`, then growing. */
function pollScheduleOf(timing) {
    return {
        quickMs: timing.minPollSeconds * 1000,
        quickForMs: (timing.quickPollSeconds ?? 5) * 1000,
        maxMs: timing.maxPollSeconds * 1000,
    };
}
/** What each wrapper of a function's calls holds, and how its calls fail and retry. */
class FunctionCalls {
    client;
    name;
    region;
    log;
    timing;
    constructor(client, name, region, log, timing = DEFAULT_TIMING) {
        this.client = client;
        this.name = name;
        this.region = region;
        this.log = log;
        this.timing = timing;
    }
    get failure() {
        return (0,aws_errors/* failureDescriber */.Ct)(`function '${this.name}'`, this.region, 'Check function-name and region.');
    }
    mutate(what, call, confirm) {
        return mutate(what, call, this.timing.conflictRetry, this.log, confirm);
    }
    /** One call; its error becomes one that says what failed and which permission it needs. */
    async attempt(action, permission, work) {
        try {
            return await work();
        }
        catch (error) {
            throw this.failure(error, action, permission);
        }
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/aws/streamed-zip.ts




/** What the JSON protocol writes for a ZipFile of no bytes: the place the file goes. */
const EMPTY_ZIP_FILE = '"ZipFile":""';
/**
 * Read in multiples of 3 bytes, so each chunk's base64 joins the next one's; small enough
 * that its base64 (64 KiB) is a young object, collected soon, not a large one kept long.
 */
const READ_BYTES = 3 * 16 * 1024;
/**
 * Sends the zip at `path` as the request's ZipFile, base64 streamed from the file, in place
 * of the empty one the command was given. The request never holds the zip, its base64 and
 * the JSON around it in memory at once (three times the package, 150 MB for one near
 * Lambda's limit). The body's SHA-256 is computed first, from the file, and given as
 * x-amz-content-sha256, which SigV4 signs in place of hashing the body; every attempt gets
 * the body afresh.
 */
function streamZipFile(stack, path) {
    let body;
    stack.add((next) => async (args) => {
        const request = args.request;
        const text = bodyText(request.body);
        const at = text.indexOf(EMPTY_ZIP_FILE);
        if (at === -1)
            throw new Error('The request has no empty ZipFile to fill in');
        const split = at + EMPTY_ZIP_FILE.length - 1;
        body = { prefix: Buffer.from(text.slice(0, split)), suffix: Buffer.from(text.slice(split)) };
        const { size } = await (0,promises_.stat)(path);
        const hash = (0,external_node_crypto_.createHash)('sha256');
        for await (const chunk of bodyChunks(body, path))
            hash.update(chunk);
        request.headers['content-length'] = String(body.prefix.length + 4 * Math.ceil(size / 3) + body.suffix.length);
        request.headers['x-amz-content-sha256'] = hash.digest('hex');
        return next(args);
    }, { step: 'build', name: 'lambdaDeployZipFileHash' });
    // The deserialize step is the last one a request passes, on every attempt after signing.
    stack.add((next) => (args) => {
        const request = args.request;
        if (body !== undefined)
            request.body = external_node_stream_.Readable.from(bodyChunks(body, path));
        return next(args);
    }, { step: 'deserialize', name: 'lambdaDeployZipFileBody', priority: 'low' });
}
/** The JSON before the ZipFile's value, the file in base64, the JSON after it. */
async function* bodyChunks(body, path) {
    yield body.prefix;
    let carry = Buffer.alloc(0);
    for await (const read of (0,external_node_fs_.createReadStream)(path, { highWaterMark: READ_BYTES })) {
        const bytes = carry.length === 0 ? read : Buffer.concat([carry, read]);
        const whole = bytes.length - (bytes.length % 3);
        carry = bytes.subarray(whole);
        if (whole > 0)
            yield Buffer.from(bytes.subarray(0, whole).toString('base64'));
    }
    if (carry.length > 0)
        yield Buffer.from(carry.toString('base64'));
    yield body.suffix;
}
/** The serialized JSON: a string, or its UTF-8 bytes, as the SDK's version makes it. */
function bodyText(body) {
    if (typeof body === 'string')
        return body;
    if (body instanceof Uint8Array) {
        return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
    }
    return '';
}

;// CONCATENATED MODULE: ./src/aws/function-state.ts



function isNotFound(error) {
    return error instanceof Error && error.name === 'ResourceNotFoundException';
}
/** The code as UpdateFunctionCode takes it; CreateFunction's Code has the same fields. */
function codeFields(code) {
    if (code.kind === 'zip')
        return { ZipFile: code.zip };
    // Filled in from the file as the request is sent: withZipFile.
    if (code.kind === 'zip-file')
        return { ZipFile: new Uint8Array(0) };
    if (code.kind === 'image')
        return { ImageUri: code.uri };
    return {
        S3Bucket: code.bucket,
        S3Key: code.key,
        ...(code.versionId === undefined ? {} : { S3ObjectVersion: code.versionId }),
        ...(code.reference === true ? { S3ObjectStorageMode: 'REFERENCE' } : {}),
    };
}
function toFunctionState(configuration, tags = {}, code) {
    if (configuration?.FunctionArn === undefined || configuration.FunctionName === undefined) {
        throw new errors/* DeployError */.sH('Lambda answered without the function configuration');
    }
    return {
        arn: configuration.FunctionArn,
        name: configuration.FunctionName,
        packageType: configuration.PackageType ?? 'Zip',
        codeSha256: configuration.CodeSha256 ?? '',
        codeSize: configuration.CodeSize ?? 0,
        state: configuration.State,
        lastUpdateStatus: configuration.LastUpdateStatus,
        lastUpdateStatusReason: configuration.LastUpdateStatusReason,
        revisionId: configuration.RevisionId,
        configuration,
        tags,
        resolvedImageUri: code?.ResolvedImageUri,
        ...(code?.ResolvedS3Object?.S3Bucket === undefined || code.ResolvedS3Object.S3Key === undefined
            ? {}
            : {
                referencedObject: {
                    bucket: code.ResolvedS3Object.S3Bucket,
                    key: code.ResolvedS3Object.S3Key,
                    versionId: code.ResolvedS3Object.S3ObjectVersion,
                },
            }),
    };
}
/** The command, set to stream its ZipFile from the file when the code is one. */
function withZipFile(command, code) {
    if (code?.kind === 'zip-file') {
        streamZipFile(command.middlewareStack, code.path);
    }
    return command;
}

;// CONCATENATED MODULE: ./src/aws/function-reads.ts


/** What the deploy needs to know of a function, read from Lambda. */


/** The read calls on a function: its state, a version's, or whether it exists. */
class FunctionReads extends FunctionCalls {
    /** `abortSignal` ends the read (its retries included) when a deadline passes. */
    async read(abortSignal, qualifier) {
        try {
            const response = await this.client.send(new dist_cjs/* GetFunctionCommand */.YF5({ FunctionName: this.name, Qualifier: qualifier }), abortSignal === undefined ? {} : { abortSignal });
            return toFunctionState(response.Configuration, response.Tags, response.Code);
        }
        catch (error) {
            throw this.failure(error, 'read the function', 'lambda:GetFunction');
        }
    }
    /** A published version's configuration (its code's CodeSha256 included). */
    async readVersion(version) {
        try {
            return toFunctionState(await this.client.send(new dist_cjs/* GetFunctionConfigurationCommand */.qA6({ FunctionName: this.name, Qualifier: version })));
        }
        catch (error) {
            throw this.failure(error, `read version ${version}`, 'lambda:GetFunctionConfiguration');
        }
    }
    /** A version's configuration, or undefined when Lambda has no such version. */
    async findVersion(version) {
        try {
            return await this.readVersion(version);
        }
        catch (error) {
            if (error instanceof errors/* DeployError */.sH && isNotFound(error.cause))
                return undefined;
            throw error;
        }
    }
    /** The function, or undefined when it does not exist. */
    async find() {
        try {
            return await this.read();
        }
        catch (error) {
            if (error instanceof errors/* DeployError */.sH && isNotFound(error.cause))
                return undefined;
            throw error;
        }
    }
}

;// CONCATENATED MODULE: ./src/aws/function-waits.ts


/** What the deploy needs to know of a function, read from Lambda. */





/** Waiting for Lambda: an update to settle, a function or version to become Active. */
class FunctionWaits extends FunctionReads {
    /**
     * Waits until a published version is Active (SnapStart versions take minutes), within
     * `timeoutSeconds`; traffic must not reach it before.
     */
    async waitUntilVersionActive(version, timeoutSeconds) {
        const started = performance.now();
        const now = await this.poll(timeoutSeconds, {
            busy: (state) => state.state === 'Pending',
            reading: `read version ${version}`,
            waitedFor: `version ${version} to become Active, for ${timeoutSeconds} s (wait-timeout)`,
            qualifier: version,
        });
        if (now.state === 'Pending') {
            const reason = now.configuration.StateReason;
            throw new errors/* DeployError */.sH(`Version ${version} was still Pending after ${timeoutSeconds} s (wait-timeout)${reason === undefined ? '' : `: ${reason}`}`);
        }
        if (now.state !== 'Active') {
            throw new errors/* DeployError */.sH(`Version ${version} is ${now.state ?? 'not Active'}: ${now.configuration.StateReason ?? `not Active after ${timeoutSeconds} s (wait-timeout)`}`);
        }
        this.log.info(`Version ${version} is Active, after ${(0,format/* formatSeconds */.Xo)((performance.now() - started) / 1000)}`);
        return now;
    }
    async waitUntilActive(timeoutSeconds) {
        const created = await this.poll(timeoutSeconds, {
            busy: (now) => now.state === 'Pending',
            reading: 'read the new function',
            waitedFor: `function '${this.name}' to become Active after it was created, for ${timeoutSeconds} s (wait-timeout)`,
        });
        if (created.state === 'Active')
            return created;
        throw new errors/* DeployError */.sH(`Function '${this.name}' was created but is ${created.state ?? 'not Active'}: ${created.configuration.StateReason ?? `not Active after ${timeoutSeconds} s (wait-timeout)`}`);
    }
    /**
     * Waits until LastUpdateStatus is no longer InProgress and returns the function as it
     * then is, Successful or Failed; throws when that takes longer than `timeoutSeconds`.
     */
    async waitUntilSettled(timeoutSeconds) {
        const started = performance.now();
        const settled = await this.settle(timeoutSeconds);
        this.log.info(`Lambda finished the update (${settled.lastUpdateStatus ?? 'no status'}), after ${(0,format/* formatSeconds */.Xo)((performance.now() - started) / 1000)}`);
        return settled;
    }
    async settle(timeoutSeconds) {
        const now = await this.poll(timeoutSeconds, {
            busy: (state) => state.lastUpdateStatus === 'InProgress',
            reading: 'read the function while waiting for the update',
            waitedFor: `Lambda to finish updating function '${this.name}', for ${timeoutSeconds} s (wait-timeout)`,
        });
        if (now.lastUpdateStatus !== 'InProgress')
            return now;
        throw new errors/* DeployError */.sH(`Lambda was still updating function '${this.name}' after ${timeoutSeconds} s (wait-timeout); ` +
            'the update may yet finish or fail');
    }
    /**
     * Reads the function (or `qualifier`) until `busy` says it is done, on the quick schedule
     * (poll-schedule.ts), and returns it as it then was: done, failed, or still busy at the
     * deadline. An error that reaches here (the client has retried throttling, 5xx and resets
     * already) will not pass, so it ends the wait.
     */
    async poll(timeoutSeconds, end) {
        const started = performance.now();
        const deadline = Date.now() + timeoutSeconds * 1000;
        const expired = AbortSignal.timeout(timeoutSeconds * 1000);
        const schedule = pollScheduleOf(this.timing);
        for (let look = 0; look < MAX_LOOKS; look++) {
            let now;
            const lookedAt = Date.now();
            try {
                now = await this.look(expired, end.qualifier);
            }
            catch (error) {
                if (!expired.aborted)
                    throw this.failure(error, end.reading, 'lambda:GetFunction');
                break;
            }
            if (!end.busy(now))
                return now;
            // Busy at the deadline only when this read began at or after it; one that began before
            // and was answered after it is followed by a last look.
            if (lookedAt >= deadline)
                return now;
            const left = deadline - Date.now();
            if (left <= 0)
                break;
            await sleep(Math.min(pollDelayMs(schedule, performance.now() - started), left), expired);
        }
        return this.lastLook(deadline, end.busy, end.waitedFor, end.qualifier);
    }
    async look(signal, qualifier) {
        const response = await this.client.send(new dist_cjs/* GetFunctionCommand */.YF5({ FunctionName: this.name, Qualifier: qualifier }), { abortSignal: signal });
        return toFunctionState(response.Configuration, response.Tags, response.Code);
    }
    /**
     * The function as it is once a wait's deadline passed during a read (cut short, or begun
     * before it and answered after): one more read, bounded on its own, so a wait never
     * outlasts wait-timeout by more than that.
     */
    async lastLook(deadline, busy, waitedFor, qualifier) {
        try {
            const now = await this.read(AbortSignal.timeout(LAST_READ_MS), qualifier);
            const left = deadline - Date.now();
            if (!busy(now) || left <= 0)
                return now;
            await new Promise((resolve) => setTimeout(resolve, left));
            return await this.read(AbortSignal.timeout(LAST_READ_MS), qualifier);
        }
        catch (error) {
            throw new errors/* DeployError */.sH(`Waited for ${waitedFor}; then its state could not be read within ${LAST_READ_MS / 1000} s, ` +
                'so whether that finished is unknown', { cause: error });
        }
    }
}
/** How long each read that ends a wait may take, its retries included. */
const LAST_READ_MS = 5_000;
/** Bounds the loop's count as well as its time. */
const MAX_LOOKS = 10_000;

;// CONCATENATED MODULE: ./src/aws/lambda-function.ts




/** What the deploy needs to know of a function, read from Lambda. */


/** One Lambda function, with every call we make on it and an error that says what failed. */
class LambdaFunction extends FunctionWaits {
    /** How long a create waits for a new role to propagate; tests shorten it. */
    roleWait;
    /**
     * Invokes a version synchronously with `payload` and the last 4 KB of its log; a function
     * error is in the answer, not thrown.
     */
    async invoke(version, payload, tenantId) {
        try {
            const response = await this.client.send(new dist_cjs/* InvokeCommand */.mdN({
                FunctionName: this.name,
                Qualifier: version,
                InvocationType: 'RequestResponse',
                LogType: 'Tail',
                Payload: Buffer.from(payload),
                ...(tenantId === undefined ? {} : { TenantId: tenantId }),
            }));
            return {
                functionError: response.FunctionError,
                payload: Buffer.from(response.Payload ?? new Uint8Array()).toString('utf8'),
                logTail: Buffer.from(response.LogResult ?? '', 'base64').toString('utf8'),
            };
        }
        catch (error) {
            throw this.failure(error, `invoke version ${version}`, 'lambda:InvokeFunction');
        }
    }
    /**
     * Creates the function with the code and every setting given, and waits until it is Active.
     * A function found under the name after a lost answer is taken as this run's when `isOurs`
     * says it holds what was sent.
     */
    async create(input, timeoutSeconds, isOurs, code) {
        const send = () => mutate('CreateFunction', async () => {
            await this.client.send(withZipFile(new dist_cjs/* CreateFunctionCommand */.Y8X({ ...input, FunctionName: this.name }), code));
            return true;
        }, this.timing.conflictRetry, this.log, {
            readBack: async () => {
                const found = await this.find();
                return found !== undefined && isOurs(found) ? true : undefined;
            },
        });
        try {
            await whileRolePropagates(send, input.Role, this.log, this.roleWait);
        }
        catch (error) {
            throw this.failure(error, 'create the function', 'lambda:CreateFunction');
        }
        this.log.info('Waiting for the new function to become Active');
        const started = performance.now();
        const created = await this.waitUntilActive(timeoutSeconds);
        this.log.info(`The function is Active, after ${(0,format/* formatSeconds */.Xo)((performance.now() - started) / 1000)}`);
        return created;
    }
    /** Sends the zip itself, where it lies in S3, or the image, with UpdateFunctionCode. */
    async updateCode(code, architecture) {
        const input = {
            FunctionName: this.name,
            ...codeFields(code),
            // The architecture is set with the code, not with the rest of the configuration.
            ...(architecture === undefined ? {} : { Architectures: [architecture] }),
        };
        try {
            const response = await mutate('UpdateFunctionCode', () => this.client.send(withZipFile(new dist_cjs/* UpdateFunctionCodeCommand */.KfB(input), code)), this.timing.conflictRetry, this.log);
            return toFunctionState(response);
        }
        catch (error) {
            throw this.failure(error, 'update the function code', 'lambda:UpdateFunctionCode');
        }
    }
    /** Sends the changed settings; only those, never a default. */
    async updateConfiguration(input) {
        try {
            const response = await mutate('UpdateFunctionConfiguration', () => this.client.send(new dist_cjs/* UpdateFunctionConfigurationCommand */.Zlw({ ...input, FunctionName: this.name })), this.timing.conflictRetry, this.log);
            return toFunctionState(response);
        }
        catch (error) {
            throw this.failure(error, 'update the function configuration', 'lambda:UpdateFunctionConfiguration');
        }
    }
    async tag(functionArn, tags) {
        try {
            await this.client.send(new dist_cjs/* TagResourceCommand */.eqU({ Resource: functionArn, Tags: { ...tags } }));
        }
        catch (error) {
            throw this.failure(error, 'tag the function', 'lambda:TagResource');
        }
    }
    /** Removes tag keys (tags-mode replace); keys already gone are no error. */
    async untag(functionArn, keys) {
        try {
            await this.client.send(new dist_cjs/* UntagResourceCommand */.RP$({ Resource: functionArn, TagKeys: [...keys] }));
        }
        catch (error) {
            throw this.failure(error, 'remove tags from the function', 'lambda:UntagResource');
        }
    }
}

// EXTERNAL MODULE: ./src/pages.ts
var pages = __webpack_require__(8887);
;// CONCATENATED MODULE: ./src/aws/lambda-release-shapes.ts


/** True when `url` has the auth type and every option wanted. */
function urlMatches(url, authType, wanted) {
    return (url.authType === authType &&
        (wanted.invokeMode === undefined || url.invokeMode === wanted.invokeMode) &&
        (wanted.cors === undefined || sameCors(url.cors, wanted.cors)));
}
/** Lists compared as sets, AllowCredentials false and MaxAge 0 when absent, as Lambda means them. */
function sameCors(a, b) {
    return corsText(a) === corsText(b);
}
/** The SDK's Cors (its lists are not readonly). */
function mutableCors(cors) {
    const copy = (items) => items === undefined ? undefined : [...items];
    return {
        AllowCredentials: cors.AllowCredentials,
        AllowHeaders: copy(cors.AllowHeaders),
        AllowMethods: copy(cors.AllowMethods),
        AllowOrigins: copy(cors.AllowOrigins),
        ExposeHeaders: copy(cors.ExposeHeaders),
        MaxAge: cors.MaxAge,
    };
}
function corsText(cors) {
    const list = (items) => [...(items ?? [])].sort();
    return JSON.stringify([
        list(cors?.AllowOrigins),
        list(cors?.AllowMethods),
        list(cors?.AllowHeaders),
        list(cors?.ExposeHeaders),
        cors?.AllowCredentials ?? false,
        cors?.MaxAge ?? 0,
    ]);
}
function sendOptions(abortSignal) {
    return abortSignal === undefined ? {} : { abortSignal };
}
function whenNotFound(value) {
    return (error) => (lambda_release_shapes_isNotFound(error) ? { value } : undefined);
}
function toAlias(alias) {
    if (alias.Name === undefined ||
        alias.AliasArn === undefined ||
        alias.FunctionVersion === undefined) {
        throw new errors/* DeployError */.sH('Lambda answered without the alias configuration');
    }
    return {
        name: alias.Name,
        arn: alias.AliasArn,
        version: alias.FunctionVersion,
        weights: alias.RoutingConfig?.AdditionalVersionWeights ?? {},
        revisionId: alias.RevisionId,
        description: alias.Description,
    };
}
function publishedVersion(answer) {
    if (answer.Version === undefined || answer.FunctionArn === undefined) {
        throw new errors/* DeployError */.sH('Lambda answered PublishVersion without a version');
    }
    return { version: answer.Version, arn: answer.FunctionArn, codeSha256: answer.CodeSha256 };
}
/** The alias routes all of its traffic as `version` plus `weights` say. */
function sameRouting(alias, version, weights) {
    const wanted = Object.entries(weights).filter(([, weight]) => weight > 0);
    const actual = Object.entries(alias.weights).filter(([, weight]) => weight > 0);
    return (alias.version === version &&
        wanted.length === actual.length &&
        wanted.every(([other, weight]) => Math.abs((alias.weights[other] ?? -1) - weight) < 1e-9));
}
/** UpdateAlias found the alias changed since it was read: another run moved it. */
class AliasChangedError extends errors/* DeployError */.sH {
    alias;
    found;
    constructor(alias, found, options) {
        super(`Alias '${alias}' changed meanwhile (another run moved it since this run read it): ` +
            (found === undefined ? 'it no longer exists' : `it now routes ${routingText(found)}`), options);
        this.alias = alias;
        this.found = found;
    }
}
/** "7 (90 %) / 8 (10 %)", or "8" when one version has it all. */
function routingText(alias) {
    const weights = Object.entries(alias.weights);
    if (weights.length === 0)
        return alias.version;
    const others = weights.reduce((sum, [, weight]) => sum + weight, 0);
    const percent = (share) => `${Math.round(share * 1000) / 10} %`;
    return [
        `${alias.version} (${percent(1 - others)})`,
        ...weights.map(([version, weight]) => `${version} (${percent(weight)})`),
    ].join(' / ');
}
function lambda_release_shapes_isNotFound(error) {
    return error instanceof Error && error.name === 'ResourceNotFoundException';
}
/** A RevisionId or CodeSha256 precondition that no longer holds. */
function changedMeanwhile(error) {
    if (!(error instanceof Error))
        return false;
    return (error.name === 'PreconditionFailedException' ||
        (error.name === 'InvalidParameterValueException' && /CodeSha256|code ?sha/i.test(error.message)));
}

;// CONCATENATED MODULE: ./src/aws/lambda-versions.ts







/** Durable executions that still need their version: running, pausing or paused. */
const ACTIVE_DURABLE_STATUSES = ['RUNNING', 'PAUSING', 'PAUSED'];
/** The calls on a function's versions, and the helpers every release call shares. */
class LambdaVersions {
    client;
    name;
    region;
    log;
    conflictRetry;
    constructor(client, name, region, log, conflictRetry = CONFLICT_RETRY) {
        this.client = client;
        this.name = name;
        this.region = region;
        this.log = log;
        this.conflictRetry = conflictRetry;
    }
    /**
     * Publishes $LATEST only if it still holds `codeSha256` at `revisionId`, so the version
     * can never capture another deploy's change made in between.
     */
    async publishVersion(codeSha256, revisionId, description) {
        let published;
        try {
            published = await this.mutate('PublishVersion', async () => publishedVersion(await this.client.send(new dist_cjs/* PublishVersionCommand */.D3m({
                FunctionName: this.name,
                CodeSha256: codeSha256,
                RevisionId: revisionId,
                Description: description,
            }))), 
            // A resend after a lost answer meets the RevisionId that publishing changed.
            { readBack: () => this.findVersion(codeSha256, description) });
        }
        catch (error) {
            if (changedMeanwhile(error)) {
                throw new errors/* DeployError */.sH(`Another deploy changed function '${this.name}' meanwhile: its code or configuration ` +
                    'is no longer what this run deployed, so no version was published and no alias moved. ' +
                    `Lambda said: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
            }
            throw this.failure(error, 'publish a version', 'lambda:PublishVersion', this.target(undefined));
        }
        // Lambda enforces the precondition; this holds emulators and regressions to it too.
        if (published.codeSha256 !== undefined && published.codeSha256 !== codeSha256) {
            throw new errors/* DeployError */.sH(`Another deploy changed function '${this.name}' meanwhile: version ${published.version} ` +
                `holds code ${published.codeSha256}, not the ${codeSha256} this run deployed, ` +
                'so no alias moved');
        }
        return { version: published.version, arn: published.arn };
    }
    /**
     * Republishes $LATEST.PUBLISHED (PublishTo LATEST_PUBLISHED), a Managed Instances function's
     * version that unqualified invokes reach, only while $LATEST holds `codeSha256`. Publishing
     * it again is harmless, so a lost answer is simply resent (no RevisionId, which a first
     * publish that was applied might have moved on).
     */
    async publishLatestPublished(codeSha256, description) {
        try {
            return await this.mutate('PublishVersion', async () => publishedVersion(await this.client.send(new dist_cjs/* PublishVersionCommand */.D3m({
                FunctionName: this.name,
                CodeSha256: codeSha256,
                Description: description,
                PublishTo: 'LATEST_PUBLISHED',
            }))));
        }
        catch (error) {
            throw this.failure(error, 'publish $LATEST.PUBLISHED', 'lambda:PublishVersion', this.target(undefined));
        }
    }
    /** The newest published version's number, or undefined when none was published. */
    async newestVersion() {
        const numbers = (await this.publishedVersions()).map((version) => Number(version.Version));
        return numbers.length === 0 ? undefined : String(Math.max(...numbers));
    }
    /** The newest published version holding `codeSha256` with `description`, if there is one. */
    async findVersion(codeSha256, description) {
        const holding = (await this.publishedVersions())
            .filter((version) => version.CodeSha256 === codeSha256 && version.Description === description)
            .sort((a, b) => Number(b.Version) - Number(a.Version));
        return holding[0] === undefined ? undefined : publishedVersion(holding[0]);
    }
    /** Every published version, $LATEST left out. */
    async publishedVersions() {
        return this.attempt({ action: 'list the versions', permission: 'lambda:ListVersionsByFunction', on: undefined }, async () => {
            const versions = await (0,pages/* allPages */.S4)('ListVersionsByFunction', async (Marker) => {
                const page = await this.client.send(new dist_cjs/* ListVersionsByFunctionCommand */.Ox4({ FunctionName: this.name, Marker }));
                return { items: page.Versions ?? [], next: page.NextMarker };
            });
            return versions.filter((version) => version.Version !== '$LATEST');
        });
    }
    async deleteVersion(version) {
        const input = { FunctionName: this.name, Qualifier: version };
        await this.attempt({ action: `delete version ${version}`, permission: 'lambda:DeleteFunction', on: undefined }, async () => {
            await this.mutate('DeleteFunction', () => this.client.send(new dist_cjs/* DeleteFunctionCommand */.Z3K(input)));
        }, whenNotFound(undefined));
    }
    /** The published versions' numbers, $LATEST left out. */
    async versionNumbers() {
        return (await this.publishedVersions()).flatMap((version) => version.Version ?? []);
    }
    /**
     * The qualifiers (versions or aliases) with provisioned concurrency, as each config's
     * FunctionArn names them.
     */
    async provisionedConcurrency() {
        return this.attempt({
            action: 'list the provisioned concurrency configs',
            permission: 'lambda:ListProvisionedConcurrencyConfigs',
            on: undefined,
        }, async () => {
            const configs = await (0,pages/* allPages */.S4)('ListProvisionedConcurrencyConfigs', async (Marker) => {
                const page = await this.client.send(new dist_cjs/* ListProvisionedConcurrencyConfigsCommand */.oXS({ FunctionName: this.name, Marker }));
                return { items: page.ProvisionedConcurrencyConfigs ?? [], next: page.NextMarker };
            });
            return configs.map((config) => {
                // arn:aws:lambda:<region>:<account>:function:<name>:<qualifier>
                const qualifier = config.FunctionArn?.split(':')[7];
                if (qualifier === undefined || qualifier === '') {
                    throw new errors/* DeployError */.sH(`Lambda answered a provisioned concurrency config without a qualifier (${config.FunctionArn ?? 'no ARN'})`);
                }
                return qualifier;
            });
        });
    }
    /** The published versions' numbers, each with whether it is durable (has DurableConfig). */
    async versionDurability() {
        return (await this.publishedVersions()).flatMap((config) => config.Version === undefined
            ? []
            : [{ version: config.Version, durable: config.DurableConfig !== undefined }]);
    }
    /** Whether `version` has DurableConfig: only a durable version's executions are listed. */
    async isDurable(version) {
        return this.attempt({
            action: `read version ${version}`,
            permission: 'lambda:GetFunctionConfiguration',
            on: undefined,
        }, async () => {
            const config = await this.client.send(new dist_cjs/* GetFunctionConfigurationCommand */.qA6({ FunctionName: this.name, Qualifier: version }));
            return config.DurableConfig !== undefined;
        }, 
        // Gone already: nothing of it to spare.
        whenNotFound(false));
    }
    /** How many durable executions of `version` are still going (RUNNING, PAUSING or PAUSED). */
    async activeDurableExecutions(version) {
        const executions = await this.attempt({
            action: `list the durable executions of version ${version}`,
            permission: 'lambda:ListDurableExecutionsByFunction',
            on: undefined,
        }, () => (0,pages/* allPages */.S4)('ListDurableExecutionsByFunction', async (Marker) => {
            const page = await this.client.send(new dist_cjs/* ListDurableExecutionsByFunctionCommand */.BPf({
                FunctionName: this.name,
                Qualifier: version,
                Statuses: [...ACTIVE_DURABLE_STATUSES],
                MaxItems: 1000,
                Marker,
            }));
            return { items: page.DurableExecutions ?? [], next: page.NextMarker };
        }));
        // Counted again here: an endpoint that ignored the filter must not free a busy version.
        return executions.filter((execution) => ACTIVE_DURABLE_STATUSES.includes(execution.Status ?? '')).length;
    }
    /** The account's code storage in the region: used and its limit, in bytes. */
    async accountSettings() {
        try {
            const { AccountUsage, AccountLimit } = await this.client.send(new dist_cjs/* GetAccountSettingsCommand */._8I({}));
            const used = AccountUsage?.TotalCodeSize;
            const limit = AccountLimit?.TotalCodeSize;
            if (used === undefined || limit === undefined) {
                throw new errors/* DeployError */.sH('Lambda answered GetAccountSettings without TotalCodeSize');
            }
            return { used, limit, functionCount: AccountUsage?.FunctionCount };
        }
        catch (error) {
            if (!(error instanceof errors/* DeployError */.sH) && (0,error_kinds/* httpStatusOf */.s_)(error) === 404) {
                throw new errors/* DeployError */.sH('Could not read the account settings: this endpoint does not offer GetAccountSettings (HTTP 404)', { cause: error });
            }
            throw (0,aws_errors/* describeAwsError */.Pp)(error, {
                action: 'read the account settings',
                permission: 'lambda:GetAccountSettings',
                resource: 'the account',
                region: this.region,
                notFoundHint: 'This endpoint does not offer GetAccountSettings.',
            });
        }
    }
    /** A delete: true when it removed something, false when there was nothing to remove. */
    removeIfThere(call, send) {
        const name = call.permission.replace('lambda:', '');
        return this.attempt(call, async () => {
            await this.mutate(name, send);
            return true;
        }, whenNotFound(false));
    }
    /**
     * Runs one call; an error `recover` accepts gives its value, any other becomes a
     * DeployError that says what failed, on what, and which permission it needs.
     */
    async attempt(call, work, recover = () => undefined) {
        try {
            return await work();
        }
        catch (error) {
            const recovered = recover(error);
            if (recovered !== undefined)
                return recovered.value;
            throw this.failure(error, call.action, call.permission, this.target(call.on));
        }
    }
    mutate(what, call, confirm) {
        return mutate(what, call, this.conflictRetry, this.log, confirm);
    }
    aliasName(alias) {
        return `alias '${alias}' of function '${this.name}'`;
    }
    target(qualifier) {
        return qualifier === undefined ? `function '${this.name}'` : this.aliasName(qualifier);
    }
    failure(error, action, permission, resource) {
        return (0,aws_errors/* describeAwsError */.Pp)(error, {
            action,
            permission,
            resource,
            region: this.region,
            notFoundHint: 'Check function-name and region.',
        });
    }
}

;// CONCATENATED MODULE: ./src/aws/lambda-aliases.ts






/** The calls on a function's aliases. */
class LambdaAliases extends LambdaVersions {
    /** `abortSignal` ends the read (its retries included), as a deadline or a cancel. */
    async getAlias(alias, abortSignal) {
        return this.attempt({ action: `read alias '${alias}'`, permission: 'lambda:GetAlias', on: alias }, async () => toAlias(await this.client.send(new dist_cjs/* GetAliasCommand */.MES({ FunctionName: this.name, Name: alias }), sendOptions(abortSignal))), whenNotFound(undefined));
    }
    async listAliases() {
        return this.attempt({ action: 'list the aliases', permission: 'lambda:ListAliases', on: undefined }, async () => (0,pages/* allPages */.S4)('ListAliases', async (Marker) => {
            const page = await this.client.send(new dist_cjs/* ListAliasesCommand */.UZx({ FunctionName: this.name, Marker }));
            return { items: (page.Aliases ?? []).map(toAlias), next: page.NextMarker };
        }));
    }
    async createAlias(alias, version, description) {
        const input = {
            FunctionName: this.name,
            Name: alias,
            FunctionVersion: version,
            ...(description === undefined ? {} : { Description: description }),
        };
        return this.attempt({ action: `create alias '${alias}'`, permission: 'lambda:CreateAlias', on: alias }, () => this.mutate('CreateAlias', async () => toAlias(await this.client.send(new dist_cjs/* CreateAliasCommand */.W_e(input))), this.aliasRoutes(alias, version, {})));
    }
    /**
     * Points the alias at `version`, sending `weights` of traffic to other versions (none
     * clears them), only if it is still as `current` was read: Lambda checks its RevisionId.
     */
    async updateAlias(current, version, weights, description, abortSignal) {
        const alias = current.name;
        const input = {
            FunctionName: this.name,
            Name: alias,
            FunctionVersion: version,
            RoutingConfig: { AdditionalVersionWeights: { ...weights } },
            RevisionId: current.revisionId,
            ...(description === undefined ? {} : { Description: description }),
        };
        try {
            return await this.mutate('UpdateAlias', async () => toAlias(await this.client.send(new dist_cjs/* UpdateAliasCommand */.lqC(input), sendOptions(abortSignal))), this.aliasRoutes(alias, version, weights, abortSignal));
        }
        catch (error) {
            if ((0,error_kinds/* isPreconditionFailed */.W$)(error)) {
                const now = await this.getAlias(alias, abortSignal);
                throw new AliasChangedError(alias, now, { cause: error });
            }
            throw this.failure(error, `move alias '${alias}'`, 'lambda:UpdateAlias', this.target(alias));
        }
    }
    /** Reads the alias back: it, when it routes as asked. */
    aliasRoutes(alias, version, weights, abortSignal) {
        return {
            readBack: async () => {
                const now = await this.getAlias(alias, abortSignal);
                return now !== undefined && sameRouting(now, version, weights) ? now : undefined;
            },
        };
    }
    async deleteAlias(alias, abortSignal) {
        await this.attempt({ action: `delete alias '${alias}'`, permission: 'lambda:DeleteAlias', on: alias }, () => this.mutate('DeleteAlias', () => this.client.send(new dist_cjs/* DeleteAliasCommand */.Hou({ FunctionName: this.name, Name: alias }), sendOptions(abortSignal))));
    }
}

;// CONCATENATED MODULE: ./src/aws/lambda-release.ts





/** The calls that release a function: versions, aliases, function URLs and their permissions. */
class LambdaRelease extends LambdaAliases {
    async getFunctionUrl(qualifier) {
        const input = { FunctionName: this.name, Qualifier: qualifier };
        return this.attempt({ action: 'read the function URL', permission: 'lambda:GetFunctionUrlConfig', on: qualifier }, async () => {
            const response = await this.client.send(new dist_cjs/* GetFunctionUrlConfigCommand */.Hcc(input));
            return {
                url: response.FunctionUrl ?? '',
                authType: response.AuthType ?? '',
                invokeMode: response.InvokeMode ?? 'BUFFERED',
                cors: response.Cors,
            };
        }, whenNotFound(undefined));
    }
    /**
     * Creates the URL, or updates it to `wanted`; returns the URL. An update sends the invoke
     * mode and CORS as wanted, so that none of them is left to a default.
     */
    async putFunctionUrl(qualifier, authType, wanted = {}) {
        const existing = await this.getFunctionUrl(qualifier);
        if (existing !== undefined && urlMatches(existing, authType, wanted))
            return existing.url;
        const input = {
            FunctionName: this.name,
            Qualifier: qualifier,
            AuthType: authType,
            ...(wanted.invokeMode === undefined ? {} : { InvokeMode: wanted.invokeMode }),
            ...(wanted.cors === undefined ? {} : { Cors: mutableCors(wanted.cors) }),
        };
        const creating = existing === undefined;
        return this.attempt({
            action: 'set up the function URL',
            permission: creating ? 'lambda:CreateFunctionUrlConfig' : 'lambda:UpdateFunctionUrlConfig',
            on: qualifier,
        }, async () => {
            // A lost answer's resend meets "FunctionUrlConfig exists": read back, it is ours if it matches.
            const asAsked = {
                readBack: async () => {
                    const now = await this.getFunctionUrl(qualifier);
                    return now !== undefined && urlMatches(now, authType, wanted) ? now.url : undefined;
                },
            };
            const response = creating
                ? await this.mutate('CreateFunctionUrlConfig', async () => (await this.client.send(new dist_cjs/* CreateFunctionUrlConfigCommand */.DJE(input))).FunctionUrl ??
                    '', asAsked)
                : await this.mutate('UpdateFunctionUrlConfig', async () => (await this.client.send(new dist_cjs/* UpdateFunctionUrlConfigCommand */.GQU(input))).FunctionUrl ??
                    '', asAsked);
            return response;
        });
    }
    /** True when there was a URL to delete. */
    async deleteFunctionUrl(qualifier) {
        const input = { FunctionName: this.name, Qualifier: qualifier };
        return this.removeIfThere({
            action: 'delete the function URL',
            permission: 'lambda:DeleteFunctionUrlConfig',
            on: qualifier,
        }, () => this.client.send(new dist_cjs/* DeleteFunctionUrlConfigCommand */.Ik0(input)));
    }
    /** The statement IDs of the resource policy on `qualifier` (none when there is no policy). */
    async statementIds(qualifier) {
        const input = { FunctionName: this.name, Qualifier: qualifier };
        return this.attempt({ action: 'read the resource policy', permission: 'lambda:GetPolicy', on: qualifier }, async () => {
            const response = await this.client.send(new dist_cjs/* GetPolicyCommand */.s4W(input));
            const policy = JSON.parse(response.Policy ?? '{}');
            return new Set((policy.Statement ?? []).flatMap((statement) => statement.Sid ?? []));
        }, whenNotFound(new Set()));
    }
    async addPermission(qualifier, statement) {
        const input = {
            FunctionName: this.name,
            Qualifier: qualifier,
            StatementId: statement.statementId,
            Action: statement.action,
            Principal: statement.principal,
            FunctionUrlAuthType: statement.functionUrlAuthType,
            InvokedViaFunctionUrl: statement.invokedViaFunctionUrl,
        };
        await this.attempt({ action: `allow ${statement.action}`, permission: 'lambda:AddPermission', on: qualifier }, async () => {
            await this.mutate('AddPermission', () => this.client.send(new dist_cjs/* AddPermissionCommand */.AL$(input)));
        }, 
        // Another run for the same alias may have added it a moment ago: the aim is met.
        (error) => ((0,error_kinds/* isAlreadyExists */.x9)(error) ? { value: undefined } : undefined));
    }
    /** True when the statement was there to remove. */
    async removePermission(qualifier, statementId) {
        const input = { FunctionName: this.name, Qualifier: qualifier, StatementId: statementId };
        return this.removeIfThere({
            action: `remove permission ${statementId}`,
            permission: 'lambda:RemovePermission',
            on: qualifier,
        }, () => this.client.send(new dist_cjs/* RemovePermissionCommand */.h$5(input)));
    }
}

;// CONCATENATED MODULE: ./src/resources/durable/plan.ts
// Durable functions: a version with durable executions still going (RUNNING, PAUSING or
// PAUSED) is still needed, since Lambda replays each execution on the version it started on.
// keep-versions, delete-alias and preview cleanup spare such a version; moving an alias off
// one is allowed, but the plan says how many executions still run there.

/**
 * Which of `doomed` may go: a version with executions still going is spared, and so is one
 * whose executions could not be listed (a version deleted under a running execution cannot
 * be brought back).
 */
async function spareBusyVersions(reader, doomed) {
    const deletable = [];
    const spared = [];
    for (const version of doomed) {
        let executions;
        try {
            executions = await reader.activeDurableExecutions(version);
        }
        catch (error) {
            spared.push({
                version,
                executions: undefined,
                reason: `its durable executions could not be listed: ${(0,errors/* errorMessage */.gJ)(error)}`,
            });
            continue;
        }
        if (executions === 0)
            deletable.push(version);
        else
            spared.push({ version, executions, reason: stillRunning(executions) });
    }
    return { deletable, spared };
}
/** "3 durable executions are still running or paused on it". */
function stillRunning(executions) {
    return `${executions} durable ${executions === 1 ? 'execution is' : 'executions are'} still running or paused on it`;
}
/** "kept version 3 (2 durable executions are still running or paused on it)". */
function sparedText(spared) {
    return spared.map((one) => `kept version ${one.version} (${one.reason})`).join('; ');
}

;// CONCATENATED MODULE: ./src/resources/configuration/shapes.ts
function vpcOf(c) {
    return {
        subnetIds: asSet(c.VpcConfig?.SubnetIds ?? []),
        securityGroupIds: asSet(c.VpcConfig?.SecurityGroupIds ?? []),
        ipv6DualStack: c.VpcConfig?.Ipv6AllowedForDualStack ?? false,
    };
}
/** The dead-letter target; '' when there is none (absent, or TargetArn ''). */
function deadLetterOf(c) {
    return c.DeadLetterConfig?.TargetArn ?? '';
}
/** Lambda's default mode is PassThrough. */
function tracingOf(c) {
    return c.TracingConfig?.Mode ?? 'PassThrough';
}
/** Lambda uses this log group when none is set, and reads it back as set. */
function defaultLogGroup(functionName) {
    return `/aws/lambda/${functionName ?? ''}`;
}
/** The log levels Lambda applies to JSON logs when none is set. */
const DEFAULT_LOG_LEVEL = 'INFO';
/** Lambda's defaults filled in where it left a field out: Text, /aws/lambda/<name>, INFO. */
function loggingOf(c) {
    const logging = c.LoggingConfig;
    const format = logging?.LogFormat ?? 'Text';
    const json = format === 'JSON';
    return {
        format,
        logGroup: logging?.LogGroup ?? defaultLogGroup(c.FunctionName),
        applicationLogLevel: json ? (logging?.ApplicationLogLevel ?? DEFAULT_LOG_LEVEL) : undefined,
        systemLogLevel: json ? (logging?.SystemLogLevel ?? DEFAULT_LOG_LEVEL) : undefined,
    };
}
/** ApplyOn alone (OptimizationStatus is Lambda's, not a setting); absent is None. */
function snapStartOf(c) {
    return c.SnapStart?.ApplyOn ?? 'None';
}
function fileSystemsOf(c) {
    return (c.FileSystemConfigs ?? []).map((system) => ({
        arn: system.Arn ?? '',
        localMountPath: system.LocalMountPath ?? '',
        directS3Read: system.S3FilesConfig?.DirectS3Read,
    }));
}
/** RuntimeConfig as 'arn (alias)'; '' when the function uses a Lambda-managed runtime. */
function runtimeConfigOf(c) {
    const config = c.RuntimeConfig;
    return config?.RuntimeArn === undefined
        ? ''
        : `${config.RuntimeArn} (${config.RuntimeAlias ?? ''})`;
}
/** AcceleratorConfig.AcceleratorMemorySize in GB; undefined without an accelerator. */
function acceleratorOf(c) {
    return c.AcceleratorConfig?.AcceleratorMemorySize;
}
/** '' is Lambda's own key, as absent is. */
function kmsKeyOf(c) {
    return c.KMSKeyArn ?? '';
}
/** GetFunction nests it as ImageConfigResponse.ImageConfig; what is left out is the image's own. */
function imageConfigOf(c) {
    const image = c.ImageConfigResponse?.ImageConfig;
    return {
        command: image?.Command ?? [],
        entryPoint: image?.EntryPoint ?? [],
        workingDirectory: image?.WorkingDirectory ?? '',
    };
}
/** The settings above in their compared shapes, for the signature of a version. */
function settingShapes(c) {
    return [
        vpcOf(c),
        deadLetterOf(c),
        tracingOf(c),
        loggingOf(c),
        snapStartOf(c),
        fileSystemsOf(c),
        kmsKeyOf(c),
        imageConfigOf(c),
        runtimeConfigOf(c),
        acceleratorOf(c),
    ];
}
/** A list compared as a set: repeats dropped, sorted. */
function asSet(items) {
    return [...new Set(items)].sort();
}
function sameSet(a, b) {
    return asSet(a).join('\n') === asSet(b).join('\n');
}
function sameList(a, b) {
    return a.length === b.length && a.every((item, index) => item === b[index]);
}

;// CONCATENATED MODULE: ./src/resources/versions/plan.ts

/**
 * The versions to delete, oldest first: those older than the newest `keep` published ones,
 * less every version an alias routes to (primary or weighted), every qualifier with
 * provisioned concurrency and `justPublished`. `$LATEST` and anything not a version number
 * are never candidates.
 */
function versionsToPrune(published, aliases, provisioned, keep, justPublished) {
    const kept = new Set(provisioned);
    if (justPublished !== undefined)
        kept.add(justPublished);
    for (const alias of aliases) {
        kept.add(alias.version);
        // A weight of 0 still names the version in the alias's routing: Lambda counts it.
        for (const version of Object.keys(alias.weights))
            kept.add(version);
    }
    const newestFirst = [...new Set(published.filter((version) => /^[1-9]\d*$/.test(version)))].sort((a, b) => Number(b) - Number(a));
    return newestFirst
        .slice(Math.max(0, keep))
        .filter((version) => !kept.has(version))
        .reverse();
}
/** "version 3", "versions 2, 3". */
function versionList(versions) {
    return `${versions.length === 1 ? 'version' : 'versions'} ${versions.join(', ')}`;
}
function toVersionState(state) {
    return {
        version: state.configuration.Version ?? '',
        arn: state.arn,
        codeSha256: state.codeSha256,
        signature: configurationSignature(state),
    };
}
/**
 * What Lambda compares when it decides whether publishing would make a new version: the
 * code and the settings (a version's description is its own).
 */
function configurationSignature(state) {
    const c = state.configuration;
    return JSON.stringify([
        c.Handler,
        c.Runtime,
        c.MemorySize,
        c.Timeout,
        c.Role,
        c.EphemeralStorage?.Size,
        c.Architectures,
        Object.entries(c.Environment?.Variables ?? {}).sort(([a], [b]) => a.localeCompare(b)),
        (c.Layers ?? []).map((layer) => layer.Arn),
        // VPC, DLQ, tracing, logging, SnapStart, file systems, KMS key, image config: as compared.
        ...settingShapes(c),
    ]);
}
/** A version the run publishes, not known until it is; or one that exists. */
const NEW_VERSION = 'new';

;// CONCATENATED MODULE: ./src/resources/versions/apply.ts




/** Publishes $LATEST as planned, or takes the version the plan found holding it. */
async function apply_publishPlanned(lambda, deployed, publish, versionDescription, log) {
    if (publish === 'none')
        return undefined;
    if (publish !== NEW_VERSION) {
        log.info(`Version ${publish.version} already holds this code and these settings: none published`);
        return { version: publish.version, arn: publish.arn };
    }
    try {
        const version = await lambda.publishVersion(deployed.codeSha256, deployed.revisionId, versionDescription);
        log.info(`Published version ${version.version} (${version.arn})`);
        return version;
    }
    catch (error) {
        throw (0,errors/* withState */.Q2)(error, (0,errors/* isOutcomeUnknownFailure */.PO)(error)
            ? 'The new code is on $LATEST; whether a version was published is unknown, and no alias moved.'
            : 'The new code is on $LATEST only: no version was published and no alias moved.');
    }
}
/**
 * Reads the versions, aliases and provisioned concurrency, deletes what versionsToPrune
 * decides, then reads the account's code storage. Never throws: when which versions have
 * provisioned concurrency is unknown, nothing is deleted.
 */
async function pruneVersions(api, keep, justPublished, log) {
    const pruned = await deleteOldVersions(api, keep, justPublished, log);
    return { keep, ...pruned, storage: await codeStorage(api, log) };
}
async function deleteOldVersions(api, keep, justPublished, log) {
    const nothing = (problem) => {
        log.warning(`keep-versions: no version was removed: ${problem}`);
        return { removed: [], problem: `no version was removed: ${problem}` };
    };
    let doomed;
    const durable = new Set();
    try {
        const [listed, aliases] = await Promise.all([api.versionDurability(), api.listAliases()]);
        const published = listed.map((one) => one.version);
        for (const one of listed)
            if (one.durable)
                durable.add(one.version);
        let provisioned;
        try {
            provisioned = await api.provisionedConcurrency();
        }
        catch (error) {
            return nothing('which versions have provisioned concurrency is unknown, and none that might is ' +
                `deleted. ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        doomed = versionsToPrune(published, aliases, provisioned, keep, justPublished);
    }
    catch (error) {
        return nothing((0,errors/* errorMessage */.gJ)(error));
    }
    if (doomed.length === 0) {
        log.info(`keep-versions: nothing to remove beyond the newest ${keep}`);
        return { removed: [], problem: undefined };
    }
    // Only a durable version's executions are listed: no call for other functions.
    const { deletable, spared } = await spareBusyVersions(api, doomed.filter((version) => durable.has(version)));
    if (spared.length > 0)
        log.info(`keep-versions: ${sparedText(spared)}`);
    const free = new Set(deletable);
    const result = await deleteVersions(api, doomed.filter((version) => !durable.has(version) || free.has(version)), keep, log);
    return spared.length === 0 ? result : { ...result, spared };
}
async function deleteVersions(api, doomed, keep, log) {
    const removed = [];
    const skipped = [];
    for (const version of doomed) {
        try {
            await api.deleteVersion(version);
        }
        catch (error) {
            // An alias moved onto it since the aliases were read: keep it, and go on.
            const aliases = (0,error_kinds/* aliasesReferencing */.PU)(error);
            if (aliases !== undefined) {
                skipped.push(version);
                log.info(`keep-versions: kept version ${version}: alias ${aliases} now routes to it`);
                continue;
            }
            const left = doomed.slice(removed.length + skipped.length);
            const problem = `${removed.length === 0 ? 'no version was removed' : `removed ${versionList(removed)}`}; ` +
                `${versionList(left)} ${left.length === 1 ? 'was' : 'were'} not removed: ${(0,errors/* errorMessage */.gJ)(error)}`;
            log.warning(`keep-versions: ${problem}`);
            return { removed, problem };
        }
        removed.push(version);
        log.info(`keep-versions: deleted version ${version}`);
    }
    const kept = skipped.length === 0 ? '' : `; kept ${versionList(skipped)}, which an alias routes to`;
    log.info(removed.length === 0
        ? `keep-versions: no version was removed${kept}`
        : `keep-versions: removed ${versionList(removed)}, keeping the newest ${keep}${kept}`);
    return { removed, problem: undefined };
}
async function codeStorage(api, log) {
    try {
        return await api.accountSettings();
    }
    catch (error) {
        log.info(`Code storage not shown: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/resources/alias/plan.ts



function planAlias(config, before, target) {
    const { alias: name, traffic } = config.release;
    if (name === undefined)
        return undefined;
    if (before === undefined) {
        if (traffic < 100) {
            throw new errors/* DeployError */.sH(`Alias '${name}' does not exist yet, so traffic ${traffic} has nothing to split with: ` +
                'deploy it once with traffic 100 (the default), then send a share to the next version');
        }
        return { name, before, action: 'create', after: { version: target, weights: {} } };
    }
    const after = traffic === 100 || before.version === target
        ? { version: target, weights: {} }
        : { version: before.version, weights: { [target]: traffic / 100 } };
    const unchanged = target !== NEW_VERSION && sameRouting(before, after.version, after.weights);
    return { name, before, action: unchanged ? 'keep' : 'update', after };
}
/**
 * Lambda routes a weighted alias only between versions with one execution role, so a canary
 * cannot go with a change of role; refused before anything changes.
 */
function checkCanaryRole(found, settings, options) {
    if (found === undefined || options.traffic === 100 || settings.role === undefined)
        return;
    const current = found.configuration.Role;
    if (current !== undefined && current !== settings.role) {
        throw new errors/* InputError */.dz('role', `changes the execution role (from ${current}), but traffic ${options.traffic} would route ` +
            "between versions with different roles, which Lambda refuses for an alias's weights: " +
            'deploy the role change with traffic 100, or keep the role for the canary');
    }
}
/**
 * The planned routing with the version this run published in place of NEW_VERSION. Lambda
 * may answer PublishVersion with a version that already is the primary: it then has it all.
 */
function resolveRouting(planned, published) {
    const resolve = (version) => (version === NEW_VERSION ? published : version);
    const version = resolve(planned.version);
    const weights = Object.fromEntries(Object.entries(planned.weights)
        .map(([other, weight]) => [resolve(other), weight])
        .filter(([other]) => other !== version));
    return { version, weights };
}

;// CONCATENATED MODULE: ./src/resources/alias/apply.ts





/**
 * Carries out the plan's release: publishes the deployed code as a version (or takes the
 * one the plan found holding it), then moves the alias as planned, only if it is still as
 * it was read (its RevisionId).
 */
async function release(lambda, deployed, planned, versionDescription, log, describeAlias) {
    const version = await publishPlanned(lambda, deployed, planned.publish, versionDescription, log);
    if (version === undefined || planned.alias === undefined) {
        return { version, previousVersion: undefined, alias: undefined };
    }
    return moveAlias(lambda, planned.alias, version, log, describeAlias);
}
/** Moves the alias to its planned routing, with `version` for the version the run publishes. */
async function moveAlias(lambda, alias, version, log, describeAlias, signal) {
    const after = resolveRouting(alias.after, version.version);
    let moved;
    try {
        const description = describeAlias?.(after, alias.before?.description);
        if (alias.before === undefined) {
            moved = await lambda.createAlias(alias.name, after.version, description);
        }
        else if (alias.action === 'keep') {
            moved = alias.before;
        }
        else {
            moved = await lambda.updateAlias(alias.before, after.version, after.weights, description, signal);
        }
    }
    catch (error) {
        const published = `Version ${version.version} was published with the new code`;
        if (error instanceof AliasChangedError)
            throw (0,errors/* withState */.Q2)(error, `${published}.`);
        throw (0,errors/* withState */.Q2)(error, `${published}; ${await aliasNow(lambda, alias.name, error)}.`);
    }
    log.info(alias.action === 'keep'
        ? `Alias ${moved.arn} already routes ${routingText(moved)}: not moved`
        : `Alias ${moved.arn} now routes ${routingText(moved)}`);
    return { version, previousVersion: alias.before?.version, alias: moved };
}
/** The alias's state after a failed move, read again rather than assumed. */
async function aliasNow(lambda, alias, error) {
    if ((0,errors/* isOutcomeUnknownFailure */.PO)(error))
        return `whether alias '${alias}' moved to it is unknown`;
    try {
        const now = await lambda.getAlias(alias);
        return now === undefined
            ? `alias '${alias}' does not exist`
            : `alias '${alias}' routes ${routingText(now)}`;
    }
    catch {
        return `alias '${alias}' could not be read back, so where it points is unknown`;
    }
}
/** A sentence on where the release left things, for a failure in a step after it. */
function releasedState(released) {
    if (released.alias !== undefined) {
        return `Version ${released.version?.version ?? '?'} was published and alias '${released.alias.name}' routes ${routingText(released.alias)}.`;
    }
    if (released.version !== undefined)
        return `Version ${released.version.version} was published.`;
    return 'No version was published.';
}
/** "live: 7 (90 %) / 8 (10 %)", or "live: 8" when one version has it all. */
function describeRouting(alias) {
    return `${alias.name}: ${routingText(alias)}`;
}

;// CONCATENATED MODULE: ./src/report/outputs.ts



/** Outputs known once the code update is done; the package's are set as soon as it is built. */
function deployOutputs(outcome) {
    return {
        'function-arn': outcome.function.arn,
        'function-name': outcome.function.name,
        deployed: String(outcome.deployed),
        // An image's digest is known only once Lambda has resolved it.
        ...(outcome.imageUri === undefined ? {} : { 'code-sha256': outcome.function.codeSha256 }),
        ...(outcome.staged === undefined ? {} : { 's3-uri': outcome.staged.uri }),
        ...(outcome.layer === undefined ? {} : { 'layer-version-arn': outcome.layer.version.arn }),
        ...releaseOutputs(outcome.release),
    };
}
/** Only what this run produced: nothing is set for a version or alias it did not touch. */
function releaseOutputs(release) {
    const outputs = versionOutputs(release.version);
    if (release.previousVersion !== undefined)
        outputs['previous-version'] = release.previousVersion;
    if (release.alias !== undefined)
        outputs['alias-arn'] = release.alias.arn;
    if (release.functionUrl !== undefined)
        outputs['function-url'] = release.functionUrl;
    if (release.smokeTest !== undefined)
        outputs['smoke-test'] = release.smokeTest;
    if (release.codedeploy !== undefined) {
        outputs['codedeploy-deployment-id'] = release.codedeploy.deploymentId;
        outputs['codedeploy-deployment-url'] = release.codedeploy.link;
    }
    return outputs;
}
/** The version a run published: set on success, and on a failure after it was published. */
function versionOutputs(version) {
    return version === undefined ? {} : { version: version.version, 'version-arn': version.arn };
}
/** github-deployment: the deployment this run created. */
function deploymentOutputs(deploymentId) {
    return { 'deployment-id': String(deploymentId) };
}
function cleanupOutputs(result) {
    return {
        'alias-deleted': String(result.aliasDeleted),
        ...(result.version === undefined ? {} : { 'previous-version': result.version }),
    };
}
/** rollback-to: the version the alias now routes to, the one before, and whether it moved. */
function rollbackOutputs(result) {
    return {
        'function-arn': result.functionArn,
        'function-name': result.functionName,
        version: result.plan.to.version,
        'version-arn': result.plan.to.arn,
        'previous-version': result.plan.from,
        'alias-arn': result.alias.arn,
        'rolled-back': String(result.rolledBack),
    };
}
/** The pull request comment for a deployed preview: URL, version and commit. */
function previewCommentBody(outcome, alias, commit) {
    const { release } = outcome;
    const lines = [`**Preview deployed**: \`${outcome.function.name}\` alias \`${alias}\``, ''];
    if (release.functionUrl !== undefined)
        lines.push(`- URL: ${release.functionUrl}`);
    if (release.version !== undefined)
        lines.push(`- Version: ${release.version.version}`);
    lines.push(`- Commit: ${commit}`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/resources/code/plan.ts + 1 modules
var code_plan = __webpack_require__(5741);
;// CONCATENATED MODULE: ./src/resources/code/apply.ts



/**
 * A zip this large goes into the request streamed from its file (streamed-zip.ts), which
 * costs a second read of it, to hash the body; a smaller one is read whole, which costs
 * memory three times its size (bytes, base64, JSON) while it is sent.
 */
const STREAM_FROM_BYTES = 16 * 1024 * 1024;
/** Deploys the code to the existing function: the zip package, or the image. */
function deployCode(lambda, code, options, log, known) {
    return code.kind === 'zip'
        ? updateFunctionCode(lambda, code.package, { ...options, upload: code.upload }, log, known)
        : updateFunctionImage(lambda, code.uri, options, log, known);
}
async function updateFunctionCode(lambda, pkg, options, log, known) {
    const start = await startCodeUpdate(lambda, 'Zip', options, log, known, {
        running: (current) => `code ${current.codeSha256} (${current.codeSize} bytes)`,
        runsIt: (current) => (0,code_plan/* runsPackage */.dm)(current, pkg),
        same: 'package',
    });
    if (start.skipped !== undefined)
        return start.skipped;
    const { current, architecture } = start;
    const { code, staged } = await deliverPackage(options.upload, pkg, (0,code_plan/* accountOf */.XP)(current.arn), lambda.region, log);
    const { settled, architectureChange } = await applyCode(lambda, current, code, architecture, options, log, (uploaded) => {
        if (uploaded.codeSha256 !== pkg.sha256) {
            throw new errors/* DeployError */.sH(`Lambda computed CodeSha256 ${uploaded.codeSha256} for the upload, but the package's is ${pkg.sha256}`);
        }
    });
    return { function: settled, deployed: true, staged, architectureChange };
}
/** Points an Image function at `imageUri`; Lambda pulls the image itself. */
async function updateFunctionImage(lambda, imageUri, options, log, known) {
    const start = await startCodeUpdate(lambda, 'Image', options, log, known, {
        running: (current) => `image ${current.resolvedImageUri ?? current.codeSha256}`,
        runsIt: (current) => (0,code_plan/* runsImage */.m2)(current, imageUri),
        same: 'image digest',
    });
    if (start.skipped !== undefined)
        return start.skipped;
    const { current, architecture } = start;
    const { settled, architectureChange } = await applyCode(lambda, current, { kind: 'image', uri: imageUri }, architecture, options, log);
    return { function: settled, deployed: true, staged: undefined, architectureChange };
}
/**
 * The function as the update starts from: its package type checked, the architecture to
 * send, or the result when it already runs this code and the update is skipped.
 */
async function startCodeUpdate(lambda, packageType, options, log, known, code) {
    const current = known ?? (await lambda.read());
    log.info(`Function ${current.arn} runs ${code.running(current)}`);
    (0,code_plan/* checkPackageType */.jH)(current, lambda.name, packageType);
    const architecture = (0,code_plan/* architectureToSet */.RQ)(options.architecture, current);
    if (options.skipUnchanged && code.runsIt(current) && architecture === undefined) {
        log.info(`The function already runs this ${code.same}: code update skipped (skip-unchanged)`);
        return {
            current,
            architecture,
            skipped: { function: current, deployed: false, staged: undefined },
        };
    }
    return { current, architecture, skipped: undefined };
}
/** Sends the code, waits for Lambda to finish, and fails with Lambda's reason if it could not. */
async function applyCode(lambda, current, code, architecture, options, log, check) {
    await settleEarlierUpdate(lambda, current, options.waitTimeoutSeconds, log);
    log.info(`Updating the code with UpdateFunctionCode (${describe(code)})`);
    const uploaded = await lambda.updateCode(code, architecture);
    check?.(uploaded);
    log.info('Waiting for Lambda to finish the update');
    const settled = await lambda.waitUntilSettled(options.waitTimeoutSeconds);
    if (settled.lastUpdateStatus === 'Failed') {
        throw new errors/* DeployError */.sH(`Lambda could not apply the new code to '${lambda.name}': ${settled.lastUpdateStatusReason ?? 'no reason given'}`);
    }
    if (settled.codeSha256 !== uploaded.codeSha256) {
        throw new errors/* DeployError */.sH(`Another deploy changed function '${lambda.name}' meanwhile: it now runs code ${settled.codeSha256}, ` +
            `not the ${uploaded.codeSha256} this run uploaded, so no version was published and no alias moved`);
    }
    return {
        settled,
        architectureChange: architecture === undefined ? undefined : (0,code_plan/* architectureChange */.ef)(current, architecture),
    };
}
/**
 * The package as Lambda takes it: its bytes, or its place in S3 after staging it there.
 * `account` is the default owner expected of the bucket.
 */
async function deliverPackage(route, pkg, account, region, log) {
    if (route.kind === 'direct') {
        const code = pkg.size < STREAM_FROM_BYTES
            ? { kind: 'zip', zip: await (0,promises_.readFile)(pkg.path) }
            : { kind: 'zip-file', path: pkg.path, size: pkg.size };
        return { code, staged: undefined };
    }
    // S3 and its uploader are loaded only by a run that stages its package there.
    const { stagePackageInS3 } = await Promise.all(/* import() */[__webpack_require__.e(358), __webpack_require__.e(853)]).then(__webpack_require__.bind(__webpack_require__, 6234));
    const stage = () => stagePackageInS3(route.client, { bucket: route.bucket, key: route.key, expectedOwner: route.bucketOwner ?? account, region }, pkg, log);
    const { shared } = route;
    const sharedKey = `${region} s3://${route.bucket}/${route.key}`;
    const first = shared?.get(sharedKey);
    let staged;
    if (shared === undefined || first === undefined) {
        const staging = stage();
        shared?.set(sharedKey, staging);
        staged = await staging;
    }
    else {
        log.info(`s3://${route.bucket}/${route.key}: staged once for every function that shares it`);
        staged = { ...(await first), uploaded: false, seconds: 0 };
    }
    if (route.reference === true && staged.versionId === undefined) {
        throw new errors/* DeployError */.sH(`code-storage 'reference': S3 gave no version ID for ${staged.uri}, so bucket '${staged.bucket}' ` +
            'is not versioned; Lambda points at an object version only. Enable versioning on the bucket.');
    }
    return { code: { kind: 's3', ...staged, reference: route.reference === true }, staged };
}
function describe(code) {
    if (code.kind === 'zip')
        return `${code.zip.length} bytes in the request`;
    if (code.kind === 'zip-file')
        return `${code.size} bytes in the request`;
    if (code.kind === 'image')
        return `image ${code.uri}`;
    return `from s3://${code.bucket}/${code.key}`;
}
async function settleEarlierUpdate(lambda, current, timeoutSeconds, log) {
    if (current.lastUpdateStatus !== 'InProgress')
        return;
    log.info('Another update of the function is in progress; waiting for it to finish first');
    const settled = await lambda.waitUntilSettled(timeoutSeconds);
    if (settled.lastUpdateStatus === 'Failed') {
        log.warning(`The earlier update failed (${settled.lastUpdateStatusReason ?? 'no reason given'}); deploying over it`);
    }
}

// EXTERNAL MODULE: ./src/resources/layer/fingerprint-record.ts
var fingerprint_record = __webpack_require__(8029);
// EXTERNAL MODULE: ./src/resources/code/fingerprint-record.ts
var code_fingerprint_record = __webpack_require__(9885);
;// CONCATENATED MODULE: ./src/resources/code/record.ts



/**
 * Records, once the function runs the package, the tree's fingerprint with the package's
 * CodeSha256 (fingerprint-record.ts), and the layer tree's with the version that holds its
 * zip (layer/fingerprint-record.ts), in one TagResource, so that the next run of the same
 * trees need not build them. Only an optimisation: a record that cannot be written is a
 * warning, and the next run builds as it always did.
 */
async function recordFingerprint(lambda, built, layer, now, log) {
    const code = built.deployable;
    const layerPackage = built.layerPackage?.pkg;
    const tags = {
        ...(code.kind === 'zip' ? (0,code_fingerprint_record/* fingerprintRecordToWrite */.y9)(now, code.package) : undefined),
        ...(layer === undefined || layerPackage === undefined
            ? undefined
            : (0,fingerprint_record/* layerRecordToWrite */.$H)(now, layerPackage, layer.version)),
    };
    const keys = Object.keys(tags);
    if (keys.length === 0)
        return;
    const what = keys
        .map((key) => (key === code_fingerprint_record/* FINGERPRINT_TAG */.AZ ? "the source tree's" : "the layer tree's"))
        .join(' and ');
    try {
        await lambda.tag(now.arn, tags);
        log.info(`Recorded ${what} fingerprint, in ${tagNames(keys)}`);
    }
    catch (error) {
        log.warning(`${capitalized(what)} fingerprint could not be recorded (${(0,errors/* errorMessage */.gJ)(error)}); ` +
            'the next deploy builds the package even if the tree is unchanged');
    }
}
function tagNames(keys) {
    return keys.length === 1
        ? `tag ${keys[0] ?? ''}`
        : `tags ${code_fingerprint_record/* FINGERPRINT_TAG */.AZ} and ${fingerprint_record/* LAYER_FINGERPRINT_TAG */.MI}`;
}
function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

// EXTERNAL MODULE: ./src/inputs.ts + 16 modules
var inputs = __webpack_require__(5504);
// EXTERNAL MODULE: ./src/resources/layer/plan.ts
var layer_plan = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/resources/configuration/newest-plan.ts



/** Lambda's default for an S3 Files mount that names no DirectS3Read. */
const DEFAULT_DIRECT_S3_READ = 'AUTO';
function planNewestSettings(settings, now, update, change) {
    const { runtimeConfig, acceleratorMemorySize } = settings;
    if (runtimeConfig !== undefined) {
        const runtime = settings.runtime ?? now.Runtime;
        if (runtime !== 'custom') {
            throw new errors/* DeployError */.sH(`runtime-config needs the function's runtime to be custom; it is ${runtime ?? 'not set'}` +
                (settings.runtime === undefined ? ' (set runtime: custom)' : ''));
        }
        const wanted = `${runtimeConfig.runtimeArn} (${runtimeConfig.runtimeAlias})`;
        if (wanted !== runtimeConfigOf(now)) {
            change('runtime-config', runtimeConfigOf(now), wanted);
            update.RuntimeConfig = {
                RuntimeArn: runtimeConfig.runtimeArn,
                RuntimeAlias: runtimeConfig.runtimeAlias,
            };
        }
    }
    if (acceleratorMemorySize !== undefined) {
        const architecture = settings.architecture ?? now.Architectures?.[0] ?? 'x86_64';
        if (architecture !== 'x86_64') {
            throw new errors/* DeployError */.sH(`accelerator-memory-size needs an x86_64 function; '${now.FunctionName ?? 'the function'}' would be ${architecture}`);
        }
        const before = acceleratorOf(now);
        if (acceleratorMemorySize !== before) {
            change('accelerator-memory-size', before === undefined ? '' : String(before), String(acceleratorMemorySize));
            update.AcceleratorConfig = {
                // The SDK types the size as an enum of numbers; the input accepted only those numbers.
                AcceleratorMemorySize: acceleratorMemorySize,
            };
        }
    }
}
/**
 * The mounts compared with Lambda's: ARN, path and, for S3 Files, DirectS3Read (AUTO when
 * Lambda reports none). file-system-direct-s3-read alone changes the mount the function has.
 */
function planFileSystems(settings, now, update, change) {
    const before = fileSystemsOf(now);
    const given = settings.fileSystems;
    if (given === undefined && settings.directS3Read === undefined)
        return;
    const mounts = given ?? before;
    if (given === undefined) {
        const efs = mounts.find((mount) => !(0,inputs/* isS3FilesAccessPoint */.Q6)(mount.arn));
        if (mounts.length === 0 || efs !== undefined) {
            throw new errors/* DeployError */.sH(`file-system-direct-s3-read applies only to an S3 Files mount; '${now.FunctionName ?? 'the function'}' mounts ${efs?.arn ?? 'no file system'}`);
        }
    }
    const wanted = mounts.map((mount) => ({
        arn: mount.arn,
        localMountPath: mount.localMountPath,
        directS3Read: (0,inputs/* isS3FilesAccessPoint */.Q6)(mount.arn)
            ? (settings.directS3Read ??
                before.find((old) => old.arn === mount.arn)?.directS3Read ??
                DEFAULT_DIRECT_S3_READ)
            : undefined,
    }));
    const shown = (systems) => systems.map((system) => `${system.arn}=${system.localMountPath}` +
        ((0,inputs/* isS3FilesAccessPoint */.Q6)(system.arn)
            ? ` (DirectS3Read ${system.directS3Read ?? DEFAULT_DIRECT_S3_READ})`
            : ''));
    const from = shown(before);
    const to = shown(wanted);
    if (from.join('\n') === to.join('\n'))
        return;
    change('file-systems', from.join(', '), to.length === 0 ? 'none' : to.join(', '));
    update.FileSystemConfigs = wanted.map((system) => ({
        Arn: system.arn,
        LocalMountPath: system.localMountPath,
        ...(system.directS3Read === undefined
            ? {}
            : { S3FilesConfig: { DirectS3Read: system.directS3Read } }),
    }));
}

;// CONCATENATED MODULE: ./src/resources/configuration/settings-plan.ts




/**
 * VPC, dead-letter target, tracing, logging, SnapStart, file systems, KMS key and image
 * config: each compared in the shape shapes.ts gives what Lambda read back, so the
 * same settings deployed twice plan nothing. One SettingChange per input that differs.
 */
function planLambdaSettings(settings, now, update, changes) {
    const change = (setting, from, to) => changes.push({ setting, from, to });
    const vpc = settings.vpc;
    if (vpc !== undefined) {
        const before = vpcOf(now);
        const detach = vpc.subnetIds.length === 0;
        let differs = false;
        if (!sameSet(vpc.subnetIds, before.subnetIds)) {
            change('subnet-ids', before.subnetIds.join(', '), listOrNone(asSet(vpc.subnetIds)));
            differs = true;
        }
        if (!sameSet(vpc.securityGroupIds, before.securityGroupIds)) {
            change('security-group-ids', before.securityGroupIds.join(', '), listOrNone(asSet(vpc.securityGroupIds)));
            differs = true;
        }
        if (vpc.ipv6DualStack !== undefined && vpc.ipv6DualStack !== before.ipv6DualStack) {
            change('ipv6-dual-stack', String(before.ipv6DualStack), String(vpc.ipv6DualStack));
            differs = true;
        }
        if (differs) {
            // The whole VpcConfig is sent; dual stack the user left unset stays as it is.
            const ipv6 = detach ? undefined : (vpc.ipv6DualStack ?? (before.ipv6DualStack || undefined));
            update.VpcConfig = {
                SubnetIds: [...vpc.subnetIds],
                SecurityGroupIds: [...vpc.securityGroupIds],
                ...(ipv6 === undefined ? {} : { Ipv6AllowedForDualStack: ipv6 }),
            };
        }
    }
    if (settings.deadLetterTargetArn !== undefined) {
        const before = deadLetterOf(now);
        if (settings.deadLetterTargetArn !== before) {
            change('dead-letter-target-arn', before, settings.deadLetterTargetArn || NONE);
            update.DeadLetterConfig = { TargetArn: settings.deadLetterTargetArn };
        }
    }
    if (settings.tracing !== undefined && settings.tracing !== tracingOf(now)) {
        change('tracing', tracingOf(now), settings.tracing);
        update.TracingConfig = { Mode: settings.tracing };
    }
    if (settings.logging !== undefined)
        planLogging(settings.logging, { now, update, change });
    if (settings.snapStart !== undefined && settings.snapStart !== snapStartOf(now)) {
        change('snap-start', snapStartOf(now), settings.snapStart);
        update.SnapStart = { ApplyOn: settings.snapStart };
    }
    planFileSystems(settings, now, update, change);
    planNewestSettings(settings, now, update, change);
    if (settings.kmsKeyArn !== undefined && settings.kmsKeyArn !== kmsKeyOf(now)) {
        change('kms-key-arn', kmsKeyOf(now), settings.kmsKeyArn || NONE);
        update.KMSKeyArn = settings.kmsKeyArn;
    }
    if (settings.imageConfig !== undefined)
        planImageConfig(settings.imageConfig, { now, update, change });
}
const NONE = 'none';
function listOrNone(items) {
    return items.length === 0 ? NONE : items.join(', ');
}
/**
 * Only the parts the user set are compared, against Lambda's defaults where it left one out;
 * the whole LoggingConfig is sent, the parts not set kept as they are.
 */
function planLogging(wanted, { now, update, change }) {
    const before = loggingOf(now);
    const parts = [
        ['log-format', wanted.format, before.format],
        ['log-group', wanted.logGroup, before.logGroup],
        ['application-log-level', wanted.applicationLogLevel, before.applicationLogLevel],
        ['system-log-level', wanted.systemLogLevel, before.systemLogLevel],
    ];
    let differs = false;
    for (const [setting, to, from] of parts) {
        if (to !== undefined && to !== from) {
            change(setting, from ?? '', to);
            differs = true;
        }
    }
    if (!differs)
        return;
    const format = wanted.format ?? before.format;
    const read = now.LoggingConfig;
    // Lambda takes levels only with JSON; switching to Text drops them.
    const applicationLogLevel = format === 'JSON' ? (wanted.applicationLogLevel ?? read?.ApplicationLogLevel) : undefined;
    const systemLogLevel = format === 'JSON' ? (wanted.systemLogLevel ?? read?.SystemLogLevel) : undefined;
    const logGroup = wanted.logGroup ?? read?.LogGroup;
    update.LoggingConfig = {
        LogFormat: format,
        ...(logGroup === undefined ? {} : { LogGroup: logGroup }),
        ...(applicationLogLevel === undefined
            ? {}
            : { ApplicationLogLevel: applicationLogLevel }),
        ...(systemLogLevel === undefined ? {} : { SystemLogLevel: systemLogLevel }),
    };
}
/** Command and entry point compared in order; the parts not set are kept as they are. */
function planImageConfig(wanted, { now, update, change }) {
    const before = imageConfigOf(now);
    let differs = false;
    if (wanted.command !== undefined && !sameList(wanted.command, before.command)) {
        change('image-command', before.command.join(' '), wanted.command.join(' '));
        differs = true;
    }
    if (wanted.entryPoint !== undefined && !sameList(wanted.entryPoint, before.entryPoint)) {
        change('image-entrypoint', before.entryPoint.join(' '), wanted.entryPoint.join(' '));
        differs = true;
    }
    if (wanted.workingDirectory !== undefined &&
        wanted.workingDirectory !== before.workingDirectory) {
        change('image-working-directory', before.workingDirectory, wanted.workingDirectory);
        differs = true;
    }
    if (!differs)
        return;
    const command = wanted.command ?? before.command;
    const entryPoint = wanted.entryPoint ?? before.entryPoint;
    const workingDirectory = wanted.workingDirectory ?? before.workingDirectory;
    update.ImageConfig = {
        ...(command.length === 0 ? {} : { Command: [...command] }),
        ...(entryPoint.length === 0 ? {} : { EntryPoint: [...entryPoint] }),
        ...(workingDirectory === '' ? {} : { WorkingDirectory: workingDirectory }),
    };
}

;// CONCATENATED MODULE: ./src/resources/configuration/lambda-2025-plan.ts

function planLambda2025Settings(settings, now, update, changes, creating = false) {
    const durable = settings.durableConfig;
    if (durable !== undefined) {
        // A create sends DurableConfig itself; only an existing function without it is refused.
        if (now.DurableConfig === undefined && !creating) {
            throw new errors/* InputError */.dz('durable-config', `cannot make function '${now.FunctionName ?? ''}' durable: Lambda enables durable execution ` +
                'only when it creates a function. Create a new function with durable-config and create-if-missing');
        }
        const before = { ...now.DurableConfig };
        if (!covers(before, durable)) {
            changes.push({ setting: 'durable-config', from: shown(before), to: shown(durable) });
            update.DurableConfig = { ...before, ...durable };
        }
    }
    const wanted = settings.capacityProvider?.LambdaManagedInstancesCapacityProviderConfig;
    if (wanted !== undefined) {
        const before = { ...now.CapacityProviderConfig?.LambdaManagedInstancesCapacityProviderConfig };
        if (!covers(before, wanted)) {
            changes.push({ setting: 'capacity-provider-config', from: shown(before), to: shown(wanted) });
            update.CapacityProviderConfig = {
                LambdaManagedInstancesCapacityProviderConfig: { ...before, ...wanted },
            };
        }
    }
}
/** True when every field of `wanted` has that value in `actual`. */
function covers(actual, wanted) {
    return Object.entries(wanted).every(([key, value]) => actual[key] === value);
}
/** {"ExecutionTimeout":3600}, or none. */
function shown(value) {
    return Object.keys(value).length === 0 ? 'none' : JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/resources/configuration/request-size.ts

/**
 * Lambda refuses an UpdateFunctionConfiguration body over 5,120 bytes with
 * RequestEntityTooLargeException ("Request must be smaller than 5120 bytes for the
 * UpdateFunctionConfiguration operation"), even with the variables under their own 4 KB.
 */
const UPDATE_REQUEST_LIMIT_BYTES = 5120;
/** The input behind each field of the request, to name in the message. */
const FIELD_INPUTS = {
    Environment: 'environment',
    Layers: 'layers',
    Description: 'description',
    Handler: 'handler',
    Role: 'role',
    VpcConfig: 'subnet-ids and security-group-ids',
    FileSystemConfigs: 'file-systems',
    ImageConfig: 'image-command, image-entrypoint and image-working-directory',
    LoggingConfig: 'log-group',
    DeadLetterConfig: 'dead-letter-target-arn',
    KMSKeyArn: 'kms-key-arn',
    RuntimeConfig: 'runtime-config',
};
/** Fails, before anything is sent, when the request body would be over Lambda's limit. */
function checkRequestSize(update) {
    const size = Buffer.byteLength(JSON.stringify(update));
    if (size <= UPDATE_REQUEST_LIMIT_BYTES)
        return;
    const parts = Object.entries(update)
        .map(([field, value]) => ({
        name: FIELD_INPUTS[field] ?? field,
        bytes: Buffer.byteLength(JSON.stringify({ [field]: value })),
    }))
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 3);
    throw new errors/* DeployError */.sH(`The configuration update would be ${size} bytes, over Lambda's limit of ` +
        `${UPDATE_REQUEST_LIMIT_BYTES} for one UpdateFunctionConfiguration request; the largest ` +
        `parts: ${parts.map((part) => `${part.name} ${part.bytes} bytes`).join(', ')}. ` +
        'Shorten them (with environment-mode: merge, the variables sent include the ones the ' +
        'function already has).');
}

;// CONCATENATED MODULE: ./src/resources/configuration/compare.ts
function same(a, b) {
    return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}
/** Objects compared regardless of key order; arrays (layer order matters) as they are. */
function normalize(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return value;
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}
function show(value) {
    if (Array.isArray(value))
        return value.join(', ');
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

;// CONCATENATED MODULE: ./src/resources/configuration/plan.ts









/**
 * Compares what the user set with the function as it is; what the user did not set is left
 * out. `creating`: `current` is the nothing a create starts from (createdSettings).
 */
function planConfiguration(settings, current, creating = false) {
    const now = current.configuration;
    const update = {};
    const changes = [];
    const compare = (setting, wanted, actual, apply) => {
        if (wanted === undefined || same(wanted, actual))
            return;
        changes.push({ setting, from: show(actual), to: show(wanted) });
        apply(wanted);
    };
    compare('handler', settings.handler, now.Handler, (v) => (update.Handler = v));
    compare('runtime', settings.runtime, now.Runtime, (v) => (update.Runtime = v));
    compare('memory-size', settings.memorySize, now.MemorySize, (v) => (update.MemorySize = v));
    compare('timeout', settings.timeout, now.Timeout, (v) => (update.Timeout = v));
    compare('description', settings.description, now.Description ?? '', (v) => (update.Description = v));
    compare('role', settings.role, now.Role, (v) => (update.Role = v));
    compare('ephemeral-storage', settings.ephemeralStorage, now.EphemeralStorage?.Size, (v) => (update.EphemeralStorage = { Size: v }));
    const attached = (0,layer_plan/* attachedLayers */.RZ)(current);
    if (settings.layers !== undefined && !same(settings.layers, attached)) {
        changes.push({
            setting: 'layers',
            from: show(attached),
            to: settings.layers.length === 0 ? 'none' : show(settings.layers),
        });
        update.Layers = [...settings.layers];
    }
    planLambdaSettings(settings, now, update, changes);
    planLambda2025Settings(settings, now, update, changes, creating);
    if (settings.environment !== undefined) {
        const unreadable = now.Environment?.Error;
        if (unreadable !== undefined && settings.environmentMode === 'merge') {
            // Merging into nothing would send only the variables given, deleting all the others.
            throw new errors/* DeployError */.sH(`Could not read the function's environment variables (${unreadable.Message ?? unreadable.ErrorCode ?? 'no reason given'}), ` +
                "so they cannot be merged. Grant the key's kms:Decrypt, or set environment-mode: replace.");
        }
        const before = now.Environment?.Variables ?? {};
        const after = settings.environmentMode === 'replace'
            ? { ...settings.environment }
            : { ...before, ...settings.environment };
        if (!same(after, before)) {
            (0,inputs/* checkEnvironmentSize */.vD)(after, 'environment');
            changes.push({
                setting: 'environment',
                from: Object.keys(before).sort().join(', '),
                to: describeVariables(before, after),
            });
            update.Environment = { Variables: after };
        }
    }
    checkRequestSize(update);
    const tags = Object.fromEntries(Object.entries(settings.tags ?? {}).filter(([key, value]) => current.tags[key] !== value));
    const untag = tagsToRemove(settings, current.tags);
    return { update, changes, tags, ...(untag.length === 0 ? {} : { untag }) };
}
/**
 * What CreateFunction will send, as changes from nothing: the same rows an update's plan
 * shows (environment by name only), so a reviewer of a create sees every setting.
 */
function createdSettings(settings, name) {
    const nothing = {
        arn: '',
        name,
        packageType: '',
        codeSha256: '',
        codeSize: 0,
        state: undefined,
        lastUpdateStatus: undefined,
        lastUpdateStatusReason: undefined,
        revisionId: undefined,
        configuration: { FunctionName: name },
        tags: {},
        resolvedImageUri: undefined,
    };
    const { changes } = planConfiguration(settings, nothing, true);
    return settings.architecture === undefined
        ? [...changes]
        : [...changes, { setting: 'architectures', from: '', to: settings.architecture }];
}
/**
 * tags-mode replace: keys the function has that tags does not list; aws: keys are AWS's own,
 * and the fingerprint records are the action's (code/ and layer/fingerprint-record.ts).
 */
function tagsToRemove(settings, current) {
    const wanted = settings.tags;
    if (settings.tagsMode !== 'replace' || wanted === undefined)
        return [];
    return Object.keys(current)
        .filter((key) => !Object.hasOwn(wanted, key) &&
        !key.toLowerCase().startsWith('aws:') &&
        key !== code_fingerprint_record/* FINGERPRINT_TAG */.AZ &&
        key !== fingerprint_record/* LAYER_FINGERPRINT_TAG */.MI)
        .sort();
}
/** "A, B (changed), C (added), D (removed)": names only, values stay secret. */
function describeVariables(before, after) {
    const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return names
        .map((name) => {
        if (!(name in after))
            return `${name} (removed)`;
        if (!(name in before))
            return `${name} (added)`;
        return before[name] === after[name] ? name : `${name} (changed)`;
    })
        .join(', ');
}

;// CONCATENATED MODULE: ./src/resources/configuration/apply.ts



/**
 * Applies the planned settings before the code, so a version published afterwards holds
 * both, and waits for Lambda to finish; a Failed update fails with Lambda's reason.
 */
async function applyConfiguration(lambda, planned, waitTimeoutSeconds, log, current) {
    let after = current;
    if (planned.changes.length > 0) {
        if (current.lastUpdateStatus === 'InProgress') {
            after = await lambda.waitUntilSettled(waitTimeoutSeconds);
        }
        for (const change of planned.changes)
            log.info(`${change.setting}: ${change.from || '(none)'} -> ${change.to}`);
        await lambda.updateConfiguration(planned.update);
        const settled = await lambda.waitUntilSettled(waitTimeoutSeconds);
        after = settled;
        if (settled.lastUpdateStatus === 'Failed') {
            throw new errors/* DeployError */.sH(`Lambda could not apply the new configuration to '${lambda.name}': ${settled.lastUpdateStatusReason ?? 'no reason given'}`);
        }
    }
    else {
        log.info('The configuration already matches: no UpdateFunctionConfiguration');
    }
    if (Object.keys(planned.tags).length > 0) {
        await lambda.tag(current.arn, planned.tags);
        log.info(`Tagged: ${Object.keys(planned.tags).join(', ')}`);
    }
    if (planned.untag !== undefined && planned.untag.length > 0) {
        await lambda.untag(current.arn, planned.untag);
        log.info(`Tags removed (tags-mode replace): ${planned.untag.join(', ')}`);
    }
    return { changes: planned.changes, function: after };
}

;// CONCATENATED MODULE: ./src/resources/function/apply.ts




/** Creates the missing function with its code and every setting given (create-if-missing). */
async function createFunction(lambda, newCode, settings, waitTimeoutSeconds, log) {
    log.info(`Function '${lambda.name}' does not exist: creating it (create-if-missing)`);
    // The new function's account is its role's: Lambda refuses a role from another account.
    const account = (0,code_plan/* accountOf */.XP)(settings.role);
    const { code, staged } = newCode.kind === 'image'
        ? { code: { kind: 'image', uri: newCode.uri }, staged: undefined }
        : await deliverPackage(newCode.upload, newCode.package, account, lambda.region, log);
    const created = await lambda.create({
        ...creationSettings(settings),
        PackageType: newCode.kind === 'image' ? 'Image' : 'Zip',
        Code: codeFields(code),
    }, waitTimeoutSeconds, 
    // After a lost answer, a function under this name is this run's if it holds this code.
    (found) => newCode.kind === 'image'
        ? found.packageType === 'Image'
        : found.packageType === 'Zip' && found.codeSha256 === newCode.package.sha256, code);
    log.info(`Created ${created.arn}; it is ${created.state ?? 'ready'}`);
    return { function: created, deployed: true, staged };
}
/** Only what the user set: no default runtime, memory or anything else is invented. */
function creationSettings(settings) {
    const request = {
        Role: settings.role,
        Handler: settings.handler,
        Runtime: settings.runtime,
    };
    if (settings.memorySize !== undefined)
        request.MemorySize = settings.memorySize;
    if (settings.timeout !== undefined)
        request.Timeout = settings.timeout;
    if (settings.description !== undefined)
        request.Description = settings.description;
    if (settings.architecture !== undefined)
        request.Architectures = [settings.architecture];
    if (settings.environment !== undefined)
        request.Environment = { Variables: { ...settings.environment } };
    if (settings.layers !== undefined && settings.layers.length > 0) {
        request.Layers = [...settings.layers];
    }
    if (settings.ephemeralStorage !== undefined)
        request.EphemeralStorage = { Size: settings.ephemeralStorage };
    if (settings.tags !== undefined)
        request.Tags = { ...settings.tags };
    // Given at creation, so that Lambda checks the first code against it too.
    if (settings.codeSigningConfigArn !== undefined && settings.codeSigningConfigArn !== '') {
        request.CodeSigningConfigArn = settings.codeSigningConfigArn;
    }
    Object.assign(request, creationExtras(settings));
    return request;
}
/**
 * VPC, dead-letter target, tracing, logging, SnapStart, file systems, KMS key and image
 * config, as given; `none` (nothing to remove on a new function) sends nothing.
 */
function creationExtras(settings) {
    const fields = {};
    const { vpc, logging, imageConfig } = settings;
    if (vpc !== undefined && vpc.subnetIds.length > 0) {
        fields.VpcConfig = {
            SubnetIds: [...vpc.subnetIds],
            SecurityGroupIds: [...vpc.securityGroupIds],
            ...(vpc.ipv6DualStack === undefined ? {} : { Ipv6AllowedForDualStack: vpc.ipv6DualStack }),
        };
    }
    if (settings.deadLetterTargetArn) {
        fields.DeadLetterConfig = { TargetArn: settings.deadLetterTargetArn };
    }
    if (settings.tracing !== undefined)
        fields.TracingConfig = { Mode: settings.tracing };
    if (logging !== undefined) {
        fields.LoggingConfig = {
            ...(logging.format === undefined ? {} : { LogFormat: logging.format }),
            ...(logging.logGroup === undefined ? {} : { LogGroup: logging.logGroup }),
            ...(logging.applicationLogLevel === undefined
                ? {}
                : { ApplicationLogLevel: logging.applicationLogLevel }),
            ...(logging.systemLogLevel === undefined
                ? {}
                : { SystemLogLevel: logging.systemLogLevel }),
        };
    }
    if (settings.snapStart !== undefined)
        fields.SnapStart = { ApplyOn: settings.snapStart };
    if (settings.fileSystems !== undefined && settings.fileSystems.length > 0) {
        const direct = settings.directS3Read;
        fields.FileSystemConfigs = settings.fileSystems.map((system) => ({
            Arn: system.arn,
            LocalMountPath: system.localMountPath,
            ...(direct === undefined ? {} : { S3FilesConfig: { DirectS3Read: direct } }),
        }));
    }
    Object.assign(fields, newestCreationFields(settings));
    if (settings.kmsKeyArn)
        fields.KMSKeyArn = settings.kmsKeyArn;
    if (settings.durableConfig !== undefined)
        fields.DurableConfig = { ...settings.durableConfig };
    if (settings.capacityProvider !== undefined) {
        fields.CapacityProviderConfig = {
            LambdaManagedInstancesCapacityProviderConfig: {
                ...settings.capacityProvider.LambdaManagedInstancesCapacityProviderConfig,
            },
        };
    }
    // Fixed at creation: Lambda has no way to change it afterwards.
    if (settings.tenantIsolation === 'per-tenant') {
        fields.TenancyConfig = { TenantIsolationMode: 'PER_TENANT' };
    }
    if (imageConfig !== undefined) {
        fields.ImageConfig = {
            ...(imageConfig.command === undefined ? {} : { Command: [...imageConfig.command] }),
            ...(imageConfig.entryPoint === undefined ? {} : { EntryPoint: [...imageConfig.entryPoint] }),
            ...(imageConfig.workingDirectory === undefined
                ? {}
                : { WorkingDirectory: imageConfig.workingDirectory }),
        };
    }
    return fields;
}
/** RuntimeConfig and AcceleratorConfig, as given. */
function newestCreationFields(settings) {
    const fields = {};
    const { runtimeConfig, acceleratorMemorySize } = settings;
    if (runtimeConfig !== undefined) {
        fields.RuntimeConfig = {
            RuntimeArn: runtimeConfig.runtimeArn,
            RuntimeAlias: runtimeConfig.runtimeAlias,
        };
    }
    if (acceleratorMemorySize !== undefined) {
        // The SDK types the size as an enum of numbers; the input accepted only those numbers.
        fields.AcceleratorConfig = {
            AcceleratorMemorySize: acceleratorMemorySize,
        };
    }
    return fields;
}

;// CONCATENATED MODULE: ./src/resources/layer/apply.ts





/**
 * Publishes the layer's package as a new version, unless its newest version already holds
 * the same bytes (and compatibility), and returns the function's layer list with it.
 */
async function publishLayer(layer, publishing, log, 
/** What the run's plan decided; read and decided here when not given. */
planned) {
    const { config, package: pkg } = publishing;
    const plan = planned ??
        (await (0,layer_plan/* planLayer */.FD)(layer, config, pkg, publishing.attached, publishing.account, publishing.recorded));
    if (plan.byFingerprint !== undefined) {
        log.info(`Layer ${config.name} version ${plan.byFingerprint.version} holds the zip of this tree (by fingerprint): nothing built or published`);
        return {
            version: plan.byFingerprint,
            published: false,
            staged: undefined,
            layers: plan.layers,
        };
    }
    if (!plan.publish && plan.newest !== undefined) {
        log.info(`Layer ${config.name} version ${plan.newest.version} already holds this package: not published again`);
        return { version: plan.newest, published: false, staged: undefined, layers: plan.layers };
    }
    const { code, staged } = await deliverPackage(publishing.upload, pkg, publishing.account, layer.region, log);
    log.info(`Publishing layer ${config.name} (${pkg.size} bytes, SHA-256 ${pkg.sha256})`);
    const published = await layer.publish(code, config, publishing.description, {
        codeSha256: pkg.sha256,
        newerThan: plan.newest?.version ?? 0,
    });
    if (published.codeSha256 !== pkg.sha256) {
        throw new errors/* DeployError */.sH(`Lambda computed CodeSha256 ${published.codeSha256} for layer version ${published.arn}, but the package's is ${pkg.sha256}`);
    }
    log.info(`Published ${published.arn}`);
    return {
        version: published,
        published: true,
        staged,
        layers: (0,layer_plan/* layersWith */.nC)(publishing.attached, published.arn),
    };
}

;// CONCATENATED MODULE: ./src/resources/function-url/plan.ts

/**
 * A public URL (auth NONE) needs both statements: Lambda now checks lambda:InvokeFunction
 * (granted only for calls through the URL) as well as lambda:InvokeFunctionUrl.
 */
const PUBLIC_STATEMENTS = [
    {
        statementId: 'lambda-deploy-url-public',
        action: 'lambda:InvokeFunctionUrl',
        principal: '*',
        functionUrlAuthType: 'NONE',
    },
    {
        statementId: 'lambda-deploy-url-public-invoke',
        action: 'lambda:InvokeFunction',
        principal: '*',
        invokedViaFunctionUrl: true,
    },
];
function plan_urlStatementsToChange(mode, present) {
    return mode === 'public'
        ? { add: PUBLIC_STATEMENTS.filter((s) => !present.has(s.statementId)), remove: [] }
        : // A URL switched from public to IAM must not stay open through our old statements.
            {
                add: [],
                remove: PUBLIC_STATEMENTS.map((s) => s.statementId).filter((id) => present.has(id)),
            };
}
/** The URL to create or update (or keep), from the mode asked and the URL as read. */
function planFunctionUrl(mode, qualifier, wanted, existing, statementIds) {
    const authType = mode === 'public' ? 'NONE' : 'AWS_IAM';
    const invokeMode = wanted.urlInvokeMode ?? existing?.invokeMode;
    const cors = wanted.urlCors ?? existing?.cors;
    const changes = [];
    if (existing !== undefined) {
        if (invokeMode !== undefined && invokeMode !== existing.invokeMode) {
            changes.push(`InvokeMode ${existing.invokeMode} -> ${invokeMode}`);
        }
        if (wanted.urlCors !== undefined && !sameCors(existing.cors, wanted.urlCors)) {
            changes.push(`Cors ${existing.cors === undefined ? '(none)' : corsText(existing.cors)} -> ${corsText(wanted.urlCors)}`);
        }
    }
    const action = existing === undefined
        ? 'create'
        : existing.authType === authType && changes.length === 0
            ? 'keep'
            : 'update';
    return {
        qualifier,
        authType,
        action,
        url: existing?.url,
        statements: plan_urlStatementsToChange(mode, statementIds),
        options: {
            ...(invokeMode === undefined ? {} : { invokeMode }),
            ...(cors === undefined ? {} : { cors }),
        },
        changes,
    };
}

;// CONCATENATED MODULE: ./src/resources/code-signing/plan.ts
// The function's code signing config: Lambda keeps it apart from the configuration, and
// checks every later code update against it, so it is applied before the code.
/** The config to set or remove; undefined when the function already has what was asked. */
function planCodeSigning(wanted, current) {
    if (wanted === undefined)
        return undefined;
    const from = current ?? '';
    return from === wanted ? undefined : { from, to: wanted };
}

;// CONCATENATED MODULE: ./src/resources/concurrency/plan.ts
/** Reads what the plan compares: only what the user set; GetFunctionConcurrency and GetProvisionedConcurrencyConfig. */
async function readConcurrency(extras, settings, alias) {
    const reserved = settings.reservedConcurrency === undefined ? undefined : await extras.reservedConcurrency();
    const primary = alias?.version;
    const provisioned = settings.provisionedConcurrency === undefined || primary === undefined || primary === '$LATEST'
        ? undefined
        : { version: primary, config: await extras.provisionedConcurrency(primary) };
    return { reserved, provisioned };
}
/** The reserved concurrency to set or remove; undefined when it already is as asked. */
function planReservedConcurrency(wanted, current) {
    if (wanted === undefined)
        return undefined;
    const from = current ?? 'none';
    return from === wanted ? undefined : { from, to: wanted };
}
/**
 * Provisioned concurrency on the version the alias will route to (`target`, 'new' for the
 * version this run publishes): kept when that version is the alias's already and has it at
 * this number; otherwise put, and the old primary's allocation removed after the alias moves.
 */
function planProvisionedConcurrency(wanted, state, target) {
    if (wanted === undefined)
        return undefined;
    const current = state?.version === target ? state.config : undefined;
    if (current !== undefined && current.requested === wanted && current.status !== 'FAILED') {
        return { executions: wanted, action: 'keep', version: target, removeFrom: undefined };
    }
    const removeFrom = state !== undefined && state.version !== target && state.config !== undefined
        ? state.version
        : undefined;
    return { executions: wanted, action: 'put', version: target, removeFrom };
}

;// CONCATENATED MODULE: ./src/plan/alarm-check.ts

const LAMBDA_NAMESPACE = 'AWS/Lambda';
/** From the widest to the narrowest; a metric with several dimensions covers the narrowest. */
const RANK = {
    function: 1,
    alias: 2,
    version: 3,
    unknown: 4,
    'not this release': 5,
};
const WATCHING = ['function', 'alias', 'version'];
/** Each alarm in `names` with its state and what it watches; one not read shows `unknown`. */
function checkAlarms(names, definitions, target) {
    return names.map((name) => {
        const definition = definitions.get(name);
        if (definition === undefined) {
            return { name, state: 'unknown', watches: 'unknown', reason: 'it was not read' };
        }
        return { name, state: definition.state, ...judgeAlarm(definition, target) };
    });
}
/**
 * What an alarm watches: a metric alarm watches this release when any of its metrics does
 * (the narrowest of those); else it names something else, or cannot be told.
 */
function judgeAlarm(definition, target) {
    if (definition.metrics === undefined) {
        return unknown('a composite alarm: its rule is not checked');
    }
    const judged = definition.metrics.map((metric) => judgeMetric(metric, target));
    const watching = judged.filter((judgment) => WATCHING.includes(judgment.watches));
    if (watching.length > 0)
        return narrowest(watching);
    return (judged.find((judgment) => judgment.watches === 'not this release') ??
        judged[0] ??
        unknown('it reads no metric'));
}
function judgeMetric(metric, target) {
    if (metric.namespace === undefined) {
        return unknown('a metric math expression or query: not checked');
    }
    if (metric.namespace !== LAMBDA_NAMESPACE) {
        return unknown(`its metric is in ${metric.namespace}: only ${LAMBDA_NAMESPACE} is checked`);
    }
    const dimensions = Object.entries(metric.dimensions);
    if (dimensions.length === 0) {
        return unknown('its metric has no dimensions: it counts every function in the region');
    }
    const judged = dimensions.flatMap(([name, value]) => judgeDimension(name, value, target));
    if (judged.length === 0) {
        return unknown('its metric names no FunctionName, Resource or ExecutedVersion');
    }
    return narrowest(judged);
}
/** One dimension of an AWS/Lambda metric; [] for a dimension that does not narrow it. */
function judgeDimension(name, value, target) {
    const { functionName, alias } = target;
    switch (name) {
        case 'FunctionName':
            return [
                value === functionName
                    ? watches('function')
                    : notThis(`its FunctionName is '${value}', not '${functionName}'`),
            ];
        case 'Resource': {
            if (value === functionName)
                return [watches('function')];
            const [resourceFunction, qualifier] = splitQualifier(value);
            if (resourceFunction !== functionName || qualifier === undefined) {
                return [notThis(`its Resource is '${value}', not function '${functionName}'`)];
            }
            if (qualifier === alias)
                return [watches('alias')];
            if (/^\d+$/.test(qualifier))
                return [judgeVersion('Resource', value, qualifier, target)];
            return [notThis(`its Resource is '${value}': alias '${qualifier}', not '${alias}'`)];
        }
        case 'ExecutedVersion':
            return [judgeVersion('ExecutedVersion', value, value, target)];
        default:
            return [];
    }
}
function judgeVersion(dimension, value, version, target) {
    const named = `its ${dimension} is '${value}'`;
    if (!/^\d+$/.test(version))
        return notThis(`${named}, not a published version`);
    if (target.version !== undefined) {
        return version === target.version
            ? watches('version')
            : notThis(`${named}, and this run releases version ${target.version}`);
    }
    const newest = Math.max(0, ...target.existingVersions.map(Number).filter(Number.isInteger));
    if (Number(version) <= newest) {
        return notThis(`${named}, a version that exists already; this run publishes a new one, numbered only once it is published`);
    }
    return unknown(`${named}: the version this run publishes is numbered only once it is published`);
}
/** "orders-api:live" -> ["orders-api", "live"]; a function name holds no colon. */
function splitQualifier(resource) {
    const at = resource.indexOf(':');
    return at === -1 ? [resource, undefined] : [resource.slice(0, at), resource.slice(at + 1)];
}
function narrowest(judgments) {
    return judgments.reduce((kept, next) => (RANK[next.watches] > RANK[kept.watches] ? next : kept));
}
function watches(what) {
    return { watches: what, reason: undefined };
}
function unknown(reason) {
    return { watches: 'unknown', reason };
}
function notThis(reason) {
    return { watches: 'not this release', reason };
}
/**
 * An alarm already in ALARM would roll the alias back at the first step, after traffic moved:
 * refused before anything changes.
 */
function refuseFiringAlarms(checks) {
    const firing = checks.filter((check) => check.state === 'ALARM').map(({ name }) => `'${name}'`);
    if (firing.length === 0)
        return;
    const one = firing.length === 1;
    throw new errors/* InputError */.dz('alarms', `${one ? 'alarm' : 'alarms'} ${firing.join(', ')} ${one ? 'is' : 'are'} in ALARM now, so the rollout ` +
        'would be rolled back at its first step: nothing was changed. ' +
        `Wait until ${one ? 'it is' : 'they are'} OK, fix what ${one ? 'it reports' : 'they report'}, ` +
        `or leave ${one ? 'it' : 'them'} out of alarms for this run.`);
}
/** Warnings for alarms that guard nothing now, or not this release. */
function alarmWarnings(checks) {
    return checks.flatMap((check) => [
        ...(check.state === 'INSUFFICIENT_DATA'
            ? [
                `Alarm '${check.name}' is INSUFFICIENT_DATA: it guards nothing until its metric has data, ` +
                    'and a canary with little traffic may give it none; the rollout goes on without it.',
            ]
            : []),
        ...(check.watches === 'not this release'
            ? [
                `Alarm '${check.name}' is not watching this release: ${check.reason ?? ''}. ` +
                    'It would roll the alias back only for what that metric shows.',
            ]
            : []),
    ]);
}

;// CONCATENATED MODULE: ./src/plan/trigger-check.ts

/** The unqualified function, as a mapping's target and in messages. */
const LATEST = '$LATEST';
/** The release puts the new version behind a guard: a canary, steps, or a smoke test. */
function needsTriggerCheck(release) {
    return (release.traffic < 100 || release.rollout.steps.length > 1 || release.smokeTest !== undefined);
}
/** What a trigger outside the alias misses, from the release's inputs and plan. */
function bypassedGuards(release, smokeTest) {
    const { steps, alarms } = release.rollout;
    return [
        ...(steps.length > 1
            ? [`the traffic steps (${steps.join(',')})`]
            : release.traffic < 100
                ? [`the canary (${release.traffic} %)`]
                : []),
        ...(alarms.length > 0 ? ['the alarms'] : []),
        ...(smokeTest ? ['the smoke test'] : []),
    ];
}
/**
 * The mappings on the unqualified function, $LATEST or another qualifier than `alias`, and
 * the statements of the unqualified function's policy that let an AWS service invoke it
 * (function URL statements left out: a URL is not a trigger).
 */
function findTriggers(read, functionArn, alias) {
    const unqualified = functionArn.endsWith(`:${LATEST}`)
        ? functionArn.slice(0, -LATEST.length - 1)
        : functionArn;
    const mappings = read.mappings.flatMap((mapping) => {
        const qualifier = mapping.functionArn === unqualified
            ? LATEST
            : mapping.functionArn.slice(unqualified.length + 1);
        if (qualifier === alias)
            return [];
        return [
            {
                kind: 'event-source-mapping',
                uuid: mapping.uuid,
                source: mapping.eventSourceArn ?? `a self-managed event source (mapping ${mapping.uuid})`,
                target: qualifier,
                state: mapping.state,
            },
        ];
    });
    const permissions = read.statements.flatMap((statement) => {
        if (statement.Effect !== 'Allow' || !grantsInvoke(statement.Action))
            return [];
        const sourceArn = conditionValue(statement.Condition, 'aws:sourcearn');
        return servicesOf(statement.Principal).map((principal) => ({
            kind: 'permission',
            statementId: typeof statement.Sid === 'string' ? statement.Sid : '',
            principal,
            ...(sourceArn === undefined ? {} : { sourceArn }),
        }));
    });
    return [...mappings, ...permissions];
}
/** True when an action (or one of a list, with IAM's wildcards) allows lambda:InvokeFunction. */
function grantsInvoke(action) {
    const actions = Array.isArray(action) ? action : [action];
    return actions.some((pattern) => {
        if (typeof pattern !== 'string')
            return false;
        const glob = pattern
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')
            .replace(/\?/g, '.');
        return new RegExp(`^${glob}$`, 'i').test('lambda:InvokeFunction');
    });
}
/** The AWS service principals of a statement: Principal.Service, one or a list. */
function servicesOf(principal) {
    if (typeof principal !== 'object' || principal === null)
        return [];
    const service = principal.Service;
    const services = Array.isArray(service) ? service : [service];
    return services.filter((value) => typeof value === 'string');
}
/** A condition key's value under any operator (ArnLike, ArnEquals ...), keys compared in any case. */
function conditionValue(condition, key) {
    if (typeof condition !== 'object' || condition === null)
        return undefined;
    for (const operator of Object.values(condition)) {
        if (typeof operator !== 'object' || operator === null)
            continue;
        for (const [name, value] of Object.entries(operator)) {
            if (name.toLowerCase() !== key)
                continue;
            const values = Array.isArray(value) ? value : [value];
            const texts = values.filter((item) => typeof item === 'string');
            if (texts.length > 0)
                return texts.join(', ');
        }
    }
    return undefined;
}
/** "$LATEST", "version 3", "alias 'staging'". */
function targetText(target) {
    if (target === LATEST)
        return LATEST;
    return /^\d+$/.test(target) ? `version ${target}` : `alias '${target}'`;
}
/** "event source mapping from arn:aws:sqs:...:orders (Enabled)", "permission 's3' for s3.amazonaws.com from arn:aws:s3:::uploads". */
function subjectOf(finding) {
    return finding.kind === 'event-source-mapping'
        ? `event source mapping from ${finding.source} (${finding.state})`
        : `permission '${finding.statementId}' for ${finding.principal}` +
            (finding.sourceArn === undefined ? '' : ` from ${finding.sourceArn}`);
}
/** One warning a finding, naming its source and what it bypasses; one for what was not read. */
function triggerWarnings(check) {
    const notAlias = check.alias === undefined ? '' : `, not alias '${check.alias}'`;
    const found = check.findings.map((finding) => {
        const target = finding.kind === 'event-source-mapping' ? finding.target : LATEST;
        const subject = subjectOf(finding);
        const runsNewCode = target === LATEST ? ' ($LATEST runs the new code as soon as it is updated)' : '';
        const what = finding.kind === 'event-source-mapping' ? 'events' : 'invocations';
        return (`${subject.charAt(0).toUpperCase()}${subject.slice(1)} invokes ${targetText(target)}` +
            `${notAlias}${runsNewCode}: its ${what} bypass ${listed(check.bypassed)}.`);
    });
    if (check.denied.length === 0)
        return found;
    return [
        ...found,
        `The triggers that may bypass ${listed(check.bypassed)} were not all checked: ` +
            `${deniedText(check.denied)}. Grant ${check.denied.join(' and ')} to check them; ` +
            'trigger-check: fail refuses a release it cannot check.',
    ];
}
/** What a check missed for want of a permission, and which permission. */
function deniedText(denied) {
    return denied
        .map((permission) => `${DENIED_MISSES[permission] ?? 'a listing'} could not be read (${permission} was denied)`)
        .join(', and ');
}
const DENIED_MISSES = {
    'lambda:ListEventSourceMappings': 'the event source mappings',
    'lambda:GetPolicy': "the function's resource policy",
};
/**
 * trigger-check: fail refuses the release, before anything changes, listing every finding,
 * and refuses one it could not check.
 */
function refuseTriggers(check, functionName) {
    const { findings, alias, denied } = check;
    if (findings.length === 0 && denied.length === 0)
        return;
    const one = findings.length === 1;
    const them = one ? 'it' : 'them';
    const outside = alias === undefined ? 'directly' : `outside alias '${alias}'`;
    const hint = alias === undefined
        ? `Remove ${them}, or set trigger-check: warn to release anyway.`
        : `Point ${them} at alias '${alias}', remove ${them}, or set trigger-check: warn to release anyway.`;
    const unchecked = denied.length === 0
        ? ''
        : ` The check was not complete: ${deniedText(denied)}; grant ${denied.length === 1 ? 'it' : 'them'}.`;
    throw new errors/* InputError */.dz('trigger-check', findings.length === 0
        ? `fail refuses a release it cannot check: ${deniedText(denied)}, so the triggers that may ` +
            `bypass ${listed(check.bypassed)} are unknown. Nothing was changed. Grant ` +
            `${denied.join(' and ')}, or set trigger-check: warn to release anyway.`
        : `fail refuses this release: ${findings.length} ${one ? 'trigger reaches' : 'triggers reach'} ` +
            `${functionName} ${outside} and would bypass ${listed(check.bypassed)}: ` +
            `${findings.map(briefly).join('; ')}. Nothing was changed. ${hint}${unchecked}`);
}
/** "a", "a and b", "a, b and c". */
function listed(items) {
    if (items.length <= 1)
        return items[0] ?? 'the release';
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
/** "event source mapping from arn:aws:sqs:...:orders (Enabled) on $LATEST". */
function briefly(finding) {
    const target = finding.kind === 'event-source-mapping' ? finding.target : LATEST;
    return `${subjectOf(finding)} on ${targetText(target)}`;
}

;// CONCATENATED MODULE: ./src/plan/release-guards.ts


/**
 * The steps and the alarms watched. An alarm already in ALARM would roll the alias back
 * right after it moved, so the run is refused before any change.
 */
function planRollout(config, state, { before, version }) {
    const { rollout, alias } = config.release;
    if (alias === undefined || (rollout.steps.length === 1 && rollout.alarms.length === 0)) {
        return undefined;
    }
    const moves = before !== undefined && before.version !== version;
    const alarms = checkAlarms(rollout.alarms, state.alarms, {
        functionName: state.function?.name ?? config.functionName,
        alias,
        version,
        existingVersions: before === undefined ? [] : [before.version, ...Object.keys(before.weights)],
    });
    if (moves)
        refuseFiringAlarms(alarms);
    return { steps: rollout.steps, intervalSeconds: rollout.intervalSeconds, alarms, moves };
}
/**
 * The triggers that bypass what guards the release, when it releases something; with
 * trigger-check: fail, any of them refuses the run before any change.
 */
function planTriggers(config, state, release) {
    const found = state.function;
    if (state.triggers === undefined || found === undefined || !release.released)
        return undefined;
    const check = {
        findings: findTriggers(state.triggers, found.arn, config.release.alias),
        alias: config.release.alias,
        bypassed: bypassedGuards(config.release, release.smokeTest),
        denied: state.triggers.denied,
    };
    if (config.release.triggerCheck === 'fail')
        refuseTriggers(check, found.name);
    return check;
}

;// CONCATENATED MODULE: ./src/resources/async-invoke/plan.ts
/** Reads the qualifier's config; none when the function or alias does not exist yet. */
async function readAsyncInvoke(api, qualifier, exists) {
    return { qualifier, config: exists ? await api.eventInvokeConfig(qualifier) : undefined };
}
/** The config to put, or undefined when the qualifier has exactly it. */
function planAsyncInvoke(wanted, qualifier, state) {
    if (wanted === undefined)
        return undefined;
    const from = state !== undefined && state.qualifier === qualifier ? state.config : undefined;
    return from !== undefined && sameEventInvokeConfig(from, wanted)
        ? undefined
        : { qualifier, from, to: wanted };
}
/** Equal as Lambda keeps them: every field, an absent one equal only to an absent one. */
function sameEventInvokeConfig(a, b) {
    return a !== undefined && b !== undefined && eventInvokeText(a) === eventInvokeText(b);
}
/** "MaximumRetryAttempts 0, MaximumEventAgeInSeconds 3600, OnFailure arn:..." */
function eventInvokeText(config) {
    if (config === undefined)
        return '(none)';
    const parts = [
        ['MaximumRetryAttempts', config.MaximumRetryAttempts],
        ['MaximumEventAgeInSeconds', config.MaximumEventAgeInSeconds],
        ['OnSuccess', config.DestinationConfig?.OnSuccess?.Destination],
        ['OnFailure', config.DestinationConfig?.OnFailure?.Destination],
    ].flatMap(([key, value]) => (value === undefined || value === '' ? [] : [`${key} ${value}`]));
    return parts.length === 0 ? '(defaults)' : parts.join(', ');
}

;// CONCATENATED MODULE: ./src/resources/runtime-settings/plan.ts
/** What a function Lambda has just created has. */
const CREATED = {
    recursiveLoop: 'Terminate',
    runtimeManagement: { updateRuntimeOn: 'Auto', runtimeVersionArn: undefined },
};
async function readRuntimeSettings(api, wanted) {
    return {
        recursiveLoop: wanted.recursiveLoop === undefined ? undefined : await api.recursiveLoop(),
        runtimeManagement: wanted.runtimeManagement === undefined ? undefined : await api.runtimeManagement(),
    };
}
/** `state` undefined: the function is created by this run, with Lambda's defaults. */
function planRuntimeSettings(wanted, state) {
    const recursiveFrom = state?.recursiveLoop ?? CREATED.recursiveLoop;
    const runtimeFrom = state?.runtimeManagement ?? CREATED.runtimeManagement;
    const runtimeTo = wanted.runtimeManagement === undefined
        ? undefined
        : {
            updateRuntimeOn: wanted.runtimeManagement.updateRuntimeOn,
            runtimeVersionArn: wanted.runtimeManagement.runtimeVersionArn,
        };
    const plan = {
        ...(wanted.recursiveLoop === undefined || wanted.recursiveLoop === recursiveFrom
            ? {}
            : { recursiveLoop: { from: recursiveFrom, to: wanted.recursiveLoop } }),
        ...(runtimeTo === undefined || sameRuntimeManagement(runtimeFrom, runtimeTo)
            ? {}
            : { runtimeManagement: { from: runtimeFrom, to: runtimeTo } }),
    };
    return Object.keys(plan).length === 0 ? undefined : plan;
}
function sameRuntimeManagement(a, b) {
    return a.updateRuntimeOn === b.updateRuntimeOn && a.runtimeVersionArn === b.runtimeVersionArn;
}
/** "Manual (arn:aws:lambda:...::runtime:...)", "Auto". */
function runtimeManagementText(config) {
    return config.runtimeVersionArn === undefined
        ? config.updateRuntimeOn
        : `${config.updateRuntimeOn} (${config.runtimeVersionArn})`;
}

;// CONCATENATED MODULE: ./src/resources/code-storage/plan.ts

/** S3's Glacier classes, which Lambda cannot read a package from: moving there archives it. */
const ARCHIVE_CLASSES = new Set(['GLACIER', 'DEEP_ARCHIVE', 'GLACIER_IR']);
/**
 * The reference storage plan, or a refusal: an unversioned bucket, or a lifecycle rule that
 * applies to the package's key and would expire or archive it (named with its ID).
 */
function planCodeStorage(code, bucket, found) {
    if (code.kind !== 'zip' || code.upload.kind !== 's3' || code.upload.reference !== true) {
        return undefined;
    }
    const { key } = code.upload;
    if (bucket === undefined) {
        throw new errors/* DeployError */.sH(`code-storage 'reference': bucket '${code.upload.bucket}' was not read`);
    }
    if (bucket.versioning !== 'Enabled') {
        throw new errors/* DeployError */.sH(`code-storage 'reference' needs a versioned bucket, but versioning of bucket '${bucket.bucket}' is ` +
            `${bucket.versioning ?? 'not enabled'} (GetBucketVersioning): Lambda points the function at one ` +
            'version of the object. Enable versioning on the bucket, or use code-storage copy. Nothing was changed.');
    }
    for (const rule of bucket.rules) {
        const harm = harmTo(rule, key, code.package.size);
        if (harm !== undefined) {
            throw new errors/* DeployError */.sH(`code-storage 'reference': lifecycle rule '${rule.ID ?? '(no ID)'}' of bucket '${bucket.bucket}' ` +
                `applies to s3://${bucket.bucket}/${key} and would ${harm}, and the function would lose ` +
                'the code it points at. Exclude the key prefix from that rule, or use code-storage copy. ' +
                'Nothing was changed.');
        }
    }
    return {
        bucket: bucket.bucket,
        key,
        versioning: bucket.versioning,
        switching: found !== undefined && found.referencedObject === undefined,
    };
}
/**
 * code-storage copy (the default) for a function that points at an object: the object it
 * points at, as Lambda is to take a copy again (even of the same package); else undefined.
 */
function planCopyBack(code, found) {
    if (code.kind !== 'zip' || (code.upload.kind === 's3' && code.upload.reference === true)) {
        return undefined;
    }
    return found?.referencedObject;
}
/** What the rule would do to the key (an object of `size` bytes, with no tags); undefined: nothing. */
function harmTo(rule, key, size) {
    if (rule.Status !== 'Enabled' || !ruleApplies(rule, key, size))
        return undefined;
    const expiration = rule.Expiration;
    if (expiration?.Days !== undefined)
        return `expire it after ${expiration.Days} days`;
    if (expiration?.Date !== undefined) {
        return `expire it on ${new Date(expiration.Date).toISOString().slice(0, 10)}`;
    }
    const noncurrent = rule.NoncurrentVersionExpiration;
    if (noncurrent?.NoncurrentDays !== undefined ||
        noncurrent?.NewerNoncurrentVersions !== undefined) {
        return `expire the pinned version once it is noncurrent (NoncurrentVersionExpiration)`;
    }
    const archived = [
        ...(rule.Transitions ?? []).map((t) => ({ ...t, what: 'it' })),
        ...(rule.NoncurrentVersionTransitions ?? []).map((t) => ({
            ...t,
            what: 'the pinned version once it is noncurrent',
        })),
    ].find((transition) => ARCHIVE_CLASSES.has(transition.StorageClass ?? ''));
    return archived === undefined
        ? undefined
        : `archive ${archived.what} to ${archived.StorageClass ?? ''}, which Lambda cannot read code from`;
}
/** A rule applies to the key when its prefix, tags and sizes all match (tags: the object has none). */
function ruleApplies(rule, key, size) {
    const filter = rule.Filter;
    const and = filter?.And;
    // A rule written before Filter existed still carries its top-level Prefix.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const prefix = and?.Prefix ?? filter?.Prefix ?? rule.Prefix ?? '';
    if (!key.startsWith(prefix))
        return false;
    if (filter?.Tag !== undefined || (and?.Tags ?? []).length > 0)
        return false;
    const greater = and?.ObjectSizeGreaterThan ?? filter?.ObjectSizeGreaterThan;
    const less = and?.ObjectSizeLessThan ?? filter?.ObjectSizeLessThan;
    return (greater === undefined || size > greater) && (less === undefined || size < less);
}

;// CONCATENATED MODULE: ./src/resources/tenancy/plan.ts

/** TenancyConfig.TenantIsolationMode as tenant-isolation names it; 'none' when absent. */
function tenancyOf(found) {
    return found.configuration.TenancyConfig?.TenantIsolationMode === 'PER_TENANT'
        ? 'per-tenant'
        : 'none';
}
/** Refuses a tenancy change, and a per-tenant smoke test without a tenant, before any write. */
function checkTenancy(found, settings, smokeTest) {
    const wanted = settings.tenantIsolation;
    const current = found === undefined ? undefined : tenancyOf(found);
    if (current !== undefined && wanted !== undefined && wanted !== current) {
        throw new errors/* InputError */.dz('tenant-isolation', `is ${wanted}, but function '${found?.name ?? ''}' was created with ${current === 'none' ? 'no TenancyConfig (shared)' : 'TenancyConfig PER_TENANT'}, and Lambda cannot change tenant isolation after creation: create a new function ` +
            `for ${wanted === 'none' ? 'shared use' : 'per-tenant isolation'}, or set tenant-isolation: ${current}`);
    }
    const perTenant = (current ?? wanted) === 'per-tenant';
    if (perTenant && smokeTest !== undefined && smokeTest.tenantId === undefined) {
        throw new errors/* InputError */.dz('smoke-test-tenant-id', `is needed: function '${found?.name ?? ''}' isolates tenants (TenancyConfig PER_TENANT), and ` +
            'Lambda invokes it only with a tenant ID, so the smoke test would fail: give the tenant to test as');
    }
}

;// CONCATENATED MODULE: ./src/resources/managed-instances/plan.ts


/** What unqualified invokes of a Managed Instances function reach. */
const LATEST_PUBLISHED = '$LATEST.PUBLISHED';
function onCapacityProvider(found, settings) {
    return (settings.capacityProvider !== undefined ||
        found?.configuration.CapacityProviderConfig !== undefined);
}
/** Reads the scaling config of each qualifier the release may put it on; only when set. */
async function readScaling(extras, found, settings, qualifiers) {
    if (settings.scaling === undefined || !onCapacityProvider(found, settings))
        return undefined;
    const read = new Map();
    for (const qualifier of qualifiers) {
        const config = await extras.scalingConfig(qualifier);
        read.set(qualifier, config === undefined
            ? undefined
            : {
                ...(config.MinExecutionEnvironments === undefined
                    ? {}
                    : { MinExecutionEnvironments: config.MinExecutionEnvironments }),
                ...(config.MaxExecutionEnvironments === undefined
                    ? {}
                    : { MaxExecutionEnvironments: config.MaxExecutionEnvironments }),
            });
    }
    return read;
}
function planManagedInstances(options) {
    const { settings, found, publishes, target, changes, read } = options;
    if (!onCapacityProvider(found, settings)) {
        if (settings.scaling === undefined)
            return undefined;
        throw new errors/* InputError */.dz('scaling-config', `applies to Lambda Managed Instances only, and function '${found?.name ?? ''}' has no capacity provider: set capacity-provider-config`);
    }
    const publishLatest = !publishes && changes;
    const wanted = settings.scaling;
    if (wanted === undefined)
        return { publishLatest, scaling: undefined };
    const qualifier = publishes ? target : LATEST_PUBLISHED;
    const from = qualifier === NEW_VERSION ? undefined : read?.get(qualifier);
    const same = from !== undefined &&
        Object.entries(wanted).every(([key, value]) => from[key] === value);
    return { publishLatest, scaling: same ? undefined : { qualifier, config: wanted, from } };
}
/** {"MinExecutionEnvironments":1,...}, or none. */
function scalingText(config) {
    return config === undefined || Object.keys(config).length === 0 ? 'none' : JSON.stringify(config);
}

// EXTERNAL MODULE: ./src/inputs/codedeploy-config.ts
var codedeploy_config = __webpack_require__(9490);
;// CONCATENATED MODULE: ./src/resources/codedeploy/plan.ts


/** Reads the application, group and config (only reads). */
async function readCodeDeploy(codedeploy, wanted) {
    const application = await codedeploy.application(wanted.application);
    return {
        application,
        group: application === undefined
            ? undefined
            : await codedeploy.group(wanted.application, wanted.group),
        config: await codedeploy.deploymentConfig(wanted.config.name),
    };
}
/** The plan of a CodeDeploy rollout from what was read; refuses what cannot be done. */
function planCodeDeploy(wanted, read, alarms, alias) {
    const role = wanted.serviceRole;
    if (read.application === undefined && role === undefined) {
        throw new errors/* InputError */.dz('codedeploy-application', `'${wanted.application}' does not exist: create it (compute platform Lambda), or give codedeploy-service-role so that the step creates it`);
    }
    if (read.application !== undefined && read.application.computePlatform !== 'Lambda') {
        throw new errors/* InputError */.dz('codedeploy-application', `'${wanted.application}' is for the ${read.application.computePlatform ?? 'unknown'} compute platform, not Lambda`);
    }
    if (read.application !== undefined && read.group === undefined && role === undefined) {
        throw new errors/* InputError */.dz('codedeploy-deployment-group', `'${wanted.group}' does not exist in application '${wanted.application}': create it, or give codedeploy-service-role so that the step creates it`);
    }
    const config = planConfig(wanted, read.config);
    if (alias !== undefined && Object.keys(alias.weights).length > 0) {
        throw new errors/* InputError */.dz('alias', `'${alias.name}' routes to two versions (${Object.keys(alias.weights).join(', ')} beside ${alias.version}): a CodeDeploy deployment starts from one; finish or undo that rollout first`);
    }
    const group = read.group;
    const same = (a, b) => a.length === b.length && [...a].sort().every((name, at) => name === [...b].sort()[at]);
    const groupAction = group === undefined
        ? 'create'
        : alarms.length > 0 && (!same(group.alarms, alarms) || !group.alarmsEnabled)
            ? 'update-alarms'
            : 'keep';
    return {
        application: {
            name: wanted.application,
            action: read.application === undefined ? 'create' : 'keep',
        },
        group: {
            name: wanted.group,
            action: groupAction,
            alarms: groupAction === 'keep' && group !== undefined ? group.alarms : alarms,
        },
        config,
        serviceRole: role,
        hooks: wanted.hooks,
        wait: wanted.wait,
        timeoutSeconds: wanted.timeoutSeconds,
        ...(alias === undefined
            ? {
                atOnce: 'the alias does not exist yet: it is created on the new version, with no deployment',
            }
            : {}),
    };
}
function planConfig(wanted, found) {
    const choice = wanted.config;
    if (choice.kind === 'named') {
        if (found === undefined) {
            throw new errors/* InputError */.dz('codedeploy-config', `'${choice.name}' is not a deployment config CodeDeploy knows`);
        }
        if (found.computePlatform !== undefined && found.computePlatform !== 'Lambda') {
            throw new errors/* InputError */.dz('codedeploy-config', `'${choice.name}' is for the ${found.computePlatform} compute platform, not Lambda`);
        }
        return { name: choice.name, action: 'keep', routing: found.routing };
    }
    if (found === undefined) {
        if (choice.predefined) {
            throw new errors/* DeployError */.sH(`CodeDeploy does not know its own config '${choice.name}'`);
        }
        return { name: choice.name, action: 'create', routing: choice.routing };
    }
    if (found.routing !== undefined && !plan_sameRouting(found.routing, choice.routing)) {
        throw new errors/* InputError */.dz('traffic', `maps onto deployment config '${choice.name}' (${(0,codedeploy_config/* routingSentence */.CA)(choice.routing)}), but the one of that name shifts ${(0,codedeploy_config/* routingSentence */.CA)(found.routing)}: delete it, or name a config with codedeploy-config`);
    }
    return { name: choice.name, action: 'keep', routing: choice.routing };
}
function plan_sameRouting(a, b) {
    if (a.type === 'AllAtOnce' || b.type === 'AllAtOnce')
        return a.type === b.type;
    return (a.type === b.type && a.percentage === b.percentage && a.intervalMinutes === b.intervalMinutes);
}
function codeDeployJson(plan) {
    return {
        engine: 'codedeploy',
        application: plan.application,
        group: plan.group,
        config: {
            name: plan.config.name,
            action: plan.config.action,
            routing: plan.config.routing === undefined ? null : (0,codedeploy_config/* routingSentence */.CA)(plan.config.routing),
        },
        hooks: {
            beforeAllowTraffic: plan.hooks.beforeAllowTraffic ?? null,
            afterAllowTraffic: plan.hooks.afterAllowTraffic ?? null,
        },
        waitForRollout: plan.wait,
        rollout: plan.atOnce !== undefined
            ? `no deployment: ${plan.atOnce}`
            : plan.wait
                ? 'the step follows the deployment to its end (wait-for-rollout: true)'
                : 'the step ends once CodeDeploy accepts the deployment; the runner will not watch the rollout (wait-for-rollout: false)',
    };
}
/** The plan's lines for the log and the summary. */
function codeDeployLines(json) {
    const { application, group, config, hooks } = json;
    const named = [
        hooks.beforeAllowTraffic === null ? [] : [`BeforeAllowTraffic ${hooks.beforeAllowTraffic}`],
        hooks.afterAllowTraffic === null ? [] : [`AfterAllowTraffic ${hooks.afterAllowTraffic}`],
    ].flat();
    return [
        `Rollout engine: CodeDeploy, application ${application.name} (${application.action}), ` +
            `deployment group ${group.name} (${group.action}${group.alarms.length === 0 ? ', no alarms' : `, alarms ${group.alarms.join(', ')}`})`,
        `CodeDeploy config: ${config.name}${config.routing === null ? '' : ` (${config.routing})`}${config.action === 'create' ? ', created' : ''}; hooks: ${named.length === 0 ? 'none' : named.join(', ')}`,
        `CodeDeploy: ${json.rollout}`,
    ];
}

;// CONCATENATED MODULE: ./src/plan/deploy-plan.ts
















/**
 * The plan: a function of the inputs, what was built and what was read, with no I/O. A
 * dry run shows it; a real run shows it, then applies exactly it.
 */
function planDeploy(config, state, built) {
    const found = state.function;
    const { code } = built;
    (0,code_plan/* checkCode */.q7)(found, code, config.settings.architecture, state.image);
    checkCanaryRole(found, config.settings, config.release);
    checkTenancy(found, config.settings, config.release.smokeTest);
    const layer = config.layer === undefined || built.layer === undefined
        ? undefined
        : {
            name: config.layer.name,
            ...(0,layer_plan/* decideLayer */.e3)(config.layer, built.layer, config.settings.layers ?? (0,layer_plan/* attachedLayers */.RZ)(found), (0,code_plan/* accountOf */.XP)(found?.arn ?? config.settings.role), state.layerNewest, built.layerRecorded),
        };
    const settings = layer === undefined ? config.settings : { ...config.settings, layers: layer.layers };
    const configuration = found === undefined
        ? { update: {}, changes: createdSettings(settings, config.functionName), tags: {} }
        : planConfiguration(settings, found);
    const codeStorage = planCodeStorage(code, state.codeBucket, found);
    const copyBack = planCopyBack(code, found);
    const codePlan = switchStorage((0,code_plan/* planCode */.nO)(found, code, settings.architecture, config.skipUnchanged), codeStorage?.switching === true || copyBack !== undefined);
    const codeAction = codePlan.action;
    // Nothing about $LATEST changes: a version that already holds it needs no twin.
    const latestUnchanged = codeAction === 'skip' && configuration.changes.length === 0 && layer?.publish !== true;
    const publish = !config.release.publish
        ? 'none'
        : (latestUnchanged && found !== undefined && holdingVersion(state, found)) || NEW_VERSION;
    const target = publish === 'none' || publish === NEW_VERSION ? NEW_VERSION : publish.version;
    const alias = planAlias(config, state.alias, target);
    const rollout = planRollout(config, state, {
        before: alias?.before,
        version: target === NEW_VERSION ? undefined : target,
    });
    // A version the alias already routes to, unchanged, has been serving: nothing to try.
    const smokeTest = config.release.smokeTest !== undefined &&
        publish !== 'none' &&
        (publish === NEW_VERSION || alias?.action !== 'keep');
    const triggers = planTriggers(config, state, {
        released: publish === NEW_VERSION || (alias !== undefined && alias.action !== 'keep'),
        smokeTest,
    });
    return {
        function: {
            name: found?.name ?? config.functionName,
            action: found === undefined ? 'create' : 'update',
            found,
        },
        code: codePlan,
        configuration: { update: configuration.update, changes: configuration.changes },
        tags: configuration.tags,
        layer,
        release: {
            publish,
            alias,
            url: planUrl(config, state),
            smokeTest,
            rollout,
            codedeploy: codeDeployOf(config, state),
        },
        prune: config.release.keepVersions === undefined || publish === 'none'
            ? undefined
            : {
                keep: config.release.keepVersions,
                // Its versions' durable executions are listed before any is deleted.
                durable: config.settings.durableConfig !== undefined ||
                    found?.configuration.DurableConfig !== undefined,
            },
        ...(configuration.untag === undefined ? {} : { untag: configuration.untag }),
        reservedConcurrency: planReservedConcurrency(config.settings.reservedConcurrency, state.concurrency?.reserved),
        codeSigning: planCodeSigning(config.settings.codeSigningConfigArn, state.codeSigningConfigArn),
        provisionedConcurrency: planProvisionedConcurrency(config.settings.provisionedConcurrency, state.concurrency?.provisioned, target),
        settingSources: config.settingSources,
        triggers,
        asyncInvoke: planAsyncInvoke(config.extras.asyncInvoke, config.release.alias, state.asyncInvoke),
        runtimeSettings: planRuntimeSettings(config.extras, found && state.runtimeSettings),
        codeStorage,
        copyBack,
        durableLeft: leftBehind(state, alias),
        managedInstances: planManagedInstances({
            settings: config.settings,
            found,
            publishes: config.release.publish,
            target,
            changes: found === undefined ||
                codeAction !== 'skip' ||
                configuration.changes.length > 0 ||
                layer?.publish === true ||
                !holdsLatest(state.latestPublished, found),
            read: state.scaling,
        }),
    };
}
/** A function running this very package from the other storage mode gets it again, in the mode asked. */
function switchStorage(code, switching) {
    return code.action === 'skip' && switching ? { ...code, action: 'update' } : code;
}
/** The durable executions still going on the version the alias moves its primary off. */
function leftBehind(state, alias) {
    const on = state.durableOnAlias;
    if (on === undefined || alias === undefined || alias.action === 'keep')
        return undefined;
    return alias.after.version === on.version ? undefined : on;
}
/** False when $LATEST.PUBLISHED (read for Managed Instances) is missing or behind $LATEST. */
function holdsLatest(published, found) {
    if (published === undefined)
        return true;
    return (published !== 'none' &&
        published.codeSha256 === found.codeSha256 &&
        published.signature === configurationSignature(found));
}
function codeDeployOf(config, state) {
    const wanted = config.release.codedeploy;
    if (wanted === undefined || state.function === undefined)
        return undefined;
    if (state.codedeploy === undefined) {
        throw new errors/* DeployError */.sH('rollout-engine: codedeploy, but CodeDeploy was not read');
    }
    return planCodeDeploy(wanted, state.codedeploy, config.release.rollout.alarms, state.alias);
}
/** The alias's version (or weighted one) that holds $LATEST's code and settings already. */
function holdingVersion(state, found) {
    const signature = configurationSignature(found);
    return state.versions.find((version) => version.codeSha256 === found.codeSha256 && version.signature === signature);
}
function planUrl(config, state) {
    const mode = config.release.functionUrl;
    if (mode === 'none')
        return undefined;
    return planFunctionUrl(mode, config.release.alias, config.extras, state.url, state.statementIds);
}
/** True when applying the plan would change anything at all. */
function planChanges(plan) {
    const { release } = plan;
    return (plan.function.action === 'create' ||
        plan.code.action !== 'skip' ||
        plan.configuration.changes.length > 0 ||
        Object.keys(plan.tags).length > 0 ||
        (plan.untag ?? []).length > 0 ||
        plan.reservedConcurrency !== undefined ||
        plan.codeSigning !== undefined ||
        plan.provisionedConcurrency?.action === 'put' ||
        plan.asyncInvoke !== undefined ||
        plan.runtimeSettings !== undefined ||
        plan.managedInstances?.publishLatest === true ||
        plan.managedInstances?.scaling !== undefined ||
        plan.layer?.publish === true ||
        release.publish === NEW_VERSION ||
        (release.alias !== undefined && release.alias.action !== 'keep') ||
        (release.url !== undefined &&
            (release.url.action !== 'keep' ||
                release.url.statements.add.length + release.url.statements.remove.length > 0)));
}
/**
 * What the plan prunes: keep-versions with a release, in a run that changes something (a
 * run that plans no changes makes only read calls).
 */
function plannedPrune(plan) {
    return plan.prune !== undefined && plan.release.publish !== 'none' && planChanges(plan)
        ? plan.prune
        : undefined;
}

;// CONCATENATED MODULE: ./src/resources/alias/record.ts
// What this action did to an alias, kept in the alias's own Description after the user's
// text, so that `rollback-to: previous` and the recovery of an interrupted rollout need no
// state outside AWS:
//   "Orders API, prod | lambda-deploy: 8 (was 7+8:0.1) 1a2b3c4 run 42"             a move done
//   "Orders API, prod | lambda-deploy: 7+8:0.1 (was 7) 1a2b3c4 run 43"             a canary
//   "lambda-deploy rollout: 8 step 2/3 of 10,50,100 until 1765080000 (was 7) run 42.1"  under way
// A routing is its primary, then "+version:weight" for each other version it sends a share.
/** Lambda's limit for an alias description. */
const DESCRIPTION_LIMIT = 256;
const SEPARATOR = ' | ';
const ROUTING = String.raw `(?:\d+|\$LATEST)(?:\+\d+:[\d.]+)*`;
const MOVED = new RegExp(String.raw `^lambda-deploy: (${ROUTING}) \(was (${ROUTING}|none)\)(.*)$`);
const ROLLOUT = new RegExp(String.raw `^lambda-deploy rollout: (\d+) step (\d+)/(\d+) of ([\d,]+) until (\d+) \(was (${ROUTING})\) run (\S+)$`);
/** "7", or "7+8:0.1" when version 8 has 10 % of the traffic. */
function routingRecord(routing) {
    const others = Object.entries(routing.weights)
        .filter(([, weight]) => weight > 0)
        .map(([version, weight]) => `+${version}:${weight}`);
    return `${routing.version}${others.join('')}`;
}
function parseRouting(text) {
    const [version = '', ...others] = text.split('+');
    const weights = {};
    for (const other of others) {
        const [name = '', weight = ''] = other.split(':');
        weights[name] = Number(weight);
    }
    return { version, weights };
}
function recordText(record) {
    if (record.kind === 'moved') {
        const was = record.previous === undefined ? 'none' : routingRecord(record.previous);
        const now = routingRecord({ version: record.version, weights: record.weights ?? {} });
        return `lambda-deploy: ${now} (was ${was}) ${record.label}`.trim();
    }
    return (`lambda-deploy rollout: ${record.target} step ${record.step}/${record.steps.length} ` +
        `of ${record.steps.join(',')} until ${record.until} (was ${routingRecord(record.before)}) ` +
        `run ${record.run}`);
}
function parseRecord(text) {
    const moved = MOVED.exec(text);
    if (moved !== null) {
        const previous = moved[2] ?? 'none';
        const now = parseRouting(moved[1] ?? '');
        return {
            kind: 'moved',
            version: now.version,
            ...(Object.keys(now.weights).length === 0 ? {} : { weights: now.weights }),
            previous: previous === 'none' ? undefined : parseRouting(previous),
            label: (moved[3] ?? '').trim(),
        };
    }
    const rollout = ROLLOUT.exec(text);
    if (rollout === null)
        return undefined;
    const steps = (rollout[4] ?? '').split(',').map(Number);
    return {
        kind: 'rollout',
        target: rollout[1] ?? '',
        step: Number(rollout[2]),
        steps,
        until: Number(rollout[5]),
        before: parseRouting(rollout[6] ?? ''),
        run: rollout[7] ?? '',
    };
}
/** The user's text and this action's record, from an alias's Description. */
function readDescription(description) {
    const whole = description ?? '';
    const own = parseRecord(whole);
    if (own !== undefined)
        return { text: '', record: own };
    const at = whole.lastIndexOf(SEPARATOR);
    const record = at === -1 ? undefined : parseRecord(whole.slice(at + SEPARATOR.length));
    return record === undefined
        ? { text: whole, record: undefined }
        : { text: whole.slice(0, at), record };
}
/**
 * The alias's new Description: the user's text from `current`, kept, then `record`, within
 * Lambda's 256 characters (the user's text is shortened first, never the record).
 */
function describeAlias(current, record) {
    const own = recordText(record).slice(0, DESCRIPTION_LIMIT);
    const { text } = readDescription(current);
    if (text === '')
        return own;
    const room = DESCRIPTION_LIMIT - own.length - SEPARATOR.length;
    if (room < 2)
        return own;
    const kept = text.length <= room ? text : `${text.slice(0, room - 1)}…`;
    return `${kept}${SEPARATOR}${own}`;
}
/** The record of a finished move, for the versions' own sake (rollback-to: previous). */
function readAliasRecord(description) {
    const { record } = readDescription(description);
    if (record?.kind !== 'moved')
        return undefined;
    return { version: record.version, previous: record.previous?.version };
}
/** The rollout under way that the description records, if any. */
function readRolloutMarker(description) {
    const { record } = readDescription(description);
    return record?.kind === 'rollout' ? record : undefined;
}

;// CONCATENATED MODULE: ./src/resources/function-url/apply.ts

/**
 * Gives the alias (or the unqualified function) a URL, idempotently: a redeploy keeps the
 * same URL and adds no statement twice. Returns the URL, or undefined for 'none'.
 */
async function ensureFunctionUrl(lambda, qualifier, mode, log) {
    if (mode === 'none')
        return undefined;
    const url = await lambda.putFunctionUrl(qualifier, mode === 'public' ? 'NONE' : 'AWS_IAM');
    const changes = urlStatementsToChange(mode, await lambda.statementIds(qualifier));
    await applyStatements(lambda, qualifier, changes);
    log.info(`Function URL (${mode}): ${url}`);
    return url;
}
async function applyStatements(lambda, qualifier, changes) {
    for (const statement of changes.add)
        await lambda.addPermission(qualifier, statement);
    for (const statementId of changes.remove)
        await lambda.removePermission(qualifier, statementId);
}
/** Deletes the URL and the statements this action added for it; true when there was a URL. */
async function removeFunctionUrl(lambda, qualifier) {
    const deleted = await lambda.deleteFunctionUrl(qualifier);
    for (const statement of PUBLIC_STATEMENTS) {
        await lambda.removePermission(qualifier, statement.statementId);
    }
    return deleted;
}

// EXTERNAL MODULE: ./src/apply/rollout/guard.ts
var rollout_guard = __webpack_require__(5539);
;// CONCATENATED MODULE: ./src/apply/rollout/stop.ts
// One rule for every stop of a rollout: each alias the run moved goes back to its routing
// before the run, without the new version's share (carrying the RevisionId it was last left
// with), and the message says where each one routes as read back afterwards. An alias
// another run moved meanwhile is left alone and named with what it routes now.





/**
 * The rollout stopped; `aliases` says, per lane in order, where each alias was left, and
 * `labels` which lane each is (its function and region, or its alias).
 */
class RolloutStopped extends errors/* DeployError */.sH {
    aliases;
    outputs = { 'rolled-back': 'false' };
    constructor(message, aliases, options) {
        super(message, options);
        this.aliases = aliases;
        this.labels = options?.labels ?? [];
        this.failedLabel = options?.failedLabel;
    }
    labels;
    /** The lane whose failure stopped the rollout (its label), when it was one lane's. */
    failedLabel;
}
/** Every alias the run moved is off the new version again; `rolled-back` says so. */
class RolledBack extends RolloutStopped {
    outputs = { 'rolled-back': 'true' };
}
/** The routing an alias goes back to: as before the run, without `version`'s share. */
function putBackRouting(before, version) {
    if (before.version === version)
        return before;
    const weights = Object.fromEntries(Object.entries(before.weights).filter(([other]) => other !== version));
    return { version: before.version, weights };
}
/**
 * Puts back every lane's alias (in parallel: a fleet's aliases within a cancelled job's
 * grace time), then fails with RolledBack, or RolloutStopped when any could not be.
 */
async function stopRollout(lanes, cause, context, save) {
    // After a signal the runner kills the step about 10 s later: every call has to fit.
    const signal = context.signal?.aborted === true ? AbortSignal.timeout(rollout_guard/* CANCEL_BUDGET_MS */.W3) : undefined;
    const results = await Promise.all(lanes.map((state) => putBack(state, context, signal)));
    save();
    const failed = results.filter((result) => result.outcome === 'failed');
    if (failed.length === 0)
        context.save({ run: context.run, open: false, aliases: [] });
    const aliases = results.map((result) => result.state);
    const options = {
        cause: failed[0]?.error ?? cause.error,
        labels: lanes.map(({ lane }) => lane.label ?? lane.alias),
        failedLabel: cause.lane === undefined ? undefined : (cause.lane.label ?? cause.lane.alias),
    };
    const versions = [...new Set(lanes.map(({ lane }) => lane.version))];
    const stays = `${versions.length === 1 ? 'Version' : 'Versions'} ${versions.join(', ')} ${versions.length === 1 ? 'stays' : 'stay'} published`;
    if (lanes.length === 1) {
        const [result] = results;
        const message = `${cause.text}: ${result.sentence}.`;
        if (failed.length > 0) {
            throw new RolloutStopped(`${message} Move it back by hand, or with rollback-to.`, aliases, options);
        }
        throw new RolledBack(`${message} ${stays}, with no traffic from this run.`, aliases, options);
    }
    const each = lanes
        .map(({ lane }, at) => `${lane.label ?? lane.alias}: ${results[at]?.sentence ?? ''}`)
        .join('; ');
    if (failed.length === 0) {
        throw new RolledBack(`${cause.text}: every alias was put back (${each}). ${stays}, with no traffic from this run.`, aliases, options);
    }
    throw new RolloutStopped(`${cause.text}, and putting ${failed.length} of ${lanes.length} aliases back failed (${each}). ` +
        'Move those back by hand, or with rollback-to.', aliases, options);
}
async function putBack(state, context, signal) {
    const { lane } = state;
    const name = `alias '${lane.alias}'`;
    let current = state.current;
    try {
        // A first move whose answer never came: it is this run's if the alias carries its record.
        current ??= await ownRecord(lane, context, signal);
        if (current === undefined) {
            return {
                outcome: 'unmoved',
                state: `not moved: ${name} ${await stop_readBack(lane, signal)}`,
                sentence: `${name} had not moved; it ${await stop_readBack(lane, signal)}`,
            };
        }
        if (lane.before === undefined) {
            await lane.releaser.deleteAlias(lane.alias, signal);
            state.current = undefined;
            return {
                outcome: 'back',
                state: `put back: ${name} deleted, as it did not exist before`,
                sentence: `${name} was deleted, as it did not exist before this run`,
            };
        }
        const back = await moveBack(lane, lane.before, current, context, signal);
        if (back === 'left') {
            const now = await stop_readBack(lane, signal);
            return {
                outcome: 'left',
                state: `left alone: ${name} was moved by another run; it ${now}`,
                sentence: `${name} was moved by another run meanwhile and is left alone: it ${now}`,
            };
        }
        state.current = back;
        const routing = putBackRouting(lane.before, lane.version);
        const now = await stop_readBack(lane, signal);
        const dropped = routing === lane.before
            ? ` (version ${lane.version} was its primary before this run, so it keeps it)`
            : lane.version in lane.before.weights
                ? ` (its routing before this run, without version ${lane.version}'s share)`
                : ' (its routing before this run)';
        return {
            outcome: 'back',
            state: `put back: ${name} ${now}`,
            sentence: `${name} was put back${dropped}: it ${now}`,
        };
    }
    catch (error) {
        const now = await stop_readBack(lane, signal);
        return {
            outcome: 'failed',
            state: `NOT put back: ${name} ${now} (${(0,errors/* errorMessage */.gJ)(error)})`,
            sentence: `putting ${name} back failed (${(0,errors/* errorMessage */.gJ)(error)}): it ${now}`,
            error,
        };
    }
}
/**
 * UpdateAlias to the routing before, with the RevisionId the run last left; when that no
 * longer holds and the alias carries this run's record, once more with the one read.
 */
async function moveBack(lane, before, current, context, signal) {
    const routing = putBackRouting(before, lane.version);
    const send = (from) => lane.releaser.updateAlias(from, routing.version, routing.weights, before.description ?? '', signal);
    try {
        return await send(current);
    }
    catch (error) {
        if (!(error instanceof AliasChangedError))
            throw error;
        const found = error.found;
        if (found === undefined || !carriesOwnRecord(found, context))
            return 'left';
        return send(found);
    }
}
/** The alias, when it carries this run's record: a move this run made. */
async function ownRecord(lane, context, signal) {
    const alias = await lane.releaser.getAlias(lane.alias, signal);
    return alias !== undefined && carriesOwnRecord(alias, context) ? alias : undefined;
}
function carriesOwnRecord(alias, own) {
    const { record } = readDescription(alias.description);
    if (record === undefined)
        return false;
    return record.kind === 'rollout'
        ? record.run === own.run
        : record.label === own.label && own.label !== '';
}
/** "routes 7 (read back)", or what kept it from being read. */
async function stop_readBack(lane, signal) {
    try {
        const now = await lane.releaser.getAlias(lane.alias, signal);
        return now === undefined
            ? 'no longer exists (read back)'
            : `routes ${routingText(now)} (read back)`;
    }
    catch (error) {
        return `could not be read back (${(0,errors/* errorMessage */.gJ)(error)}), so where it routes is unknown`;
    }
}

;// CONCATENATED MODULE: ./src/apply/rollout/rollout.ts







/** Alarms are read at least this often while a step holds. */
const ALARM_POLL_MS = 15_000;
/** The routing at a step: `percent` to `version` beside the alias's primary before. */
function stepRouting(before, version, percent) {
    return percent === 100 || before === undefined
        ? { version, weights: {} }
        : { version: before.version, weights: { [version]: percent / 100 } };
}
/**
 * The aliases of one release, from their first moves to the end of their steps: moves with
 * the record each needs, holds while the alarms are watched, and a stop that puts them back.
 */
class RolloutWindow {
    context;
    lanes = [];
    constructor(context) {
        this.context = context;
    }
    /**
     * The record an alias gets with a move to `routing` at step `index` (0-based): a marker of
     * the rollout under way, or a move done at its last step (or for an alias without steps).
     */
    record(lane, routing, index) {
        const { steps, intervalSeconds } = this.context.rollout;
        const last = !lane.steps || index >= steps.length - 1;
        if (last || lane.before === undefined) {
            return {
                kind: 'moved',
                version: routing.version,
                weights: routing.weights,
                previous: lane.before,
                label: this.context.label,
            };
        }
        const now = this.context.now?.() ?? Date.now();
        return {
            kind: 'rollout',
            target: lane.version,
            step: index + 1,
            steps,
            until: Math.ceil(now / 1000) + intervalSeconds,
            before: lane.before,
            run: this.context.run,
        };
    }
    /** A lane about to make its first move: saved first, so the post step knows of it. */
    pending(lane) {
        const state = { lane, current: undefined };
        this.lanes.push(state);
        this.save();
        return state;
    }
    /** The lane's first move was made: its alias as Lambda answered it. */
    moved(state, alias) {
        state.current = alias;
        this.save();
    }
    /**
     * Takes the stepping lanes through the rest of the steps, from the one at 1-based `from`
     * (held again first) on; every lane's alias after.
     */
    async steps(from = 1) {
        const { steps, intervalSeconds } = this.context.rollout;
        for (let index = from - 1; index < steps.length; index++) {
            const step = stepName(index, steps);
            if (index >= from)
                await this.moveAll(index, step);
            await this.hold(step, index < steps.length - 1 ? intervalSeconds : 0);
        }
        return this.lanes.flatMap((state) => state.current ?? []);
    }
    /** Puts every alias this run moved back, then fails saying where each is, as read. */
    stop(cause) {
        return stopRollout(this.lanes, cause, this.context, () => {
            this.save();
        });
    }
    /** The window is over: nothing for the post step to put back. */
    close() {
        this.context.save({ run: this.context.run, open: false, aliases: [] });
    }
    save() {
        this.context.save({
            run: this.context.run,
            open: true,
            aliases: this.lanes.map(({ lane, current }) => ({
                function: lane.releaser.name,
                region: lane.releaser.region,
                alias: lane.alias,
                version: lane.version,
                before: lane.before === undefined
                    ? null
                    : {
                        version: lane.before.version,
                        weights: lane.before.weights,
                        description: lane.before.description ?? '',
                    },
                revisionId: current?.revisionId ?? null,
            })),
        });
    }
    async moveAll(index, step) {
        const { log, signal, rollout } = this.context;
        for (const state of this.lanes) {
            const { lane, current } = state;
            if (!lane.steps || current === undefined)
                continue;
            const routing = stepRouting(lane.before, lane.version, rollout.steps[index] ?? 100);
            let moved;
            try {
                if (signal?.aborted === true)
                    throw signal.reason;
                moved = await lane.releaser.updateAlias(current, routing.version, routing.weights, describeAlias(current.description, this.record(lane, routing, index)), signal);
            }
            catch (error) {
                const cause = stopCause(signal, error, `during ${step}`, () => `Moving ${aliasOf(lane)} to ${step} failed: ${sentence(error)}`);
                return this.stop({ ...cause, lane });
            }
            state.current = moved;
            this.save();
            log.info(`Traffic ${step}: ${aliasOf(lane)} routes ${routingText(moved)}`);
        }
    }
    /** Holds a step for `seconds`, reading the alarms at its start and at least every 15 s. */
    async hold(step, seconds) {
        const { signal } = this.context;
        const deadline = Date.now() + seconds * 1000;
        const every = Math.max(1_000, Math.min(ALARM_POLL_MS, (seconds * 1000) / 2));
        for (;;) {
            await this.watch(step, deadline);
            const left = deadline - Date.now();
            if (left <= 0)
                return;
            await (0,rollout_guard/* pause */.v7)(Math.min(every, left), signal).catch((reason) => this.stop(stopCause(signal, reason, `during ${step}`, () => sentence(reason))));
        }
    }
    async watch(step, deadline) {
        const { log, signal } = this.context;
        const watched = distinctAlarms(this.lanes.map((state) => state.lane));
        const left = Math.max(0, deadline - Date.now()) / 1000;
        const next = left > 0 ? `next step in ${(0,format/* formatSeconds */.Xo)(left)}` : '';
        if (watched.length === 0) {
            if (next !== '')
                log.info(`Traffic ${step}: ${next}`);
            return;
        }
        const read = [];
        try {
            for (const alarms of watched) {
                read.push({
                    where: watched.length === 1 ? '' : ` (${alarms.region})`,
                    states: await (0,rollout_guard/* untilAborted */.Eu)(signal, alarms.states()),
                });
            }
        }
        catch (error) {
            // Blind: no step may hold behind alarms that cannot be read.
            await this.stop(stopCause(signal, error, `during ${step}`, () => `${sentence(error)}: the alarms could not be read during ${step}`));
        }
        const firing = read.flatMap(({ where, states }) => [...states].filter(([, state]) => state === 'ALARM').map(([name]) => `'${name}'${where}`));
        const seen = read
            .map(({ where, states }) => [...states].map(([name, state]) => `${name}${where} ${state}`).join(', '))
            .join(', ');
        log.info(`Traffic ${step}: ${seen}${next === '' ? '' : `; ${next}`}`);
        if (firing.length > 0) {
            const verb = firing.length === 1 ? 'is' : 'are';
            await this.stop({ text: `Alarm ${firing.join(', ')} ${verb} in ALARM during ${step}` });
        }
    }
}
/** An error's message without its closing full stop, to go inside a sentence. */
function sentence(error) {
    return (0,errors/* errorMessage */.gJ)(error).replace(/[.\s]*$/, '');
}
/**
 * Why the rollout stops: the cancel, when the job was cancelled (whatever the call in flight
 * then said), or what `failed` says.
 */
function stopCause(signal, error, during, failed) {
    if (signal?.aborted === true) {
        const reason = signal.reason;
        return { text: `${sentence(reason)} ${during}`, error: reason };
    }
    return { text: failed(), error };
}
/** "step 2 of 3 (50 %)". */
function stepName(index, steps) {
    return `step ${index + 1} of ${steps.length} (${steps[index] ?? 100} %)`;
}
/** The lanes' alarm readers, one for each region and list of names. */
function distinctAlarms(lanes) {
    const byKey = new Map();
    for (const { alarms } of lanes) {
        if (alarms !== undefined)
            byKey.set(`${alarms.region}\n${alarms.names.join('\n')}`, alarms);
    }
    return [...byKey.values()];
}
/** "alias live", or "alias live of orders-api in us-east-1" when lanes go together. */
function aliasOf(lane) {
    return lane.label === undefined ? `alias ${lane.alias}` : `alias ${lane.alias} of ${lane.label}`;
}

// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
;// CONCATENATED MODULE: ./src/apply/smoke-test.ts


/** A smoke test that failed; the run's `smoke-test` output says so. */
class SmokeTestFailed extends errors/* DeployError */.sH {
    outputs = { 'smoke-test': 'failed' };
}
/**
 * Invokes the new version with the smoke test's payload, before any traffic reaches it.
 * Fails on a function error, or when the answer does not contain what smoke-test-expect
 * gives; the log tail is printed either way.
 */
async function runSmokeTest(lambda, qualifier, test, log, 
/** What is invoked, in words: "version 8", or "alias 'live'" for smoke-test-after. */
what = `version ${qualifier}`) {
    const tenant = test.tenantId === undefined ? '' : ` as tenant '${test.tenantId}'`;
    log.info(`Invoking ${what}${tenant} with the smoke-test payload`);
    const answer = await lambda.invoke(qualifier, test.payload, test.tenantId);
    printLogTail(answer, log);
    const failure = judge(answer, test);
    if (failure !== undefined) {
        throw new SmokeTestFailed(`Smoke test of ${what} failed: ${(0,secrets/* redact */.E$)(failure)}`);
    }
    log.info(`Smoke test passed: ${what} answered ${(0,secrets/* redact */.E$)(shorten(answer.payload))}`);
}
/** Why the answer fails the test, or undefined when it passes. */
function judge(answer, test) {
    if (answer.functionError !== undefined) {
        return `the function failed (${answer.functionError}): ${errorMessageOf(answer.payload)}`;
    }
    if (!test.expects)
        return undefined;
    let actual;
    try {
        actual = JSON.parse(answer.payload);
    }
    catch {
        return `it answered ${shorten(answer.payload)}, which is not JSON, but smoke-test-expect needs JSON`;
    }
    return contains(actual, test.expect)
        ? undefined
        : `its answer ${shorten(answer.payload)} does not contain what smoke-test-expect gives, ${shorten(JSON.stringify(test.expect))}`;
}
/** Objects: every expected key, recursively; arrays and scalars: equal. */
function contains(actual, expected) {
    if (isObject(expected)) {
        return (isObject(actual) &&
            Object.entries(expected).every(([key, value]) => Object.hasOwn(actual, key) && contains(actual[key], value)));
    }
    if (Array.isArray(expected)) {
        return (Array.isArray(actual) &&
            actual.length === expected.length &&
            expected.every((item, index) => contains(actual[index], item)));
    }
    return Object.is(actual, expected);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Lambda's error answer is {"errorMessage": ..., "errorType": ...}. */
function errorMessageOf(payload) {
    try {
        const parsed = JSON.parse(payload);
        if (typeof parsed.errorMessage === 'string') {
            return typeof parsed.errorType === 'string'
                ? `${parsed.errorType}: ${parsed.errorMessage}`
                : parsed.errorMessage;
        }
    }
    catch {
        // Not JSON: shown as it is.
    }
    return shorten(payload);
}
function printLogTail(answer, log) {
    if (answer.logTail.trim() === '')
        return;
    log.info('The end of its log:');
    for (const line of (0,secrets/* redact */.E$)(answer.logTail).trimEnd().split('\n'))
        log.info(`  ${line}`);
}
function shorten(text) {
    return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

// EXTERNAL MODULE: ./src/aws/codedeploy.ts + 1 modules
var codedeploy = __webpack_require__(4370);
;// CONCATENATED MODULE: ./src/resources/codedeploy/apply.ts

async function applyCodeDeploy(codedeploy, plan, log) {
    const { application, group, config } = plan;
    if (application.action === 'create') {
        await codedeploy.createApplication(application.name);
        log.info(`CodeDeploy application ${application.name} created (compute platform Lambda)`);
    }
    if (group.action === 'create') {
        if (plan.serviceRole === undefined) {
            throw new errors/* DeployError */.sH('The plan creates a deployment group without a service role');
        }
        await codedeploy.createGroup(application.name, group.name, plan.serviceRole, group.alarms);
        log.info(`CodeDeploy deployment group ${group.name} created: ${alarmText(group.alarms)}, automatic rollback on failure and on alarm`);
    }
    else if (group.action === 'update-alarms') {
        await codedeploy.updateGroupAlarms(application.name, group.name, group.alarms);
        log.info(`CodeDeploy deployment group ${group.name}: ${alarmText(group.alarms)}`);
    }
    if (config.action === 'create' && config.routing !== undefined) {
        await codedeploy.createDeploymentConfig(config.name, config.routing);
        log.info(`CodeDeploy deployment config ${config.name} created`);
    }
}
function alarmText(alarms) {
    return alarms.length === 0 ? 'no alarms' : `alarms ${alarms.join(', ')}`;
}

;// CONCATENATED MODULE: ./src/apply/rollout/codedeploy.ts







/** Reads are at most this far apart while a deployment runs; sooner after a change. */
const MAX_POLL_MS = 15_000;
const FIRST_POLL_MS = 1_000;
/** Starts a deployment for each lane; on a failure, stops those started with rollback. */
async function startDeployments(lanes, log) {
    const ids = [];
    for (const lane of lanes) {
        try {
            const id = await lane.codedeploy.createDeployment(lane.plan.application.name, lane.plan.group.name, lane.plan.config.name, {
                functionName: lane.functionName,
                alias: lane.alias,
                currentVersion: lane.before.version,
                targetVersion: lane.version,
                beforeAllowTraffic: lane.plan.hooks.beforeAllowTraffic,
                afterAllowTraffic: lane.plan.hooks.afterAllowTraffic,
            }, lane.description);
            ids.push(id);
            log.info(`CodeDeploy deployment ${id} started: ${aliasName(lane)} from version ${lane.before.version} to ${lane.version} with ${lane.plan.config.name}; ${(0,codedeploy/* deploymentLink */.CX)(lane.codedeploy.region, id)}`);
        }
        catch (error) {
            if (ids.length === 0)
                throw error;
            const started = lanes
                .slice(0, ids.length)
                .map((one, at) => ({ lane: one, id: ids[at] ?? '' }));
            await Promise.all(started.map(({ lane: one, id }) => stopQuietly(one, id, log)));
            throw withDeploymentIds(new RolloutStopped(`${sentence(error)}; the deployments already started were stopped with rollback (${started.map(({ id }) => id).join(', ')})`, [], { cause: error }), { 'codedeploy-deployment-id': ids.join(',') });
        }
    }
    return ids;
}
/**
 * Follows every deployment to its end; the aliases as read back. Throws RolledBack (or
 * RolloutStopped when an alias could not be read back off the new version) otherwise.
 */
async function followDeployments(lanes, ids, options) {
    const { log, signal } = options;
    const now = options.now ?? Date.now;
    const running = lanes.map((lane, at) => ({
        lane,
        id: ids[at] ?? '',
        state: undefined,
        seen: { alias: '', alarms: '', events: '' },
    }));
    const timeout = Math.max(...lanes.map(timeoutSeconds));
    const deadline = now() + timeout * 1000;
    let wait = FIRST_POLL_MS;
    try {
        for (;;) {
            let changed = false;
            for (const one of running) {
                if (one.state !== undefined && codedeploy/* FINISHED */.BL.has(one.state.status))
                    continue;
                changed = (await (0,rollout_guard/* untilAborted */.Eu)(signal, readOnce(one, log, signal))) || changed;
            }
            const failed = running.find((one) => one.state?.status === 'Failed' || one.state?.status === 'Stopped');
            if (failed !== undefined) {
                return await stopAll(running, failedCause(failed), log, false);
            }
            if (running.every((one) => one.state?.status === 'Succeeded')) {
                return await Promise.all(running.map((one) => readAlias(one.lane, undefined)));
            }
            const left = deadline - now();
            if (left <= 0) {
                return await stopAll(running, `The CodeDeploy ${running.length === 1 ? 'deployment' : 'deployments'} had not ended after ${(0,format/* formatSeconds */.Xo)(timeout)} (rollout-timeout)`, log, false);
            }
            wait = changed ? FIRST_POLL_MS : Math.min(MAX_POLL_MS, wait * 2);
            await (0,rollout_guard/* pause */.v7)(Math.min(wait, left), signal);
        }
    }
    catch (error) {
        if (error instanceof RolloutStopped)
            throw error;
        if (signal?.aborted === true) {
            return await stopAll(running, `${sentence(signal.reason)} while CodeDeploy shifted the traffic`, log, true);
        }
        // Blind: no deployment goes on unwatched after the step fails.
        return await stopAll(running, `${sentence(error)}: the deployment could not be followed`, log, false);
    }
}
/** The deployment, the alias, the alarms and the hooks, read once; true when any changed. */
async function readOnce(one, log, signal) {
    const { lane } = one;
    const state = await lane.codedeploy.deployment(one.id, signal);
    const statusChanged = state.status !== one.state?.status;
    one.state = state;
    const name = aliasName(lane);
    if (statusChanged)
        log.info(`CodeDeploy ${one.id}: ${state.status}${state.error === undefined ? '' : ` (${state.error.code}: ${state.error.message})`}`);
    const alias = await lane.releaser.getAlias(lane.alias, signal);
    const routing = alias === undefined ? 'does not exist' : `routes ${routingText(alias)}`;
    const target = await lane.codedeploy.target(one.id, lane.functionName, signal);
    const events = (target?.events ?? [])
        .filter((event) => event.status !== 'Pending')
        .map((event) => `${event.name} ${event.status}`)
        .join(', ');
    let alarms = '';
    if (lane.alarms !== undefined) {
        const states = await lane.alarms.states();
        alarms = [...states].map(([alarm, value]) => `${alarm} ${value}`).join(', ');
    }
    const changed = routing !== one.seen.alias || alarms !== one.seen.alarms || events !== one.seen.events;
    if (routing !== one.seen.alias)
        log.info(`Traffic (CodeDeploy ${one.id}): ${name} ${routing} (read)`);
    if (events !== one.seen.events && events !== '')
        log.info(`Hooks and traffic events (${one.id}): ${events}`);
    if (alarms !== one.seen.alarms)
        log.info(`Alarms (${one.id}): ${alarms}`);
    one.seen = { alias: routing, alarms, events };
    return changed || statusChanged;
}
/**
 * Stops every deployment still running with rollback, waits (bounded) for each alias to be
 * off the new version, then fails saying where each routes, as read back.
 */
async function stopAll(running, cause, log, cancelled) {
    const budget = cancelled
        ? rollout_guard/* CANCEL_BUDGET_MS */.W3
        : Math.max(...running.map((one) => one.lane.waitTimeoutSeconds)) * 1000;
    const signal = AbortSignal.timeout(budget);
    await Promise.all(running
        .filter((one) => one.state === undefined || !codedeploy/* FINISHED */.BL.has(one.state.status))
        .map(async (one) => {
        try {
            const said = await one.lane.codedeploy.stop(one.id, true, signal);
            log.info(`CodeDeploy ${one.id}: stopped with rollback (${said})`);
        }
        catch (error) {
            log.warning(`CodeDeploy ${one.id}: could not be stopped: ${sentence(error)}`);
        }
    }));
    const after = await Promise.all(running.map((one) => aliasBack(one.lane, signal)));
    const back = after.every((alias, at) => alias !== undefined && isBack(alias, running[at]?.lane));
    const each = running.map((one, at) => {
        const alias = after[at];
        return `${aliasName(one.lane)} routes ${alias === undefined ? '(could not be read)' : routingText(alias)} (read back; deployment ${one.id})`;
    });
    const labels = running.map((one) => one.lane.label ?? one.lane.alias);
    const ids = { 'codedeploy-deployment-id': running.map((one) => one.id).join(',') };
    const text = `${cause}: ${back ? 'rolled back' : 'NOT all rolled back'}; ${each.join('; ')}.`;
    const aliases = after.map((alias) => alias === undefined ? 'unknown' : `routes ${routingText(alias)} (read back)`);
    const stopped = back
        ? new RolledBack(`${text} Version ${[...new Set(running.map((one) => one.lane.version))].join(', ')} stays published, with no traffic.`, aliases, { labels })
        : new RolloutStopped(`${text} Move it back with rollback-to, or in CodeDeploy.`, aliases, {
            labels,
        });
    throw withDeploymentIds(stopped, ids);
}
/** The stop, still a RolloutStopped, with the deployments' ids among its outputs. */
function withDeploymentIds(stopped, ids) {
    Object.defineProperty(stopped, 'outputs', { value: { ...stopped.outputs, ...ids } });
    return stopped;
}
/** The alias once its rollback is done, read until it is off the new version (bounded). */
async function aliasBack(lane, signal) {
    let alias;
    for (let read = 0; read < 600; read++) {
        try {
            alias = await lane.releaser.getAlias(lane.alias, signal);
        }
        catch {
            return alias;
        }
        if (alias === undefined || isBack(alias, lane) || signal.aborted)
            return alias;
        await (0,rollout_guard/* pause */.v7)(500, signal).catch(() => undefined);
    }
    return alias;
}
function isBack(alias, lane) {
    return (lane !== undefined && alias.version !== lane.version && (alias.weights[lane.version] ?? 0) === 0);
}
async function readAlias(lane, signal) {
    const alias = await lane.releaser.getAlias(lane.alias, signal);
    if (alias === undefined)
        throw new Error(`${aliasName(lane)} does not exist after the deployment`);
    return alias;
}
function failedCause(one) {
    const { state } = one;
    const why = state?.error === undefined
        ? ''
        : ` (${state.error.code}: ${state.error.message.replace(/[.\s]*$/, '')})`;
    return `CodeDeploy deployment ${one.id} of ${aliasName(one.lane)} ${state?.status === 'Stopped' ? 'was stopped' : 'failed'}${why}`;
}
async function stopQuietly(lane, id, log) {
    try {
        await lane.codedeploy.stop(id, true, AbortSignal.timeout(rollout_guard/* CANCEL_BUDGET_MS */.W3));
    }
    catch (error) {
        log.warning(`CodeDeploy ${id}: could not be stopped: ${sentence(error)}`);
    }
}
/** rollout-timeout, or the config's whole shift plus wait-timeout. */
function timeoutSeconds(lane) {
    const { plan } = lane;
    if (plan.timeoutSeconds !== undefined)
        return plan.timeoutSeconds;
    return ((plan.config.routing === undefined ? 0 : (0,codedeploy_config/* shiftSeconds */.aY)(plan.config.routing)) +
        lane.waitTimeoutSeconds);
}
function aliasName(lane) {
    return lane.label === undefined ? `alias ${lane.alias}` : `alias ${lane.alias} of ${lane.label}`;
}
/** The outcome of a deployment the step hands over once CodeDeploy accepted it. */
async function handedOver(lane, id, log) {
    const link = (0,codedeploy/* deploymentLink */.CX)(lane.codedeploy.region, id);
    const alias = await lane.releaser.getAlias(lane.alias);
    log.info(`CodeDeploy deployment ${id} accepted; the step does not follow it (wait-for-rollout: false). ${aliasName(lane)} routes ${alias === undefined ? '(none)' : routingText(alias)} now; watch it at ${link}`);
    return { deploymentId: id, link, alias, watched: false };
}

;// CONCATENATED MODULE: ./src/apply/codedeploy-release.ts
// The traffic part of a release with rollout-engine: codedeploy: what CodeDeploy needs is
// set up, a deployment is started for every alias that moves from one version to another,
// then followed to its end or handed over. An alias that does not exist yet, or a run that
// moves none, is released at once as with the action's own engine.




async function releaseByCodeDeploy(prepared, options) {
    const { setUpUrl, atOnce, labelOf } = options;
    const lanes = prepared.map((one) => deploymentLaneOf(options.laneOf(one, options.labelled), one));
    const shifting = lanes.filter((lane) => lane !== undefined);
    const released = [];
    for (const [at, one] of prepared.entries()) {
        released.push(lanes[at] === undefined ? await atOnce(one) : undefined);
    }
    if (shifting.length === 0)
        return released.flatMap((one) => one ?? []);
    const { phases, log } = options;
    await phases.run('CodeDeploy set-up', async () => {
        const done = new Set();
        for (const lane of shifting) {
            const key = `${lane.codedeploy.region}\n${lane.plan.application.name}\n${lane.plan.group.name}\n${lane.plan.config.name}`;
            if (done.has(key))
                continue;
            done.add(key);
            await applyCodeDeploy(lane.codedeploy, lane.plan, log);
        }
    });
    const ids = await phases.run('CodeDeploy deployment', () => startDeployments(shifting, log));
    const wait = shifting.every((lane) => lane.plan.wait);
    let after;
    if (!wait) {
        after = await Promise.all(shifting.map((lane, at) => handedOver(lane, ids[at] ?? '', log)));
    }
    else {
        const signal = options.guard?.open();
        try {
            const aliases = await phases.run('Traffic by CodeDeploy', () => followDeployments(shifting, ids, { log, signal }));
            after = shifting.map((lane, at) => {
                const id = ids[at] ?? '';
                return {
                    deploymentId: id,
                    link: (0,codedeploy/* deploymentLink */.CX)(lane.codedeploy.region, id),
                    alias: aliases[at],
                    watched: true,
                };
            });
        }
        finally {
            options.guard?.close();
        }
    }
    const results = [];
    let next = 0;
    for (const [at, one] of prepared.entries()) {
        const done = released[at];
        if (done !== undefined) {
            results.push(done);
            continue;
        }
        const outcome = after[next++];
        if (outcome === undefined)
            throw new errors/* DeployError */.sH(`No deployment for ${labelOf(one)}`);
        const result = {
            version: one.version,
            previousVersion: one.run.plan.release.alias?.before?.version,
            alias: outcome.alias,
        };
        const functionUrl = await setUpUrl(one, result).catch((error) => {
            throw (0,errors/* withOutputs */.Fk)(error, { 'codedeploy-deployment-id': outcome.deploymentId });
        });
        results.push({
            ...result,
            functionUrl,
            smokeTest: one.smokeTest,
            codedeploy: {
                deploymentId: outcome.deploymentId,
                link: outcome.link,
                watched: outcome.watched,
            },
        });
    }
    return results;
}
/** The alias a deployment shifts: one that exists and routes to another version. */
function deploymentLaneOf(lane, prepared) {
    const { run } = prepared;
    const plan = run.plan.release.codedeploy;
    const codedeploy = run.apis.codedeploy;
    if (plan === undefined || plan.atOnce !== undefined || lane === undefined)
        return undefined;
    const before = lane.before;
    if (before === undefined || before.version === lane.version || codedeploy === undefined)
        return undefined;
    return {
        label: lane.label,
        codedeploy,
        plan,
        releaser: lane.releaser,
        functionName: run.plan.function.name,
        alias: lane.alias,
        before,
        version: lane.version,
        alarms: lane.alarms,
        waitTimeoutSeconds: run.config.waitTimeoutSeconds,
        description: run.config.release.versionDescription.slice(0, 100),
    };
}

;// CONCATENATED MODULE: ./src/apply/release-all.ts







/** A run with nothing to release shows no Release phase. */
const NOTHING_RELEASED = {
    version: undefined,
    previousVersion: undefined,
    alias: undefined,
    functionUrl: undefined,
};
/** "orders-api in us-east-1". */
function labelOf(prepared) {
    return `${prepared.run.config.functionName} in ${prepared.run.config.region}`;
}
/**
 * The alias a prepared run moves, and whether it goes through the steps: only an alias that
 * existed and routed to another version has a share to step.
 */
function laneOf(prepared, labelled) {
    const { run, version } = prepared;
    const alias = run.plan.release.alias;
    if (alias === undefined || version === undefined || alias.action === 'keep')
        return undefined;
    const { rollout } = run.config.release;
    const before = alias.before;
    const steps = (rollout.steps.length > 1 || rollout.alarms.length > 0) &&
        before !== undefined &&
        before.version !== version.version;
    return {
        ...(labelled ? { label: labelOf(prepared) } : {}),
        releaser: run.apis.releaser,
        alarms: run.apis.alarms,
        alias: alias.name,
        before,
        version: version.version,
        steps,
    };
}
/** Moves the traffic of every prepared run as planned; each one's release, in order. */
async function releaseAll(prepared, options) {
    const lanes = prepared.map((one) => laneOf(one, options.labelled));
    const moving = lanes.filter((lane) => lane !== undefined);
    const smokeAfter = prepared.some(wantsSmokeAfter);
    if (moving.length === 0)
        return Promise.all(prepared.map((one) => releaseAtOnce(one)));
    await alarmsQuiet(moving);
    if (prepared.some((one) => one.run.plan.release.codedeploy !== undefined)) {
        return releaseByCodeDeploy(prepared, {
            ...options,
            setUpUrl,
            atOnce: releaseAtOnce,
            laneOf,
            labelOf,
        });
    }
    if (!moving.some((lane) => lane.steps) && moving.length === 1 && !smokeAfter) {
        return Promise.all(prepared.map((one) => releaseAtOnce(one)));
    }
    const first = prepared.find((_, at) => lanes[at]?.steps === true) ?? prepared[0];
    if (first === undefined)
        return [];
    const { config } = first.run;
    const signal = options.guard?.open();
    const window = new RolloutWindow({
        rollout: config.release.rollout,
        label: config.release.runLabel,
        run: config.release.runId,
        log: options.log,
        signal,
        save: options.save,
    });
    try {
        const released = [];
        for (const [at, one] of prepared.entries()) {
            released.push(await releaseInWindow(one, lanes[at], window));
        }
        if (window.lanes.some((state) => state.lane.steps)) {
            await options.phases.run('Traffic in steps', () => window.steps());
        }
        await smokeTestsAfter(prepared, window, options);
        window.close();
        return released.map((one, at) => {
            const state = window.lanes.find((candidate) => candidate.lane === lanes[at]);
            return state?.current === undefined ? one : { ...one, alias: state.current };
        });
    }
    catch (error) {
        if (error instanceof RolloutStopped)
            throw error;
        return await window.stop(stopCause(window.context.signal, error, 'during the release', () => sentence(error)));
    }
    finally {
        options.guard?.close();
    }
}
function wantsSmokeAfter(prepared) {
    const { release } = prepared.run.config;
    return (release.smokeTestAfter && release.smokeTest !== undefined && prepared.version !== undefined);
}
/** No alias moves while an alarm it is watched by is in ALARM already. */
async function alarmsQuiet(lanes) {
    const readers = new Map(lanes.flatMap(({ alarms }) => alarms === undefined ? [] : [[`${alarms.region}\n${alarms.names.join('\n')}`, alarms]]));
    for (const alarms of readers.values()) {
        const firing = [...(await alarms.states())].filter(([, state]) => state === 'ALARM');
        if (firing.length > 0) {
            const names = firing.map(([name]) => `'${name}'`).join(', ');
            throw new errors/* DeployError */.sH(`${firing.length === 1 ? 'Alarm' : 'Alarms'} ${names} ${firing.length === 1 ? 'is' : 'are'} ` +
                'in ALARM before any traffic moved, so the rollout was not started: no alias moved.');
        }
    }
}
/** A release with no rollout window: the alias moved as planned, then the URL. */
async function releaseAtOnce(prepared) {
    const { run, version, smokeTest } = prepared;
    const { plan } = run;
    if (plan.release.publish === 'none' && plan.release.url === undefined)
        return NOTHING_RELEASED;
    const work = async () => {
        const result = await moveFirst(prepared, (after, current) => describeAlias(current, {
            kind: 'moved',
            version: after.version,
            weights: after.weights,
            previous: run.plan.release.alias?.before,
            label: run.config.release.runLabel,
        }));
        return { ...result, functionUrl: await setUpUrl(prepared, result) };
    };
    // An alias and URL already as planned are only read: no group for them.
    const released = releaseWrites(plan) ? await run.phases.run('Release', work) : await work();
    return { ...released, version, smokeTest };
}
/** The first move of a lane in the window, recorded as this run's, then its URL. */
async function releaseInWindow(prepared, lane, window) {
    const { run, version, smokeTest } = prepared;
    if (lane === undefined)
        return releaseAtOnce(prepared);
    const { signal } = window.context;
    if (signal?.aborted === true)
        throw signal.reason;
    const state = window.pending(lane);
    const released = await run.phases.run('Release', async () => {
        const result = await moveFirst(prepared, (after, current) => describeAlias(current, window.record(lane, after, 0)), signal).catch((error) => moveFailed(window, lane, error));
        if (result.alias !== undefined)
            window.moved(state, result.alias);
        return { ...result, functionUrl: await setUpUrl(prepared, result) };
    });
    return { ...released, version, smokeTest };
}
function moveFailed(window, lane, error) {
    const cause = stopCause(window.context.signal, error, `while ${aliasOf(lane)} moved`, () => `Moving ${aliasOf(lane)} failed: ${sentence(error)}`);
    return window.stop({ ...cause, lane });
}
/** The alias moved as planned (created, kept, or to its first routing). */
async function moveFirst(prepared, describe, signal) {
    const { run, version } = prepared;
    const alias = run.plan.release.alias;
    if (version === undefined || alias === undefined) {
        return { version, previousVersion: undefined, alias: undefined };
    }
    return moveAlias(run.apis.releaser, alias, version, run.log, describe, signal);
}
async function setUpUrl(prepared, result) {
    const { plan, apis, log } = prepared.run;
    const { url } = plan.release;
    if (url === undefined)
        return undefined;
    try {
        const address = url.action === 'keep' && url.url !== undefined
            ? url.url
            : await apis.releaser.putFunctionUrl(url.qualifier, url.authType, url.options);
        await applyStatements(apis.releaser, url.qualifier, url.statements);
        log.info(`Function URL (${url.authType}): ${address}`);
        return address;
    }
    catch (error) {
        throw (0,errors/* withState */.Q2)(error, `${releasedState(result)} The function URL was not set up.`);
    }
}
/** smoke-test-after: each alias at 100 % invoked with the smoke test; a failure stops all. */
async function smokeTestsAfter(prepared, window, options) {
    for (const one of prepared) {
        const test = one.run.config.release.smokeTest;
        const alias = window.lanes.find((state) => state.lane.releaser === one.run.apis.releaser);
        if (!wantsSmokeAfter(one) || test === undefined || alias?.current === undefined)
            continue;
        if (!atFull(alias.current, alias.lane.version)) {
            options.log.info(`smoke-test-after: ${aliasOf(alias.lane)} does not send all its traffic to version ${alias.lane.version}; not invoked`);
            continue;
        }
        const name = alias.lane.alias;
        await options.phases.run('Smoke test after traffic', () => runSmokeTest(one.run.apis.lambda, name, test, options.log, `alias '${name}'`));
    }
}
function atFull(alias, version) {
    return alias.version === version && Object.values(alias.weights).every((weight) => weight === 0);
}
/** True when the release moves or creates the alias, or changes the function URL. */
function releaseWrites(plan) {
    const { alias, url } = plan.release;
    const urlChanges = url !== undefined &&
        (url.action !== 'keep' || url.statements.add.length + url.statements.remove.length > 0);
    return (alias !== undefined && alias.action !== 'keep') || urlChanges;
}

;// CONCATENATED MODULE: ./src/resources/code-signing/apply.ts

async function applyCodeSigning(extras, planned, log) {
    if (planned.to === '') {
        await extras.deleteCodeSigningConfig();
    }
    else {
        await extras.putCodeSigningConfig(planned.to);
    }
    log.info(`code-signing-config-arn: ${planned.from || '(none)'} -> ${planned.to || '(none)'}`);
}

;// CONCATENATED MODULE: ./src/resources/concurrency/apply.ts
// Reserved concurrency (the function's) and provisioned concurrency (the alias's version):
// read, decided and applied apart from UpdateFunctionConfiguration, which does not carry them.

/** Sets or removes the reserved concurrency as planned. */
async function applyReservedConcurrency(extras, planned, log) {
    if (planned.to === 'none') {
        await extras.deleteReservedConcurrency();
    }
    else {
        await extras.putReservedConcurrency(planned.to);
    }
    log.info(`reserved-concurrency: ${String(planned.from)} -> ${String(planned.to)}`);
}
/**
 * Puts provisioned concurrency on the published version and waits until it is READY, before
 * the alias moves to it: an alias must never route to a version still warming up.
 */
async function provisionVersion(extras, version, executions, waitTimeoutSeconds, log) {
    log.info(`Provisioned concurrency: ${executions} on version ${version}; waiting until READY`);
    await extras.putProvisionedConcurrency(version, executions);
    await extras.waitUntilProvisionedReady(version, waitTimeoutSeconds);
}
/** Removes the old primary's allocation once the alias has moved off it. */
async function releaseOldAllocation(extras, version, log) {
    const removed = await extras.deleteProvisionedConcurrency(version);
    log.info(removed
        ? `Removed the provisioned concurrency of version ${version}, which the alias no longer routes to`
        : `Version ${version} had no provisioned concurrency left to remove`);
}

;// CONCATENATED MODULE: ./src/resources/durable/read.ts
/** Undefined for a function that is not durable, without an alias, or on $LATEST. */
async function readDurableOnAlias(reader, found, alias) {
    if (found.configuration.DurableConfig === undefined || alias === undefined)
        return undefined;
    if (alias.version === '$LATEST')
        return undefined;
    return {
        version: alias.version,
        executions: await reader.activeDurableExecutions(alias.version),
    };
}

;// CONCATENATED MODULE: ./src/plan/deploy-state.ts









/** Reads what the plan needs; only Get, List and Head calls. */
async function readDeployState(readers, config, 
/** Told of the function as soon as it is read, before the rest is. */
onFunction = () => undefined) {
    const { lambda, releaser } = readers;
    const { alias, functionUrl, publish } = config.release;
    const found = config.createIfMissing ? await lambda.find() : await lambda.read();
    onFunction(found);
    const layerNewest = readers.layer === undefined ? undefined : await readers.layer.newest();
    const alarms = readers.alarms === undefined
        ? new Map()
        : await readers.alarms.definitions();
    // Not for a Zip function (the plan refuses it) nor an image the function runs already.
    const image = config.code.kind === 'image' &&
        readers.images !== undefined &&
        (found === undefined || (found.packageType === 'Image' && !(0,code_plan/* runsImage */.m2)(found, config.code.uri)))
        ? await readers.images.inspect(config.code.uri)
        : undefined;
    if (found === undefined) {
        return {
            function: undefined,
            layerNewest,
            alias: undefined,
            versions: [],
            url: undefined,
            statementIds: new Set(),
            alarms,
            image,
            codeBucket: await readCodeBucket(readers, config),
        };
    }
    const aliasState = alias === undefined ? undefined : await releaser.getAlias(alias);
    const candidates = aliasState !== undefined
        ? [aliasState.version, ...Object.keys(aliasState.weights)]
        : publish
            ? [await releaser.newestVersion()].flatMap((version) => version ?? [])
            : [];
    const versions = await Promise.all(candidates
        .filter((version) => version !== '$LATEST')
        .map(async (version) => toVersionState(await lambda.readVersion(version))));
    const urlWanted = functionUrl !== 'none';
    const { extras } = readers;
    const { settings } = config;
    return {
        function: found,
        layerNewest,
        alias: aliasState,
        versions,
        url: urlWanted ? await releaser.getFunctionUrl(alias) : undefined,
        statementIds: urlWanted ? await releaser.statementIds(alias) : new Set(),
        alarms,
        image,
        concurrency: extras === undefined ? undefined : await readConcurrency(extras, settings, aliasState),
        codeSigningConfigArn: extras === undefined || settings.codeSigningConfigArn === undefined
            ? undefined
            : await extras.codeSigningConfig(),
        codedeploy: readers.codedeploy === undefined || config.release.codedeploy === undefined
            ? undefined
            : await readCodeDeploy(readers.codedeploy, config.release.codedeploy),
        triggers: readers.triggers === undefined || !needsTriggerCheck(config.release)
            ? undefined
            : await readers.triggers.read(found.arn),
        ...(await readUrlAsyncRuntime(readers, config, aliasState !== undefined || alias === undefined)),
        durableOnAlias: await readDurableOnAlias(releaser, found, aliasState),
        scaling: extras === undefined
            ? undefined
            : await readScaling(extras, found, settings, [
                ...versions.map((version) => version.version),
                ...(publish ? [] : [LATEST_PUBLISHED]),
            ]),
        latestPublished: publish || !onCapacityProvider(found, settings)
            ? undefined
            : await lambda
                .findVersion(LATEST_PUBLISHED)
                .then((version) => (version === undefined ? 'none' : toVersionState(version))),
    };
}
/** async-invoke-config's, recursive-loop's, runtime-update's and code-storage's reads. */
async function readUrlAsyncRuntime(readers, config, qualifierExists) {
    const api = readers.asyncRuntime;
    const { extras } = config;
    return {
        asyncInvoke: api === undefined || extras.asyncInvoke === undefined
            ? undefined
            : await readAsyncInvoke(api, config.release.alias, qualifierExists),
        runtimeSettings: api === undefined ? undefined : await readRuntimeSettings(api, extras),
        codeBucket: await readCodeBucket(readers, config),
    };
}
async function readCodeBucket(readers, config) {
    const bucket = config.s3.bucket;
    if (config.extras.codeStorage !== 'reference' || readers.codeBucket === undefined)
        return undefined;
    return bucket === undefined ? undefined : readers.codeBucket.read(bucket);
}

;// CONCATENATED MODULE: ./src/resources/runtime-settings/apply.ts

/** Before the code and the publish: a version published after takes $LATEST's runtime config. */
async function applyRuntimeSettings(api, planned, log) {
    const { recursiveLoop, runtimeManagement } = planned;
    if (recursiveLoop !== undefined) {
        await api.putRecursiveLoop(recursiveLoop.to);
        log.info(`recursive-loop: ${recursiveLoop.from} -> ${recursiveLoop.to}`);
    }
    if (runtimeManagement !== undefined) {
        await api.putRuntimeManagement(runtimeManagement.to);
        log.info(`runtime-update: ${runtimeManagementText(runtimeManagement.from)} -> ${runtimeManagementText(runtimeManagement.to)}`);
    }
}

;// CONCATENATED MODULE: ./src/resources/async-invoke/apply.ts

/** Puts the planned config on its qualifier, once the alias exists. */
async function applyAsyncInvoke(api, planned, log) {
    await api.putEventInvokeConfig(planned.qualifier, planned.to, (read) => sameEventInvokeConfig(read, planned.to));
    log.info(`async-invoke-config on ${planned.qualifier === undefined ? '$LATEST' : `alias '${planned.qualifier}'`}: ` +
        `${eventInvokeText(planned.from)} -> ${eventInvokeText(planned.to)}`);
}

;// CONCATENATED MODULE: ./src/resources/code-storage/apply.ts

/** Which object each version (and $LATEST) points at: GetFunction of each. */
async function readReferences(api, known = new Map()) {
    const references = new Map(known);
    for (const version of ['$LATEST', ...(await api.versionNumbers())]) {
        if (references.has(version))
            continue;
        const state = await api.lambda.read(undefined, version === '$LATEST' ? undefined : version);
        references.set(version, state.referencedObject);
    }
    return references;
}
/**
 * Deletes the objects of the versions pruning removed that no remaining version refers to.
 * Never throws: a failure is a warning, and the prune's result says what was done.
 */
async function pruneObjects(api, before, pruned, log) {
    if (pruned.removed.length === 0)
        return pruned;
    const removedObjects = [];
    const keptObjects = [];
    try {
        // Versions published meanwhile (by another run) are read too: they may share an object.
        const after = await readReferences(api, before);
        for (const version of pruned.removed)
            after.delete(version);
        const inUse = new Set([...after.values()].flatMap((ref) => (ref === undefined ? [] : [apply_text(ref)])));
        const candidates = new Map(pruned.removed.flatMap((version) => {
            const ref = before.get(version);
            return ref === undefined ? [] : [[apply_text(ref), ref]];
        }));
        for (const [uri, ref] of candidates) {
            const ours = ref.bucket === api.own.bucket && ref.key.startsWith(api.own.prefix);
            if (inUse.has(uri) || !ours || ref.versionId === undefined) {
                keptObjects.push(uri);
                continue;
            }
            await api.bucket.deleteObjectVersion(ref.bucket, ref.key, ref.versionId);
            removedObjects.push(uri);
            log.info(`keep-versions: deleted ${uri}, which no remaining version refers to`);
        }
        if (keptObjects.length > 0) {
            log.info(`keep-versions: kept ${keptObjects.join(', ')}: a remaining version refers to it, or this action did not put it there`);
        }
        return { ...pruned, objectsRemoved: removedObjects, objectsKept: keptObjects };
    }
    catch (error) {
        const problem = `package objects: ${removedObjects.length} deleted, then ${(0,errors/* errorMessage */.gJ)(error)}`;
        log.warning(`keep-versions: ${problem}`);
        return {
            ...pruned,
            objectsRemoved: removedObjects,
            objectsKept: keptObjects,
            objectProblem: problem,
        };
    }
}
function apply_text(ref) {
    return `s3://${ref.bucket}/${ref.key}?versionId=${ref.versionId ?? 'null'}`;
}

;// CONCATENATED MODULE: ./src/apply/apply-url-async-runtime.ts
// The parts of applying a plan that belong to async-invoke-config and code-storage reference:
// the config put on the alias once the release is done, and package objects pruned with their
// versions.




/** async-invoke-config on the alias the release routes (it exists now), or on $LATEST. */
async function putAsyncInvoke(run, released) {
    const planned = run.plan.asyncInvoke;
    const api = run.apis.asyncRuntime;
    if (planned === undefined || api === undefined)
        return;
    await run.phases
        .run('Asynchronous invocation', () => applyAsyncInvoke(api, planned, run.log))
        .catch((error) => {
        throw (0,errors/* withState */.Q2)(error, `${releasedState(released)} The asynchronous invocation config was not set.`);
    });
}
/**
 * Prunes versions; with code-storage reference, reads first which object each version points
 * at, then deletes the objects of removed versions that no remaining version refers to.
 */
async function pruneWithObjects(run, prune) {
    const { apis, plan, config } = run;
    const storage = plan.codeStorage;
    const bucket = apis.codeBucket;
    if (storage === undefined || bucket === undefined)
        return prune(apis.releaser);
    const objects = {
        lambda: apis.lambda,
        versionNumbers: () => apis.releaser.versionNumbers(),
        bucket,
        own: { bucket: storage.bucket, prefix: config.s3.keyPrefix },
    };
    const before = await readReferences(objects).catch((error) => error);
    const pruned = await prune(apis.releaser);
    if (before instanceof Error) {
        run.log.warning(`keep-versions: no package object was deleted: which objects the versions refer to is unknown. ${before.message}`);
        return pruned;
    }
    return pruneObjects(objects, before, pruned, run.log);
}

;// CONCATENATED MODULE: ./src/resources/managed-instances/apply.ts



/** No numbered version: republish $LATEST.PUBLISHED, wait until Active, then its scaling. */
async function publishLatestPublished(apis, plan, deployed, options, log) {
    if (plan.publishLatest) {
        const published = await apis.releaser
            .publishLatestPublished(deployed.codeSha256, options.description)
            .catch((error) => {
            throw (0,errors/* withState */.Q2)(error, `$LATEST holds this run's code; ${LATEST_PUBLISHED} was not republished.`);
        });
        log.info(`Republished ${LATEST_PUBLISHED} (${published.arn}); waiting until it is Active`);
        await apis.lambda.waitUntilVersionActive(LATEST_PUBLISHED, options.waitTimeoutSeconds);
    }
    await applyScaling(apis, plan, LATEST_PUBLISHED, log);
}
/** Puts scaling-config on `version` (the one released) as planned, when it differs. */
async function applyScaling(apis, plan, version, log) {
    const scaling = plan?.scaling;
    if (scaling === undefined)
        return;
    const qualifier = scaling.qualifier === NEW_VERSION ? version : scaling.qualifier;
    if (apis.extras === undefined)
        throw new Error('The plan puts a scaling config, but no client was given');
    await apis.extras.putScalingConfig(qualifier, scaling.config);
    log.info(`Scaling config of ${qualifier}: ${scalingText(scaling.from)} -> ${scalingText(scaling.config)}`);
}

;// CONCATENATED MODULE: ./src/plan/built.ts


;// CONCATENATED MODULE: ./src/apply/planned-run.ts







;// CONCATENATED MODULE: ./src/apply/apply-plan.ts























/**
 * Carries out the plan and nothing else, in order: the layer, the settings, the code, then
 * the release. Each step says, when it fails, what the steps before it left.
 */
async function applyPlan(run) {
    const prepared = await prepare(run);
    try {
        const [released] = await releaseAll([prepared], {
            phases: run.phases,
            log: run.log,
            guard: run.guard,
            save: run.save ?? (() => undefined),
            labelled: false,
        });
        if (released === undefined)
            throw new errors/* DeployError */.sH('The release gave no result');
        return await settle(prepared, released);
    }
    catch (error) {
        throw (0,errors/* withOutputs */.Fk)(error, versionOutputs(prepared.version));
    }
}
/**
 * Everything before traffic moves: the layer, the settings and code, the version published,
 * Active, smoke-tested and provisioned. Many functions switched together are all prepared
 * first; no alias moves if any of them fails.
 */
async function prepare(run) {
    const layer = await applyLayer(run);
    const changed = await applyFunction(run, layer).catch((error) => {
        throw (0,errors/* withState */.Q2)(error, run.plan.function.found === undefined
            ? 'No version was published and no alias moved.'
            : "No version was published and no alias moved: $LATEST may hold part of this run's changes, " +
                'which the next deploy replaces.');
    });
    const { version, smokeTest } = await readyRelease(run, changed.code.function);
    return { run, layer, changed, version, smokeTest };
}
/**
 * The end of a release, once the alias is where it stays: the old version's provisioned
 * concurrency freed, versions pruned; the run's outcome.
 */
async function settle(prepared, moved) {
    const { run, layer, changed } = prepared;
    const released = await freeOldAllocation(run, moved);
    await putAsyncInvoke(run, released);
    const prune = plannedPrune(run.plan);
    const pruned = prune === undefined
        ? undefined
        : await run.phases.run('Prune versions', () => pruneWithObjects(run, (api) => pruneVersions(api, prune.keep, released.version?.version, run.log)));
    return {
        pruned,
        ...changed.code,
        created: run.plan.function.found === undefined,
        package: run.built.deployable.kind === 'zip' ? run.built.deployable.package : undefined,
        imageUri: run.built.deployable.kind === 'image' ? run.built.deployable.uri : undefined,
        layer,
        release: released,
        configurationChanges: [
            ...(changed.configured?.changes ?? []),
            ...(changed.code.architectureChange === undefined ? [] : [changed.code.architectureChange]),
        ],
    };
}
/** The settings, then the code: updated as planned, or the function created with both. */
async function applyFunction({ plan, apis, built, config, phases, log }, layer) {
    const found = plan.function.found;
    const planned = plan.configuration;
    // The plan names a layer version still to be published as ':(new)'; now it has its ARN.
    const update = layer === undefined || planned.update.Layers === undefined
        ? planned.update
        : { ...planned.update, Layers: [...layer.layers] };
    const settings = layer === undefined ? config.settings : { ...config.settings, layers: layer.layers };
    const { waitTimeoutSeconds } = config;
    // Before the code: Lambda checks a code update against the code signing config.
    if (found !== undefined)
        await applySeparateSettings({ plan, apis, phases, log });
    const untag = plan.untag ?? [];
    const configured = found === undefined ||
        (planned.changes.length === 0 && Object.keys(plan.tags).length === 0 && untag.length === 0)
        ? undefined
        : await phases.run('Configuration', () => applyConfiguration(apis.lambda, { update, changes: planned.changes, tags: plan.tags, untag }, waitTimeoutSeconds, log, found));
    const current = configured?.function ?? found;
    if (current === undefined) {
        const created = await phases.run('Create function', () => createFunction(apis.lambda, built.deployable, settings, waitTimeoutSeconds, log));
        // CreateFunction took the code signing config; reserved concurrency needs the function.
        await applySeparateSettings({ plan: { ...plan, codeSigning: undefined }, apis, phases, log });
        await recordFingerprint(apis.lambda, built, layer, created.function, log);
        return { configured, code: created };
    }
    if (plan.code.action === 'skip') {
        await recordFingerprint(apis.lambda, built, layer, current, log);
        return { configured, code: skipped(current, log, plan.code.byFingerprint === true) };
    }
    const code = await phases.run('Update code', () => deployCode(apis.lambda, built.deployable, { skipUnchanged: false, waitTimeoutSeconds, architecture: settings.architecture }, log, current));
    await recordFingerprint(apis.lambda, built, layer, code.function, log);
    return { configured, code };
}
function skipped(current, log, byFingerprint) {
    log.info(byFingerprint
        ? 'The function already runs the zip of this tree (by fingerprint): nothing built, code update skipped (skip-unchanged)'
        : 'The function already runs this package: code update skipped (skip-unchanged)');
    return { function: current, deployed: false, staged: undefined };
}
async function applyLayer(run) {
    const { plan, apis, built, config, phases, log } = run;
    const { layer: layerPlan } = plan;
    const { layerPackage } = built;
    if (layerPlan === undefined || config.layer === undefined || layerPackage === undefined) {
        return undefined;
    }
    if (apis.layer === undefined)
        return undefined;
    const layerApi = apis.layer;
    const layerConfig = config.layer;
    const found = plan.function.found;
    return phases.run(`Layer ${layerPlan.name}`, () => publishLayer(layerApi, {
        config: layerConfig,
        package: layerPackage.pkg,
        upload: layerPackage.upload,
        attached: config.settings.layers ?? (0,layer_plan/* attachedLayers */.RZ)(found),
        description: config.release.versionDescription,
        account: (0,code_plan/* accountOf */.XP)(found?.arn ?? config.settings.role),
        recorded: layerPackage.recorded,
    }, log, layerPlan).catch((error) => {
        throw (0,errors/* withState */.Q2)(error, 'The function was not changed.');
    }));
}
/**
 * Code signing, reserved concurrency, recursion and runtime management: Lambda keeps them apart
 * from the configuration.
 */
async function applySeparateSettings({ plan, apis, phases, log, }) {
    const { codeSigning, reservedConcurrency, runtimeSettings } = plan;
    if (codeSigning !== undefined || reservedConcurrency !== undefined) {
        const extras = needExtras(apis);
        await phases.run('Code signing and concurrency', async () => {
            if (codeSigning !== undefined)
                await applyCodeSigning(extras, codeSigning, log);
            if (reservedConcurrency !== undefined)
                await applyReservedConcurrency(extras, reservedConcurrency, log);
        });
    }
    const api = apis.asyncRuntime;
    if (runtimeSettings !== undefined && api !== undefined) {
        await phases.run('Recursion and runtime updates', () => applyRuntimeSettings(api, runtimeSettings, log));
    }
}
function needExtras(apis) {
    if (apis.extras === undefined) {
        throw new errors/* DeployError */.sH('The plan sets concurrency or code signing, but no client was given');
    }
    return apis.extras;
}
/** Publishes as planned, then readies the version: Active, smoke-tested, provisioned. */
async function readyRelease(run, deployed) {
    const { plan, apis, config, phases, log } = run;
    const { smokeTest } = config.release;
    const managed = plan.managedInstances;
    if (plan.release.publish === 'none') {
        if (managed !== undefined && (managed.publishLatest || managed.scaling !== undefined)) {
            await phases.run('Publish', () => publishLatestPublished(apis, managed, deployed, {
                description: config.release.versionDescription,
                waitTimeoutSeconds: config.waitTimeoutSeconds,
            }, log));
        }
        return { version: undefined, smokeTest: undefined };
    }
    // A version that already holds this code is only read: no group for it.
    const version = plan.release.publish === NEW_VERSION
        ? await phases.run('Publish', () => publishReady(run, deployed))
        : await publishReady(run, deployed);
    if (version === undefined)
        return { version, smokeTest: undefined };
    const unrouted = (error) => {
        throw (0,errors/* withOutputs */.Fk)((0,errors/* withState */.Q2)(error, `Version ${version.version} was published and left unrouted: ${aliasSentence(plan.release.alias)}.`), versionOutputs(version));
    };
    if (managed?.scaling !== undefined) {
        await phases
            .run('Scaling config', () => applyScaling(apis, managed, version.version, log))
            .catch(unrouted);
    }
    if (smokeTest !== undefined && plan.release.smokeTest) {
        await phases
            .run('Smoke test', () => runSmokeTest(apis.lambda, version.version, smokeTest, log))
            .catch(unrouted);
    }
    const provisioned = plan.provisionedConcurrency;
    if (provisioned?.action === 'put') {
        await phases
            .run('Provisioned concurrency', () => provisionVersion(needExtras(apis), version.version, provisioned.executions, config.waitTimeoutSeconds, log))
            .catch(unrouted);
    }
    return { version, smokeTest: plan.release.smokeTest ? 'passed' : undefined };
}
/**
 * Once the alias has moved off the version it routed to, that version's provisioned
 * concurrency (planned removeFrom) is removed; not when a rollout put the alias back on it.
 */
async function freeOldAllocation({ plan, apis, phases, log }, released) {
    const old = plan.provisionedConcurrency?.removeFrom;
    const alias = released.alias;
    if (old === undefined || alias === undefined)
        return released;
    if (alias.version === old || (alias.weights[old] ?? 0) > 0)
        return released;
    await phases
        .run('Free old provisioned concurrency', () => releaseOldAllocation(needExtras(apis), old, log))
        .catch((error) => {
        throw (0,errors/* withState */.Q2)(error, `Alias '${alias.name}' routes ${routingText(alias)}; version ${old} still has its provisioned concurrency (billed): remove it with DeleteProvisionedConcurrencyConfig.`);
    });
    return released;
}
/** Publishes as planned, then waits until the version is Active, before any traffic or test. */
async function publishReady({ plan, apis, config, log }, deployed) {
    const version = await apply_publishPlanned(apis.releaser, deployed, plan.release.publish, config.release.versionDescription, log);
    if (version === undefined)
        return undefined;
    await apis.lambda
        .waitUntilVersionActive(version.version, config.waitTimeoutSeconds)
        .catch((error) => {
        throw (0,errors/* withOutputs */.Fk)((0,errors/* withState */.Q2)(error, `Version ${version.version} was published; no alias moved: ${aliasSentence(plan.release.alias)}.`), versionOutputs(version));
    });
    return version;
}
/** "alias 'live' still routes 1 (90 %) / 2 (10 %)", as read when the run planned. */
function aliasSentence(alias) {
    if (alias === undefined)
        return 'there is no alias';
    return alias.before === undefined
        ? `alias '${alias.name}' was not created`
        : `alias '${alias.name}' still routes ${routingText(alias.before)}`;
}

;// CONCATENATED MODULE: ./src/apply/rollout/interrupted.ts
// A rollout that neither finished nor was put back (its job killed, and its post step too)
// leaves its marker in the alias's description. The next run finds it before it plans and,
// as on-interrupted says, puts the alias back to its routing before that rollout (revert),
// carries on that rollout's steps (resume), or stops (fail).






/** "version 8 at step 2 of 10,50,100, left by run 41.1". */
function describeMarker(marker) {
    return `version ${marker.target} at step ${marker.step} of ${marker.steps.join(',')}, left by run ${marker.run}`;
}
/**
 * Reads the alias the run releases; when it carries another run's rollout marker, acts as
 * on-interrupted says (not in a dry run) and tells what it found and did.
 */
async function recoverInterrupted(apis, config, log, traffic) {
    const { alias, onInterrupted, runId } = config.release;
    if (alias === undefined)
        return undefined;
    const found = await apis.releaser.getAlias(alias);
    const marker = readRolloutMarker(found?.description);
    if (found === undefined || marker === undefined || marker.run === runId)
        return undefined;
    const seen = {
        alias,
        run: marker.run,
        target: marker.target,
        step: marker.step,
        steps: marker.steps,
        action: onInterrupted,
        found: routingText(found),
    };
    const left = `Alias '${alias}' was left mid-rollout (${describeMarker(marker)}); it routes ${seen.found}`;
    if (onInterrupted === 'fail') {
        throw new errors/* DeployError */.sH(`${left}. on-interrupted is fail, so nothing was changed: put it back with ` +
            `on-interrupted: revert (to ${routingText({ ...found, ...putBackRouting(marker.before, marker.target) })}), ` +
            'or carry its steps on with on-interrupted: resume.');
    }
    const stillRunning = marker.until * 1000 > Date.now();
    log.warning(`${left}${stillRunning ? ' (its current step was still meant to hold: if that run is alive, use a concurrency group)' : ''}; on-interrupted: ${onInterrupted}`);
    if (config.dryRun)
        return { ...seen, after: undefined };
    const after = onInterrupted === 'revert'
        ? await revert(apis.releaser, found, marker, config)
        : await resume(apis, found, marker, config, log, traffic);
    log.info(`Alias '${alias}' now routes ${routingText(after)} (read back)`);
    return { ...seen, after: routingText(after) };
}
/** Back to the routing before that rollout, without its version's share. */
async function revert(releaser, found, marker, config) {
    const routing = putBackRouting(marker.before, marker.target);
    await releaser.updateAlias(found, routing.version, routing.weights, describeAlias(found.description, {
        kind: 'moved',
        version: routing.version,
        weights: routing.weights,
        previous: found,
        label: config.release.runLabel,
    }));
    return (await releaser.getAlias(found.name)) ?? found;
}
/** The rest of that rollout's steps, with this run's interval and alarms. */
async function resume(apis, found, marker, config, log, { save, guard, }) {
    const { rollout, runLabel, runId } = config.release;
    const window = new RolloutWindow({
        rollout: { ...rollout, steps: marker.steps },
        label: runLabel,
        run: runId,
        log,
        signal: guard?.open(),
        save,
    });
    const before = {
        ...found,
        ...marker.before,
        description: readDescription(found.description).text,
    };
    const state = window.pending({
        releaser: apis.releaser,
        alarms: apis.alarms,
        alias: found.name,
        before,
        version: marker.target,
        steps: true,
    });
    window.moved(state, found);
    log.info(`Resuming the rollout of version ${marker.target} from step ${marker.step} of ${marker.steps.join(',')} (was ${routingRecord(marker.before)})`);
    try {
        const [after] = await window.steps(marker.step);
        window.close();
        return after ?? found;
    }
    finally {
        guard?.close();
    }
}

;// CONCATENATED MODULE: ./src/apply/preview-cleanup.ts


/**
 * Removes a pull request's preview: the alias's function URL and its permissions, the
 * alias, and the version it pointed to unless another alias still routes to it.
 */
async function deletePreview(lambda, alias, log) {
    // Listing, unlike GetAlias, fails when the function itself is missing (a wrong name or region).
    const aliases = await lambda.listAliases();
    const state = aliases.find((candidate) => candidate.name === alias);
    if (state === undefined) {
        log.info(`Alias '${alias}' does not exist: nothing to remove`);
        return { aliasDeleted: false, version: undefined, versionDeleted: false };
    }
    if (await removeFunctionUrl(lambda, alias))
        log.info(`Deleted the function URL of '${alias}'`);
    await lambda.deleteAlias(alias);
    log.info(`Deleted alias '${alias}' (it pointed to version ${state.version})`);
    if (state.version === '$LATEST') {
        return { aliasDeleted: true, version: state.version, versionDeleted: false };
    }
    const stillUsed = aliases.filter((other) => other.name !== alias && (other.version === state.version || state.version in other.weights));
    if (stillUsed.length > 0) {
        const names = stillUsed.map((other) => other.name).join(', ');
        log.info(`Version ${state.version} is kept: alias ${names} still routes to it`);
        return { aliasDeleted: true, version: state.version, versionDeleted: false };
    }
    if (await lambda.isDurable(state.version)) {
        const { spared } = await spareBusyVersions(lambda, [state.version]);
        if (spared.length > 0) {
            log.info(`Version ${state.version} is kept: ${spared.map((one) => one.reason).join('')}`);
            return { aliasDeleted: true, version: state.version, versionDeleted: false, spared };
        }
    }
    await lambda.deleteVersion(state.version);
    log.info(`Deleted version ${state.version}`);
    return { aliasDeleted: true, version: state.version, versionDeleted: true };
}

;// CONCATENATED MODULE: ./src/apply/rollout/saved-state.ts
const STATE_NAME = 'rollout';
/** The saved state as text, for saveState. */
function rolloutStateText(state) {
    return JSON.stringify(state);
}
/** The state the main step saved last; undefined when it saved none, or none readable. */
function readRolloutState(text) {
    if (text === '')
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!saved_state_isObject(value) || typeof value['run'] !== 'string' || typeof value['open'] !== 'boolean') {
        return undefined;
    }
    const aliases = Array.isArray(value['aliases']) ? value['aliases'].filter(isSavedAlias) : [];
    return { run: value['run'], open: value['open'], aliases };
}
function isSavedAlias(value) {
    if (!saved_state_isObject(value))
        return false;
    const before = value['before'];
    return (typeof value['function'] === 'string' &&
        typeof value['region'] === 'string' &&
        typeof value['alias'] === 'string' &&
        typeof value['version'] === 'string' &&
        (value['revisionId'] === null || typeof value['revisionId'] === 'string') &&
        (before === null ||
            (saved_state_isObject(before) &&
                typeof before['version'] === 'string' &&
                saved_state_isObject(before['weights']) &&
                typeof before['description'] === 'string')));
}
function saved_state_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/apply/rollback.ts




/**
 * The version `requested` names: itself, or for 'previous' the version the alias routed to
 * before this action last moved it, as the alias's description records it.
 */
function rollbackTarget(alias, requested) {
    if (requested !== 'previous')
        return requested;
    const giveNumber = 'give the version number to roll back to instead';
    const record = readAliasRecord(alias.description);
    if (record === undefined) {
        throw new errors/* InputError */.dz('rollback-to', `'previous' needs the record this action keeps in alias '${alias.name}''s description, ` +
            `but it holds ${alias.description ? JSON.stringify(alias.description) : 'none'} ` +
            `(the alias was moved by hand, or never by this action): ${giveNumber}`);
    }
    if (record.version !== alias.version) {
        throw new errors/* InputError */.dz('rollback-to', `'previous' is unknown: this action last moved alias '${alias.name}' to ${record.version}, ` +
            `but it now routes to ${alias.version} (moved by hand since): ${giveNumber}`);
    }
    if (record.previous === undefined || record.previous === '$LATEST') {
        throw new errors/* InputError */.dz('rollback-to', `'previous' is unknown: alias '${alias.name}' was created on version ${record.version} ` +
            `by this action and routed to no published version before: ${giveNumber}`);
    }
    return record.previous;
}
/**
 * Decides the rollback from what was read, before any change: the alias and the target
 * version must exist, and the target must run with the role of the alias's primary version.
 */
function planRollback(request, state) {
    const { alias } = state;
    if (alias === undefined) {
        throw new errors/* InputError */.dz('rollback-to', `alias '${request.alias}' does not exist: there is nothing to roll back (check alias)`);
    }
    const target = rollbackTarget(alias, request.target);
    const to = state.versions.get(target);
    const via = request.target === 'previous' ? ` ('previous' of alias '${alias.name}')` : '';
    if (to === undefined) {
        throw new errors/* InputError */.dz('rollback-to', `version ${target}${via} does not exist (deleted, or never published); nothing was changed`);
    }
    const current = state.versions.get(alias.version);
    if (current !== undefined && to.role !== current.role) {
        throw new errors/* InputError */.dz('rollback-to', `version ${target}${via} runs with execution role ${to.role ?? '(none)'}, but alias ` +
            `'${alias.name}''s version ${alias.version} runs with ${current.role ?? '(none)'}: ` +
            "rolling back across a role change is refused (an alias's versions must share one " +
            'role for its weights, and the old role may no longer fit); deploy the old code instead');
    }
    const already = alias.version === target && Object.keys(alias.weights).length === 0;
    return {
        alias,
        from: alias.version,
        to,
        action: already ? 'none' : 'move',
        requested: request.target,
    };
}
/** "Alias live: 8 -> 7 (rollback-to previous)", the plan's line in the log. */
function rollbackLine(plan) {
    const why = `rollback-to ${plan.requested}`;
    if (plan.action === 'none') {
        return `Alias ${plan.alias.name}: already on ${plan.to.version} (${why}): nothing to change`;
    }
    return `Alias ${plan.alias.name}: ${routingText(plan.alias)} -> ${plan.to.version} (${why})`;
}
/** Reads the alias and the versions the plan needs: the target and the alias's primary. */
async function readRollback(apis, request) {
    const alias = await apis.releaser.getAlias(request.alias);
    if (alias === undefined) {
        // GetAlias says the same of a missing function: tell the two apart.
        if ((await apis.lambda.find()) === undefined) {
            throw new errors/* DeployError */.sH(`Function '${apis.lambda.name}' does not exist in ${apis.lambda.region}: ` +
                'check function-name and region. Nothing was rolled back.');
        }
        return { alias, versions: new Map() };
    }
    const wanted = new Set([rollbackTarget(alias, request.target), alias.version]);
    wanted.delete('$LATEST');
    const versions = new Map();
    for (const version of wanted)
        versions.set(version, await readVersion(apis.lambda, version));
    return { alias, versions };
}
async function readVersion(lambda, version) {
    let found;
    try {
        found = await lambda.readVersion(version);
    }
    catch (error) {
        if (error instanceof errors/* DeployError */.sH && rollback_isNotFound(error.cause))
            return undefined;
        throw error;
    }
    return {
        version,
        arn: `${unqualified(found.arn)}:${version}`,
        role: found.configuration.Role,
    };
}
/** Moves the alias as planned, with the record that lets a second 'previous' swap back. */
async function applyRollback(releaser, plan, label, log) {
    const functionArn = unqualified(plan.alias.arn);
    const functionName = functionArn.split(':')[6] ?? '';
    if (plan.action === 'none') {
        log.info(`Alias '${plan.alias.name}' already routes all its traffic to ${plan.to.version}`);
        return { plan, alias: plan.alias, rolledBack: false, functionArn, functionName };
    }
    const moved = await releaser.updateAlias(plan.alias, plan.to.version, {}, describeAlias(plan.alias.description, {
        kind: 'moved',
        version: plan.to.version,
        previous: plan.alias,
        label,
    }));
    log.info(`Alias ${moved.arn}: ${moved.name}: ${routingText(moved)} (was ${plan.from})`);
    return { plan, alias: moved, rolledBack: true, functionArn, functionName };
}
/** read -> plan -> show -> apply. */
async function rollback(apis, request, log) {
    const plan = planRollback(request, await readRollback(apis, request));
    log.info(rollbackLine(plan));
    if (request.dryRun === true) {
        log.info('Dry run: the alias is not moved');
        const functionArn = unqualified(plan.alias.arn);
        const functionName = functionArn.split(':')[6] ?? '';
        return { plan, alias: plan.alias, rolledBack: false, functionArn, functionName };
    }
    return applyRollback(apis.releaser, plan, request.label, log);
}
/** arn:aws:lambda:<region>:<account>:function:<name>, without a version or alias. */
function unqualified(arn) {
    return arn.split(':').slice(0, 7).join(':');
}
function rollback_isNotFound(error) {
    return error instanceof Error && error.name === 'ResourceNotFoundException';
}

// EXTERNAL MODULE: ./src/phases.ts
var src_phases = __webpack_require__(119);
;// CONCATENATED MODULE: ./src/aws/lambda-extras.ts





/**
 * The settings Lambda keeps apart from the function's configuration: reserved concurrency,
 * provisioned concurrency on a version, and the code signing config.
 */
class LambdaExtras extends FunctionCalls {
    /** The reserved concurrency, or 'none' when the function has none. */
    async reservedConcurrency() {
        return this.attempt('read the reserved concurrency', 'lambda:GetFunctionConcurrency', async () => {
            const answer = await this.client.send(new dist_cjs/* GetFunctionConcurrencyCommand */.bgu({ FunctionName: this.name }));
            return answer.ReservedConcurrentExecutions ?? 'none';
        });
    }
    async putReservedConcurrency(executions) {
        await this.put('PutFunctionConcurrency', 'set the reserved concurrency', () => this.client.send(new dist_cjs/* PutFunctionConcurrencyCommand */.u7u({
            FunctionName: this.name,
            ReservedConcurrentExecutions: executions,
        })), async () => (await this.reservedConcurrency()) === executions);
    }
    async deleteReservedConcurrency() {
        await this.put('DeleteFunctionConcurrency', 'remove the reserved concurrency', () => this.client.send(new dist_cjs/* DeleteFunctionConcurrencyCommand */.GVr({ FunctionName: this.name })));
    }
    /** The code signing config's ARN, or '' when the function has none. */
    async codeSigningConfig() {
        return this.attempt('read the code signing config', 'lambda:GetFunctionCodeSigningConfig', async () => {
            const answer = await this.client.send(new dist_cjs/* GetFunctionCodeSigningConfigCommand */.uSr({ FunctionName: this.name }));
            return answer.CodeSigningConfigArn ?? '';
        });
    }
    async putCodeSigningConfig(arn) {
        await this.put('PutFunctionCodeSigningConfig', 'set the code signing config', () => this.client.send(new dist_cjs/* PutFunctionCodeSigningConfigCommand */.nD1({
            FunctionName: this.name,
            CodeSigningConfigArn: arn,
        })), async () => (await this.codeSigningConfig()) === arn);
    }
    async deleteCodeSigningConfig() {
        try {
            await this.mutate('DeleteFunctionCodeSigningConfig', () => this.client.send(new dist_cjs/* DeleteFunctionCodeSigningConfigCommand */.hSl({ FunctionName: this.name })));
        }
        catch (error) {
            if (lambda_extras_isNotFound(error))
                return;
            throw this.failure(error, 'remove the code signing config', 'lambda:DeleteFunctionCodeSigningConfig');
        }
    }
    /** The version's provisioned concurrency, or undefined when it has none. */
    async provisionedConcurrency(version) {
        try {
            const answer = await this.client.send(new dist_cjs/* GetProvisionedConcurrencyConfigCommand */.D96({ FunctionName: this.name, Qualifier: version }));
            return {
                requested: answer.RequestedProvisionedConcurrentExecutions ?? 0,
                allocated: answer.AllocatedProvisionedConcurrentExecutions,
                status: answer.Status ?? 'IN_PROGRESS',
                statusReason: answer.StatusReason,
            };
        }
        catch (error) {
            if (lambda_extras_isNotFound(error))
                return undefined;
            throw this.failure(error, `read the provisioned concurrency of version ${version}`, 'lambda:GetProvisionedConcurrencyConfig');
        }
    }
    async putProvisionedConcurrency(version, executions) {
        return this.attempt(`set provisioned concurrency on version ${version}`, 'lambda:PutProvisionedConcurrencyConfig', async () => {
            await this.mutate('PutProvisionedConcurrencyConfig', () => this.client.send(new dist_cjs/* PutProvisionedConcurrencyConfigCommand */.iLl({
                FunctionName: this.name,
                Qualifier: version,
                ProvisionedConcurrentExecutions: executions,
            })), {
                readBack: async () => (await this.provisionedConcurrency(version))?.requested === executions
                    ? {}
                    : undefined,
            });
        });
    }
    /** True when there was an allocation to remove. */
    async deleteProvisionedConcurrency(version) {
        try {
            await this.mutate('DeleteProvisionedConcurrencyConfig', () => this.client.send(new dist_cjs/* DeleteProvisionedConcurrencyConfigCommand */.Cbo({
                FunctionName: this.name,
                Qualifier: version,
            })));
            return true;
        }
        catch (error) {
            if (lambda_extras_isNotFound(error))
                return false;
            throw this.failure(error, `remove the provisioned concurrency of version ${version}`, 'lambda:DeleteProvisionedConcurrencyConfig');
        }
    }
    /**
     * Polls the version's provisioned concurrency until it is READY, within `timeoutSeconds`;
     * FAILED fails with Lambda's StatusReason, and so does a deadline that passes.
     */
    async waitUntilProvisionedReady(version, timeoutSeconds) {
        const started = performance.now();
        const deadline = Date.now() + timeoutSeconds * 1000;
        const schedule = pollScheduleOf(this.timing);
        for (;;) {
            const now = await this.provisionedConcurrency(version);
            if (now === undefined) {
                throw new errors/* DeployError */.sH(`Provisioned concurrency on version ${version} of function '${this.name}' disappeared while it was being allocated`);
            }
            if (now.status === 'READY') {
                this.log.info(`Provisioned concurrency on version ${version} is READY (${now.allocated ?? now.requested} instances), after ${(0,format/* formatSeconds */.Xo)((performance.now() - started) / 1000)}`);
                return now;
            }
            if (now.status === 'FAILED') {
                throw new errors/* DeployError */.sH(`Lambda could not allocate provisioned concurrency (${now.requested}) on version ${version} of function '${this.name}': ${now.statusReason ?? 'no reason given'}`);
            }
            const left = deadline - Date.now();
            if (left <= 0) {
                throw new errors/* DeployError */.sH(`Provisioned concurrency on version ${version} of function '${this.name}' was still ${now.status} ` +
                    `(${now.allocated ?? 0} of ${now.requested} allocated) after ${timeoutSeconds} s (wait-timeout)`);
            }
            const delay = pollDelayMs(schedule, performance.now() - started);
            await new Promise((resolve) => setTimeout(resolve, Math.min(delay, left)));
        }
    }
    /**
     * A write named `call` (its IAM action too); with `isDone`, a lost answer is read back
     * and taken as done when the value is there.
     */
    /** A Managed Instances version's requested FunctionScalingConfig; undefined when it has none. */
    async scalingConfig(qualifier) {
        try {
            const answer = await this.client.send(new dist_cjs/* GetFunctionScalingConfigCommand */.x5O({ FunctionName: this.name, Qualifier: qualifier }));
            const config = answer.RequestedFunctionScalingConfig;
            return config === undefined || Object.keys(config).length === 0 ? undefined : config;
        }
        catch (error) {
            if (lambda_extras_isNotFound(error))
                return undefined;
            throw this.failure(error, `read the scaling config of ${qualifier}`, 'lambda:GetFunctionScalingConfig');
        }
    }
    async putScalingConfig(qualifier, config) {
        await this.put('PutFunctionScalingConfig', `set the scaling config of ${qualifier}`, () => this.client.send(new dist_cjs/* PutFunctionScalingConfigCommand */.oA1({
            FunctionName: this.name,
            Qualifier: qualifier,
            FunctionScalingConfig: config,
        })));
    }
    async put(call, action, send, isDone) {
        await this.attempt(action, `lambda:${call}`, () => this.mutate(call, send, isDone === undefined
            ? undefined
            : { readBack: async () => ((await isDone()) ? {} : undefined) }));
    }
}
function lambda_extras_isNotFound(error) {
    return (error instanceof Error &&
        (error.name === 'ResourceNotFoundException' ||
            error.name === 'ProvisionedConcurrencyConfigNotFoundException'));
}

;// CONCATENATED MODULE: ./src/aws/lambda-layer.ts





/** One Lambda layer: its newest version, and publishing a new one. */
class LambdaLayer {
    client;
    name;
    region;
    log;
    retry;
    constructor(client, name, region, log, retry = CONFLICT_RETRY) {
        this.client = client;
        this.name = name;
        this.region = region;
        this.log = log;
        this.retry = retry;
    }
    /** The newest version, or undefined when the layer has none. */
    async newest() {
        let versions;
        try {
            // Lambda lists a layer's versions newest first.
            const response = await this.client.send(new dist_cjs/* ListLayerVersionsCommand */.icq({ LayerName: this.name, MaxItems: 50 }));
            versions = response.LayerVersions ?? [];
        }
        catch (error) {
            if (error instanceof Error && error.name === 'ResourceNotFoundException')
                return undefined;
            throw this.failure(error, 'list the layer versions', 'lambda:ListLayerVersions');
        }
        const newest = Math.max(0, ...versions.map((version) => version.Version ?? 0));
        if (newest === 0)
            return undefined;
        try {
            const response = await this.client.send(new dist_cjs/* GetLayerVersionCommand */.VK5({ LayerName: this.name, VersionNumber: newest }));
            return toLayerVersion(response);
        }
        catch (error) {
            throw this.failure(error, `read version ${newest} of the layer`, 'lambda:GetLayerVersion');
        }
    }
    /** The version `versionArn` names, or undefined when it does not exist (deleted, say). */
    async version(versionArn) {
        try {
            // GetLayerVersion takes the layer's ARN as its name: the version may be another account's.
            const at = versionArn.lastIndexOf(':');
            const response = await this.client.send(new dist_cjs/* GetLayerVersionCommand */.VK5({
                LayerName: versionArn.slice(0, at),
                VersionNumber: Number(versionArn.slice(at + 1)),
            }));
            return toLayerVersion(response);
        }
        catch (error) {
            if (error instanceof Error && error.name === 'ResourceNotFoundException')
                return undefined;
            throw this.failure(error, `read layer version ${versionArn}`, 'lambda:GetLayerVersion');
        }
    }
    async publish(code, compatibility, description, 
    /** How to know this run's version after a lost answer: newer than the newest seen, with this code. */
    expected) {
        const request = {
            LayerName: this.name,
            Description: description,
            Content: code.kind === 'zip' || code.kind === 'zip-file'
                ? codeFields(code)
                : { S3Bucket: code.bucket, S3Key: code.key, S3ObjectVersion: code.versionId },
        };
        if (compatibility.compatibleRuntimes.length > 0) {
            request.CompatibleRuntimes = [
                ...compatibility.compatibleRuntimes,
            ];
        }
        if (compatibility.compatibleArchitectures.length > 0) {
            request.CompatibleArchitectures = [...compatibility.compatibleArchitectures];
        }
        try {
            // Each PublishLayerVersion makes a new version, so a lost answer is read back, never resent blindly.
            return await mutate('PublishLayerVersion', async () => toLayerVersion(await this.client.send(withZipFile(new dist_cjs/* PublishLayerVersionCommand */.cl_(request), code))), this.retry, this.log, {
                checkBeforeResend: true,
                readBack: async () => {
                    const now = await this.newest();
                    return now !== undefined &&
                        now.version > expected.newerThan &&
                        now.codeSha256 === expected.codeSha256
                        ? now
                        : undefined;
                },
            });
        }
        catch (error) {
            throw this.failure(error, 'publish a layer version', 'lambda:PublishLayerVersion');
        }
    }
    get failure() {
        return (0,aws_errors/* failureDescriber */.Ct)(`layer '${this.name}'`, this.region, 'Check layer-name and region.');
    }
}
function toLayerVersion(response) {
    if (response.LayerVersionArn === undefined || response.Version === undefined) {
        throw new errors/* DeployError */.sH('Lambda answered without the layer version');
    }
    return {
        arn: response.LayerVersionArn,
        version: response.Version,
        codeSha256: response.Content?.CodeSha256 ?? '',
        compatibleRuntimes: response.CompatibleRuntimes ?? [],
        compatibleArchitectures: response.CompatibleArchitectures ?? [],
        ...(response.Content?.CodeSize === undefined ? {} : { codeSize: response.Content.CodeSize }),
    };
}

;// CONCATENATED MODULE: ./src/aws/lambda-triggers.ts
// What invokes a function besides its callers: event source mappings (queues, streams) and the
// AWS services its resource policy lets in. Read only, for the plan's trigger check.



const LIST_MAPPINGS = 'lambda:ListEventSourceMappings';
const GET_POLICY = 'lambda:GetPolicy';
class LambdaTriggers extends FunctionCalls {
    /**
     * The mappings and the policy of the function `functionArn`. A permission the credentials
     * lack is recorded, not thrown: the plan decides what a check it could not make means.
     */
    async read(functionArn) {
        const denied = [];
        const unlessDenied = async (permission, read) => {
            try {
                return await read;
            }
            catch (error) {
                if (!isAccessDenied(error))
                    throw error;
                denied.push(permission);
                return [];
            }
        };
        const mappings = await unlessDenied(LIST_MAPPINGS, this.eventSourceMappings(functionArn));
        const statements = await unlessDenied(GET_POLICY, this.policyStatements());
        return { mappings, statements, denied };
    }
    /**
     * The event source mappings that invoke the function `functionArn` (unqualified), on any
     * qualifier. Lambda's reference does not say whether a FunctionName filter of the
     * unqualified function takes in the mappings on its versions and aliases, so the listing
     * is unfiltered and each mapping's FunctionArn is compared.
     */
    async eventSourceMappings(functionArn) {
        const unqualified = functionArn.replace(/:\$LATEST$/, '');
        return this.attempt('list the event source mappings', LIST_MAPPINGS, async () => {
            const all = await (0,pages/* allPages */.S4)('ListEventSourceMappings', async (Marker) => {
                const page = await this.client.send(new dist_cjs/* ListEventSourceMappingsCommand */.Cb$({ Marker, MaxItems: 100 }));
                return { items: page.EventSourceMappings ?? [], next: page.NextMarker };
            });
            return all.flatMap((mapping) => {
                const arn = mapping.FunctionArn ?? '';
                if (arn !== unqualified && !arn.startsWith(`${unqualified}:`))
                    return [];
                return [
                    {
                        uuid: mapping.UUID ?? '',
                        eventSourceArn: mapping.EventSourceArn,
                        functionArn: arn,
                        state: mapping.State ?? '',
                    },
                ];
            });
        });
    }
    /** The statements of the unqualified function's resource policy; none without a policy. */
    async policyStatements() {
        return this.attempt('read the resource policy', GET_POLICY, async () => {
            let policy;
            try {
                policy = (await this.client.send(new dist_cjs/* GetPolicyCommand */.s4W({ FunctionName: this.name }))).Policy;
            }
            catch (error) {
                // The function was read already: "not found" is its policy.
                if (error instanceof Error && error.name === 'ResourceNotFoundException')
                    return [];
                throw error;
            }
            const parsed = JSON.parse(policy ?? '{}');
            // IAM allows a single statement as an object; Lambda writes a list.
            const statements = Array.isArray(parsed.Statement)
                ? parsed.Statement
                : [parsed.Statement];
            return statements.filter((statement) => typeof statement === 'object' && statement !== null);
        });
    }
}
/** True when `error` (or the error it wraps) is AWS refusing the call for want of a permission. */
function isAccessDenied(error) {
    for (let at = error; at instanceof Error; at = at.cause) {
        if (at.name === 'AccessDeniedException' || at.name === 'AccessDenied')
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/aws/layer-versions.ts



/**
 * Reads each layer version `layers` names, so that one that does not exist fails before any
 * write (a dry run included), naming it. One that cannot be read for another reason (no
 * lambda:GetLayerVersion, a layer of another account not shared for reading) is left to
 * Lambda, with a warning.
 */
async function checkLayerVersions(client, arns, region, log) {
    for (const arn of arns) {
        const parts = /^(arn:[^:]+:lambda:[^:]+:\d{12}:layer:[^:]+):(\d+)$/.exec(arn);
        if (parts === null)
            continue;
        const [, layerArn, version] = parts;
        try {
            await client.send(new dist_cjs/* GetLayerVersionCommand */.VK5({ LayerName: layerArn, VersionNumber: Number(version) }));
        }
        catch (error) {
            const name = error instanceof Error ? error.name : '';
            if (name === 'ResourceNotFoundException') {
                throw new errors/* InputError */.dz('layers', `the layer version '${arn}' does not exist in ${region} ` +
                    `(Lambda said: ${(0,errors/* errorMessage */.gJ)(error)}). Check its version number and region; ` +
                    'nothing was changed');
            }
            if (name === 'AccessDeniedException') {
                log.warning(`layers: '${arn}' was not checked before the deploy (${(0,aws_errors/* briefReason */.DM)(error)}); ` +
                    'the check needs lambda:GetLayerVersion. Lambda checks it itself.');
                continue;
            }
            throw (0,aws_errors/* describeAwsError */.Pp)(error, {
                action: 'read the layer version',
                permission: 'lambda:GetLayerVersion',
                resource: `layer version '${arn}'`,
                region,
                notFoundHint: 'Check layers.',
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/aws/lambda-async-runtime.ts



/**
 * The settings Lambda keeps apart that have a Get and a Put each: asynchronous invocation (per
 * qualifier), the recursive loop setting (per function) and runtime management (per version).
 */
class LambdaAsyncRuntime extends FunctionCalls {
    /** The qualifier's config, or undefined when it has none; `qualifier` undefined: $LATEST. */
    async eventInvokeConfig(qualifier) {
        try {
            const answer = await this.client.send(new dist_cjs/* GetFunctionEventInvokeConfigCommand */.sJE({ FunctionName: this.name, Qualifier: qualifier }));
            return {
                MaximumRetryAttempts: answer.MaximumRetryAttempts,
                MaximumEventAgeInSeconds: answer.MaximumEventAgeInSeconds,
                DestinationConfig: answer.DestinationConfig,
            };
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw this.failure(error, `read the asynchronous invocation config${on(qualifier)}`, 'lambda:GetFunctionEventInvokeConfig');
        }
    }
    /** Replaces the qualifier's whole config; a lost answer is read back. */
    async putEventInvokeConfig(qualifier, config, same) {
        await this.attempt(`set the asynchronous invocation config${on(qualifier)}`, 'lambda:PutFunctionEventInvokeConfig', () => this.mutate('PutFunctionEventInvokeConfig', () => this.client.send(new dist_cjs/* PutFunctionEventInvokeConfigCommand */.Xd9({
            FunctionName: this.name,
            Qualifier: qualifier,
            MaximumRetryAttempts: config.MaximumRetryAttempts,
            MaximumEventAgeInSeconds: config.MaximumEventAgeInSeconds,
            DestinationConfig: config.DestinationConfig,
        })), {
            readBack: async () => (same(await this.eventInvokeConfig(qualifier)) ? {} : undefined),
        }));
    }
    /** Allow or Terminate (Lambda's default). */
    async recursiveLoop() {
        return this.attempt('read the recursive loop setting', 'lambda:GetFunctionRecursionConfig', async () => (await this.client.send(new dist_cjs/* GetFunctionRecursionConfigCommand */.Sat({ FunctionName: this.name })))
            .RecursiveLoop ?? 'Terminate');
    }
    async putRecursiveLoop(value) {
        await this.attempt('set the recursive loop setting', 'lambda:PutFunctionRecursionConfig', () => this.mutate('PutFunctionRecursionConfig', () => this.client.send(new dist_cjs/* PutFunctionRecursionConfigCommand */.xog({
            FunctionName: this.name,
            RecursiveLoop: value,
        })), { readBack: async () => ((await this.recursiveLoop()) === value ? {} : undefined) }));
    }
    /** $LATEST's runtime management config. */
    async runtimeManagement() {
        return this.attempt('read the runtime management config', 'lambda:GetRuntimeManagementConfig', async () => {
            const answer = await this.client.send(new dist_cjs/* GetRuntimeManagementConfigCommand */.brH({ FunctionName: this.name }));
            return {
                updateRuntimeOn: answer.UpdateRuntimeOn ?? 'Auto',
                runtimeVersionArn: answer.RuntimeVersionArn ?? undefined,
            };
        });
    }
    async putRuntimeManagement(wanted) {
        const done = (now) => now.updateRuntimeOn === wanted.updateRuntimeOn &&
            now.runtimeVersionArn === wanted.runtimeVersionArn;
        await this.attempt('set the runtime management config', 'lambda:PutRuntimeManagementConfig', () => this.mutate('PutRuntimeManagementConfig', () => this.client.send(new dist_cjs/* PutRuntimeManagementConfigCommand */.kh$({
            FunctionName: this.name,
            UpdateRuntimeOn: wanted.updateRuntimeOn,
            ...(wanted.runtimeVersionArn === undefined
                ? {}
                : { RuntimeVersionArn: wanted.runtimeVersionArn }),
        })), { readBack: async () => (done(await this.runtimeManagement()) ? {} : undefined) }));
    }
}
function on(qualifier) {
    return qualifier === undefined ? '' : ` of alias '${qualifier}'`;
}

;// CONCATENATED MODULE: ./src/plan/bucket-check.ts

/**
 * Each bucket a package is to go through, read before the plan with the owner and region
 * the upload will use: a bucket that is missing, someone else's or in another region fails
 * the dry run as it would the real run, before any write.
 */
async function checkPackageBuckets(config, built, found) {
    const routes = [];
    if (built.deployable.kind === 'zip')
        routes.push(built.deployable.upload);
    if (built.layerPackage !== undefined)
        routes.push(built.layerPackage.upload);
    const account = (0,code_plan/* accountOf */.XP)(found?.arn ?? config.settings.role);
    const seen = new Set();
    for (const route of routes) {
        if (route.kind !== 's3' || seen.has(route.bucket))
            continue;
        seen.add(route.bucket);
        const { checkBucket } = await Promise.all(/* import() */[__webpack_require__.e(358), __webpack_require__.e(853)]).then(__webpack_require__.bind(__webpack_require__, 6234));
        await checkBucket(route.client, {
            bucket: route.bucket,
            expectedOwner: route.bucketOwner ?? account,
            region: config.region,
        });
    }
}

;// CONCATENATED MODULE: ./src/plan/lambda-2025-output.ts
// The plan's output for Managed Instances and durable functions: JSON keys present only for
// such functions, and their lines in the log.


function lambda2025Json(plan) {
    const managed = plan.managedInstances;
    const scaling = managed?.scaling;
    return {
        ...(managed === undefined
            ? {}
            : {
                managedInstances: {
                    publishLatest: managed.publishLatest,
                    scaling: scaling === undefined
                        ? null
                        : {
                            on: scaling.qualifier === NEW_VERSION ? null : scaling.qualifier,
                            from: scalingText(scaling.from),
                            to: scalingText(scaling.config),
                        },
                },
            }),
        ...(plan.durableLeft === undefined
            ? {}
            : {
                durableExecutions: {
                    version: plan.durableLeft.version,
                    active: plan.durableLeft.executions,
                },
            }),
    };
}
function lambda2025Lines(json) {
    const lines = [];
    const managed = json.managedInstances;
    if (managed?.publishLatest === true) {
        lines.push('Version: republish $LATEST.PUBLISHED (Managed Instances), Active before the step ends');
    }
    const scaling = managed?.scaling;
    if (scaling !== undefined && scaling !== null) {
        lines.push(`Scaling config on ${scaling.on ?? 'the new version'}: ${scaling.from} -> ${scaling.to}, before any traffic`);
    }
    const durable = json.durableExecutions;
    if (durable !== undefined) {
        lines.push(`Durable executions: ${durable.active} still running or paused on version ${durable.version}, which the alias leaves; they finish on it, and it is not deleted while they run`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/plan/url-async-runtime-output.ts


function urlAsyncRuntimeJson(plan) {
    const { asyncInvoke, runtimeSettings, codeStorage, copyBack } = plan;
    const urlChanges = plan.release.url?.changes ?? [];
    return {
        ...(asyncInvoke === undefined
            ? {}
            : {
                asyncInvokeConfig: {
                    qualifier: asyncInvoke.qualifier ?? null,
                    from: asyncInvoke.from ?? null,
                    to: asyncInvoke.to,
                },
            }),
        ...(runtimeSettings?.recursiveLoop === undefined
            ? {}
            : { recursiveLoop: runtimeSettings.recursiveLoop }),
        ...(runtimeSettings?.runtimeManagement === undefined
            ? {}
            : {
                runtimeManagement: {
                    from: runtimeManagementText(runtimeSettings.runtimeManagement.from),
                    to: runtimeManagementText(runtimeSettings.runtimeManagement.to),
                },
            }),
        ...(codeStorage === undefined ? {} : { codeStorage: { mode: 'REFERENCE', ...codeStorage } }),
        ...(copyBack === undefined
            ? {}
            : {
                codeStorageCopy: {
                    from: `s3://${copyBack.bucket}/${copyBack.key}?versionId=${copyBack.versionId ?? 'null'}`,
                },
            }),
        ...(urlChanges.length === 0 ? {} : { functionUrlChanges: urlChanges }),
    };
}
function urlAsyncRuntimeLines(json) {
    const { asyncInvokeConfig: async, recursiveLoop, runtimeManagement, codeStorage } = json;
    return [
        ...(codeStorage === undefined
            ? []
            : [
                `Code storage: REFERENCE to s3://${codeStorage.bucket}/${codeStorage.key} (bucket versioning ${codeStorage.versioning}, no lifecycle rule expires or archives it)` +
                    (codeStorage.switching ? "; the function stops using Lambda's copy" : ''),
            ]),
        ...(json.codeStorageCopy === undefined
            ? []
            : [
                `Code storage: COPY (code-storage copy); the function points at ${json.codeStorageCopy.from} now, and Lambda takes a copy of the package again`,
            ]),
        ...(json.functionUrlChanges ?? []).map((change) => `Function URL: ${change}`),
        ...(recursiveLoop === undefined
            ? []
            : [`Recursive loop: ${recursiveLoop.from} -> ${recursiveLoop.to}`]),
        ...(runtimeManagement === undefined
            ? []
            : [`Runtime updates: ${runtimeManagement.from} -> ${runtimeManagement.to}`]),
        ...(async === undefined
            ? []
            : [
                `Asynchronous invocation on ${async.qualifier === null ? '$LATEST' : `alias ${async.qualifier}`}: ` +
                    `${eventInvokeText(async.from ?? undefined)} -> ${eventInvokeText(async.to)}`,
            ]),
    ];
}

;// CONCATENATED MODULE: ./src/plan/plan-output.ts











function planJson(plan) {
    const { release } = plan;
    const publish = release.publish;
    const prune = plannedPrune(plan);
    return {
        changes: planChanges(plan),
        function: { name: plan.function.name, action: plan.function.action },
        code: {
            action: plan.code.action,
            from: plan.code.from ?? null,
            to: plan.code.to,
            ...(plan.code.byFingerprint === true ? { byFingerprint: true } : {}),
        },
        configuration: [
            ...plan.configuration.changes,
            ...(plan.code.architecture === undefined ? [] : [plan.code.architecture]),
        ].map(({ setting, from, to }) => ({
            setting,
            from,
            to,
            source: plan.settingSources?.[setting] ?? 'input',
        })),
        tags: Object.keys(plan.tags).sort(),
        layer: plan.layer === undefined
            ? null
            : {
                name: plan.layer.name,
                action: plan.layer.publish ? 'publish' : 'keep',
                layers: plan.layer.layers,
                ...(plan.layer.byFingerprint === undefined
                    ? {}
                    : { byFingerprint: plan.layer.byFingerprint.arn }),
            },
        version: publish === 'none'
            ? { action: 'none', version: null }
            : publish === NEW_VERSION
                ? { action: 'publish', version: null }
                : { action: 'reuse', version: publish.version },
        alias: release.alias === undefined
            ? null
            : {
                name: release.alias.name,
                action: release.alias.action,
                before: release.alias.before === undefined ? null : routingText(release.alias.before),
                after: routingOf(release.alias.after),
            },
        functionUrl: release.url === undefined ? null : { action: release.url.action, auth: release.url.authType },
        prune: prune === undefined
            ? null
            : { keep: prune.keep, ...(prune.durable === true ? { durable: true } : {}) },
        smokeTest: release.smokeTest,
        traffic: release.rollout === undefined
            ? null
            : {
                steps: release.rollout.steps,
                interval: release.rollout.intervalSeconds,
                alarms: release.rollout.alarms.map(({ name, state, watches, reason }) => ({
                    name,
                    state,
                    watches,
                    ...(reason === undefined ? {} : { reason }),
                })),
            },
        ...separateSettingsJson(plan),
        ...urlAsyncRuntimeJson(plan),
        ...lambda2025Json(plan),
        ...(release.codedeploy === undefined ? {} : { codedeploy: codeDeployJson(release.codedeploy) }),
        ...(plan.triggers === undefined ? {} : { triggers: plan.triggers.findings }),
        ...(plan.triggers === undefined || plan.triggers.denied.length === 0
            ? {}
            : { triggersNotChecked: plan.triggers.denied }),
        ...(plan.interrupted === undefined
            ? {}
            : { interrupted: { ...plan.interrupted, after: plan.interrupted.after ?? null } }),
    };
}
/** The plan's settings Lambda keeps apart from the configuration, and tags to remove. */
function separateSettingsJson(plan) {
    const { reservedConcurrency: reserved, codeSigning, provisionedConcurrency: provisioned } = plan;
    const orNull = (value) => value === 'none' || value === '' ? null : value;
    return {
        ...(plan.untag === undefined || plan.untag.length === 0 ? {} : { tagsRemoved: plan.untag }),
        ...(reserved === undefined
            ? {}
            : { reservedConcurrency: { from: orNull(reserved.from), to: orNull(reserved.to) } }),
        ...(codeSigning === undefined
            ? {}
            : { codeSigningConfig: { from: orNull(codeSigning.from), to: orNull(codeSigning.to) } }),
        ...(provisioned === undefined
            ? {}
            : {
                provisionedConcurrency: {
                    action: provisioned.action,
                    executions: provisioned.executions,
                    version: provisioned.version === NEW_VERSION ? null : provisioned.version,
                    removeFrom: provisioned.removeFrom ?? null,
                },
            }),
    };
}
/** The plan in lines for the log, each one thing the run will do (or leave). */
function planLines(json) {
    const lines = [
        ...(json.interrupted === undefined ? [] : [interruptedLine(json.interrupted)]),
        `Function ${json.function.name}: ${json.function.action === 'create' ? 'create' : 'update'}`,
        `Code: ${json.code.action === 'skip' ? `unchanged ${json.code.byFingerprint === true ? '(by fingerprint) ' : ''}(${json.code.to})` : `${json.code.action} ${json.code.from ?? '(none)'} -> ${json.code.to}`}`,
        ...json.configuration.map((change) => `Setting ${change.setting}: ${change.from || '(none)'} -> ${change.to}` +
            (change.source === 'config-file' ? ' (config-file)' : '')),
        ...(json.tags.length === 0 ? [] : [`Tags to set: ${json.tags.join(', ')}`]),
        ...(json.tagsRemoved === undefined
            ? []
            : [`Tags to remove (tags-mode replace): ${json.tagsRemoved.join(', ')}`]),
        ...(json.codeSigningConfig === undefined
            ? []
            : [
                `Code signing config: ${json.codeSigningConfig.from ?? '(none)'} -> ${json.codeSigningConfig.to ?? '(none)'}`,
            ]),
        ...(json.reservedConcurrency === undefined
            ? []
            : [
                `Reserved concurrency: ${json.reservedConcurrency.from ?? '(none)'} -> ${json.reservedConcurrency.to ?? '(none)'}`,
            ]),
        ...(json.layer === null
            ? []
            : [
                `Layer ${json.layer.name}: ${json.layer.action === 'publish' ? 'publish a new version' : json.layer.byFingerprint !== undefined ? `unchanged (by fingerprint) (${json.layer.byFingerprint})` : 'keep its newest version'}`,
            ]),
        ...(json.version.action === 'none'
            ? []
            : [
                json.version.action === 'publish'
                    ? 'Version: publish a new one'
                    : `Version: ${json.version.version ?? ''} already holds this code and these settings`,
            ]),
        ...(json.alias === null
            ? []
            : [
                `Alias ${json.alias.name}: ${json.alias.action === 'keep' ? `keep ${json.alias.after}` : `${json.alias.before ?? '(new)'} -> ${json.alias.after}`}`,
            ]),
        ...lambda2025Lines(json),
        ...(json.functionUrl === null
            ? []
            : [`Function URL (${json.functionUrl.auth}): ${json.functionUrl.action}`]),
        ...urlAsyncRuntimeLines(json),
        ...(json.provisionedConcurrency === undefined
            ? []
            : [provisionedLine(json.provisionedConcurrency)]),
        ...(json.smokeTest ? ['Smoke test: invoke the new version before any traffic reaches it'] : []),
        ...(json.codedeploy !== undefined
            ? codeDeployLines(json.codedeploy)
            : json.traffic === null
                ? []
                : [
                    `Traffic: ${json.traffic.steps.map((step) => `${step} %`).join(' -> ')}` +
                        (json.traffic.steps.length > 1
                            ? `, each step but the last held ${(0,format/* formatSeconds */.Xo)(json.traffic.interval)}`
                            : '') +
                        (json.traffic.alarms.length === 0
                            ? ''
                            : `; alarms watched: ${json.traffic.alarms.map((alarm) => `${alarm.name} (${alarm.state}, ${watchText(alarm.watches)})`).join(', ')}`),
                ]),
        ...(json.triggers === undefined
            ? []
            : [
                `Triggers that bypass the release: ${json.triggers.length === 0 ? 'none' : json.triggers.map(briefly).join('; ')}` +
                    (json.triggersNotChecked === undefined
                        ? ''
                        : ` (not checked, denied: ${json.triggersNotChecked.join(', ')})`),
            ]),
        ...(json.prune === null
            ? []
            : [
                `Versions: keep the newest ${json.prune.keep} versions; delete older ones unless an alias routes to them${json.prune.durable === true ? ', durable executions still run or are paused on them' : ''} or they have provisioned concurrency`,
            ]),
    ];
    return json.changes ? lines : [...lines, 'No changes: the function is as these inputs describe.'];
}
function interruptedLine(interrupted) {
    const { alias, run, target, step, steps, action, found, after } = interrupted;
    const left = `Interrupted rollout on alias ${alias} (run ${run}: version ${target} at step ${step} of ${steps.join(',')}, routing ${found})`;
    const done = action === 'revert' ? 'put back' : 'its steps carried on';
    return after === null
        ? `${left}: on-interrupted ${action} would do it first (dry run)`
        : `${left}: ${done} first (on-interrupted ${action}); it routes ${after}`;
}
/** What the log says of an alarm's metric: "watches the alias", "cannot be judged". */
function watchText(watches) {
    if (watches === 'unknown')
        return 'cannot be judged';
    return watches === 'not this release' ? watches : `watches the ${watches}`;
}
/**
 * The plan's warnings, for the log: alarms that guard nothing now or not this release (when
 * the steps run), and triggers that bypass the release.
 */
function planWarnings(plan) {
    const { rollout } = plan.release;
    return [
        ...(rollout?.moves === true ? alarmWarnings(rollout.alarms) : []),
        ...(plan.triggers === undefined ? [] : triggerWarnings(plan.triggers)),
    ];
}
/** "3", "1 (90 %) / new (10 %)". */
function routingOf(routing) {
    return routingText({ name: '', arn: '', revisionId: undefined, ...routing });
}
function provisionedLine(provisioned) {
    const version = provisioned.version ?? 'the new version';
    if (provisioned.action === 'keep') {
        return `Provisioned concurrency: ${provisioned.executions} on version ${version}, unchanged`;
    }
    return (`Provisioned concurrency: ${provisioned.executions} on ${provisioned.version === null ? version : `version ${version}`}, READY before the alias moves` +
        (provisioned.removeFrom === null ? '' : `; then removed from version ${provisioned.removeFrom}`));
}

;// CONCATENATED MODULE: ./src/plan/decide.ts













/**
 * The clients a run reads and writes with, for the function `config` names. CloudWatch and
 * ECR are loaded only by a run that uses them: every run pays for what it loads.
 */
async function lambdaApis(config, log) {
    const client = (0,clients/* createLambdaClient */.Vw)(config.region, config.requestTimeoutSeconds);
    return {
        lambda: new LambdaFunction(client, config.functionName, config.region, log),
        releaser: new LambdaRelease(client, config.functionName, config.region, log),
        layer: config.layer === undefined
            ? undefined
            : new LambdaLayer(client, config.layer.name, config.region, log),
        alarms: config.release.rollout.alarms.length === 0 ? undefined : await alarmsOf(config),
        extras: new LambdaExtras(client, config.functionName, config.region, log),
        images: config.code.kind === 'image' ? await imagesOf(config, log) : undefined,
        triggers: new LambdaTriggers(client, config.functionName, config.region, log),
        layerVersions: (arns) => checkLayerVersions(client, arns, config.region, log),
        asyncRuntime: new LambdaAsyncRuntime(client, config.functionName, config.region, log),
        codeBucket: config.extras.codeStorage === 'reference' ? await codeBucketOf(config) : undefined,
        codedeploy: config.release.codedeploy === undefined ? undefined : await decide_codeDeployOf(config),
    };
}
async function codeBucketOf(config) {
    const { createCodeBucket } = await Promise.all(/* import() */[__webpack_require__.e(358), __webpack_require__.e(928)]).then(__webpack_require__.bind(__webpack_require__, 1928));
    return createCodeBucket(config.region, config.requestTimeoutSeconds, config.s3.bucketOwner);
}
async function decide_codeDeployOf(config) {
    const { CodeDeploy, createCodeDeployClient } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4370));
    return new CodeDeploy(createCodeDeployClient(config.region, config.requestTimeoutSeconds), config.region);
}
async function alarmsOf(config) {
    const { CloudWatchAlarms, createCloudWatchClient } = await Promise.all(/* import() */[__webpack_require__.e(85), __webpack_require__.e(548)]).then(__webpack_require__.bind(__webpack_require__, 1548));
    return new CloudWatchAlarms(createCloudWatchClient(config.region, config.requestTimeoutSeconds), config.release.rollout.alarms, config.region);
}
async function imagesOf(config, log) {
    const { EcrImages, createEcrClient } = await Promise.all(/* import() */[__webpack_require__.e(249), __webpack_require__.e(102)]).then(__webpack_require__.bind(__webpack_require__, 1102));
    return new EcrImages((region) => createEcrClient(region, config.requestTimeoutSeconds), log, config.requestTimeoutSeconds);
}
/**
 * Reads what the plan needs (or takes the read begun while the package was built), decides
 * it, and prints it in the log.
 */
async function decide(config, apis, built, log, reading = readDeployState(apis, config), 
/** An interrupted rollout handled before the reads (apply/rollout/interrupted.ts). */
interrupted) {
    const state = await reading;
    const found = state.function;
    await checkPackageBuckets(config, built, found);
    await apis.layerVersions?.(config.settings.layers ?? []);
    if (config.settings.environment !== undefined) {
        // Merging sends them back, and an AWS error may quote what it was sent; the ARN known now
        // keeps the rule from masking a part of it.
        (0,secrets/* maskEnvironment */.M2)(config, [
            ...Object.values(found?.configuration.Environment?.Variables ?? {}),
            ...Object.values(config.settings.environment),
        ], found?.arn);
    }
    const plan = {
        ...planDeploy(config, state, {
            code: built.deployable,
            layer: built.layerPackage?.pkg,
            layerRecorded: built.layerPackage?.recorded,
        }),
        ...(interrupted === undefined ? {} : { interrupted }),
    };
    for (const line of planLines(planJson(plan)))
        log.info(line);
    for (const warning of planWarnings(plan))
        log.warning(warning);
    return plan;
}

// EXTERNAL MODULE: ./src/memo.ts
var memo = __webpack_require__(5025);
// EXTERNAL MODULE: ./src/package/build-code.ts + 19 modules
var build_code = __webpack_require__(750);
// EXTERNAL MODULE: ./src/resources/code/upload-route.ts
var upload_route = __webpack_require__(6702);
;// CONCATENATED MODULE: ./src/fleet/fleet-builds.ts









/**
 * Builds each distinct source of the fleet once, one after the other (a group in the log
 * each). A tree whose fingerprint every function built from it records with the code it
 * runs (each in its own region) is not built at all; when only some of them record it, it
 * is built once for all. The functions are read for their records only once every source is
 * checked, so that no read waits on a bad input: sources that cannot skip (a ready zip, or
 * a function with skip-unchanged false) are built first, the other trees walked.
 */
async function buildFleet(fleet, phases, log) {
    const packages = (0,build_code/* sharedPackageCache */.YO)();
    const builds = new Map();
    const build = async (target, skips) => {
        const { config } = target;
        builds.set(target, await (0,build_code/* buildCode */.QE)(config, (0,inputs/* functionBaseName */.J$)(config.functionName), phases, log, () => undefined, packages, undefined, skips));
    };
    const skipping = fleet.targets.filter((target) => target.config.skipUnchanged && target.config.code.kind === 'directory');
    for (const target of fleet.targets) {
        if (!skipping.includes(target))
            await build(target);
    }
    const skips = await fleetSkips(skipping, fleet.maxParallel, phases, log);
    for (const target of skipping)
        await build(target, skips?.get(target));
    return new Map(fleet.targets.map((target) => [target, builds.get(target)]));
}
/**
 * Each function's skips, answered for all who share a source: undefined (nothing skipped)
 * when a source's route to Lambda is known only once it is built.
 */
async function fleetSkips(targets, maxParallel, phases, log) {
    if (targets.length === 0)
        return undefined;
    const checked = new Set();
    const certain = await phases.run('Check sources', () => {
        let all = true;
        for (const target of targets) {
            const { code, layer, s3 } = target.config;
            const sources = [
                [code, 'source'],
                ...(layer === undefined
                    ? []
                    : [[layer.source, 'layer-source']]),
            ];
            for (const [source, input] of sources) {
                const key = `${input} ${JSON.stringify(source)} ${JSON.stringify(s3)}`;
                if (checked.has(key))
                    continue;
                checked.add(key);
                const largest = (0,build_code/* checkedSize */.NL)(source, input);
                all &&= largest !== undefined && (0,upload_route/* routeCertain */.GC)(largest, s3);
            }
        }
        return Promise.resolve(all);
    });
    if (!certain)
        return undefined;
    log.info(`Reading ${targets.length === 1 ? 'the function' : `${targets.length} functions`} for the records of their trees`);
    const reads = await readFunctions(targets, maxParallel);
    const codeAnswers = new Map();
    const layerAnswers = new Map();
    const ownLayer = new Map();
    const codeKey = (target) => JSON.stringify(target.config.code);
    const layerKey = (target) => JSON.stringify(target.config.layer?.source ?? null);
    const ownLayerOf = (target, fingerprint) => (0,memo/* memo */.p)(ownLayer, `${target.label} ${fingerprint}`, async () => {
        const read = reads.get(target);
        const { layer } = target.config;
        return layer === undefined || read === undefined
            ? undefined
            : (0,fingerprint_record/* recordedLayer */.Uk)(read.found, fingerprint, layer, read.layer);
    });
    return new Map(targets.map((target) => {
        const sharing = (key) => targets.filter((other) => key(other) === key(target));
        const code = (fingerprint) => (0,memo/* memo */.p)(codeAnswers, `${codeKey(target)} ${fingerprint}`, () => Promise.resolve(sameForAll(sharing(codeKey).map((other) => (0,code_fingerprint_record/* recordedPackage */.Dk)(reads.get(other)?.found, fingerprint, other.config.settings.architecture, other.config.extras.codeStorage)))));
        const layer = async (fingerprint) => {
            const all = await (0,memo/* memo */.p)(layerAnswers, `${layerKey(target)} ${fingerprint}`, async () => sameForAll(await Promise.all(sharing(layerKey).map((other) => ownLayerOf(other, fingerprint)))));
            return all === undefined ? undefined : ownLayerOf(target, fingerprint);
        };
        return [target, { checked: true, code, layer }];
    }));
}
/** The first record, when every function has one of the same zip; else undefined. */
function sameForAll(records) {
    const [first] = records;
    if (first === undefined)
        return undefined;
    const same = records.every((record) => record !== undefined && record.sha256 === first.sha256 && record.size === first.size);
    return same ? first : undefined;
}
/**
 * Each function as it is, for its records, up to `maxParallel` at a time. A read that fails
 * skips nothing: the plan reads the function again and says what went wrong.
 */
async function readFunctions(targets, maxParallel) {
    const reads = new Map();
    const quiet = { info: () => undefined, warning: () => undefined };
    for (let at = 0; at < targets.length; at += maxParallel) {
        await Promise.all(targets.slice(at, at + maxParallel).map(async (target) => {
            const { config } = target;
            const client = (0,clients/* createLambdaClient */.Vw)(config.region, config.requestTimeoutSeconds);
            const lambda = new LambdaFunction(client, config.functionName, config.region, quiet);
            const layer = config.layer === undefined
                ? undefined
                : new LambdaLayer(client, config.layer.name, config.region, quiet);
            const found = await lambda.find().catch(() => undefined);
            reads.set(target, { found, layer });
        }));
    }
    return reads;
}

;// CONCATENATED MODULE: ./src/fleet/fleet-result.ts

/** The `results` output: per function and region, its label, region, state and outputs. */
function resultsJson(results) {
    return JSON.stringify(results.map(({ outputs, ...result }) => ({ ...result, ...outputs })));
}
/** The fleet's run failed; `results` (and the step's output) still say where each one is. */
class FleetFailed extends errors/* DeployError */.sH {
    results;
    constructor(message, results, options) {
        super(message, options);
        this.results = results;
    }
    get outputs() {
        return { results: resultsJson(this.results) };
    }
}

// EXTERNAL MODULE: ./src/package/package-outputs.ts
var package_outputs = __webpack_require__(3755);
;// CONCATENATED MODULE: ./src/fleet/switch-together.ts








/**
 * Moves each alias in turn (at once, or to its first step), takes those with steps through
 * the rest together, then settles each: what a single deploy does, across the fleet. Any
 * stop on the way puts back every alias moved so far.
 */
async function switchTogether(prepared, { phases, log, guard, save }) {
    let released;
    try {
        released = await releaseAll(prepared, {
            phases,
            log,
            guard,
            save: save ?? (() => undefined),
            labelled: true,
        });
    }
    catch (error) {
        throw new FleetFailed((0,errors/* errorMessage */.gJ)(error), stoppedResults(prepared, error), {
            cause: error,
        });
    }
    return settleEach(prepared, released);
}
/** Where each function was left by a release that stopped, as the stop read it back. */
function stoppedResults(prepared, error) {
    const stopped = error instanceof RolloutStopped ? error : undefined;
    const outputs = (0,errors/* failureOutputs */.rd)(error);
    return prepared.map((one) => {
        const at = stopped?.labels.indexOf(labelOf(one)) ?? -1;
        const state = stopped === undefined
            ? `not moved: ${(0,errors/* errorMessage */.gJ)(error)}`
            : at >= 0
                ? (stopped.aliases[at] ?? 'unknown')
                : 'not moved: the release stopped first';
        const result = resultOf(one, state, { ...outputs, ...versionOutputs(one.version) });
        return stopped?.failedLabel === labelOf(one) || stopped === undefined
            ? { ...result, error: (0,errors/* errorMessage */.gJ)(error) }
            : result;
    });
}
/** Frees old allocations and prunes, each function in turn; the aliases stay where they are. */
async function settleEach(prepared, released) {
    const results = [];
    const failed = [];
    for (const [at, one] of prepared.entries()) {
        const release = released[at];
        if (release === undefined)
            continue;
        try {
            const outcome = await settle(one, release);
            const { deployable } = one.run.built;
            results.push(resultOf(one, 'released', {
                ...(deployable.kind === 'zip' ? (0,package_outputs/* packageOutputs */.P)(deployable.package) : {}),
                ...deployOutputs(outcome),
            }));
        }
        catch (error) {
            failed.push(`${labelOf(one)}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            results.push({
                ...resultOf(one, `released, then failed: ${(0,errors/* errorMessage */.gJ)(error)}`),
                error: (0,errors/* errorMessage */.gJ)(error),
            });
        }
    }
    if (failed.length > 0) {
        throw new FleetFailed(`Every alias was switched, but ${failed.length} of ${released.length} functions failed after: ${failed.join('; ')}`, results);
    }
    return results;
}
function resultOf(prepared, state, outputs = {}) {
    return {
        label: labelOf(prepared),
        'function-name': prepared.run.config.functionName,
        region: prepared.run.config.region,
        state,
        // The version exists whatever happened to the alias after.
        outputs: { ...versionOutputs(prepared.version), ...outputs },
    };
}

;// CONCATENATED MODULE: ./src/fleet/deploy-fleet.ts










/**
 * Deploys many functions (and regions) together: each package built once, every function
 * updated, published and tried (up to max-parallel at a time), and only then are the aliases
 * moved, one after the other; if a move fails, those already moved are put back. Traffic
 * steps move every alias at each step, and any alarm puts them all back.
 */
async function deployFleet(fleet, phases, log, traffic) {
    checkFleet(fleet);
    // Built first, one after the other, each distinct source once, or not at all when every
    // function built from it records it (fleet-builds.ts).
    const builds = await buildFleet(fleet, phases, log);
    // Every function is planned before any is changed: a refusal (an alarm in ALARM,
    // trigger-check: fail) stops the fleet before its first write.
    const planned = await inParallel(fleet.targets, fleet.maxParallel, async (target) => {
        const own = prefixed(log, target.label);
        try {
            const built = builds.get(target);
            if (built === undefined)
                throw new errors/* DeployError */.sH(`${target.label} was not built`);
            const apis = await lambdaApis(target.config, own);
            const interrupted = await recoverInterrupted(apis, target.config, own, {
                save: traffic?.save ?? (() => undefined),
                ...(traffic?.guard === undefined ? {} : { guard: traffic.guard }),
            });
            const plan = await decide(target.config, apis, built, own, undefined, interrupted);
            return { target, own, built, apis, plan, error: undefined };
        }
        catch (error) {
            return { target, own, built: undefined, apis: undefined, plan: undefined, error };
        }
    });
    refuseUnplanned(planned);
    const runs = await inParallel(planned, fleet.maxParallel, async (run) => {
        if (run.built === undefined || run.target.config.dryRun) {
            return { target: run.target, plan: run.plan, prepared: undefined, error: undefined };
        }
        const { target, own, built, apis, plan } = run;
        // Parallel runs cannot each hold a log group open: their phases are logged as lines.
        const ownPhases = new src_phases/* Phases */.V(async (name, work) => {
            own.info(`-- ${name}`);
            return work();
        });
        try {
            const prepared = await prepare({
                plan,
                apis,
                built,
                config: target.config,
                phases: ownPhases,
                log: own,
            });
            return { target, plan, prepared, error: undefined };
        }
        catch (error) {
            return { target, plan, prepared: undefined, error };
        }
    });
    const failed = runs.filter((run) => run.error !== undefined);
    if (failed.length > 0) {
        const results = runs.map((run) => ({
            label: run.target.label,
            'function-name': run.target.config.functionName,
            region: run.target.region,
            state: run.error !== undefined
                ? `failed: ${(0,errors/* errorMessage */.gJ)(run.error)}`
                : `ready (version ${run.prepared?.version?.version ?? 'none'}), not moved: another function failed`,
            ...(run.error === undefined ? {} : { error: (0,errors/* errorMessage */.gJ)(run.error) }),
            // A version published before the failure, or by a function that was ready.
            outputs: run.error === undefined ? versionOutputs(run.prepared?.version) : (0,errors/* failureOutputs */.rd)(run.error),
        }));
        throw new FleetFailed(`${failed.length} of ${runs.length} functions failed before any alias moved, so no alias moved anywhere: ` +
            failed.map((run) => `${run.target.label}: ${(0,errors/* errorMessage */.gJ)(run.error)}`).join('; '), results);
    }
    if (fleet.targets.some((target) => target.config.dryRun)) {
        return runs.map((run) => ({
            label: run.target.label,
            'function-name': run.target.config.functionName,
            region: run.target.region,
            state: 'planned (dry run)',
            outputs: run.plan === undefined ? {} : { plan: JSON.stringify(planJson(run.plan)) },
        }));
    }
    return switchTogether(runs.flatMap((run) => (run.prepared === undefined ? [] : [run.prepared])), { phases, log, guard: traffic?.guard, save: traffic?.save });
}
/** A function whose plan failed (or was refused) fails the fleet before anything changed. */
function refuseUnplanned(planned) {
    const failed = planned.filter((run) => run.error !== undefined);
    if (failed.length === 0)
        return;
    const results = planned.map((run) => ({
        label: run.target.label,
        'function-name': run.target.config.functionName,
        region: run.target.region,
        state: run.error === undefined
            ? 'planned, not changed: another function failed when planned'
            : `failed: ${(0,errors/* errorMessage */.gJ)(run.error)}`,
        ...(run.error === undefined ? {} : { error: (0,errors/* errorMessage */.gJ)(run.error) }),
        outputs: run.error === undefined ? {} : (0,errors/* failureOutputs */.rd)(run.error),
    }));
    throw new FleetFailed(`${failed.length} of ${planned.length} functions failed when planned, so nothing was changed anywhere: ` +
        failed.map((run) => `${run.target.label}: ${(0,errors/* errorMessage */.gJ)(run.error)}`).join('; '), results);
}
/**
 * The fleet's aliases step together, so every function has the same steps and interval;
 * refused before anything is built. Alarms may differ: any of them rolls all back.
 */
function checkFleet(fleet) {
    const [first, ...rest] = fleet.targets;
    if (first === undefined)
        return;
    const steps = (target) => target.config.release.rollout.steps.join(',');
    for (const target of rest) {
        const ours = target.config.release.rollout;
        const theirs = first.config.release.rollout;
        if (steps(target) !== steps(first)) {
            throw new errors/* InputError */.dz('traffic', `the aliases of a manifest step together, so every function needs the same traffic: ${first.label} has '${steps(first)}', ${target.label} has '${steps(target)}'`);
        }
        if (ours.steps.length > 1 && ours.intervalSeconds !== theirs.intervalSeconds) {
            throw new errors/* InputError */.dz('traffic-interval', `the aliases of a manifest step together, so every function needs the same traffic-interval: ${first.label} has ${theirs.intervalSeconds} s, ${target.label} has ${ours.intervalSeconds} s`);
        }
    }
}
/** `work` on each item, at most `limit` at a time, results in the items' order. */
async function inParallel(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        for (let index = next++; index < items.length; index = next++) {
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/** A logger that names the function on every line. */
function prefixed(log, label) {
    return {
        info: (message) => {
            log.info(`[${label}] ${message}`);
        },
        warning: (message) => {
            log.warning(`[${label}] ${message}`);
        },
    };
}

// EXTERNAL MODULE: ./src/report/summary-writer.ts
var summary_writer = __webpack_require__(4060);
;// CONCATENATED MODULE: ./src/report/other-summaries.ts


async function writeCleanupSummary(summary, config, result, timings) {
    const version = result.version === undefined
        ? 'none'
        : `${result.version}, ${result.versionDeleted ? 'deleted' : `kept: ${keptBecause(result)}`}`;
    summary
        .addHeading(`Lambda preview removed: ${(0,summary_writer/* escapeHtml */.ZD)(config.functionName)}`, 2)
        .addTable([
        [(0,summary_writer/* header */.wx)('Item'), (0,summary_writer/* header */.wx)('Value')],
        [
            'Alias',
            `${(0,summary_writer/* code */.aY)(config.alias)}: ${result.aliasDeleted ? 'deleted, with its function URL' : 'did not exist'}`,
        ],
        ['Version', (0,summary_writer/* escapeHtml */.ZD)(version)],
        ...(0,summary_writer/* phaseRows */.vZ)(timings),
    ]);
    await summary.write();
}
function keptBecause(result) {
    const spared = result.spared ?? [];
    return spared.length === 0
        ? 'another alias routes to it'
        : spared.map((one) => one.reason).join('; ');
}
/** rollback-to: the alias, from → to, the version's ARN, and the phases. */
async function writeRollbackSummary(summary, result, timings) {
    const { plan } = result;
    const move = `${(0,summary_writer/* escapeHtml */.ZD)(routingText(plan.alias))} → ${(0,summary_writer/* escapeHtml */.ZD)(plan.to.version)}`;
    const routing = result.rolledBack
        ? move
        : plan.action === 'move'
            ? `${move} (dry run: not moved)`
            : `already on ${(0,summary_writer/* escapeHtml */.ZD)(plan.to.version)}: nothing changed`;
    summary.addHeading(`Lambda rollback: ${(0,summary_writer/* escapeHtml */.ZD)(result.functionName)}`, 2).addTable([
        [(0,summary_writer/* header */.wx)('Item'), (0,summary_writer/* header */.wx)('Value')],
        ['Function', (0,summary_writer/* code */.aY)(result.functionArn)],
        ['Alias', (0,summary_writer/* code */.aY)(result.alias.arn)],
        ['Routing', routing],
        ['rollback-to', (0,summary_writer/* escapeHtml */.ZD)(plan.requested)],
        ['Version', `${(0,summary_writer/* escapeHtml */.ZD)(plan.to.version)} (${(0,summary_writer/* code */.aY)(plan.to.arn)})`],
        ['Previous version', (0,summary_writer/* escapeHtml */.ZD)(plan.from)],
    ]);
    summary.addTable([[(0,summary_writer/* header */.wx)('Phase'), (0,summary_writer/* header */.wx)('Time')], ...(0,summary_writer/* phaseRows */.vZ)(timings)]);
    await summary.write();
}
/** One row a function and region: where the run left it, and its version. */
async function writeFleetSummary(summary, results, timings) {
    summary
        .addHeading(`Lambda deploy: ${results.length} functions`, 2)
        .addTable([
        [(0,summary_writer/* header */.wx)('Function'), (0,summary_writer/* header */.wx)('Region'), (0,summary_writer/* header */.wx)('Result'), (0,summary_writer/* header */.wx)('Version')],
        ...results.map((result) => [
            (0,summary_writer/* code */.aY)(result['function-name']),
            (0,summary_writer/* escapeHtml */.ZD)(result.region),
            (0,summary_writer/* escapeHtml */.ZD)(result.state),
            (0,summary_writer/* escapeHtml */.ZD)(result.outputs['version'] ?? ''),
        ]),
    ])
        .addTable([[(0,summary_writer/* header */.wx)('Phase'), (0,summary_writer/* header */.wx)('Time')], ...(0,summary_writer/* phaseRows */.vZ)(timings)]);
    await summary.write();
}

;// CONCATENATED MODULE: ./src/report/deploy-summary.ts







async function writeSummary(summary, outcome, timings, 
/** The plan the run applied, shown beside the result. */
plan) {
    const { function: fn, package: pkg } = outcome;
    summary
        .addHeading(`Lambda deploy: ${(0,summary_writer/* escapeHtml */.ZD)(fn.name)}`, 2)
        .addTable([
        [(0,summary_writer/* header */.wx)('Item'), (0,summary_writer/* header */.wx)('Value')],
        ['Function', (0,summary_writer/* code */.aY)(fn.arn)],
        [
            'Code',
            outcome.deployed
                ? 'deployed'
                : `skipped: the function already runs this ${pkg === undefined ? 'image' : 'package'}`,
        ],
        ...(pkg === undefined ? imageRows(outcome) : packageRows(pkg)),
        ...layerRows(outcome.layer),
        ...settingRows(outcome.configurationChanges),
        ...uploadRows(outcome),
        ...releaseRows(outcome.release),
        ...pruneRows(outcome.pruned),
    ]);
    if (plan !== undefined)
        planSection(summary, plan);
    summary.addTable([[(0,summary_writer/* header */.wx)('Phase'), (0,summary_writer/* header */.wx)('Time')], ...(0,summary_writer/* phaseRows */.vZ)(timings)]);
    await summary.write();
}
function releaseRows(release) {
    const rows = [];
    if (release.version !== undefined) {
        rows.push(['Version', `${(0,summary_writer/* escapeHtml */.ZD)(release.version.version)} (${(0,summary_writer/* code */.aY)(release.version.arn)})`]);
    }
    if (release.alias !== undefined) {
        const before = release.previousVersion === undefined
            ? 'new alias'
            : `was ${(0,summary_writer/* escapeHtml */.ZD)(release.previousVersion)}`;
        rows.push(['Alias', `${(0,summary_writer/* escapeHtml */.ZD)(describeRouting(release.alias))} (${before})`]);
    }
    if (release.functionUrl !== undefined)
        rows.push(['Function URL', (0,summary_writer/* code */.aY)(release.functionUrl)]);
    const deployment = release.codedeploy;
    if (deployment !== undefined) {
        const link = `<a href="${(0,summary_writer/* escapeHtml */.ZD)(deployment.link)}">${(0,summary_writer/* escapeHtml */.ZD)(deployment.deploymentId)}</a>`;
        rows.push([
            'CodeDeploy deployment',
            deployment.watched
                ? `${link}: succeeded`
                : `${link}: accepted; the runner does not watch it: follow it in the CodeDeploy console (${link}) or with aws deploy get-deployment --deployment-id ${(0,summary_writer/* escapeHtml */.ZD)(deployment.deploymentId)}`,
        ]);
    }
    return rows;
}
/** How many versions pruning removed (and which), and the account's code storage. */
function pruneRows(pruned) {
    if (pruned === undefined)
        return [];
    const { removed, problem, storage, keep } = pruned;
    const done = removed.length === 0
        ? 'none removed'
        : `${removed.length} removed (${(0,summary_writer/* escapeHtml */.ZD)(versionList(removed))})`;
    const rows = [
        [
            'Versions pruned',
            problem === undefined
                ? `${done}, keeping the newest ${keep} and every version an alias routes to`
                : (0,summary_writer/* escapeHtml */.ZD)(problem),
        ],
    ];
    if (pruned.objectsRemoved !== undefined) {
        rows.push([
            'Package objects pruned',
            (0,summary_writer/* escapeHtml */.ZD)(pruned.objectProblem ??
                `${pruned.objectsRemoved.length} deleted, ${(pruned.objectsKept ?? []).length} kept (still referred to)`),
        ]);
    }
    if ((pruned.spared ?? []).length > 0) {
        rows.push(['Versions spared', (0,summary_writer/* escapeHtml */.ZD)(sparedText(pruned.spared ?? []))]);
    }
    if (storage !== undefined) {
        const share = storage.limit > 0 ? ` (${((storage.used / storage.limit) * 100).toFixed(1)} %)` : '';
        rows.push([
            'Code storage',
            `${(0,format/* formatBytes */.z3)(storage.used)} of ${(0,format/* formatBytes */.z3)(storage.limit)}${share}`,
        ]);
    }
    return rows;
}
/** The plan of a dry run: what would change, from read calls only. */
async function writeDryRunSummary(summary, functionName, deployable, plan, timings) {
    const found = plan.function.found;
    const rows = [
        ['Function', found === undefined ? 'does not exist: would be created' : (0,summary_writer/* code */.aY)(found.arn)],
        ...(deployable.kind === 'zip'
            ? [
                ['Package size', (0,format/* formatBytes */.z3)(deployable.package.size)],
                [
                    'Upload',
                    deployable.upload.kind === 'direct'
                        ? 'in the request'
                        : `through ${(0,summary_writer/* code */.aY)(`s3://${deployable.upload.bucket}/${deployable.upload.key}`)}`,
                ],
            ]
            : []),
    ];
    summary
        .addHeading(`Lambda deploy plan (dry run): ${(0,summary_writer/* escapeHtml */.ZD)(functionName)}`, 2)
        .addRaw('<p>Dry run: nothing was changed.</p>', true)
        .addTable([[(0,summary_writer/* header */.wx)('Item'), (0,summary_writer/* header */.wx)('Value')], ...rows]);
    planSection(summary, planJson(plan));
    summary.addTable([[(0,summary_writer/* header */.wx)('Phase'), (0,summary_writer/* header */.wx)('Time')], ...(0,summary_writer/* phaseRows */.vZ)(timings)]);
    await summary.write();
}
/** The plan, one line a step, as the log shows it. */
function planSection(summary, plan) {
    const items = planLines(plan).map((line) => `<li>${(0,summary_writer/* escapeHtml */.ZD)(line)}</li>`);
    summary.addHeading('Plan', 3).addRaw(`<ul>${items.join('')}</ul>`, true);
}
/** One row a setting, old → new; environment changes carry variable names only. */
function settingRows(changes) {
    return changes.map((change) => [
        `Setting ${(0,summary_writer/* escapeHtml */.ZD)(change.setting)}`,
        `${(0,summary_writer/* escapeHtml */.ZD)(change.from || '(none)')} → ${(0,summary_writer/* escapeHtml */.ZD)(change.to)}`,
    ]);
}
function uploadRows(outcome) {
    const { staged } = outcome;
    if (outcome.package === undefined)
        return [];
    if (staged === undefined) {
        if (!outcome.deployed)
            return [];
        const request = outcome.created === true ? 'CreateFunction' : 'UpdateFunctionCode';
        return [['Upload', `in the ${request} request`]];
    }
    if (!staged.uploaded)
        return [['Upload', `${(0,summary_writer/* code */.aY)(staged.uri)}, already there: not uploaded again`]];
    const rate = staged.seconds > 0 ? outcome.package.size / 1024 / 1024 / staged.seconds : 0;
    return [
        [
            'Upload',
            `${(0,summary_writer/* code */.aY)(staged.uri)} in ${(0,format/* formatSeconds */.Xo)(staged.seconds)} (${rate.toFixed(1)} MiB/s)`,
        ],
    ];
}
function packageRows(pkg) {
    return [
        ['Package size', (0,format/* formatBytes */.z3)(pkg.size)],
        ...contentRows(pkg),
        ['Package SHA-256', (0,summary_writer/* code */.aY)(pkg.sha256)],
    ];
}
function imageRows(outcome) {
    return [
        ['Image', (0,summary_writer/* code */.aY)(outcome.imageUri ?? '')],
        ['Image digest', (0,summary_writer/* code */.aY)(outcome.function.resolvedImageUri ?? outcome.function.codeSha256)],
    ];
}
function layerRows(layer) {
    if (layer === undefined)
        return [];
    const what = layer.published ? 'published' : 'already held this package: not published again';
    return [['Layer', `${(0,summary_writer/* code */.aY)(layer.version.arn)}, ${what}`]];
}
function contentRows(pkg) {
    const { fileCount, unzippedSize } = pkg.contents;
    return [
        ['Files', (0,format/* formatCount */.B4)(fileCount)],
        ['Unzipped size', `${(0,format/* formatBytes */.z3)(unzippedSize)}, ${compression(pkg.size, unzippedSize)}`],
    ];
}
/** "the zip is 25 % of that", or, for small files whose zip headers outweigh what deflate saves, that it is larger. */
function compression(zipSize, unzippedSize) {
    if (zipSize >= unzippedSize) {
        return `the zip is ${(0,format/* formatCount */.B4)(zipSize - unzippedSize)} bytes larger (zip headers outweigh what compression saves on so little)`;
    }
    return `the zip is ${Math.max(1, Math.floor((zipSize / unzippedSize) * 100))} % of that`;
}

// EXTERNAL MODULE: ./src/report/failure.ts
var failure = __webpack_require__(3304);
;// CONCATENATED MODULE: ./src/report/result-line.ts



/**
 * The run in one line, the last of its log: "Deployed orders-api 8 -> live (was 7) in 4.2 s",
 * or "No changes: orders-api is as these inputs describe (1.1 s)".
 */
function resultLine(functionName, plan, outcome, seconds) {
    const took = (0,format/* formatSeconds */.Xo)(seconds);
    if (!planChanges(plan))
        return `No changes: ${functionName} is as these inputs describe (${took})`;
    const { version, alias, previousVersion } = outcome.release;
    const verb = outcome.created === true ? 'Created' : 'Deployed';
    const released = alias !== undefined
        ? ` ${version?.version ?? alias.version} -> ${alias.name} (was ${previousVersion ?? 'a new alias'})`
        : version !== undefined
            ? ` version ${version.version}`
            : '';
    const split = alias === undefined || Object.keys(alias.weights).length === 0
        ? ''
        : `; ${alias.name} routes ${routingText(alias)}`;
    return `${verb} ${functionName}${released} in ${took}${split}`;
}
/** A dry run in one line: what it would change, and that it changed nothing. */
function dryRunLine(functionName, plan, seconds) {
    const took = (0,format/* formatSeconds */.Xo)(seconds);
    return planChanges(plan)
        ? `Dry run: ${functionName} would change as planned above; nothing was changed (${took})`
        : `No changes: ${functionName} is as these inputs describe (dry run, ${took})`;
}

;// CONCATENATED MODULE: ./src/run-modes.ts
// What a run does once its inputs are read: deploy (the package already building), many
// functions, rollback-to, or a preview's removal. main.ts loads this module lazily, while the
// package is built, as it holds the AWS SDK and everything that uses it.





























/** Written last; a run without a summary file (outside a runner) warns instead of failing. */
const run_modes_summary = (0,summary_writer.summaryOrWarning)(summary/* summary */.z, action_io/* log */.R, process.env);
/**
 * A deploy whose package is being built: records it as a GitHub deployment when asked, and
 * marks that failed when the deploy fails.
 */
async function deploy(config, phases, building) {
    // GitHub's client is loaded only by a run that talks to GitHub.
    const deployment = config.githubDeployment === undefined
        ? undefined
        : (await Promise.all(/* import() */[__webpack_require__.e(157), __webpack_require__.e(808)]).then(__webpack_require__.bind(__webpack_require__, 9808))).recordDeployment(config.githubDeployment, { functionName: config.functionName, alias: config.release.alias }, { env: process.env, timeoutSeconds: config.requestTimeoutSeconds, log: action_io/* log */.R });
    const apis = await lambdaApis(config, action_io/* log */.R).catch((error) => {
        building.functionRead?.(undefined);
        throw error;
    });
    // Set once every source is checked and AWS may be called: before that, a failure is a bad
    // input, and the summary calls nothing either (not even to read the alias back).
    const progress = { awsCalled: false };
    await deployBuilt(config, phases, building, deployment, apis, progress).catch(async (error) => {
        // A build still waiting for the function's read must not wait for ever.
        building.functionRead?.(undefined);
        await deployment?.failed();
        await (0,failure.writeFailureSummary)(run_modes_summary, {
            subject: config.functionName,
            error,
            phase: phases.last,
            alias: progress.awsCalled
                ? await aliasAfterFailure(apis, config.release.alias)
                : undefined,
        }, phases.timings);
        throw (0,errors/* summarized */.Uy)(error);
    });
}
/** The alias as read after a failure that came once something may have changed. */
async function aliasAfterFailure(apis, alias) {
    if (alias === undefined)
        return undefined;
    try {
        const now = await apis.releaser.getAlias(alias, AbortSignal.timeout(5_000));
        return now === undefined
            ? `${alias} does not exist (read back)`
            : `${alias} routes ${routingText(now)} (read back)`;
    }
    catch (error) {
        return `${alias} could not be read back (${(0,errors/* errorMessage */.gJ)(error)})`;
    }
}
/** The rollout's moves, saved for the post step (apply/rollout/saved-state.ts). */
const saveRollout = (state) => {
    commands.saveState(STATE_NAME, rolloutStateText(state));
};
/** build (begun by the caller) -> read -> plan -> show -> apply -> report. */
async function deployBuilt(config, phases, { building, checked, functionRead = () => undefined }, deployment, apis, progress) {
    // Every bad input fails before any AWS call: the reads wait until the source is checked
    // (or the build is done), then overlap the rest of the packaging.
    await Promise.race([checked, building]);
    progress.awsCalled = true;
    const guard = (0,rollout_guard/* rolloutGuard */.T_)(action_io/* log */.R);
    const interrupted = await recoverInterrupted(apis, config, action_io/* log */.R, { save: saveRollout, guard });
    const reading = readDeployState(apis, config, (found) => {
        functionRead(found, apis.layer);
    });
    // A failed read answers the build too: it builds, and the read's error is the run's.
    reading.catch(() => {
        functionRead(undefined);
    });
    const built = await building;
    // Before any AWS answer is awaited, so that every failure of a real deploy is recorded.
    if (config.dryRun && deployment !== undefined) {
        action_io/* log */.R.info('github-deployment: a dry run records no deployment');
    }
    else {
        const deploymentId = await deployment?.start();
        if (deploymentId !== undefined)
            (0,action_io/* setOutputs */.n)(deploymentOutputs(deploymentId));
    }
    const plan = await phases.run(config.dryRun ? 'Plan (dry run: nothing is changed)' : 'Plan', async () => {
        const decided = await decide(config, apis, built, action_io/* log */.R, reading, interrupted);
        (0,action_io/* setOutputs */.n)({ plan: JSON.stringify(planJson(decided)) });
        return decided;
    });
    if (config.dryRun) {
        const found = plan.function.found;
        if (found !== undefined)
            (0,action_io/* setOutputs */.n)({ 'function-arn': found.arn, 'function-name': found.name });
        await writeDryRunSummary(run_modes_summary, config.functionName, built.deployable, plan, phases.timings);
        action_io/* log */.R.info(dryRunLine(config.functionName, plan, phases.elapsedSeconds));
        return;
    }
    const outcome = await applyPlan({
        plan,
        apis,
        built,
        config,
        phases,
        log: action_io/* log */.R,
        guard,
        save: saveRollout,
    });
    (0,action_io/* setOutputs */.n)(deployOutputs(outcome));
    await deployment?.succeeded(outcome.release.functionUrl);
    if (config.prComment !== undefined && config.release.alias !== undefined) {
        const { deployedCommit } = await Promise.all(/* import() */[__webpack_require__.e(157), __webpack_require__.e(524)]).then(__webpack_require__.bind(__webpack_require__, 2524));
        const { commentOnPullRequest } = await Promise.all(/* import() */[__webpack_require__.e(157), __webpack_require__.e(547)]).then(__webpack_require__.bind(__webpack_require__, 6547));
        const body = previewCommentBody(outcome, config.release.alias, deployedCommit());
        await commentOnPullRequest(config.prComment, { functionName: config.functionName, alias: config.release.alias, body }, { phases, log: action_io/* log */.R, requestTimeoutSeconds: config.requestTimeoutSeconds });
    }
    await writeSummary(run_modes_summary, outcome, phases.timings, planJson(plan));
    action_io/* log */.R.info(resultLine(config.functionName, plan, outcome, phases.elapsedSeconds));
}
/** manifest or regions: many functions, switched together; `results` says where each is. */
async function fleet(config, phases) {
    for (const target of config.targets) {
        (0,secrets/* maskEnvironment */.M2)(target.config, Object.values(target.config.settings.environment ?? {}), undefined);
    }
    try {
        const results = await deployFleet(config, phases, action_io/* log */.R, {
            guard: (0,rollout_guard/* rolloutGuard */.T_)(action_io/* log */.R),
            save: saveRollout,
        });
        (0,action_io/* setOutputs */.n)({ results: resultsJson(results) });
        await writeFleetSummary(run_modes_summary, results, phases.timings);
        const planned = results.some((result) => result.state.startsWith('planned'));
        action_io/* log */.R.info(`${planned ? 'Dry run: planned' : 'Deployed'} ${results.length} function` +
            `${results.length === 1 ? '' : 's'} in ${(0,format/* formatSeconds */.Xo)(phases.elapsedSeconds)}`);
    }
    catch (error) {
        // The summary says where each function was left, failed or not.
        if (!(error instanceof FleetFailed))
            throw error;
        await writeFleetSummary(run_modes_summary, error.results, phases.timings);
        throw (0,errors/* summarized */.Uy)(error);
    }
}
async function removePreview(config, phases) {
    const releaser = new LambdaRelease((0,clients/* createLambdaClient */.Vw)(config.region, config.requestTimeoutSeconds), config.functionName, config.region, action_io/* log */.R);
    const result = await phases.run('Remove preview', () => deletePreview(releaser, config.alias, action_io/* log */.R));
    (0,action_io/* setOutputs */.n)(cleanupOutputs(result));
    if (config.githubDeployment !== undefined) {
        const { retireEnvironment } = await Promise.all(/* import() */[__webpack_require__.e(157), __webpack_require__.e(808)]).then(__webpack_require__.bind(__webpack_require__, 9808));
        await retireEnvironment(config.githubDeployment, config.functionName, {
            env: process.env,
            timeoutSeconds: config.requestTimeoutSeconds,
            log: action_io/* log */.R,
        });
    }
    if (config.prComment !== undefined) {
        const { commentOnPullRequest } = await Promise.all(/* import() */[__webpack_require__.e(157), __webpack_require__.e(547)]).then(__webpack_require__.bind(__webpack_require__, 6547));
        const body = `The preview \`${config.alias}\` of \`${config.functionName}\` was removed.`;
        await commentOnPullRequest(config.prComment, { functionName: config.functionName, alias: config.alias, body }, { phases, log: action_io/* log */.R, requestTimeoutSeconds: config.requestTimeoutSeconds });
    }
    await writeCleanupSummary(run_modes_summary, config, result, phases.timings);
}
/** rollback-to: moves the alias back to an earlier version; builds nothing. */
async function run_modes_rollback(config, phases) {
    const client = (0,clients/* createLambdaClient */.Vw)(config.region, config.requestTimeoutSeconds);
    const apis = {
        lambda: new LambdaFunction(client, config.functionName, config.region, action_io/* log */.R),
        releaser: new LambdaRelease(client, config.functionName, config.region, action_io/* log */.R),
    };
    const result = await phases.run(config.dryRun ? 'Rollback (dry run: nothing is changed)' : 'Rollback', () => rollback(apis, {
        alias: config.alias,
        target: config.target,
        label: config.runLabel,
        dryRun: config.dryRun,
    }, action_io/* log */.R));
    (0,action_io/* setOutputs */.n)(rollbackOutputs(result));
    await writeRollbackSummary(run_modes_summary, result, phases.timings);
}


/***/ })

};

export const id = 344;
export const ids = [344,304,60];
export const modules = {

/***/ 8098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ failureDescriber),
/* harmony export */   DM: () => (/* binding */ briefReason),
/* harmony export */   Pp: () => (/* binding */ describeAwsError)
/* harmony export */ });
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
        return failure(`Could not ${call.action}: ${call.resource} does not exist in ${call.region}. ${call.notFoundHint}`);
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
// EXTERNAL MODULE: ./src/inputs.ts + 13 modules
var inputs = __webpack_require__(3155);
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
function phaseRows(timings) {
    return timings.map((phase) => [escapeHtml(phase.name), (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSeconds */ .Xo)(phase.seconds)]);
}
function code(text) {
    return `<code>${escapeHtml(text)}</code>`;
}
/** Every value shown comes from inputs, files or AWS; all go in element text, no attribute. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}


/***/ }),

/***/ 7344:
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

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
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
;// CONCATENATED MODULE: ./src/aws/retry.ts





/** About a minute of retries in all: long enough for another deploy's update to finish. */
const CONFLICT_RETRY = { attempts: 8, baseDelayMs: 1_000, maxDelayMs: 15_000 };
/**
 * Sends a change. ResourceConflictException for a function busy with another update is
 * waited out with capped exponential backoff (the SDK does not retry it). With a
 * confirmation, a call that may have been applied though it failed (no answer, a broken
 * connection, a 5xx, "already exists" or a failed precondition on a resend) is read back,
 * and the run carries on when the change is there as asked.
 */
async function mutate(what, call, policy, log, confirmation) {
    const checked = confirmation?.checkBeforeResend === true;
    for (let attempt = 1;; attempt++) {
        try {
            return await (checked ? (0,sdk_retries/* withoutSdkRetries */.R)(call) : call());
        }
        catch (error) {
            const last = attempt >= policy.attempts;
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

;// CONCATENATED MODULE: ./src/aws/function-calls.ts



const DEFAULT_TIMING = {
    minPollSeconds: 1,
    maxPollSeconds: 5,
    conflictRetry: CONFLICT_RETRY,
};
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
        const now = await this.poll(dist_cjs/* waitUntilFunctionActiveV2 */._RC, timeoutSeconds, {
            busy: (state) => state.state === 'Pending',
            reading: `read version ${version}`,
            waitedFor: `version ${version} to become Active, for ${timeoutSeconds} s (wait-timeout)`,
            qualifier: version,
        });
        if (now.state !== 'Active') {
            throw new errors/* DeployError */.sH(`Version ${version} is ${now.state ?? 'not Active'}: ${now.configuration.StateReason ?? `not Active after ${timeoutSeconds} s (wait-timeout)`}`);
        }
        this.log.info(`Version ${version} is Active, after ${(0,format/* formatSeconds */.Xo)((performance.now() - started) / 1000)}`);
        return now;
    }
    async waitUntilActive(timeoutSeconds) {
        const created = await this.poll(dist_cjs/* waitUntilFunctionActiveV2 */._RC, timeoutSeconds, {
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
        const now = await this.poll(dist_cjs/* waitUntilFunctionUpdatedV2 */.rWV, timeoutSeconds, {
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
     * Runs one of the SDK's waiters on the function and returns the function as it was when
     * the waiter stopped: done, failed, or (`busy`) still going at the deadline.
     */
    async poll(waiter, timeoutSeconds, end) {
        const minDelay = Math.min(this.timing.minPollSeconds, timeoutSeconds / 2);
        const maxDelay = Math.max(minDelay * 2, Math.min(this.timing.maxPollSeconds, timeoutSeconds));
        const deadline = Date.now() + timeoutSeconds * 1000;
        const polling = stopOnError(this.client, timeoutSeconds);
        try {
            const { final } = await waiter({
                client: polling.client,
                abortSignal: polling.signal,
                maxWaitTime: timeoutSeconds,
                minDelay,
                maxDelay,
            }, { FunctionName: this.name, Qualifier: end.qualifier });
            return toFunctionState(final?.Configuration, final?.Tags, final?.Code);
        }
        catch {
            polling.rethrow((error) => this.failure(error, end.reading, 'lambda:GetFunction'));
            // The waiter throws on Failed and on timeout alike; the function's own state says which.
            return this.lastLook(deadline, end.busy, end.waitedFor, end.qualifier);
        }
    }
    /**
     * The function as it is when a wait ends. The waiter gives up when its next delay would
     * pass the deadline, up to a few seconds early, so while `busy` says so, the last look is
     * taken at the deadline itself: wait-timeout means what it says. Each read is bounded, so
     * a wait never outlasts wait-timeout by more than that.
     */
    async lastLook(deadline, busy, waitedFor, qualifier) {
        try {
            const now = await this.read(AbortSignal.timeout(LAST_READ_MS), qualifier);
            if (!busy(now))
                return now;
            const left = deadline - Date.now();
            if (left > 0)
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
/**
 * The SDK's waiters poll on through any error until their time is up. The client has
 * already retried throttling, 5xx and resets by then, so an error that reaches the waiter
 * (access denied, a deleted function) will not pass: this client stops the waiter on it.
 * The waiter stops polling at its deadline but would leave a request in flight to run on:
 * that request is ended at the deadline too.
 */
function stopOnError(client, timeoutSeconds) {
    const controller = new AbortController();
    const deadline = AbortSignal.any([controller.signal, AbortSignal.timeout(timeoutSeconds * 1000)]);
    let failure;
    const watched = new Proxy(client, {
        get(target, property, receiver) {
            if (property !== 'send')
                return Reflect.get(target, property, receiver);
            // The waiters send GetFunction only.
            return async (command) => {
                try {
                    return await target.send(command, { abortSignal: deadline });
                }
                catch (error) {
                    if (deadline.aborted)
                        throw error;
                    failure ??= { error };
                    controller.abort();
                    throw error;
                }
            };
        },
    });
    return {
        client: watched,
        signal: controller.signal,
        rethrow: (describe) => {
            if (failure !== undefined)
                throw describe(failure.error);
        },
    };
}

;// CONCATENATED MODULE: ./src/aws/lambda-function.ts



/** What the deploy needs to know of a function, read from Lambda. */


/** One Lambda function, with every call we make on it and an error that says what failed. */
class LambdaFunction extends FunctionWaits {
    /**
     * Invokes a version synchronously with `payload` and the last 4 KB of its log; a function
     * error is in the answer, not thrown.
     */
    async invoke(version, payload) {
        try {
            const response = await this.client.send(new dist_cjs/* InvokeCommand */.mdN({
                FunctionName: this.name,
                Qualifier: version,
                InvocationType: 'RequestResponse',
                LogType: 'Tail',
                Payload: Buffer.from(payload),
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
        try {
            await mutate('CreateFunction', async () => {
                await this.client.send(withZipFile(new dist_cjs/* CreateFunctionCommand */.Y8X({ ...input, FunctionName: this.name }), code));
                return true;
            }, this.timing.conflictRetry, this.log, {
                readBack: async () => {
                    const found = await this.find();
                    return found !== undefined && isOurs(found) ? true : undefined;
                },
            });
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
            return { url: response.FunctionUrl ?? '', authType: response.AuthType ?? '' };
        }, whenNotFound(undefined));
    }
    /** Creates the URL, or changes its auth type; returns the URL. */
    async putFunctionUrl(qualifier, authType) {
        const existing = await this.getFunctionUrl(qualifier);
        if (existing?.authType === authType)
            return existing.url;
        const input = { FunctionName: this.name, Qualifier: qualifier, AuthType: authType };
        const creating = existing === undefined;
        return this.attempt({
            action: 'set up the function URL',
            permission: creating ? 'lambda:CreateFunctionUrlConfig' : 'lambda:UpdateFunctionUrlConfig',
            on: qualifier,
        }, async () => {
            // A lost answer's resend meets "FunctionUrlConfig exists": read back, it is ours if the auth matches.
            const asAsked = {
                readBack: async () => {
                    const now = await this.getFunctionUrl(qualifier);
                    return now?.authType === authType ? now.url : undefined;
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
    }));
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
    try {
        const [published, aliases] = await Promise.all([api.versionNumbers(), api.listAliases()]);
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
    log.info(`Alias ${moved.arn}: ${describeRouting(moved)}`);
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

;// CONCATENATED MODULE: ./src/resources/code/image-check.ts

/**
 * Throws an InputError naming image-uri when Lambda would refuse the image; `architecture`
 * is the one the function will have (the input, else the function's, else x86_64).
 */
function checkImage(uri, facts, architecture) {
    if (facts === undefined)
        return;
    if (facts.kind === 'index') {
        const platforms = facts.platforms.length === 0 ? '' : ` (${facts.platforms.join(', ')})`;
        throw new errors/* InputError */.dz('image-uri', `'${uri}' is a multi-platform image index${platforms}, media type ${facts.mediaType}, ` +
            'which Lambda refuses ("The image manifest, config or layer media type for the source image ' +
            '... is not supported"). docker buildx makes one by default, with provenance attestations: ' +
            'build with --provenance=false (and one --platform), or push a single-platform image');
    }
    if (facts.architecture !== undefined && facts.architecture !== architecture) {
        throw new errors/* InputError */.dz('image-uri', `'${uri}' is built for ${facts.architecture}, but the function runs on ${architecture}: ` +
            `build the image with --platform linux/${architecture === 'arm64' ? 'arm64' : 'amd64'}, ` +
            `or set architectures: ${facts.architecture}`);
    }
}

;// CONCATENATED MODULE: ./src/resources/code/plan.ts


/** A zip goes only to a Zip function and an image only to an Image function. */
function checkPackageType(current, name, wanted) {
    if (current.packageType === wanted)
        return;
    const instead = wanted === 'Zip'
        ? 'a zip can only be deployed to a Zip function; deploy its image with image-uri'
        : "image-uri can only be deployed to an Image function; deploy a zip with 'source' or 'zip-file'";
    throw new errors/* DeployError */.sH(`Function '${name}' has package type ${current.packageType}: ${instead}`);
}
/** After a Failed update the function may report the new hash without running it. */
function runsPackage(current, pkg) {
    return current.codeSha256 === pkg.sha256 && current.lastUpdateStatus !== 'Failed';
}
/**
 * Only an image named by digest can be known to be unchanged; a tag may have moved since,
 * so an image named by tag is always deployed.
 */
function runsImage(current, imageUri) {
    const digest = /@sha256:([a-f0-9]{64})$/.exec(imageUri)?.[1];
    if (digest === undefined || current.lastUpdateStatus === 'Failed')
        return false;
    return (current.codeSha256 === digest ||
        (current.resolvedImageUri?.endsWith(`@sha256:${digest}`) ?? false));
}
/** The architecture to send with the code: the one wanted, when the function has another. */
function architectureToSet(wanted, current) {
    return wanted !== undefined && wanted !== architectureOf(current) ? wanted : undefined;
}
/** The summary's row for an architecture sent with the code. */
function architectureChange(current, to) {
    return { setting: 'architectures', from: architectureOf(current), to };
}
/** Lambda leaves Architectures out for functions created before arm64 existed. */
function architectureOf(current) {
    return current.configuration.Architectures?.[0] ?? 'x86_64';
}
/** The account in an ARN: arn:aws:lambda:<region>:<account>:function:<name>, or a role's. */
function accountOf(arn) {
    return arn?.split(':')[4];
}
/** Refuses code the function cannot take: another package type, an image it cannot run. */
function checkCode(found, code, architecture, image) {
    if (found !== undefined) {
        checkPackageType(found, found.name, code.kind === 'zip' ? 'Zip' : 'Image');
    }
    if (code.kind === 'image') {
        checkImage(code.uri, image, architecture ?? found?.configuration.Architectures?.[0] ?? 'x86_64');
    }
}
/**
 * Created with the function, skipped when the function runs this code already (and its
 * architecture stays), or updated.
 */
function planCode(found, code, architecture, skipUnchanged) {
    const to = code.kind === 'zip' ? code.package.sha256 : code.uri;
    if (found === undefined)
        return { action: 'create', from: undefined, to, architecture: undefined };
    const changed = architectureToSet(architecture, found);
    const unchanged = code.kind === 'zip' ? runsPackage(found, code.package) : runsImage(found, code.uri);
    return {
        action: skipUnchanged && unchanged && changed === undefined ? 'skip' : 'update',
        from: found.resolvedImageUri ?? found.codeSha256,
        to,
        architecture: changed === undefined ? undefined : architectureChange(found, changed),
    };
}

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
        runsIt: (current) => runsPackage(current, pkg),
        same: 'package',
    });
    if (start.skipped !== undefined)
        return start.skipped;
    const { current, architecture } = start;
    const { code, staged } = await deliverPackage(options.upload, pkg, accountOf(current.arn), lambda.region, log);
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
        runsIt: (current) => runsImage(current, imageUri),
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
    checkPackageType(current, lambda.name, packageType);
    const architecture = architectureToSet(options.architecture, current);
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
        architectureChange: architecture === undefined ? undefined : architectureChange(current, architecture),
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
    const staged = await stagePackageInS3(route.client, {
        bucket: route.bucket,
        key: route.key,
        expectedOwner: route.bucketOwner ?? account,
        region,
    }, pkg, log);
    return { code: { kind: 's3', ...staged }, staged };
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

// EXTERNAL MODULE: ./src/inputs.ts + 13 modules
var inputs = __webpack_require__(3155);
;// CONCATENATED MODULE: ./src/resources/layer/plan.ts



/** What publishing would do, from read calls only: the dry run's answer and the deploy's first step. */
async function planLayer(layer, config, pkg, attached, 
/** The function's account, where the layer is published. */
account) {
    // Refused before any call: a version that could never be attached is not worth a read.
    checkRoom(attached, config.name);
    return decideLayer(config, pkg, attached, account, await layer.newest());
}
/** Whether the layer's newest version already holds the package, and the function's layers after. */
function decideLayer(config, pkg, attached, account, newest) {
    checkRoom(attached, config.name);
    if (newest !== undefined && holds(newest, pkg, config)) {
        return { newest, publish: false, layers: layersWith(attached, newest.arn) };
    }
    // With no version listed, an attached one (since deleted) still names the layer's ARN.
    const sameLayer = newest?.arn ??
        attached.find((arn) => account !== undefined && accountOf(arn) === account && (0,inputs/* layerNameOf */.d8)(arn) === config.name);
    const unpublished = `${sameLayer === undefined ? `layer:${config.name}` : withoutVersion(sameLayer)}:(new)`;
    return { newest, publish: true, layers: layersWith(attached, unpublished) };
}
/** The layer version ARNs the function has now, in order. */
function attachedLayers(current) {
    return (current?.configuration.Layers ?? []).flatMap((layer) => layer.Arn ?? []);
}
/** `versionArn` in place of any version of the same layer, else added last. */
function layersWith(layers, versionArn) {
    const layerArn = withoutVersion(versionArn);
    const result = layers.filter((arn) => withoutVersion(arn) !== layerArn);
    const at = layers.findIndex((arn) => withoutVersion(arn) === layerArn);
    result.splice(at === -1 ? result.length : at, 0, versionArn);
    if (result.length > inputs/* MAX_LAYERS */.Uf) {
        throw new errors/* DeployError */.sH(`The function would have ${result.length} layers (${result.join(', ')}); Lambda allows ${inputs/* MAX_LAYERS */.Uf}. ` +
            "List the ones to keep in 'layers'.");
    }
    return result;
}
/** Checked before publishing, so a version that could never be attached is not published. */
function checkRoom(attached, name) {
    const others = (0,inputs/* otherLayers */.t3)(attached, name);
    if (others.length >= inputs/* MAX_LAYERS */.Uf) {
        throw new errors/* DeployError */.sH(`The function already has ${others.length} other layers (${others.join(', ')}); Lambda allows ${inputs/* MAX_LAYERS */.Uf}, ` +
            `so layer ${name} cannot be attached. List the ones to keep in 'layers'.`);
    }
}
function holds(version, pkg, config) {
    const sameSet = (wanted, actual) => wanted.length === 0 ||
        (wanted.length === actual.length && wanted.every((item) => actual.includes(item)));
    return (version.codeSha256 === pkg.sha256 &&
        sameSet(config.compatibleRuntimes, version.compatibleRuntimes) &&
        sameSet(config.compatibleArchitectures, version.compatibleArchitectures));
}
/** arn:aws:lambda:<region>:<account>:layer:<name>:<version> without :<version> */
function withoutVersion(versionArn) {
    return versionArn.slice(0, versionArn.lastIndexOf(':'));
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
    if (settings.fileSystems !== undefined) {
        const before = fileSystemsOf(now);
        const shown = (systems) => systems.map((system) => `${system.arn}=${system.localMountPath}`);
        if (!sameList(shown(settings.fileSystems), shown(before))) {
            change('file-systems', shown(before).join(', '), listOrNone(shown(settings.fileSystems)));
            update.FileSystemConfigs = settings.fileSystems.map((system) => ({
                Arn: system.arn,
                LocalMountPath: system.localMountPath,
            }));
        }
    }
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






/** Compares what the user set with the function as it is; what the user did not set is left out. */
function planConfiguration(settings, current) {
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
    compare('layers', settings.layers, attachedLayers(current), (v) => (update.Layers = [...v]));
    planLambdaSettings(settings, now, update, changes);
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
/** tags-mode replace: keys the function has that tags does not list; aws: keys are AWS's own. */
function tagsToRemove(settings, current) {
    const wanted = settings.tags;
    if (settings.tagsMode !== 'replace' || wanted === undefined)
        return [];
    return Object.keys(current)
        .filter((key) => !Object.hasOwn(wanted, key) && !key.toLowerCase().startsWith('aws:'))
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
    const account = accountOf(settings.role);
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
    if (settings.layers !== undefined)
        request.Layers = [...settings.layers];
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
        fields.FileSystemConfigs = settings.fileSystems.map((system) => ({
            Arn: system.arn,
            LocalMountPath: system.localMountPath,
        }));
    }
    if (settings.kmsKeyArn)
        fields.KMSKeyArn = settings.kmsKeyArn;
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

;// CONCATENATED MODULE: ./src/resources/layer/apply.ts





/**
 * Publishes the layer's package as a new version, unless its newest version already holds
 * the same bytes (and compatibility), and returns the function's layer list with it.
 */
async function publishLayer(layer, publishing, log, 
/** What the run's plan decided; read and decided here when not given. */
planned) {
    const { config, package: pkg } = publishing;
    const plan = planned ?? (await planLayer(layer, config, pkg, publishing.attached, publishing.account));
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
        layers: layersWith(publishing.attached, published.arn),
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

;// CONCATENATED MODULE: ./src/plan/deploy-plan.ts









/**
 * The plan: a function of the inputs, what was built and what was read, with no I/O. A
 * dry run shows it; a real run shows it, then applies exactly it.
 */
function planDeploy(config, state, built) {
    const found = state.function;
    const { code } = built;
    checkCode(found, code, config.settings.architecture, state.image);
    checkCanaryRole(found, config.settings, config.release);
    const layer = config.layer === undefined || built.layer === undefined
        ? undefined
        : {
            name: config.layer.name,
            ...decideLayer(config.layer, built.layer, config.settings.layers ?? attachedLayers(found), accountOf(found?.arn ?? config.settings.role), state.layerNewest),
        };
    const settings = layer === undefined ? config.settings : { ...config.settings, layers: layer.layers };
    const configuration = found === undefined
        ? { update: {}, changes: [], tags: {} }
        : planConfiguration(settings, found);
    const codePlan = planCode(found, code, settings.architecture, config.skipUnchanged);
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
        },
        prune: config.release.keepVersions === undefined || publish === 'none'
            ? undefined
            : { keep: config.release.keepVersions },
        ...(configuration.untag === undefined ? {} : { untag: configuration.untag }),
        reservedConcurrency: planReservedConcurrency(config.settings.reservedConcurrency, state.concurrency?.reserved),
        codeSigning: planCodeSigning(config.settings.codeSigningConfigArn, state.codeSigningConfigArn),
        provisionedConcurrency: planProvisionedConcurrency(config.settings.provisionedConcurrency, state.concurrency?.provisioned, target),
        settingSources: config.settingSources,
        triggers,
    };
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
    const authType = mode === 'public' ? 'NONE' : 'AWS_IAM';
    const existing = state.url;
    return {
        qualifier: config.release.alias,
        authType,
        action: existing === undefined ? 'create' : existing.authType === authType ? 'keep' : 'update',
        url: existing?.url,
        statements: plan_urlStatementsToChange(mode, state.statementIds),
    };
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
//   "lambda-deploy rollout: 8 step 2/3 of 10,50,100 until 1765080000 (was 7) run 42.1"  under way
// A routing is its primary, then "+version:weight" for each other version it sends a share.
/** Lambda's limit for an alias description. */
const DESCRIPTION_LIMIT = 256;
const SEPARATOR = ' | ';
const ROUTING = String.raw `(?:\d+|\$LATEST)(?:\+\d+:[\d.]+)*`;
const MOVED = new RegExp(String.raw `^lambda-deploy: (\d+|\$LATEST) \(was (${ROUTING}|none)\)(.*)$`);
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
        return `lambda-deploy: ${record.version} (was ${was}) ${record.label}`.trim();
    }
    return (`lambda-deploy rollout: ${record.target} step ${record.step}/${record.steps.length} ` +
        `of ${record.steps.join(',')} until ${record.until} (was ${routingRecord(record.before)}) ` +
        `run ${record.run}`);
}
function parseRecord(text) {
    const moved = MOVED.exec(text);
    if (moved !== null) {
        const previous = moved[2] ?? 'none';
        return {
            kind: 'moved',
            version: moved[1] ?? '',
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
    log.info(`Invoking ${what} with the smoke-test payload`);
    const answer = await lambda.invoke(qualifier, test.payload);
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
    const released = await run.phases.run('Release', async () => {
        const result = await moveFirst(prepared, (after, current) => describeAlias(current, {
            kind: 'moved',
            version: after.version,
            previous: run.plan.release.alias?.before,
            label: run.config.release.runLabel,
        }));
        return { ...result, functionUrl: await setUpUrl(prepared, result) };
    });
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
            : await apis.releaser.putFunctionUrl(url.qualifier, url.authType);
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

;// CONCATENATED MODULE: ./src/plan/deploy-state.ts




/** Reads what the plan needs; only Get, List and Head calls. */
async function readDeployState(readers, config) {
    const { lambda, releaser } = readers;
    const { alias, functionUrl, publish } = config.release;
    const found = config.createIfMissing ? await lambda.find() : await lambda.read();
    const layerNewest = readers.layer === undefined ? undefined : await readers.layer.newest();
    const alarms = readers.alarms === undefined
        ? new Map()
        : await readers.alarms.definitions();
    // Not for a Zip function (the plan refuses it) nor an image the function runs already.
    const image = config.code.kind === 'image' &&
        readers.images !== undefined &&
        (found === undefined || (found.packageType === 'Image' && !runsImage(found, config.code.uri)))
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
        triggers: readers.triggers === undefined || !needsTriggerCheck(config.release)
            ? undefined
            : await readers.triggers.read(found.arn),
    };
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
    const prune = plannedPrune(run.plan);
    const pruned = prune === undefined
        ? undefined
        : await run.phases.run('Prune versions', () => pruneVersions(run.apis.releaser, prune.keep, released.version?.version, run.log));
    return {
        pruned,
        ...changed.code,
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
        return { configured, code: created };
    }
    if (plan.code.action === 'skip')
        return { configured, code: skipped(current, log) };
    const code = await phases.run('Update code', () => deployCode(apis.lambda, built.deployable, { skipUnchanged: false, waitTimeoutSeconds, architecture: settings.architecture }, log, current));
    return { configured, code };
}
function skipped(current, log) {
    log.info('The function already runs this package: code update skipped (skip-unchanged)');
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
        attached: config.settings.layers ?? attachedLayers(found),
        description: config.release.versionDescription,
        account: accountOf(found?.arn ?? config.settings.role),
    }, log, layerPlan).catch((error) => {
        throw (0,errors/* withState */.Q2)(error, 'The function was not changed.');
    }));
}
/** Code signing and reserved concurrency: Lambda keeps them apart from the configuration. */
async function applySeparateSettings({ plan, apis, phases, log, }) {
    const { codeSigning, reservedConcurrency } = plan;
    if (codeSigning === undefined && reservedConcurrency === undefined)
        return;
    const extras = needExtras(apis);
    await phases.run('Code signing and concurrency', async () => {
        if (codeSigning !== undefined)
            await applyCodeSigning(extras, codeSigning, log);
        if (reservedConcurrency !== undefined)
            await applyReservedConcurrency(extras, reservedConcurrency, log);
    });
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
    if (plan.release.publish === 'none')
        return { version: undefined, smokeTest: undefined };
    const version = await phases.run('Publish', () => publishReady(run, deployed));
    if (version === undefined)
        return { version, smokeTest: undefined };
    const unrouted = (error) => {
        throw (0,errors/* withOutputs */.Fk)((0,errors/* withState */.Q2)(error, `Version ${version.version} was published and left unrouted: ${aliasSentence(plan.release.alias)}.`), versionOutputs(version));
    };
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
    await lambda.deleteVersion(state.version);
    log.info(`Deleted version ${state.version}`);
    return { aliasDeleted: true, version: state.version, versionDeleted: true };
}

;// CONCATENATED MODULE: ./src/apply/rollout/saved-state.ts
const STATE_NAME = 'rollout';
/** The saved state as text, for core.saveState. */
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
    return applyRollback(apis.releaser, plan, request.label, log);
}
/** arn:aws:lambda:<region>:<account>:function:<name>, without a version or alias. */
function unqualified(arn) {
    return arn.split(':').slice(0, 7).join(':');
}
function rollback_isNotFound(error) {
    return error instanceof Error && error.name === 'ResourceNotFoundException';
}

// EXTERNAL MODULE: ./src/package/build-code.ts + 18 modules
var build_code = __webpack_require__(5041);
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
        let delay = this.timing.minPollSeconds;
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
            await new Promise((resolve) => setTimeout(resolve, Math.min(delay * 1000, left)));
            delay = Math.min(delay * 2, this.timing.maxPollSeconds);
        }
    }
    /**
     * A write named `call` (its IAM action too); with `isDone`, a lost answer is read back
     * and taken as done when the value is there.
     */
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

;// CONCATENATED MODULE: ./src/plan/plan-output.ts








function planJson(plan) {
    const { release } = plan;
    const publish = release.publish;
    const prune = plannedPrune(plan);
    return {
        changes: planChanges(plan),
        function: { name: plan.function.name, action: plan.function.action },
        code: { action: plan.code.action, from: plan.code.from ?? null, to: plan.code.to },
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
        prune: prune === undefined ? null : { keep: prune.keep },
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
        `Code: ${json.code.action === 'skip' ? `unchanged (${json.code.to})` : `${json.code.action} ${json.code.from ?? '(none)'} -> ${json.code.to}`}`,
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
                `Layer ${json.layer.name}: ${json.layer.action === 'publish' ? 'publish a new version' : 'keep its newest version'}`,
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
        ...(json.functionUrl === null
            ? []
            : [`Function URL (${json.functionUrl.auth}): ${json.functionUrl.action}`]),
        ...(json.provisionedConcurrency === undefined
            ? []
            : [provisionedLine(json.provisionedConcurrency)]),
        ...(json.smokeTest ? ['Smoke test: invoke the new version before any traffic reaches it'] : []),
        ...(json.traffic === null
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
                `Versions: keep the newest ${json.prune.keep} versions; delete older ones unless an alias routes to them or they have provisioned concurrency`,
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
    };
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
    if (config.settings.environment !== undefined) {
        // Merging sends them back, and an AWS error may quote what it was sent; the ARN known now
        // keeps the rule from masking a part of it.
        (0,secrets/* maskEnvironment */.M2)(config, [
            ...Object.values(found?.configuration.Environment?.Variables ?? {}),
            ...Object.values(config.settings.environment),
        ], found?.arn);
    }
    const plan = {
        ...planDeploy(config, state, { code: built.deployable, layer: built.layerPackage?.pkg }),
        ...(interrupted === undefined ? {} : { interrupted }),
    };
    for (const line of planLines(planJson(plan)))
        log.info(line);
    for (const warning of planWarnings(plan))
        log.warning(warning);
    return plan;
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
    // Built first, one after the other, each distinct source once (a group in the log each).
    const packages = new Map();
    const builds = new Map();
    for (const target of fleet.targets) {
        builds.set(target, await (0,build_code/* buildCode */.Q)(target.config, (0,inputs/* functionBaseName */.J$)(target.config.functionName), phases, log, () => undefined, packages));
    }
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
        : `${result.version}, ${result.versionDeleted ? 'deleted' : 'kept: another alias routes to it'}`;
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
/** rollback-to: the alias, from → to, the version's ARN, and the phases. */
async function writeRollbackSummary(summary, result, timings) {
    const { plan } = result;
    const routing = result.rolledBack
        ? `${(0,summary_writer/* escapeHtml */.ZD)(routingText(plan.alias))} → ${(0,summary_writer/* escapeHtml */.ZD)(plan.to.version)}`
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
        return outcome.deployed ? [['Upload', 'in the UpdateFunctionCode request']] : [];
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
;// CONCATENATED MODULE: ./src/run-modes.ts
// What a run does once its inputs are read: deploy (the package already building), many
// functions, rollback-to, or a preview's removal. main.ts loads this module lazily, while the
// package is built, as it holds the AWS SDK and everything that uses it.


























/** Written last; a run without a summary file (outside a runner) warns instead of failing. */
const summary = (0,summary_writer.summaryOrWarning)(core.summary, action_io/* log */.R, process.env);
/**
 * A deploy whose package is being built: records it as a GitHub deployment when asked, and
 * marks that failed when the deploy fails.
 */
async function deploy(config, phases, building) {
    // GitHub's client is loaded only by a run that talks to GitHub.
    const deployment = config.githubDeployment === undefined
        ? undefined
        : (await Promise.all(/* import() */[__webpack_require__.e(157), __webpack_require__.e(808)]).then(__webpack_require__.bind(__webpack_require__, 9808))).recordDeployment(config.githubDeployment, { functionName: config.functionName, alias: config.release.alias }, { env: process.env, timeoutSeconds: config.requestTimeoutSeconds, log: action_io/* log */.R });
    const apis = await lambdaApis(config, action_io/* log */.R);
    await deployBuilt(config, phases, building, deployment, apis).catch(async (error) => {
        await deployment?.failed();
        await (0,failure.writeFailureSummary)(summary, {
            subject: config.functionName,
            error,
            phase: phases.last,
            alias: await aliasAfterFailure(apis, config.release.alias, phases.last),
        }, phases.timings);
        throw (0,errors/* summarized */.Uy)(error);
    });
}
/** The alias as read after a failure that came once something may have changed. */
async function aliasAfterFailure(apis, alias, phase) {
    // Before the reads, no AWS call was made: none is made for the summary either.
    if (alias === undefined || phase === undefined || phase === 'Package')
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
    core.saveState(STATE_NAME, rolloutStateText(state));
};
/** build (begun by the caller) -> read -> plan -> show -> apply -> report. */
async function deployBuilt(config, phases, { building, checked }, deployment, apis) {
    // Every bad input fails before any AWS call: the reads wait until the source is checked
    // (or the build is done), then overlap the rest of the packaging.
    await Promise.race([checked, building]);
    const guard = (0,rollout_guard/* rolloutGuard */.T_)(action_io/* log */.R);
    const interrupted = await recoverInterrupted(apis, config, action_io/* log */.R, { save: saveRollout, guard });
    const reading = readDeployState(apis, config);
    reading.catch(() => undefined);
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
        await writeDryRunSummary(summary, config.functionName, built.deployable, plan, phases.timings);
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
    await writeSummary(summary, outcome, phases.timings, planJson(plan));
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
        await writeFleetSummary(summary, results, phases.timings);
    }
    catch (error) {
        // The summary says where each function was left, failed or not.
        if (!(error instanceof FleetFailed))
            throw error;
        await writeFleetSummary(summary, error.results, phases.timings);
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
    await writeCleanupSummary(summary, config, result, phases.timings);
}
/** rollback-to: moves the alias back to an earlier version; builds nothing. */
async function run_modes_rollback(config, phases) {
    const client = (0,clients/* createLambdaClient */.Vw)(config.region, config.requestTimeoutSeconds);
    const apis = {
        lambda: new LambdaFunction(client, config.functionName, config.region, action_io/* log */.R),
        releaser: new LambdaRelease(client, config.functionName, config.region, action_io/* log */.R),
    };
    const result = await phases.run('Rollback', () => rollback(apis, { alias: config.alias, target: config.target, label: config.runLabel }, action_io/* log */.R));
    (0,action_io/* setOutputs */.n)(rollbackOutputs(result));
    await writeRollbackSummary(summary, result, phases.timings);
}


/***/ })

};

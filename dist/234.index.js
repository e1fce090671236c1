export const id = 234;
export const ids = [234,853];
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

/***/ 6234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkBucket: () => (/* binding */ checkBucket),
/* harmony export */   createS3Client: () => (/* binding */ createS3Client),
/* harmony export */   stagePackageInS3: () => (/* binding */ stagePackageInS3)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2358);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5504);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6264);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8098);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5028);
/* harmony import */ var _error_kinds_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5921);









const PART_SIZE_BYTES = 8 * 1024 * 1024;
const PARTS_IN_PARALLEL = 8;
const PROGRESS_INTERVAL_MS = 5_000;
/**
 * Puts the package in S3 under its content-addressed key, unless it is there already.
 * Never creates the bucket. A failed multipart upload is aborted, leaving no parts behind.
 */
async function stagePackageInS3(client, target, pkg, log) {
    await checkBucket(client, target);
    const location = `s3://${target.bucket}/${target.key}`;
    const existing = await findObject(client, target, log);
    if (existing !== undefined) {
        log.info(`${location} already holds this package (same SHA-256): not uploaded again`);
        return staged(target, existing.versionId, false, 0);
    }
    log.info(`Uploading ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .formatMebibytes */ ._C)(pkg.size)} to ${location}`);
    const started = performance.now();
    const upload = new _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_0__/* .Upload */ ._({
        client,
        params: {
            Bucket: target.bucket,
            Key: target.key,
            Body: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(pkg.path),
            ContentLength: pkg.size,
            ContentType: 'application/zip',
            ExpectedBucketOwner: target.expectedOwner,
        },
        partSize: PART_SIZE_BYTES,
        queueSize: PARTS_IN_PARALLEL,
        leavePartsOnError: false,
    });
    let lastLog = started;
    upload.on('httpUploadProgress', ({ loaded = 0 }) => {
        const now = performance.now();
        if (now - lastLog < PROGRESS_INTERVAL_MS)
            return;
        lastLog = now;
        const rate = loaded / 1024 / 1024 / ((now - started) / 1000);
        log.info(`Uploaded ${((loaded / pkg.size) * 100).toFixed(0)} % (${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .formatMebibytes */ ._C)(loaded)}, ${rate.toFixed(1)} MiB/s)`);
    });
    try {
        const result = await upload.done();
        return staged(target, result.VersionId, true, (performance.now() - started) / 1000);
    }
    catch (error) {
        // A resent CompleteMultipartUpload whose first answer was lost finds its upload gone.
        const landed = mayHaveLanded(error) ? await findObject(client, target, log) : undefined;
        if (landed !== undefined && landed.size === pkg.size) {
            log.info(`${location} holds the package, though S3's answer was lost: carrying on`);
            return staged(target, landed.versionId, true, (performance.now() - started) / 1000);
        }
        throw s3Failure(error, target, `upload the package to ${location}`, 's3:PutObject');
    }
}
function mayHaveLanded(error) {
    return (0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_6__/* .isOutcomeUnknown */ .B1)(error) || (error instanceof Error && error.name === 'NoSuchUpload');
}
/**
 * The bucket exists, belongs to the expected owner and is in the function's region: read
 * before the plan (so a dry run fails where the real run would) and again before uploading.
 */
async function checkBucket(client, target) {
    let bucketRegion;
    try {
        const response = await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.HeadBucketCommand({ Bucket: target.bucket, ExpectedBucketOwner: target.expectedOwner }));
        bucketRegion = response.BucketRegion;
    }
    catch (error) {
        bucketRegion = redirectRegion(error);
        if (bucketRegion === undefined) {
            throw s3Failure(error, target, `use bucket '${target.bucket}'`, 's3:ListBucket');
        }
    }
    if (bucketRegion !== undefined && bucketRegion !== target.region) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployError */ .sH(`Bucket '${target.bucket}' is in ${bucketRegion}, but the function is in ${target.region}: ` +
            "Lambda takes a package only from a bucket in the function's region. Set s3-bucket to one there.");
    }
}
/** A bucket in another region answers 301 (or 400) with its region in a header. */
function redirectRegion(error) {
    const response = error.$response;
    const status = response?.statusCode;
    return status === 301 || status === 400 ? response?.headers?.['x-amz-bucket-region'] : undefined;
}
async function findObject(client, target, log) {
    try {
        const head = await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.HeadObjectCommand({
            Bucket: target.bucket,
            Key: target.key,
            ExpectedBucketOwner: target.expectedOwner,
        }));
        return { versionId: head.VersionId, size: head.ContentLength };
    }
    catch (error) {
        const status = error.$metadata?.httpStatusCode;
        if (status === 404)
            return undefined;
        if (status === 403) {
            // Without s3:ListBucket, S3 answers 403 for a missing key; uploading the same bytes again is harmless.
            log.info('Could not tell whether the package is in S3 already (403); uploading it');
            return undefined;
        }
        throw s3Failure(error, target, `look for s3://${target.bucket}/${target.key}`, 's3:GetObject');
    }
}
function staged(target, versionId, uploaded, seconds) {
    const version = versionId === undefined || versionId === 'null' ? undefined : versionId;
    const uri = `s3://${target.bucket}/${target.key}`;
    return {
        bucket: target.bucket,
        key: target.key,
        versionId: version,
        uploaded,
        seconds,
        uri: version === undefined ? uri : `${uri}?versionId=${encodeURIComponent(version)}`,
    };
}
function s3Failure(error, target, action, permission) {
    const owner = target.expectedOwner === undefined ? '' : ` (expected owner: account ${target.expectedOwner})`;
    return (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeAwsError */ .Pp)(error, {
        action: `${action}${owner}`,
        permission,
        resource: `bucket '${target.bucket}'`,
        region: target.region,
        notFoundHint: 'This action never creates buckets: create it, or set s3-bucket to one that exists.',
    });
}
/**
 * An emulator (LocalStack, moto) at a custom endpoint serves buckets by path, not by
 * host name, so path style is used whenever an endpoint is configured.
 */
function createS3Client(region, requestTimeoutSeconds = _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_REQUEST_TIMEOUT_SECONDS */ .il, env = process.env) {
    const customEndpoint = Boolean(env['AWS_ENDPOINT_URL_S3'] ?? env['AWS_ENDPOINT_URL']);
    return new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.S3Client({
        ...(0,_clients_js__WEBPACK_IMPORTED_MODULE_5__/* .clientOptions */ .s1)(region, requestTimeoutSeconds),
        forcePathStyle: customEndpoint,
    });
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


/***/ })

};

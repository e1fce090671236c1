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
    const seconds = (0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .timedOutAfter */ .mf)(error);
    if (seconds !== undefined) {
        return failure(`Could not ${call.action} (${call.resource}): no answer within ${seconds} s (request-timeout)${afterAttempts(error)}.`);
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
    const seconds = (0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .timedOutAfter */ .mf)(error);
    if (seconds !== undefined)
        return `no answer within ${seconds} s (request-timeout)`;
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

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UU: () => (/* binding */ createClient),
/* harmony export */   Vw: () => (/* binding */ createLambdaClient),
/* harmony export */   s1: () => (/* binding */ clientOptions)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1696);
/* harmony import */ var _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1279);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1073);
/* harmony import */ var _sdk_retries_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5974);




/** Throttling, 5xx, resets and timeouts are retried by the SDK; this many attempts in all. */
const MAX_ATTEMPTS = 6;
/**
 * Gives every request a deadline: `seconds` to connect, and `seconds` without a byte moving
 * either way once connected (a large upload that keeps moving is not cut off). An error
 * from either carries `requestTimeoutSeconds`, so a message can name request-timeout.
 */
class DeadlineHandler extends _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_2__.NodeHttpHandler {
    seconds;
    constructor(seconds) {
        super({ connectionTimeout: seconds * 1000, socketTimeout: seconds * 1000 });
        this.seconds = seconds;
    }
    async handle(...args) {
        try {
            return await super.handle(...args);
        }
        catch (error) {
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
        retryStrategy: new _sdk_retries_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployRetryStrategy */ .P(MAX_ATTEMPTS),
        requestHandler: new DeadlineHandler(requestTimeoutSeconds),
        customUserAgent: 'lambda-deploy',
    };
}
function createClient(Client, region, requestTimeoutSeconds = _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_REQUEST_TIMEOUT_SECONDS */ .il) {
    return new Client(clientOptions(region, requestTimeoutSeconds));
}
/**
 * Credentials come from the default chain (OIDC through configure-aws-credentials,
 * or the AWS_* variables); AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_LAMBDA are honoured by the SDK.
 */
function createLambdaClient(region, requestTimeoutSeconds) {
    return createClient(_aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_3__/* .LambdaClient */ .Nox, region, requestTimeoutSeconds);
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
/* harmony export */   W$: () => (/* binding */ isPreconditionFailed),
/* harmony export */   mf: () => (/* binding */ timedOutAfter),
/* harmony export */   s_: () => (/* binding */ httpStatusOf),
/* harmony export */   x9: () => (/* binding */ isAlreadyExists)
/* harmony export */ });
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
    return (error instanceof Error && error.name === 'ResourceConflictException' && !isAlreadyExists(error));
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
/* harmony export */   createS3Client: () => (/* binding */ createS3Client),
/* harmony export */   stagePackageInS3: () => (/* binding */ stagePackageInS3)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2358);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1073);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6264);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8098);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(201);
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

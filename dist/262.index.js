export const id = 262;
export const ids = [262,30];
export const modules = {

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

/***/ 4030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeFailureSummary: () => (/* binding */ writeFailureSummary)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(665);
/* harmony import */ var _run_state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(518);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7194);
// The job summary of a run that failed: what failed, in which phase, what the run had
// changed, where the alias routes as read back afterwards, and whether it was rolled back.




async function writeFailureSummary(summary, failure, timings) {
    const outputs = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .failureOutputs */ .rd)(failure.error);
    const rolledBack = outputs['rolled-back'];
    summary.addHeading(`Lambda deploy failed: ${(0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(failure.subject)}`, 2).addTable([
        [(0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .header */ .wx)('Item'), (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .header */ .wx)('Value')],
        ['Failed in', (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(failure.phase ?? 'reading the inputs')],
        // The summary is not masked by the runner: every secret known is taken out here.
        ['Error', (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)((0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(failure.error)))],
        ...(rolledBack === undefined
            ? [['Left', (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)((0,_run_state_js__WEBPACK_IMPORTED_MODULE_3__/* .stateAtPhase */ .y)(failure.phase))]]
            : [['Rolled back', rolledBack === 'true' ? 'yes' : 'no: see the error']]),
        ...(failure.alias === undefined ? [] : [['Alias', (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(failure.alias)]]),
        ...(outputs['version'] === undefined ? [] : [['Version', (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(outputs['version'])]]),
    ]);
    if (timings.length > 0)
        summary.addTable([[(0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .header */ .wx)('Phase'), (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .header */ .wx)('Time')], ...(0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .phaseRows */ .vZ)(timings)]);
    await summary.write();
}


/***/ }),

/***/ 7262:
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
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
// EXTERNAL MODULE: ./src/aws/aws-errors.ts
var aws_errors = __webpack_require__(8098);
// EXTERNAL MODULE: ./src/aws/retry.ts
var aws_retry = __webpack_require__(2495);
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

;// CONCATENATED MODULE: ./src/aws/lambda-function.ts






const DEFAULT_TIMING = {
    minPollSeconds: 1,
    maxPollSeconds: 5,
    conflictRetry: aws_retry/* CONFLICT_RETRY */.m3,
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
        return (0,aws_retry/* mutate */.Tk)(what, call, this.timing.conflictRetry, this.log, confirm);
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
/** One Lambda function, with every call we make on it and an error that says what failed. */
class LambdaFunction extends FunctionCalls {
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
    /**
     * Creates the function with the code and every setting given, and waits until it is Active.
     * A function found under the name after a lost answer is taken as this run's when `isOurs`
     * says it holds what was sent.
     */
    async create(input, timeoutSeconds, isOurs, code) {
        try {
            await (0,aws_retry/* mutate */.Tk)('CreateFunction', async () => {
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
    /** Sends the zip itself, where it lies in S3, or the image, with UpdateFunctionCode. */
    async updateCode(code, architecture) {
        const input = {
            FunctionName: this.name,
            ...codeFields(code),
            // The architecture is set with the code, not with the rest of the configuration.
            ...(architecture === undefined ? {} : { Architectures: [architecture] }),
        };
        try {
            const response = await (0,aws_retry/* mutate */.Tk)('UpdateFunctionCode', () => this.client.send(withZipFile(new dist_cjs/* UpdateFunctionCodeCommand */.KfB(input), code)), this.timing.conflictRetry, this.log);
            return toFunctionState(response);
        }
        catch (error) {
            throw this.failure(error, 'update the function code', 'lambda:UpdateFunctionCode');
        }
    }
    /** Sends the changed settings; only those, never a default. */
    async updateConfiguration(input) {
        try {
            const response = await (0,aws_retry/* mutate */.Tk)('UpdateFunctionConfiguration', () => this.client.send(new dist_cjs/* UpdateFunctionConfigurationCommand */.Zlw({ ...input, FunctionName: this.name })), this.timing.conflictRetry, this.log);
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

// EXTERNAL MODULE: ./src/aws/lambda-release.ts
var lambda_release = __webpack_require__(5814);
// EXTERNAL MODULE: ./src/report.ts
var report = __webpack_require__(665);
// EXTERNAL MODULE: ./src/deploy/code-update.ts
var code_update = __webpack_require__(6126);
// EXTERNAL MODULE: ./src/deploy/configuration.ts
var configuration = __webpack_require__(6281);
;// CONCATENATED MODULE: ./src/deploy/create-function.ts


/** Creates the missing function with its code and every setting given (create-if-missing). */
async function createFunction(lambda, newCode, settings, waitTimeoutSeconds, log) {
    log.info(`Function '${lambda.name}' does not exist: creating it (create-if-missing)`);
    // The new function's account is its role's: Lambda refuses a role from another account.
    const account = (0,code_update/* accountOf */.XP)(settings.role);
    const { code, staged } = newCode.kind === 'image'
        ? { code: { kind: 'image', uri: newCode.uri }, staged: undefined }
        : await (0,code_update/* deliverPackage */.ah)(newCode.upload, newCode.package, account, lambda.region, log);
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

// EXTERNAL MODULE: ./src/deploy/layer.ts
var deploy_layer = __webpack_require__(5950);
// EXTERNAL MODULE: ./src/deploy/prune-versions.ts
var prune_versions = __webpack_require__(5497);
// EXTERNAL MODULE: ./src/deploy/release.ts
var release = __webpack_require__(466);
;// CONCATENATED MODULE: ./src/deploy/alias-record.ts
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

// EXTERNAL MODULE: ./src/deploy/function-url.ts
var function_url = __webpack_require__(131);
// EXTERNAL MODULE: ./src/deploy/rollout-guard.ts
var rollout_guard = __webpack_require__(5382);
;// CONCATENATED MODULE: ./src/deploy/rollout-stop.ts
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
                state: `not moved: ${name} ${await readBack(lane, signal)}`,
                sentence: `${name} had not moved; it ${await readBack(lane, signal)}`,
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
            const now = await readBack(lane, signal);
            return {
                outcome: 'left',
                state: `left alone: ${name} was moved by another run; it ${now}`,
                sentence: `${name} was moved by another run meanwhile and is left alone: it ${now}`,
            };
        }
        state.current = back;
        const routing = putBackRouting(lane.before, lane.version);
        const now = await readBack(lane, signal);
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
        const now = await readBack(lane, signal);
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
        if (!(error instanceof lambda_release/* AliasChangedError */.pU))
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
async function readBack(lane, signal) {
    try {
        const now = await lane.releaser.getAlias(lane.alias, signal);
        return now === undefined
            ? 'no longer exists (read back)'
            : `routes ${(0,lambda_release/* routingText */.eV)(now)} (read back)`;
    }
    catch (error) {
        return `could not be read back (${(0,errors/* errorMessage */.gJ)(error)}), so where it routes is unknown`;
    }
}

;// CONCATENATED MODULE: ./src/deploy/rollout.ts







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
            log.info(`Traffic ${step}: ${aliasOf(lane)} routes ${(0,lambda_release/* routingText */.eV)(moved)}`);
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
;// CONCATENATED MODULE: ./src/deploy/smoke-test.ts


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

;// CONCATENATED MODULE: ./src/deploy/release-all.ts






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
    return (0,release/* moveAlias */.kb)(run.apis.releaser, alias, version, run.log, describe, signal);
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
        await (0,function_url/* applyStatements */.t8)(apis.releaser, url.qualifier, url.statements);
        log.info(`Function URL (${url.authType}): ${address}`);
        return address;
    }
    catch (error) {
        throw (0,errors/* withState */.Q2)(error, `${(0,release/* releasedState */.TI)(result)} The function URL was not set up.`);
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

// EXTERNAL MODULE: ./src/deploy/code-signing.ts
var code_signing = __webpack_require__(1764);
// EXTERNAL MODULE: ./src/deploy/concurrency.ts
var concurrency = __webpack_require__(9988);
;// CONCATENATED MODULE: ./src/deploy/apply-plan.ts













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
        throw (0,errors/* withOutputs */.Fk)(error, (0,report/* versionOutputs */.V7)(prepared.version));
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
    const prune = (0,prune_versions/* plannedPrune */.lh)(run.plan);
    const pruned = prune === undefined
        ? undefined
        : await run.phases.run('Prune versions', () => (0,prune_versions/* pruneVersions */.sK)(run.apis.releaser, prune.keep, released.version?.version, run.log));
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
        : await phases.run('Configuration', () => (0,configuration/* applyConfiguration */.Fp)(apis.lambda, { update, changes: planned.changes, tags: plan.tags, untag }, waitTimeoutSeconds, log, found));
    const current = configured?.function ?? found;
    if (current === undefined) {
        const created = await phases.run('Create function', () => createFunction(apis.lambda, built.deployable, settings, waitTimeoutSeconds, log));
        // CreateFunction took the code signing config; reserved concurrency needs the function.
        await applySeparateSettings({ plan: { ...plan, codeSigning: undefined }, apis, phases, log });
        return { configured, code: created };
    }
    if (plan.code.action === 'skip')
        return { configured, code: skipped(current, log) };
    const code = await phases.run('Update code', () => (0,code_update/* deployCode */.NZ)(apis.lambda, built.deployable, { skipUnchanged: false, waitTimeoutSeconds, architecture: settings.architecture }, log, current));
    return { configured, code };
}
function skipped(current, log) {
    log.info('The function already runs this package: code update skipped (skip-unchanged)');
    return { function: current, deployed: false, staged: undefined };
}
async function applyLayer({ plan, apis, built, config, phases, log, }) {
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
    return phases.run(`Layer ${layerPlan.name}`, () => (0,deploy_layer/* publishLayer */.p8)(layerApi, {
        config: layerConfig,
        package: layerPackage.pkg,
        upload: layerPackage.upload,
        attached: config.settings.layers ?? (0,deploy_layer/* attachedLayers */.RZ)(found),
        description: config.release.versionDescription,
        account: (0,code_update/* accountOf */.XP)(found?.arn ?? config.settings.role),
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
            await (0,code_signing/* applyCodeSigning */.L)(extras, codeSigning, log);
        if (reservedConcurrency !== undefined)
            await (0,concurrency/* applyReservedConcurrency */.YQ)(extras, reservedConcurrency, log);
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
        throw (0,errors/* withOutputs */.Fk)((0,errors/* withState */.Q2)(error, `Version ${version.version} was published and left unrouted: ${aliasSentence(plan.release.alias)}.`), (0,report/* versionOutputs */.V7)(version));
    };
    if (smokeTest !== undefined && plan.release.smokeTest) {
        await phases
            .run('Smoke test', () => runSmokeTest(apis.lambda, version.version, smokeTest, log))
            .catch(unrouted);
    }
    const provisioned = plan.provisionedConcurrency;
    if (provisioned?.action === 'put') {
        await phases
            .run('Provisioned concurrency', () => (0,concurrency/* provisionVersion */.SC)(needExtras(apis), version.version, provisioned.executions, config.waitTimeoutSeconds, log))
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
        .run('Free old provisioned concurrency', () => (0,concurrency/* releaseOldAllocation */.Hj)(needExtras(apis), old, log))
        .catch((error) => {
        throw (0,errors/* withState */.Q2)(error, `Alias '${alias.name}' routes ${(0,lambda_release/* routingText */.eV)(alias)}; version ${old} still has its provisioned concurrency (billed): remove it with DeleteProvisionedConcurrencyConfig.`);
    });
    return released;
}
/** Publishes as planned, then waits until the version is Active, before any traffic or test. */
async function publishReady({ plan, apis, config, log }, deployed) {
    const version = await (0,release/* publishPlanned */.iB)(apis.releaser, deployed, plan.release.publish, config.release.versionDescription, log);
    if (version === undefined)
        return undefined;
    await apis.lambda
        .waitUntilVersionActive(version.version, config.waitTimeoutSeconds)
        .catch((error) => {
        throw (0,errors/* withOutputs */.Fk)((0,errors/* withState */.Q2)(error, `Version ${version.version} was published; no alias moved: ${aliasSentence(plan.release.alias)}.`), (0,report/* versionOutputs */.V7)(version));
    });
    return version;
}
/** "alias 'live' still routes 1 (90 %) / 2 (10 %)", as read when the run planned. */
function aliasSentence(alias) {
    if (alias === undefined)
        return 'there is no alias';
    return alias.before === undefined
        ? `alias '${alias.name}' was not created`
        : `alias '${alias.name}' still routes ${(0,lambda_release/* routingText */.eV)(alias.before)}`;
}

;// CONCATENATED MODULE: ./src/deploy/interrupted.ts
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
        found: (0,lambda_release/* routingText */.eV)(found),
    };
    const left = `Alias '${alias}' was left mid-rollout (${describeMarker(marker)}); it routes ${seen.found}`;
    if (onInterrupted === 'fail') {
        throw new errors/* DeployError */.sH(`${left}. on-interrupted is fail, so nothing was changed: put it back with ` +
            `on-interrupted: revert (to ${(0,lambda_release/* routingText */.eV)({ ...found, ...putBackRouting(marker.before, marker.target) })}), ` +
            'or carry its steps on with on-interrupted: resume.');
    }
    const stillRunning = marker.until * 1000 > Date.now();
    log.warning(`${left}${stillRunning ? ' (its current step was still meant to hold: if that run is alive, use a concurrency group)' : ''}; on-interrupted: ${onInterrupted}`);
    if (config.dryRun)
        return { ...seen, after: undefined };
    const after = onInterrupted === 'revert'
        ? await revert(apis.releaser, found, marker, config)
        : await resume(apis, found, marker, config, log, traffic);
    log.info(`Alias '${alias}' now routes ${(0,lambda_release/* routingText */.eV)(after)} (read back)`);
    return { ...seen, after: (0,lambda_release/* routingText */.eV)(after) };
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

;// CONCATENATED MODULE: ./src/deploy/preview-cleanup.ts

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
    if (await (0,function_url/* removeFunctionUrl */.qb)(lambda, alias))
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

;// CONCATENATED MODULE: ./src/deploy/rollout-state.ts
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
    if (!rollout_state_isObject(value) || typeof value['run'] !== 'string' || typeof value['open'] !== 'boolean') {
        return undefined;
    }
    const aliases = Array.isArray(value['aliases']) ? value['aliases'].filter(isSavedAlias) : [];
    return { run: value['run'], open: value['open'], aliases };
}
function isSavedAlias(value) {
    if (!rollout_state_isObject(value))
        return false;
    const before = value['before'];
    return (typeof value['function'] === 'string' &&
        typeof value['region'] === 'string' &&
        typeof value['alias'] === 'string' &&
        typeof value['version'] === 'string' &&
        (value['revisionId'] === null || typeof value['revisionId'] === 'string') &&
        (before === null ||
            (rollout_state_isObject(before) &&
                typeof before['version'] === 'string' &&
                rollout_state_isObject(before['weights']) &&
                typeof before['description'] === 'string')));
}
function rollout_state_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/deploy/rollback.ts



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
    return `Alias ${plan.alias.name}: ${(0,lambda_release/* routingText */.eV)(plan.alias)} -> ${plan.to.version} (${why})`;
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
    log.info(`Alias ${moved.arn}: ${moved.name}: ${(0,lambda_release/* routingText */.eV)(moved)} (was ${plan.from})`);
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

// EXTERNAL MODULE: ./src/inputs.ts + 13 modules
var inputs = __webpack_require__(3155);
// EXTERNAL MODULE: ./src/package/build-code.ts + 18 modules
var build_code = __webpack_require__(54);
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
    constructor(client, name, region, log, retry = aws_retry/* CONFLICT_RETRY */.m3) {
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
            return await (0,aws_retry/* mutate */.Tk)('PublishLayerVersion', async () => toLayerVersion(await this.client.send(withZipFile(new dist_cjs/* PublishLayerVersionCommand */.cl_(request), code))), this.retry, this.log, {
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

// EXTERNAL MODULE: ./src/pages.ts
var pages = __webpack_require__(8887);
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

// EXTERNAL MODULE: ./src/plan/deploy-plan.ts + 2 modules
var deploy_plan = __webpack_require__(3815);
// EXTERNAL MODULE: ./src/plan/deploy-state.ts
var deploy_state = __webpack_require__(8688);
// EXTERNAL MODULE: ./src/plan/plan-output.ts
var plan_output = __webpack_require__(7144);
;// CONCATENATED MODULE: ./src/plan/decide.ts










/**
 * The clients a run reads and writes with, for the function `config` names. CloudWatch and
 * ECR are loaded only by a run that uses them: every run pays for what it loads.
 */
async function lambdaApis(config, log) {
    const client = (0,clients/* createLambdaClient */.Vw)(config.region, config.requestTimeoutSeconds);
    return {
        lambda: new LambdaFunction(client, config.functionName, config.region, log),
        releaser: new lambda_release/* LambdaRelease */.tv(client, config.functionName, config.region, log),
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
async function decide(config, apis, built, log, reading = (0,deploy_state/* readDeployState */.J)(apis, config), 
/** An interrupted rollout handled before the reads (interrupted.ts). */
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
        ...(0,deploy_plan/* planDeploy */.bJ)(config, state, { code: built.deployable, layer: built.layerPackage?.pkg }),
        ...(interrupted === undefined ? {} : { interrupted }),
    };
    for (const line of (0,plan_output/* planLines */.HN)((0,plan_output/* planJson */.iY)(plan)))
        log.info(line);
    for (const warning of (0,plan_output/* planWarnings */.pH)(plan))
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
        const result = resultOf(one, state, { ...outputs, ...(0,report/* versionOutputs */.V7)(one.version) });
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
                ...(0,report/* deployOutputs */.gf)(outcome),
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
        outputs: { ...(0,report/* versionOutputs */.V7)(prepared.version), ...outputs },
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
            outputs: run.error === undefined ? (0,report/* versionOutputs */.V7)(run.prepared?.version) : (0,errors/* failureOutputs */.rd)(run.error),
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
            outputs: run.plan === undefined ? {} : { plan: JSON.stringify((0,plan_output/* planJson */.iY)(run.plan)) },
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

// EXTERNAL MODULE: ./src/report-failure.ts
var report_failure = __webpack_require__(4030);
;// CONCATENATED MODULE: ./src/run-modes.ts
// What a run does once its inputs are read: deploy (the package already building), many
// functions, rollback-to, or a preview's removal. main.ts loads this module lazily, while the
// package is built, as it holds the AWS SDK and everything that uses it.





















/** Written last; a run without a summary file (outside a runner) warns instead of failing. */
const summary = (0,report.summaryOrWarning)(core.summary, action_io/* log */.R, process.env);
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
        await (0,report_failure.writeFailureSummary)(summary, {
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
            : `${alias} routes ${(0,lambda_release/* routingText */.eV)(now)} (read back)`;
    }
    catch (error) {
        return `${alias} could not be read back (${(0,errors/* errorMessage */.gJ)(error)})`;
    }
}
/** The rollout's moves, saved for the post step (rollout-state.ts). */
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
    const reading = (0,deploy_state/* readDeployState */.J)(apis, config);
    reading.catch(() => undefined);
    const built = await building;
    // Before any AWS answer is awaited, so that every failure of a real deploy is recorded.
    if (config.dryRun && deployment !== undefined) {
        action_io/* log */.R.info('github-deployment: a dry run records no deployment');
    }
    else {
        const deploymentId = await deployment?.start();
        if (deploymentId !== undefined)
            (0,action_io/* setOutputs */.n)((0,report/* deploymentOutputs */.C0)(deploymentId));
    }
    const plan = await phases.run(config.dryRun ? 'Plan (dry run: nothing is changed)' : 'Plan', async () => {
        const decided = await decide(config, apis, built, action_io/* log */.R, reading, interrupted);
        (0,action_io/* setOutputs */.n)({ plan: JSON.stringify((0,plan_output/* planJson */.iY)(decided)) });
        return decided;
    });
    if (config.dryRun) {
        const found = plan.function.found;
        if (found !== undefined)
            (0,action_io/* setOutputs */.n)({ 'function-arn': found.arn, 'function-name': found.name });
        await (0,report/* writeDryRunSummary */.M6)(summary, config.functionName, built.deployable, plan, phases.timings);
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
    (0,action_io/* setOutputs */.n)((0,report/* deployOutputs */.gf)(outcome));
    await deployment?.succeeded(outcome.release.functionUrl);
    if (config.prComment !== undefined && config.release.alias !== undefined) {
        const { deployedCommit } = await Promise.all(/* import() */[__webpack_require__.e(157), __webpack_require__.e(524)]).then(__webpack_require__.bind(__webpack_require__, 2524));
        const { commentOnPullRequest } = await Promise.all(/* import() */[__webpack_require__.e(157), __webpack_require__.e(547)]).then(__webpack_require__.bind(__webpack_require__, 6547));
        const body = (0,report/* previewCommentBody */.AF)(outcome, config.release.alias, deployedCommit());
        await commentOnPullRequest(config.prComment, { functionName: config.functionName, alias: config.release.alias, body }, { phases, log: action_io/* log */.R, requestTimeoutSeconds: config.requestTimeoutSeconds });
    }
    await (0,report/* writeSummary */.Sy)(summary, outcome, phases.timings, (0,plan_output/* planJson */.iY)(plan));
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
        await (0,report/* writeFleetSummary */.Ml)(summary, results, phases.timings);
    }
    catch (error) {
        // The summary says where each function was left, failed or not.
        if (!(error instanceof FleetFailed))
            throw error;
        await (0,report/* writeFleetSummary */.Ml)(summary, error.results, phases.timings);
        throw (0,errors/* summarized */.Uy)(error);
    }
}
async function removePreview(config, phases) {
    const releaser = new lambda_release/* LambdaRelease */.tv((0,clients/* createLambdaClient */.Vw)(config.region, config.requestTimeoutSeconds), config.functionName, config.region, action_io/* log */.R);
    const result = await phases.run('Remove preview', () => deletePreview(releaser, config.alias, action_io/* log */.R));
    (0,action_io/* setOutputs */.n)((0,report/* cleanupOutputs */.rg)(result));
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
    await (0,report/* writeCleanupSummary */.Md)(summary, config, result, phases.timings);
}
/** rollback-to: moves the alias back to an earlier version; builds nothing. */
async function run_modes_rollback(config, phases) {
    const client = (0,clients/* createLambdaClient */.Vw)(config.region, config.requestTimeoutSeconds);
    const apis = {
        lambda: new LambdaFunction(client, config.functionName, config.region, action_io/* log */.R),
        releaser: new lambda_release/* LambdaRelease */.tv(client, config.functionName, config.region, action_io/* log */.R),
    };
    const result = await phases.run('Rollback', () => rollback(apis, { alias: config.alias, target: config.target, label: config.runLabel }, action_io/* log */.R));
    (0,action_io/* setOutputs */.n)((0,report/* rollbackOutputs */.Hj)(result));
    await (0,report/* writeRollbackSummary */.yC)(summary, result, phases.timings);
}


/***/ })

};

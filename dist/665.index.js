export const id = 665;
export const ids = [665];
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

/***/ 5814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ sameRouting),
/* harmony export */   eV: () => (/* binding */ routingText),
/* harmony export */   pU: () => (/* binding */ AliasChangedError),
/* harmony export */   tv: () => (/* binding */ LambdaRelease)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1696);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8098);
/* harmony import */ var _pages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8887);
/* harmony import */ var _error_kinds_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5921);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2495);






/** The calls that release a function: versions, aliases, function URLs and their permissions. */
class LambdaRelease {
    client;
    name;
    region;
    log;
    conflictRetry;
    constructor(client, name, region, log, conflictRetry = _retry_js__WEBPACK_IMPORTED_MODULE_4__/* .CONFLICT_RETRY */ .m3) {
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
            published = await this.mutate('PublishVersion', async () => publishedVersion(await this.client.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_5__/* .PublishVersionCommand */ .D3m({
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH(`Another deploy changed function '${this.name}' meanwhile: its code or configuration ` +
                    'is no longer what this run deployed, so no version was published and no alias moved. ' +
                    `Lambda said: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
            }
            throw this.failure(error, 'publish a version', 'lambda:PublishVersion', this.target(undefined));
        }
        // Lambda enforces the precondition; this holds emulators and regressions to it too.
        if (published.codeSha256 !== undefined && published.codeSha256 !== codeSha256) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH(`Another deploy changed function '${this.name}' meanwhile: version ${published.version} ` +
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
            const versions = await (0,_pages_js__WEBPACK_IMPORTED_MODULE_2__/* .allPages */ .S4)('ListVersionsByFunction', async (Marker) => {
                const page = await this.client.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_5__/* .ListVersionsByFunctionCommand */ .Ox4({ FunctionName: this.name, Marker }));
                return { items: page.Versions ?? [], next: page.NextMarker };
            });
            return versions.filter((version) => version.Version !== '$LATEST');
        });
    }
    /** `abortSignal` ends the read (its retries included), as a deadline or a cancel. */
    async getAlias(alias, abortSignal) {
        return this.attempt({ action: `read alias '${alias}'`, permission: 'lambda:GetAlias', on: alias }, async () => toAlias(await this.client.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_5__/* .GetAliasCommand */ .MES({ FunctionName: this.name, Name: alias }), sendOptions(abortSignal))), whenNotFound(undefined));
    }
    async listAliases() {
        return this.attempt({ action: 'list the aliases', permission: 'lambda:ListAliases', on: undefined }, async () => (0,_pages_js__WEBPACK_IMPORTED_MODULE_2__/* .allPages */ .S4)('ListAliases', async (Marker) => {
            const page = await this.client.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_5__/* .ListAliasesCommand */ .UZx({ FunctionName: this.name, Marker }));
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
        return this.attempt({ action: `create alias '${alias}'`, permission: 'lambda:CreateAlias', on: alias }, () => this.mutate('CreateAlias', async () => toAlias(await this.client.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_5__/* .CreateAliasCommand */ .W_e(input))), this.aliasRoutes(alias, version, {})));
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
            return await this.mutate('UpdateAlias', async () => toAlias(await this.client.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_5__/* .UpdateAliasCommand */ .lqC(input), sendOptions(abortSignal))), this.aliasRoutes(alias, version, weights, abortSignal));
        }
        catch (error) {
            if ((0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_3__/* .isPreconditionFailed */ .W$)(error)) {
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
        await this.attempt({ action: `delete alias '${alias}'`, permission: 'lambda:DeleteAlias', on: alias }, () => this.mutate('DeleteAlias', () => this.client.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_5__/* .DeleteAliasCommand */ .Hou({ FunctionName: this.name, Name: alias }), sendOptions(abortSignal))));
    }
    async deleteVersion(version) {
        const input = { FunctionName: this.name, Qualifier: version };
        await this.attempt({ action: `delete version ${version}`, permission: 'lambda:DeleteFunction', on: undefined }, async () => {
            await this.mutate('DeleteFunction', () => this.client.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_5__/* .DeleteFunctionCommand */ .Z3K(input)));
        }, whenNotFound(undefined));
    }
    async getFunctionUrl(qualifier) {
        const input = { FunctionName: this.name, Qualifier: qualifier };
        return this.attempt({ action: 'read the function URL', permission: 'lambda:GetFunctionUrlConfig', on: qualifier }, async () => {
            const response = await this.client.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_5__/* .GetFunctionUrlConfigCommand */ .Hcc(input));
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
                ? await this.mutate('CreateFunctionUrlConfig', async () => (await this.client.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_5__/* .CreateFunctionUrlConfigCommand */ .DJE(input))).FunctionUrl ??
                    '', asAsked)
                : await this.mutate('UpdateFunctionUrlConfig', async () => (await this.client.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_5__/* .UpdateFunctionUrlConfigCommand */ .GQU(input))).FunctionUrl ??
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
        }, () => this.client.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_5__/* .DeleteFunctionUrlConfigCommand */ .Ik0(input)));
    }
    /** The statement IDs of the resource policy on `qualifier` (none when there is no policy). */
    async statementIds(qualifier) {
        const input = { FunctionName: this.name, Qualifier: qualifier };
        return this.attempt({ action: 'read the resource policy', permission: 'lambda:GetPolicy', on: qualifier }, async () => {
            const response = await this.client.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_5__/* .GetPolicyCommand */ .s4W(input));
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
            await this.mutate('AddPermission', () => this.client.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_5__/* .AddPermissionCommand */ .AL$(input)));
        }, 
        // Another run for the same alias may have added it a moment ago: the aim is met.
        (error) => ((0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_3__/* .isAlreadyExists */ .x9)(error) ? { value: undefined } : undefined));
    }
    /** True when the statement was there to remove. */
    async removePermission(qualifier, statementId) {
        const input = { FunctionName: this.name, Qualifier: qualifier, StatementId: statementId };
        return this.removeIfThere({
            action: `remove permission ${statementId}`,
            permission: 'lambda:RemovePermission',
            on: qualifier,
        }, () => this.client.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_5__/* .RemovePermissionCommand */ .h$5(input)));
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
        return (0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .mutate */ .Tk)(what, call, this.conflictRetry, this.log, confirm);
    }
    aliasName(alias) {
        return `alias '${alias}' of function '${this.name}'`;
    }
    target(qualifier) {
        return qualifier === undefined ? `function '${this.name}'` : this.aliasName(qualifier);
    }
    failure(error, action, permission, resource) {
        return (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAwsError */ .Pp)(error, {
            action,
            permission,
            resource,
            region: this.region,
            notFoundHint: 'Check function-name and region.',
        });
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
            const configs = await (0,_pages_js__WEBPACK_IMPORTED_MODULE_2__/* .allPages */ .S4)('ListProvisionedConcurrencyConfigs', async (Marker) => {
                const page = await this.client.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_5__/* .ListProvisionedConcurrencyConfigsCommand */ .oXS({ FunctionName: this.name, Marker }));
                return { items: page.ProvisionedConcurrencyConfigs ?? [], next: page.NextMarker };
            });
            return configs.map((config) => {
                // arn:aws:lambda:<region>:<account>:function:<name>:<qualifier>
                const qualifier = config.FunctionArn?.split(':')[7];
                if (qualifier === undefined || qualifier === '') {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH(`Lambda answered a provisioned concurrency config without a qualifier (${config.FunctionArn ?? 'no ARN'})`);
                }
                return qualifier;
            });
        });
    }
    /** The account's code storage in the region: used and its limit, in bytes. */
    async accountSettings() {
        try {
            const { AccountUsage, AccountLimit } = await this.client.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_5__/* .GetAccountSettingsCommand */ ._8I({}));
            const used = AccountUsage?.TotalCodeSize;
            const limit = AccountLimit?.TotalCodeSize;
            if (used === undefined || limit === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH('Lambda answered GetAccountSettings without TotalCodeSize');
            }
            return { used, limit, functionCount: AccountUsage?.FunctionCount };
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH) && (0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_3__/* .httpStatusOf */ .s_)(error) === 404) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH('Could not read the account settings: this endpoint does not offer GetAccountSettings (HTTP 404)', { cause: error });
            }
            throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAwsError */ .Pp)(error, {
                action: 'read the account settings',
                permission: 'lambda:GetAccountSettings',
                resource: 'the account',
                region: this.region,
                notFoundHint: 'This endpoint does not offer GetAccountSettings.',
            });
        }
    }
}
function sendOptions(abortSignal) {
    return abortSignal === undefined ? {} : { abortSignal };
}
function whenNotFound(value) {
    return (error) => (isNotFound(error) ? { value } : undefined);
}
function toAlias(alias) {
    if (alias.Name === undefined ||
        alias.AliasArn === undefined ||
        alias.FunctionVersion === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH('Lambda answered without the alias configuration');
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH('Lambda answered PublishVersion without a version');
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
class AliasChangedError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH {
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
function isNotFound(error) {
    return error instanceof Error && error.name === 'ResourceNotFoundException';
}
/** A RevisionId or CodeSha256 precondition that no longer holds. */
function changedMeanwhile(error) {
    if (!(error instanceof Error))
        return false;
    return (error.name === 'PreconditionFailedException' ||
        (error.name === 'InvalidParameterValueException' && /CodeSha256|code ?sha/i.test(error.message)));
}


/***/ }),

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tk: () => (/* binding */ mutate),
/* harmony export */   m3: () => (/* binding */ CONFLICT_RETRY)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8098);
/* harmony import */ var _error_kinds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5921);
/* harmony import */ var _sdk_retries_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5974);





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
            return await (checked ? (0,_sdk_retries_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutSdkRetries */ .R)(call) : call());
        }
        catch (error) {
            const last = attempt >= policy.attempts;
            if ((0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_2__/* .isBusy */ .A5)(error) && !last) {
                await pause(policy, attempt, log, `${what}: the function is busy with another update (ResourceConflictException)`);
                continue;
            }
            if (checked && (0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_2__/* .isThrottled */ .B5)(error) && !last) {
                await pause(policy, attempt, log, `${what}: throttled`);
                continue;
            }
            if (confirmation === undefined || !mayHaveBeenApplied(error))
                throw error;
            const found = await readBack(what, confirmation, error);
            if (found !== undefined) {
                log.info(`${what}: the change is in place as asked (read back after: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .briefReason */ .DM)(error)})`);
                return found;
            }
            // Not applied: only a lost answer (not a refusal) may be sent again, and only by us.
            if (!checked || !(0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_2__/* .isOutcomeUnknown */ .B1)(error) || last)
                throw error;
            await pause(policy, attempt, log, `${what}: no answer, and it was not applied`);
        }
    }
}
function mayHaveBeenApplied(error) {
    return (0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_2__/* .isOutcomeUnknown */ .B1)(error) || (0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_2__/* .isAlreadyExists */ .x9)(error) || (0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_2__/* .isPreconditionFailed */ .W$)(error);
}
async function readBack(what, confirmation, error) {
    try {
        return await confirmation.readBack();
    }
    catch (readError) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeUnknownError */ .Do(`${what} failed (${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .briefReason */ .DM)(error)}), and reading back whether it was applied failed ` +
            `too (${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .briefReason */ .DM)(readError)}): whether it was applied is unknown`, { cause: error });
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

/***/ 1764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ applyCodeSigning),
/* harmony export */   O: () => (/* binding */ planCodeSigning)
/* harmony export */ });
/** The config to set or remove; undefined when the function already has what was asked. */
function planCodeSigning(wanted, current) {
    if (wanted === undefined)
        return undefined;
    const from = current ?? '';
    return from === wanted ? undefined : { from, to: wanted };
}
async function applyCodeSigning(extras, planned, log) {
    if (planned.to === '') {
        await extras.deleteCodeSigningConfig();
    }
    else {
        await extras.putCodeSigningConfig(planned.to);
    }
    log.info(`code-signing-config-arn: ${planned.from || '(none)'} -> ${planned.to || '(none)'}`);
}


/***/ }),

/***/ 6126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NZ: () => (/* binding */ deployCode),
/* harmony export */   RQ: () => (/* binding */ architectureToSet),
/* harmony export */   XP: () => (/* binding */ accountOf),
/* harmony export */   ah: () => (/* binding */ deliverPackage),
/* harmony export */   dm: () => (/* binding */ runsPackage),
/* harmony export */   ef: () => (/* binding */ architectureChange),
/* harmony export */   jH: () => (/* binding */ checkPackageType),
/* harmony export */   m2: () => (/* binding */ runsImage)
/* harmony export */ });
/* unused harmony exports updateFunctionCode, updateFunctionImage */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployError */ .sH(`Lambda computed CodeSha256 ${uploaded.codeSha256} for the upload, but the package's is ${pkg.sha256}`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployError */ .sH(`Lambda could not apply the new code to '${lambda.name}': ${settled.lastUpdateStatusReason ?? 'no reason given'}`);
    }
    if (settled.codeSha256 !== uploaded.codeSha256) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployError */ .sH(`Another deploy changed function '${lambda.name}' meanwhile: it now runs code ${settled.codeSha256}, ` +
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
            ? { kind: 'zip', zip: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(pkg.path) }
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
/** A zip goes only to a Zip function and an image only to an Image function. */
function checkPackageType(current, name, wanted) {
    if (current.packageType === wanted)
        return;
    const instead = wanted === 'Zip'
        ? 'a zip can only be deployed to a Zip function; deploy its image with image-uri'
        : "image-uri can only be deployed to an Image function; deploy a zip with 'source' or 'zip-file'";
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployError */ .sH(`Function '${name}' has package type ${current.packageType}: ${instead}`);
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


/***/ }),

/***/ 9988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fp: () => (/* binding */ planProvisionedConcurrency),
/* harmony export */   Hj: () => (/* binding */ releaseOldAllocation),
/* harmony export */   SC: () => (/* binding */ provisionVersion),
/* harmony export */   TP: () => (/* binding */ planReservedConcurrency),
/* harmony export */   WC: () => (/* binding */ readConcurrency),
/* harmony export */   YQ: () => (/* binding */ applyReservedConcurrency)
/* harmony export */ });
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


/***/ }),

/***/ 6281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fp: () => (/* binding */ applyConfiguration),
/* harmony export */   SU: () => (/* binding */ planConfiguration)
/* harmony export */ });
/* unused harmony exports tagsToRemove, UPDATE_REQUEST_LIMIT_BYTES, checkRequestSize */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3155);
/* harmony import */ var _layer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5950);
/* harmony import */ var _setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8266);




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
    compare('layers', settings.layers, (0,_layer_js__WEBPACK_IMPORTED_MODULE_2__/* .attachedLayers */ .RZ)(current), (v) => (update.Layers = [...v]));
    planLambdaSettings(settings, now, update, changes);
    if (settings.environment !== undefined) {
        const unreadable = now.Environment?.Error;
        if (unreadable !== undefined && settings.environmentMode === 'merge') {
            // Merging into nothing would send only the variables given, deleting all the others.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH(`Could not read the function's environment variables (${unreadable.Message ?? unreadable.ErrorCode ?? 'no reason given'}), ` +
                "so they cannot be merged. Grant the key's kms:Decrypt, or set environment-mode: replace.");
        }
        const before = now.Environment?.Variables ?? {};
        const after = settings.environmentMode === 'replace'
            ? { ...settings.environment }
            : { ...before, ...settings.environment };
        if (!same(after, before)) {
            (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .checkEnvironmentSize */ .vD)(after, 'environment');
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH(`Lambda could not apply the new configuration to '${lambda.name}': ${settled.lastUpdateStatusReason ?? 'no reason given'}`);
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
/**
 * VPC, dead-letter target, tracing, logging, SnapStart, file systems, KMS key and image
 * config: each compared in the shape setting-shapes.ts gives what Lambda read back, so the
 * same settings deployed twice plan nothing. One SettingChange per input that differs.
 */
function planLambdaSettings(settings, now, update, changes) {
    const change = (setting, from, to) => changes.push({ setting, from, to });
    const vpc = settings.vpc;
    if (vpc !== undefined) {
        const before = (0,_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .vpcOf */ .PJ)(now);
        const detach = vpc.subnetIds.length === 0;
        let differs = false;
        if (!(0,_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameSet */ .XV)(vpc.subnetIds, before.subnetIds)) {
            change('subnet-ids', before.subnetIds.join(', '), listOrNone((0,_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .asSet */ .pZ)(vpc.subnetIds)));
            differs = true;
        }
        if (!(0,_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameSet */ .XV)(vpc.securityGroupIds, before.securityGroupIds)) {
            change('security-group-ids', before.securityGroupIds.join(', '), listOrNone((0,_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .asSet */ .pZ)(vpc.securityGroupIds)));
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
        const before = (0,_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .deadLetterOf */ .AK)(now);
        if (settings.deadLetterTargetArn !== before) {
            change('dead-letter-target-arn', before, settings.deadLetterTargetArn || NONE);
            update.DeadLetterConfig = { TargetArn: settings.deadLetterTargetArn };
        }
    }
    if (settings.tracing !== undefined && settings.tracing !== (0,_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .tracingOf */ .KO)(now)) {
        change('tracing', (0,_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .tracingOf */ .KO)(now), settings.tracing);
        update.TracingConfig = { Mode: settings.tracing };
    }
    if (settings.logging !== undefined)
        planLogging(settings.logging, now, update, change);
    if (settings.snapStart !== undefined && settings.snapStart !== (0,_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .snapStartOf */ .Aw)(now)) {
        change('snap-start', (0,_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .snapStartOf */ .Aw)(now), settings.snapStart);
        update.SnapStart = { ApplyOn: settings.snapStart };
    }
    if (settings.fileSystems !== undefined) {
        const before = (0,_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .fileSystemsOf */ .qV)(now);
        const shown = (systems) => systems.map((system) => `${system.arn}=${system.localMountPath}`);
        if (!(0,_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameList */ .nk)(shown(settings.fileSystems), shown(before))) {
            change('file-systems', shown(before).join(', '), listOrNone(shown(settings.fileSystems)));
            update.FileSystemConfigs = settings.fileSystems.map((system) => ({
                Arn: system.arn,
                LocalMountPath: system.localMountPath,
            }));
        }
    }
    if (settings.kmsKeyArn !== undefined && settings.kmsKeyArn !== (0,_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .kmsKeyOf */ .MT)(now)) {
        change('kms-key-arn', (0,_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .kmsKeyOf */ .MT)(now), settings.kmsKeyArn || NONE);
        update.KMSKeyArn = settings.kmsKeyArn;
    }
    if (settings.imageConfig !== undefined)
        planImageConfig(settings.imageConfig, now, update, change);
}
const NONE = 'none';
function listOrNone(items) {
    return items.length === 0 ? NONE : items.join(', ');
}
/**
 * Only the parts the user set are compared, against Lambda's defaults where it left one out;
 * the whole LoggingConfig is sent, the parts not set kept as they are.
 */
function planLogging(wanted, now, update, change) {
    const before = (0,_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .loggingOf */ .H6)(now);
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
function planImageConfig(wanted, now, update, change) {
    const before = (0,_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .imageConfigOf */ .zH)(now);
    let differs = false;
    if (wanted.command !== undefined && !(0,_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameList */ .nk)(wanted.command, before.command)) {
        change('image-command', before.command.join(' '), wanted.command.join(' '));
        differs = true;
    }
    if (wanted.entryPoint !== undefined && !(0,_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameList */ .nk)(wanted.entryPoint, before.entryPoint)) {
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH(`The configuration update would be ${size} bytes, over Lambda's limit of ` +
        `${UPDATE_REQUEST_LIMIT_BYTES} for one UpdateFunctionConfiguration request; the largest ` +
        `parts: ${parts.map((part) => `${part.name} ${part.bytes} bytes`).join(', ')}. ` +
        'Shorten them (with environment-mode: merge, the variables sent include the ones the ' +
        'function already has).');
}


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V0: () => (/* binding */ urlStatementsToChange),
/* harmony export */   qb: () => (/* binding */ removeFunctionUrl),
/* harmony export */   t8: () => (/* binding */ applyStatements)
/* harmony export */ });
/* unused harmony export ensureFunctionUrl */
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
function urlStatementsToChange(mode, present) {
    return mode === 'public'
        ? { add: PUBLIC_STATEMENTS.filter((s) => !present.has(s.statementId)), remove: [] }
        : // A URL switched from public to IAM must not stay open through our old statements.
            {
                add: [],
                remove: PUBLIC_STATEMENTS.map((s) => s.statementId).filter((id) => present.has(id)),
            };
}
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


/***/ }),

/***/ 5950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RZ: () => (/* binding */ attachedLayers),
/* harmony export */   e3: () => (/* binding */ decideLayer),
/* harmony export */   p8: () => (/* binding */ publishLayer)
/* harmony export */ });
/* unused harmony exports planLayer, layersWith */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3155);
/* harmony import */ var _code_update_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6126);



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
        attached.find((arn) => account !== undefined && (0,_code_update_js__WEBPACK_IMPORTED_MODULE_2__/* .accountOf */ .XP)(arn) === account && (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .layerNameOf */ .d8)(arn) === config.name);
    const unpublished = `${sameLayer === undefined ? `layer:${config.name}` : withoutVersion(sameLayer)}:(new)`;
    return { newest, publish: true, layers: layersWith(attached, unpublished) };
}
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
    const { code, staged } = await (0,_code_update_js__WEBPACK_IMPORTED_MODULE_2__/* .deliverPackage */ .ah)(publishing.upload, pkg, publishing.account, layer.region, log);
    log.info(`Publishing layer ${config.name} (${pkg.size} bytes, SHA-256 ${pkg.sha256})`);
    const published = await layer.publish(code, config, publishing.description, {
        codeSha256: pkg.sha256,
        newerThan: plan.newest?.version ?? 0,
    });
    if (published.codeSha256 !== pkg.sha256) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH(`Lambda computed CodeSha256 ${published.codeSha256} for layer version ${published.arn}, but the package's is ${pkg.sha256}`);
    }
    log.info(`Published ${published.arn}`);
    return {
        version: published,
        published: true,
        staged,
        layers: layersWith(publishing.attached, published.arn),
    };
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
    if (result.length > _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LAYERS */ .Uf) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH(`The function would have ${result.length} layers (${result.join(', ')}); Lambda allows ${_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LAYERS */ .Uf}. ` +
            "List the ones to keep in 'layers'.");
    }
    return result;
}
/** Checked before publishing, so a version that could never be attached is not published. */
function checkRoom(attached, name) {
    const others = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .otherLayers */ .t3)(attached, name);
    if (others.length >= _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LAYERS */ .Uf) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH(`The function already has ${others.length} other layers (${others.join(', ')}); Lambda allows ${_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LAYERS */ .Uf}, ` +
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


/***/ }),

/***/ 5497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lh: () => (/* binding */ plannedPrune),
/* harmony export */   sK: () => (/* binding */ pruneVersions),
/* harmony export */   tF: () => (/* binding */ versionList)
/* harmony export */ });
/* unused harmony export versionsToPrune */
/* harmony import */ var _aws_error_kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5921);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _plan_deploy_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3815);



/**
 * What the plan prunes: keep-versions with a release, in a run that changes something (a
 * run that plans no changes makes only read calls).
 */
function plannedPrune(plan) {
    return plan.prune !== undefined && plan.release.publish !== 'none' && (0,_plan_deploy_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .planChanges */ .XA)(plan)
        ? plan.prune
        : undefined;
}
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
                `deleted. ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
        }
        doomed = versionsToPrune(published, aliases, provisioned, keep, justPublished);
    }
    catch (error) {
        return nothing((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error));
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
            const aliases = (0,_aws_error_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .aliasesReferencing */ .PU)(error);
            if (aliases !== undefined) {
                skipped.push(version);
                log.info(`keep-versions: kept version ${version}: alias ${aliases} now routes to it`);
                continue;
            }
            const left = doomed.slice(removed.length + skipped.length);
            const problem = `${removed.length === 0 ? 'no version was removed' : `removed ${versionList(removed)}`}; ` +
                `${versionList(left)} ${left.length === 1 ? 'was' : 'were'} not removed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
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
        log.info(`Code storage not shown: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
        return undefined;
    }
}
/** "version 3", "versions 2, 3". */
function versionList(versions) {
    return `${versions.length === 1 ? 'version' : 'versions'} ${versions.join(', ')}`;
}


/***/ }),

/***/ 466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TI: () => (/* binding */ releasedState),
/* harmony export */   iB: () => (/* binding */ publishPlanned),
/* harmony export */   kb: () => (/* binding */ moveAlias),
/* harmony export */   ww: () => (/* binding */ describeRouting)
/* harmony export */ });
/* unused harmony exports release, resolveRouting */
/* harmony import */ var _aws_lambda_release_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5814);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _plan_deploy_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3815);



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
/** Publishes $LATEST as planned, or takes the version the plan found holding it. */
async function publishPlanned(lambda, deployed, publish, versionDescription, log) {
    if (publish === 'none')
        return undefined;
    if (publish !== _plan_deploy_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .NEW_VERSION */ .ev) {
        log.info(`Version ${publish.version} already holds this code and these settings: none published`);
        return { version: publish.version, arn: publish.arn };
    }
    try {
        const version = await lambda.publishVersion(deployed.codeSha256, deployed.revisionId, versionDescription);
        log.info(`Published version ${version.version} (${version.arn})`);
        return version;
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withState */ .Q2)(error, (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isOutcomeUnknownFailure */ .PO)(error)
            ? 'The new code is on $LATEST; whether a version was published is unknown, and no alias moved.'
            : 'The new code is on $LATEST only: no version was published and no alias moved.');
    }
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
        if (error instanceof _aws_lambda_release_js__WEBPACK_IMPORTED_MODULE_0__/* .AliasChangedError */ .pU)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withState */ .Q2)(error, `${published}.`);
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withState */ .Q2)(error, `${published}; ${await aliasNow(lambda, alias.name, error)}.`);
    }
    log.info(`Alias ${moved.arn}: ${describeRouting(moved)}`);
    return { version, previousVersion: alias.before?.version, alias: moved };
}
/**
 * The planned routing with the version this run published in place of NEW_VERSION. Lambda
 * may answer PublishVersion with a version that already is the primary: it then has it all.
 */
function resolveRouting(planned, published) {
    const resolve = (version) => (version === _plan_deploy_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .NEW_VERSION */ .ev ? published : version);
    const version = resolve(planned.version);
    const weights = Object.fromEntries(Object.entries(planned.weights)
        .map(([other, weight]) => [resolve(other), weight])
        .filter(([other]) => other !== version));
    return { version, weights };
}
/** The alias's state after a failed move, read again rather than assumed. */
async function aliasNow(lambda, alias, error) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isOutcomeUnknownFailure */ .PO)(error))
        return `whether alias '${alias}' moved to it is unknown`;
    try {
        const now = await lambda.getAlias(alias);
        return now === undefined
            ? `alias '${alias}' does not exist`
            : `alias '${alias}' routes ${(0,_aws_lambda_release_js__WEBPACK_IMPORTED_MODULE_0__/* .routingText */ .eV)(now)}`;
    }
    catch {
        return `alias '${alias}' could not be read back, so where it points is unknown`;
    }
}
/** A sentence on where the release left things, for a failure in a step after it. */
function releasedState(released) {
    if (released.alias !== undefined) {
        return `Version ${released.version?.version ?? '?'} was published and alias '${released.alias.name}' routes ${(0,_aws_lambda_release_js__WEBPACK_IMPORTED_MODULE_0__/* .routingText */ .eV)(released.alias)}.`;
    }
    if (released.version !== undefined)
        return `Version ${released.version.version} was published.`;
    return 'No version was published.';
}
/** "live: 7 (90 %) / 8 (10 %)", or "live: 8" when one version has it all. */
function describeRouting(alias) {
    return `${alias.name}: ${(0,_aws_lambda_release_js__WEBPACK_IMPORTED_MODULE_0__/* .routingText */ .eV)(alias)}`;
}


/***/ }),

/***/ 8266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ deadLetterOf),
/* harmony export */   Aw: () => (/* binding */ snapStartOf),
/* harmony export */   H6: () => (/* binding */ loggingOf),
/* harmony export */   Hv: () => (/* binding */ settingShapes),
/* harmony export */   KO: () => (/* binding */ tracingOf),
/* harmony export */   MT: () => (/* binding */ kmsKeyOf),
/* harmony export */   PJ: () => (/* binding */ vpcOf),
/* harmony export */   XV: () => (/* binding */ sameSet),
/* harmony export */   nk: () => (/* binding */ sameList),
/* harmony export */   pZ: () => (/* binding */ asSet),
/* harmony export */   qV: () => (/* binding */ fileSystemsOf),
/* harmony export */   zH: () => (/* binding */ imageConfigOf)
/* harmony export */ });
/* unused harmony exports defaultLogGroup, DEFAULT_LOG_LEVEL */
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

/***/ 7135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EP: () => (/* binding */ refuseFiringAlarms),
/* harmony export */   Tx: () => (/* binding */ checkAlarms),
/* harmony export */   Z3: () => (/* binding */ alarmWarnings)
/* harmony export */ });
/* unused harmony export judgeAlarm */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('alarms', `${one ? 'alarm' : 'alarms'} ${firing.join(', ')} ${one ? 'is' : 'are'} in ALARM now, so the rollout ` +
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


/***/ }),

/***/ 3815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ev: () => (/* binding */ NEW_VERSION),
  XA: () => (/* binding */ planChanges),
  bJ: () => (/* binding */ planDeploy)
});

// UNUSED EXPORTS: checkCanaryRole, planAlias

// EXTERNAL MODULE: ./src/aws/lambda-release.ts
var lambda_release = __webpack_require__(5814);
// EXTERNAL MODULE: ./src/deploy/code-update.ts
var code_update = __webpack_require__(6126);
// EXTERNAL MODULE: ./src/deploy/configuration.ts
var deploy_configuration = __webpack_require__(6281);
// EXTERNAL MODULE: ./src/deploy/layer.ts
var deploy_layer = __webpack_require__(5950);
// EXTERNAL MODULE: ./src/deploy/function-url.ts
var function_url = __webpack_require__(131);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/plan/deploy-state.ts
var deploy_state = __webpack_require__(8688);
// EXTERNAL MODULE: ./src/deploy/code-signing.ts
var code_signing = __webpack_require__(1764);
// EXTERNAL MODULE: ./src/deploy/concurrency.ts
var concurrency = __webpack_require__(9988);
;// CONCATENATED MODULE: ./src/deploy/image-check.ts

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

// EXTERNAL MODULE: ./src/plan/alarm-check.ts
var alarm_check = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/plan/trigger-check.ts
var trigger_check = __webpack_require__(9094);
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
    const alarms = (0,alarm_check/* checkAlarms */.Tx)(rollout.alarms, state.alarms, {
        functionName: state.function?.name ?? config.functionName,
        alias,
        version,
        existingVersions: before === undefined ? [] : [before.version, ...Object.keys(before.weights)],
    });
    if (moves)
        (0,alarm_check/* refuseFiringAlarms */.EP)(alarms);
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
        findings: (0,trigger_check/* findTriggers */.Jn)(state.triggers, found.arn, config.release.alias),
        alias: config.release.alias,
        bypassed: (0,trigger_check/* bypassedGuards */.w_)(config.release, release.smokeTest),
        denied: state.triggers.denied,
    };
    if (config.release.triggerCheck === 'fail')
        (0,trigger_check/* refuseTriggers */.y0)(check, found.name);
    return check;
}

;// CONCATENATED MODULE: ./src/plan/deploy-plan.ts











/** A version the run publishes, not known until it is; or one that exists. */
const NEW_VERSION = 'new';
/**
 * The plan: a function of the inputs, what was built and what was read, with no I/O. A
 * dry run shows it; a real run shows it, then applies exactly it.
 */
function planDeploy(config, state, built) {
    const found = state.function;
    const { code } = built;
    if (found !== undefined)
        (0,code_update/* checkPackageType */.jH)(found, found.name, code.kind === 'zip' ? 'Zip' : 'Image');
    checkCanaryRole(found, config.settings, config.release);
    if (code.kind === 'image') {
        const architecture = config.settings.architecture ?? found?.configuration.Architectures?.[0] ?? 'x86_64';
        checkImage(code.uri, state.image, architecture);
    }
    const layer = config.layer === undefined || built.layer === undefined
        ? undefined
        : {
            name: config.layer.name,
            ...(0,deploy_layer/* decideLayer */.e3)(config.layer, built.layer, config.settings.layers ?? (0,deploy_layer/* attachedLayers */.RZ)(found), (0,code_update/* accountOf */.XP)(found?.arn ?? config.settings.role), state.layerNewest),
        };
    const settings = layer === undefined ? config.settings : { ...config.settings, layers: layer.layers };
    const configuration = found === undefined
        ? { update: {}, changes: [], tags: {} }
        : (0,deploy_configuration/* planConfiguration */.SU)(settings, found);
    const architecture = found === undefined ? undefined : (0,code_update/* architectureToSet */.RQ)(settings.architecture, found);
    const unchanged = found !== undefined &&
        (code.kind === 'zip' ? (0,code_update/* runsPackage */.dm)(found, code.package) : (0,code_update/* runsImage */.m2)(found, code.uri));
    const codeAction = found === undefined
        ? 'create'
        : config.skipUnchanged && unchanged && architecture === undefined
            ? 'skip'
            : 'update';
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
        code: {
            action: codeAction,
            from: found === undefined ? undefined : (found.resolvedImageUri ?? found.codeSha256),
            to: code.kind === 'zip' ? code.package.sha256 : code.uri,
            architecture: architecture === undefined || found === undefined
                ? undefined
                : (0,code_update/* architectureChange */.ef)(found, architecture),
        },
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
        reservedConcurrency: (0,concurrency/* planReservedConcurrency */.TP)(config.settings.reservedConcurrency, state.concurrency?.reserved),
        codeSigning: (0,code_signing/* planCodeSigning */.O)(config.settings.codeSigningConfigArn, state.codeSigningConfigArn),
        provisionedConcurrency: (0,concurrency/* planProvisionedConcurrency */.Fp)(config.settings.provisionedConcurrency, state.concurrency?.provisioned, target),
        settingSources: config.settingSources,
        triggers,
    };
}
/** The alias's version (or weighted one) that holds $LATEST's code and settings already. */
function holdingVersion(state, found) {
    const signature = (0,deploy_state/* configurationSignature */.N)(found);
    return state.versions.find((version) => version.codeSha256 === found.codeSha256 && version.signature === signature);
}
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
    const unchanged = target !== NEW_VERSION && (0,lambda_release/* sameRouting */.Hm)(before, after.version, after.weights);
    return { name, before, action: unchanged ? 'keep' : 'update', after };
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
        statements: (0,function_url/* urlStatementsToChange */.V0)(mode, state.statementIds),
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


/***/ }),

/***/ 8688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readDeployState),
/* harmony export */   N: () => (/* binding */ configurationSignature)
/* harmony export */ });
/* harmony import */ var _deploy_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8266);
/* harmony import */ var _deploy_concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9988);
/* harmony import */ var _deploy_code_update_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6126);
/* harmony import */ var _trigger_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9094);




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
        (found === undefined || (found.packageType === 'Image' && !(0,_deploy_code_update_js__WEBPACK_IMPORTED_MODULE_0__/* .runsImage */ .m2)(found, config.code.uri)))
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
        concurrency: extras === undefined ? undefined : await (0,_deploy_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .readConcurrency */ .WC)(extras, settings, aliasState),
        codeSigningConfigArn: extras === undefined || settings.codeSigningConfigArn === undefined
            ? undefined
            : await extras.codeSigningConfig(),
        triggers: readers.triggers === undefined || !(0,_trigger_check_js__WEBPACK_IMPORTED_MODULE_1__/* .needsTriggerCheck */ .O5)(config.release)
            ? undefined
            : await readers.triggers.read(found.arn),
    };
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
        ...(0,_deploy_setting_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .settingShapes */ .Hv)(c),
    ]);
}


/***/ }),

/***/ 7144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ planLines),
/* harmony export */   iY: () => (/* binding */ planJson),
/* harmony export */   pH: () => (/* binding */ planWarnings)
/* harmony export */ });
/* harmony import */ var _aws_lambda_release_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5814);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6264);
/* harmony import */ var _deploy_prune_versions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5497);
/* harmony import */ var _alarm_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7135);
/* harmony import */ var _deploy_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3815);
/* harmony import */ var _trigger_check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9094);






function planJson(plan) {
    const { release } = plan;
    const publish = release.publish;
    const prune = (0,_deploy_prune_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .plannedPrune */ .lh)(plan);
    return {
        changes: (0,_deploy_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .planChanges */ .XA)(plan),
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
            : publish === _deploy_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .NEW_VERSION */ .ev
                ? { action: 'publish', version: null }
                : { action: 'reuse', version: publish.version },
        alias: release.alias === undefined
            ? null
            : {
                name: release.alias.name,
                action: release.alias.action,
                before: release.alias.before === undefined ? null : (0,_aws_lambda_release_js__WEBPACK_IMPORTED_MODULE_0__/* .routingText */ .eV)(release.alias.before),
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
                    version: provisioned.version === _deploy_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .NEW_VERSION */ .ev ? null : provisioned.version,
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
                        ? `, each step but the last held ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatSeconds */ .Xo)(json.traffic.interval)}`
                        : '') +
                    (json.traffic.alarms.length === 0
                        ? ''
                        : `; alarms watched: ${json.traffic.alarms.map((alarm) => `${alarm.name} (${alarm.state}, ${watchText(alarm.watches)})`).join(', ')}`),
            ]),
        ...(json.triggers === undefined
            ? []
            : [
                `Triggers that bypass the release: ${json.triggers.length === 0 ? 'none' : json.triggers.map(_trigger_check_js__WEBPACK_IMPORTED_MODULE_4__/* .briefly */ .m_).join('; ')}` +
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
        ...(rollout?.moves === true ? (0,_alarm_check_js__WEBPACK_IMPORTED_MODULE_2__/* .alarmWarnings */ .Z3)(rollout.alarms) : []),
        ...(plan.triggers === undefined ? [] : (0,_trigger_check_js__WEBPACK_IMPORTED_MODULE_4__/* .triggerWarnings */ .KB)(plan.triggers)),
    ];
}
/** "3", "1 (90 %) / new (10 %)". */
function routingOf(routing) {
    return (0,_aws_lambda_release_js__WEBPACK_IMPORTED_MODULE_0__/* .routingText */ .eV)({ name: '', arn: '', revisionId: undefined, ...routing });
}
function provisionedLine(provisioned) {
    const version = provisioned.version ?? 'the new version';
    if (provisioned.action === 'keep') {
        return `Provisioned concurrency: ${provisioned.executions} on version ${version}, unchanged`;
    }
    return (`Provisioned concurrency: ${provisioned.executions} on ${provisioned.version === null ? version : `version ${version}`}, READY before the alias moves` +
        (provisioned.removeFrom === null ? '' : `; then removed from version ${provisioned.removeFrom}`));
}


/***/ }),

/***/ 9094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ findTriggers),
/* harmony export */   KB: () => (/* binding */ triggerWarnings),
/* harmony export */   O5: () => (/* binding */ needsTriggerCheck),
/* harmony export */   m_: () => (/* binding */ briefly),
/* harmony export */   w_: () => (/* binding */ bypassedGuards),
/* harmony export */   y0: () => (/* binding */ refuseTriggers)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('trigger-check', findings.length === 0
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


/***/ }),

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ previewCommentBody),
/* harmony export */   C0: () => (/* binding */ deploymentOutputs),
/* harmony export */   Hj: () => (/* binding */ rollbackOutputs),
/* harmony export */   M6: () => (/* binding */ writeDryRunSummary),
/* harmony export */   Md: () => (/* binding */ writeCleanupSummary),
/* harmony export */   Ml: () => (/* binding */ writeFleetSummary),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   V7: () => (/* binding */ versionOutputs),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   gf: () => (/* binding */ deployOutputs),
/* harmony export */   rg: () => (/* binding */ cleanupOutputs),
/* harmony export */   summaryOrWarning: () => (/* binding */ summaryOrWarning),
/* harmony export */   vZ: () => (/* binding */ phaseRows),
/* harmony export */   wx: () => (/* binding */ header),
/* harmony export */   yC: () => (/* binding */ writeRollbackSummary)
/* harmony export */ });
/* unused harmony export compression */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6264);
/* harmony import */ var _plan_plan_output_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7144);
/* harmony import */ var _deploy_prune_versions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5497);
/* harmony import */ var _deploy_release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(466);
/* harmony import */ var _aws_lambda_release_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5814);






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
async function writeSummary(summary, outcome, timings, 
/** The plan the run applied, shown beside the result. */
plan) {
    const { function: fn, package: pkg } = outcome;
    summary
        .addHeading(`Lambda deploy: ${escapeHtml(fn.name)}`, 2)
        .addTable([
        [header('Item'), header('Value')],
        ['Function', code(fn.arn)],
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
    summary.addTable([[header('Phase'), header('Time')], ...phaseRows(timings)]);
    await summary.write();
}
function releaseRows(release) {
    const rows = [];
    if (release.version !== undefined) {
        rows.push(['Version', `${escapeHtml(release.version.version)} (${code(release.version.arn)})`]);
    }
    if (release.alias !== undefined) {
        const before = release.previousVersion === undefined
            ? 'new alias'
            : `was ${escapeHtml(release.previousVersion)}`;
        rows.push(['Alias', `${escapeHtml((0,_deploy_release_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRouting */ .ww)(release.alias))} (${before})`]);
    }
    if (release.functionUrl !== undefined)
        rows.push(['Function URL', code(release.functionUrl)]);
    return rows;
}
/** How many versions pruning removed (and which), and the account's code storage. */
function pruneRows(pruned) {
    if (pruned === undefined)
        return [];
    const { removed, problem, storage, keep } = pruned;
    const done = removed.length === 0
        ? 'none removed'
        : `${removed.length} removed (${escapeHtml((0,_deploy_prune_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .versionList */ .tF)(removed))})`;
    const rows = [
        [
            'Versions pruned',
            problem === undefined
                ? `${done}, keeping the newest ${keep} and every version an alias routes to`
                : escapeHtml(problem),
        ],
    ];
    if (storage !== undefined) {
        const share = storage.limit > 0 ? ` (${((storage.used / storage.limit) * 100).toFixed(1)} %)` : '';
        rows.push([
            'Code storage',
            `${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(storage.used)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(storage.limit)}${share}`,
        ]);
    }
    return rows;
}
async function writeCleanupSummary(summary, config, result, timings) {
    const version = result.version === undefined
        ? 'none'
        : `${result.version}, ${result.versionDeleted ? 'deleted' : 'kept: another alias routes to it'}`;
    summary
        .addHeading(`Lambda preview removed: ${escapeHtml(config.functionName)}`, 2)
        .addTable([
        [header('Item'), header('Value')],
        [
            'Alias',
            `${code(config.alias)}: ${result.aliasDeleted ? 'deleted, with its function URL' : 'did not exist'}`,
        ],
        ['Version', escapeHtml(version)],
        ...phaseRows(timings),
    ]);
    await summary.write();
}
/** rollback-to: the alias, from → to, the version's ARN, and the phases. */
async function writeRollbackSummary(summary, result, timings) {
    const { plan } = result;
    const routing = result.rolledBack
        ? `${escapeHtml((0,_aws_lambda_release_js__WEBPACK_IMPORTED_MODULE_4__/* .routingText */ .eV)(plan.alias))} → ${escapeHtml(plan.to.version)}`
        : `already on ${escapeHtml(plan.to.version)}: nothing changed`;
    summary.addHeading(`Lambda rollback: ${escapeHtml(result.functionName)}`, 2).addTable([
        [header('Item'), header('Value')],
        ['Function', code(result.functionArn)],
        ['Alias', code(result.alias.arn)],
        ['Routing', routing],
        ['rollback-to', escapeHtml(plan.requested)],
        ['Version', `${escapeHtml(plan.to.version)} (${code(plan.to.arn)})`],
        ['Previous version', escapeHtml(plan.from)],
    ]);
    summary.addTable([[header('Phase'), header('Time')], ...phaseRows(timings)]);
    await summary.write();
}
/** The plan of a dry run: what would change, from read calls only. */
async function writeDryRunSummary(summary, functionName, deployable, plan, timings) {
    const found = plan.function.found;
    const rows = [
        ['Function', found === undefined ? 'does not exist: would be created' : code(found.arn)],
        ...(deployable.kind === 'zip'
            ? [
                ['Package size', (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(deployable.package.size)],
                [
                    'Upload',
                    deployable.upload.kind === 'direct'
                        ? 'in the request'
                        : `through ${code(`s3://${deployable.upload.bucket}/${deployable.upload.key}`)}`,
                ],
            ]
            : []),
    ];
    summary
        .addHeading(`Lambda deploy plan (dry run): ${escapeHtml(functionName)}`, 2)
        .addRaw('<p>Dry run: nothing was changed.</p>', true)
        .addTable([[header('Item'), header('Value')], ...rows]);
    planSection(summary, (0,_plan_plan_output_js__WEBPACK_IMPORTED_MODULE_1__/* .planJson */ .iY)(plan));
    summary.addTable([[header('Phase'), header('Time')], ...phaseRows(timings)]);
    await summary.write();
}
/** The plan, one line a step, as the log shows it. */
function planSection(summary, plan) {
    const items = (0,_plan_plan_output_js__WEBPACK_IMPORTED_MODULE_1__/* .planLines */ .HN)(plan).map((line) => `<li>${escapeHtml(line)}</li>`);
    summary.addHeading('Plan', 3).addRaw(`<ul>${items.join('')}</ul>`, true);
}
function header(data) {
    return { data, header: true };
}
/** One row a setting, old → new; environment changes carry variable names only. */
function settingRows(changes) {
    return changes.map((change) => [
        `Setting ${escapeHtml(change.setting)}`,
        `${escapeHtml(change.from || '(none)')} → ${escapeHtml(change.to)}`,
    ]);
}
function phaseRows(timings) {
    return timings.map((phase) => [escapeHtml(phase.name), (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatSeconds */ .Xo)(phase.seconds)]);
}
function uploadRows(outcome) {
    const { staged } = outcome;
    if (outcome.package === undefined)
        return [];
    if (staged === undefined) {
        return outcome.deployed ? [['Upload', 'in the UpdateFunctionCode request']] : [];
    }
    if (!staged.uploaded)
        return [['Upload', `${code(staged.uri)}, already there: not uploaded again`]];
    const rate = staged.seconds > 0 ? outcome.package.size / 1024 / 1024 / staged.seconds : 0;
    return [
        [
            'Upload',
            `${code(staged.uri)} in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatSeconds */ .Xo)(staged.seconds)} (${rate.toFixed(1)} MiB/s)`,
        ],
    ];
}
function packageRows(pkg) {
    return [
        ['Package size', (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(pkg.size)],
        ...contentRows(pkg),
        ['Package SHA-256', code(pkg.sha256)],
    ];
}
function imageRows(outcome) {
    return [
        ['Image', code(outcome.imageUri ?? '')],
        ['Image digest', code(outcome.function.resolvedImageUri ?? outcome.function.codeSha256)],
    ];
}
function layerRows(layer) {
    if (layer === undefined)
        return [];
    const what = layer.published ? 'published' : 'already held this package: not published again';
    return [['Layer', `${code(layer.version.arn)}, ${what}`]];
}
function contentRows(pkg) {
    const { fileCount, unzippedSize } = pkg.contents;
    return [
        ['Files', (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(fileCount)],
        ['Unzipped size', `${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(unzippedSize)}, ${compression(pkg.size, unzippedSize)}`],
    ];
}
/** "the zip is 25 % of that", or, for small files whose zip headers outweigh what deflate saves, that it is larger. */
function compression(zipSize, unzippedSize) {
    if (zipSize >= unzippedSize) {
        return `the zip is ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(zipSize - unzippedSize)} bytes larger (zip headers outweigh what compression saves on so little)`;
    }
    return `the zip is ${Math.max(1, Math.floor((zipSize / unzippedSize) * 100))} % of that`;
}
function code(text) {
    return `<code>${escapeHtml(text)}</code>`;
}
/** Every value shown comes from inputs, files or AWS; all go in element text, no attribute. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** One row a function and region: where the run left it, and its version. */
async function writeFleetSummary(summary, results, timings) {
    summary
        .addHeading(`Lambda deploy: ${results.length} functions`, 2)
        .addTable([
        [header('Function'), header('Region'), header('Result'), header('Version')],
        ...results.map((result) => [
            code(result['function-name']),
            escapeHtml(result.region),
            escapeHtml(result.state),
            escapeHtml(result.outputs['version'] ?? ''),
        ]),
    ])
        .addTable([[header('Phase'), header('Time')], ...phaseRows(timings)]);
    await summary.write();
}


/***/ })

};

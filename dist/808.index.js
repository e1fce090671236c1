export const id = 808;
export const ids = [808,524];
export const modules = {

/***/ 9808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DeploymentRecord: () => (/* binding */ DeploymentRecord),
/* harmony export */   GitHubDeployments: () => (/* binding */ GitHubDeployments),
/* harmony export */   deploymentRequest: () => (/* binding */ deploymentRequest),
/* harmony export */   recordDeployment: () => (/* binding */ recordDeployment),
/* harmony export */   retireEnvironment: () => (/* binding */ retireEnvironment),
/* harmony export */   runUrl: () => (/* binding */ runUrl),
/* harmony export */   statusRequest: () => (/* binding */ statusRequest)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(157);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7194);
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2524);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7398);
// github-deployment: the deploy recorded as a GitHub deployment of the commit, with statuses.




/** GitHub's limit on a deployment's and a status's description. */
const DESCRIPTION_LIMIT = 140;
/** The permission the github-token needs for every call here. */
const PERMISSION = 'deployments: write';
function deploymentRequest(subject) {
    const { functionName, alias } = subject;
    const what = alias === undefined ? functionName : `${functionName} alias ${alias}`;
    return {
        ref: subject.sha,
        environment: subject.environment,
        auto_merge: false,
        required_contexts: [],
        transient_environment: subject.preview,
        ...(subject.preview ? { production_environment: false } : {}),
        description: limit(`Lambda ${what}`),
        payload: alias === undefined
            ? { function_name: functionName }
            : { function_name: functionName, alias },
    };
}
const STATUS_DESCRIPTIONS = {
    in_progress: 'Deploying',
    success: 'Deployed',
    failure: 'The deploy failed; the run says why',
    inactive: 'The preview was removed',
};
function statusRequest(state, links) {
    return {
        state,
        description: STATUS_DESCRIPTIONS[state],
        ...(links.logUrl === undefined ? {} : { log_url: links.logUrl }),
        ...(links.environmentUrl === undefined ? {} : { environment_url: links.environmentUrl }),
    };
}
/** The run's page, from the variables the runner sets; undefined outside a runner. */
function runUrl(env) {
    const server = env['GITHUB_SERVER_URL'];
    const repository = env['GITHUB_REPOSITORY'];
    const run = env['GITHUB_RUN_ID'];
    if (!server || !repository || !run)
        return undefined;
    return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${run}`;
}
/** The deployment calls of the REST API, for one repository. */
class GitHubDeployments {
    octokit;
    repository;
    constructor(octokit, repository) {
        this.octokit = octokit;
        this.repository = repository;
    }
    /** Creates the deployment; returns its id. */
    async create(request) {
        const { data } = await this.octokit.rest.repos.createDeployment({
            ...this.repo(),
            ...request,
            required_contexts: [...request.required_contexts],
        });
        // A 202 answer (a merge instead of a deployment) cannot come with auto_merge false.
        if (!('id' in data))
            throw new Error(`GitHub created no deployment: ${data.message ?? ''}`);
        return data.id;
    }
    async setStatus(deploymentId, request) {
        await this.octokit.rest.repos.createDeploymentStatus({
            ...this.repo(),
            deployment_id: deploymentId,
            ...request,
        });
    }
    /**
     * Marks the deployments of `environment` inactive, except those already inactive and those
     * another function's deploys made; returns the ids marked.
     */
    async deactivate(environment, functionName, links) {
        const deployments = await (0,_request_js__WEBPACK_IMPORTED_MODULE_3__/* .allGitHubPages */ .JC)('listDeployments', this.octokit.paginate.iterator(this.octokit.rest.repos.listDeployments, {
            ...this.repo(),
            environment,
            per_page: 100,
        }));
        const marked = [];
        for (const deployment of deployments) {
            if (!isOf(deployment.payload, functionName))
                continue;
            const { data: statuses } = await this.octokit.rest.repos.listDeploymentStatuses({
                ...this.repo(),
                deployment_id: deployment.id,
                per_page: 1,
            });
            // Newest first.
            if (statuses[0]?.state === 'inactive')
                continue;
            await this.setStatus(deployment.id, statusRequest('inactive', links));
            marked.push(deployment.id);
        }
        return marked;
    }
    repo() {
        return { owner: this.repository.owner, repo: this.repository.repo };
    }
}
function limit(text) {
    return text.length <= DESCRIPTION_LIMIT ? text : `${text.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}
/** True unless the payload names another function (one this action recorded for it). */
function isOf(payload, functionName) {
    const named = payload?.function_name;
    return typeof named !== 'string' || named === functionName;
}
/**
 * One deploy's deployment, best effort: a GitHub failure is a warning, never the deploy's
 * failure, and a deployment that could not be created gets no statuses.
 */
class DeploymentRecord {
    api;
    subject;
    links;
    timeoutSeconds;
    log;
    id;
    constructor(api, subject, links, timeoutSeconds, log) {
        this.api = api;
        this.subject = subject;
        this.links = links;
        this.timeoutSeconds = timeoutSeconds;
        this.log = log;
    }
    /** Creates the deployment and sets it in progress; returns its id, undefined when it failed. */
    async start() {
        let subject;
        try {
            subject = this.subject();
            const api = this.api();
            this.id = await api.create(deploymentRequest(subject));
            this.log.info(`GitHub deployment ${this.id}: ${subject.sha} to environment ${subject.environment}`);
            await api.setStatus(this.id, statusRequest('in_progress', this.links));
        }
        catch (error) {
            this.warn(this.id === undefined
                ? `Could not create a GitHub deployment${subject === undefined ? '' : ` in environment ${subject.environment}`}`
                : `Could not set GitHub deployment ${this.id} in progress`, error);
        }
        return this.id;
    }
    /** The deploy is done: success, pointing at `environmentUrl` when there is one. */
    async succeeded(environmentUrl) {
        await this.finish('success', environmentUrl);
    }
    /** The deploy failed; its own error is what fails the step. */
    async failed() {
        await this.finish('failure', undefined);
    }
    async finish(state, environmentUrl) {
        if (this.id === undefined)
            return;
        try {
            await this.api().setStatus(this.id, statusRequest(state, { ...this.links, environmentUrl }));
            this.log.info(`GitHub deployment ${this.id}: ${state}`);
        }
        catch (error) {
            this.warn(`Could not set GitHub deployment ${this.id} to ${state}`, error);
        }
    }
    warn(what, error) {
        this.log.warning(`${what}: ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)((0,_request_js__WEBPACK_IMPORTED_MODULE_3__/* .githubFailure */ .eQ)(error, this.timeoutSeconds, PERMISSION))}.`);
    }
}
/**
 * With github-deployment, the deployment of this run's commit for `functionName` (and `alias`);
 * nothing is sent until it starts.
 */
function recordDeployment(config, target, facts) {
    if (config === undefined)
        return undefined;
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .keepSecret */ .gz)(config.token);
    let api;
    return new DeploymentRecord(
    // context.repo throws outside a runner (no GITHUB_REPOSITORY): a warning, in start().
    () => (api ??= new GitHubDeployments((0,_request_js__WEBPACK_IMPORTED_MODULE_3__/* .githubClient */ .$f)(config.token, facts.timeoutSeconds), _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.repo)), () => ({
        sha: (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_2__.deployedCommit)(),
        ...target,
        environment: config.environment,
        preview: target.alias !== undefined && (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_2__/* .currentPullRequest */ .Y)() !== undefined,
    }), { logUrl: runUrl(facts.env) }, facts.timeoutSeconds, facts.log);
}
/** delete-alias: marks the environment's deployments of `functionName` inactive, best effort. */
async function retireEnvironment(config, functionName, facts) {
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .keepSecret */ .gz)(config.token);
    try {
        const api = new GitHubDeployments((0,_request_js__WEBPACK_IMPORTED_MODULE_3__/* .githubClient */ .$f)(config.token, facts.timeoutSeconds), _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.repo);
        const marked = await api.deactivate(config.environment, functionName, {
            logUrl: runUrl(facts.env),
        });
        facts.log.info(marked.length === 0
            ? `GitHub environment ${config.environment}: no active deployment to mark inactive`
            : `GitHub environment ${config.environment}: deployments ${marked.join(', ')} marked inactive`);
    }
    catch (error) {
        facts.log.warning(`Could not mark the deployments of GitHub environment ${config.environment} inactive: ` +
            `${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)((0,_request_js__WEBPACK_IMPORTED_MODULE_3__/* .githubFailure */ .eQ)(error, facts.timeoutSeconds, PERMISSION))}.`);
    }
}


/***/ }),

/***/ 2524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ currentPullRequest),
/* harmony export */   deployedCommit: () => (/* binding */ deployedCommit)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(157);

/** The pull request this run is for, or undefined when the event is not about one. */
function currentPullRequest() {
    const number = _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.payload.pull_request?.number;
    if (typeof number !== 'number')
        return undefined;
    return { owner: _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.repo.owner, repo: _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.repo.repo, number };
}
/** The commit the run deploys: the pull request's head, else the pushed commit. */
function deployedCommit() {
    const head = _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.payload.pull_request?.['head']?.sha;
    return typeof head === 'string' ? head : _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.sha;
}


/***/ }),

/***/ 7398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ githubClient),
/* harmony export */   JC: () => (/* binding */ allGitHubPages),
/* harmony export */   eQ: () => (/* binding */ githubFailure)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(157);
/* harmony import */ var _pages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8887);


/**
 * An Octokit whose every request is given up after `timeoutSeconds`. getOctokit takes the
 * API address from GITHUB_API_URL, as on GitHub Enterprise Server.
 */
function githubClient(token, timeoutSeconds) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { request: { fetch: fetchWithin(timeoutSeconds) } });
}
/** Statuses whose answer has no body (a Response with one cannot be made). */
const NO_BODY = new Set([101, 204, 205, 304]);
/**
 * fetch, with each request given up after `seconds`, its body included (its error is then a
 * TimeoutError). The body is read here, inside the deadline: octokit takes a body whose
 * reading failed for an empty one, so an answer that trickles would pass for "no comments".
 */
function fetchWithin(seconds) {
    return async (input, init) => {
        const deadline = AbortSignal.timeout(seconds * 1000);
        const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
        const response = await fetch(input, { ...init, signal });
        const body = await response.arrayBuffer();
        const whole = new Response(NO_BODY.has(response.status) ? null : body, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
        });
        // Pages are told apart by their address.
        Object.defineProperty(whole, 'url', { value: response.url });
        return whole;
    };
}
/**
 * Why a GitHub call failed, in words that point at the fix; `permission` is the one the
 * github-token needs for the call, such as `pull-requests: write`.
 */
function githubFailure(error, timeoutSeconds, permission) {
    if (isTimeout(error))
        return `GitHub did not answer within ${timeoutSeconds} s (request-timeout)`;
    const status = error?.status;
    const said = error instanceof Error ? error.message : String(error);
    if (status === 401 || status === 403 || status === 404) {
        return `${said}. The github-token needs the ${permission} permission`;
    }
    return said;
}
function isTimeout(error) {
    for (let at = error; at instanceof Error; at = at.cause) {
        if (at.name === 'TimeoutError')
            return true;
    }
    return false;
}
/**
 * Every item of a paged GitHub listing (`octokit.paginate.iterator(...)`), which follows the
 * Link header: stops with an EndlessListing when a page's address comes a second time or
 * after MAX_PAGES pages.
 */
async function allGitHubPages(call, pages) {
    const items = [];
    const seen = new Set();
    for await (const page of pages) {
        if (seen.has(page.url)) {
            throw new _pages_js__WEBPACK_IMPORTED_MODULE_1__/* .EndlessListing */ .D3(`GitHub's ${call} gave the page ${page.url} twice: the listing loops, so it was stopped`);
        }
        if (seen.size >= _pages_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_PAGES */ .Y0) {
            throw new _pages_js__WEBPACK_IMPORTED_MODULE_1__/* .EndlessListing */ .D3(`GitHub's ${call} still had more after ${_pages_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_PAGES */ .Y0} pages: the listing was stopped`);
        }
        seen.add(page.url);
        items.push(...page.data);
    }
    return items;
}


/***/ })

};

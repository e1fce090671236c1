export const id = 547;
export const ids = [547,524];
export const modules = {

/***/ 6547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
/* harmony export */ });
/* unused harmony exports commentMarker, upsertPreviewComment, commentFailure */
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5504);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7194);
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2524);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7398);





/** Hidden in the comment, so the next run finds and updates it instead of adding another. */
function commentMarker(functionName, alias) {
    return `<!-- lambda-deploy preview: ${functionName} ${alias} -->`;
}
/** Creates the pull request's preview comment, or updates the one an earlier run left. */
async function upsertPreviewComment(token, pr, comment, timeoutSeconds = _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_REQUEST_TIMEOUT_SECONDS */ .il) {
    const octokit = (0,_request_js__WEBPACK_IMPORTED_MODULE_3__/* .githubClient */ .$f)(token, timeoutSeconds);
    const marker = commentMarker(comment.functionName, comment.alias);
    const body = `${marker}\n${comment.body}`;
    const existing = await (0,_request_js__WEBPACK_IMPORTED_MODULE_3__/* .allGitHubPages */ .JC)('listComments', octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        per_page: 100,
    }));
    const previous = existing.find((candidate) => candidate.body?.includes(marker) === true);
    if (previous === undefined) {
        await octokit.rest.issues.createComment({ ...repoOf(pr), issue_number: pr.number, body });
        return 'created';
    }
    await octokit.rest.issues.updateComment({ ...repoOf(pr), comment_id: previous.id, body });
    return 'updated';
}
function repoOf(pr) {
    return { owner: pr.owner, repo: pr.repo };
}
/** Why the comment could not be made, in words that point at the fix. */
function commentFailure(error, timeoutSeconds) {
    return (0,_request_js__WEBPACK_IMPORTED_MODULE_3__/* .githubFailure */ .eQ)(error, timeoutSeconds, 'pull-requests: write');
}
/**
 * The pull request comment step: creates or updates the preview's comment. A failure is a
 * warning, never a failed deploy.
 */
async function commentOnPullRequest(settings, preview, step) {
    const { phases, log, requestTimeoutSeconds } = step;
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .keepSecret */ .gz)(settings.token);
    const pr = (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_2__/* .currentPullRequest */ .Y)();
    if (pr === undefined) {
        log.info('comment-on-pr: this run is not for a pull request, so no comment');
        return;
    }
    await phases.run('Pull request comment', async () => {
        try {
            const done = await upsertPreviewComment(settings.token, pr, preview, requestTimeoutSeconds);
            log.info(`Comment ${done} on pull request #${pr.number}`);
        }
        catch (error) {
            // The deploy itself succeeded; a read-only token (a fork's pull request) must not undo that.
            log.warning(`Could not comment on pull request #${pr.number}: ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(commentFailure(error, requestTimeoutSeconds))}.`);
        }
    });
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

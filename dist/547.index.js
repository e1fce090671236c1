export const id = 547;
export const ids = [547,524];
export const modules = {

/***/ 6547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
/* harmony export */ });
/* unused harmony exports commentMarker, upsertPreviewComment, commentFailure */
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1073);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7194);
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2524);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7398);




/** Hidden in the comment, so the next run finds and updates it instead of adding another. */
function commentMarker(functionName, alias) {
    return `<!-- lambda-deploy preview: ${functionName} ${alias} -->`;
}
/** Creates the pull request's preview comment, or updates the one an earlier run left. */
async function upsertPreviewComment(token, pr, comment, timeoutSeconds = _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_REQUEST_TIMEOUT_SECONDS */ .il) {
    const octokit = (0,_request_js__WEBPACK_IMPORTED_MODULE_3__/* .githubClient */ .$)(token, timeoutSeconds);
    const marker = commentMarker(comment.functionName, comment.alias);
    const body = `${marker}\n${comment.body}`;
    const existing = await octokit.paginate(octokit.rest.issues.listComments, {
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        per_page: 100,
    });
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
    return (0,_request_js__WEBPACK_IMPORTED_MODULE_3__/* .githubFailure */ .e)(error, timeoutSeconds, 'pull-requests: write');
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
/* harmony export */   $: () => (/* binding */ githubClient),
/* harmony export */   e: () => (/* binding */ githubFailure)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(157);
// The GitHub REST client every GitHub feature uses, and what its failures mean.

/**
 * An Octokit whose every request is given up after `timeoutSeconds`. getOctokit takes the
 * API address from GITHUB_API_URL, as on GitHub Enterprise Server.
 */
function githubClient(token, timeoutSeconds) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { request: { fetch: fetchWithin(timeoutSeconds) } });
}
/** fetch, with each request given up after `seconds` (its error is a TimeoutError). */
function fetchWithin(seconds) {
    return (input, init) => {
        const deadline = AbortSignal.timeout(seconds * 1000);
        const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
        return fetch(input, { ...init, signal });
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


/***/ })

};

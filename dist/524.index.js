export const id = 524;
export const ids = [524];
export const modules = {

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


/***/ })

};

export const id = 304;
export const ids = [304,60];
export const modules = {

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


/***/ })

};

export const id = 145;
export const ids = [145];
export const modules = {

/***/ 6145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPreCommit: () => (/* binding */ runPreCommit)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_policy_base_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8551);
/* harmony import */ var _scan_command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(786);




/** The worse of two exit codes: could not run (2) over findings (1) over clean (0). */
function worst(a, b) {
    return Math.max(a, b);
}
/** True when a staged path is one `envguard check` reads: config, schema, policy or examples. */
function touchesConfig(paths, configFiles) {
    const dir = `${configFiles.configDir.replace(/\/+$/, "")}/`;
    for (const p of paths)
        if (p.startsWith(dir) || configFiles.files.includes(p))
            return true;
    return false;
}
/**
 * What the pre-commit hook runs: the staged changes scanned for secrets and sensitive files and,
 * only when the commit touches config, schema, policy or example files, `check` on their staged
 * versions (a commit that touches no config never loads ajv or the schema).
 */
async function runPreCommit(options) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.root);
    // Every path the staged change touches (added, modified, deleted, both names of a rename), taken
    // from the patch the scan reads: one git process for the whole hook.
    const changedPaths = new Set();
    // Read once for the scan and for deciding whether to check; a broken one is left for the scan to
    // report, with its line (it reads the file again only then).
    const policy = await (0,_config_policy_base_js__WEBPACK_IMPORTED_MODULE_1__/* .readPolicy */ .T4)(root, options.policyFile).catch(() => undefined);
    let code = await (0,_scan_command_js__WEBPACK_IMPORTED_MODULE_3__.runScan)({
        root,
        policy,
        policyFile: options.policyFile,
        // The summary counts the staged lines scanned rather than whole files: no `git cat-file`.
        target: { kind: "staged", blobSizes: false, changedPaths },
        format: "text",
        updateBaseline: false,
        failOn: "error",
        color: options.color,
        // A literal in a config layer is check's to report (it runs below whenever a layer is staged).
        schemaAware: false,
    });
    if (code === _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.couldNotRun)
        return code;
    const configFiles = {
        configDir: policy?.configDir ?? "config",
        files: [
            ..._config_policy_base_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_FILES */ .jE,
            ...(options.policyFile ? [options.policyFile] : []),
            ...(policy ? [policy.schema, policy.examples.dotenv, policy.examples.config] : []),
        ],
    };
    if (touchesConfig(changedPaths, configFiles)) {
        process.stdout.write("\n");
        // Loaded only now: a commit that touches no config never loads ajv or the schema.
        const { runCheck } = await Promise.all(/* import() */[__webpack_require__.e(874), __webpack_require__.e(745), __webpack_require__.e(916), __webpack_require__.e(403), __webpack_require__.e(330), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 1408));
        const checked = await runCheck({
            root,
            staged: true,
            policyFile: options.policyFile,
            format: "text",
            color: options.color,
        });
        if (checked !== _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.ok) {
            process.stdout.write("Fix the config above and stage it again (git add). git commit --no-verify skips this hook, but the pull-request check runs the same checks.\n");
        }
        code = worst(code, checked);
    }
    return code;
}


/***/ })

};

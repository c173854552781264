export const id = 463;
export const ids = [463];
export const modules = {

/***/ 1463:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.touchesConfig = touchesConfig;
exports.runPreCommit = runPreCommit;
const node_path_1 = __importDefault(__webpack_require__(6760));
const policy_base_js_1 = __webpack_require__(2636);
const run_git_js_1 = __webpack_require__(1234);
const exit_codes_js_1 = __webpack_require__(8473);
const scan_command_js_1 = __webpack_require__(1719);
/** The worse of two exit codes: could not run (2) over findings (1) over clean (0). */
function worst(a, b) {
    return Math.max(a, b);
}
/** True when a staged path is one `envguard check` reads: config, schema, policy or examples. */
function touchesConfig(paths, configFiles) {
    const dir = `${configFiles.configDir.replace(/\/+$/, "")}/`;
    return paths.some((p) => p.startsWith(dir) || configFiles.files.includes(p));
}
/**
 * What the pre-commit hook runs: the staged changes scanned for secrets and sensitive files and,
 * only when the commit touches config, schema, policy or example files, `check` on their staged
 * versions (a commit that touches no config never loads ajv or the schema).
 */
async function runPreCommit(options) {
    const root = node_path_1.default.resolve(options.root);
    // Listed while the scan runs (the index does not change under a hook); a failure to start git
    // is reported only if the scan got that far, as before.
    const listing = (0, run_git_js_1.runGit)(root, [
        "diff",
        "--cached",
        "--name-only",
        "-z",
        "--no-renames",
        "--relative",
        "--diff-filter=ACMRD",
    ]);
    listing.catch(() => { });
    let code = await (0, scan_command_js_1.runScan)({
        root,
        policyFile: options.policyFile,
        target: { kind: "staged" },
        format: "text",
        updateBaseline: false,
        failOn: "error",
        color: options.color,
    });
    if (code === exit_codes_js_1.EXIT.couldNotRun)
        return code;
    const staged = await listing;
    if (staged.code !== 0) {
        process.stderr.write("envguard: could not list the staged files (git diff --cached failed).\n");
        return exit_codes_js_1.EXIT.couldNotRun;
    }
    const paths = staged.stdout.split("\0").filter((p) => p !== "");
    let policy;
    try {
        policy = await (0, policy_base_js_1.readPolicy)(root, options.policyFile);
    }
    catch {
        // A broken policy is the check's to report, with its line.
        policy = undefined;
    }
    const configFiles = {
        configDir: policy?.configDir ?? "config",
        files: [
            ...policy_base_js_1.POLICY_FILES,
            ...(options.policyFile ? [options.policyFile] : []),
            ...(policy ? [policy.schema, policy.examples.dotenv, policy.examples.config] : []),
        ],
    };
    if (touchesConfig(paths, configFiles)) {
        process.stdout.write("\n");
        // Loaded only now: a commit that touches no config never loads ajv or the schema.
        const { runCheck } = await Promise.all(/* import() */[__webpack_require__.e(770), __webpack_require__.e(89), __webpack_require__.e(260), __webpack_require__.e(801), __webpack_require__.e(950), __webpack_require__.e(396)]).then(__webpack_require__.t.bind(__webpack_require__, 7396, 23));
        const checked = await runCheck({
            root,
            staged: true,
            policyFile: options.policyFile,
            format: "text",
            color: options.color,
        });
        if (checked !== exit_codes_js_1.EXIT.ok) {
            process.stdout.write("Fix the config above and stage it again (git add). git commit --no-verify skips this hook, but the pull-request check runs the same checks.\n");
        }
        code = worst(code, checked);
    }
    return code;
}


/***/ })

};

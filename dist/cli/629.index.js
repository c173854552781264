export const id = 629;
export const ids = [629];
export const modules = {

/***/ 4629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runExec: () => (/* binding */ runExec)
/* harmony export */ });
/* unused harmony export variableText */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1036);
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8270);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9023);
/* harmony import */ var _report_sanitize_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1211);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5655);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8551);
/* harmony import */ var _run_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9979);










/** Shells' codes: 127 the command was not found, 126 it could not be run. */
const EXIT_NOT_FOUND = 127;
const EXIT_CANNOT_EXECUTE = 126;
const FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"];
/** How a value reaches a program through its environment: strings as they are, everything else as JSON. */
function variableText(value) {
    return typeof value === "string" ? value : JSON.stringify(value);
}
/** Every schema key's variable set to its resolved value, and ENVGUARD_ENV. */
function programEnvironment(resolved, schema, base) {
    const env = { ...base };
    for (const key of schema.keys) {
        const got = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .getIn */ .O6)(resolved.config, key.path);
        if (!got.found || got.value === undefined)
            continue;
        env[key.envVar] = variableText(got.value);
    }
    env.ENVGUARD_ENV = resolved.environment;
    return env;
}
/**
 * Resolves and validates one environment, then runs the program with it in its environment. Never
 * starts an invalid config. The program's exit code (or signal) becomes envguard's.
 */
async function runExec(options) {
    let resolved;
    let schema;
    try {
        ({ resolved, schema } = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveProjectEnvironmentAsync */ .vY)({
            cwd: node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(options.root),
            env: options.environment,
            policyFile: options.policyFile,
            environ: process.env,
            timeoutMs: options.timeoutMs,
        }));
    }
    catch (error) {
        const findings = (0,_run_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .couldNotRunFindings */ .y)(error);
        if (!findings)
            throw error;
        (0,_run_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .reportCouldNotRun */ .S)("exec", findings, "text");
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.couldNotRun;
    }
    // The program owns stdout: everything envguard says goes to stderr.
    if ((0,_report_finding_js__WEBPACK_IMPORTED_MODULE_5__/* .hasErrors */ .Cs)(resolved.findings)) {
        process.stderr.write((0,_report_text_js__WEBPACK_IMPORTED_MODULE_6__/* .renderText */ .S)(resolved.findings, [], { color: options.color, allEnvironments: [] }));
        process.stderr.write(`envguard: ${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_9__/* .printable */ .g)(options.command)} was not started: the config for ${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_9__/* .printable */ .g)(resolved.environment)} is invalid.\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.findings;
    }
    return runProgram(options.command, options.args, programEnvironment(resolved, schema, process.env));
}
/** Spawns the program with inherited stdio, forwards signals, and ends the way it ended. */
function runProgram(command, args, env) {
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { stdio: "inherit", env });
        const forward = (signal) => {
            child.kill(signal);
        };
        for (const signal of FORWARDED)
            process.on(signal, forward);
        const stopForwarding = () => {
            for (const signal of FORWARDED)
                process.removeListener(signal, forward);
        };
        child.on("error", (error) => {
            stopForwarding();
            if (error.code === "ENOENT") {
                process.stderr.write(`envguard: ${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_9__/* .printable */ .g)(command)}: command not found\n`);
                resolve(EXIT_NOT_FOUND);
            }
            else if (error.code === "EACCES") {
                process.stderr.write(`envguard: ${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_9__/* .printable */ .g)(command)}: permission denied\n`);
                resolve(EXIT_CANNOT_EXECUTE);
            }
            else {
                process.stderr.write(`envguard: ${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_9__/* .printable */ .g)(command)} could not be started (${error.code ?? "error"})\n`);
                resolve(EXIT_CANNOT_EXECUTE);
            }
        });
        child.on("exit", (code, signal) => {
            stopForwarding();
            if (signal) {
                dieOf(signal);
                // Ignored signals (SIGPIPE) do not end us: report it as a shell does.
                resolve(128 + (node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[signal] ?? 0));
                return;
            }
            resolve(code ?? 0);
        });
    });
}
/** Ends this process with the signal that ended the program, so its parent sees the same. */
function dieOf(signal) {
    process.removeAllListeners(signal);
    try {
        process.kill(process.pid, signal);
    }
    catch {
        // fall back to the exit code
    }
}


/***/ })

};

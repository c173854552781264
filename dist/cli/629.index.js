export const id = 629;
export const ids = [629];
export const modules = {

/***/ 4629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runExec: () => (/* binding */ runExec)
/* harmony export */ });
/* unused harmony exports variableText, programEnvironment */
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


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ painter),
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2794);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1211);



function painter(color) {
    // `color` is the caller's decision (--color, NO_COLOR, a TTY); styleText must not second-guess it.
    return (style, text) => (color ? (0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)(style, text, { validateStream: false }) : text);
}
const SEVERITY_STYLE = { error: "red", warning: "yellow", note: "blue" };
/** Groups findings by environment, then file; each line is `file:line:col  severity  rule  message`. */
function renderText(findings, environments, options) {
    const paint = painter(options.color);
    const out = [];
    const groups = new Map();
    const all = options.allEnvironments.join(", ");
    for (const f of findings) {
        const label = f.environment === undefined ? "project" : f.environment === all ? "all environments" : f.environment;
        const list = groups.get(label) ?? [];
        list.push(f);
        groups.set(label, list);
    }
    const order = (label) => label === "project"
        ? -2
        : label === "all environments"
            ? -1
            : Math.max(0, options.allEnvironments.indexOf(label));
    const sorted = [...groups].sort((a, b) => order(a[0]) - order(b[0]));
    // Secret findings belong to no environment: one flat list, without a heading.
    const flat = options.grouped === false;
    for (const [label, list] of flat ? [["", findings]] : sorted) {
        if (!flat)
            out.push(paint("bold", (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(label)));
        for (const f of list) {
            const where = f.file
                ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ""}` : ""}`
                : "(no file)";
            const severity = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(7));
            const match = f.match ? `  [${f.match}]` : "";
            const commit = f.commit
                ? `  (commit ${f.commit.slice(0, 12)}${f.date ? `, ${f.date.slice(0, 10)}` : ""})`
                : "";
            out.push(`  ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(where)}  ${severity}  ${paint("dim", f.rule)}  ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(f.message)}${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(match)}${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(commit)}`);
            if (f.fix)
                out.push(`      ${paint("dim", `fix: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(f.fix)}`)}`);
        }
        out.push("");
    }
    if (environments.length > 0) {
        const width = Math.max(...environments.map((e) => e.name.length));
        for (const e of environments) {
            const mark = e.status === "pass" ? paint("green", "pass") : paint("red", "fail");
            const counts = [
                e.errors ? `${e.errors} error${e.errors === 1 ? "" : "s"}` : "",
                e.warnings ? `${e.warnings} warning${e.warnings === 1 ? "" : "s"}` : "",
            ]
                .filter(Boolean)
                .join(", ");
            out.push(`  ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(e.name).padEnd(width)}  ${mark}${counts ? `  ${counts}` : ""}${e.production ? paint("dim", "  (production rules)") : ""}`);
        }
        out.push("");
    }
    const s = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .summarize */ .eh)(findings);
    const line = s.errors > 0
        ? paint("red", `✖ ${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}`)
        : paint("green", `✔ no errors${s.warnings ? `, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}` : ""}`);
    out.push(line);
    return `${out.join("\n")}\n`;
}


/***/ })

};

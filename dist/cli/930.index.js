export const id = 930;
export const ids = [930];
export const modules = {

/***/ 9979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ reportCouldNotRun),
/* harmony export */   y: () => (/* binding */ couldNotRunFindings)
/* harmony export */ });
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7827);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2794);
/* harmony import */ var _report_sanitize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1211);
/* harmony import */ var _scan_sources_source_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4136);




/** The errors that mean "envguard could not run" (exit 2), each carrying its findings. */
function couldNotRunFindings(error) {
    if (error instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CouldNotRunError */ .II || error instanceof _scan_sources_source_error_js__WEBPACK_IMPORTED_MODULE_1__/* .SourceError */ .c) {
        return error.findings;
    }
    return undefined;
}
/** Writes could-not-run findings: JSON on stdout for machines, `file:line: message` on stderr for people. */
function reportCouldNotRun(command, findings, format) {
    if (format === "json")
        process.stdout.write((0,_report_json_js__WEBPACK_IMPORTED_MODULE_2__/* .renderJson */ .hF)(command, findings));
    for (const f of findings) {
        const where = f.file ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ""}` : ""}: ` : "";
        process.stderr.write(`envguard: ${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g)(where + f.message)}\n`);
        if (f.fix)
            process.stderr.write(`  fix: ${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g)(f.fix)}\n`);
    }
}


/***/ }),

/***/ 7827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ SchemaError),
/* harmony export */   II: () => (/* binding */ CouldNotRunError),
/* harmony export */   pn: () => (/* binding */ PolicyError),
/* harmony export */   wB: () => (/* binding */ ProjectError)
/* harmony export */ });
// The errors that stop a run (exit 2), each carrying findings with file and line. Here, apart from
// the modules that throw them, so catching one does not load the YAML parser or ajv.
/** envguard could not run (exit 2); `findings` say where and what to do. */
class CouldNotRunError extends Error {
    findings;
    constructor(findings) {
        super(findings.map((f) => f.message).join("\n"));
        this.findings = findings;
        this.name = new.target.name;
    }
}
/** The policy could not be read or is invalid: nothing can be checked. */
class PolicyError extends CouldNotRunError {
}
/** No config directory, unreadable files, unknown environment. */
class ProjectError extends CouldNotRunError {
}
/** The schema could not be used at all: envguard cannot check anything. */
class SchemaError extends CouldNotRunError {
}


/***/ }),

/***/ 4604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ formatOf)
/* harmony export */ });
/** A config file's format, by its extension; undefined for any other file. */
function formatOf(file) {
    if (/\.json$/i.test(file))
        return "json";
    if (/\.ya?ml$/i.test(file))
        return "yaml";
    return undefined;
}


/***/ }),

/***/ 7643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/** Maps a character offset in `text` to a 1-based line and column; built once per file, lazily. */
class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    position(offset) {
        if (!this.starts) {
            const starts = [0];
            for (let i = 0; i < this.text.length; i++)
                if (this.text.charCodeAt(i) === 10)
                    starts.push(i + 1);
            this.starts = starts;
        }
        const starts = this.starts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    }
}


/***/ }),

/***/ 7406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ checkedPaths),
/* harmony export */   G4: () => (/* binding */ defaultPolicy),
/* harmony export */   Oz: () => (/* binding */ findPolicyFile),
/* harmony export */   T4: () => (/* binding */ readPolicy),
/* harmony export */   jE: () => (/* binding */ POLICY_FILES)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9023);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7827);




const POLICY_FILES = [".envguard.yml", ".envguard.yaml"];
/** What `envguard check` reads besides the policy: the files a snapshot of the index or a commit must hold. */
function checkedPaths(policy) {
    return [policy.configDir, policy.schema, policy.examples.dotenv, policy.examples.config];
}
function defaultPolicy(root) {
    return {
        root,
        environments: ["local", "dev", "staging", "production"],
        production: ["production"],
        schema: "config/schema.json",
        configDir: "config",
        envPrefix: "",
        dotenv: { files: [".env"], environments: ["local"] },
        examples: { dotenv: ".env.example", config: "config/example.json" },
        rules: {},
        productionRules: {
            internalHosts: ["*.internal", "*.local", "*.svc", "*.cluster.local", "*.localdomain"],
            debugLevels: ["debug", "trace", "silly", "verbose", "all"],
            logLevelKeys: ["level", "logLevel", "log_level", "loglevel"],
        },
        scan: {
            ignorePaths: [],
            maxFileSize: 4 * 1024 * 1024,
            allowedDotenvSuffixes: ["example", "sample", "template", "dist"],
            baseline: ".envguard-baseline.json",
            lockfiles: false,
        },
    };
}
/**
 * The policy file to read: `explicitFile`, else the first of POLICY_FILES that exists; undefined
 * when there is none (the defaults apply). A missing explicit file is an error.
 */
function findPolicyFile(root, explicitFile) {
    const candidates = explicitFile ? [explicitFile] : POLICY_FILES;
    const found = candidates.find((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, f)));
    if (!found && explicitFile) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PolicyError */ .pn([
            (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .makeFinding */ .MH)({
                rule: "policy/invalid",
                severity: "error",
                file: explicitFile,
                message: `The policy file ${explicitFile} does not exist.`,
                fix: "Check the path given to --config; it is relative to the project root.",
            }),
        ]);
    }
    return found;
}
/**
 * `loadPolicy`, with the parser loaded only when there is a policy file to parse: a project without
 * one never loads YAML, JSON or the policy validator.
 */
async function readPolicy(root, explicitFile) {
    const found = findPolicyFile(root, explicitFile);
    if (found === undefined)
        return defaultPolicy(root);
    const { loadPolicy } = await Promise.all(/* import() */[__webpack_require__.e(874), __webpack_require__.e(916), __webpack_require__.e(214)]).then(__webpack_require__.bind(__webpack_require__, 4916));
    return loadPolicy(root, explicitFile, found);
}


/***/ }),

/***/ 6148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ runGit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _start_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4065);


/**
 * Runs one git command in `cwd` and returns its exit code and output; never throws for a
 * non-zero exit (callers decide what it means). Throws only when git cannot be started.
 */
function runGit(cwd, args, env = {}) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)("git", args, {
            cwd,
            encoding: "utf8",
            maxBuffer: 256 * 1024 * 1024,
            env: { ...(0,_start_git_js__WEBPACK_IMPORTED_MODULE_1__/* .gitEnvironment */ ._K)(), ...env },
        }, (error, stdout, stderr) => {
            if (error && typeof error.code === "string") {
                reject(new Error(`git could not be started (${error.code}); is git installed?`));
                return;
            }
            const code = error ? Number(error.code ?? 1) : 0;
            resolve({ code, stdout, stderr });
        });
    });
}


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ startGit),
/* harmony export */   _K: () => (/* binding */ gitEnvironment),
/* harmony export */   ei: () => (/* binding */ PATCH_OPTIONS),
/* harmony export */   nk: () => (/* binding */ takeEarlyGit),
/* harmony export */   vn: () => (/* binding */ STAGED_DIFF_ARGS),
/* harmony export */   yR: () => (/* binding */ PINNED_CONFIG)
/* harmony export */ });
/* unused harmony exports startGitEarly, stopEarlyGit */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

// Starting a git process whose output the scanner reads as a stream, and starting it early: the CLI's
// fast path for the pre-commit hook starts `git diff --cached` before it loads the scanner, so git
// works on one core while Node compiles on the other. Kept small: it is part of the CLI's first chunk.
/**
 * Settings that change what `git diff`/`git log -p` print, pinned so a user's config cannot break the
 * parser: prefixes, quoting, colour, signatures, merged hunks, log encoding.
 */
const PINNED_CONFIG = [
    "-c",
    "core.quotePath=true",
    "-c",
    "diff.noprefix=false",
    "-c",
    "diff.mnemonicPrefix=false",
    "-c",
    "color.ui=never",
    "-c",
    "log.showSignature=false",
    "-c",
    "diff.interHunkContext=0",
    "-c",
    "diff.suppressBlankEmpty=false",
    "-c",
    "i18n.logOutputEncoding=UTF-8",
];
/** The patch format the diff parser reads: added lines only, new-file line numbers, renames found. */
const PATCH_OPTIONS = [
    "-p",
    "-U0",
    "-M",
    "--full-index",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    // Paths relative to the project root (the working directory), like every other path envguard uses;
    // a project below the top of its repository sees only its own changes.
    "--relative",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    "--ignore-submodules=all",
];
/** The arguments of the staged scan's one git call: the index against HEAD (or nothing, unborn). */
const STAGED_DIFF_ARGS = [...PINNED_CONFIG, "diff", "--cached", ...PATCH_OPTIONS, "--"];
const STDERR_LIMIT = 16 * 1024;
/** The environment git runs in: no prompts, no opportunistic index writes that race a commit. */
function gitEnvironment() {
    const env = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" };
    // GIT_DIFF_OPTS overrides -U0 on the command line; an external diff would replace the patch.
    delete env.GIT_DIFF_OPTS;
    delete env.GIT_EXTERNAL_DIFF;
    return env;
}
/** Starts git in `cwd`, listening at once for its end and its stderr. */
function startGit(cwd, args) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)("git", args, { cwd, env: gitEnvironment(), stdio: ["ignore", "pipe", "pipe"] });
    // A listener, so that Node keeps what git writes until it is read: without one, a git that exits
    // before the scanner reads it (one started early) would have its output drained and dropped.
    child.stdout.on("readable", keepBuffered);
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (text) => {
        if (stderr.length < STDERR_LIMIT)
            stderr += text;
    });
    const exit = new Promise((resolve) => {
        child.once("error", (error) => resolve({ code: null, error }));
        child.once("close", (code) => resolve({ code }));
    });
    return { child, exit, stderr: () => stderr };
}
function keepBuffered() { }
// Kept on the global object: the CLI's launcher starts git before it loads the hook's engine, a
// separate bundle with its own copy of this module, which takes the process from here.
const REGISTRY = Symbol.for("envguard.earlyGit");
const early = globalThis[REGISTRY] ??
    new Map();
globalThis[REGISTRY] = early;
const keyOf = (cwd, args) => JSON.stringify([cwd, ...args]);
/** Starts git now, for a later `takeEarlyGit` with the same directory and arguments. */
function startGitEarly(cwd, args) {
    const key = keyOf(cwd, args);
    if (!early.has(key))
        early.set(key, startGit(cwd, args));
}
/** The git started early with these arguments, if any; each is handed out once. */
function takeEarlyGit(cwd, args) {
    const key = keyOf(cwd, args);
    const started = early.get(key);
    early.delete(key);
    return started;
}
/** Stops every early git nobody took (the run ended before reading it, e.g. on a broken policy). */
function stopEarlyGit() {
    for (const started of early.values()) {
        started.child.kill();
        started.child.stdout.destroy();
    }
    early.clear();
}


/***/ }),

/***/ 9023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ hasErrors),
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Hu: () => (/* binding */ failsOn),
/* harmony export */   MH: () => (/* binding */ makeFinding),
/* harmony export */   kd: () => (/* binding */ mergeAcrossEnvironments)
/* harmony export */ });
/* unused harmony exports SEVERITY_ORDER, isLineNumber */
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7795);

function makeFinding(input) {
    const { fingerprintParts, ...rest } = input;
    const finding = { ...rest };
    for (const k of Object.keys(finding)) {
        if (finding[k] === undefined)
            delete finding[k];
    }
    if (input.environment !== undefined)
        finding.environments = [input.environment];
    finding.fingerprint = fingerprintParts ? hashParts(fingerprintParts) : fingerprintOf(finding);
    return finding;
}
function hashParts(parts) {
    return (0,_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(parts.join("\u0000")).slice(0, 16);
}
function fingerprintOf(f) {
    const parts = [f.rule, f.file ?? "", f.key ?? "", (f.environments ?? []).join(","), f.message];
    return (0,_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(parts.join("\u0000")).slice(0, 16);
}
/** Most severe first: error, warning, note. */
const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 };
/** A line or column a report can point at: a whole number from 1. */
function isLineNumber(n) {
    return n !== undefined && Number.isInteger(n) && n >= 1;
}
/** Same order everywhere: file, line, column, severity, rule. Findings without a file come first. */
function compareFindings(a, b) {
    return ((a.file ?? "").localeCompare(b.file ?? "") ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.rule.localeCompare(b.rule) ||
        (a.key ?? "").localeCompare(b.key ?? "") ||
        a.message.localeCompare(b.message));
}
/**
 * The same problem found in several environments (a bad value in base.json is bad in all of them)
 * is reported once, naming every environment it applies to.
 */
function mergeAcrossEnvironments(findings, environmentOrder) {
    const byPlace = new Map();
    for (const f of findings) {
        const place = [f.rule, f.file ?? "", f.line ?? "", f.column ?? "", f.key ?? "", f.message].join("\u0000");
        const seen = byPlace.get(place);
        if (!seen) {
            byPlace.set(place, { ...f, environments: [...(f.environments ?? [])] });
            continue;
        }
        for (const env of f.environments ?? []) {
            if (!seen.environments?.includes(env))
                seen.environments?.push(env);
        }
    }
    const rank = (env) => {
        const i = environmentOrder.indexOf(env);
        return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    };
    return [...byPlace.values()].map((f) => {
        const envs = (f.environments ?? []).sort((a, b) => rank(a) - rank(b));
        const merged = { ...f };
        if (envs.length === 0) {
            delete merged.environments;
            delete merged.environment;
        }
        else {
            merged.environments = envs;
            merged.environment = envs.join(", ");
        }
        merged.fingerprint = fingerprintOf(merged);
        return merged;
    });
}
function hasErrors(findings) {
    return findings.some((f) => f.severity === "error");
}
/** Whether findings fail a run under a `fail-on`/`--fail-on` setting (every door reads it the same). */
function failsOn(findings, failOn) {
    if (failOn === "never")
        return false;
    if (failOn === "warning")
        return findings.some((f) => f.severity !== "note");
    return hasErrors(findings);
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ jsonReport),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   hF: () => (/* binding */ renderJson)
/* harmony export */ });
function summarize(findings) {
    return {
        errors: findings.filter((f) => f.severity === "error").length,
        warnings: findings.filter((f) => f.severity === "warning").length,
        notes: findings.filter((f) => f.severity === "note").length,
    };
}
/** The report as data, for commands that add their own fields (print's values, scan's stats). */
function jsonReport(command, findings, environments = []) {
    return { version: 1, tool: "envguard", command, summary: summarize(findings), environments, findings };
}
function renderJson(command, findings, environments = []) {
    return `${JSON.stringify(jsonReport(command, findings, environments), null, 2)}\n`;
}


/***/ }),

/***/ 9488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ maskSecret),
/* harmony export */   j: () => (/* binding */ maskUrlPassword)
/* harmony export */ });
/**
 * Renders a secret so that a person can recognise it without it being usable: a few characters
 * at each end of long values only, never more than a fifth of them in all. `AKIA…E7QA (40 chars)`,
 * `ab…yz (24 chars)`, `•••••••• (12 chars)`.
 */
function maskSecret(secret) {
    const chars = [...secret];
    const n = chars.length;
    if (n === 0)
        return "(empty)";
    const show = n < 16 ? 0 : Math.min(4, Math.floor(n / 10));
    if (show === 0)
        return `${"•".repeat(Math.min(n, 8))} (${n} chars)`;
    return `${chars.slice(0, show).join("")}…${chars.slice(n - show).join("")} (${n} chars)`;
}
/**
 * Hides the password in `scheme://user:password@host` URLs; everything else stays as it was.
 * The user info runs to the last `@`, so a password holding `/`, `:` or `@` is hidden whole.
 */
function maskUrlPassword(value) {
    const m = /^([a-z][a-z0-9+.-]*:\/\/)(\S*)@([^@]*)$/i.exec(value);
    if (!m)
        return value;
    const [, scheme, userinfo = "", rest] = m;
    const colon = userinfo.indexOf(":");
    if (colon < 0)
        return value;
    return `${scheme}${userinfo.slice(0, colon + 1)}****@${rest}`;
}


/***/ }),

/***/ 7795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var _noble_hashes_sha2_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5108);
/* harmony import */ var _noble_hashes_utils_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2565);


// Fingerprints and baseline hashes are sha256 of a few dozen bytes. node:crypto would give the same
// digests, but loading it (all of its parts at once) costs ~3 ms, a tenth of what the pre-commit hook
// adds to a commit; noble's audited pure-JS sha256 costs nothing to load from the hook's code cache.
/** The sha256 of `text` (UTF-8, a lone surrogate as U+FFFD, as node:crypto encodes it), in hex. */
function sha256Hex(text) {
    return (0,_noble_hashes_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesToHex */ .My)((0,_noble_hashes_sha2_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)((0,_noble_hashes_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8ToBytes */ .AI)(text)));
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


/***/ }),

/***/ 6952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pv: () => (/* binding */ looksLikeCredential),
/* harmony export */   wK: () => (/* binding */ isPlaceholder)
/* harmony export */ });
/* unused harmony exports isWordLike, shannonEntropy */
/**
 * Heuristics that tell a real-looking credential from a placeholder. Used on example files
 * (which must hold placeholders) and by the generic credential rule.
 */
const PLACEHOLDER_WORDS = /(example|sample|dummy|placeholder|changeme|change[-_ ]?me|change[-_ ]?this|replace[-_ ]?me|redacted|your[-_ ]|[-_ ]here$|insert[-_ ]|fake|x{3,}|todo|tbd|\*\*\*|\.\.\.|\u2026|\u2022{2,})/i;
/** Runs of six or more keys in order (`123456`, `abcdef`, `qwerty`): typed by a person, not generated. */
const SEQUENCES = ["0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl"];
function hasTypedSequence(value) {
    const lower = value.toLowerCase();
    for (const run of SEQUENCES) {
        for (let i = 0; i + 6 <= run.length; i++)
            if (lower.includes(run.slice(i, i + 6)))
                return true;
    }
    return false;
}
/** Values that stand in for a secret rather than being one. */
function isPlaceholder(raw) {
    const value = raw.trim();
    if (value === "")
        return true;
    if (/^<[^<>]*>$/.test(value) || /^\[[^[\]]*\]$/.test(value))
        return true; // <token>, [token]
    if (/\$\{[^}]*\}|^\$[A-Za-z_][A-Za-z0-9_]*$|\{\{[^}]*\}\}|%\(?[a-z_]*\)?s|%s/.test(value))
        return true;
    // $(command), %NAME% (Windows, Azure Pipelines), #{name} (Ruby, Octopus), {name} (format strings)
    if (/\$\([^)]*\)|^%[A-Za-z_][\w.]*%$|#\{[^}]*\}|^\{[\w.-]*\}$/.test(value))
        return true;
    if (/^(.)\1*$/.test(value))
        return true; // ********, 00000000
    if (PLACEHOLDER_WORDS.test(value))
        return true;
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value))
        return true; // UUIDs
    if (isWordLike(value))
        return true;
    if (hasTypedSequence(value))
        return true;
    return false;
}
/** `postgres`, `password1`, `test`, `dev-secret`: dictionary-like words, not generated credentials. */
function isWordLike(value) {
    return /^[a-z]+(?:[-_. ][a-z]+)*\d{0,4}$/.test(value) || /^[A-Z][a-z]+\d{0,4}$/.test(value);
}
function shannonEntropy(value) {
    const counts = new Map();
    for (const ch of value)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    const n = [...value].length;
    for (const c of counts.values()) {
        const p = c / n;
        bits -= p * Math.log2(p);
    }
    return bits;
}
function characterClasses(value) {
    return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
}
/**
 * True when the value is shaped like a generated credential. `secretKey` says the key it is
 * assigned to names a secret, which lowers the bar (a 12-character mixed password counts).
 */
function looksLikeCredential(raw, { secretKey }) {
    const value = raw.trim();
    if (/\s/.test(value) || isPlaceholder(value))
        return false;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        const password = /^[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:([^\s@/]+)@/i.exec(value)?.[1];
        return (password !== undefined && looksLikeCredential(decodeURIComponentSafe(password), { secretKey: true }));
    }
    // `user:password@host` without a scheme: as in a URL, only the password can be a credential.
    const password = /^[^\s:/@]+:([^\s@/]+)@[^\s@]+$/.exec(value)?.[1];
    if (password !== undefined)
        return looksLikeCredential(decodeURIComponentSafe(password), { secretKey: true });
    if (/^[\d.:+-]+$/.test(value))
        return false; // numbers, versions, times
    const classes = characterClasses(value);
    const entropy = shannonEntropy(value);
    if (secretKey) {
        if (value.length < 8)
            return false;
        if (/^[0-9a-f]+$/i.test(value))
            return value.length >= 16 && entropy >= 3;
        return classes >= 2 && entropy >= 2.8;
    }
    if (value.length < 20 || value.includes("/") || /^[0-9a-f]+$/i.test(value))
        return false;
    return classes >= 3 ? entropy >= 3.5 : classes === 2 && entropy >= 4.2;
}
function decodeURIComponentSafe(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}


/***/ }),

/***/ 1697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NN: () => (/* binding */ isSecretKeyName),
/* harmony export */   Tb: () => (/* binding */ SECRET_KEY_END_WORDS),
/* harmony export */   f4: () => (/* binding */ SECRET_KEY_END),
/* harmony export */   si: () => (/* binding */ SECRET_KEY_KEYWORDS)
/* harmony export */ });
/**
 * Which key names name a secret. A key names one when its last word is a secret word (`password`,
 * `token`, …) or its last two words are `<qualifier> key` (`api_key`, `privateKey`): `DB_PASSWORD`,
 * `githubToken`, `spring.datasource.password`, `--password`. A key whose secret word is followed
 * by another word only talks about a secret (`password_policy`, `token_url`, `passwordMinLength`).
 */
/** Last words that make a key a secret's name. */
const SECRET_WORDS = [
    "pass",
    "password",
    "passwd",
    "passphrase",
    "pwd",
    "secret",
    "token",
    "auth",
    "credential",
    "credentials",
];
/** Words that, followed by `key`, make a secret's name (`api_key`, `accessKey`, `SIGNING-KEY`). */
const KEY_QUALIFIERS = ["api", "access", "secret", "private", "signing", "encryption", "master", "auth"];
/**
 * The end of a secret key's name, as a case-insensitive pattern. Longest alternatives first, so
 * that `password` is not read as `pass` followed by more.
 */
const SECRET_KEY_END = `(?:(?:${KEY_QUALIFIERS.join("|")})[-_.]?key|${[...SECRET_WORDS]
    .sort((a, b) => b.length - a.length)
    .join("|")})`;
/**
 * The prefilter's keywords: lower-case text that every secret key contains. Each secret word
 * (`pass` stands for `password`, `passwd`, `passphrase`), and each qualifier written together with
 * `key` in the four ways a name can join them (`apikey`, `api_key`, `api-key`, `api.key`).
 * `secret` and `auth` already cover `secret_key` and `auth_key`.
 */
const SECRET_KEY_KEYWORDS = [
    "pass",
    "pwd",
    "secret",
    "token",
    "auth",
    "credential",
    ...KEY_QUALIFIERS.filter((q) => q !== "secret" && q !== "auth").flatMap((q) => ["", "_", "-", "."].map((sep) => `${q}${sep}key`)),
];
/**
 * SECRET_KEY_END spelt out as the words it matches (`apikey`, `api_key`, …, `password`, `pwd`):
 * a text holds a match of it starting at a position exactly when one of these starts there.
 */
const SECRET_KEY_END_WORDS = [
    ...KEY_QUALIFIERS.flatMap((q) => ["", "-", "_", "."].map((sep) => `${q}${sep}key`)),
    ...SECRET_WORDS,
];
const END = new RegExp(`${SECRET_KEY_END}$`, "i");
/** Words that end in `pass` without being about a password. */
const NOT_A_PASS = /(?:by|com|sur|encom|tres|under|over|multi)pass$/i;
/**
 * True when `key` (as written, without quotes) names a secret: it ends with a secret word, after a
 * separator (`DB_PASSWORD`), at a change of case (`githubToken`) or glued on (`PGPASSWORD`), but is
 * not an ordinary word that happens to end in one (`bypass`, `compass`).
 */
function isSecretKeyName(key) {
    return END.test(key) && !NOT_A_PASS.test(key);
}


/***/ }),

/***/ 3599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Co: () => (/* binding */ detectSensitiveFile),
/* harmony export */   w: () => (/* binding */ SENSITIVE_FILE_RULES),
/* harmony export */   wd: () => (/* binding */ isDotenvPath)
/* harmony export */ });
/* unused harmony export DEFAULT_ALLOWED_DOTENV_SUFFIXES */
/* harmony import */ var _credential_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6952);

/**
 * `.env.<suffix>` files that are templates, meant to be committed. `dist` is Symfony's name for
 * the committed template (`.env.dist`).
 */
const DEFAULT_ALLOWED_DOTENV_SUFFIXES = ["example", "sample", "template", "dist"];
const DOTENV = {
    id: "file/dotenv",
    title: "dotenv file",
    description: "A .env file (.env, .env.local, .env.production, config/.env, .env-prod, …) anywhere in the tree. It holds one machine's settings and secrets, so it is blocked whatever it holds. Templates are allowed: a last suffix of example, sample, template or dist (.env.example, .env.production.example; configurable with scan.allowedDotenvSuffixes), and documentation or code named after it (.env.md, .env.ts).",
    fix: "Remove it from git (git rm --cached -- <file>), add it to .gitignore, commit a .env.example with placeholders instead, and rotate every secret it held.",
};
const PRIVATE_KEY = {
    id: "file/private-key",
    title: "private key file",
    description: "A private key file: SSH keys (id_rsa, id_dsa, id_ecdsa, id_ed25519 and their _sk and suffixed variants; .pub is allowed), *.key, *.pem, PuTTY *.ppk and PKCS#8 *.p8 keys. A .pem or .key whose text holds only certificates or public keys (no PRIVATE KEY block), and an id_* file that holds only an OpenSSH public key, are allowed.",
    fix: "Remove the file from git, add its name to .gitignore, and replace the key: generate a new one and revoke the old one wherever it is trusted (authorized_keys, the CA, the provider's console).",
};
const KEYSTORE = {
    id: "file/keystore",
    title: "key store",
    description: "A PKCS#12 or Java key store (*.p12, *.pfx, *.pkcs12, *.jks, *.jceks, *.keystore): binary containers of private keys and certificates. Android's debug.keystore is allowed.",
    fix: "Remove the key store from git, keep it in a secret store or CI secret, and re-issue the keys it held (and change its password).",
};
const NPMRC_TOKEN = {
    id: "file/npmrc-token",
    title: "npm or Yarn credentials",
    description: `An .npmrc or .yarnrc with an _authToken, _auth or _password, or a .yarnrc.yml with an npmAuthToken or npmAuthIdent, whose value is not an environment reference (\${NPM_TOKEN}) or a placeholder.`,
    fix: `Replace the value with \${NPM_TOKEN} (set in CI and in each developer's environment), revoke the token on the registry, and create a new one.`,
};
const PYPIRC_PASSWORD = {
    id: "file/pypirc-password",
    title: "PyPI credentials",
    description: "A .pypirc with a password (an API token or an account password) that is not a placeholder.",
    fix: "Remove the password line (twine reads TWINE_PASSWORD, or use trusted publishing), revoke the token on PyPI, and create a new one.",
};
const CLOUD_CREDENTIALS = {
    id: "file/cloud-credentials",
    title: "cloud credentials file",
    description: 'A cloud CLI\'s credentials: .aws/credentials or .aws/config with aws_secret_access_key or aws_session_token; gcloud\'s application_default_credentials.json with a private key, refresh token or client secret, its credentials.db, access_tokens.db and legacy_credentials; any JSON service-account key ("private_key": "-----BEGIN …"); the Azure CLI\'s token caches and service principal entries under .azure/, and .azure/credentials with a secret.',
    fix: "Remove the file from git, deactivate or delete the key or token in the provider's console (IAM access keys, service account keys, app registrations), and use workload identity or a secret store instead of a key file.",
};
const DOCKER_CONFIG = {
    id: "file/docker-config",
    title: "Docker registry credentials",
    description: 'A Docker client config (.docker/config.json, .dockercfg) with an "auth", "identitytoken" or "registrytoken": base64 user:password pairs or tokens for registries. A config that only names credential helpers is allowed.',
    fix: "Remove the file from git, log out and back in with a credential helper (credsStore), and rotate the registry password or token.",
};
const GIT_CREDENTIALS = {
    id: "file/git-credentials",
    title: "git credential store",
    description: "A .git-credentials file: git's plain-text credential store, one https://user:token@host per line.",
    fix: "Remove it from git, revoke every token it lists, and use a credential helper that keeps them out of the work tree.",
};
const NETRC = {
    id: "file/netrc",
    title: "netrc with a password",
    description: "A .netrc or _netrc with a password token (machine host login user password secret) that is not a placeholder.",
    fix: "Remove it from git, change the passwords it held, and keep it in your home directory only (chmod 600).",
};
const KEEPASS = {
    id: "file/keepass",
    title: "password database",
    description: "A KeePass database (*.kdbx, *.kdb): encrypted, but open to offline guessing of its master password once committed.",
    fix: "Remove it from git and keep it outside the repository; if it may have been pushed, change its master password and the passwords it holds.",
};
const TERRAFORM_STATE = {
    id: "file/terraform-state",
    title: "Terraform state",
    description: "A Terraform state file (*.tfstate, *.tfstate.backup): it records every resource's attributes in plain text, generated passwords and keys included.",
    fix: "Remove it from git, add *.tfstate* to .gitignore, keep state in a remote backend with encryption and access control, and rotate the secrets it recorded.",
};
const SENSITIVE_FILE_RULES = [
    DOTENV,
    PRIVATE_KEY,
    KEYSTORE,
    NPMRC_TOKEN,
    PYPIRC_PASSWORD,
    CLOUD_CREDENTIALS,
    DOCKER_CONFIG,
    GIT_CREDENTIALS,
    NETRC,
    KEEPASS,
    TERRAFORM_STATE,
];
function hit(rule, message) {
    return { rule: rule.id, message, fix: rule.fix };
}
/** Extensions of documentation and source files: `.env.md`, `.env.ts` are about a .env file, not one. */
const NOT_DOTENV = new Set([
    "md",
    "mdx",
    "markdown",
    "rst",
    "adoc",
    "html",
    "ts",
    "mts",
    "cts",
    "tsx",
    "js",
    "mjs",
    "cjs",
    "jsx",
    "py",
    "rb",
    "go",
    "rs",
    "java",
    "kt",
    "php",
]);
/** Values that are not a credential: empty, an environment reference, or a placeholder. */
function isStandIn(raw) {
    const value = raw
        .replace(/\s+#.*$/, "") // a YAML comment after the value
        .trim()
        .replace(/^(["'])(.*)\1$/, "$2");
    return value === "" || (0,_credential_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(value); // isPlaceholder knows ${VAR}, ${VAR:-default}, $VAR
}
/** The values of `name = value` lines (INI, .npmrc) whose name matches, comments left out. */
function values(text, name, separator = "[=:]") {
    const line = new RegExp(`^[ \\t]*(?:${name.source})["']?[ \\t]*${separator}[ \\t]*(.*?)[ \\t]*$`, "gim");
    return [...text.matchAll(line)].map((m) => m[1] ?? "");
}
/** The BEGIN or END line of a private key block (PKCS#1, PKCS#8, encrypted, EC, OpenSSH, PGP). */
const PRIVATE_BLOCK = / PRIVATE KEY(?: BLOCK)?-----/;
const PEM_MARKER = /-----(?:BEGIN|END) [A-Z0-9 ]+-----/;
const OPENSSH_PUBLIC = /^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) AAAA[A-Za-z0-9+/=]+(?: .*)?$/;
/**
 * Whether a key-like file's text holds a private key. Without a PRIVATE KEY block: certificates
 * and public keys (PEM blocks, OpenSSH public key lines) are not; text that is neither (a raw key
 * such as Rails' master.key, or base64 lines of a key changed without its BEGIN line) is.
 */
function holdsPrivateKey(text) {
    if (PRIVATE_BLOCK.test(text))
        return true;
    if (PEM_MARKER.test(text))
        return false;
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
    if (lines.length === 0)
        return false;
    return !lines.every((l) => OPENSSH_PUBLIC.test(l.trim()));
}
function dotenvHit(name, path, allowed) {
    if (!/^\.env(?:[._-].+)?$/.test(name))
        return undefined;
    const extension = name.slice(name.lastIndexOf(".") + 1);
    if (name !== ".env" && NOT_DOTENV.has(extension))
        return undefined;
    for (const raw of allowed) {
        const suffix = raw.replace(/^\./, "").toLowerCase();
        if (suffix !== "" && [".", "-", "_"].some((sep) => name.endsWith(`${sep}${suffix}`)))
            return undefined;
    }
    return hit(DOTENV, `${path} is a dotenv file: it holds one machine's settings and secrets and must not be committed.`);
}
/**
 * Whether `path` names a dotenv file: envguard's one definition, for the scan's `file/dotenv` rule
 * and `check`'s `repo/tracked-dotenv`. Case-insensitive; templates (`allowed` last suffixes after
 * `.`, `-` or `_`) and documentation or code named after one (`.env.md`, `.env.ts`) are not.
 */
function isDotenvPath(path, allowed = DEFAULT_ALLOWED_DOTENV_SUFFIXES) {
    const lower = path.replace(/\\/g, "/").toLowerCase();
    return dotenvHit(lower.slice(lower.lastIndexOf("/") + 1), path, allowed) !== undefined;
}
/**
 * The sensitive-file rule a fragment's file breaks, if any. `allowedDotenvSuffixes`: the last
 * suffixes that make a `.env.*` file a template (with or without the dot, any case).
 */
function detectSensitiveFile(fragment, allowedDotenvSuffixes = DEFAULT_ALLOWED_DOTENV_SUFFIXES) {
    const path = fragment.path.replace(/\\/g, "/");
    const lower = path.toLowerCase();
    const name = lower.slice(lower.lastIndexOf("/") + 1);
    const dirs = `/${lower.slice(0, lower.length - name.length)}`;
    /** The text to look at, or undefined when the content was not read. */
    const text = fragment.skipped ? undefined : fragment.text;
    /** Blocked unless the text was read and holds no evidence. */
    const unlessCleared = (evidence) => text === undefined || evidence(text);
    const dotenv = dotenvHit(name, path, allowedDotenvSuffixes);
    if (dotenv)
        return dotenv;
    // Private keys and key stores.
    if (/^id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?(?:[._-].*)?$/.test(name) && !name.endsWith(".pub")) {
        if (unlessCleared(holdsPrivateKey)) {
            return hit(PRIVATE_KEY, `${path} is an SSH private key.`);
        }
        return undefined;
    }
    if (/\.(?:pem|key)$/.test(name)) {
        if (unlessCleared(holdsPrivateKey)) {
            return hit(PRIVATE_KEY, `${path} holds a private key (or content that could not be shown to be certificates only).`);
        }
        return undefined;
    }
    if (/\.(?:ppk|p8)$/.test(name))
        return hit(PRIVATE_KEY, `${path} is a private key file.`);
    if (/\.(?:p12|pfx|pkcs12|jks|jceks|keystore)$/.test(name) && name !== "debug.keystore") {
        return hit(KEYSTORE, `${path} is a key store: it holds private keys.`);
    }
    // Package registry credentials.
    if (name === ".npmrc" || name === ".yarnrc") {
        const tokenLines = (t) => values(t, /(?:\/\/\S*?:)?_(?:authtoken|auth|password)|"\/\/\S*?:_(?:authtoken|auth|password)"/, "[=: ]").some((v) => !isStandIn(v));
        if (unlessCleared(tokenLines))
            return hit(NPMRC_TOKEN, `${path} holds a registry auth token or password.`);
        return undefined;
    }
    if (name === ".yarnrc.yml" || name === ".yarnrc.yaml") {
        if (unlessCleared((t) => values(t, /npmauthtoken|npmauthident/, ":").some((v) => !isStandIn(v)))) {
            return hit(NPMRC_TOKEN, `${path} holds a registry auth token.`);
        }
        return undefined;
    }
    if (name === ".pypirc") {
        if (unlessCleared((t) => values(t, /password/).some((v) => !isStandIn(v)))) {
            return hit(PYPIRC_PASSWORD, `${path} holds a PyPI password or token.`);
        }
        return undefined;
    }
    // Cloud CLIs.
    if (dirs.endsWith("/.aws/") && (name === "credentials" || name === "config")) {
        if (unlessCleared((t) => values(t, /aws_secret_access_key|aws_session_token/).some((v) => !isStandIn(v)))) {
            return hit(CLOUD_CREDENTIALS, `${path} holds an AWS secret access key or session token.`);
        }
        return undefined;
    }
    if (name === "application_default_credentials.json") {
        const secretField = /"(?:private_key|refresh_token|client_secret)"\s*:\s*"([^"]*)"/g;
        if (unlessCleared((t) => [...t.matchAll(secretField)].some((m) => !isStandIn(m[1] ?? "")))) {
            return hit(CLOUD_CREDENTIALS, `${path} holds Google Cloud application default credentials.`);
        }
        return undefined;
    }
    if (/\/gcloud\//.test(dirs) &&
        (name === "credentials.db" || name === "access_tokens.db" || dirs.includes("/legacy_credentials/"))) {
        return hit(CLOUD_CREDENTIALS, `${path} is part of gcloud's credential store.`);
    }
    if (dirs.includes("/.azure/")) {
        if (/^(?:accesstokens\.json|msal_token_cache\.(?:json|bin)|msal_http_cache\.bin|service_principal_entries\.(?:json|bin))$/.test(name)) {
            return hit(CLOUD_CREDENTIALS, `${path} is one of the Azure CLI's token caches.`);
        }
        if (name === "credentials") {
            if (unlessCleared((t) => values(t, /secret|password/).some((v) => !isStandIn(v)))) {
                return hit(CLOUD_CREDENTIALS, `${path} holds an Azure client secret.`);
            }
            return undefined;
        }
    }
    if (name.endsWith(".json") && text !== undefined) {
        const key = /"private_key"\s*:\s*"(-----BEGIN[^"]*)"/.exec(text);
        if (key && PRIVATE_BLOCK.test(key[1] ?? "")) {
            return hit(CLOUD_CREDENTIALS, `${path} is a service account key: it holds a private key.`);
        }
    }
    // Docker.
    if ((dirs.endsWith("/.docker/") && name === "config.json") || name === ".dockercfg") {
        const auth = /"(?:auth|identitytoken|registrytoken)"\s*:\s*"([^"]*)"/gi;
        if (unlessCleared((t) => [...t.matchAll(auth)].some((m) => !isStandIn(m[1] ?? "")))) {
            return hit(DOCKER_CONFIG, `${path} holds Docker registry credentials.`);
        }
        return undefined;
    }
    // Plain-text credential stores.
    if (name === ".git-credentials")
        return hit(GIT_CREDENTIALS, `${path} is git's plain-text credential store.`);
    if (name === ".netrc" || name === "_netrc") {
        const password = /(?:^|\s)password\s+(\S+)/g;
        if (unlessCleared((t) => [...t.matchAll(password)].some((m) => !isStandIn(m[1] ?? "")))) {
            return hit(NETRC, `${path} holds a password.`);
        }
        return undefined;
    }
    if (/\.kdbx?$/.test(name))
        return hit(KEEPASS, `${path} is a KeePass password database.`);
    if (/\.tfstate(?:\.backup)?$/.test(name)) {
        return hit(TERRAFORM_STATE, `${path} is Terraform state: it records secrets in plain text.`);
    }
    return undefined;
}


/***/ }),

/***/ 4136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ SourceError)
/* harmony export */ });
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9023);

/**
 * A source could not read what it was asked to scan: git failed, a commit is missing, a path does
 * not exist. A scan that meets one must stop (exit 2), never report "no secrets".
 */
class SourceError extends Error {
    /** What went wrong, in one sentence. */
    problem;
    /** What to do about it (a command to run, a setting to change), when there is something. */
    fix;
    /** git's own words (stderr, trimmed), when git failed. */
    gitMessage;
    constructor(problem, options = {}) {
        const parts = [problem];
        if (options.gitMessage)
            parts.push(`git said: ${options.gitMessage}`);
        if (options.fix)
            parts.push(`fix: ${options.fix}`);
        super(parts.join("\n"));
        this.name = "SourceError";
        this.problem = problem;
        this.fix = options.fix;
        this.gitMessage = options.gitMessage;
    }
    /** The one finding of a scan that could not run, as every door reports it (exit 2). */
    get findings() {
        return [
            (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .makeFinding */ .MH)({
                rule: "scan/could-not-scan",
                severity: "error",
                message: `could not scan: ${this.problem}${this.gitMessage ? ` (git said: ${this.gitMessage})` : ""}.`,
                fix: this.fix ? `${this.fix[0]?.toUpperCase()}${this.fix.slice(1)}.` : undefined,
            }),
        ];
    }
}


/***/ })

};

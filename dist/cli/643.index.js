export const id = 643;
export const ids = [643];
export const modules = {

/***/ 9979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ reportCouldNotRun),
/* harmony export */   y: () => (/* binding */ couldNotRunFindings)
/* harmony export */ });
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7827);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2794);
/* harmony import */ var _report_sanitize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1211);



/** The errors that mean "envguard could not run" (exit 2), each carrying findings with file and line. */
function couldNotRunFindings(error) {
    if (error instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .pn || error instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .Ar || error instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProjectError */ .wB) {
        return error.findings;
    }
    return undefined;
}
/** Writes could-not-run findings: JSON on stdout for machines, `file:line: message` on stderr for people. */
function reportCouldNotRun(command, findings, format) {
    if (format === "json")
        process.stdout.write((0,_report_json_js__WEBPACK_IMPORTED_MODULE_1__/* .renderJson */ .hF)(command, findings));
    for (const f of findings) {
        const where = f.file ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ""}` : ""}: ` : "";
        process.stderr.write(`envguard: ${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g)(where + f.message)}\n`);
        if (f.fix)
            process.stderr.write(`  fix: ${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g)(f.fix)}\n`);
    }
}


/***/ }),

/***/ 7827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ SchemaError),
/* harmony export */   pn: () => (/* binding */ PolicyError),
/* harmony export */   wB: () => (/* binding */ ProjectError)
/* harmony export */ });
// The errors that stop a run (exit 2), each carrying findings with file and line. Here, apart from
// the modules that throw them, so catching one does not load the YAML parser or ajv.
/** The policy could not be read or is invalid: nothing can be checked (exit 2). */
class PolicyError extends Error {
    findings;
    constructor(findings) {
        super(findings.map((f) => f.message).join("\n"));
        this.findings = findings;
        this.name = "PolicyError";
    }
}
/** envguard could not run: no config directory, unreadable files, unknown environment (exit 2). */
class ProjectError extends Error {
    findings;
    constructor(findings) {
        super(findings.map((f) => f.message).join("\n"));
        this.findings = findings;
        this.name = "ProjectError";
    }
}
/** The schema could not be used at all: envguard cannot check anything (exit 2). */
class SchemaError extends Error {
    findings;
    constructor(findings) {
        super(findings.map((f) => f.message).join("\n"));
        this.findings = findings;
        this.name = "SchemaError";
    }
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
    if (findPolicyFile(root, explicitFile) === undefined)
        return defaultPolicy(root);
    const { loadPolicy } = await Promise.all(/* import() */[__webpack_require__.e(874), __webpack_require__.e(916), __webpack_require__.e(214)]).then(__webpack_require__.bind(__webpack_require__, 4916));
    return loadPolicy(root, explicitFile);
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
/* harmony export */   MH: () => (/* binding */ makeFinding),
/* harmony export */   kd: () => (/* binding */ mergeAcrossEnvironments)
/* harmony export */ });
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
const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 };
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


/***/ })

};

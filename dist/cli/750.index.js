export const id = 750;
export const ids = [750];
export const modules = {

/***/ 3511:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.displayValue = displayValue;
exports.runPrint = runPrint;
const node_path_1 = __importDefault(__webpack_require__(6760));
const load_js_1 = __webpack_require__(5234);
const reference_js_1 = __webpack_require__(7105);
const resolve_js_1 = __webpack_require__(9884);
const finding_js_1 = __webpack_require__(6461);
const json_js_1 = __webpack_require__(1436);
const mask_js_1 = __webpack_require__(5690);
const sanitize_js_1 = __webpack_require__(257);
const text_js_1 = __webpack_require__(6113);
const secret_key_js_1 = __webpack_require__(5755);
const exit_codes_js_1 = __webpack_require__(8473);
const run_errors_js_1 = __webpack_require__(7541);
/** How a value may be shown: secrets masked, passwords in URLs hidden, long lists shortened. */
function displayValue(v) {
    const secret = v.secret || (0, secret_key_js_1.isSecretKeyName)(v.path[v.path.length - 1] ?? "");
    if (typeof v.value === "string") {
        if (v.reference && v.value === (0, reference_js_1.describeReference)(v.reference))
            return v.value;
        if (secret)
            return (0, mask_js_1.maskSecret)(v.value);
        return (0, mask_js_1.maskUrlPassword)(v.value);
    }
    if (secret && v.value !== null && v.value !== undefined)
        return (0, mask_js_1.maskSecret)(JSON.stringify(v.value));
    const json = JSON.stringify(v.value) ?? "undefined";
    if (Array.isArray(v.value) && json.length > 80)
        return `[${v.value.length} items]`;
    if (typeof v.value === "object" && v.value !== null && json.length > 80) {
        return `{${Object.keys(v.value).length} keys}`;
    }
    return json;
}
async function runPrint(options) {
    try {
        const result = (0, load_js_1.resolveProjectConfig)({
            cwd: node_path_1.default.resolve(options.root),
            env: options.environment,
            policyFile: options.policyFile,
            committedOnly: options.committed,
        });
        const rows = result.values.map((v) => ({
            key: v.key,
            value: displayValue(v),
            secret: v.secret,
            source: (0, resolve_js_1.describeSource)(v.source),
            ...(v.reference ? { reference: (0, reference_js_1.describeReference)(v.reference) } : {}),
        }));
        if (options.format === "json") {
            const report = (0, json_js_1.jsonReport)("print", result.findings);
            process.stdout.write(`${JSON.stringify({ ...report, environment: result.environment, values: rows }, null, 2)}\n`);
        }
        else {
            const paint = (0, text_js_1.painter)(options.color);
            const keyWidth = Math.min(48, Math.max(3, ...rows.map((r) => r.key.length)));
            const valueWidth = Math.min(48, Math.max(5, ...rows.map((r) => r.value.length)));
            const out = [paint("bold", `${"key".padEnd(keyWidth)}  ${"value".padEnd(valueWidth)}  source`)];
            for (const r of rows) {
                const via = r.reference && r.value !== r.reference ? ` via ${r.reference}` : "";
                out.push(`${(0, sanitize_js_1.printable)(r.key).padEnd(keyWidth)}  ${(0, sanitize_js_1.printable)(r.value).padEnd(valueWidth)}  ${paint("dim", (0, sanitize_js_1.printable)(r.source + via))}`);
            }
            process.stdout.write(`${out.join("\n")}\n\n`);
            if (result.findings.length > 0) {
                process.stdout.write((0, text_js_1.renderText)(result.findings, [], { color: options.color, allEnvironments: [] }));
            }
        }
        return (0, finding_js_1.hasErrors)(result.findings) ? exit_codes_js_1.EXIT.findings : exit_codes_js_1.EXIT.ok;
    }
    catch (error) {
        const findings = (0, run_errors_js_1.couldNotRunFindings)(error);
        if (!findings)
            throw error;
        (0, run_errors_js_1.reportCouldNotRun)("print", findings, options.format);
        return exit_codes_js_1.EXIT.couldNotRun;
    }
}


/***/ }),

/***/ 7541:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.couldNotRunFindings = couldNotRunFindings;
exports.reportCouldNotRun = reportCouldNotRun;
const errors_js_1 = __webpack_require__(7953);
const json_js_1 = __webpack_require__(1436);
const sanitize_js_1 = __webpack_require__(257);
/** The errors that mean "envguard could not run" (exit 2), each carrying findings with file and line. */
function couldNotRunFindings(error) {
    if (error instanceof errors_js_1.PolicyError || error instanceof errors_js_1.SchemaError || error instanceof errors_js_1.ProjectError) {
        return error.findings;
    }
    return undefined;
}
/** Writes could-not-run findings: JSON on stdout for machines, `file:line: message` on stderr for people. */
function reportCouldNotRun(command, findings, format) {
    if (format === "json")
        process.stdout.write((0, json_js_1.renderJson)(command, findings));
    for (const f of findings) {
        const where = f.file ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ""}` : ""}: ` : "";
        process.stderr.write(`envguard: ${(0, sanitize_js_1.printable)(where + f.message)}\n`);
        if (f.fix)
            process.stderr.write(`  fix: ${(0, sanitize_js_1.printable)(f.fix)}\n`);
    }
}


/***/ }),

/***/ 7953:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SchemaError = exports.ProjectError = exports.PolicyError = void 0;
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
exports.PolicyError = PolicyError;
/** envguard could not run: no config directory, unreadable files, unknown environment (exit 2). */
class ProjectError extends Error {
    findings;
    constructor(findings) {
        super(findings.map((f) => f.message).join("\n"));
        this.findings = findings;
        this.name = "ProjectError";
    }
}
exports.ProjectError = ProjectError;
/** The schema could not be used at all: envguard cannot check anything (exit 2). */
class SchemaError extends Error {
    findings;
    constructor(findings) {
        super(findings.map((f) => f.message).join("\n"));
        this.findings = findings;
        this.name = "SchemaError";
    }
}
exports.SchemaError = SchemaError;


/***/ }),

/***/ 1797:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatOf = formatOf;
/** A config file's format, by its extension; undefined for any other file. */
function formatOf(file) {
    if (/\.json$/i.test(file))
        return "json";
    if (/\.ya?ml$/i.test(file))
        return "yaml";
    return undefined;
}


/***/ }),

/***/ 5234:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ConfigError = void 0;
exports.resolveConfig = resolveConfig;
exports.resolveProjectConfig = resolveProjectConfig;
exports.loadConfig = loadConfig;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const document_keys_js_1 = __webpack_require__(4803);
const finding_js_1 = __webpack_require__(6461);
const dotenv_js_1 = __webpack_require__(8448);
const policy_js_1 = __webpack_require__(8260);
const project_js_1 = __webpack_require__(1801);
const resolve_js_1 = __webpack_require__(9884);
const schema_js_1 = __webpack_require__(797);
/** Thrown by `loadConfig`: lists every problem, never a secret value. */
class ConfigError extends Error {
    environment;
    findings;
    constructor(environment, findings) {
        super(describeProblems(environment, findings));
        this.environment = environment;
        this.findings = findings;
        this.name = "ConfigError";
    }
}
exports.ConfigError = ConfigError;
function describeProblems(environment, findings) {
    const errors = findings.filter((f) => f.severity === "error");
    const lines = errors.map((f) => {
        const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ""}: ` : "";
        return `  - ${where}${f.message}${f.fix ? ` ${f.fix}` : ""}`;
    });
    const head = `envguard: the config${environment ? ` for ${environment}` : ""} is invalid (${errors.length} problem${errors.length === 1 ? "" : "s"}):`;
    return [head, ...lines].join("\n");
}
/** Resolves env://, ${VAR} and file:// references; store references need `envguard exec` or `verify`. */
function syncDereference(root, environ) {
    return (ref) => {
        if (ref.scheme === "env") {
            const value = environ[ref.variable];
            return value === undefined || value === ""
                ? { ok: false, problem: `the environment variable ${ref.variable} is not set` }
                : { ok: true, value };
        }
        if (ref.scheme === "file") {
            try {
                return { ok: true, value: (0, node_fs_1.readFileSync)(node_path_1.default.resolve(root, ref.path), "utf8").replace(/\r?\n$/, "") };
            }
            catch (error) {
                return {
                    ok: false,
                    problem: `the file ${ref.path} could not be read (${error.code})`,
                };
            }
        }
        return {
            ok: false,
            problem: `${ref.scheme}:// references are resolved by the secret-store support, which this version of loadConfig does not have`,
        };
    };
}
/**
 * Resolves one environment at run time: schema defaults, base file, environment file, `.env`
 * (local only, by default) and the process environment, highest last; validates it. Never throws
 * for problems in the config: they are in `findings`.
 */
function resolveConfig(options = {}) {
    try {
        return resolveProjectConfig(options);
    }
    catch (error) {
        if (error instanceof policy_js_1.PolicyError || error instanceof schema_js_1.SchemaError || error instanceof project_js_1.ProjectError) {
            const environ = options.environ ?? process.env;
            return {
                environment: options.env ?? environ.ENVGUARD_ENV ?? "",
                config: {},
                values: [],
                findings: error.findings,
                ok: false,
            };
        }
        throw error;
    }
}
/** As `resolveConfig`, but a project that cannot be read (policy, schema, files) throws. */
function resolveProjectConfig(options = {}) {
    const root = node_path_1.default.resolve(options.cwd ?? process.cwd());
    const environ = options.environ ?? process.env;
    const environment = options.env ?? environ.ENVGUARD_ENV;
    if (!environment) {
        throw new project_js_1.ProjectError([
            (0, finding_js_1.makeFinding)({
                rule: "project/unknown-environment",
                severity: "error",
                message: "No environment was named.",
                fix: "Set ENVGUARD_ENV (for example ENVGUARD_ENV=staging) or pass { env } to loadConfig.",
            }),
        ]);
    }
    const runtime = options.committedOnly !== true;
    const project = (0, project_js_1.loadProject)(root, { policyFile: options.policyFile, environments: [environment] });
    const { policy, schema, base } = project;
    const environmentFile = project.environmentFiles.get(environment);
    const findings = project.problems.filter((f) => f.file === base?.file || f.file === environmentFile?.file);
    if (base)
        findings.push(...(0, document_keys_js_1.checkDocumentKeys)(base, schema));
    if (environmentFile)
        findings.push(...(0, document_keys_js_1.checkDocumentKeys)(environmentFile, schema, environment));
    let dotenv;
    if (runtime && policy.dotenv.environments.includes(environment)) {
        for (const file of policy.dotenv.files) {
            if (!(0, node_fs_1.existsSync)(node_path_1.default.resolve(root, file)))
                continue;
            const parsed = (0, dotenv_js_1.parseDotenv)((0, project_js_1.readProjectFile)(root, file));
            dotenv = dotenv
                ? { file, parsed: { ...parsed, values: { ...dotenv.parsed.values, ...parsed.values } } }
                : { file, parsed };
        }
    }
    const resolution = (0, resolve_js_1.resolveEnvironment)(schema, policy, { environment, base, environmentFile, dotenv, environ: runtime ? environ : undefined }, {
        mode: runtime ? "runtime" : "committed",
        dereference: runtime ? syncDereference(root, environ) : undefined,
    });
    findings.push(...resolution.findings);
    return {
        environment,
        config: resolution.config,
        values: resolution.values(),
        findings: (0, finding_js_1.mergeAcrossEnvironments)(findings, [environment]).sort(finding_js_1.compareFindings),
        ok: !(0, finding_js_1.hasErrors)(findings),
    };
}
function deepFreeze(value) {
    if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const v of Object.values(value))
            deepFreeze(v);
    }
    return value;
}
/**
 * Loads, validates and freezes one environment's config; throws a `ConfigError` that lists
 * every problem (key, environment, source, what is expected, which variable to set).
 */
function loadConfig(options = {}) {
    const result = resolveConfig(options);
    if (!result.ok)
        throw new ConfigError(result.environment || undefined, result.findings);
    return deepFreeze(result.config);
}


/***/ }),

/***/ 2669:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LineIndex = void 0;
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
exports.LineIndex = LineIndex;


/***/ }),

/***/ 2636:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.POLICY_FILES = void 0;
exports.defaultPolicy = defaultPolicy;
exports.findPolicyFile = findPolicyFile;
exports.readPolicy = readPolicy;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const finding_js_1 = __webpack_require__(6461);
const errors_js_1 = __webpack_require__(7953);
exports.POLICY_FILES = [".envguard.yml", ".envguard.yaml"];
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
    const candidates = explicitFile ? [explicitFile] : exports.POLICY_FILES;
    const found = candidates.find((f) => (0, node_fs_1.existsSync)(node_path_1.default.resolve(root, f)));
    if (!found && explicitFile) {
        throw new errors_js_1.PolicyError([
            (0, finding_js_1.makeFinding)({
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
    const { loadPolicy } = await Promise.all(/* import() */[__webpack_require__.e(770), __webpack_require__.e(260), __webpack_require__.e(70)]).then(__webpack_require__.t.bind(__webpack_require__, 8260, 23));
    return loadPolicy(root, explicitFile);
}


/***/ }),

/***/ 6461:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.makeFinding = makeFinding;
exports.compareFindings = compareFindings;
exports.mergeAcrossEnvironments = mergeAcrossEnvironments;
exports.hasErrors = hasErrors;
const node_crypto_1 = __webpack_require__(7598);
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
    return (0, node_crypto_1.createHash)("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}
function fingerprintOf(f) {
    const parts = [f.rule, f.file ?? "", f.key ?? "", (f.environments ?? []).join(","), f.message];
    return (0, node_crypto_1.createHash)("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
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

/***/ 1436:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.summarize = summarize;
exports.jsonReport = jsonReport;
exports.renderJson = renderJson;
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

/***/ 5690:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.maskSecret = maskSecret;
exports.maskUrlPassword = maskUrlPassword;
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

/***/ 6113:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.painter = painter;
exports.renderText = renderText;
const node_util_1 = __webpack_require__(7975);
const json_js_1 = __webpack_require__(1436);
const sanitize_js_1 = __webpack_require__(257);
function painter(color) {
    // `color` is the caller's decision (--color, NO_COLOR, a TTY); styleText must not second-guess it.
    return (style, text) => (color ? (0, node_util_1.styleText)(style, text, { validateStream: false }) : text);
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
            out.push(paint("bold", (0, sanitize_js_1.printable)(label)));
        for (const f of list) {
            const where = f.file
                ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ""}` : ""}`
                : "(no file)";
            const severity = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(7));
            const match = f.match ? `  [${f.match}]` : "";
            const commit = f.commit
                ? `  (commit ${f.commit.slice(0, 12)}${f.date ? `, ${f.date.slice(0, 10)}` : ""})`
                : "";
            out.push(`  ${(0, sanitize_js_1.printable)(where)}  ${severity}  ${paint("dim", f.rule)}  ${(0, sanitize_js_1.printable)(f.message)}${(0, sanitize_js_1.printable)(match)}${(0, sanitize_js_1.printable)(commit)}`);
            if (f.fix)
                out.push(`      ${paint("dim", `fix: ${(0, sanitize_js_1.printable)(f.fix)}`)}`);
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
            out.push(`  ${(0, sanitize_js_1.printable)(e.name).padEnd(width)}  ${mark}${counts ? `  ${counts}` : ""}${e.production ? paint("dim", "  (production rules)") : ""}`);
        }
        out.push("");
    }
    const s = (0, json_js_1.summarize)(findings);
    const line = s.errors > 0
        ? paint("red", `✖ ${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}`)
        : paint("green", `✔ no errors${s.warnings ? `, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}` : ""}`);
    out.push(line);
    return `${out.join("\n")}\n`;
}


/***/ }),

/***/ 5755:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Which key names name a secret. A key names one when its last word is a secret word (`password`,
 * `token`, …) or its last two words are `<qualifier> key` (`api_key`, `privateKey`): `DB_PASSWORD`,
 * `githubToken`, `spring.datasource.password`, `--password`. A key whose secret word is followed
 * by another word only talks about a secret (`password_policy`, `token_url`, `passwordMinLength`).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SECRET_KEY_END_WORDS = exports.SECRET_KEY_KEYWORDS = exports.SECRET_KEY_END = void 0;
exports.isSecretKeyName = isSecretKeyName;
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
exports.SECRET_KEY_END = `(?:(?:${KEY_QUALIFIERS.join("|")})[-_.]?key|${[...SECRET_WORDS]
    .sort((a, b) => b.length - a.length)
    .join("|")})`;
/**
 * The prefilter's keywords: lower-case text that every secret key contains. Each secret word
 * (`pass` stands for `password`, `passwd`, `passphrase`), and each qualifier written together with
 * `key` in the four ways a name can join them (`apikey`, `api_key`, `api-key`, `api.key`).
 * `secret` and `auth` already cover `secret_key` and `auth_key`.
 */
exports.SECRET_KEY_KEYWORDS = [
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
exports.SECRET_KEY_END_WORDS = [
    ...KEY_QUALIFIERS.flatMap((q) => ["", "-", "_", "."].map((sep) => `${q}${sep}key`)),
    ...SECRET_WORDS,
];
const END = new RegExp(`${exports.SECRET_KEY_END}$`, "i");
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

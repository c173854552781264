export const id = 561;
export const ids = [561];
export const modules = {

/***/ 1561:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.displayValue = displayValue;
exports.runPrint = runPrint;
const node_path_1 = __importDefault(__webpack_require__(6760));
const load_js_1 = __webpack_require__(1036);
const reference_js_1 = __webpack_require__(223);
const resolve_js_1 = __webpack_require__(8270);
const finding_js_1 = __webpack_require__(9023);
const json_js_1 = __webpack_require__(2794);
const mask_js_1 = __webpack_require__(9488);
const sanitize_js_1 = __webpack_require__(1211);
const text_js_1 = __webpack_require__(5655);
const exit_codes_js_1 = __webpack_require__(8551);
const run_errors_js_1 = __webpack_require__(9979);
const SECRET_NAME = /(pass(word|wd)?|secret|token|api[-_]?key|credential|private[-_]?key)/i;
/** How a value may be shown: secrets masked, passwords in URLs hidden, long lists shortened. */
function displayValue(v) {
    const secret = v.secret || SECRET_NAME.test(v.path[v.path.length - 1] ?? "");
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
            const report = JSON.parse((0, json_js_1.renderJson)("print", result.findings));
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

/***/ 1036:
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
const document_keys_js_1 = __webpack_require__(5565);
const finding_js_1 = __webpack_require__(9023);
const dotenv_js_1 = __webpack_require__(7226);
const policy_js_1 = __webpack_require__(9706);
const project_js_1 = __webpack_require__(9403);
const resolve_js_1 = __webpack_require__(8270);
const schema_js_1 = __webpack_require__(131);
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


/***/ })

};

export const id = 504;
export const ids = [504];
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

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ resolveProjectConfig),
/* harmony export */   vY: () => (/* binding */ resolveProjectEnvironmentAsync),
/* harmony export */   wS: () => (/* binding */ resolveProjectConfigUnfetched)
/* harmony export */ });
/* unused harmony exports ConfigError, resolveConfig, resolveConfigAsync, loadConfigAsync, loadConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _checks_document_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5565);
/* harmony import */ var _deploy_local_references_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4327);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9023);
/* harmony import */ var _dotenv_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7226);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7827);
/* harmony import */ var _project_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9403);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(223);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8270);










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
function describeProblems(environment, findings) {
    const errors = findings.filter((f) => f.severity === "error");
    const lines = errors.map((f) => {
        const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ""}: ` : "";
        return `  - ${where}${f.message}${f.fix ? ` ${f.fix}` : ""}`;
    });
    const head = `envguard: the config${environment ? ` for ${environment}` : ""} is invalid (${errors.length} problem${errors.length === 1 ? "" : "s"}):`;
    return [head, ...lines].join("\n");
}
/** Resolves env://, ${VAR} and file:// references; store references need `loadConfigAsync` or `envguard exec`. */
function syncDereference(root, environ) {
    return (ref) => {
        if (ref.scheme === "env" || ref.scheme === "file") {
            const outcome = ref.scheme === "env" ? (0,_deploy_local_references_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveEnvReference */ .z)(ref, environ) : (0,_deploy_local_references_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveFileReference */ ._)(ref, root);
            return outcome.ok ? outcome : { ok: false, problem: outcome.problem };
        }
        return {
            ok: false,
            problem: `${ref.scheme}:// references are read from the secret store only by loadConfigAsync, envguard verify and envguard exec, not by the synchronous loadConfig`,
        };
    };
}
const isStoreReference = (ref) => ref.scheme === "vault" || ref.scheme === "aws-sm";
function prepareEnvironment(options) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.cwd ?? process.cwd());
    const environ = options.environ ?? process.env;
    const environment = options.env ?? environ.ENVGUARD_ENV;
    if (!environment) {
        throw new _project_js__WEBPACK_IMPORTED_MODULE_6__/* .ProjectError */ .wB([
            (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .makeFinding */ .MH)({
                rule: "project/unknown-environment",
                severity: "error",
                message: "No environment was named.",
                fix: "Set ENVGUARD_ENV (for example ENVGUARD_ENV=staging) or pass { env } to loadConfig.",
            }),
        ]);
    }
    const runtime = options.committedOnly !== true;
    const project = (0,_project_js__WEBPACK_IMPORTED_MODULE_6__/* .loadProject */ .gi)(root, {
        policyFile: options.policyFile,
        environments: [environment],
        layersOnly: true,
    });
    const { policy, schema, base } = project;
    const environmentFile = project.environmentFiles.get(environment);
    const findings = project.problems.filter((f) => f.file === base?.file || f.file === environmentFile?.file);
    if (base)
        findings.push(...(0,_checks_document_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .checkDocumentKeys */ .S)(base, schema));
    if (environmentFile)
        findings.push(...(0,_checks_document_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .checkDocumentKeys */ .S)(environmentFile, schema, environment));
    let dotenv;
    if (runtime && policy.dotenv.environments.includes(environment)) {
        for (const file of policy.dotenv.files) {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, file)))
                continue;
            const parsed = (0,_dotenv_js__WEBPACK_IMPORTED_MODULE_8__/* .parseDotenv */ .q)((0,_project_js__WEBPACK_IMPORTED_MODULE_6__/* .readProjectFile */ .SI)(root, file));
            dotenv = dotenv
                ? { file, parsed: { ...parsed, values: { ...dotenv.parsed.values, ...parsed.values } } }
                : { file, parsed };
        }
    }
    return {
        root,
        environ,
        environment,
        runtime,
        schema,
        policy,
        layers: { environment, base, environmentFile, dotenv, environ: runtime ? environ : undefined },
        findings,
    };
}
/** Resolves and validates prepared layers; without `dereference`, references stay as written. */
function finishResolution(prepared, dereference, fixFor = () => undefined) {
    const { schema, policy, layers, environment, runtime } = prepared;
    const resolution = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveEnvironment */ .g9)(schema, policy, layers, {
        mode: runtime ? "runtime" : "committed",
        dereference,
    });
    const values = resolution.values();
    const referenceOf = new Map(values.filter((v) => v.reference).map((v) => [v.key, v.reference]));
    const findings = [
        ...prepared.findings,
        ...resolution.findings.map((f) => {
            const ref = f.rule === "config/unresolved-reference" && f.key ? referenceOf.get(f.key) : undefined;
            const fix = ref && fixFor(ref);
            return fix ? { ...f, fix } : f;
        }),
    ];
    return {
        environment,
        config: resolution.config,
        values,
        findings: (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeAcrossEnvironments */ .kd)(findings, [environment]).sort(_report_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .compareFindings */ .Eg),
        ok: !(0,_report_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .hasErrors */ .Cs)(findings),
    };
}
const syncFix = (environment) => (ref) => isStoreReference(ref)
    ? `Use loadConfigAsync, or start the program with \`envguard exec --env ${environment} -- <command>\`, which fetch ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .describeReference */ .P5)(ref)} from the store.`
    : undefined;
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
        const failed = projectFailure(error, options);
        if (failed)
            return failed;
        throw error;
    }
}
function projectFailure(error, options) {
    if (error instanceof CouldNotRunError) {
        const environ = options.environ ?? process.env;
        return {
            environment: options.env ?? environ.ENVGUARD_ENV ?? "",
            config: {},
            values: [],
            findings: error.findings,
            ok: false,
        };
    }
    return undefined;
}
/** As `resolveConfig`, but a project that cannot be read (policy, schema, files) throws. */
function resolveProjectConfig(options = {}) {
    const prepared = prepareEnvironment(options);
    return finishResolution(prepared, prepared.runtime ? syncDereference(prepared.root, prepared.environ) : undefined, syncFix(prepared.environment));
}
/**
 * The run-time layers (`.env`, environment variables) with every reference left as written: what
 * the config fingerprint is computed from when no secret may be fetched (`envguard smoke`,
 * `envguardHealth`). Validation skips referenced values. Throws when the project cannot be read.
 */
function resolveProjectConfigUnfetched(options = {}) {
    return finishResolution(prepareEnvironment(options), undefined);
}
/** As `resolveProjectConfigAsync`, with the schema (for `envguard exec`'s variables) and whether production rules apply. */
async function resolveProjectEnvironmentAsync(options = {}) {
    const prepared = prepareEnvironment(options);
    const { schema } = prepared;
    const production = prepared.policy.production.includes(prepared.environment);
    if (!prepared.runtime)
        return { resolved: finishResolution(prepared, undefined), schema, production };
    // Both passes below read env:// and file:// references: each is read once.
    const read = syncDereference(prepared.root, prepared.environ);
    const localOutcomes = new Map();
    const local = (ref) => {
        const key = (0,_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .describeReference */ .P5)(ref);
        const outcome = localOutcomes.get(key) ?? read(ref);
        localOutcomes.set(key, outcome);
        return outcome;
    };
    // First pass: env:// and file:// resolved, store references recorded. Without any, it is the answer.
    const wanted = new Map();
    const first = finishResolution(prepared, (ref) => {
        if (!isStoreReference(ref))
            return local(ref);
        wanted.set((0,_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .describeReference */ .P5)(ref), ref);
        return { ok: false, problem: "not fetched yet" };
    });
    if (wanted.size === 0)
        return { resolved: first, schema, production };
    // Loaded only here: synchronous users never load the store clients.
    const { resolveReferences } = await __webpack_require__.e(/* import() */ 970).then(__webpack_require__.bind(__webpack_require__, 5970));
    const outcomes = await resolveReferences(wanted.values(), {
        environ: prepared.environ,
        root: prepared.root,
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        ...(options.retries !== undefined ? { retries: options.retries } : {}),
        ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    });
    const environment = prepared.environment;
    const fetched = (ref) => {
        if (!isStoreReference(ref))
            return local(ref);
        const written = (0,_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .describeReference */ .P5)(ref);
        const outcome = outcomes.get(written);
        if (!outcome)
            return { ok: false, problem: `${written} in ${environment}: it was not fetched` };
        return outcome.ok
            ? outcome
            : { ok: false, problem: `${written} in ${environment} (${outcome.failure}): ${outcome.problem}` };
    };
    const fixFor = (ref) => {
        const outcome = isStoreReference(ref) ? outcomes.get((0,_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .describeReference */ .P5)(ref)) : undefined;
        return outcome && !outcome.ok ? storeFix(ref, outcome.failure) : undefined;
    };
    return { resolved: finishResolution(prepared, fetched, fixFor), schema, production };
}
/** What to do about a store reference that could not be fetched, by why. */
function storeFix(ref, failure) {
    const store = ref.scheme === "vault" ? "Vault" : "AWS Secrets Manager";
    const credentials = ref.scheme === "vault"
        ? "VAULT_ADDR and VAULT_TOKEN"
        : "AWS_REGION and the AWS credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile or a role)";
    switch (failure) {
        case "not-found":
            return `Create the secret in ${store}, or correct the reference.`;
        case "field-missing":
            return `Add the field to the secret in ${store}, or correct the field after # in the reference.`;
        case "not-json":
            return "The secret is not JSON, so it has no fields: drop the #field from the reference, or store the secret as JSON.";
        case "access-denied":
            return `Grant this job read access to the secret in ${store} (check ${credentials}).`;
        case "misconfigured":
            return `Set ${credentials} for this process.`;
        case "timeout":
        case "unavailable":
            return `${store} did not answer in time: check the network path and its status, or raise --timeout.`;
    }
}
/**
 * As `resolveConfig`, but also fetches `vault://` and `aws-sm://` references from their stores
 * (each distinct reference once, concurrently). Never throws for problems in the config.
 */
async function resolveConfigAsync(options = {}) {
    try {
        return await resolveProjectConfigAsync(options);
    }
    catch (error) {
        const failed = projectFailure(error, options);
        if (failed)
            return failed;
        throw error;
    }
}
/** As `resolveConfigAsync`, but a project that cannot be read (policy, schema, files) throws. */
async function resolveProjectConfigAsync(options = {}) {
    return (await resolveProjectEnvironmentAsync(options)).resolved;
}
/** As `loadConfig`, with `vault://` and `aws-sm://` references fetched from their stores. */
async function loadConfigAsync(options = {}) {
    const result = await resolveConfigAsync(options);
    if (!result.ok)
        throw new ConfigError(result.environment || undefined, result.findings);
    return deepFreeze(result.config);
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

/***/ 4327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ resolveFileReference),
/* harmony export */   z: () => (/* binding */ resolveEnvReference)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _reference_outcome_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5915);



/** env:// and ${NAME}: the variable from the given environment; unset and empty are both missing. */
function resolveEnvReference(ref, environ) {
    const value = environ[ref.variable];
    if (value === undefined) {
        return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .referenceFailed */ .b)("not-found", `environment variable ${ref.variable} is not set; set it where envguard runs`);
    }
    if (value === "") {
        return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .referenceFailed */ .b)("not-found", `environment variable ${ref.variable} is empty; give it the secret`);
    }
    return { ok: true, value };
}
/**
 * file://: the file's text less one trailing line break, as secret files (Docker, Kubernetes) are
 * written; a relative path is read from `root`. Synchronous: a secret file is a few bytes.
 */
function resolveFileReference(ref, root) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, ref.path);
    try {
        return { ok: true, value: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, "utf8").replace(/\r?\n$/, "") };
    }
    catch (error) {
        const code = error.code;
        switch (code) {
            case "ENOENT":
            case "ENOTDIR":
                return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .referenceFailed */ .b)("not-found", `file ${file} does not exist; check the path${node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(ref.path) ? "" : ` (relative to ${root})`} or mount the secret there`);
            case "EACCES":
            case "EPERM":
                return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .referenceFailed */ .b)("access-denied", `file ${file} cannot be read (permission denied); let the user running envguard read it`);
            case "EISDIR":
                return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .referenceFailed */ .b)("misconfigured", `${file} is a directory; point file:// at the secret's file`);
            default:
                return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .referenceFailed */ .b)("unavailable", `file ${file} could not be read (${code ?? "unknown error"})`);
        }
    }
}


/***/ }),

/***/ 5915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ referenceFailed)
/* harmony export */ });
function referenceFailed(failure, problem) {
    return { ok: false, failure, problem };
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

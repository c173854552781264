export const id = 36;
export const ids = [36];
export const modules = {

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ resolveProjectConfig),
/* harmony export */   vY: () => (/* binding */ resolveProjectEnvironmentAsync),
/* harmony export */   wS: () => (/* binding */ resolveProjectConfigUnfetched)
/* harmony export */ });
/* unused harmony exports ConfigError, resolveConfig, resolveConfigAsync, resolveProjectConfigAsync, loadConfigAsync, loadConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _checks_document_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5565);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9023);
/* harmony import */ var _dotenv_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7226);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4916);
/* harmony import */ var _project_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9403);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(223);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8270);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(131);










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
        if (ref.scheme === "env") {
            const value = environ[ref.variable];
            return value === undefined || value === ""
                ? { ok: false, problem: `the environment variable ${ref.variable} is not set` }
                : { ok: true, value };
        }
        if (ref.scheme === "file") {
            try {
                return { ok: true, value: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, ref.path), "utf8").replace(/\r?\n$/, "") };
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
        throw new _project_js__WEBPACK_IMPORTED_MODULE_5__/* .ProjectError */ .w([
            (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .makeFinding */ .MH)({
                rule: "project/unknown-environment",
                severity: "error",
                message: "No environment was named.",
                fix: "Set ENVGUARD_ENV (for example ENVGUARD_ENV=staging) or pass { env } to loadConfig.",
            }),
        ]);
    }
    const runtime = options.committedOnly !== true;
    const project = (0,_project_js__WEBPACK_IMPORTED_MODULE_5__.loadProject)(root, { policyFile: options.policyFile, environments: [environment] });
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
            const parsed = (0,_dotenv_js__WEBPACK_IMPORTED_MODULE_8__/* .parseDotenv */ .q)((0,_project_js__WEBPACK_IMPORTED_MODULE_5__/* .readProjectFile */ .S)(root, file));
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
    const resolution = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveEnvironment */ .g9)(schema, policy, layers, {
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
        findings: (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeAcrossEnvironments */ .kd)(findings, [environment]).sort(_report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .compareFindings */ .Eg),
        ok: !(0,_report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .hasErrors */ .Cs)(findings),
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
    if (error instanceof PolicyError || error instanceof SchemaError || error instanceof ProjectError) {
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
    const local = syncDereference(prepared.root, prepared.environ);
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
    const { resolveReferences } = await __webpack_require__.e(/* import() */ 11).then(__webpack_require__.bind(__webpack_require__, 6011));
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

/***/ 8270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ describeSource),
/* harmony export */   FU: () => (/* binding */ forEachLeaf),
/* harmony export */   O6: () => (/* binding */ getIn),
/* harmony export */   g9: () => (/* binding */ resolveEnvironment)
/* harmony export */ });
/* unused harmony exports deepMerge, coerceEnvironmentString */
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9023);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6417);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(223);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(131);
/* harmony import */ var _validation_message_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2033);





const isPlainObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
/** Objects merge key by key; anything else (lists included) replaces what was below it. */
function deepMerge(lower, higher) {
    if (!isPlainObject(lower) || !isPlainObject(higher))
        return higher;
    const out = { ...lower };
    for (const k of Object.keys(higher))
        out[k] = k in lower ? deepMerge(lower[k], higher[k]) : higher[k];
    return out;
}
/** The value at `path`, and whether it is there at all (a key set to undefined still is). */
function getIn(value, path) {
    let node = value;
    for (const seg of path) {
        if (typeof node !== "object" || node === null)
            return { found: false };
        const key = String(seg);
        if (!Object.hasOwn(node, key))
            return { found: false };
        node = node[key];
    }
    return { found: true, value: node };
}
function coerceScalar(text, types) {
    const order = types.length === 0 ? ["string"] : types;
    for (const t of order) {
        if (t === "string")
            return { ok: true, value: text };
        if (t === "integer" && /^[+-]?\d+$/.test(text.trim()))
            return { ok: true, value: Number(text) };
        // Decimal only: Number() would also read 0x10, 0b1 and 1_000-like surprises.
        if (t === "number" && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim())) {
            return { ok: true, value: Number(text) };
        }
        if (t === "boolean") {
            const b = /^(true|1|yes|on)$/i.test(text.trim())
                ? true
                : /^(false|0|no|off)$/i.test(text.trim())
                    ? false
                    : undefined;
            if (b !== undefined)
                return { ok: true, value: b };
        }
        if (t === "null" && /^null$/i.test(text.trim()))
            return { ok: true, value: null };
    }
    const names = {
        integer: "an integer",
        number: "a number",
        boolean: "true/false, 1/0, yes/no or on/off",
        null: "null",
    };
    return { ok: false, expected: order.map((t) => names[t] ?? t).join(" or ") };
}
/** Reads an environment string as the schema's type: numbers, booleans, lists (JSON or a,b,c), objects (JSON). */
function coerceEnvironmentString(text, key) {
    if ((0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(text))
        return { ok: true, value: text };
    const types = key.types;
    if (types.includes("array")) {
        const trimmed = text.trim();
        if (trimmed.startsWith("[")) {
            try {
                const parsed = JSON.parse(trimmed);
                if (Array.isArray(parsed))
                    return { ok: true, value: parsed };
            }
            catch {
                return { ok: false, expected: "a JSON list" };
            }
        }
        const items = trimmed === "" ? [] : trimmed.split(",").map((s) => s.trim());
        const out = [];
        for (const item of items) {
            const c = coerceScalar(item, key.itemTypes);
            if (!c.ok)
                return { ok: false, expected: `a comma-separated list whose items are each ${c.expected}` };
            out.push(c.value);
        }
        return { ok: true, value: out };
    }
    if (types.includes("object")) {
        try {
            const parsed = JSON.parse(text);
            if (isPlainObject(parsed))
                return { ok: true, value: parsed };
        }
        catch {
            // reported below
        }
        return { ok: false, expected: "a JSON object" };
    }
    return coerceScalar(text, types);
}
function resolveEnvironment(schema, policy, input, { mode, dereference }) {
    const environment = input.environment;
    const findings = [];
    const layers = [{ kind: "default", value: schema.defaults, file: schema.file }];
    if (input.base?.value !== undefined)
        layers.push(fileLayer(input.base));
    if (input.environmentFile?.value !== undefined)
        layers.push(fileLayer(input.environmentFile));
    if (mode === "runtime" && input.dotenv) {
        const values = input.dotenv.parsed.values;
        const lines = new Map(input.dotenv.parsed.entries.map((e) => [e.key, e]));
        layers.push(variableLayer(schema, "dotenv", values, environment, findings, input.dotenv.file, (name) => lines.get(name)));
    }
    if (mode === "runtime" && input.environ) {
        layers.push(variableLayer(schema, "env", input.environ, environment, findings));
        if (policy.envPrefix)
            findings.push(...unknownPrefixedVariables(schema, policy.envPrefix, input.environ));
    }
    let config = {};
    for (const layer of layers)
        config = deepMerge(config, layer.value);
    const sourceOf = (path) => {
        for (let i = layers.length - 1; i >= 0; i--) {
            const layer = layers[i];
            if (!getIn(layer.value, path).found)
                continue;
            return sourceIn(layer, path, schema);
        }
        return undefined;
    };
    const place = (path) => placeOf(sourceOf(path));
    // References stand in for values supplied later: check their syntax, and skip schema checks on them.
    const referencePaths = new Set();
    const references = new Map();
    const wellFormed = [];
    for (const [path, value] of mergedReferences(layers, config)) {
        const parsed = (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(value);
        if (!parsed)
            continue;
        referencePaths.add(pathId(path));
        if (parsed.ok) {
            references.set(pathId(path), parsed.reference);
            wellFormed.push([path, parsed.reference]);
        }
        else {
            findings.push((0,_report_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .makeFinding */ .MH)({
                rule: "config/invalid-reference",
                severity: "error",
                ...place(path),
                environment,
                key: (0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .dottedKey */ .aQ)(path),
                message: `${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .dottedKey */ .aQ)(path)} holds a malformed reference: ${parsed.problem}.`,
                fix: "Correct the reference; the README lists the reference forms.",
            }));
        }
    }
    if (dereference && wellFormed.length > 0) {
        config = structuredClone(config);
        for (const [path, reference] of wellFormed) {
            const got = dereference(reference);
            if (!got.ok) {
                findings.push((0,_report_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .makeFinding */ .MH)({
                    rule: "config/unresolved-reference",
                    severity: "error",
                    ...place(path),
                    environment,
                    key: (0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .dottedKey */ .aQ)(path),
                    message: `${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .dottedKey */ .aQ)(path)} could not be resolved: ${got.problem}.`,
                    fix: "Make the referenced secret available to this process, or change the reference.",
                }));
                continue;
            }
            const key = schema.keyFor(path);
            const coerced = key ? coerceEnvironmentString(got.value, key) : { ok: true, value: got.value };
            if (!coerced.ok) {
                findings.push((0,_report_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .makeFinding */ .MH)({
                    rule: "config/invalid-value",
                    severity: "error",
                    ...place(path),
                    environment,
                    key: (0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .dottedKey */ .aQ)(path),
                    message: `The value behind ${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .dottedKey */ .aQ)(path)}'s reference must be ${coerced.expected}.`,
                    fix: "Correct the referenced secret.",
                }));
                continue;
            }
            (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .setIn */ .Oe)(config, path, coerced.value);
            referencePaths.delete(pathId(path));
        }
    }
    const validate = schema.validate;
    if (!validate(config)) {
        const seen = new Set();
        for (const error of (validate.errors ?? [])) {
            const finding = validationFinding(error, {
                schema,
                config,
                environment,
                mode,
                referencePaths,
                sourceOf,
                input,
            });
            if (!finding || seen.has(finding.fingerprint))
                continue;
            seen.add(finding.fingerprint);
            findings.push(finding);
        }
    }
    const values = () => {
        const out = [];
        const emit = (path, value) => {
            const source = sourceOf(path);
            if (!source)
                return;
            const reference = references.get(pathId(path));
            const rv = {
                key: (0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .dottedKey */ .aQ)(path),
                path,
                value,
                secret: schema.nodeAt(path)?.["x-secret"] === true,
                source,
            };
            if (reference)
                rv.reference = reference;
            out.push(rv);
        };
        walkResolved(config, [], schema, emit);
        // Schema order reads like the schema's documentation; keys it does not declare go last.
        const rank = new Map(schema.keys.map((k, i) => [k.name, i]));
        const rankOf = (v) => rank.get(v.key) ?? rank.get(schema.keyFor(v.path)?.name ?? "") ?? Infinity;
        return out.sort((a, b) => rankOf(a) - rankOf(b) || a.key.localeCompare(b.key));
    };
    return { environment, config, findings, sourceOf, values };
}
/** Leaves for printing: schema keys as a whole (a list, a map), other values down to scalars. */
function walkResolved(value, path, schema, emit) {
    const isKey = path.length > 0 && schema.keyByName.has((0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .dottedKey */ .aQ)(path));
    if (isPlainObject(value) && !isKey) {
        for (const k of Object.keys(value))
            walkResolved(value[k], [...path, k], schema, emit);
        return;
    }
    if (path.length > 0)
        emit(path, value);
}
/**
 * Calls `visit` for every scalar, with its path. The path array is reused between calls:
 * copy it to keep it.
 */
function forEachLeaf(value, path, visit) {
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            path.push(String(i));
            forEachLeaf(value[i], path, visit);
            path.pop();
        }
    }
    else if (isPlainObject(value)) {
        for (const k of Object.keys(value)) {
            path.push(k);
            forEachLeaf(value[k], path, visit);
            path.pop();
        }
    }
    else {
        visit(path, value);
    }
}
// A layer's value never changes, and the base file is shared by every environment: scan each once.
const referencesByLayer = new WeakMap();
/** The strings in a layer that claim to be references, with their paths. */
function layerReferences(value) {
    let found = referencesByLayer.get(value);
    if (!found) {
        const out = [];
        forEachLeaf(value, [], (path, leaf) => {
            if ((0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .looksLikeReference */ .j$)(leaf))
                out.push([[...path], leaf]);
        });
        referencesByLayer.set(value, out);
        found = out;
    }
    return found;
}
/** References that survive the merge: those whose path still holds the same string in the result. */
function mergedReferences(layers, config) {
    const out = [];
    const seen = new Set();
    for (let i = layers.length - 1; i >= 0; i--) {
        for (const [path, value] of layerReferences(layers[i].value)) {
            const id = pathId(path);
            if (seen.has(id) || getIn(config, path).value !== value)
                continue;
            seen.add(id);
            out.push([path, value]);
        }
    }
    return out;
}
function fileLayer(doc) {
    return { kind: "file", value: doc.value, doc, file: doc.file };
}
function variableLayer(schema, kind, variables, environment, findings, file, lineOf) {
    const value = {};
    const names = new Map();
    for (const key of schema.keys) {
        const text = variables[key.envVar];
        if (text === undefined || text === "")
            continue;
        const coerced = coerceEnvironmentString(text, key);
        const at = lineOf?.(key.envVar);
        if (!coerced.ok) {
            findings.push((0,_report_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .makeFinding */ .MH)({
                rule: "env/invalid-value",
                severity: "error",
                file,
                line: at?.line,
                column: at?.column,
                environment,
                key: key.name,
                message: `${key.envVar}${kind === "dotenv" ? ` in ${file}` : ""} sets ${key.name}, which must be ${coerced.expected}; its value could not be read as one.`,
                fix: `Set ${key.envVar} to ${coerced.expected}.`,
            }));
            continue;
        }
        (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .setIn */ .Oe)(value, key.path, coerced.value);
        names.set(pathId(key.path), { variable: key.envVar, ...at });
    }
    const layer = { kind, value, variables: names };
    if (file)
        layer.file = file;
    return layer;
}
function unknownPrefixedVariables(schema, prefix, environ) {
    const known = new Set(schema.keys.map((k) => k.envVar));
    return Object.keys(environ)
        .filter((name) => name.startsWith(prefix) && !known.has(name))
        .map((name) => (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .makeFinding */ .MH)({
        rule: "env/unknown-variable",
        severity: "warning",
        key: name,
        message: `${name} starts with the prefix ${prefix} but sets no key in the schema.`,
        fix: "Check its spelling, or add the key to the schema.",
    }));
}
function sourceIn(layer, path, schema) {
    if (layer.kind === "default") {
        const at = schema.locateDefault(path);
        return { kind: "default", file: schema.file, ...at };
    }
    if (layer.kind === "file" && layer.doc) {
        const at = layer.doc.locate(path);
        const pos = at.key ?? at.value;
        return { kind: "file", file: layer.doc.file, line: pos.line, column: pos.column };
    }
    // Variables set whole keys; find the one at or above the path.
    for (let n = path.length; n > 0; n--) {
        const v = layer.variables?.get(pathId(path.slice(0, n)));
        if (!v)
            continue;
        if (layer.kind === "dotenv") {
            return {
                kind: "dotenv",
                file: layer.file ?? ".env",
                line: v.line ?? 1,
                column: v.column ?? 1,
                variable: v.variable,
            };
        }
        return { kind: "env", variable: v.variable };
    }
    return { kind: "env", variable: "?" };
}
function placeOf(source) {
    if (!source || source.kind === "env")
        return {};
    return { file: source.file, line: source.line, column: source.column };
}
/** Says where a value came from in words: `config/staging.json:12`, `DATABASE_PORT`, the schema default. */
function describeSource(source) {
    switch (source.kind) {
        case "default":
            return `default (${source.file}:${source.line})`;
        case "file":
            return `${source.file}:${source.line}`;
        case "dotenv":
            return `${source.variable} (${source.file}:${source.line})`;
        case "env":
            return `env ${source.variable}`;
    }
}
/** A required object that holds only keys supplied at run time (a group of secrets) is not missing from files. */
function onlyRuntimeKeysIn(schema, path) {
    const prefix = `${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .dottedKey */ .aQ)(path)}.`;
    const inside = schema.keys.filter((k) => k.name.startsWith(prefix));
    return inside.length > 0 && inside.every((k) => k.runtime || !k.required);
}
function validationFinding(error, ctx) {
    const path = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .pointerToPath */ .ox)(error.instancePath);
    const { schema, environment } = ctx;
    // Unknown keys are reported once per file, with a suggestion (see checks/unknown-keys).
    if (error.keyword === "additionalProperties")
        return undefined;
    // A reference replaces its value: the real value is checked when the reference is resolved.
    for (let n = path.length; n >= 1; n--)
        if (ctx.referencePaths.has(pathId(path.slice(0, n))))
            return undefined;
    if (error.keyword === "required") {
        const missing = String(error.params.missingProperty);
        const keyPath = [...path, missing];
        const key = schema.keyByName.get((0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .dottedKey */ .aQ)(keyPath));
        const runtime = key?.runtime ?? false;
        if (ctx.mode === "committed" && (runtime || onlyRuntimeKeysIn(schema, keyPath)))
            return undefined;
        const name = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .dottedKey */ .aQ)(keyPath);
        const envVar = key?.envVar;
        const anchorSource = ctx.sourceOf(path);
        const fallbackDoc = ctx.input.environmentFile ?? ctx.input.base;
        const anchor = anchorSource && anchorSource.kind === "file"
            ? { file: anchorSource.file, line: anchorSource.line, column: anchorSource.column }
            : fallbackDoc
                ? { file: fallbackDoc.file, line: 1, column: 1 }
                : {};
        const where = [ctx.input.base?.file, ctx.input.environmentFile?.file].filter(Boolean).join(" or ");
        const fix = runtime
            ? `Set the environment variable ${envVar}${key?.secret ? " (a secret: from your secret store, never a committed file)" : ""}.`
            : `Set ${name} in ${where || `config/base.json or config/${environment}.json`}, give it a default in the schema${envVar ? `, or set ${envVar}` : ""}.`;
        return (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .makeFinding */ .MH)({
            rule: "config/missing-key",
            severity: "error",
            ...anchor,
            environment,
            key: name,
            message: runtime
                ? `${name} is required but ${envVar} is not set.`
                : `${name} is required but no layer sets it.`,
            fix,
        });
    }
    const actual = getIn(ctx.config, path).value;
    const source = ctx.sourceOf(path);
    const name = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .dottedKey */ .aQ)(path) || "the config";
    const secret = schema.nodeAt(path)?.["x-secret"] === true;
    const via = source?.kind === "env" || source?.kind === "dotenv"
        ? `${source.variable} sets ${name}, which`
        : source?.kind === "default"
            ? `The schema's default for ${name}`
            : name;
    return (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .makeFinding */ .MH)({
        rule: "config/invalid-value",
        severity: "error",
        ...placeOf(source),
        environment,
        key: (0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .dottedKey */ .aQ)(path),
        message: `${via} ${(0,_validation_message_js__WEBPACK_IMPORTED_MODULE_2__/* .expectation */ .p)(error, actual)}${secret ? " (secret value not shown)" : ""}.`,
        fix: source?.kind === "env" || source?.kind === "dotenv"
            ? `Correct ${source.variable}.`
            : `Correct the value${source?.kind === "file" ? ` in ${source.file}` : ""}; the schema (${schema.file}) says what is allowed.`,
    });
}
/** A cheap, unambiguous map key for a path. */
function pathId(path) {
    return path.join("\u0000");
}


/***/ })

};

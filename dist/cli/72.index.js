export const id = 72;
export const ids = [72];
export const modules = {

/***/ 5072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPrint: () => (/* binding */ runPrint)
});

// UNUSED EXPORTS: displayValue

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/checks/document-keys.ts
var document_keys = __webpack_require__(5565);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
// EXTERNAL MODULE: ./src/config/dotenv.ts
var config_dotenv = __webpack_require__(7226);
// EXTERNAL MODULE: ./src/config/policy.ts + 2 modules
var policy = __webpack_require__(4916);
// EXTERNAL MODULE: ./src/config/project.ts
var config_project = __webpack_require__(9403);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(8270);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
;// CONCATENATED MODULE: ./src/config/load.ts









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
                return { ok: true, value: (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(root, ref.path), "utf8").replace(/\r?\n$/, "") };
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
        throw error;
    }
}
/** As `resolveConfig`, but a project that cannot be read (policy, schema, files) throws. */
function resolveProjectConfig(options = {}) {
    const root = external_node_path_default().resolve(options.cwd ?? process.cwd());
    const environ = options.environ ?? process.env;
    const environment = options.env ?? environ.ENVGUARD_ENV;
    if (!environment) {
        throw new config_project/* ProjectError */.w([
            (0,finding/* makeFinding */.MH)({
                rule: "project/unknown-environment",
                severity: "error",
                message: "No environment was named.",
                fix: "Set ENVGUARD_ENV (for example ENVGUARD_ENV=staging) or pass { env } to loadConfig.",
            }),
        ]);
    }
    const runtime = options.committedOnly !== true;
    const project = (0,config_project.loadProject)(root, { policyFile: options.policyFile, environments: [environment] });
    const { policy, schema, base } = project;
    const environmentFile = project.environmentFiles.get(environment);
    const findings = project.problems.filter((f) => f.file === base?.file || f.file === environmentFile?.file);
    if (base)
        findings.push(...(0,document_keys/* checkDocumentKeys */.S)(base, schema));
    if (environmentFile)
        findings.push(...(0,document_keys/* checkDocumentKeys */.S)(environmentFile, schema, environment));
    let dotenv;
    if (runtime && policy.dotenv.environments.includes(environment)) {
        for (const file of policy.dotenv.files) {
            if (!(0,external_node_fs_.existsSync)(external_node_path_default().resolve(root, file)))
                continue;
            const parsed = (0,config_dotenv/* parseDotenv */.q)((0,config_project/* readProjectFile */.S)(root, file));
            dotenv = dotenv
                ? { file, parsed: { ...parsed, values: { ...dotenv.parsed.values, ...parsed.values } } }
                : { file, parsed };
        }
    }
    const resolution = (0,resolve/* resolveEnvironment */.g9)(schema, policy, { environment, base, environmentFile, dotenv, environ: runtime ? environ : undefined }, {
        mode: runtime ? "runtime" : "committed",
        dereference: runtime ? syncDereference(root, environ) : undefined,
    });
    findings.push(...resolution.findings);
    return {
        environment,
        config: resolution.config,
        values: resolution.values(),
        findings: (0,finding/* mergeAcrossEnvironments */.kd)(findings, [environment]).sort(finding/* compareFindings */.Eg),
        ok: !(0,finding/* hasErrors */.Cs)(findings),
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

// EXTERNAL MODULE: ./src/config/reference.ts
var reference = __webpack_require__(223);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(9488);
// EXTERNAL MODULE: ./src/report/sanitize.ts
var sanitize = __webpack_require__(1211);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/scan/rules/generic/secret-key.ts
var secret_key = __webpack_require__(1697);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/run-errors.ts
var run_errors = __webpack_require__(9979);
;// CONCATENATED MODULE: ./src/cli/print-command.ts












/** How a value may be shown: secrets masked, passwords in URLs hidden, long lists shortened. */
function displayValue(v) {
    const secret = v.secret || (0,secret_key/* isSecretKeyName */.NN)(v.path[v.path.length - 1] ?? "");
    if (typeof v.value === "string") {
        if (v.reference && v.value === (0,reference/* describeReference */.P5)(v.reference))
            return v.value;
        if (secret)
            return (0,mask/* maskSecret */.$)(v.value);
        return (0,mask/* maskUrlPassword */.j)(v.value);
    }
    if (secret && v.value !== null && v.value !== undefined)
        return (0,mask/* maskSecret */.$)(JSON.stringify(v.value));
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
        const result = resolveProjectConfig({
            cwd: external_node_path_default().resolve(options.root),
            env: options.environment,
            policyFile: options.policyFile,
            committedOnly: options.committed,
        });
        const rows = result.values.map((v) => ({
            key: v.key,
            value: displayValue(v),
            secret: v.secret,
            source: (0,resolve/* describeSource */.B6)(v.source),
            ...(v.reference ? { reference: (0,reference/* describeReference */.P5)(v.reference) } : {}),
        }));
        if (options.format === "json") {
            const report = (0,json/* jsonReport */.L7)("print", result.findings);
            process.stdout.write(`${JSON.stringify({ ...report, environment: result.environment, values: rows }, null, 2)}\n`);
        }
        else {
            const paint = (0,report_text/* painter */.C)(options.color);
            const keyWidth = Math.min(48, Math.max(3, ...rows.map((r) => r.key.length)));
            const valueWidth = Math.min(48, Math.max(5, ...rows.map((r) => r.value.length)));
            const out = [paint("bold", `${"key".padEnd(keyWidth)}  ${"value".padEnd(valueWidth)}  source`)];
            for (const r of rows) {
                const via = r.reference && r.value !== r.reference ? ` via ${r.reference}` : "";
                out.push(`${(0,sanitize/* printable */.g)(r.key).padEnd(keyWidth)}  ${(0,sanitize/* printable */.g)(r.value).padEnd(valueWidth)}  ${paint("dim", (0,sanitize/* printable */.g)(r.source + via))}`);
            }
            process.stdout.write(`${out.join("\n")}\n\n`);
            if (result.findings.length > 0) {
                process.stdout.write((0,report_text/* renderText */.S)(result.findings, [], { color: options.color, allEnvironments: [] }));
            }
        }
        return (0,finding/* hasErrors */.Cs)(result.findings) ? exit_codes/* EXIT */.d.findings : exit_codes/* EXIT */.d.ok;
    }
    catch (error) {
        const findings = (0,run_errors/* couldNotRunFindings */.y)(error);
        if (!findings)
            throw error;
        (0,run_errors/* reportCouldNotRun */.S)("print", findings, options.format);
        return exit_codes/* EXIT */.d.couldNotRun;
    }
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

export const id = 330;
export const ids = [330];
export const modules = {

/***/ 5565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ checkDocumentKeys)
/* harmony export */ });
/* harmony import */ var _config_key_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6417);
/* harmony import */ var _config_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(223);
/* harmony import */ var _config_suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2784);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9023);
/* harmony import */ var _report_mask_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9488);





/**
 * One walk over a committed config file: keys the schema does not know (typos, with a
 * suggestion) and secrets written as literals instead of references.
 */
function checkDocumentKeys(doc, schema, environment, 
/** Told each secret literal's path and value: the scanner's baseline needs the value's hash. */
onSecretLiteral) {
    const findings = [];
    if (doc.value === undefined)
        return findings;
    const at = (path) => {
        const place = doc.locate(path);
        const pos = place.key ?? place.value;
        return { file: doc.file, line: pos.line, column: pos.column };
    };
    // Data and schema are walked together, one step at a time (no lookups from the root).
    const visit = (value, path, node) => {
        if (node?.["x-secret"] === true) {
            forEachString(value, path, (p, s) => {
                if (s === "" || (0,_config_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(s))
                    return;
                onSecretLiteral?.(p, s);
                findings.push((0,_report_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .makeFinding */ .MH)({
                    rule: "config/secret-literal",
                    severity: "error",
                    ...at(p),
                    environment,
                    key: (0,_config_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .dottedKey */ .aQ)(p),
                    match: (0,_report_mask_js__WEBPACK_IMPORTED_MODULE_4__/* .maskSecret */ .$)(s),
                    message: `${(0,_config_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .dottedKey */ .aQ)(p)} is a secret (x-secret) but ${doc.file} holds a literal value for it.`,
                    fix: `Remove the value and supply it at run time: env://VAR, vault://mount/path#field or aws-sm://id; rotate it if it was ever pushed.`,
                }));
            });
            return;
        }
        if (typeof value !== "object" || value === null || !node)
            return;
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
                const item = value[i];
                const index = String(i);
                const itemNode = schema.child(node, index);
                // A scalar item holds no keys; it matters only when the items are secrets.
                if ((typeof item !== "object" || item === null) && itemNode?.["x-secret"] !== true)
                    continue;
                path.push(index);
                visit(item, path, itemNode);
                path.pop();
            }
            return;
        }
        const shape = schema.shapeOf(node);
        for (const k of Object.keys(value)) {
            if (shape && !shape.open && !shape.properties.includes(k)) {
                const child = [...path, k];
                const guess = (0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closestName */ .N)(k, shape.properties);
                const close = guess !== undefined;
                findings.push((0,_report_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .makeFinding */ .MH)({
                    rule: "config/unknown-key",
                    severity: "error",
                    ...at(child),
                    environment,
                    key: (0,_config_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .dottedKey */ .aQ)(child),
                    message: `${(0,_config_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .dottedKey */ .aQ)(child)} is not a key the schema knows${close ? ` (did you mean "${(0,_config_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .dottedKey */ .aQ)([...path, guess])}"?)` : ""}.`,
                    fix: close
                        ? `Rename it to "${guess}", or add "${k}" to the schema.`
                        : `Remove it, or add "${k}" to the schema${path.length ? ` under ${(0,_config_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .dottedKey */ .aQ)(path)}` : ""}.`,
                }));
                continue;
            }
            path.push(k);
            visit(value[k], path, schema.child(node, k));
            path.pop();
        }
    };
    visit(doc.value, [], schema.root);
    return findings;
}
function forEachString(value, path, visit) {
    if (typeof value === "string")
        visit(path, value);
    else if (typeof value === "number" || typeof value === "boolean")
        visit(path, String(value));
    else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            forEachString(value[i], [...path, String(i)], visit);
    }
    else if (typeof value === "object" && value !== null) {
        for (const [k, v] of Object.entries(value))
            forEachString(v, [...path, k], visit);
    }
}


/***/ }),

/***/ 223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   P5: () => (/* binding */ describeReference),
/* harmony export */   j$: () => (/* binding */ looksLikeReference)
/* harmony export */ });
const SCHEMES = /^(env|file|vault|aws-sm):\/\//;
const INTERPOLATION = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** True when the value claims to be a reference, well-formed or not. */
function looksLikeReference(value) {
    return typeof value === "string" && (SCHEMES.test(value) || INTERPOLATION.test(value));
}
/**
 * Parses `env://NAME`, `${NAME}`, `file:///path`, `vault://mount/path#field`,
 * `aws-sm://secret-id[#field][?versionStage=STAGE]`. Returns undefined for a plain value.
 * Problems describe the syntax only; they never repeat the value.
 */
function parseReference(value) {
    if (!looksLikeReference(value))
        return undefined;
    const interpolated = INTERPOLATION.exec(value);
    if (interpolated)
        return { ok: true, reference: { scheme: "env", variable: interpolated[1] } };
    const scheme = SCHEMES.exec(value)?.[1];
    const rest = value.slice((scheme?.length ?? 0) + 3);
    if (/\s/.test(rest))
        return {
            ok: false,
            problem: `${scheme === "env" || scheme === "aws-sm" ? "an" : "a"} ${scheme}:// reference cannot contain white space`,
        };
    switch (scheme) {
        case "env":
            return VARIABLE.test(rest)
                ? { ok: true, reference: { scheme: "env", variable: rest } }
                : { ok: false, problem: "env:// must be followed by a variable name such as env://DATABASE_URL" };
        case "file":
            return rest.length > 0 && rest !== "/"
                ? { ok: true, reference: { scheme: "file", path: rest } }
                : {
                    ok: false,
                    problem: "file:// must be followed by a path such as file:///run/secrets/db_password",
                };
        case "vault": {
            const [location = "", field, extra] = rest.split("#");
            const slash = location.indexOf("/");
            const mount = location.slice(0, slash);
            const path = location.slice(slash + 1).replace(/\/+$/, "");
            if (slash <= 0 || path === "" || extra !== undefined || !field) {
                return { ok: false, problem: "a vault reference has the form vault://<mount>/<path>#<field>" };
            }
            return { ok: true, reference: { scheme: "vault", mount, path, field } };
        }
        default: {
            const [main = "", query] = rest.split("?");
            const [secretId = "", field, extra] = main.split("#");
            const stage = query === undefined ? undefined : /^versionStage=([A-Za-z0-9_-]+)$/.exec(query)?.[1];
            if (!/^[A-Za-z0-9/_+=.@:-]+$/.test(secretId) ||
                extra !== undefined ||
                field === "" ||
                (query && !stage)) {
                return {
                    ok: false,
                    problem: "an aws-sm reference has the form aws-sm://<secret-id>[#<json-field>][?versionStage=<stage>]",
                };
            }
            const reference = { scheme: "aws-sm", secretId };
            if (field)
                reference.field = field;
            if (stage)
                reference.versionStage = stage;
            return { ok: true, reference };
        }
    }
}
/** How a reference is shown: references hold no secret, so they may be printed as written. */
function describeReference(ref) {
    switch (ref.scheme) {
        case "env":
            return `env://${ref.variable}`;
        case "file":
            return `file://${ref.path}`;
        case "vault":
            return `vault://${ref.mount}/${ref.path}#${ref.field}`;
        case "aws-sm":
            return `aws-sm://${ref.secretId}${ref.field ? `#${ref.field}` : ""}${ref.versionStage ? `?versionStage=${ref.versionStage}` : ""}`;
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
                // A schema key's own flag (an object key holding a secret is one); else the node's.
                secret: schema.keyByName.get((0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .dottedKey */ .aQ)(path))?.secret ?? schema.nodeAt(path)?.["x-secret"] === true,
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

"use strict";
exports.id = 738;
exports.ids = [738];
exports.modules = {

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

/***/ 3738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
// EXTERNAL MODULE: ./src/config/key-path.ts
var key_path = __webpack_require__(6417);
// EXTERNAL MODULE: ./src/config/reference.ts
var reference = __webpack_require__(223);
// EXTERNAL MODULE: ./src/config/schema.ts
var config_schema = __webpack_require__(131);
// EXTERNAL MODULE: ./src/config/validation-message.ts
var validation_message = __webpack_require__(2033);
;// CONCATENATED MODULE: ./src/config/resolve.ts





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
    if ((0,reference/* parseReference */.F2)(text))
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
        const parsed = (0,reference/* parseReference */.F2)(value);
        if (!parsed)
            continue;
        referencePaths.add(pathId(path));
        if (parsed.ok) {
            references.set(pathId(path), parsed.reference);
            wellFormed.push([path, parsed.reference]);
        }
        else {
            findings.push((0,finding/* makeFinding */.MH)({
                rule: "config/invalid-reference",
                severity: "error",
                ...place(path),
                environment,
                key: (0,key_path/* dottedKey */.aQ)(path),
                message: `${(0,key_path/* dottedKey */.aQ)(path)} holds a malformed reference: ${parsed.problem}.`,
                fix: "Correct the reference; the README lists the reference forms.",
            }));
        }
    }
    if (dereference && wellFormed.length > 0) {
        config = structuredClone(config);
        for (const [path, reference] of wellFormed) {
            const got = dereference(reference);
            if (!got.ok) {
                findings.push((0,finding/* makeFinding */.MH)({
                    rule: "config/unresolved-reference",
                    severity: "error",
                    ...place(path),
                    environment,
                    key: (0,key_path/* dottedKey */.aQ)(path),
                    message: `${(0,key_path/* dottedKey */.aQ)(path)} could not be resolved: ${got.problem}.`,
                    fix: "Make the referenced secret available to this process, or change the reference.",
                }));
                continue;
            }
            const key = schema.keyFor(path);
            const coerced = key ? coerceEnvironmentString(got.value, key) : { ok: true, value: got.value };
            if (!coerced.ok) {
                findings.push((0,finding/* makeFinding */.MH)({
                    rule: "config/invalid-value",
                    severity: "error",
                    ...place(path),
                    environment,
                    key: (0,key_path/* dottedKey */.aQ)(path),
                    message: `The value behind ${(0,key_path/* dottedKey */.aQ)(path)}'s reference must be ${coerced.expected}.`,
                    fix: "Correct the referenced secret.",
                }));
                continue;
            }
            (0,config_schema/* setIn */.Oe)(config, path, coerced.value);
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
                key: (0,key_path/* dottedKey */.aQ)(path),
                path,
                value,
                // A schema key's own flag (an object key holding a secret is one); else the node's.
                secret: schema.keyByName.get((0,key_path/* dottedKey */.aQ)(path))?.secret ?? schema.nodeAt(path)?.["x-secret"] === true,
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
    const isKey = path.length > 0 && schema.keyByName.has((0,key_path/* dottedKey */.aQ)(path));
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
            if ((0,reference/* looksLikeReference */.j$)(leaf))
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
            findings.push((0,finding/* makeFinding */.MH)({
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
        (0,config_schema/* setIn */.Oe)(value, key.path, coerced.value);
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
        .map((name) => (0,finding/* makeFinding */.MH)({
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
    const prefix = `${(0,key_path/* dottedKey */.aQ)(path)}.`;
    const inside = schema.keys.filter((k) => k.name.startsWith(prefix));
    return inside.length > 0 && inside.every((k) => k.runtime || !k.required);
}
function validationFinding(error, ctx) {
    const path = (0,key_path/* pointerToPath */.ox)(error.instancePath);
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
        const key = schema.keyByName.get((0,key_path/* dottedKey */.aQ)(keyPath));
        const runtime = key?.runtime ?? false;
        if (ctx.mode === "committed" && (runtime || onlyRuntimeKeysIn(schema, keyPath)))
            return undefined;
        const name = (0,key_path/* dottedKey */.aQ)(keyPath);
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
        return (0,finding/* makeFinding */.MH)({
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
    const name = (0,key_path/* dottedKey */.aQ)(path) || "the config";
    const secret = schema.nodeAt(path)?.["x-secret"] === true;
    const via = source?.kind === "env" || source?.kind === "dotenv"
        ? `${source.variable} sets ${name}, which`
        : source?.kind === "default"
            ? `The schema's default for ${name}`
            : name;
    return (0,finding/* makeFinding */.MH)({
        rule: "config/invalid-value",
        severity: "error",
        ...placeOf(source),
        environment,
        key: (0,key_path/* dottedKey */.aQ)(path),
        message: `${via} ${(0,validation_message/* expectation */.p)(error, actual)}${secret ? " (secret value not shown)" : ""}.`,
        fix: source?.kind === "env" || source?.kind === "dotenv"
            ? `Correct ${source.variable}.`
            : `Correct the value${source?.kind === "file" ? ` in ${source.file}` : ""}; the schema (${schema.file}) says what is allowed.`,
    });
}
/** A cheap, unambiguous map key for a path. */
function pathId(path) {
    return path.join("\u0000");
}

// EXTERNAL MODULE: ./src/checks/document-keys.ts
var document_keys = __webpack_require__(5565);
;// CONCATENATED MODULE: ./src/checks/drift.ts



/**
 * The paths a file sets, cut at the schema's keys: a list or a map counts once, so a file
 * that sets 2,000 routes sets one thing, `routes`. Data and schema are walked together.
 */
function settablePaths(value, path, node, schema, out) {
    const name = (0,key_path/* dottedKey */.aQ)(path);
    const key = path.length > 0 ? schema.keyByName.get(name) : undefined;
    // Keys supplied at run time (x-env, x-secret) are set per environment by design.
    if (key?.runtime)
        return;
    const shape = schema.shapeOf(node);
    if (!key && node && shape && typeof value === "object" && value !== null && !Array.isArray(value)) {
        for (const k of Object.keys(value)) {
            // Keys the schema does not declare are reported as unknown keys, not as drift.
            if (!shape.open && !shape.properties.includes(k))
                continue;
            path.push(k);
            settablePaths(value[k], path, schema.child(node, k), schema, out);
            path.pop();
        }
        return;
    }
    if (path.length > 0)
        out.set(name, [...path]);
}
/**
 * Cross-environment drift: a key one environment file sets that no sibling sets, and that
 * neither base nor a schema default provides, so every other environment runs without it.
 */
function checkDrift(environmentFiles, base, schema) {
    const parsed = environmentFiles.filter((e) => e.doc.value !== undefined);
    if (parsed.length < 2)
        return [];
    const setBy = parsed.map((e) => {
        const paths = new Map();
        settablePaths(e.doc.value, [], schema.root, schema, paths);
        return { ...e, paths };
    });
    // How many environment files set each key: drift is a count of one.
    const count = new Map();
    for (const env of setBy)
        for (const name of env.paths.keys())
            count.set(name, (count.get(name) ?? 0) + 1);
    const findings = [];
    for (const env of setBy) {
        for (const [name, path] of env.paths) {
            if ((count.get(name) ?? 0) > 1)
                continue;
            if (base?.value !== undefined && getIn(base.value, path).found)
                continue;
            if (getIn(schema.defaults, path).found)
                continue;
            const place = env.doc.locate(path);
            const pos = place.key ?? place.value;
            const others = setBy.filter((o) => o !== env).map((o) => o.environment);
            findings.push((0,finding/* makeFinding */.MH)({
                rule: "config/drift",
                severity: "warning",
                file: env.doc.file,
                line: pos.line,
                column: pos.column,
                environment: env.environment,
                key: name,
                message: `${name} is set only for ${env.environment}; ${others.join(", ")} run without it (no base value or default).`,
                fix: `Set it in ${base?.file ?? "the base file"} or in the other environments, or give it a default in the schema.`,
            }));
        }
    }
    return findings;
}

// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __webpack_require__(2784);
// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(9488);
// EXTERNAL MODULE: ./src/scan/credential-shape.ts
var credential_shape = __webpack_require__(6952);
// EXTERNAL MODULE: ./src/scan/rules/generic/secret-key.ts
var secret_key = __webpack_require__(1697);
;// CONCATENATED MODULE: ./src/checks/examples.ts








/** Variables an example may list that belong to envguard or Node rather than to the schema. */
const ALWAYS_KNOWN = new Set(["ENVGUARD_ENV", "NODE_ENV"]);
/**
 * `.env.example` must list every variable that is supplied at run time (keys with x-env or
 * x-secret), list nothing the schema does not know, and hold placeholders only.
 */
function checkDotenvExample(example, schema) {
    const runtime = schema.keys.filter((k) => k.runtime);
    if (!example) {
        if (runtime.length === 0)
            return [];
        return [
            (0,finding/* makeFinding */.MH)({
                rule: "examples/missing-file",
                severity: "warning",
                file: ".env.example",
                message: `There is no .env.example, so nobody can see which ${runtime.length} variable(s) must be set at run time.`,
                fix: `Create .env.example with empty or placeholder values for: ${runtime.map((k) => k.envVar).join(", ")}.`,
            }),
        ];
    }
    const { file, parsed } = example;
    const findings = parsed.problems.map((p) => (0,finding/* makeFinding */.MH)({
        rule: "examples/syntax",
        severity: "warning",
        file,
        line: p.line,
        column: p.column,
        message: `${file}: ${p.message}`,
    }));
    const listed = new Set(parsed.entries.map((e) => e.key));
    for (const key of runtime) {
        if (listed.has(key.envVar))
            continue;
        findings.push((0,finding/* makeFinding */.MH)({
            rule: "examples/missing-variable",
            severity: "error",
            file,
            key: key.envVar,
            message: `${file} does not list ${key.envVar}, which ${key.name} reads at run time${key.secret ? " (a secret)" : ""}.`,
            fix: `Add the line ${key.envVar}= to ${file}.`,
        }));
    }
    const known = new Map(schema.keys.map((k) => [k.envVar, k]));
    const knownNames = [...known.keys()];
    const reported = new Set();
    for (const entry of parsed.entries) {
        const key = known.get(entry.key);
        if (!key && !ALWAYS_KNOWN.has(entry.key) && !reported.has(entry.key)) {
            reported.add(entry.key);
            const guess = (0,suggest/* closestName */.N)(entry.key, knownNames);
            findings.push((0,finding/* makeFinding */.MH)({
                rule: "examples/unknown-variable",
                severity: "warning",
                file,
                line: entry.line,
                column: entry.column,
                key: entry.key,
                message: `${file} lists ${entry.key}, which sets no key in the schema${guess ? ` (did you mean ${guess}?)` : ""}.`,
                fix: "Remove the line, correct its name, or add the key to the schema.",
            }));
        }
        const secretKey = key?.secret === true || (0,secret_key/* isSecretKeyName */.NN)(entry.key);
        if (!(0,reference/* parseReference */.F2)(entry.value) && (0,credential_shape/* looksLikeCredential */.Pv)(entry.value, { secretKey })) {
            findings.push((0,finding/* makeFinding */.MH)({
                rule: "examples/real-secret",
                severity: "error",
                file,
                line: entry.valueLine,
                column: entry.valueColumn,
                key: entry.key,
                match: (0,mask/* maskSecret */.$)(entry.value),
                message: `${file} holds what looks like a real credential for ${entry.key}, not a placeholder.`,
                fix: "Replace it with an empty value or a placeholder such as <your-token>, and rotate the credential.",
            }));
        }
    }
    return findings;
}
/** `config/example.json` may show every key, but its secrets must be placeholders. */
function checkConfigExample(doc, schema) {
    if (!doc)
        return [];
    if (doc.value === undefined)
        return doc.problems;
    const findings = [...doc.problems];
    forEachLeaf(doc.value, [], (path, value) => {
        if (typeof value !== "string" || (0,reference/* parseReference */.F2)(value))
            return;
        const secretKey = schema.nodeAt(path)?.["x-secret"] === true || (0,secret_key/* isSecretKeyName */.NN)(String(path[path.length - 1]));
        if (!(0,credential_shape/* looksLikeCredential */.Pv)(value, { secretKey }))
            return;
        const place = doc.locate(path);
        findings.push((0,finding/* makeFinding */.MH)({
            rule: "examples/real-secret",
            severity: "error",
            file: doc.file,
            line: place.value.line,
            column: place.value.column,
            key: (0,key_path/* dottedKey */.aQ)(path),
            match: (0,mask/* maskSecret */.$)(value),
            message: `${doc.file} holds what looks like a real credential at ${(0,key_path/* dottedKey */.aQ)(path)}, not a placeholder.`,
            fix: "Replace it with a placeholder such as <your-token>, and rotate the credential.",
        }));
    });
    return findings;
}

;// CONCATENATED MODULE: ./src/checks/production.ts



const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[?::1\]?|0\.0\.0\.0|\[?::\]?)$/i;
const BARE_LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1)(:\d+)?$/i;
const PRIVATE_IP = /^(10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+)$/;
function hostMatches(host, pattern) {
    const h = host.toLowerCase();
    const p = pattern.toLowerCase();
    if (p.startsWith("*."))
        return h.endsWith(p.slice(1)) || h === p.slice(2);
    return h === p;
}
function parseUrl(value) {
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
        return undefined;
    try {
        return new URL(value);
    }
    catch {
        return undefined;
    }
}
/**
 * Production rules over one production environment's resolved config: no loopback hosts, no
 * plain http to public hosts, no debug log level. Reported where the value was set.
 */
function checkProductionRules(resolution, policy) {
    const { environment } = resolution;
    const rules = policy.productionRules;
    const findings = [];
    const placeOf = (path) => {
        const s = resolution.sourceOf(path);
        return s && s.kind !== "env" ? { file: s.file, line: s.line, column: s.column } : {};
    };
    const via = (path) => {
        const s = resolution.sourceOf(path);
        return s?.kind === "env" || s?.kind === "dotenv" ? ` (set by ${s.variable})` : "";
    };
    const levelKeys = new Set(rules.logLevelKeys.map((k) => k.toLowerCase()));
    const debugLevels = new Set(rules.debugLevels.map((k) => k.toLowerCase()));
    forEachLeaf(resolution.config, [], (path, value) => {
        if (typeof value !== "string")
            return;
        const name = (0,key_path/* dottedKey */.aQ)(path);
        const url = parseUrl(value);
        const host = url ? url.hostname.replace(/^\[|\]$/g, "") : undefined;
        if ((url && host !== undefined && LOOPBACK.test(host)) || (!url && BARE_LOOPBACK.test(value.trim()))) {
            findings.push((0,finding/* makeFinding */.MH)({
                rule: "production/localhost",
                severity: "warning",
                ...placeOf(path),
                environment,
                key: name,
                message: `${name} points at a loopback host in ${environment}${via(path)}; nothing listens there in a deployed service.`,
                fix: "Use the service's real host name for this environment.",
            }));
            return;
        }
        if (url && url.protocol === "http:" && host !== undefined) {
            const internal = PRIVATE_IP.test(host) || !host.includes(".") || rules.internalHosts.some((p) => hostMatches(host, p));
            if (!internal) {
                findings.push((0,finding/* makeFinding */.MH)({
                    rule: "production/insecure-url",
                    severity: "warning",
                    ...placeOf(path),
                    environment,
                    key: name,
                    message: `${name} uses plain http:// to a public host in ${environment}${via(path)}.`,
                    fix: "Use https://, or list the host under productionRules.internalHosts in .envguard.yml if it is internal.",
                }));
            }
            return;
        }
        const last = String(path[path.length - 1] ?? "").toLowerCase();
        if (levelKeys.has(last) && debugLevels.has(value.trim().toLowerCase())) {
            findings.push((0,finding/* makeFinding */.MH)({
                rule: "production/debug-log",
                severity: "warning",
                ...placeOf(path),
                environment,
                key: name,
                message: `${name} turns on ${value.trim().toLowerCase()} logging in ${environment}${via(path)}; it is slow and may log secrets.`,
                fix: "Use info or warn in production.",
            }));
        }
    });
    return findings;
}

;// CONCATENATED MODULE: ./src/checks/check-project.ts






/**
 * `envguard check` over a loaded project: every environment's committed layers, merged and
 * validated, plus the checks of examples and production rules. `repoFindings` come from git.
 * Pure: reads nothing, writes nothing.
 */
function checkProject(project, repoFindings = []) {
    const { policy, schema, base, environmentFiles, environments } = project;
    const findings = [...project.problems, ...repoFindings];
    if (base)
        findings.push(...(0,document_keys/* checkDocumentKeys */.S)(base, schema));
    for (const [env, doc] of environmentFiles)
        findings.push(...(0,document_keys/* checkDocumentKeys */.S)(doc, schema, env));
    for (const environment of environments) {
        // A layer that does not parse is reported once; resolving without it would only add noise.
        const unparsed = [base, environmentFiles.get(environment)].some((d) => d && d.value === undefined);
        if (unparsed)
            continue;
        const resolution = resolveEnvironment(schema, policy, { environment, base, environmentFile: environmentFiles.get(environment) }, { mode: "committed" });
        findings.push(...resolution.findings);
        if (policy.production.includes(environment))
            findings.push(...checkProductionRules(resolution, policy));
    }
    findings.push(...checkDrift([...environmentFiles].map(([environment, doc]) => ({ environment, doc })), base, schema));
    findings.push(...checkDotenvExample(project.dotenvExample, schema));
    findings.push(...checkConfigExample(project.configExample, schema));
    const merged = applyRuleSettings((0,finding/* mergeAcrossEnvironments */.kd)(findings, policy.environments), policy.rules).sort(finding/* compareFindings */.Eg);
    return { findings: merged, environments: environmentStatuses(project, merged) };
}
/** `.envguard.yml` `rules:` raise, lower or turn off a rule. */
function applyRuleSettings(findings, rules) {
    const out = [];
    for (const f of findings) {
        const setting = rules[f.rule];
        if (setting === "off")
            continue;
        out.push(setting ? { ...f, severity: setting } : f);
    }
    return out;
}
function environmentStatuses(project, findings) {
    const baseFile = project.base?.file;
    return project.environments.map((name) => {
        const envFile = project.environmentFiles.get(name)?.file;
        const layerFiles = [baseFile, envFile].filter((f) => f !== undefined);
        const mine = findings.filter((f) => f.environments?.includes(name) ||
            (f.environments === undefined && f.file !== undefined && layerFiles.includes(f.file)));
        const errors = mine.filter((f) => f.severity === "error").length;
        return {
            name,
            production: project.policy.production.includes(name),
            status: errors > 0 ? "fail" : "pass",
            errors,
            warnings: mine.filter((f) => f.severity === "warning").length,
            files: [project.schema.file, baseFile, envFile].filter((f) => f !== undefined),
        };
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/git/run-git.ts
var run_git = __webpack_require__(6148);
// EXTERNAL MODULE: ./src/scan/rules/sensitive-files.ts
var sensitive_files = __webpack_require__(3599);
;// CONCATENATED MODULE: ./src/checks/dotenv-files.ts





/**
 * Asks git itself: which `.env` files are tracked, and whether `.gitignore` ignores the
 * `.env` files the policy names. Outside a git repository it says the checks were skipped.
 */
async function checkDotenvFilesInGit(policy) {
    const inside = await (0,run_git/* runGit */.E)(policy.root, ["rev-parse", "--is-inside-work-tree"]);
    const isRepo = inside.code === 0 && inside.stdout.trim() === "true";
    if (!isRepo) {
        return [
            (0,finding/* makeFinding */.MH)({
                rule: "repo/not-a-repository",
                severity: "warning",
                message: `${policy.root} is not inside a git repository: whether .env files are tracked or ignored was not checked.`,
                fix: "Run envguard check inside the project's git work tree.",
            }),
        ];
    }
    const findings = [];
    const listed = await (0,run_git/* runGit */.E)(policy.root, ["ls-files", "-z", "--cached"]);
    if (listed.code !== 0)
        throw new Error(`git ls-files failed: ${listed.stderr.trim()}`);
    const tracked = listed.stdout.split("\0").filter((p) => p !== "");
    for (const file of tracked.filter((p) => (0,sensitive_files/* isDotenvPath */.wd)(p, policy.scan.allowedDotenvSuffixes))) {
        findings.push((0,finding/* makeFinding */.MH)({
            rule: "repo/tracked-dotenv",
            severity: "error",
            file,
            message: `${file} is tracked by git; .env files hold local secrets and must never be committed.`,
            fix: `Run git rm --cached -- ${JSON.stringify(file)}, make sure .gitignore ignores it, and rotate any secret it held.`,
        }));
    }
    const ignored = await (0,run_git/* runGit */.E)(policy.root, [
        "check-ignore",
        "--no-index",
        "--verbose",
        "--non-matching",
        "--",
        ...policy.dotenv.files,
    ]);
    // Exit 1 only says that some path is not ignored; 128 is a real failure.
    if (ignored.code > 1)
        throw new Error(`git check-ignore failed: ${ignored.stderr.trim()}`);
    const lines = ignored.stdout;
    // Placed on .gitignore (an annotation and a link to edit) only when the project has one.
    const hasGitignore = (0,external_node_fs_.existsSync)(external_node_path_default().join(policy.root, ".gitignore"));
    for (const line of lines.split("\n")) {
        const tab = line.indexOf("\t");
        if (tab < 0)
            continue;
        const source = line.slice(0, tab);
        const file = line.slice(tab + 1);
        if (source !== "::")
            continue;
        findings.push((0,finding/* makeFinding */.MH)({
            rule: "repo/dotenv-not-ignored",
            severity: "error",
            ...(hasGitignore ? { file: ".gitignore" } : {}),
            key: file,
            message: hasGitignore
                ? `.gitignore does not ignore ${file}, so a local secrets file can be committed by accident.`
                : `Nothing ignores ${file} (the project has no .gitignore), so a local secrets file can be committed by accident.`,
            fix: hasGitignore
                ? `Add a line "${file}" to .gitignore (and "!.env.example" if you keep one).`
                : `Create .gitignore with a line "${file}" (and "!.env.example" if you keep one), and commit it.`,
        }));
    }
    return findings;
}

// EXTERNAL MODULE: ./src/config/policy.ts + 2 modules
var config_policy = __webpack_require__(4916);
// EXTERNAL MODULE: ./src/config/policy-base.ts
var policy_base = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/config/project.ts + 1 modules
var config_project = __webpack_require__(178);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/git/index-snapshot.ts




async function gitOrThrow(cwd, args, env) {
    const r = await (0,run_git/* runGit */.E)(cwd, args, env);
    if (r.code !== 0)
        throw new Error(`git ${args[0]} failed: ${r.stderr.trim() || `exit ${r.code}`}`);
    return r.stdout;
}
/**
 * Writes the staged (index) versions of the files matching `pathspecs` into a temp folder, so a
 * check reads what the commit will hold, not the working tree; with `commit`, that commit's
 * versions instead (the Action reads the base branch's policy). Call `add` again for more paths.
 */
async function snapshotIndex(root, commit) {
    const top = (await gitOrThrow(root, ["rev-parse", "--show-toplevel"])).trim();
    const relative = external_node_path_default().relative(top, root);
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), "envguard-index-"));
    // A commit's files: read its tree into an index of our own, so the repository's is never touched.
    const env = {};
    if (commit !== undefined) {
        env.GIT_INDEX_FILE = external_node_path_default().join(dir, ".envguard-index");
        try {
            await gitOrThrow(top, ["read-tree", `${commit}^{tree}`], env);
        }
        catch (error) {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            throw error;
        }
    }
    return {
        root: external_node_path_default().join(dir, relative),
        cleanup: () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }),
        async add(pathspecs) {
            const listed = await gitOrThrow(root, ["ls-files", "-z", "--cached", "--", ...pathspecs], env);
            const files = listed.split("\0").filter((f) => f !== "");
            if (files.length === 0)
                return;
            // --prefix is prepended to each path from the top of the repository.
            await gitOrThrow(top, [
                "checkout-index",
                "-f",
                `--prefix=${dir}${(external_node_path_default()).sep}`,
                "--",
                ...files.map((f) => external_node_path_default().join(relative, f)),
            ], env);
        },
    };
}

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/text.ts + 1 modules
var report_text = __webpack_require__(2339);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/run-errors.ts
var run_errors = __webpack_require__(9979);
;// CONCATENATED MODULE: ./src/cli/check-command.ts












async function runCheck(options) {
    const root = external_node_path_default().resolve(options.root);
    let snapshot;
    try {
        let projectRoot = root;
        let stagedPolicy;
        if (options.staged) {
            // The files the check reads, as the commit will hold them: policy first, then what it names.
            snapshot = await snapshotIndex(root);
            await snapshot.add([...config_policy/* POLICY_FILES */.j, ...(options.policyFile ? [options.policyFile] : [])]);
            const staged = (0,config_policy.loadPolicy)(snapshot.root, options.policyFile);
            await snapshot.add((0,policy_base/* checkedPaths */.Ct)(staged));
            projectRoot = snapshot.root;
            stagedPolicy = staged;
        }
        const policy = stagedPolicy ?? (0,config_policy.loadPolicy)(projectRoot, options.policyFile);
        // git runs in its own processes while this one compiles the schema; it asks the real repository.
        const repoCheck = checkDotenvFilesInGit({ ...policy, root });
        repoCheck.catch(() => undefined);
        const project = (0,config_project/* loadProject */.gi)(projectRoot, { policy, environments: options.environments });
        const repoFindings = await repoCheck;
        const result = checkProject(project, repoFindings);
        process.stdout.write(options.format === "json"
            ? (0,json/* renderJson */.hF)("check", result.findings, result.environments)
            : (0,report_text/* renderText */.S)(result.findings, result.environments, {
                color: options.color,
                allEnvironments: project.policy.environments,
            }));
        return (0,finding/* hasErrors */.Cs)(result.findings) ? exit_codes/* EXIT */.d.findings : exit_codes/* EXIT */.d.ok;
    }
    catch (error) {
        const findings = (0,run_errors/* couldNotRunFindings */.y)(error);
        if (!findings)
            throw error;
        (0,run_errors/* reportCouldNotRun */.S)("check", findings, options.format);
        return exit_codes/* EXIT */.d.couldNotRun;
    }
    finally {
        snapshot?.cleanup();
    }
}


/***/ }),

/***/ 223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   j$: () => (/* binding */ looksLikeReference)
/* harmony export */ });
/* unused harmony export describeReference */
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


/***/ })

};
;
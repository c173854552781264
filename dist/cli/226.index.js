export const id = 226;
export const ids = [226];
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

/***/ 9329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseConfigDocument),
/* harmony export */   b: () => (/* reexport safe */ _format_js__WEBPACK_IMPORTED_MODULE_3__.b)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1928);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9023);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4604);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6417);
/* harmony import */ var _location_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7643);







const BOM = "\uFEFF";
/**
 * Parses a config file. `requireObject` (the default) reports a top level that is not an object;
 * the schema loader turns it off and says so in its own words.
 */
function parseConfigDocument(file, rawText, format = (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatOf */ .b)(file) ?? "json", requireObject = true) {
    const text = rawText.startsWith(BOM) ? rawText.slice(1) : rawText;
    const doc = format === "json" ? parseJson(file, text) : parseYaml(file, text);
    if (text.trim() === "") {
        doc.value = {};
        doc.problems.push((0,_report_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .makeFinding */ .MH)({
            rule: "config/empty-file",
            severity: "warning",
            file,
            line: 1,
            column: 1,
            message: `${file} is empty and is read as {}.`,
            fix: "Write {} (JSON) or delete the file if it has no settings.",
        }));
    }
    else if (requireObject &&
        doc.value !== undefined &&
        (typeof doc.value !== "object" || doc.value === null || Array.isArray(doc.value))) {
        const found = doc.value === null ? "null" : Array.isArray(doc.value) ? "an array" : `a ${typeof doc.value}`;
        doc.problems.push((0,_report_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .makeFinding */ .MH)({
            rule: "config/parse",
            severity: "error",
            file,
            line: 1,
            column: 1,
            message: `${file} must hold an object of settings at the top level, not ${found}.`,
            fix: "Wrap the settings in { ... } (JSON) or key: value lines (YAML).",
        }));
        doc.value = undefined;
    }
    return doc;
}
function parseProblem(file, line, column, what) {
    return (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .makeFinding */ .MH)({
        rule: "config/parse",
        severity: "error",
        file,
        line,
        column,
        message: `${file} does not parse: ${what}.`,
        fix: "Fix the syntax at this position; nothing in this file was checked.",
    });
}
function duplicateProblem(file, key, line, column, firstLine) {
    return (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .makeFinding */ .MH)({
        rule: "config/duplicate-key",
        severity: "error",
        file,
        line,
        column,
        key,
        message: `"${key}" is set twice in the same object (first at line ${firstLine}); only one of them takes effect.`,
        fix: "Delete one of the two keys.",
    });
}
// ---------------------------------------------------------------- JSON
const PARSE_ERROR_TEXT = {
    InvalidSymbol: "unexpected character",
    InvalidNumberFormat: "invalid number",
    PropertyNameExpected: "expected a property name in double quotes",
    ValueExpected: "expected a value",
    ColonExpected: "expected ':'",
    CommaExpected: "expected ',' (or a closing bracket)",
    CloseBraceExpected: "expected '}'",
    CloseBracketExpected: "expected ']'",
    EndOfFileExpected: "unexpected content after the end of the document",
    InvalidCommentToken: "comments are not allowed in JSON",
    UnexpectedEndOfComment: "unterminated comment",
    UnexpectedEndOfString: "unterminated string",
    UnexpectedEndOfNumber: "unterminated number",
    InvalidUnicode: "invalid unicode escape",
    InvalidEscapeCharacter: "invalid escape character",
    InvalidCharacter: "invalid character in a string (control characters must be escaped)",
};
/** Counts the keys JSON.parse saw, to learn cheaply whether the text repeats one. */
function countParsedKeys(value) {
    if (typeof value !== "object" || value === null)
        return 0;
    let n = 0;
    if (Array.isArray(value)) {
        for (const item of value)
            n += countParsedKeys(item);
        return n;
    }
    for (const k in value)
        n += 1 + countParsedKeys(value[k]);
    return n;
}
/** Counts `"...":` tokens; outside strings JSON has no quote, so a left-to-right match stays aligned. */
function countKeyTokens(text) {
    const token = /"(?:[^"\\]|\\.)*"(\s*:)?/g;
    let n = 0;
    for (let m = token.exec(text); m; m = token.exec(text))
        if (m[1])
            n++;
    return n;
}
function parseJson(file, text) {
    const lines = new _location_js__WEBPACK_IMPORTED_MODULE_4__/* .LineIndex */ .r(text);
    let tree;
    const treeOf = () => {
        tree ??= (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, [], {
            disallowComments: true,
            allowTrailingComma: false,
            allowEmptyContent: true,
        });
        return tree;
    };
    const doc = {
        file,
        format: "json",
        value: undefined,
        problems: [],
        locate: (path) => locateJson(treeOf(), path, lines),
    };
    if (text.trim() === "")
        return doc;
    try {
        doc.value = JSON.parse(text);
    }
    catch {
        const errors = [];
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false });
        const first = errors[0];
        const comma = first ? trailingCommaBefore(text, first.offset) : undefined;
        const where = lines.position(comma ?? first?.offset ?? 0);
        const what = comma !== undefined
            ? "trailing commas are not allowed in JSON"
            : first
                ? (PARSE_ERROR_TEXT[(0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error)] ?? "syntax error")
                : "syntax error";
        doc.problems.push(parseProblem(file, where.line, where.column, what));
        return doc;
    }
    if (countKeyTokens(text) !== countParsedKeys(doc.value)) {
        findJsonDuplicates(file, treeOf(), lines, [], doc.problems);
    }
    return doc;
}
/** `{"a": 1,}`: the parser stops at the bracket, but the comma before it is what must go. */
function trailingCommaBefore(text, offset) {
    if (text[offset] !== "}" && text[offset] !== "]")
        return undefined;
    let i = offset - 1;
    while (i >= 0 && /\s/.test(text[i]))
        i--;
    return text[i] === "," ? i : undefined;
}
function findJsonDuplicates(file, node, lines, path, out) {
    if (!node)
        return;
    if (node.type === "object") {
        const seen = new Map();
        for (const prop of node.children ?? []) {
            const keyNode = prop.children?.[0];
            if (!keyNode)
                continue;
            const key = String(keyNode.value);
            const at = lines.position(keyNode.offset);
            const first = seen.get(key);
            if (first !== undefined)
                out.push(duplicateProblem(file, (0,_key_path_js__WEBPACK_IMPORTED_MODULE_5__/* .dottedKey */ .aQ)([...path, key]), at.line, at.column, first));
            else
                seen.set(key, at.line);
            findJsonDuplicates(file, prop.children?.[1], lines, [...path, key], out);
        }
    }
    else if (node.type === "array") {
        node.children?.forEach((child, i) => {
            findJsonDuplicates(file, child, lines, [...path, String(i)], out);
        });
    }
}
function locateJson(root, path, lines) {
    let node = root;
    let keyNode;
    for (const segment of path) {
        if (!node)
            break;
        let next;
        let nextKey;
        if (node.type === "object") {
            // The last duplicate wins in JSON.parse, so locate the last one too.
            for (const prop of node.children ?? []) {
                if (prop.children?.[0]?.value === String(segment)) {
                    nextKey = prop.children[0];
                    next = prop.children[1];
                }
            }
        }
        else if (node.type === "array") {
            next = node.children?.[Number(segment)];
        }
        if (!next)
            break;
        node = next;
        keyNode = nextKey;
    }
    const value = lines.position(node?.offset ?? 0);
    return keyNode ? { key: lines.position(keyNode.offset), value } : { value };
}
// ---------------------------------------------------------------- YAML
/**
 * What a YAML syntax error says, by the `yaml` library's error code. Never its own message: some
 * quote the source (an alias's or a tag's name, an escape sequence inside a quoted value), and the
 * line of a config file may hold a secret. The position says where.
 */
const YAML_PROBLEMS = {
    ALIAS_PROPS: "an alias cannot have an anchor or a tag",
    BAD_ALIAS: "an alias refers to no anchor defined before it",
    BAD_COLLECTION_TYPE: "a tag does not fit the collection it is on",
    BAD_DIRECTIVE: "a % directive is not valid",
    BAD_DQ_ESCAPE: "a double-quoted value holds an invalid escape sequence",
    BAD_INDENT: "the indentation is wrong here",
    BAD_PROP_ORDER: "an anchor or a tag must come before the value",
    BAD_SCALAR_START: "a plain value cannot start with this character (quote the value)",
    BLOCK_AS_IMPLICIT_KEY: "a block collection cannot be a key",
    BLOCK_IN_FLOW: "a block collection cannot be inside a flow collection ([…] or {…})",
    DUPLICATE_KEY: "a key appears twice",
    IMPOSSIBLE: "the YAML parser could not read this",
    KEY_OVER_1024_CHARS: "an implicit key is longer than 1024 characters",
    MISSING_CHAR: "a closing quote or bracket is missing",
    MULTILINE_IMPLICIT_KEY: "an implicit key spans more than one line (quote it, or use `? key`)",
    MULTIPLE_ANCHORS: "a value has more than one anchor",
    MULTIPLE_DOCS: "the file holds more than one YAML document (`---`)",
    MULTIPLE_TAGS: "a value has more than one tag",
    NON_STRING_KEY: "a key is not a string",
    RESOURCE_EXHAUSTION: "aliases expand the document too far",
    TAB_AS_INDENT: "a tab is used as indentation (YAML indents with spaces only)",
    TAG_RESOLVE_FAILED: "a tag could not be resolved",
    UNEXPECTED_TOKEN: "unexpected text here",
};
function parseYaml(file, text) {
    // Duplicates are found by our own walk below, which knows each key's position.
    const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { uniqueKeys: false, prettyErrors: false, strict: true });
    const lines = new _location_js__WEBPACK_IMPORTED_MODULE_4__/* .LineIndex */ .r(text);
    const doc = {
        file,
        format: "yaml",
        value: undefined,
        problems: [],
        locate: (path) => locateYaml(parsed.contents, path, lines),
    };
    const firstError = parsed.errors[0];
    if (firstError) {
        const at = lines.position(firstError.pos[0]);
        const what = YAML_PROBLEMS[firstError.code] ?? "a YAML syntax error";
        doc.problems.push(parseProblem(file, at.line, at.column, what));
        return doc;
    }
    findYamlDuplicates(file, parsed.contents, lines, [], doc.problems);
    try {
        // No content node at all (blank, or comments only) is an empty file, not a null document.
        doc.value = parsed.contents === null ? {} : (parsed.toJS({ maxAliasCount: 100 }) ?? null);
    }
    catch {
        // toJS throws for aliases (unresolved, or too many); its message can quote an alias's name.
        doc.problems.push(parseProblem(file, 1, 1, "its aliases cannot be resolved (one is unknown, or they expand too far)"));
    }
    return doc;
}
function findYamlDuplicates(file, node, lines, path, out) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
        const seen = new Map();
        for (const pair of node.items) {
            const keyNode = pair.key;
            const key = String((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(keyNode) ? keyNode.value : keyNode);
            const at = lines.position(keyNode?.range?.[0] ?? 0);
            const first = seen.get(key);
            if (first !== undefined)
                out.push(duplicateProblem(file, (0,_key_path_js__WEBPACK_IMPORTED_MODULE_5__/* .dottedKey */ .aQ)([...path, key]), at.line, at.column, first));
            else
                seen.set(key, at.line);
            findYamlDuplicates(file, pair.value, lines, [...path, key], out);
        }
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
        node.items.forEach((item, i) => {
            findYamlDuplicates(file, item, lines, [...path, String(i)], out);
        });
    }
}
function locateYaml(root, path, lines) {
    let node = root;
    let keyOffset;
    for (const segment of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
            const pair = [...node.items].reverse().find((p) => {
                const k = p.key;
                return String((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(k) ? k.value : k) === String(segment);
            });
            if (!pair)
                break;
            keyOffset = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? pair.key.range?.[0] : undefined;
            node = pair.value;
            if (!node) {
                // `key:` with nothing after it: the key is the place to point at.
                return keyOffset === undefined
                    ? { value: { line: 1, column: 1 } }
                    : { key: lines.position(keyOffset), value: lines.position(keyOffset) };
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
            const item = node.items[Number(segment)];
            if (!item)
                break;
            node = item;
            keyOffset = undefined;
        }
        else {
            break;
        }
    }
    const value = lines.position(node?.range?.[0] ?? 0);
    return keyOffset === undefined ? { value } : { key: lines.position(keyOffset), value };
}


/***/ }),

/***/ 6417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aQ: () => (/* binding */ dottedKey),
/* harmony export */   ox: () => (/* binding */ pointerToPath),
/* harmony export */   zv: () => (/* binding */ envVarNameFor)
/* harmony export */ });
/** `["routes", 3, "path"]` → `routes[3].path`: how a person names a key. */
function dottedKey(path) {
    let out = "";
    for (const segment of path) {
        if (typeof segment === "number" || /^\d+$/.test(segment))
            out += `[${segment}]`;
        else
            out += out === "" ? segment : `.${segment}`;
    }
    return out;
}
/** ajv's instancePath (a JSON Pointer) → key path. */
function pointerToPath(pointer) {
    if (pointer === "")
        return [];
    return pointer
        .slice(1)
        .split("/")
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
/** `database.poolSize` → `DATABASE_POOL_SIZE`; `http-server.TLSCert` → `HTTP_SERVER_TLS_CERT`. */
function envVarNameFor(path, prefix = "") {
    const words = path.map((segment) => String(segment)
        .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
        .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
        .replace(/[^A-Za-z0-9]+/g, "_")
        .replace(/^_+|_+$/g, "")
        .toUpperCase());
    return prefix + words.filter((w) => w !== "").join("_");
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

/***/ 2784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ closestName),
/* harmony export */   a: () => (/* binding */ didYouMean)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1916);

const normalise = (s) => s.toLowerCase().replace(/[-_.\s]/g, "");
/**
 * The name a person most likely meant: the same name in other case or separators, then a name
 * that starts with what was typed (`prod` → `production`), then the nearest by edit distance if at
 * most a third of it differs. Undefined when nothing is close enough to suggest.
 */
function closestName(typed, options) {
    const t = normalise(typed);
    if (t === "")
        return undefined;
    const same = options.find((o) => normalise(o) === t);
    if (same !== undefined)
        return same;
    const prefixed = options.filter((o) => {
        const n = normalise(o);
        return Math.min(n.length, t.length) >= 3 && (n.startsWith(t) || t.startsWith(n));
    });
    if (prefixed.length === 1)
        return prefixed[0];
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const o of prefixed.length > 1 ? prefixed : options) {
        const n = normalise(o);
        // Two swapped neighbours (`prot` for `port`) are one slip, not two edits.
        const d = isAdjacentSwap(t, n) ? 1 : (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(t, n);
        if (d < bestDistance) {
            best = o;
            bestDistance = d;
        }
    }
    if (best === undefined)
        return undefined;
    if (prefixed.length > 1)
        return best;
    return bestDistance <= Math.max(1, Math.floor(Math.max(t.length, normalise(best).length) / 3))
        ? best
        : undefined;
}
/** ` (did you mean "x"?)`, or nothing. */
function didYouMean(typed, options, quote = '"') {
    const guess = closestName(typed, options);
    return guess === undefined ? "" : ` (did you mean ${quote}${guess}${quote}?)`;
}
function isAdjacentSwap(a, b) {
    if (a.length !== b.length)
        return false;
    let i = 0;
    while (i < a.length && a[i] === b[i])
        i++;
    return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}


/***/ }),

/***/ 226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   detectSecretLiterals: () => (/* binding */ detectSecretLiterals)
/* harmony export */ });
/* harmony import */ var _checks_document_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5565);
/* harmony import */ var _config_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9329);
/* harmony import */ var _schema_aware_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3821);



/**
 * The schema-aware rule: a literal value for an `x-secret` key in a committed config layer,
 * reported only on the fragment's lines (the added ones, for a change). `fullText` is the whole
 * file, which positions and parsing need.
 */
function detectSecretLiterals(fragment, fullText, schema, policy) {
    const environment = (0,_schema_aware_js__WEBPACK_IMPORTED_MODULE_2__/* .layerOf */ .Z)(fragment.path, policy);
    if (environment === undefined)
        return [];
    const doc = (0,_config_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseConfigDocument */ .T)(fragment.path, fullText);
    if (doc.value === undefined)
        return [];
    const counted = fragment.lineNumbers ? new Set(fragment.lineNumbers) : undefined;
    const textLineOf = new Map((fragment.lineNumbers ?? []).map((line, i) => [line, i + 1]));
    const matches = [];
    (0,_checks_document_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDocumentKeys */ .S)(doc, schema, environment || undefined, (path, value) => {
        const place = doc.locate(path).value;
        if (counted && !counted.has(place.line))
            return;
        matches.push({
            rule: _schema_aware_js__WEBPACK_IMPORTED_MODULE_2__/* .SCHEMA_AWARE_RULE */ .o,
            line: place.line,
            column: place.column,
            secret: value,
            textLine: counted ? textLineOf.get(place.line) : place.line,
        });
    });
    return matches;
}


/***/ })

};

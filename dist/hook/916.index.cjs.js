"use strict";
exports.id = 916;
exports.ids = [916];
exports.modules = {

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
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2223);
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

/***/ 4916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* reexport */ policy_base/* POLICY_FILES */.jE),
  loadPolicy: () => (/* binding */ loadPolicy)
});

// UNUSED EXPORTS: PolicyError

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
// EXTERNAL MODULE: ./src/config/document.ts
var config_document = __webpack_require__(9329);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/config/key-path.ts
var key_path = __webpack_require__(6417);
// EXTERNAL MODULE: ./src/config/policy-base.ts
var policy_base = __webpack_require__(7406);
;// CONCATENATED MODULE: ./src/config/policy-schema.ts
/**
 * The policy file's own schema: a typo in `.envguard.yml` is reported at its line. Plain data with
 * no imports: `scripts/gen-policy-validator.mjs` compiles it ahead of time, so reading a policy
 * never loads ajv (the pre-commit hook stays fast).
 */
const NAME = { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" };
const PATH = { type: "string", minLength: 1 };
const LIST_OF = (item) => ({ type: "array", items: item, uniqueItems: true });
const POLICY_SCHEMA = {
    type: "object",
    additionalProperties: false,
    properties: {
        environments: { ...LIST_OF(NAME), minItems: 1 },
        production: LIST_OF(NAME),
        schema: PATH,
        configDir: PATH,
        envPrefix: { type: "string", pattern: "^[A-Za-z0-9_]*$" },
        dotenv: {
            type: "object",
            additionalProperties: false,
            properties: { files: LIST_OF(PATH), environments: LIST_OF(NAME) },
        },
        examples: {
            type: "object",
            additionalProperties: false,
            properties: { dotenv: PATH, config: PATH },
        },
        rules: {
            type: "object",
            propertyNames: { type: "string", pattern: "^[a-z]+/[a-z0-9-]+$" },
            additionalProperties: { type: "string", enum: ["error", "warning", "note", "off"] },
        },
        productionRules: {
            type: "object",
            additionalProperties: false,
            properties: {
                internalHosts: LIST_OF({ type: "string", minLength: 1 }),
                debugLevels: LIST_OF({ type: "string", minLength: 1 }),
                logLevelKeys: LIST_OF({ type: "string", minLength: 1 }),
            },
        },
        scan: {
            type: "object",
            additionalProperties: false,
            properties: {
                ignorePaths: LIST_OF({ type: "string", minLength: 1 }),
                maxFileSize: { type: "integer", minimum: 1 },
                allowedDotenvSuffixes: LIST_OF({ type: "string", pattern: "^[A-Za-z0-9_-]+$" }),
                baseline: PATH,
                lockfiles: { type: "boolean" },
            },
        },
    },
};

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/config/policy-validator.generated.js
// Generated by scripts/gen-policy-validator.mjs from src/config/policy-schema.ts: do not edit.
// @ts-nocheck

const runtime0 = ucs2length["default"] ?? ucs2length;
const validate = validate10;
/* harmony default export */ const policy_validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = {"type":"object","additionalProperties":false,"properties":{"environments":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"uniqueItems":true,"minItems":1},"production":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"uniqueItems":true},"schema":{"type":"string","minLength":1},"configDir":{"type":"string","minLength":1},"envPrefix":{"type":"string","pattern":"^[A-Za-z0-9_]*$"},"dotenv":{"type":"object","additionalProperties":false,"properties":{"files":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"environments":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"uniqueItems":true}}},"examples":{"type":"object","additionalProperties":false,"properties":{"dotenv":{"type":"string","minLength":1},"config":{"type":"string","minLength":1}}},"rules":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z]+/[a-z0-9-]+$"},"additionalProperties":{"type":"string","enum":["error","warning","note","off"]}},"productionRules":{"type":"object","additionalProperties":false,"properties":{"internalHosts":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"debugLevels":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"logLevelKeys":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true}}},"scan":{"type":"object","additionalProperties":false,"properties":{"ignorePaths":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"maxFileSize":{"type":"integer","minimum":1},"allowedDotenvSuffixes":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9_-]+$"},"uniqueItems":true},"baseline":{"type":"string","minLength":1},"lockfiles":{"type":"boolean"}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime0;
const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
const pattern2 = new RegExp("^[A-Za-z0-9_]*$", "u");
const pattern4 = new RegExp("^[a-z]+/[a-z0-9-]+$", "u");
const pattern5 = new RegExp("^[A-Za-z0-9_-]+$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.environments !== undefined){
let data0 = data.environments;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err2 = {instancePath:instancePath+"/environments/" + i0,schemaPath:"#/properties/environments/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/environments/" + i0,schemaPath:"#/properties/environments/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data0[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err4 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err5 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.production !== undefined){
let data2 = data.production;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err6 = {instancePath:instancePath+"/production/" + i2,schemaPath:"#/properties/production/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/production/" + i2,schemaPath:"#/properties/production/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let i3 = data2.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data2[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err8 = {instancePath:instancePath+"/production",schemaPath:"#/properties/production/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err9 = {instancePath:instancePath+"/production",schemaPath:"#/properties/production/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.schema !== undefined){
let data4 = data.schema;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err10 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.configDir !== undefined){
let data5 = data.configDir;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err12 = {instancePath:instancePath+"/configDir",schemaPath:"#/properties/configDir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/configDir",schemaPath:"#/properties/configDir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.envPrefix !== undefined){
let data6 = data.envPrefix;
if(typeof data6 === "string"){
if(!pattern2.test(data6)){
const err14 = {instancePath:instancePath+"/envPrefix",schemaPath:"#/properties/envPrefix/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/envPrefix",schemaPath:"#/properties/envPrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.dotenv !== undefined){
let data7 = data.dotenv;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
if(!((key1 === "files") || (key1 === "environments"))){
const err16 = {instancePath:instancePath+"/dotenv",schemaPath:"#/properties/dotenv/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.files !== undefined){
let data8 = data7.files;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i4=0; i4<len2; i4++){
let data9 = data8[i4];
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err17 = {instancePath:instancePath+"/dotenv/files/" + i4,schemaPath:"#/properties/dotenv/properties/files/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/dotenv/files/" + i4,schemaPath:"#/properties/dotenv/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let i5 = data8.length;
let j2;
if(i5 > 1){
const indices2 = {};
for(;i5--;){
let item2 = data8[i5];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err19 = {instancePath:instancePath+"/dotenv/files",schemaPath:"#/properties/dotenv/properties/files/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
break;
}
indices2[item2] = i5;
}
}
}
else {
const err20 = {instancePath:instancePath+"/dotenv/files",schemaPath:"#/properties/dotenv/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.environments !== undefined){
let data10 = data7.environments;
if(Array.isArray(data10)){
const len3 = data10.length;
for(let i6=0; i6<len3; i6++){
let data11 = data10[i6];
if(typeof data11 === "string"){
if(!pattern0.test(data11)){
const err21 = {instancePath:instancePath+"/dotenv/environments/" + i6,schemaPath:"#/properties/dotenv/properties/environments/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/dotenv/environments/" + i6,schemaPath:"#/properties/dotenv/properties/environments/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
let i7 = data10.length;
let j3;
if(i7 > 1){
const indices3 = {};
for(;i7--;){
let item3 = data10[i7];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err23 = {instancePath:instancePath+"/dotenv/environments",schemaPath:"#/properties/dotenv/properties/environments/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break;
}
indices3[item3] = i7;
}
}
}
else {
const err24 = {instancePath:instancePath+"/dotenv/environments",schemaPath:"#/properties/dotenv/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/dotenv",schemaPath:"#/properties/dotenv/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.examples !== undefined){
let data12 = data.examples;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key2 in data12){
if(!((key2 === "dotenv") || (key2 === "config"))){
const err26 = {instancePath:instancePath+"/examples",schemaPath:"#/properties/examples/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data12.dotenv !== undefined){
let data13 = data12.dotenv;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err27 = {instancePath:instancePath+"/examples/dotenv",schemaPath:"#/properties/examples/properties/dotenv/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/examples/dotenv",schemaPath:"#/properties/examples/properties/dotenv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data12.config !== undefined){
let data14 = data12.config;
if(typeof data14 === "string"){
if(func3(data14) < 1){
const err29 = {instancePath:instancePath+"/examples/config",schemaPath:"#/properties/examples/properties/config/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/examples/config",schemaPath:"#/properties/examples/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/examples",schemaPath:"#/properties/examples/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.rules !== undefined){
let data15 = data.rules;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key3 in data15){
const _errs36 = errors;
if(typeof key3 === "string"){
if(!pattern4.test(key3)){
const err32 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]+/[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z]+/[a-z0-9-]+$"+"\"",propertyName:key3};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key3};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var valid15 = _errs36 === errors;
if(!valid15){
const err34 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
for(const key4 in data15){
let data16 = data15[key4];
if(typeof data16 !== "string"){
const err35 = {instancePath:instancePath+"/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!((((data16 === "error") || (data16 === "warning")) || (data16 === "note")) || (data16 === "off"))){
const err36 = {instancePath:instancePath+"/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.additionalProperties.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.productionRules !== undefined){
let data17 = data.productionRules;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key5 in data17){
if(!(((key5 === "internalHosts") || (key5 === "debugLevels")) || (key5 === "logLevelKeys"))){
const err38 = {instancePath:instancePath+"/productionRules",schemaPath:"#/properties/productionRules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data17.internalHosts !== undefined){
let data18 = data17.internalHosts;
if(Array.isArray(data18)){
const len4 = data18.length;
for(let i8=0; i8<len4; i8++){
let data19 = data18[i8];
if(typeof data19 === "string"){
if(func3(data19) < 1){
const err39 = {instancePath:instancePath+"/productionRules/internalHosts/" + i8,schemaPath:"#/properties/productionRules/properties/internalHosts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/productionRules/internalHosts/" + i8,schemaPath:"#/properties/productionRules/properties/internalHosts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
let i9 = data18.length;
let j4;
if(i9 > 1){
const indices4 = {};
for(;i9--;){
let item4 = data18[i9];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
const err41 = {instancePath:instancePath+"/productionRules/internalHosts",schemaPath:"#/properties/productionRules/properties/internalHosts/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i9+" are identical)"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
break;
}
indices4[item4] = i9;
}
}
}
else {
const err42 = {instancePath:instancePath+"/productionRules/internalHosts",schemaPath:"#/properties/productionRules/properties/internalHosts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data17.debugLevels !== undefined){
let data20 = data17.debugLevels;
if(Array.isArray(data20)){
const len5 = data20.length;
for(let i10=0; i10<len5; i10++){
let data21 = data20[i10];
if(typeof data21 === "string"){
if(func3(data21) < 1){
const err43 = {instancePath:instancePath+"/productionRules/debugLevels/" + i10,schemaPath:"#/properties/productionRules/properties/debugLevels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/productionRules/debugLevels/" + i10,schemaPath:"#/properties/productionRules/properties/debugLevels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
let i11 = data20.length;
let j5;
if(i11 > 1){
const indices5 = {};
for(;i11--;){
let item5 = data20[i11];
if(typeof item5 !== "string"){
continue;
}
if(typeof indices5[item5] == "number"){
j5 = indices5[item5];
const err45 = {instancePath:instancePath+"/productionRules/debugLevels",schemaPath:"#/properties/productionRules/properties/debugLevels/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i11+" are identical)"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
break;
}
indices5[item5] = i11;
}
}
}
else {
const err46 = {instancePath:instancePath+"/productionRules/debugLevels",schemaPath:"#/properties/productionRules/properties/debugLevels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data17.logLevelKeys !== undefined){
let data22 = data17.logLevelKeys;
if(Array.isArray(data22)){
const len6 = data22.length;
for(let i12=0; i12<len6; i12++){
let data23 = data22[i12];
if(typeof data23 === "string"){
if(func3(data23) < 1){
const err47 = {instancePath:instancePath+"/productionRules/logLevelKeys/" + i12,schemaPath:"#/properties/productionRules/properties/logLevelKeys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/productionRules/logLevelKeys/" + i12,schemaPath:"#/properties/productionRules/properties/logLevelKeys/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
let i13 = data22.length;
let j6;
if(i13 > 1){
const indices6 = {};
for(;i13--;){
let item6 = data22[i13];
if(typeof item6 !== "string"){
continue;
}
if(typeof indices6[item6] == "number"){
j6 = indices6[item6];
const err49 = {instancePath:instancePath+"/productionRules/logLevelKeys",schemaPath:"#/properties/productionRules/properties/logLevelKeys/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i13+" are identical)"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
break;
}
indices6[item6] = i13;
}
}
}
else {
const err50 = {instancePath:instancePath+"/productionRules/logLevelKeys",schemaPath:"#/properties/productionRules/properties/logLevelKeys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/productionRules",schemaPath:"#/properties/productionRules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.scan !== undefined){
let data24 = data.scan;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key6 in data24){
if(!(((((key6 === "ignorePaths") || (key6 === "maxFileSize")) || (key6 === "allowedDotenvSuffixes")) || (key6 === "baseline")) || (key6 === "lockfiles"))){
const err52 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data24.ignorePaths !== undefined){
let data25 = data24.ignorePaths;
if(Array.isArray(data25)){
const len7 = data25.length;
for(let i14=0; i14<len7; i14++){
let data26 = data25[i14];
if(typeof data26 === "string"){
if(func3(data26) < 1){
const err53 = {instancePath:instancePath+"/scan/ignorePaths/" + i14,schemaPath:"#/properties/scan/properties/ignorePaths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/scan/ignorePaths/" + i14,schemaPath:"#/properties/scan/properties/ignorePaths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
let i15 = data25.length;
let j7;
if(i15 > 1){
const indices7 = {};
for(;i15--;){
let item7 = data25[i15];
if(typeof item7 !== "string"){
continue;
}
if(typeof indices7[item7] == "number"){
j7 = indices7[item7];
const err55 = {instancePath:instancePath+"/scan/ignorePaths",schemaPath:"#/properties/scan/properties/ignorePaths/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i15+" are identical)"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
break;
}
indices7[item7] = i15;
}
}
}
else {
const err56 = {instancePath:instancePath+"/scan/ignorePaths",schemaPath:"#/properties/scan/properties/ignorePaths/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data24.maxFileSize !== undefined){
let data27 = data24.maxFileSize;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err57 = {instancePath:instancePath+"/scan/maxFileSize",schemaPath:"#/properties/scan/properties/maxFileSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 1 || isNaN(data27)){
const err58 = {instancePath:instancePath+"/scan/maxFileSize",schemaPath:"#/properties/scan/properties/maxFileSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
if(data24.allowedDotenvSuffixes !== undefined){
let data28 = data24.allowedDotenvSuffixes;
if(Array.isArray(data28)){
const len8 = data28.length;
for(let i16=0; i16<len8; i16++){
let data29 = data28[i16];
if(typeof data29 === "string"){
if(!pattern5.test(data29)){
const err59 = {instancePath:instancePath+"/scan/allowedDotenvSuffixes/" + i16,schemaPath:"#/properties/scan/properties/allowedDotenvSuffixes/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\""};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/scan/allowedDotenvSuffixes/" + i16,schemaPath:"#/properties/scan/properties/allowedDotenvSuffixes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
let i17 = data28.length;
let j8;
if(i17 > 1){
const indices8 = {};
for(;i17--;){
let item8 = data28[i17];
if(typeof item8 !== "string"){
continue;
}
if(typeof indices8[item8] == "number"){
j8 = indices8[item8];
const err61 = {instancePath:instancePath+"/scan/allowedDotenvSuffixes",schemaPath:"#/properties/scan/properties/allowedDotenvSuffixes/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i17+" are identical)"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
break;
}
indices8[item8] = i17;
}
}
}
else {
const err62 = {instancePath:instancePath+"/scan/allowedDotenvSuffixes",schemaPath:"#/properties/scan/properties/allowedDotenvSuffixes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data24.baseline !== undefined){
let data30 = data24.baseline;
if(typeof data30 === "string"){
if(func3(data30) < 1){
const err63 = {instancePath:instancePath+"/scan/baseline",schemaPath:"#/properties/scan/properties/baseline/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/scan/baseline",schemaPath:"#/properties/scan/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data24.lockfiles !== undefined){
if(typeof data24.lockfiles !== "boolean"){
const err65 = {instancePath:instancePath+"/scan/lockfiles",schemaPath:"#/properties/scan/properties/lockfiles/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}


// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __webpack_require__(2784);
// EXTERNAL MODULE: ./src/config/validation-message.ts
var validation_message = __webpack_require__(2033);
;// CONCATENATED MODULE: ./src/config/policy.ts













/**
 * Reads `.envguard.yml` (or `explicitFile`) from `root` and lays it over the defaults.
 * A missing default policy file is fine; a missing explicit one is an error.
 */
function loadPolicy(root, explicitFile, 
/** The policy file, when the caller has looked for it already (readPolicy). */
found = (0,policy_base/* findPolicyFile */.Oz)(root, explicitFile)) {
    const policy = (0,policy_base/* defaultPolicy */.G4)(root);
    if (!found)
        return policy;
    const file = external_node_path_default().relative(root, external_node_path_default().resolve(root, found)).split((external_node_path_default()).sep).join("/");
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(root, found), "utf8");
    }
    catch (error) {
        throw new errors/* PolicyError */.pn([
            (0,finding/* makeFinding */.MH)({
                rule: "policy/invalid",
                severity: "error",
                file,
                message: `${file} could not be read (${error.code ?? "error"}).`,
                fix: "Make the file readable.",
            }),
        ]);
    }
    const doc = (0,config_document/* parseConfigDocument */.T)(file, text, "yaml");
    const parseErrors = doc.problems.filter((p) => p.severity === "error");
    if (parseErrors.length > 0)
        throw new errors/* PolicyError */.pn(parseErrors.map((p) => ({ ...p, rule: "policy/invalid" })));
    // Compiled ahead of time from POLICY_SCHEMA: reading a policy does not load ajv.
    if (!validate(doc.value)) {
        throw new errors/* PolicyError */.pn((validate.errors ?? []).map((e) => policyProblem(e, doc.value, doc.file, (p) => doc.locate(p))));
    }
    const given = (doc.value ?? {});
    const merged = {
        ...policy,
        ...given,
        root,
        file,
        dotenv: { ...policy.dotenv, ...given.dotenv },
        examples: { ...policy.examples, ...given.examples },
        rules: { ...given.rules },
        productionRules: { ...policy.productionRules, ...given.productionRules },
        scan: { ...policy.scan, ...given.scan },
    };
    if (given.dotenv?.environments === undefined) {
        // The default (.env for local) applies only where the project has a local environment.
        merged.dotenv.environments = policy.dotenv.environments.filter((e) => merged.environments.includes(e));
    }
    if (given.production === undefined) {
        merged.production = policy.production.filter((e) => merged.environments.includes(e));
    }
    // After the defaults above are narrowed, so only names the file itself gives can be unknown.
    const unknownProduction = merged.production.filter((e) => !merged.environments.includes(e));
    const unknownDotenvEnv = merged.dotenv.environments.filter((e) => !merged.environments.includes(e));
    const listed = [
        ...unknownProduction.map((e) => ["production", e]),
        ...unknownDotenvEnv.map((e) => ["dotenv.environments", e]),
    ];
    if (listed.length > 0) {
        throw new errors/* PolicyError */.pn(listed.map(([where, env]) => {
            // Point at the unknown name itself, the item a person must edit.
            const list = where === "production" ? merged.production : merged.dotenv.environments;
            const at = doc.locate([...where.split("."), list.indexOf(env)]);
            const pos = at.key ?? at.value;
            return (0,finding/* makeFinding */.MH)({
                rule: "policy/invalid",
                severity: "error",
                file,
                line: pos.line,
                column: pos.column,
                message: `${file}: ${where} names "${env}", which is not in environments.`,
                fix: `Add "${env}" to environments or remove it here${(0,suggest/* didYouMean */.a)(env, merged.environments)}.`,
            });
        }));
    }
    return merged;
}
function policyProblem(e, root, file, locate) {
    const path = (0,key_path/* pointerToPath */.ox)(e.instancePath);
    let value = root;
    for (const seg of path)
        value = value?.[seg];
    if (e.keyword === "additionalProperties") {
        const extra = String(e.params.additionalProperty);
        let props = POLICY_SCHEMA.properties;
        for (const seg of path)
            props = (props[seg]?.properties ?? {});
        const at = locate([...path, extra]);
        const pos = at.key ?? at.value;
        return (0,finding/* makeFinding */.MH)({
            rule: "policy/invalid",
            severity: "error",
            file,
            line: pos.line,
            column: pos.column,
            key: (0,key_path/* dottedKey */.aQ)([...path, extra]),
            message: `${file}: unknown setting "${(0,key_path/* dottedKey */.aQ)([...path, extra])}"${(0,suggest/* didYouMean */.a)(extra, Object.keys(props))}.`,
            fix: "Remove it or correct its name; the README lists every setting.",
        });
    }
    const at = locate(path);
    const pos = at.value;
    const name = (0,key_path/* dottedKey */.aQ)(path) || "the policy";
    return (0,finding/* makeFinding */.MH)({
        rule: "policy/invalid",
        severity: "error",
        file,
        line: pos.line,
        column: pos.column,
        key: (0,key_path/* dottedKey */.aQ)(path),
        message: `${file}: ${name} ${(0,validation_message/* expectation */.p)(e, value)}.`,
        fix: "Correct the setting; the README lists every setting and its form.",
    });
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

/***/ 2033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ expectation)
/* harmony export */ });
/* unused harmony export describeKind */
const TYPE_NAMES = {
    integer: "an integer",
    number: "a number",
    string: "a string",
    boolean: "true or false",
    object: "an object",
    array: "a list",
    null: "null",
};
function typeName(t) {
    if (Array.isArray(t))
        return t.map(typeName).join(" or ");
    return TYPE_NAMES[String(t)] ?? String(t);
}
/** Describes what was actually there without ever showing the value itself. */
function describeKind(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "a list";
    if (typeof value === "number")
        return Number.isInteger(value) ? "an integer" : "a number";
    if (typeof value === "boolean")
        return "a boolean";
    if (typeof value === "string")
        return "a string";
    return `${typeof value === "object" ? "an" : "a"} ${typeof value}`;
}
function list(values) {
    const shown = values.slice(0, 12).map((v) => JSON.stringify(v));
    return shown.join(", ") + (values.length > 12 ? `, … (${values.length} in all)` : "");
}
/**
 * What the schema expects, in words, from an ajv error; never the value that failed, since
 * it may be a secret. `actual` is only used to name its kind.
 */
function expectation(error, actual) {
    const p = error.params;
    switch (error.keyword) {
        case "type":
            return `must be ${typeName(p.type)}, not ${describeKind(actual)}`;
        case "enum":
            return `must be one of ${list(p.allowedValues)}`;
        case "const":
            return `must be exactly ${JSON.stringify(p.allowedValue)}`;
        case "format":
            return `must be a valid ${p.format}`;
        case "pattern":
            return `must match the pattern ${p.pattern}`;
        case "minimum":
        case "maximum":
        case "exclusiveMinimum":
        case "exclusiveMaximum":
            return `must be ${p.comparison} ${p.limit}`;
        case "multipleOf":
            return `must be a multiple of ${p.multipleOf}`;
        case "minLength":
            return `must be at least ${plural(p.limit, "character")} long`;
        case "maxLength":
            return `must be at most ${plural(p.limit, "character")} long`;
        case "minItems":
            return `must have at least ${plural(p.limit, "item")}`;
        case "maxItems":
            return `must have at most ${plural(p.limit, "item")}`;
        case "uniqueItems":
            return `must not repeat an item (items ${p.j} and ${p.i} are the same)`;
        case "minProperties":
            return `must have at least ${plural(p.limit, "key")}`;
        case "maxProperties":
            return `must have at most ${plural(p.limit, "key")}`;
        case "propertyNames":
            return `has a key name that is not allowed (${p.propertyName})`;
        case "oneOf":
            return "must match exactly one of the shapes the schema allows";
        case "anyOf":
            return "must match at least one of the shapes the schema allows";
        case "not":
            return "must not match the shape the schema forbids";
        case "if":
            return `must match the schema's "${p.failingKeyword}" branch`;
        case "contains":
            return "must contain an item the schema asks for";
        case "dependentRequired":
        case "dependencies":
            return `needs ${p.missingProperty} when ${p.property} is set`;
        default:
            return error.message ?? `fails the schema's "${error.keyword}" rule`;
    }
}
function plural(n, noun) {
    return `${n} ${noun}${Number(n) === 1 ? "" : "s"}`;
}


/***/ })

};
;
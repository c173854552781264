export const id = 407;
export const ids = [407];
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

/***/ 9979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ reportCouldNotRun),
/* harmony export */   y: () => (/* binding */ couldNotRunFindings)
/* harmony export */ });
/* harmony import */ var _config_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4916);
/* harmony import */ var _config_project_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9403);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(131);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2794);
/* harmony import */ var _report_sanitize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1211);





/** The errors that mean "envguard could not run" (exit 2), each carrying findings with file and line. */
function couldNotRunFindings(error) {
    if (error instanceof _config_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .pn || error instanceof _config_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .SchemaError */ .Ar || error instanceof _config_project_js__WEBPACK_IMPORTED_MODULE_1__/* .ProjectError */ .w) {
        return error.findings;
    }
    return undefined;
}
/** Writes could-not-run findings: JSON on stdout for machines, `file:line: message` on stderr for people. */
function reportCouldNotRun(command, findings, format) {
    if (format === "json")
        process.stdout.write((0,_report_json_js__WEBPACK_IMPORTED_MODULE_3__/* .renderJson */ .hF)(command, findings));
    for (const f of findings) {
        const where = f.file ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ""}` : ""}: ` : "";
        process.stderr.write(`envguard: ${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(where + f.message)}\n`);
        if (f.fix)
            process.stderr.write(`  fix: ${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(f.fix)}\n`);
    }
}


/***/ }),

/***/ 9329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseConfigDocument),
/* harmony export */   b: () => (/* binding */ formatOf)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1928);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9023);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6417);
/* harmony import */ var _location_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7643);





const BOM = "\uFEFF";
function formatOf(file) {
    if (/\.json$/i.test(file))
        return "json";
    if (/\.ya?ml$/i.test(file))
        return "yaml";
    return undefined;
}
/**
 * Parses a config file. `requireObject` (the default) reports a top level that is not an object;
 * the schema loader turns it off and says so in its own words.
 */
function parseConfigDocument(file, rawText, format = formatOf(file) ?? "json", requireObject = true) {
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
    const lines = new _location_js__WEBPACK_IMPORTED_MODULE_3__/* .LineIndex */ .r(text);
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
                out.push(duplicateProblem(file, (0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .dottedKey */ .aQ)([...path, key]), at.line, at.column, first));
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
function parseYaml(file, text) {
    // Duplicates are found by our own walk below, which knows each key's position.
    const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { uniqueKeys: false, prettyErrors: false, strict: true });
    const lines = new _location_js__WEBPACK_IMPORTED_MODULE_3__/* .LineIndex */ .r(text);
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
        const what = firstError.message.split("\n")[0]?.replace(/ at line \d+, column \d+.*$/, "") ?? "syntax error";
        doc.problems.push(parseProblem(file, at.line, at.column, what.replace(/\.$/, "")));
        return doc;
    }
    findYamlDuplicates(file, parsed.contents, lines, [], doc.problems);
    try {
        // No content node at all (blank, or comments only) is an empty file, not a null document.
        doc.value = parsed.contents === null ? {} : (parsed.toJS({ maxAliasCount: 100 }) ?? null);
    }
    catch (error) {
        doc.problems.push(parseProblem(file, 1, 1, error.message.split("\n")[0] ?? "invalid YAML"));
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
                out.push(duplicateProblem(file, (0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .dottedKey */ .aQ)([...path, key]), at.line, at.column, first));
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

/***/ 7226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseDotenv)
/* harmony export */ });
/* harmony import */ var _location_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7643);
/**
 * A `.env` parser that keeps positions.
 *
 * `values` is exactly what `dotenv.parse(text)` (dotenv 18, default parser) returns, so envguard validates what
 * the application will really see. dotenv matches each assignment with one multi-line regular expression; this
 * module walks the text instead and reproduces that expression's behaviour step by step, including its odd
 * corners (each is named where it is handled). On top of that it records where every key and value starts and
 * reports what dotenv silently ignores or misreads.
 *
 * Nothing is ever executed or expanded: `$(cmd)` and `${VAR}` stay literal text, as in dotenv.
 *
 * Terms used below (all offsets are into the normalised text, see {@link normalise}):
 * - whitespace is JavaScript's `\s`: space, tab, VT, FF, NBSP, BOM, Unicode spaces and the line terminators;
 * - a line terminator is LF, U+2028 or U+2029 (dotenv's regex treats all three as line ends). Line numbers we
 *   report count LF only, since that is what editors and git show (CRLF and lone CR become LF first).
 *
 * Problem messages never quote the text of a value or of an ignored line (either may be a secret); they name
 * keys of accepted assignments and line numbers only.
 */

const LF = 0x0a;
const HASH = 0x23;
const EQUALS = 0x3d;
const COLON = 0x3a;
const BACKSLASH = 0x5c;
const DOUBLE_QUOTE = 0x22;
const BOM = "\ufeff";
/** JavaScript's `\s` (the same set `String.prototype.trim` removes). NaN (past the end) is not whitespace. */
function isWhitespace(c) {
    if (c <= 32)
        return c === 32 || (c >= 9 && c <= 13);
    if (c < 160)
        return false;
    return (c === 160 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}
/** Line terminators as dotenv's multi-line regex sees them (CR is gone after normalisation). */
function isTerminator(c) {
    return c === LF || c === 0x2028 || c === 0x2029 || c === 0x0d;
}
/** dotenv key characters: ASCII letters, digits, `_`, `.` and `-` (so `1BAD` and `a.b-c` are keys). */
function isKeyChar(c) {
    return ((c >= 0x30 && c <= 0x39) ||
        (c >= 0x41 && c <= 0x5a) ||
        (c >= 0x61 && c <= 0x7a) ||
        c === 0x5f ||
        c === 0x2e ||
        c === 0x2d);
}
function isQuote(c) {
    return c === 0x27 || c === DOUBLE_QUOTE || c === 0x60;
}
/**
 * dotenv turns every CRLF and every lone CR into LF before parsing. A leading BOM is whitespace to dotenv, so
 * dropping it changes no value, and it keeps the BOM out of line 1's columns.
 */
function normalise(text) {
    const body = text.startsWith(BOM) ? text.slice(1) : text;
    if (!body.includes("\r"))
        return body;
    let out = "";
    let from = 0;
    for (let i = 0; i < body.length; i++) {
        if (body.charCodeAt(i) !== 0x0d)
            continue;
        out += `${body.slice(from, i)}\n`;
        if (body.charCodeAt(i + 1) === LF)
            i++;
        from = i + 1;
    }
    return out + body.slice(from);
}
function skipWhitespace(s, from) {
    let i = from;
    while (i < s.length && isWhitespace(s.charCodeAt(i)))
        i++;
    return i;
}
/** The offset just after the first line terminator at or after `from` (or the end of the text). */
function nextLineStart(s, from) {
    let i = from;
    while (i < s.length && !isTerminator(s.charCodeAt(i)))
        i++;
    return Math.min(i + 1, s.length);
}
/**
 * After a closing quote, dotenv accepts only whitespace and an optional `#` comment before the end of the line.
 * Its regex lets that whitespace run over line breaks, so: fine if the first non-whitespace character after `from`
 * is a `#`, or is the end of the text, or lies on a later line.
 */
function restOfLineIsEmpty(s, from) {
    const next = skipWhitespace(s, from);
    if (next >= s.length || s.charCodeAt(next) === HASH)
        return true;
    for (let i = from; i < next; i++)
        if (isTerminator(s.charCodeAt(i)))
            return true;
    return false;
}
/**
 * Where a quoted value opened at `open` closes, or -1. Inside the quotes a quote character preceded by a
 * backslash does not close the value (the backslash stays in the value; dotenv does not unescape it). The
 * value closes at the first unescaped quote of the same kind if only whitespace or a comment follows it there;
 * failing that, dotenv's regex backtracks and tries each backslash-preceded quote before it, last first
 * (so `A="x\"` gives `x\`). Quoted values may run over any number of lines.
 */
function findClosingQuote(s, open) {
    const quote = s.charCodeAt(open);
    const escaped = [];
    let close = -1;
    for (let i = open + 1; i < s.length; i++) {
        if (s.charCodeAt(i) !== quote)
            continue;
        if (s.charCodeAt(i - 1) === BACKSLASH) {
            escaped.push(i);
            continue;
        }
        close = i;
        break;
    }
    if (close !== -1 && restOfLineIsEmpty(s, close + 1))
        return close;
    for (let k = escaped.length - 1; k >= 0; k--) {
        const candidate = escaped[k];
        if (restOfLineIsEmpty(s, candidate + 1))
            return candidate;
    }
    return -1;
}
/**
 * dotenv strips a matching pair of quotes from an unquoted value that starts and ends with the same quote
 * character (`A='a'b'` gives `a'b`). It does so with a multi-line, global replace, so a value holding U+2028 or
 * U+2029 has the pair stripped on each of those "lines". Returns the result and whether the pair at the very
 * start was stripped.
 */
function stripQuotePairs(value) {
    const c0 = value.charCodeAt(0);
    if (!value.includes("\u2028") && !value.includes("\u2029")) {
        const strip = value.length >= 2 && isQuote(c0) && value.charCodeAt(value.length - 1) === c0;
        return { text: strip ? value.slice(1, -1) : value, strippedAtStart: strip };
    }
    let out = "";
    let from = 0;
    let strippedAtStart = false;
    let i = 0;
    while (i < value.length) {
        const atLineStart = i === 0 || isTerminator(value.charCodeAt(i - 1));
        const c = value.charCodeAt(i);
        if (atLineStart && isQuote(c)) {
            const close = lastQuoteBeforeLineEnd(value, i);
            if (close > i) {
                out += value.slice(from, i) + value.slice(i + 1, close);
                if (i === 0)
                    strippedAtStart = true;
                from = close + 1;
                i = close + 1;
                continue;
            }
        }
        i++;
    }
    return { text: out + value.slice(from), strippedAtStart };
}
/** The last offset after `open` holding the same quote right before a line end (or the end), else -1. */
function lastQuoteBeforeLineEnd(value, open) {
    const quote = value.charCodeAt(open);
    for (let j = value.length - 1; j > open; j--) {
        if (value.charCodeAt(j) !== quote)
            continue;
        if (j + 1 === value.length || isTerminator(value.charCodeAt(j + 1)))
            return j;
    }
    return -1;
}
/** Double-quoted values (and unquoted ones starting with `"`) turn `\n` and `\r` into line breaks; nothing else. */
function expandNewlines(value) {
    if (!value.includes("\\"))
        return value;
    return value.split("\\n").join("\n").split("\\r").join("\r");
}
/** Reads the value that starts right after the separator, at `from`. */
function matchValue(s, from) {
    // A quoted value may start after whitespace that includes line breaks: `A=` then `'x'` on the next line
    // gives A=x in dotenv (its regex allows `\s*` before the opening quote).
    const open = skipWhitespace(s, from);
    const openChar = s.charCodeAt(open);
    if (isQuote(openChar)) {
        const close = findClosingQuote(s, open);
        if (close !== -1) {
            const body = s.slice(open + 1, close);
            return { value: openChar === DOUBLE_QUOTE ? expandNewlines(body) : body, start: open, end: close + 1 };
        }
    }
    // Unquoted: everything up to `#` or LF (U+2028 and U+2029 do not end it), trimmed; empty when that is nothing.
    const first = s.charCodeAt(from);
    if (from >= s.length || first === HASH || first === LF)
        return { value: "", start: undefined, end: from };
    let end = from;
    while (end < s.length && s.charCodeAt(end) !== HASH && s.charCodeAt(end) !== LF)
        end++;
    const start = skipWhitespace(s, from);
    const trimmed = s.slice(from, end).trim();
    if (trimmed === "")
        return { value: "", start: undefined, end };
    const stripped = stripQuotePairs(trimmed);
    const value = trimmed.charCodeAt(0) === DOUBLE_QUOTE ? expandNewlines(stripped.text) : stripped.text;
    const result = { value, start, end };
    if (isQuote(trimmed.charCodeAt(0)) && !stripped.strippedAtStart) {
        result.brokenQuote = {
            at: start,
            quote: trimmed.charAt(0),
            closedEarlier: trimmed.includes(trimmed.charAt(0), 1),
        };
    }
    return result;
}
/** `KEY=value` or `KEY: value` with the key at `keyStart`, or undefined when that is not an assignment. */
function matchFromKey(s, keyStart) {
    let keyEnd = keyStart;
    while (keyEnd < s.length && isKeyChar(s.charCodeAt(keyEnd)))
        keyEnd++;
    if (keyEnd === keyStart)
        return undefined;
    // `=` may follow whitespace, line breaks included (dotenv reads `FOO` then `=bar` on the next line as FOO=bar).
    const equals = skipWhitespace(s, keyEnd);
    if (s.charCodeAt(equals) === EQUALS) {
        return { keyStart, keyEnd, separator: equals, ...matchValue(s, equals + 1) };
    }
    // `:` must come right after the key and be followed by one whitespace character, which may be a line break
    // (so `FOO:` at the end of a line takes the next line as FOO's value).
    if (s.charCodeAt(keyEnd) === COLON && isWhitespace(s.charCodeAt(keyEnd + 1))) {
        return { keyStart, keyEnd, separator: keyEnd, ...matchValue(s, keyEnd + 2) };
    }
    return undefined;
}
/** An assignment whose first non-whitespace character is at `at`, with an optional `export ` prefix. */
function matchAssignment(s, at) {
    // `export` needs whitespace after it, which may include line breaks. If what follows is not an assignment,
    // dotenv falls back to reading `export` itself as the key (so `export =1` sets a variable named export).
    if (s.startsWith("export", at) && isWhitespace(s.charCodeAt(at + 6))) {
        const prefixed = matchFromKey(s, skipWhitespace(s, at + 6));
        if (prefixed)
            return prefixed;
    }
    return matchFromKey(s, at);
}
/** Why the line starting at `at` is not an assignment. Never quotes the line: it may be a pasted secret. */
function notAnAssignment(s, at) {
    let keyEnd = at;
    while (keyEnd < s.length && isKeyChar(s.charCodeAt(keyEnd)))
        keyEnd++;
    const ignored = "dotenv ignores this line";
    if (keyEnd === at) {
        return `${ignored}: it does not start with a key name (letters, digits, "_", "." or "-"). Write it as KEY=value, or start it with "#" to make it a comment.`;
    }
    if (s.charCodeAt(keyEnd) === COLON) {
        return `${ignored}: in the KEY: value form the ":" must be followed by a space. Write it as KEY=value.`;
    }
    return `${ignored}: the key name is not followed by "=". Write it as KEY=value (key names cannot contain spaces), or start it with "#" to make it a comment.`;
}
function parseDotenv(text) {
    const s = normalise(text);
    const positions = new _location_js__WEBPACK_IMPORTED_MODULE_0__/* .LineIndex */ .r(s);
    const entries = [];
    const values = {};
    const problems = [];
    const firstLine = new Map();
    const problem = (offset, message) => {
        problems.push({ ...positions.position(offset), message });
    };
    // Each candidate assignment starts at the first non-whitespace character of a line (dotenv's `^\s*`). After
    // an assignment, scanning resumes on the line after its value ends, so lines inside a multi-line quoted value
    // are never read as assignments; after anything else, on the next line.
    let pos = 0;
    while (pos < s.length) {
        const at = skipWhitespace(s, pos);
        if (at >= s.length)
            break;
        if (s.charCodeAt(at) === HASH) {
            pos = nextLineStart(s, at);
            continue;
        }
        const match = matchAssignment(s, at);
        if (!match) {
            problem(at, notAnAssignment(s, at));
            pos = nextLineStart(s, at);
            continue;
        }
        pos = nextLineStart(s, match.end);
        const key = s.slice(match.keyStart, match.keyEnd);
        const keyPos = positions.position(match.keyStart);
        const separatorPos = positions.position(match.separator);
        const separator = s.charAt(match.separator);
        const valuePos = positions.position(match.start ?? match.separator + 1);
        entries.push({
            key,
            value: match.value,
            line: keyPos.line,
            column: keyPos.column,
            valueLine: valuePos.line,
            valueColumn: valuePos.column,
        });
        if (separatorPos.line > keyPos.line) {
            problem(match.separator, `The "=" for ${key} is on line ${separatorPos.line}, not on line ${keyPos.line} with the key; dotenv joins the lines into one assignment. Put ${key}= on one line, or remove line ${keyPos.line} if ${key} was not meant to be set.`);
        }
        if (match.start !== undefined && valuePos.line > separatorPos.line) {
            problem(match.start, `The value of ${key} starts on line ${valuePos.line}, not on line ${separatorPos.line} with its "${separator}"; dotenv reads past the line break and takes it as the value. Put the value on line ${separatorPos.line}, or write ${key}="" if it should be empty.`);
        }
        if (match.brokenQuote) {
            const { at: quoteAt, quote, closedEarlier } = match.brokenQuote;
            const what = closedEarlier
                ? `the value of ${key} starts with ${quote} but its closing ${quote} is followed by more text`
                : `the value of ${key} starts with ${quote} but the quote is never closed`;
            const fix = closedEarlier
                ? `Move the extra text inside the quotes, or after a " #" to make it a comment.`
                : `Add the closing ${quote}.`;
            problem(quoteAt, `Unterminated quote: ${what}, so dotenv reads the rest of the line up to any "#" as an unquoted value and keeps the ${quote}. ${fix}`);
        }
        if (key === "__proto__") {
            problem(match.keyStart, "dotenv drops a variable named __proto__ (it cannot be set on a plain object). Rename the key.");
            continue;
        }
        const first = firstLine.get(key);
        if (first === undefined)
            firstLine.set(key, keyPos.line);
        else {
            problem(match.keyStart, `${key} is set again here; line ${first} set it first and the last one wins. Remove one of them.`);
        }
        values[key] = match.value;
    }
    return { entries, values, problems };
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

/***/ 4916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jE: () => (/* binding */ POLICY_FILES),
  pn: () => (/* binding */ PolicyError),
  tb: () => (/* binding */ loadPolicy)
});

// UNUSED EXPORTS: defaultPolicy

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
// EXTERNAL MODULE: ./src/config/document.ts
var config_document = __webpack_require__(9329);
// EXTERNAL MODULE: ./src/config/key-path.ts
var key_path = __webpack_require__(6417);
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









const POLICY_FILES = [".envguard.yml", ".envguard.yaml"];
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
/** The policy could not be read or is invalid: nothing can be checked (exit 2). */
class PolicyError extends Error {
    findings;
    constructor(findings) {
        super(findings.map((f) => f.message).join("\n"));
        this.findings = findings;
        this.name = "PolicyError";
    }
}
/**
 * Reads `.envguard.yml` (or `explicitFile`) from `root` and lays it over the defaults.
 * A missing default policy file is fine; a missing explicit one is an error.
 */
function loadPolicy(root, explicitFile) {
    const policy = defaultPolicy(root);
    const candidates = explicitFile ? [explicitFile] : POLICY_FILES;
    const found = candidates.find((f) => (0,external_node_fs_.existsSync)(external_node_path_default().resolve(root, f)));
    if (!found) {
        if (explicitFile) {
            throw new PolicyError([
                (0,finding/* makeFinding */.MH)({
                    rule: "policy/invalid",
                    severity: "error",
                    file: explicitFile,
                    message: `The policy file ${explicitFile} does not exist.`,
                    fix: "Check the path given to --config; it is relative to the project root.",
                }),
            ]);
        }
        return policy;
    }
    const file = external_node_path_default().relative(root, external_node_path_default().resolve(root, found)).split((external_node_path_default()).sep).join("/");
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(root, found), "utf8");
    }
    catch (error) {
        throw new PolicyError([
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
        throw new PolicyError(parseErrors.map((p) => ({ ...p, rule: "policy/invalid" })));
    // Compiled ahead of time from POLICY_SCHEMA: reading a policy does not load ajv.
    if (!validate(doc.value)) {
        throw new PolicyError((validate.errors ?? []).map((e) => policyProblem(e, doc.value, doc.file, (p) => doc.locate(p))));
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
        throw new PolicyError(listed.map(([where, env]) => {
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

/***/ 9403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ readProjectFile),
/* harmony export */   loadProject: () => (/* binding */ loadProject),
/* harmony export */   w: () => (/* binding */ ProjectError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9023);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9329);
/* harmony import */ var _dotenv_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7226);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4916);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(131);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2784);








/** envguard could not run: no config directory, unreadable files, unknown environment (exit 2). */
class ProjectError extends Error {
    findings;
    constructor(findings) {
        super(findings.map((f) => f.message).join("\n"));
        this.findings = findings;
        this.name = "ProjectError";
    }
}
const CONFIG_EXTENSIONS = [".json", ".yaml", ".yml"];
function projectError(message, fix, file) {
    return new ProjectError([
        (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .makeFinding */ .MH)({ rule: "project/unreadable", severity: "error", file, message, fix }),
    ]);
}
/** Reads a file as UTF-8 text; any failure is a "could not run" error naming the file. */
function readProjectFile(root, file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, file), "utf8");
    }
    catch (error) {
        const code = error.code ?? "error";
        const why = code === "EACCES" ? "permission denied" : code === "EISDIR" ? "it is a directory" : code;
        throw projectError(`${file} could not be read (${why}).`, "Make the file readable, or fix the path.", file);
    }
}
/** Finds `<dir>/<stem>.{json,yaml,yml}`; two of them for one layer is ambiguous. */
function findLayerFile(root, dir, stem, problems) {
    const found = CONFIG_EXTENSIONS.map((ext) => `${dir}/${stem}${ext}`).filter((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, f)));
    if (found.length > 1) {
        problems.push((0,_report_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .makeFinding */ .MH)({
            rule: "config/ambiguous-file",
            severity: "error",
            file: found[1],
            message: `${found.join(" and ")} both define the ${stem} layer; envguard reads only ${found[0]}.`,
            fix: `Merge them into one file and delete the other.`,
        }));
    }
    return found[0];
}
function loadProject(root, options = {}) {
    const policy = options.policy ?? (0,_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPolicy */ .tb)(root, options.policyFile);
    const configDir = policy.configDir.replace(/\/+$/, "");
    const dirPath = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, configDir);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dirPath) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dirPath).isDirectory()) {
        throw projectError(`The config directory ${configDir}/ does not exist in ${root}.`, "Run envguard from the project root, create the directory, or set configDir in .envguard.yml.", configDir);
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, policy.schema))) {
        throw projectError(`The schema ${policy.schema} does not exist.`, "Create it (a JSON Schema with x-secret and x-env annotations) or set schema in .envguard.yml.", policy.schema);
    }
    const environments = selectEnvironments(policy, options.environments);
    const schemaDoc = (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfigDocument */ .T)(policy.schema, readProjectFile(root, policy.schema), "json", false);
    const schema = (0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .compileSchema */ .Fc)(schemaDoc, policy.envPrefix);
    const problems = [];
    const read = (file) => {
        if (!file)
            return undefined;
        const doc = (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfigDocument */ .T)(file, readProjectFile(root, file), (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .formatOf */ .b)(file));
        problems.push(...doc.problems);
        return doc;
    };
    const project = { policy, schema, environments, environmentFiles: new Map(), problems };
    const base = read(findLayerFile(root, configDir, "base", problems));
    if (base)
        project.base = base;
    for (const env of environments) {
        const doc = read(findLayerFile(root, configDir, env, problems));
        if (doc)
            project.environmentFiles.set(env, doc);
    }
    problems.push(...strayConfigFiles(root, configDir, policy));
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, policy.examples.dotenv))) {
        project.dotenvExample = {
            file: policy.examples.dotenv,
            parsed: (0,_dotenv_js__WEBPACK_IMPORTED_MODULE_7__/* .parseDotenv */ .q)(readProjectFile(root, policy.examples.dotenv)),
        };
    }
    const configExample = policy.examples.config;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, configExample))) {
        project.configExample = (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfigDocument */ .T)(configExample, readProjectFile(root, configExample));
    }
    return project;
}
function selectEnvironments(policy, wanted) {
    if (!wanted || wanted.length === 0)
        return [...policy.environments];
    const unknown = wanted.filter((e) => !policy.environments.includes(e));
    if (unknown.length > 0) {
        const name = unknown[0];
        throw new ProjectError([
            (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .makeFinding */ .MH)({
                rule: "project/unknown-environment",
                severity: "error",
                message: `"${name}" is not one of this project's environments (${policy.environments.join(", ")})${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .didYouMean */ .a)(name, policy.environments)}.`,
                fix: "Pass one of the listed names, or add it to environments in .envguard.yml.",
            }),
        ]);
    }
    return policy.environments.filter((e) => wanted.includes(e));
}
/** A file such as `config/prod.json` when the environment is called production is read by nobody. */
function strayConfigFiles(root, configDir, policy) {
    const known = new Set(["base", ...policy.environments]);
    const reserved = new Set([policy.schema, policy.examples.config].map((f) => node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(f)));
    const out = [];
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, configDir)).sort()) {
        const ext = node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(name).toLowerCase();
        if (!CONFIG_EXTENSIONS.includes(ext))
            continue;
        const file = `${configDir}/${name}`;
        const stem = name.slice(0, -ext.length);
        if (known.has(stem) || reserved.has(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(file)))
            continue;
        out.push((0,_report_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .makeFinding */ .MH)({
            rule: "config/unknown-environment",
            severity: "warning",
            file,
            message: `${file} belongs to no environment, so nothing reads it${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .didYouMean */ .a)(stem, policy.environments)}.`,
            fix: `Rename it after its environment (${policy.environments.join(", ")}), or add the environment to .envguard.yml.`,
        }));
    }
    return out;
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

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ SchemaError),
/* harmony export */   Fc: () => (/* binding */ compileSchema),
/* harmony export */   Oe: () => (/* binding */ setIn)
/* harmony export */ });
/* unused harmony export childSchema */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(878);
/* harmony import */ var ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9023);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6417);
/* harmony import */ var _validation_message_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2033);







// ajv-formats is CommonJS; its default export arrives as the module object under some loaders.
const addFormats = ((ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"]) ??
    (ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()));
/** The schema could not be used at all: envguard cannot check anything (exit 2). */
class SchemaError extends Error {
    findings;
    constructor(findings) {
        super(findings.map((f) => f.message).join("\n"));
        this.findings = findings;
        this.name = "SchemaError";
    }
}
function schemaProblem(doc, path, message, fix) {
    const at = doc.locate(path);
    const pos = at.key ?? at.value;
    return (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .makeFinding */ .MH)({
        rule: "schema/invalid",
        severity: "error",
        file: doc.file,
        line: pos.line,
        column: pos.column,
        message,
        fix,
    });
}
function makeAjv(draft, doc) {
    // `optimize: false` skips ajv's code-optimisation passes: on a large schema they cost more
    // at compile time than they save in one validation run of a few environments.
    const options = {
        strict: true,
        allErrors: true,
        allowUnionTypes: true,
        verbose: false,
        messages: true,
        code: { optimize: false },
    };
    let ajv;
    if (draft.includes("2020-12"))
        ajv = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__.Ajv2020(options);
    else if (draft.includes("2019-09"))
        ajv = new ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_4__.Ajv2019(options);
    else if (draft === "" || draft.includes("draft-07"))
        ajv = new ajv__WEBPACK_IMPORTED_MODULE_5__.Ajv(options);
    else {
        throw new SchemaError([
            schemaProblem(doc, ["$schema"], `${doc.file} declares ${JSON.stringify(draft)}, a JSON Schema version envguard does not read.`, 'Use "https://json-schema.org/draft/2020-12/schema" or "http://json-schema.org/draft-07/schema#".'),
        ]);
    }
    addFormats(ajv);
    ajv.addKeyword({ keyword: "x-secret", metaSchema: { type: "boolean" } });
    ajv.addKeyword({ keyword: "x-env", metaSchema: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" } });
    return ajv;
}
/** Finds where a keyword named in an ajv strict-mode message stands in the schema document. */
function findKeyword(value, keyword, path = []) {
    if (typeof value !== "object" || value === null)
        return undefined;
    for (const [k, v] of Object.entries(value)) {
        const here = [...path, Array.isArray(value) ? Number(k) : k];
        if (k === keyword && !Array.isArray(value))
            return here;
        const inner = findKeyword(v, keyword, here);
        if (inner)
            return inner;
    }
    return undefined;
}
function compileSchema(doc, envPrefix = "") {
    if (doc.problems.some((p) => p.severity === "error")) {
        throw new SchemaError(doc.problems.map((p) => ({ ...p, rule: "schema/invalid" })));
    }
    const schema = doc.value;
    // An empty file would compile to {}, a schema that accepts anything: surely not what was meant.
    const empty = doc.problems.some((p) => p.rule === "config/empty-file");
    if (empty || typeof schema !== "object" || schema === null || Array.isArray(schema)) {
        throw new SchemaError([
            schemaProblem(doc, [], `${doc.file} must be a JSON Schema object.`, 'Start it with { "type": "object", ... }.'),
        ]);
    }
    const root = schema;
    const draft = typeof root.$schema === "string" ? root.$schema : "";
    const ajv = makeAjv(draft, doc);
    if (!ajv.validateSchema(root)) {
        const errors = (ajv.errors ?? []);
        throw new SchemaError(dedupeSchemaErrors(errors).map((e) => {
            const path = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_6__/* .pointerToPath */ .ox)(e.instancePath);
            let actual = root;
            for (const seg of path)
                actual = actual?.[seg];
            return schemaProblem(doc, path, `${doc.file}: ${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_6__/* .dottedKey */ .aQ)(path) || "the schema"} ${(0,_validation_message_js__WEBPACK_IMPORTED_MODULE_2__/* .expectation */ .p)(e, actual)}.`, "Fix the schema so that it is valid JSON Schema.");
        }));
    }
    let validate;
    try {
        validate = ajv.compile(root);
    }
    catch (error) {
        const message = String(error.message).replace(/\s*\(strictMode\)\s*$/, "");
        const keyword = /keyword[:\s]+"?([^"\s]+)"?/.exec(message)?.[1] ??
            (/^unknown format/.test(message) ? "format" : undefined);
        // Most messages name the schema location ("at path "#/properties/port""); the rest only the keyword.
        const pointer = /\bat (?:path )?"#([^"]*)"/.exec(message)?.[1];
        const at = pointer !== undefined
            ? [...(0,_key_path_js__WEBPACK_IMPORTED_MODULE_6__/* .pointerToPath */ .ox)(decodeURIComponent(pointer)), ...(keyword ? [keyword] : [])]
            : (keyword && findKeyword(root, keyword)) || [];
        const badAnnotation = keyword === "x-env" || keyword === "x-secret";
        throw new SchemaError([
            schemaProblem(doc, at, `${doc.file} is not valid in strict mode: ${message}.`, badAnnotation
                ? "x-env takes an environment variable name (letters, digits and _, not starting with a digit); x-secret takes true or false."
                : keyword?.startsWith("x-")
                    ? "envguard knows the annotations x-secret and x-env; remove other x- keywords."
                    : "Fix the schema; strict mode rejects unknown keywords and ambiguous types."),
        ]);
    }
    const keys = [];
    const defaults = {};
    // Every navigation step is cached per schema node: checks walk thousands of values through it.
    const resolved = new WeakMap();
    const resolveRef = (node) => {
        const cached = resolved.get(node);
        if (cached)
            return cached;
        let n = node;
        for (let hops = 0; hops < 32 && typeof n.$ref === "string" && n.$ref.startsWith("#/"); hops++) {
            let target = root;
            for (const seg of (0,_key_path_js__WEBPACK_IMPORTED_MODULE_6__/* .pointerToPath */ .ox)(n.$ref.slice(1)))
                target = target?.[seg];
            if (typeof target !== "object" || target === null)
                break;
            n = {
                ...target,
                ...Object.fromEntries(Object.entries(n).filter(([k]) => k !== "$ref")),
            };
        }
        resolved.set(node, n);
        return n;
    };
    const declared = new WeakMap();
    const propertiesOf = (node) => {
        const cached = declared.get(node);
        if (cached)
            return cached;
        const props = { ...(node.properties ?? {}) };
        const required = [...(node.required ?? [])];
        for (const sub of node.allOf ?? []) {
            const [p, r] = propertiesOf(resolveRef(sub));
            Object.assign(props, p);
            required.push(...r);
        }
        declared.set(node, [props, required]);
        return [props, required];
    };
    const walk = (rawNode, path, required) => {
        const node = resolveRef(rawNode);
        const [props, req] = propertiesOf(node);
        const isObject = Object.keys(props).length > 0;
        if (path.length > 0 && (!isObject || node["x-env"] || node["x-secret"])) {
            const type = node.type ?? (node.enum ? [...new Set(node.enum.map((v) => typeof v))] : []);
            const key = {
                path,
                name: (0,_key_path_js__WEBPACK_IMPORTED_MODULE_6__/* .dottedKey */ .aQ)(path),
                envVar: typeof node["x-env"] === "string" ? node["x-env"] : (0,_key_path_js__WEBPACK_IMPORTED_MODULE_6__/* .envVarNameFor */ .zv)(path, envPrefix),
                explicitEnv: typeof node["x-env"] === "string",
                secret: node["x-secret"] === true,
                types: Array.isArray(type) ? type : [type],
                itemTypes: itemTypesOf(resolveRef((node.items ?? {}))),
                hasDefault: "default" in node,
                default: node.default,
                description: node.description,
                required,
                runtime: typeof node["x-env"] === "string" || node["x-secret"] === true,
            };
            keys.push(key);
            if ("default" in node)
                setIn(defaults, path, structuredClone(node.default));
        }
        if (isObject) {
            const requiredSet = new Set(req);
            for (const [name, sub] of Object.entries(props))
                walk(sub, [...path, name], requiredSet.has(name));
        }
    };
    walk(root, [], true);
    const rootNode = resolveRef(root);
    const patterns = new Map();
    const child = (node, segment) => childSchema(node, segment, resolveRef, propertiesOf, patterns);
    const nodeAt = (path) => {
        let node = rootNode;
        for (const seg of path) {
            if (!node)
                break;
            node = child(node, String(seg));
        }
        return node;
    };
    const shapes = new WeakMap();
    const shapeOf = (node) => {
        if (!node)
            return undefined;
        let shape = shapes.get(node);
        if (shape === undefined) {
            const names = Object.keys(propertiesOf(node)[0]);
            const ap = node.additionalProperties;
            shape =
                names.length === 0
                    ? null
                    : {
                        properties: names,
                        open: (ap !== undefined && ap !== false) || node.patternProperties !== undefined,
                    };
            shapes.set(node, shape);
        }
        return shape ?? undefined;
    };
    const keyByName = new Map(keys.map((k) => [k.name, k]));
    return {
        file: doc.file,
        validate,
        keys,
        keyByName,
        defaults,
        shapeAt: (path) => shapeOf(nodeAt(path)),
        nodeAt,
        root: rootNode,
        child,
        shapeOf,
        keyFor: (path) => {
            for (let n = path.length; n > 0; n--) {
                const key = keyByName.get((0,_key_path_js__WEBPACK_IMPORTED_MODULE_6__/* .dottedKey */ .aQ)(path.slice(0, n)));
                if (key)
                    return key;
            }
            return undefined;
        },
        locateDefault: (path) => {
            const schemaPath = [];
            for (const seg of path)
                schemaPath.push("properties", String(seg));
            const at = doc.locate([...schemaPath, "default"]);
            return at.key ?? at.value;
        },
    };
}
function itemTypesOf(items) {
    const t = items.type;
    return Array.isArray(t) ? t : typeof t === "string" ? [t] : [];
}
/** One step down the schema: a declared property, a pattern property, additionalProperties, or items. */
function childSchema(node, segment, resolveRef, propertiesOf, patterns = new Map()) {
    const [props] = propertiesOf(node);
    const declared = Object.hasOwn(props, segment) ? props[segment] : undefined;
    if (declared)
        return resolveRef(declared);
    for (const [pattern, sub] of Object.entries((node.patternProperties ?? {}))) {
        let re = patterns.get(pattern);
        if (!re) {
            re = new RegExp(pattern, "u");
            patterns.set(pattern, re);
        }
        if (re.test(segment))
            return resolveRef(sub);
    }
    if (typeof node.additionalProperties === "object" && node.additionalProperties !== null) {
        return resolveRef(node.additionalProperties);
    }
    if (/^\d+$/.test(segment)) {
        if (Array.isArray(node.prefixItems) && node.prefixItems[Number(segment)]) {
            return resolveRef(node.prefixItems[Number(segment)]);
        }
        if (typeof node.items === "object" && node.items !== null && !Array.isArray(node.items)) {
            return resolveRef(node.items);
        }
    }
    return undefined;
}
/** One error per place: the meta-schema's alternatives (anyOf) otherwise add a guess for each branch. */
function dedupeSchemaErrors(errors) {
    const seen = new Set();
    return errors.filter((e) => {
        const k = e.instancePath;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
function setIn(target, path, value) {
    let node = target;
    for (let i = 0; i < path.length - 1; i++) {
        const seg = path[i];
        const next = node[seg];
        if (typeof next !== "object" || next === null || Array.isArray(next))
            node[seg] = {};
        node = node[seg];
    }
    node[path[path.length - 1]] = value;
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


/***/ }),

/***/ 9023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ hasErrors),
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   MH: () => (/* binding */ makeFinding),
/* harmony export */   kd: () => (/* binding */ mergeAcrossEnvironments)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}
function fingerprintOf(f) {
    const parts = [f.rule, f.file ?? "", f.key ?? "", (f.environments ?? []).join(","), f.message];
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
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


/***/ })

};

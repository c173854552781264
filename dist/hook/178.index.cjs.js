"use strict";
exports.id = 178;
exports.ids = [178];
exports.modules = {

/***/ 178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gi: () => (/* binding */ loadProject),
  loadSchema: () => (/* binding */ loadSchema)
});

// UNUSED EXPORTS: ProjectError, readProjectFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
// EXTERNAL MODULE: ./src/config/document.ts
var config_document = __webpack_require__(9329);
// EXTERNAL MODULE: ./src/config/location.ts
var config_location = __webpack_require__(7643);
;// CONCATENATED MODULE: ./src/config/dotenv.ts
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
    const positions = new config_location/* LineIndex */.r(s);
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

// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/config/policy.ts + 2 modules
var config_policy = __webpack_require__(4916);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __webpack_require__(2784);
;// CONCATENATED MODULE: ./src/config/project.ts










const CONFIG_EXTENSIONS = [".json", ".yaml", ".yml"];
function projectError(message, fix, file) {
    return new errors/* ProjectError */.wB([
        (0,finding/* makeFinding */.MH)({ rule: "project/unreadable", severity: "error", file, message, fix }),
    ]);
}
/** Reads a file as UTF-8 text; any failure is a "could not run" error naming the file. */
function readProjectFile(root, file) {
    try {
        return (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(root, file), "utf8");
    }
    catch (error) {
        const code = error.code ?? "error";
        const why = code === "EACCES" ? "permission denied" : code === "EISDIR" ? "it is a directory" : code;
        throw projectError(`${file} could not be read (${why}).`, "Make the file readable, or fix the path.", file);
    }
}
/** Finds `<dir>/<stem>.{json,yaml,yml}`; two of them for one layer is ambiguous. */
function findLayerFile(root, dir, stem, problems) {
    const found = CONFIG_EXTENSIONS.map((ext) => `${dir}/${stem}${ext}`).filter((f) => (0,external_node_fs_.existsSync)(external_node_path_default().resolve(root, f)));
    if (found.length > 1) {
        problems.push((0,finding/* makeFinding */.MH)({
            rule: "config/ambiguous-file",
            severity: "error",
            file: found[1],
            message: `${found.join(" and ")} both define the ${stem} layer; envguard reads only ${found[0]}.`,
            fix: `Merge them into one file and delete the other.`,
        }));
    }
    return found[0];
}
/** The project's schema, read and compiled (the scanner's schema-aware rule needs only this). */
function loadSchema(root, policy) {
    const schemaDoc = (0,config_document/* parseConfigDocument */.T)(policy.schema, readProjectFile(root, policy.schema), "json", false);
    return (0,schema/* compileSchema */.Fc)(schemaDoc, policy.envPrefix);
}
function loadProject(root, options = {}) {
    const policy = options.policy ?? (0,config_policy.loadPolicy)(root, options.policyFile);
    const configDir = policy.configDir.replace(/\/+$/, "");
    const dirPath = external_node_path_default().resolve(root, configDir);
    if (!(0,external_node_fs_.existsSync)(dirPath) || !(0,external_node_fs_.statSync)(dirPath).isDirectory()) {
        throw projectError(`The config directory ${configDir}/ does not exist in ${root}.`, "Run envguard from the project root, create the directory, or set configDir in .envguard.yml.", configDir);
    }
    if (!(0,external_node_fs_.existsSync)(external_node_path_default().resolve(root, policy.schema))) {
        throw projectError(`The schema ${policy.schema} does not exist.`, "Create it (a JSON Schema with x-secret and x-env annotations) or set schema in .envguard.yml.", policy.schema);
    }
    const environments = selectEnvironments(policy, options.environments);
    const schema = loadSchema(root, policy);
    const problems = [];
    const read = (file) => {
        if (!file)
            return undefined;
        const doc = (0,config_document/* parseConfigDocument */.T)(file, readProjectFile(root, file), (0,config_document/* formatOf */.b)(file));
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
    if (options.layersOnly)
        return project;
    problems.push(...strayConfigFiles(root, configDir, policy));
    if ((0,external_node_fs_.existsSync)(external_node_path_default().resolve(root, policy.examples.dotenv))) {
        project.dotenvExample = {
            file: policy.examples.dotenv,
            parsed: parseDotenv(readProjectFile(root, policy.examples.dotenv)),
        };
    }
    const configExample = policy.examples.config;
    if ((0,external_node_fs_.existsSync)(external_node_path_default().resolve(root, configExample))) {
        project.configExample = (0,config_document/* parseConfigDocument */.T)(configExample, readProjectFile(root, configExample));
    }
    return project;
}
function selectEnvironments(policy, wanted) {
    if (!wanted || wanted.length === 0)
        return [...policy.environments];
    const unknown = wanted.filter((e) => !policy.environments.includes(e));
    if (unknown.length > 0) {
        const name = unknown[0];
        throw new errors/* ProjectError */.wB([
            (0,finding/* makeFinding */.MH)({
                rule: "project/unknown-environment",
                severity: "error",
                message: `"${name}" is not one of this project's environments (${policy.environments.join(", ")})${(0,suggest/* didYouMean */.a)(name, policy.environments)}.`,
                fix: "Pass one of the listed names, or add it to environments in .envguard.yml.",
            }),
        ]);
    }
    return policy.environments.filter((e) => wanted.includes(e));
}
/** A file such as `config/prod.json` when the environment is called production is read by nobody. */
function strayConfigFiles(root, configDir, policy) {
    const known = new Set(["base", ...policy.environments]);
    const reserved = new Set([policy.schema, policy.examples.config].map((f) => external_node_path_default().posix.normalize(f)));
    const out = [];
    for (const name of (0,external_node_fs_.readdirSync)(external_node_path_default().resolve(root, configDir)).sort()) {
        const ext = external_node_path_default().extname(name).toLowerCase();
        if (!CONFIG_EXTENSIONS.includes(ext))
            continue;
        const file = `${configDir}/${name}`;
        const stem = name.slice(0, -ext.length);
        if (known.has(stem) || reserved.has(external_node_path_default().posix.normalize(file)))
            continue;
        out.push((0,finding/* makeFinding */.MH)({
            rule: "config/unknown-environment",
            severity: "warning",
            file,
            message: `${file} belongs to no environment, so nothing reads it${(0,suggest/* didYouMean */.a)(stem, policy.environments)}.`,
            fix: `Rename it after its environment (${policy.environments.join(", ")}), or add the environment to .envguard.yml.`,
        }));
    }
    return out;
}


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ compileSchema),
/* harmony export */   Oe: () => (/* binding */ setIn)
/* harmony export */ });
/* unused harmony export childSchema */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(878);
/* harmony import */ var ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9023);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7827);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6417);
/* harmony import */ var _validation_message_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2033);








// ajv-formats is CommonJS; its default export arrives as the module object under some loaders.
const addFormats = ((ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"]) ??
    (ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()));

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
        ajv = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_4__.Ajv2020(options);
    else if (draft.includes("2019-09"))
        ajv = new ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_5__.Ajv2019(options);
    else if (draft === "" || draft.includes("draft-07"))
        ajv = new ajv__WEBPACK_IMPORTED_MODULE_6__.Ajv(options);
    else {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SchemaError */ .Ar([
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SchemaError */ .Ar(doc.problems.map((p) => ({ ...p, rule: "schema/invalid" })));
    }
    const schema = doc.value;
    // An empty file would compile to {}, a schema that accepts anything: surely not what was meant.
    const empty = doc.problems.some((p) => p.rule === "config/empty-file");
    if (empty || typeof schema !== "object" || schema === null || Array.isArray(schema)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SchemaError */ .Ar([
            schemaProblem(doc, [], `${doc.file} must be a JSON Schema object.`, 'Start it with { "type": "object", ... }.'),
        ]);
    }
    const root = schema;
    const draft = typeof root.$schema === "string" ? root.$schema : "";
    const ajv = makeAjv(draft, doc);
    if (!ajv.validateSchema(root)) {
        const errors = (ajv.errors ?? []);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SchemaError */ .Ar(dedupeSchemaErrors(errors).map((e) => {
            const path = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_7__/* .pointerToPath */ .ox)(e.instancePath);
            let actual = root;
            for (const seg of path)
                actual = actual?.[seg];
            return schemaProblem(doc, path, `${doc.file}: ${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_7__/* .dottedKey */ .aQ)(path) || "the schema"} ${(0,_validation_message_js__WEBPACK_IMPORTED_MODULE_3__/* .expectation */ .p)(e, actual)}.`, "Fix the schema so that it is valid JSON Schema.");
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
            ? [...(0,_key_path_js__WEBPACK_IMPORTED_MODULE_7__/* .pointerToPath */ .ox)(decodeURIComponent(pointer)), ...(keyword ? [keyword] : [])]
            : (keyword && findKeyword(root, keyword)) || [];
        const badAnnotation = keyword === "x-env" || keyword === "x-secret";
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SchemaError */ .Ar([
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
            for (const seg of (0,_key_path_js__WEBPACK_IMPORTED_MODULE_7__/* .pointerToPath */ .ox)(n.$ref.slice(1)))
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
                name: (0,_key_path_js__WEBPACK_IMPORTED_MODULE_7__/* .dottedKey */ .aQ)(path),
                envVar: typeof node["x-env"] === "string" ? node["x-env"] : (0,_key_path_js__WEBPACK_IMPORTED_MODULE_7__/* .envVarNameFor */ .zv)(path, envPrefix),
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
    // A key that is a whole object (`x-env` on an object) holding a secret is a secret: shown, printed
    // and masked as one value, it carries the secret inside it.
    for (const key of keys) {
        if (!key.secret)
            continue;
        for (let n = key.path.length - 1; n > 0; n--) {
            const outer = keyByName.get((0,_key_path_js__WEBPACK_IMPORTED_MODULE_7__/* .dottedKey */ .aQ)(key.path.slice(0, n)));
            if (outer)
                outer.secret = true;
        }
    }
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
                const key = keyByName.get((0,_key_path_js__WEBPACK_IMPORTED_MODULE_7__/* .dottedKey */ .aQ)(path.slice(0, n)));
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


/***/ })

};
;
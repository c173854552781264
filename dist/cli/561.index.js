export const id = 561;
export const ids = [561];
export const modules = {

/***/ 1561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPrint: () => (/* binding */ runPrint)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1036);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9023);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2794);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5655);
/* harmony import */ var _report_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(626);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8551);
/* harmony import */ var _run_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9979);








async function runPrint(options) {
    try {
        const result = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveProjectConfig */ .Iu)({
            cwd: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.root),
            env: options.environment,
            policyFile: options.policyFile,
            committedOnly: options.committed,
        });
        const rows = (0,_report_values_js__WEBPACK_IMPORTED_MODULE_4__/* .valueRows */ .x5)(result.values);
        if (options.format === "json") {
            const report = (0,_report_json_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonReport */ .L7)("print", result.findings);
            process.stdout.write(`${JSON.stringify({ ...report, environment: result.environment, values: rows }, null, 2)}\n`);
        }
        else {
            process.stdout.write(`${(0,_report_values_js__WEBPACK_IMPORTED_MODULE_4__/* .renderValueRows */ .$y)(rows, options.color)}\n`);
            if (result.findings.length > 0) {
                process.stdout.write((0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .renderText */ .S)(result.findings, [], { color: options.color, allEnvironments: [] }));
            }
        }
        return (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .hasErrors */ .Cs)(result.findings) ? _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.findings : _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok;
    }
    catch (error) {
        const findings = (0,_run_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .couldNotRunFindings */ .y)(error);
        if (!findings)
            throw error;
        (0,_run_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .reportCouldNotRun */ .S)("print", findings, options.format);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.couldNotRun;
    }
}


/***/ }),

/***/ 626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ renderValueRows),
/* harmony export */   w2: () => (/* binding */ isSecretValue),
/* harmony export */   x5: () => (/* binding */ valueRows)
/* harmony export */ });
/* unused harmony exports isHiddenValue, displayValue */
/* harmony import */ var _config_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(223);
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8270);
/* harmony import */ var _scan_rules_generic_secret_key_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1697);
/* harmony import */ var _mask_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9488);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1211);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5655);






/** A secret by the schema (`x-secret`) or by its key's name (`password`, `api_key`, …). */
function isSecretValue(v) {
    return v.secret || (0,_scan_rules_generic_secret_key_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretKeyName */ .NN)(v.path[v.path.length - 1] ?? "");
}
/**
 * Never shown in clear: a secret, or a value fetched from a secret store or a secrets file whatever
 * its key. What every door masks, and what the Action registers with the runner's log masking.
 */
function isHiddenValue(v) {
    return isSecretValue(v) || (v.reference !== undefined && v.reference.scheme !== "env");
}
/** How a value may be shown: secrets masked, passwords in URLs hidden, long lists shortened. */
function displayValue(v) {
    const secret = isHiddenValue(v);
    if (typeof v.value === "string") {
        if (v.reference && v.value === (0,_config_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .describeReference */ .P5)(v.reference))
            return v.value;
        if (secret)
            return (0,_mask_js__WEBPACK_IMPORTED_MODULE_4__/* .maskSecret */ .$)(v.value);
        return (0,_mask_js__WEBPACK_IMPORTED_MODULE_4__/* .maskUrlPassword */ .j)(v.value);
    }
    if (secret && v.value !== null && v.value !== undefined)
        return (0,_mask_js__WEBPACK_IMPORTED_MODULE_4__/* .maskSecret */ .$)(JSON.stringify(v.value));
    const json = JSON.stringify(v.value) ?? "undefined";
    if (Array.isArray(v.value) && json.length > 80)
        return `[${v.value.length} items]`;
    if (typeof v.value === "object" && v.value !== null && json.length > 80) {
        return `{${Object.keys(v.value).length} keys}`;
    }
    return json;
}
/** Each resolved value as `print` and `verify` show it: masked, with its source. */
function valueRows(values) {
    return values.map((v) => ({
        key: v.key,
        value: displayValue(v),
        secret: v.secret,
        source: (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .describeSource */ .B6)(v.source),
        ...(v.reference ? { reference: (0,_config_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .describeReference */ .P5)(v.reference) } : {}),
    }));
}
/** The table of keys, masked values and sources (`print`'s layout). */
function renderValueRows(rows, color) {
    const paint = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .painter */ .C)(color);
    const keyWidth = Math.min(48, Math.max(3, ...rows.map((r) => r.key.length)));
    const valueWidth = Math.min(48, Math.max(5, ...rows.map((r) => r.value.length)));
    const out = [paint("bold", `${"key".padEnd(keyWidth)}  ${"value".padEnd(valueWidth)}  source`)];
    for (const r of rows) {
        const via = r.reference && r.value !== r.reference ? ` via ${r.reference}` : "";
        out.push(`${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_5__/* .printable */ .g)(r.key).padEnd(keyWidth)}  ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_5__/* .printable */ .g)(r.value).padEnd(valueWidth)}  ${paint("dim", (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_5__/* .printable */ .g)(r.source + via))}`);
    }
    return `${out.join("\n")}\n`;
}


/***/ }),

/***/ 1697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NN: () => (/* binding */ isSecretKeyName),
/* harmony export */   Tb: () => (/* binding */ SECRET_KEY_END_WORDS),
/* harmony export */   f4: () => (/* binding */ SECRET_KEY_END),
/* harmony export */   si: () => (/* binding */ SECRET_KEY_KEYWORDS)
/* harmony export */ });
/**
 * Which key names name a secret. A key names one when its last word is a secret word (`password`,
 * `token`, …) or its last two words are `<qualifier> key` (`api_key`, `privateKey`): `DB_PASSWORD`,
 * `githubToken`, `spring.datasource.password`, `--password`. A key whose secret word is followed
 * by another word only talks about a secret (`password_policy`, `token_url`, `passwordMinLength`).
 */
/** Last words that make a key a secret's name. */
const SECRET_WORDS = [
    "pass",
    "password",
    "passwd",
    "passphrase",
    "pwd",
    "secret",
    "token",
    "auth",
    "credential",
    "credentials",
];
/** Words that, followed by `key`, make a secret's name (`api_key`, `accessKey`, `SIGNING-KEY`). */
const KEY_QUALIFIERS = ["api", "access", "secret", "private", "signing", "encryption", "master", "auth"];
/**
 * The end of a secret key's name, as a case-insensitive pattern. Longest alternatives first, so
 * that `password` is not read as `pass` followed by more.
 */
const SECRET_KEY_END = `(?:(?:${KEY_QUALIFIERS.join("|")})[-_.]?key|${[...SECRET_WORDS]
    .sort((a, b) => b.length - a.length)
    .join("|")})`;
/**
 * The prefilter's keywords: lower-case text that every secret key contains. Each secret word
 * (`pass` stands for `password`, `passwd`, `passphrase`), and each qualifier written together with
 * `key` in the four ways a name can join them (`apikey`, `api_key`, `api-key`, `api.key`).
 * `secret` and `auth` already cover `secret_key` and `auth_key`.
 */
const SECRET_KEY_KEYWORDS = [
    "pass",
    "pwd",
    "secret",
    "token",
    "auth",
    "credential",
    ...KEY_QUALIFIERS.filter((q) => q !== "secret" && q !== "auth").flatMap((q) => ["", "_", "-", "."].map((sep) => `${q}${sep}key`)),
];
/**
 * SECRET_KEY_END spelt out as the words it matches (`apikey`, `api_key`, …, `password`, `pwd`):
 * a text holds a match of it starting at a position exactly when one of these starts there.
 */
const SECRET_KEY_END_WORDS = [
    ...KEY_QUALIFIERS.flatMap((q) => ["", "-", "_", "."].map((sep) => `${q}${sep}key`)),
    ...SECRET_WORDS,
];
const END = new RegExp(`${SECRET_KEY_END}$`, "i");
/** Words that end in `pass` without being about a password. */
const NOT_A_PASS = /(?:by|com|sur|encom|tres|under|over|multi)pass$/i;
/**
 * True when `key` (as written, without quotes) names a secret: it ends with a secret word, after a
 * separator (`DB_PASSWORD`), at a change of case (`githubToken`) or glued on (`PGPASSWORD`), but is
 * not an ordinary word that happens to end in one (`bypass`, `compass`).
 */
function isSecretKeyName(key) {
    return END.test(key) && !NOT_A_PASS.test(key);
}


/***/ })

};

export const id = 938;
export const ids = [938];
export const modules = {

/***/ 2938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerify: () => (/* binding */ runVerify)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/values.ts
var values = __webpack_require__(626);
// EXTERNAL MODULE: ./src/deploy/fingerprint.ts
var fingerprint = __webpack_require__(6104);
;// CONCATENATED MODULE: ./src/deploy/verify-outcome.ts



function verifyOutcome(resolved, production) {
    const { errors, warnings } = (0,json/* summarize */.eh)(resolved.findings);
    return {
        environment: resolved.environment,
        ok: resolved.ok,
        fingerprint: resolved.ok ? (0,fingerprint/* configFingerprint */.V)(resolved) : undefined,
        rows: (0,values/* valueRows */.x5)(resolved.values),
        status: {
            name: resolved.environment,
            production,
            status: errors > 0 ? "fail" : "pass",
            errors,
            warnings,
            files: [],
        },
    };
}

// EXTERNAL MODULE: ./src/report/sanitize.ts
var sanitize = __webpack_require__(1211);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/run-errors.ts
var run_errors = __webpack_require__(9979);
;// CONCATENATED MODULE: ./src/cli/verify-command.ts









/**
 * The pre-deploy gate: every layer, the real environment and every reference (stores included),
 * validated. Exit 0 with the masked values and the fingerprint; 1 listing every problem; 2 when
 * it cannot run.
 */
async function runVerify(options) {
    let resolved;
    let production;
    try {
        ({ resolved, production } = await (0,load/* resolveProjectEnvironmentAsync */.vY)({
            cwd: external_node_path_default().resolve(options.root),
            env: options.environment,
            policyFile: options.policyFile,
            environ: process.env,
            timeoutMs: options.timeoutMs,
            concurrency: options.concurrency,
        }));
    }
    catch (error) {
        const findings = (0,run_errors/* couldNotRunFindings */.y)(error);
        if (!findings)
            throw error;
        (0,run_errors/* reportCouldNotRun */.S)("verify", findings, options.format);
        return exit_codes/* EXIT */.d.couldNotRun;
    }
    const { ok, fingerprint, rows, status } = verifyOutcome(resolved, production);
    if (options.format === "json") {
        const report = (0,json/* jsonReport */.L7)("verify", resolved.findings, [status]);
        const body = {
            ...report,
            environment: resolved.environment,
            ok,
            fingerprint: fingerprint ?? null,
            values: rows,
        };
        process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
        return ok ? exit_codes/* EXIT */.d.ok : exit_codes/* EXIT */.d.findings;
    }
    const paint = (0,report_text/* painter */.C)(options.color);
    if (ok)
        process.stdout.write(`${(0,values/* renderValueRows */.$y)(rows, options.color)}\n`);
    if (resolved.findings.length > 0) {
        process.stdout.write((0,report_text/* renderText */.S)(resolved.findings, [status], {
            color: options.color,
            allEnvironments: [],
        }));
    }
    process.stdout.write(ok
        ? `${paint("bold", `✔ ${(0,sanitize/* printable */.g)(resolved.environment)} is ready to deploy`)}  fingerprint ${fingerprint}\n`
        : `${paint("bold", `✖ ${(0,sanitize/* printable */.g)(resolved.environment)} must not be deployed`)}: fix the problems above.\n`);
    return ok ? exit_codes/* EXIT */.d.ok : exit_codes/* EXIT */.d.findings;
}


/***/ }),

/***/ 6104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ configFingerprint)
/* harmony export */ });
/* harmony import */ var _config_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(223);
/* harmony import */ var _report_mask_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9488);
/* harmony import */ var _report_sha256_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7795);
/* harmony import */ var _report_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(626);




/**
 * What one key contributes: a non-secret's value; a secret's origin (the reference as written, or
 * the variable that sets it, or the kind of layer). A referenced value, secret or not, counts by its
 * reference, so a fingerprint computed without fetching anything (smoke, health) equals verify's.
 */
function keyIdentity(v) {
    if (v.reference)
        return { from: (0,_config_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .describeReference */ .P5)(v.reference) };
    if ((0,_report_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretValue */ .w2)(v)) {
        const source = v.source;
        return source.kind === "env" || source.kind === "dotenv"
            ? { from: `variable ${source.variable}` }
            : { from: source.kind };
    }
    // A password inside a URL is a secret too: rotating it must not change the fingerprint.
    return { value: typeof v.value === "string" ? (0,_report_mask_js__WEBPACK_IMPORTED_MODULE_2__/* .maskUrlPassword */ .j)(v.value) : v.value };
}
/** JSON with object keys sorted, so equal data gives equal text on every machine. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(",")}]`;
    if (typeof value === "object" && value !== null) {
        const entries = Object.keys(value)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`);
        return `{${entries.join(",")}}`;
    }
    return JSON.stringify(value) ?? "null";
}
/**
 * A short, stable identity of one environment's resolved config: `sha256:` and 16 hex digits over
 * the environment name and every key (sorted) with its non-secret value or its secret's origin.
 * It holds no secret, no path, no line number and no time, so verify (before a deploy), the
 * running service (its health route) and smoke (after) compute the same one from the same config.
 */
function configFingerprint(resolved) {
    const keys = [...resolved.values]
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        .map((v) => [v.key, keyIdentity(v)]);
    const canonical = canonicalJson({ version: 1, environment: resolved.environment, keys });
    return `sha256:${(0,_report_sha256_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .f)(canonical).slice(0, 16)}`;
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

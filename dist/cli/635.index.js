export const id = 635;
export const ids = [635];
export const modules = {

/***/ 8635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSmoke: () => (/* binding */ runSmoke)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1036);
/* harmony import */ var _deploy_fingerprint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6104);
/* harmony import */ var _report_sanitize_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1211);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8551);
/* harmony import */ var _run_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9979);







const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_INTERVAL_MS = 1_000;
const MAX_INTERVAL_MS = 10_000;
const REQUEST_TIMEOUT_MS = 10_000;
const MAX_BODY_BYTES = 1024 * 1024;
/** What a failed fetch means, in the words a person debugging a deploy wants. */
function describeFetchError(error, timeoutMs) {
    const e = error;
    if (e?.name === "TimeoutError" || e?.name === "AbortError")
        return `timeout (no answer within ${timeoutMs} ms)`;
    const code = e?.cause?.code;
    if (code === "ECONNREFUSED")
        return "connection refused";
    if (code === "ENOTFOUND" || code === "EAI_AGAIN")
        return "host not found";
    if (code === "ECONNRESET" || code === "UND_ERR_SOCKET")
        return "connection reset";
    if (code?.startsWith("UND_ERR_") && code.includes("TIMEOUT"))
        return `timeout (${code})`;
    // Never the error's message: fetch's messages can quote the whole URL.
    return code ? `connection failed (${code})` : `request failed (${e?.name ?? "error"})`;
}
/** Reads at most `MAX_BODY_BYTES` of the body: a misbehaving endpoint cannot exhaust memory. */
async function readBody(response) {
    if (!response.body)
        return "";
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > MAX_BODY_BYTES) {
            await reader.cancel();
            return undefined;
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks).toString("utf8");
}
async function probeHealth(url, timeoutMs) {
    try {
        const response = await fetch(url, {
            headers: { accept: "application/json" },
            signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await readBody(response);
        if (response.status < 200 || response.status > 299)
            return { up: false, seen: `HTTP ${response.status}` };
        if (text === undefined)
            return { up: false, seen: `HTTP ${response.status} with a body over 1 MiB` };
        try {
            return { up: true, body: JSON.parse(text) };
        }
        catch {
            const type = response.headers.get("content-type");
            return {
                up: false,
                seen: `HTTP ${response.status} but not JSON${type ? ` (content-type ${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .printable */ .g)(type.slice(0, 80))})` : ""}`,
            };
        }
    }
    catch (error) {
        return { up: false, seen: describeFetchError(error, timeoutMs) };
    }
}
const shown = (value) => typeof value === "string"
    ? (0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .printable */ .g)(value.slice(0, 120))
    : `${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .printable */ .g)(String(JSON.stringify(value)).slice(0, 120))}`;
/**
 * After a deploy: polls the health endpoint (per-request timeout, exponential backoff, one overall
 * deadline) until it answers 2xx JSON, then checks it runs the expected environment and config.
 * Exit 0 healthy; 1 wrong environment or fingerprint; 2 never up, or envguard could not run.
 */
async function runSmoke(options) {
    let url;
    try {
        url = new URL(options.url);
        if (url.protocol !== "http:" && url.protocol !== "https:")
            throw new Error("not http");
    }
    catch {
        process.stderr.write("envguard: --url must be an http:// or https:// URL.\n");
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.couldNotRun;
    }
    if (url.username !== "" || url.password !== "") {
        // fetch refuses such a URL, and a password in it would be printed with every attempt.
        process.stderr.write("envguard: --url must not hold a user name or password; put the health endpoint where it needs no credentials.\n");
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.couldNotRun;
    }
    let expected = options.fingerprint;
    if (expected === undefined) {
        try {
            // The fingerprint holds no secret value, so none is fetched: references stay as written.
            expected = (0,_deploy_fingerprint_js__WEBPACK_IMPORTED_MODULE_3__/* .configFingerprint */ .V)((0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveProjectConfigUnfetched */ .wS)({
                cwd: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.root),
                env: options.environment,
                policyFile: options.policyFile,
                environ: process.env,
            }));
        }
        catch (error) {
            const findings = (0,_run_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .couldNotRunFindings */ .y)(error);
            if (!findings)
                throw error;
            (0,_run_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .reportCouldNotRun */ .S)("smoke", findings, "text");
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.couldNotRun;
        }
    }
    // Without the query string or fragment: a health route may take a token there (`?token=…`).
    const where = (0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .printable */ .g)(`${url.origin}${url.pathname}${url.search ? "?…" : ""}`);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const deadline = Date.now() + timeoutMs;
    let interval = options.intervalMs ?? DEFAULT_INTERVAL_MS;
    let attempt = 0;
    let seen = "no answer";
    for (;;) {
        attempt++;
        const left = deadline - Date.now();
        const probe = await probeHealth(url.href, Math.max(1, Math.min(REQUEST_TIMEOUT_MS, left)));
        if (probe.up)
            return judge(probe.body, options.environment, expected, where, attempt);
        seen = probe.seen;
        const wait = Math.min(interval, deadline - Date.now());
        if (wait <= 0)
            break;
        process.stderr.write(`envguard: attempt ${attempt}: ${seen}; retrying in ${wait} ms\n`);
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(wait);
        interval = Math.min(interval * 2, MAX_INTERVAL_MS);
        if (Date.now() >= deadline)
            break;
    }
    process.stdout.write(`✖ ${where} was not up within ${timeoutMs} ms (${attempt} attempt${attempt === 1 ? "" : "s"}); last seen: ${seen}.\n`);
    return _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.couldNotRun;
}
function judge(body, environment, expected, where, attempt) {
    const payload = (typeof body === "object" && body !== null ? body : {});
    const problems = [];
    if (payload.environment !== environment) {
        problems.push(payload.environment === undefined
            ? `it reports no environment (expected ${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .printable */ .g)(environment)}; does the route return envguardHealth()?)`
            : `wrong environment: it reports ${shown(payload.environment)}, expected ${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .printable */ .g)(environment)}`);
    }
    if (payload.fingerprint !== expected) {
        problems.push(payload.fingerprint === undefined
            ? `it reports no config fingerprint (expected ${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .printable */ .g)(expected)})`
            : `wrong config fingerprint: it reports ${shown(payload.fingerprint)}, expected ${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .printable */ .g)(expected)}`);
    }
    if (problems.length > 0) {
        process.stdout.write(`✖ ${where} is up but does not run the verified config:\n`);
        for (const p of problems)
            process.stdout.write(`  - ${p}\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.findings;
    }
    process.stdout.write(`✔ ${where} is healthy after ${attempt} attempt${attempt === 1 ? "" : "s"}: environment ${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .printable */ .g)(environment)}, fingerprint ${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .printable */ .g)(expected)}\n`);
    return _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.ok;
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

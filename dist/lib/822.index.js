export const id = 822;
export const ids = [822];
export const modules = {

/***/ 2334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ pickJsonField),
  g: () => (/* binding */ pickSecretField)
});

;// CONCATENATED MODULE: ./src/report/sanitize.ts
/**
 * Makes an untrusted string (a file name, a key from a config file) safe to print: control
 * characters, ANSI escapes and line breaks become visible escapes, so nothing printed can move
 * the cursor, recolour the terminal or start a new line that a CI runner reads as a command.
 */
function printable(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => {
        if (ch === "\n")
            return "\\n";
        if (ch === "\r")
            return "\\r";
        if (ch === "\t")
            return "\\t";
        return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
    });
}
/**
 * `printable`, and never starting with `::` (after blanks): a line that reaches a runner's log on
 * its own still cannot be read as a workflow command (`::add-mask::`, `::stop-commands::`).
 */
function commandSafe(text) {
    const shown = printable(text);
    return /^\s*::/.test(shown) ? `\\${shown}` : shown;
}

// EXTERNAL MODULE: ./src/deploy/reference-outcome.ts
var reference_outcome = __webpack_require__(5915);
;// CONCATENATED MODULE: ./src/deploy/secret-field.ts


const NAMES_SHOWN = 20;
/**
 * One field of a secret that holds a JSON object (Vault's data, an AWS secret with #field):
 * strings as they are, anything else as JSON. `secret` names the secret and its store for the
 * problem; a missing field lists the field names there are, never a value.
 */
function pickSecretField(object, field, secret) {
    if (!Object.hasOwn(object, field) || object[field] === undefined) {
        const names = Object.keys(object);
        const shown = names.slice(0, NAMES_SHOWN).map(printable).join(", ");
        const more = names.length > NAMES_SHOWN ? ` and ${names.length - NAMES_SHOWN} more` : "";
        return (0,reference_outcome/* referenceFailed */.b)("field-missing", `the secret ${secret} has no field "${printable(field)}"; it has: ${names.length > 0 ? `${shown}${more}` : "no fields"}`);
    }
    const value = object[field];
    return { ok: true, value: typeof value === "string" ? value : JSON.stringify(value) };
}
/** #field of a secret stored as text: the text must be a JSON object. */
function pickJsonField(text, field, secret) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return (0,reference_outcome/* referenceFailed */.b)("not-json", `the value of the secret ${secret} is not JSON, so #${printable(field)} cannot be read; store a JSON object or drop #${printable(field)}`);
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        return (0,reference_outcome/* referenceFailed */.b)("not-json", `the value of the secret ${secret} is JSON but not an object, so #${printable(field)} cannot be read; store a JSON object or drop #${printable(field)}`);
    }
    return pickSecretField(parsed, field, secret);
}


/***/ }),

/***/ 7822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createVaultResolver: () => (/* binding */ createVaultResolver)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5915);
/* harmony import */ var _secret_field_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2334);



/**
 * Reads KV version 2 secrets over Vault's HTTP API with the global fetch. Logs in with AppRole at
 * most once, on the first reference, and shares the token with every other vault reference.
 */
function createVaultResolver(settings) {
    const connection = readVaultConnection(settings.environ);
    if (typeof connection === "string") {
        return { resolve: async () => (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceFailed */ .b)("misconfigured", connection), close: () => { } };
    }
    let token;
    // Two fields of one secret are one read.
    const reads = new Map();
    return {
        async resolve(ref) {
            const secret = `${ref.mount}/${ref.path}`;
            // URLs resolve "." and "..": the request would read another path than the one written.
            if (secret.split("/").some((segment) => segment === "" || segment === "." || segment === "..")) {
                return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceFailed */ .b)("misconfigured", `the Vault path ${secret} has an empty, "." or ".." segment; write the secret's path in full`);
            }
            token ??= obtainToken(connection, settings);
            const obtained = await token;
            if (!obtained.ok)
                return obtained.outcome;
            let read = reads.get(secret);
            if (!read) {
                read = readSecret(ref, connection, obtained.token, settings);
                reads.set(secret, read);
            }
            const fields = await read;
            return fields.ok
                ? (0,_secret_field_js__WEBPACK_IMPORTED_MODULE_2__/* .pickSecretField */ .g)(fields.fields, ref.field, `${secret} in ${vaultAt(connection)}`)
                : fields.outcome;
        },
        close: () => { },
    };
}
/** The connection, or the problem that keeps envguard from reaching Vault at all. */
function readVaultConnection(environ) {
    const raw = environ.VAULT_ADDR?.trim();
    if (!raw)
        return "VAULT_ADDR is not set; set it to the Vault server's address, such as https://vault.example.com:8200";
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return "VAULT_ADDR is not a URL; set it to the Vault server's address, such as https://vault.example.com:8200";
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
        return "VAULT_ADDR must start with https:// or http://";
    }
    // origin drops any user:password@ (fetch refuses them, and a problem must not show them).
    const address = `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
    const namespace = environ.VAULT_NAMESPACE?.trim() || undefined;
    if (namespace !== undefined && !HEADER_SAFE.test(namespace)) {
        return "VAULT_NAMESPACE holds characters that cannot be sent to Vault; set it to a namespace path such as admin/team";
    }
    const connection = (auth) => namespace === undefined ? { address, auth } : { address, namespace, auth };
    const token = environ.VAULT_TOKEN?.trim();
    if (token) {
        return HEADER_SAFE.test(token)
            ? connection({ token })
            : "VAULT_TOKEN holds characters that cannot be sent to Vault; set it to the token alone";
    }
    const roleId = environ.VAULT_ROLE_ID?.trim();
    const secretId = environ.VAULT_SECRET_ID?.trim();
    if (roleId && secretId)
        return connection({ roleId, secretId });
    if (roleId)
        return "VAULT_ROLE_ID is set but VAULT_SECRET_ID is not; set both for an AppRole login, or set VAULT_TOKEN";
    if (secretId)
        return "VAULT_SECRET_ID is set but VAULT_ROLE_ID is not; set both for an AppRole login, or set VAULT_TOKEN";
    return `neither VAULT_TOKEN nor VAULT_ROLE_ID and VAULT_SECRET_ID is set, so envguard cannot log in to Vault at ${address}; set one of them`;
}
/** Visible ASCII only: anything else would make fetch throw an error that quotes the header's value. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;
function vaultAt(connection) {
    return `Vault at ${connection.address}${connection.namespace ? ` (namespace ${connection.namespace})` : ""}`;
}
function baseHeaders(connection) {
    return connection.namespace ? { "X-Vault-Namespace": connection.namespace } : {};
}
async function obtainToken(connection, settings) {
    if ("token" in connection.auth)
        return { ok: true, token: connection.auth.token };
    const vault = vaultAt(connection);
    const login = await exchange(`${connection.address}/v1/auth/approle/login`, {
        method: "POST",
        headers: { ...baseHeaders(connection), "Content-Type": "application/json" },
        body: JSON.stringify({ role_id: connection.auth.roleId, secret_id: connection.auth.secretId }),
    }, settings);
    const failed = (outcome) => ({ ok: false, outcome });
    if (login.kind !== "answer")
        return failed(exchangeFailed(login, vault, "the AppRole login", settings));
    if (login.status === 200) {
        const token = login.body?.auth?.client_token;
        if (typeof token === "string" && HEADER_SAFE.test(token))
            return { ok: true, token };
        return failed((0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceFailed */ .b)("unavailable", `${vault} answered the AppRole login without a client token; check VAULT_ADDR`));
    }
    if (login.status === 400 || login.status === 401 || login.status === 403) {
        return failed((0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceFailed */ .b)("access-denied", `${vault} refused the AppRole login (HTTP ${login.status}); check VAULT_ROLE_ID and VAULT_SECRET_ID and that the secret ID has not expired`));
    }
    if (login.status === 404) {
        return failed((0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceFailed */ .b)("misconfigured", `${vault} has no AppRole auth method at auth/approle (HTTP 404); enable it there or set VAULT_TOKEN`));
    }
    return failed((0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceFailed */ .b)("unavailable", `${vault} rejected the AppRole login (HTTP ${login.status}); check VAULT_ADDR`));
}
/** One secret's fields, or why they could not be read; nothing here depends on the field asked for. */
async function readSecret(ref, connection, token, settings) {
    const vault = vaultAt(connection);
    const failed = (outcome) => ({ ok: false, outcome });
    const secret = `${ref.mount}/${ref.path}`;
    const apiPath = `${ref.mount}/data/${ref.path}`;
    const encoded = apiPath.split("/").map(encodeURIComponent).join("/");
    const read = await exchange(`${connection.address}/v1/${encoded}`, { method: "GET", headers: { ...baseHeaders(connection), "X-Vault-Token": token } }, settings);
    if (read.kind !== "answer")
        return failed(exchangeFailed(read, vault, `reading ${apiPath}`, settings));
    const data = read.body?.data;
    switch (read.status) {
        case 200:
            break;
        case 404:
            return failed(typeof data?.metadata?.deletion_time === "string" && data.metadata.deletion_time !== ""
                ? (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceFailed */ .b)("not-found", `the latest version of ${secret} in ${vault} is deleted (HTTP 404); undelete it or write a new version`)
                : (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceFailed */ .b)("not-found", `${vault} has no secret ${secret} (HTTP 404); check the mount and path`));
        case 401:
        case 403:
            return failed((0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceFailed */ .b)("access-denied", `${vault} denied access (HTTP ${read.status}): the token's policy does not allow reading ${apiPath}, or the token is invalid or expired; check ${"token" in connection.auth ? "VAULT_TOKEN" : "the AppRole's policies"}`));
        default:
            return failed((0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceFailed */ .b)("unavailable", `${vault} rejected reading ${apiPath} (HTTP ${read.status}); check that ${ref.mount} is a KV version 2 mount`));
    }
    const fields = data?.data;
    if (fields === null && data?.metadata) {
        return failed((0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceFailed */ .b)("not-found", `the latest version of ${secret} in ${vault} is deleted or destroyed; write a new version`));
    }
    if (typeof fields !== "object" || fields === null || Array.isArray(fields)) {
        return failed((0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceFailed */ .b)("unavailable", `${vault} answered for ${secret} without KV version 2 data; check that ${ref.mount} is a KV version 2 mount`));
    }
    return { ok: true, fields: fields };
}
/** The failure for a call that never got a usable answer: timeouts, unreachable, 429/5xx to the end. */
function exchangeFailed(failure, vault, what, settings) {
    const attempts = `${failure.attempts} attempt${failure.attempts === 1 ? "" : "s"}`;
    switch (failure.kind) {
        case "timeout":
            return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceFailed */ .b)("timeout", `${vault} did not answer ${what} within ${settings.timeoutMs} ms (${attempts}); check that it is reachable, or raise the timeout`);
        case "unreachable":
            return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceFailed */ .b)("unavailable", `could not reach ${vault} for ${what} (${failure.cause}, ${attempts}); check VAULT_ADDR and the network`);
        case "busy":
            return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceFailed */ .b)("unavailable", `${vault} answered ${what} with HTTP ${failure.status} (${attempts}); check that Vault is unsealed and healthy`);
    }
}
/** One call with a per-attempt timeout, retried with backoff on timeouts, network errors and 429/5xx. */
async function exchange(url, init, settings) {
    let last = { kind: "timeout", attempts: 0 };
    for (let attempt = 1; attempt <= settings.retries + 1; attempt++) {
        if (attempt > 1)
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(backoffMs(attempt - 1));
        try {
            const response = await fetch(url, { ...init, signal: AbortSignal.timeout(settings.timeoutMs) });
            const text = await response.text();
            if (response.status === 429 || response.status >= 500) {
                last = { kind: "busy", status: response.status, attempts: attempt };
                continue;
            }
            return { kind: "answer", status: response.status, body: parseJson(text) };
        }
        catch (error) {
            if (error?.name === "TimeoutError") {
                last = { kind: "timeout", attempts: attempt };
                continue;
            }
            // Only the code: fetch's messages may quote the request.
            const cause = error?.cause?.code;
            last = {
                kind: "unreachable",
                attempts: attempt,
                cause: typeof cause === "string" ? cause : "network error",
            };
            if (typeof cause !== "string")
                return last;
        }
    }
    return last;
}
/** 100 ms × 2^(n-1), between half and one and a half times that, so retries from many references spread out. */
function backoffMs(retry) {
    return Math.min(5000, 100 * 2 ** (retry - 1)) * (0.5 + Math.random());
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}


/***/ })

};

export const id = 287;
export const ids = [287];
export const modules = {

/***/ 4238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ pickJsonField),
/* harmony export */   g: () => (/* binding */ pickSecretField)
/* harmony export */ });
/* harmony import */ var _report_sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1211);
/* harmony import */ var _reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5915);


const NAMES_SHOWN = 20;
/**
 * One field of a secret that holds a JSON object (Vault's data, an AWS secret with #field):
 * strings as they are, anything else as JSON. `secret` names the secret and its store for the
 * problem; a missing field lists the field names there are, never a value.
 */
function pickSecretField(object, field, secret) {
    if (!Object.hasOwn(object, field) || object[field] === undefined) {
        const names = Object.keys(object);
        const shown = names.slice(0, NAMES_SHOWN).map(_report_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g).join(", ");
        const more = names.length > NAMES_SHOWN ? ` and ${names.length - NAMES_SHOWN} more` : "";
        return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceFailed */ .b)("field-missing", `the secret ${secret} has no field "${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(field)}"; it has: ${names.length > 0 ? `${shown}${more}` : "no fields"}`);
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
        return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceFailed */ .b)("not-json", `the value of the secret ${secret} is not JSON, so #${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(field)} cannot be read; store a JSON object or drop #${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(field)}`);
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceFailed */ .b)("not-json", `the value of the secret ${secret} is JSON but not an object, so #${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(field)} cannot be read; store a JSON object or drop #${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(field)}`);
    }
    return pickSecretField(parsed, field, secret);
}


/***/ }),

/***/ 7287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createSecretsManagerResolver: () => (/* binding */ createSecretsManagerResolver)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2994);
/* harmony import */ var _reference_outcome_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5915);
/* harmony import */ var _secret_field_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4238);



/** Errors that say the credentials themselves were refused, as opposed to the policy refusing the secret. */
const REFUSED_CREDENTIALS = new Set([
    "UnrecognizedClientException",
    "InvalidClientTokenId",
    "InvalidSignatureException",
    "SignatureDoesNotMatch",
    "IncompleteSignatureException",
    "MissingAuthenticationTokenException",
    "ExpiredTokenException",
    "ExpiredToken",
]);
const THROTTLED = new Set(["ThrottlingException", "TooManyRequestsException", "RequestLimitExceeded"]);
/**
 * Reads secrets with one SecretsManagerClient per resolveReferences call. Region, endpoint and
 * static credentials come from `environ` when it has them (it need not be process.env); anything
 * it lacks falls to the SDK's own chain (process.env, profiles, web identity, container, instance).
 */
function createSecretsManagerResolver(settings) {
    const config = clientConfig(settings);
    if (typeof config === "string") {
        return { resolve: async () => (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .referenceFailed */ .b)("misconfigured", config), close: () => { } };
    }
    const client = createClientQuietly(config);
    const reads = new Map();
    let storeName;
    const describeStore = () => {
        storeName ??= describeSecretsManager(config, client);
        return storeName;
    };
    return {
        async resolve(ref) {
            const secret = `${ref.secretId}${ref.versionStage ? ` (stage ${ref.versionStage})` : ""}`;
            // Two fields of one secret (and stage) are one request.
            const key = `${ref.secretId}?${ref.versionStage ?? ""}`;
            let read = reads.get(key);
            if (!read) {
                read = client
                    .send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__/* .GetSecretValueCommand */ .d2({
                    SecretId: ref.secretId,
                    ...(ref.versionStage ? { VersionStage: ref.versionStage } : {}),
                }))
                    .then((output) => ({ ok: true, output }), (error) => ({ ok: false, error: error }));
                reads.set(key, read);
            }
            const answer = await read;
            if (!answer.ok) {
                // A missing region fails before any request, and asking for it again would search for it again.
                if (answer.error?.message === "Region is missing") {
                    return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .referenceFailed */ .b)("misconfigured", `no AWS region is set to read ${ref.secretId} from AWS Secrets Manager; set AWS_REGION (or AWS_DEFAULT_REGION, or region in the AWS profile)`);
                }
                return sdkFailure(answer.error, ref, await describeStore(), settings);
            }
            const output = answer.output;
            const store = await describeStore();
            if (typeof output.SecretString === "string") {
                return ref.field
                    ? (0,_secret_field_js__WEBPACK_IMPORTED_MODULE_2__/* .pickJsonField */ .W)(output.SecretString, ref.field, `${secret} in ${store}`)
                    : { ok: true, value: output.SecretString };
            }
            if (output.SecretBinary !== undefined) {
                return ref.field
                    ? (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .referenceFailed */ .b)("not-json", `the secret ${secret} in ${store} is binary, not JSON, so #${ref.field} cannot be read; drop #${ref.field}`)
                    : { ok: true, value: Buffer.from(output.SecretBinary).toString("base64") };
            }
            return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .referenceFailed */ .b)("unavailable", `${store} answered for ${secret} without a value`);
        },
        close: () => client.destroy(),
    };
}
const SDK_NODE_WARNING = "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED";
/**
 * On Node 20 the SDK's constructor warns that its releases from 2027 will need Node 22: news for
 * envguard's engines field, not for a person reading `verify` output. A user's own setting wins.
 */
function createClientQuietly(config) {
    if (process.env[SDK_NODE_WARNING] !== undefined)
        return new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__/* .SecretsManagerClient */ ._H(config);
    process.env[SDK_NODE_WARNING] = "true";
    try {
        return new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__/* .SecretsManagerClient */ ._H(config);
    }
    finally {
        delete process.env[SDK_NODE_WARNING];
    }
}
/** The client's configuration, or the problem that keeps envguard from making one. */
function clientConfig(settings) {
    const { environ, timeoutMs, retries } = settings;
    const config = {
        maxAttempts: retries + 1,
        // The request timeout throws (rather than only warning) so a silent server ends the attempt.
        requestHandler: { requestTimeout: timeoutMs, connectionTimeout: timeoutMs, throwOnRequestTimeout: true },
    };
    const region = environ.AWS_REGION?.trim() || environ.AWS_DEFAULT_REGION?.trim();
    if (region)
        config.region = region;
    const endpoint = environ.AWS_ENDPOINT_URL_SECRETS_MANAGER?.trim() || environ.AWS_ENDPOINT_URL?.trim();
    if (endpoint) {
        if (!URL.canParse(endpoint)) {
            return "AWS_ENDPOINT_URL_SECRETS_MANAGER (or AWS_ENDPOINT_URL) is not a URL; set it to the endpoint's address or unset it";
        }
        config.endpoint = endpoint;
    }
    const accessKeyId = environ.AWS_ACCESS_KEY_ID?.trim();
    const secretAccessKey = environ.AWS_SECRET_ACCESS_KEY?.trim();
    if (accessKeyId && secretAccessKey) {
        const sessionToken = environ.AWS_SESSION_TOKEN?.trim();
        config.credentials = { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
    }
    else if (accessKeyId) {
        return "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not; set both, or neither to use a profile or role";
    }
    else if (environ.AWS_PROFILE?.trim()) {
        config.profile = environ.AWS_PROFILE.trim();
    }
    return config;
}
/** "AWS Secrets Manager at <endpoint>" or "… in <region>": where a person looks when a read fails. */
async function describeSecretsManager(config, client) {
    if (typeof config.endpoint === "string") {
        const url = new URL(config.endpoint);
        return `AWS Secrets Manager at ${url.origin}${url.pathname.replace(/\/+$/, "")}`;
    }
    try {
        return `AWS Secrets Manager in ${await client.config.region()}`;
    }
    catch {
        return "AWS Secrets Manager";
    }
}
function sdkFailure(error, ref, store, settings) {
    const name = error?.name ?? "Error";
    const secret = ref.secretId;
    const attempts = error?.$metadata?.attempts ?? 1;
    const tries = `${attempts} attempt${attempts === 1 ? "" : "s"}`;
    const status = error?.$metadata?.httpStatusCode;
    const answered = `${name}${status ? `, HTTP ${status}` : ""}`;
    if (name === "ResourceNotFoundException") {
        return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .referenceFailed */ .b)("not-found", ref.versionStage
            ? `${store} has no secret ${secret} with the stage ${ref.versionStage} (${answered}); check the secret ID, the stage, the region and the account`
            : `${store} has no secret ${secret} (${answered}); check the secret ID, the region and the account`);
    }
    if (name === "AccessDeniedException") {
        return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .referenceFailed */ .b)("access-denied", `${store} denied secretsmanager:GetSecretValue on ${secret} (${answered}); allow it in the IAM policy of the credentials in use or in the secret's resource policy`);
    }
    if (name === "DecryptionFailure") {
        return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .referenceFailed */ .b)("access-denied", `${store} could not decrypt ${secret} with its KMS key (${answered}); allow kms:Decrypt on that key to the credentials in use`);
    }
    if (REFUSED_CREDENTIALS.has(name)) {
        return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .referenceFailed */ .b)("access-denied", `${store} refused the AWS credentials (${answered}); check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN or the profile, and that they have not expired`);
    }
    if (name === "CredentialsProviderError" || name === "TokenProviderError") {
        return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .referenceFailed */ .b)("misconfigured", `no AWS credentials were found to read ${secret} from ${store}; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, or run with a role`);
    }
    if (name === "TimeoutError" || error?.code === "ETIMEDOUT") {
        return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .referenceFailed */ .b)("timeout", `${store} did not answer reading ${secret} within ${settings.timeoutMs} ms (${tries}); check that it is reachable, or raise the timeout`);
    }
    if (THROTTLED.has(name)) {
        return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .referenceFailed */ .b)("unavailable", `${store} throttled reading ${secret} (${answered}, ${tries}); try again later or resolve fewer references at once`);
    }
    if (name === "InvalidParameterException" || name === "InvalidRequestException") {
        return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .referenceFailed */ .b)("misconfigured", `${store} rejected the request for ${secret} (${answered}); check the secret ID and versionStage, and that the secret is not scheduled for deletion`);
    }
    if (typeof error?.code === "string" && status === undefined) {
        return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .referenceFailed */ .b)("unavailable", `could not reach ${store} to read ${secret} (${error.code}, ${tries}); check the region, the endpoint and the network`);
    }
    return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .referenceFailed */ .b)("unavailable", `${store} failed reading ${secret} (${answered}, ${tries}); try again later`);
}


/***/ })

};

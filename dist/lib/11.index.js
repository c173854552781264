export const id = 11;
export const ids = [11];
export const modules = {

/***/ 5915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ referenceFailed)
/* harmony export */ });
function referenceFailed(failure, problem) {
    return { ok: false, failure, problem };
}


/***/ }),

/***/ 6011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveReferences: () => (/* binding */ resolveReferences)
});

// EXTERNAL MODULE: ./src/config/reference.ts
var reference = __webpack_require__(223);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/deploy/reference-outcome.ts
var reference_outcome = __webpack_require__(5915);
;// CONCATENATED MODULE: ./src/deploy/local-references.ts



/** env:// and ${NAME}: the variable from the given environment; unset and empty are both missing. */
function resolveEnvReference(ref, settings) {
    const value = settings.environ[ref.variable];
    if (value === undefined) {
        return (0,reference_outcome/* referenceFailed */.b)("not-found", `environment variable ${ref.variable} is not set; set it where envguard runs`);
    }
    if (value === "") {
        return (0,reference_outcome/* referenceFailed */.b)("not-found", `environment variable ${ref.variable} is empty; give it the secret`);
    }
    return { ok: true, value };
}
/** file://: the file's text less one trailing line break, as secret files (Docker, Kubernetes) are written. */
async function resolveFileReference(ref, settings) {
    const file = external_node_path_default().resolve(settings.root, ref.path);
    try {
        const text = await (0,promises_.readFile)(file, "utf8");
        return { ok: true, value: text.replace(/\r?\n$/, "") };
    }
    catch (error) {
        const code = error.code;
        switch (code) {
            case "ENOENT":
            case "ENOTDIR":
                return (0,reference_outcome/* referenceFailed */.b)("not-found", `file ${file} does not exist; check the path${external_node_path_default().isAbsolute(ref.path) ? "" : ` (relative to ${settings.root})`} or mount the secret there`);
            case "EACCES":
            case "EPERM":
                return (0,reference_outcome/* referenceFailed */.b)("access-denied", `file ${file} cannot be read (permission denied); let the user running envguard read it`);
            case "EISDIR":
                return (0,reference_outcome/* referenceFailed */.b)("misconfigured", `${file} is a directory; point file:// at the secret's file`);
            default:
                return (0,reference_outcome/* referenceFailed */.b)("unavailable", `file ${file} could not be read (${code ?? "unknown error"})`);
        }
    }
}

;// CONCATENATED MODULE: ./src/deploy/resolve-references.ts



/**
 * Each distinct reference (by describeReference) is fetched once; all run concurrently up to
 * `concurrency`; never throws; a `problem` never contains a secret value.
 */
async function resolveReferences(refs, options) {
    const settings = withDefaults(options);
    const distinct = new Map();
    for (const ref of refs) {
        const key = (0,reference/* describeReference */.P5)(ref);
        if (!distinct.has(key))
            distinct.set(key, ref);
    }
    // Store clients load on first use, so a project with only env:// and file:// never loads them.
    let vault;
    let secretsManager;
    const resolveOne = async (ref) => {
        switch (ref.scheme) {
            case "env":
                return resolveEnvReference(ref, settings);
            case "file":
                return resolveFileReference(ref, settings);
            case "vault":
                vault ??= __webpack_require__.e(/* import() */ 822).then(__webpack_require__.bind(__webpack_require__, 7822)).then((m) => m.createVaultResolver(settings));
                return (await vault).resolve(ref);
            case "aws-sm":
                secretsManager ??= Promise.all(/* import() */[__webpack_require__.e(994), __webpack_require__.e(287)]).then(__webpack_require__.bind(__webpack_require__, 7287)).then((m) => m.createSecretsManagerResolver(settings));
                return (await secretsManager).resolve(ref);
        }
        // Unreachable for typed callers; a plain-JavaScript caller still gets an outcome, not undefined.
        throw new TypeError("unknown reference scheme");
    };
    const outcomes = new Map();
    for (const key of distinct.keys())
        outcomes.set(key, (0,reference_outcome/* referenceFailed */.b)("unavailable", "not resolved"));
    const pending = [...distinct];
    const worker = async () => {
        for (let next = pending.shift(); next; next = pending.shift()) {
            const [key, ref] = next;
            outcomes.set(key, await resolveSafely(key, () => resolveOne(ref)));
        }
    };
    try {
        await Promise.all(Array.from({ length: Math.min(settings.concurrency, pending.length) }, worker));
    }
    finally {
        await Promise.all([closeQuietly(vault), closeQuietly(secretsManager)]);
    }
    return outcomes;
}
function withDefaults(options) {
    const whole = (value, fallback, least) => value === undefined || !Number.isFinite(value) ? fallback : Math.max(least, Math.floor(value));
    return {
        environ: options.environ,
        root: options.root,
        timeoutMs: whole(options.timeoutMs, 5000, 1),
        retries: whole(options.retries, 2, 0),
        concurrency: whole(options.concurrency, 16, 1),
    };
}
/** A resolver bug or a chunk that fails to load becomes one reference's failure, never a rejection. */
async function resolveSafely(key, resolve) {
    try {
        return await resolve();
    }
    catch (error) {
        // Only the error's name and code: its message may quote what a store sent.
        const name = error instanceof Error ? error.name : typeof error;
        const code = error?.code;
        return (0,reference_outcome/* referenceFailed */.b)("unavailable", `${key} could not be resolved: unexpected ${name}${typeof code === "string" ? ` (${code})` : ""}; please report this`);
    }
}
async function closeQuietly(resolver) {
    try {
        (await resolver)?.close();
    }
    catch {
        // The resolver never loaded; every reference that needed it already carries that failure.
    }
}


/***/ })

};

export const id = 970;
export const ids = [970];
export const modules = {

/***/ 5970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveReferences: () => (/* binding */ resolveReferences)
/* harmony export */ });
/* harmony import */ var _config_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(223);
/* harmony import */ var _local_references_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4327);
/* harmony import */ var _reference_outcome_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5915);



/**
 * Each distinct reference (by describeReference) is fetched once; all run concurrently up to
 * `concurrency`; never throws; a `problem` never contains a secret value.
 */
async function resolveReferences(refs, options) {
    const settings = withDefaults(options);
    const distinct = new Map();
    for (const ref of refs) {
        const key = (0,_config_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .describeReference */ .P5)(ref);
        if (!distinct.has(key))
            distinct.set(key, ref);
    }
    // Store clients load on first use, so a project with only env:// and file:// never loads them.
    let vault;
    let secretsManager;
    const resolveOne = async (ref) => {
        switch (ref.scheme) {
            case "env":
                return (0,_local_references_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveEnvReference */ .z)(ref, settings.environ);
            case "file":
                return (0,_local_references_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveFileReference */ ._)(ref, settings.root);
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
        outcomes.set(key, (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .referenceFailed */ .b)("unavailable", "not resolved"));
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
        return (0,_reference_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .referenceFailed */ .b)("unavailable", `${key} could not be resolved: unexpected ${name}${typeof code === "string" ? ` (${code})` : ""}; please report this`);
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

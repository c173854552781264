export const id = 265;
export const ids = [265];
export const modules = {

/***/ 6148:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runGit = runGit;
const node_child_process_1 = __webpack_require__(1421);
/**
 * Runs one git command in `cwd` and returns its exit code and output; never throws for a
 * non-zero exit (callers decide what it means). Throws only when git cannot be started.
 */
function runGit(cwd, args) {
    return new Promise((resolve, reject) => {
        (0, node_child_process_1.execFile)("git", args, {
            cwd,
            encoding: "utf8",
            maxBuffer: 256 * 1024 * 1024,
            env: { ...process.env, GIT_TERMINAL_PROMPT: "0" },
        }, (error, stdout, stderr) => {
            if (error && typeof error.code === "string") {
                reject(new Error(`git could not be started (${error.code}); is git installed?`));
                return;
            }
            const code = error ? Number(error.code ?? 1) : 0;
            resolve({ code, stdout, stderr });
        });
    });
}


/***/ }),

/***/ 6952:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Heuristics that tell a real-looking credential from a placeholder. Used on example files
 * (which must hold placeholders) and by the generic credential rule.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isPlaceholder = isPlaceholder;
exports.isWordLike = isWordLike;
exports.shannonEntropy = shannonEntropy;
exports.looksLikeCredential = looksLikeCredential;
const PLACEHOLDER_WORDS = /(example|sample|dummy|placeholder|changeme|change[-_ ]?me|change[-_ ]?this|replace[-_ ]?me|redacted|your[-_ ]|[-_ ]here$|insert[-_ ]|fake|x{3,}|todo|tbd|\*\*\*|\.\.\.|\u2026|\u2022{2,})/i;
/** Runs of six or more keys in order (`123456`, `abcdef`, `qwerty`): typed by a person, not generated. */
const SEQUENCES = ["0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl"];
function hasTypedSequence(value) {
    const lower = value.toLowerCase();
    for (const run of SEQUENCES) {
        for (let i = 0; i + 6 <= run.length; i++)
            if (lower.includes(run.slice(i, i + 6)))
                return true;
    }
    return false;
}
/** Values that stand in for a secret rather than being one. */
function isPlaceholder(raw) {
    const value = raw.trim();
    if (value === "")
        return true;
    if (/^<[^<>]*>$/.test(value) || /^\[[^[\]]*\]$/.test(value))
        return true; // <token>, [token]
    if (/\$\{[^}]*\}|^\$[A-Za-z_][A-Za-z0-9_]*$|\{\{[^}]*\}\}|%\(?[a-z_]*\)?s|%s/.test(value))
        return true;
    // $(command), %NAME% (Windows, Azure Pipelines), #{name} (Ruby, Octopus), {name} (format strings)
    if (/\$\([^)]*\)|^%[A-Za-z_][\w.]*%$|#\{[^}]*\}|^\{[\w.-]*\}$/.test(value))
        return true;
    if (/^(.)\1*$/.test(value))
        return true; // ********, 00000000
    if (PLACEHOLDER_WORDS.test(value))
        return true;
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value))
        return true; // UUIDs
    if (isWordLike(value))
        return true;
    if (hasTypedSequence(value))
        return true;
    return false;
}
/** `postgres`, `password1`, `test`, `dev-secret`: dictionary-like words, not generated credentials. */
function isWordLike(value) {
    return /^[a-z]+(?:[-_. ][a-z]+)*\d{0,4}$/.test(value) || /^[A-Z][a-z]+\d{0,4}$/.test(value);
}
function shannonEntropy(value) {
    const counts = new Map();
    for (const ch of value)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    const n = [...value].length;
    for (const c of counts.values()) {
        const p = c / n;
        bits -= p * Math.log2(p);
    }
    return bits;
}
function characterClasses(value) {
    return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
}
/**
 * True when the value is shaped like a generated credential. `secretKey` says the key it is
 * assigned to names a secret, which lowers the bar (a 12-character mixed password counts).
 */
function looksLikeCredential(raw, { secretKey }) {
    const value = raw.trim();
    if (/\s/.test(value) || isPlaceholder(value))
        return false;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        const password = /^[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:([^\s@/]+)@/i.exec(value)?.[1];
        return (password !== undefined && looksLikeCredential(decodeURIComponentSafe(password), { secretKey: true }));
    }
    // `user:password@host` without a scheme: as in a URL, only the password can be a credential.
    const password = /^[^\s:/@]+:([^\s@/]+)@[^\s@]+$/.exec(value)?.[1];
    if (password !== undefined)
        return looksLikeCredential(decodeURIComponentSafe(password), { secretKey: true });
    if (/^[\d.:+-]+$/.test(value))
        return false; // numbers, versions, times
    const classes = characterClasses(value);
    const entropy = shannonEntropy(value);
    if (secretKey) {
        if (value.length < 8)
            return false;
        if (/^[0-9a-f]+$/i.test(value))
            return value.length >= 16 && entropy >= 3;
        return classes >= 2 && entropy >= 2.8;
    }
    if (value.length < 20 || value.includes("/") || /^[0-9a-f]+$/i.test(value))
        return false;
    return classes >= 3 ? entropy >= 3.5 : classes === 2 && entropy >= 4.2;
}
function decodeURIComponentSafe(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}


/***/ })

};

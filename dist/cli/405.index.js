export const id = 405;
export const ids = [405];
export const modules = {

/***/ 786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runScan: () => (/* binding */ runScan)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/policy-base.ts
var policy_base = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
// EXTERNAL MODULE: ./src/report/json.ts
var report_json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/sanitize.ts
var sanitize = __webpack_require__(1211);
;// CONCATENATED MODULE: ./src/report/sarif.ts
const LEVEL = { error: "error", warning: "warning", note: "note" };
/** Repo-relative path → a relative URI reference, each segment percent-encoded. */
function pathToUri(path) {
    return path
        .split("/")
        .map((segment) => encodeURIComponent(segment))
        .join("/");
}
/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, every rule with descriptions and help,
 * repo-relative URIs under %SRCROOT%, and `partialFingerprints` so alerts survive line moves.
 * Only rules that have results are listed.
 */
function renderSarif(findings, rules, version) {
    const used = new Set(findings.map((f) => f.rule));
    const catalogue = new Map(rules.map((r) => [r.id, r]));
    const listed = [];
    for (const id of [...used].sort()) {
        listed.push(catalogue.get(id) ?? {
            id,
            title: id,
            description: id,
            fix: "See the envguard README.",
            severity: "error",
        });
    }
    const index = new Map(listed.map((r, i) => [r.id, i]));
    const descriptors = listed.map((r) => ({
        id: r.id,
        name: r.id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c) => (c ? c.toUpperCase() : "")),
        shortDescription: { text: r.title },
        fullDescription: { text: r.description },
        help: { text: `${r.description}\n\nFix: ${r.fix}`, markdown: `${r.description}\n\n**Fix:** ${r.fix}` },
        defaultConfiguration: { level: LEVEL[r.severity] },
        properties: {
            tags: r.id.startsWith("config/") || r.id.startsWith("production/") ? ["config"] : ["security", "secret"],
        },
    }));
    const results = findings.map((f) => {
        const region = f.line !== undefined
            ? {
                startLine: f.line,
                ...(f.column !== undefined ? { startColumn: f.column } : {}),
                ...(f.endLine !== undefined ? { endLine: f.endLine } : {}),
                ...(f.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
            }
            : { startLine: 1 };
        const result = {
            ruleId: f.rule,
            ruleIndex: index.get(f.rule) ?? 0,
            level: LEVEL[f.severity],
            message: { text: f.match ? `${f.message} (${f.match})` : f.message },
            partialFingerprints: { "envguard/v1": f.fingerprint },
        };
        if (f.file) {
            result.locations = [
                {
                    physicalLocation: { artifactLocation: { uri: pathToUri(f.file), uriBaseId: "%SRCROOT%" }, region },
                },
            ];
        }
        const properties = {};
        if (f.commit)
            properties.commit = f.commit;
        if (f.date)
            properties.date = f.date;
        if (f.environment)
            properties.environment = f.environment;
        if (Object.keys(properties).length > 0)
            result.properties = properties;
        return result;
    });
    const log = {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: "envguard",
                        version,
                        informationUri: "https://github.com/envguard/envguard",
                        rules: descriptors,
                    },
                },
                results,
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./src/report/node-crypto.ts

// node:crypto loads all of its parts at once, about 3 ms of a pre-commit hook's run; a commit with
// nothing to report hashes nothing, so the module is loaded on the first hash instead of at start.
let loaded;
/** Node's crypto module, loaded on first call. */
function nodeCrypto() {
    loaded ??= (0,external_node_module_.createRequire)(import.meta.url)("node:crypto");
    return loaded;
}

// EXTERNAL MODULE: ./src/report/sha256.ts
var sha256 = __webpack_require__(7795);
;// CONCATENATED MODULE: ./src/scan/baseline.ts


function emptyBaseline() {
    return { version: 1, tool: "envguard", salt: nodeCrypto().randomBytes(16).toString("hex"), entries: [] };
}
function secretHash(baseline, secret) {
    if (secret === undefined)
        return "";
    return (0,sha256/* sha256Hex */.f)(`${baseline.salt}\u0000${secret}`);
}
function entryKey(e) {
    return `${e.rule}\u0000${e.path}\u0000${e.secretHash}`;
}
/** Parses a baseline file; returns a problem in words when it is not one. */
function parseBaseline(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return { ok: false, problem: "it is not valid JSON" };
    }
    const b = data;
    if (b?.version !== 1 ||
        typeof b.salt !== "string" ||
        !/^[0-9a-f]{16,}$/.test(b.salt) ||
        !Array.isArray(b.entries)) {
        return { ok: false, problem: 'it is not an envguard baseline (version 1, with "salt" and "entries")' };
    }
    for (const [i, e] of b.entries.entries()) {
        if (typeof e?.rule !== "string" || typeof e.path !== "string" || typeof e.secretHash !== "string") {
            return { ok: false, problem: `entry ${i + 1} needs "rule", "path" and "secretHash"` };
        }
    }
    return { ok: true, baseline: { version: 1, tool: "envguard", salt: b.salt, entries: b.entries } };
}
/** Stable text: entries sorted, one per line, so baseline diffs review well. */
function renderBaseline(baseline) {
    const entries = [...baseline.entries].sort((a, b) => a.path.localeCompare(b.path) ||
        a.rule.localeCompare(b.rule) ||
        a.secretHash.localeCompare(b.secretHash));
    const lines = entries.map((e) => `    ${JSON.stringify(e)}`);
    return `{\n  "version": 1,\n  "tool": "envguard",\n  "salt": ${JSON.stringify(baseline.salt)},\n  "entries": [\n${lines.join(",\n")}${lines.length ? "\n" : ""}  ]\n}\n`;
}

;// CONCATENATED MODULE: ./src/scan/keyword-automaton.ts
/**
 * Finds which of a set of lower-case ASCII keywords occur in a text, ignoring ASCII case: an
 * Aho–Corasick automaton over character codes, one table lookup per character, whatever the number
 * of keywords. It reports every occurrence, overlapping ones included, so a keyword is found exactly
 * when the text contains it; the same as a case-insensitive (non-Unicode) regex search for each
 * keyword, where only A–Z and a–z fold onto each other. A character outside ASCII is in no keyword.
 */
class KeywordAutomaton {
    keywords;
    /** The table, built when the warm-up ends (a short run never needs it). */
    built;
    /** The same search as one case-insensitive regex, for the first texts (see `warmUpChars`). */
    pattern;
    /** For each keyword (by index), the keywords it begins with, itself included; filled on first need. */
    prefixes = [];
    indexOf = new Map();
    /** Characters still to read with the regex before the table takes over. */
    warmUp;
    /**
     * `warmUpChars`: how much text is searched with a regex before the table is used. Until V8 has
     * compiled the table's loop it is slower than the regex engine, whose code is native from the
     * start: a short run (the pre-commit hook) is faster with the regex, a long one with the table.
     * Both find exactly the same keywords.
     */
    constructor(keywords, { warmUpChars = 256 * 1024 } = {}) {
        this.keywords = keywords;
        this.warmUp = warmUpChars;
        for (const k of keywords) {
            if (k === "" || /[^\x00-\x7f]/.test(k) || k !== k.toLowerCase())
                throw new Error(`a keyword must be non-empty lower-case ASCII: ${JSON.stringify(k)}`);
        }
        keywords.forEach((k, i) => {
            if (!this.indexOf.has(k))
                this.indexOf.set(k, i);
        });
        // Longest first, so the alternation matches the longest keyword starting at a position; the
        // shorter ones it begins with start there too.
        const longestFirst = [...new Set(keywords)].sort((a, b) => b.length - a.length);
        this.pattern = new RegExp(longestFirst.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi");
    }
    /**
     * Calls `found` once for each keyword (by index) that occurs in `text`, in order of first
     * occurrence; stops early when `found` returns true.
     */
    scan(text, found) {
        if (this.warmUp > 0) {
            this.warmUp -= text.length;
            this.scanByRegex(text, found);
            return;
        }
        this.built ??= buildTable(this.keywords);
        const { next, ends, output } = this.built;
        const seen = new Uint8Array(this.keywords.length);
        let state = 0;
        for (let i = 0; i < text.length; i++) {
            const code = text.charCodeAt(i);
            state = code < 128 ? next[(state << 7) | code] : 0;
            if (ends[state] === 0)
                continue;
            for (const k of output[state]) {
                if (seen[k] === 1)
                    continue;
                seen[k] = 1;
                if (found(k) === true)
                    return;
            }
        }
    }
    scanByRegex(text, found) {
        const pattern = this.pattern;
        const seen = new Uint8Array(this.keywords.length);
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
            // Keywords overlap ("ddapp" in "ddappostgres" hides "postgres"): look again one character on.
            pattern.lastIndex = m.index + 1;
            const longest = this.indexOf.get(m[0].toLowerCase());
            for (const k of this.prefixesOf(longest)) {
                if (seen[k] === 1)
                    continue;
                seen[k] = 1;
                if (found(k) === true)
                    return;
            }
        }
    }
    /** The keywords keyword `k` begins with, itself included (worked out once per keyword, on first need). */
    prefixesOf(k) {
        let list = this.prefixes[k];
        if (list === undefined) {
            const word = this.keywords[k];
            list = [];
            this.keywords.forEach((o, i) => {
                if (word.startsWith(o))
                    list?.push(i);
            });
            this.prefixes[k] = list;
        }
        return list;
    }
    /**
     * The end (exclusive) of a keyword occurrence that lies within the first occurrence to start at
     * `from` or later (the one that ends first, or the longest one that starts first: both lie inside
     * the first to start); -1 when no keyword occurs from `from` on.
     */
    firstEnd(text, from = 0) {
        if (this.warmUp > 0) {
            this.pattern.lastIndex = from;
            const m = this.pattern.exec(text);
            const end = m ? m.index + m[0].length : -1;
            this.warmUp -= (m ? end : text.length) - from;
            return end;
        }
        this.built ??= buildTable(this.keywords);
        const { next, ends } = this.built;
        let state = 0;
        for (let i = from; i < text.length; i++) {
            const code = text.charCodeAt(i);
            state = code < 128 ? next[(state << 7) | code] : 0;
            if (ends[state] === 1)
                return i + 1;
        }
        return -1;
    }
}
/** The Aho–Corasick automaton of `keywords` as a transition table. */
function buildTable(keywords) {
    // The trie, with the states numbered as they are made; state 0 is the root. Little work per
    // state: rows are copied, not computed.
    const children = [[]];
    const own = [[]];
    keywords.forEach((k, index) => {
        let state = 0;
        for (let i = 0; i < k.length; i++) {
            const code = k.charCodeAt(i);
            const kids = children[state];
            let to = kids.find(([c]) => c === code)?.[1];
            if (to === undefined) {
                to = children.length;
                children.push([]);
                own.push([]);
                kids.push([code, to]);
            }
            state = to;
        }
        own[state].push(index);
    });
    const states = children.length;
    // One array type only, so the scanning loops stay monomorphic.
    if (states > 0xffff)
        throw new Error(`too many keywords for one automaton (${states} states)`);
    const next = new Uint16Array(states * 128);
    const fail = new Uint16Array(states);
    const ends = new Uint8Array(states);
    const output = new Array(states).fill(undefined);
    // Breadth first: a state's failure link is a shallower state, whose row is complete. A state's
    // row is its failure state's row with its own children written over it.
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
        const state = queue[head];
        const link = fail[state];
        if (state !== 0)
            next.copyWithin(state * 128, link * 128, link * 128 + 128);
        const mine = own[state];
        const inherited = state === 0 ? undefined : output[link];
        if (mine.length > 0 || inherited) {
            output[state] = [...mine, ...(inherited ?? [])];
            ends[state] = 1;
        }
        for (const [code, child] of children[state]) {
            fail[child] = state === 0 ? 0 : next[link * 128 + code];
            next[state * 128 + code] = child;
            // Upper-case letters go where their lower-case letters go.
            if (code >= 97 && code <= 122)
                next[state * 128 + code - 32] = child;
            queue.push(child);
        }
    }
    return { next, ends, output };
}

;// CONCATENATED MODULE: ./src/scan/rules/finder-rule.ts
/**
 * Builds a rule in secretlint's style from a function that finds ranges, for rules whose matching
 * is more than one pattern (several syntaxes, each with its own secret group, and a filter).
 */
function finderRule(spec) {
    const rule = {
        messages: { Found: { en: () => `found ${spec.title}` } },
        meta: {
            id: spec.id,
            recommended: true,
            type: "scanner",
            supportedContentTypes: ["text"],
            docs: { url: "https://github.com/envguard/envguard#detection-rules" },
        },
        create(context) {
            const t = context.createTranslator(rule.messages);
            return {
                file(source) {
                    for (const [start, end] of spec.find(source.content)) {
                        if (end > start)
                            context.report({ message: t("Found"), range: [start, end] });
                    }
                },
            };
        },
    };
    const { find: _find, ...rest } = spec;
    return { ...rest, rule };
}

// EXTERNAL MODULE: ./src/scan/rules/generic/secret-key.ts
var secret_key = __webpack_require__(1697);
// EXTERNAL MODULE: ./src/scan/credential-shape.ts
var credential_shape = __webpack_require__(6952);
;// CONCATENATED MODULE: ./src/scan/rules/generic/value-shape.ts

/**
 * Whether a value assigned to a secret-named key is itself a credential, on top of
 * looksLikeCredential: the generic rules run on every line that mentions a password or a token,
 * so whatever only points at a secret (a reference, a variable, a file, a call), hashes of one,
 * and words are left alone.
 */
/** Secret-store and cloud references that are not URLs: `arn:aws:secretsmanager:…`, `op:…`. */
const REFERENCE = /^(?:arn:aws[\w-]*:|vault:|ssm:|aws-sm:|gcp-sm:|azure-kv:|keyvault:|secretsmanager:|op:|sops:|ref\+|env:|file:|projects\/[^/]+\/secrets\/)/i;
/** Hashes of a secret rather than the secret: SRI, digests, crypt(3) and framework hash formats. */
const HASH = [
    /^sha(?:1|224|256|384|512)-[A-Za-z0-9+/]{20,}={0,2}$/, // subresource integrity (lockfiles)
    /^(?:sha\d+|md5|blake2b?|sha3-\d+):[0-9a-f]{32,}$/i, // sha256:… digests
    /^\$(?:2[abxy]?|argon2(?:id|i|d)|[1567]|y|gy|md5|pbkdf2(?:-sha\d+)?|scrypt|sha\d+)\$/, // crypt(3)
    /^(?:pbkdf2_sha\d+|argon2|bcrypt(?:_sha256)?|scrypt|sha1|md5)\$/, // Django, Werkzeug
];
/** Looks like a file path: absolute, home- or dot-relative, a Windows drive, or a name with a file extension. */
function isPath(value) {
    if (/^(?:~|\.{1,2})?\/(?!\/)/.test(value) || /^[A-Za-z]:[\\/]/.test(value))
        return true;
    return /^(?:[\w.-]+\/)*[\w-]+(?:\.[\w-]+)*\.(?:pem|key|crt|cer|der|p12|pfx|jks|json|ya?ml|toml|txt|env|ini|conf|cfg|properties|secret|gpg|asc|enc|pub)$/i.test(value);
}
/**
 * Made of words only: names and expressions (`dbPassword`, `DB_PASSWORD`, `process.env.API_KEY`,
 * `SyntaxKind.EndOfFileToken`, `ed25519.Ed25519PrivateKey`, `auth.password.label`) and words with
 * punctuation (`(optional)`, `Not-Set!`, `Summer2024!`), as opposed to generated text, where case
 * changes and digits fall anywhere.
 *
 * Each run between punctuation is one case with digits at the end (`password`, `API`, `v2`) or
 * camel case: a lower-case, capitalised or one-letter start (`TKey`), then capitalised words
 * (`Of`, `Token`, `Ed25519`) and short acronyms (`ID`, `HTTP`). On average a word has three
 * letters or more: base64 that happens to split into such words does not (`dXNlcjpS…` is
 * d·X·Nlcjp·S…).
 */
function isWordy(value) {
    const words = [];
    for (const run of value.split(/[^A-Za-z0-9]+/)) {
        if (run === "")
            continue;
        if (/^(?:[a-z]+|[A-Z]+)?\d{0,6}$/.test(run)) {
            words.push(run);
            continue;
        }
        // A short hex id after words (`product-input-041de6`, `cache-7f3a`) names a thing, like a number.
        if (words.length >= 2 && /^[0-9a-f]{4,8}$/.test(run)) {
            words.push("0");
            continue;
        }
        const parts = run.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/);
        const ok = parts.every((p, i) => i === 0
            ? /^(?:[a-z]+|[A-Z][a-z]*|[A-Z]{2,5})\d{0,6}$/.test(p)
            : /^(?:[A-Z][a-z]+|[A-Z]{2,5})\d{0,6}$|^[A-Z]\d+$/.test(p));
        if (!ok)
            return false;
        words.push(...parts);
    }
    // Versions (v2, V10) and numbers count for nothing in the average.
    const named = words.filter((w) => !/^[A-Za-z]?\d+$/.test(w));
    if (words.length === 0)
        return false;
    return named.length <= 1 || named.join("").replace(/\d/g, "").length >= 3 * named.length;
}
/** True when a value assigned to a secret-named key is a credential worth reporting. */
function isAssignedSecret(value, { bare, next }) {
    if (value.length < 8 || value.length > 4096 || /\s/.test(value))
        return false;
    if (value.includes("://"))
        return false; // URLs: the URL rule reports their passwords
    if (bare) {
        if (next === "(" || next === "[")
            return false; // os.getenv(…), ENC(…), secrets[…]
        // $VAR, $(cmd), @var, YAML anchors, aliases, tags and block scalars, templates, containers
        if (/^[$@&*!|>%{[<#]/.test(value))
            return false;
    }
    if (/^[\w$.]+\(.*\)$/.test(value))
        return false; // getSecret(), ENC(…)
    if (/\{[\w.\s-]*\}/.test(value))
        return false; // "prefix-{name}" format strings
    if (/\\[dwsbDWSB]|\[\^|\(\?[:=!<]|\.[*+]|\{\d+(?:,\d*)?\}/.test(value))
        return false; // regular expressions
    // URL-encoded text (`secret%3Dpassword`) is judged by what it says once decoded.
    if (/%[0-9A-Fa-f]{2}/.test(value)) {
        const decoded = decodeURIComponentSafe(value);
        if (decoded !== value && ((0,credential_shape/* isPlaceholder */.wK)(decoded) || isWordy(decoded)))
            return false;
    }
    if (REFERENCE.test(value) || HASH.some((re) => re.test(value)) || isPath(value))
        return false;
    if ((0,credential_shape/* isPlaceholder */.wK)(value) || isWordy(value))
        return false;
    const decoded = decodeBase64Text(value);
    if (decoded !== undefined) {
        // base64 of text: prose ("not my real password") is no credential; user:password pairs and
        // single words are judged by what they encode (`YWRtaW46YWRtaW4=` is admin:admin).
        if (/\s/.test(decoded))
            return false;
        const pair = /^[^:]+:(.+)$/.exec(decoded);
        if (!isAssignedSecret(pair?.[1] ?? decoded, { bare: false }))
            return false;
    }
    return (0,credential_shape/* looksLikeCredential */.Pv)(value, { secretKey: true });
}
function decodeURIComponentSafe(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}
/** The text a base64 value encodes, when it is base64 of printable ASCII; otherwise undefined. */
function decodeBase64Text(value) {
    if (value.length < 12 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value))
        return undefined;
    const decoded = Buffer.from(value, "base64").toString("latin1");
    return /^[\x20-\x7e]+$/.test(decoded) ? decoded : undefined;
}

;// CONCATENATED MODULE: ./src/scan/rules/generic/assignment.ts




/**
 * `KEY = value` in the syntaxes a secret is written in: `.env` and shell (`export KEY="v"`), JSON
 * (`"key": "v"`), YAML (`key: v`), TOML and INI (`key = "v"`), Java properties (`a.key=v`), code
 * (`const key = "v"`, `key: 'v'`, `key := "v"`, `"key" => "v"`, `os.environ["KEY"] = "v"`,
 * `obj.key = "v"`, `key: str = "v"`), query strings (`?key=v&`) and command lines (`--key=v`).
 *
 * The key: starts where a name can start (not inside another name) and ends with a secret word;
 * it may be quoted or subscripted. The value: on the same line, quoted (the secret is what is
 * between the quotes) or bare (up to white space or punctuation that ends a value in code).
 */
const ASSIGNMENT = new RegExp([
    String.raw `(?<![\w$.\-])(?<key>[\w$.\-]*?${secret_key/* SECRET_KEY_END */.f4})`,
    String.raw `["'\x60]?\]?[?!]?[ \t]*`,
    // a type annotation before `=` (TypeScript, Python, Kotlin), or an assignment operator
    String.raw `(?::[ \t]*[A-Za-z_][\w.]*(?:<[^<>\n]*>|\[[^\]\n]*\])?(?:[ \t]*\|[ \t]*[A-Za-z_][\w.]*)*[ \t]*=(?![=>~])|:=|=>|=(?![=>~])|:(?![:=/]))`,
    String.raw `[ \t]*(?:[bBrRuU]{0,2}"(?<dq>[^"\\\n]*(?:\\.[^"\\\n]*)*)"|[bBrRuU]{0,2}'(?<sq>[^'\\\n]*(?:\\.[^'\\\n]*)*)'|\x60(?<bq>[^\x60\\\n]*)\x60|(?<bare>[^\s"'\x60,;&(){}\[\]<>]+))`,
].join(""), 
// Sticky: tried only where a key can start, at the start of a name holding a secret word (see
// `assignments`); the lazy key prefix makes trying it at every name in the text slow.
"iyd");
/**
 * The secret words (SECRET_KEY_END's, ignoring ASCII case, as its case-insensitive regex reads
 * them), found anywhere in one pass over the text.
 */
const SECRET_WORDS = new KeywordAutomaton(secret_key/* SECRET_KEY_END_WORDS */.Tb);
/** `<password>value</password>` (XML configs: Maven settings, .NET, Tomcat). */
const ELEMENT = new RegExp(String.raw `<(?<key>[\w.:\-]*?${secret_key/* SECRET_KEY_END */.f4})(?:\s[^<>]*)?>(?<value>[^<>\n]+)</\k<key>\s*>`, "gid");
/** `user:password@host` as a value: only the password is the secret. */
const USERINFO = /^[^\s:/@]+:(?<password>[^\s@/]+)@[^\s@]+$/d;
function* findAssignments(text) {
    const found = [];
    for (const m of assignments(text)) {
        const key = m.groups?.key;
        if (key === undefined || !(0,secret_key/* isSecretKeyName */.NN)(key) || inExampleUrl(text, m.index))
            continue;
        const name = ["dq", "sq", "bq", "bare"].find((g) => m.groups?.[g] !== undefined);
        const span = name && m.indices?.groups?.[name];
        if (!name || !span)
            continue;
        const range = secretIn(text, span, name === "bare");
        if (range)
            found.push(range);
    }
    for (const m of text.matchAll(ELEMENT)) {
        const span = m.indices?.groups?.value;
        if (span && m.groups?.key && (0,secret_key/* isSecretKeyName */.NN)(m.groups.key)) {
            const range = secretIn(text, trim(text, span), false);
            if (range)
                found.push(range);
        }
    }
    yield* found.sort((a, b) => a[0] - b[0]);
}
/**
 * The matches of ASSIGNMENT, as `text.matchAll` with a global ASSIGNMENT would give them. A match
 * starts where a name starts (a character in `[\w$.\-]` not preceded by one) and its key holds a
 * secret word inside that name, so only the starts of names holding a secret word need be tried,
 * in order, skipping those inside the previous match.
 */
function* assignments(text) {
    let from = 0;
    for (let name = nextSecretName(text, 0); name; name = nextSecretName(text, Math.max(name[1], from))) {
        const [start] = name;
        if (start >= from) {
            ASSIGNMENT.lastIndex = start;
            const m = ASSIGNMENT.exec(text);
            if (m) {
                from = ASSIGNMENT.lastIndex;
                yield m;
            }
        }
    }
}
/**
 * The first name (a maximal run of `[\w$.\-]`) holding a secret word that starts at `from` or
 * later, as `[start, end)` of the whole name (which may begin before `from`); undefined when there
 * is none. Secret words are made of name characters, so each lies inside one name.
 */
function nextSecretName(text, from) {
    const wordEnd = SECRET_WORDS.firstEnd(text, from);
    if (wordEnd === -1)
        return undefined;
    let start = wordEnd - 1;
    while (start > 0 && isNameChar(text.charCodeAt(start - 1)))
        start--;
    let end = wordEnd;
    while (end < text.length && isNameChar(text.charCodeAt(end)))
        end++;
    return [start, end];
}
/** `[\w$.\-]`: a character of a name, as the key's pattern reads one. */
function isNameChar(c) {
    return ((c >= 97 && c <= 122) || // a-z
        (c >= 65 && c <= 90) || // A-Z
        (c >= 48 && c <= 57) || // 0-9
        c === 95 || // _
        c === 36 || // $
        c === 46 || // .
        c === 45 // -
    );
}
/** The key is a parameter of a URL on a documentation host: `https://example.com/cb?access_token=…`. */
function inExampleUrl(text, index) {
    const window = text.slice(Math.max(0, index - 1024), index);
    const before = window.slice(window.lastIndexOf("\n") + 1);
    if (!before.includes("://") || !/example/i.test(before))
        return false;
    return /[a-z][a-z0-9+.-]*:\/\/(?:[^\s/?#@]*@)?(?:[^\s/?#]*\.)?example(?:\.[a-z]+)*(?::\d+)?(?:[/?#][^\s]*)?$/i.test(before);
}
function trim(text, [start, end]) {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text.charAt(s)))
        s++;
    while (e > s && /\s/.test(text.charAt(e - 1)))
        e--;
    return [s, e];
}
function secretIn(text, [start, end], bare) {
    const value = text.slice(start, end);
    const userinfo = USERINFO.exec(value);
    const password = userinfo?.indices?.groups?.password;
    if (password) {
        const secret = value.slice(password[0], password[1]);
        return isAssignedSecret(secret, { bare: false }) ? [start + password[0], start + password[1]] : undefined;
    }
    return isAssignedSecret(value, { bare, next: text.charAt(end) }) ? [start, end] : undefined;
}
const genericAssignment = finderRule({
    id: "secret/generic-assignment",
    title: "credential assigned to a secret-named key",
    description: `A key whose name ends with a secret word (password, passwd, pwd, secret, token, auth, credential(s), api/access/private/secret/signing key, …; DB_PASSWORD, githubToken, db.password) assigned a value shaped like a generated credential (length, entropy, mixed characters), in .env, shell, JSON, YAML, TOML, INI, properties, XML or code. Placeholders, references (\${VAR}, vault://…), expressions (process.env.X, os.getenv(…)), paths, hashes and words are left alone.`,
    fix: "Move the value to a secret store or an untracked .env file, read it at run time (process.env, a secret reference), and rotate it: it is in the repository's history.",
    severity: "error",
    keywords: secret_key/* SECRET_KEY_KEYWORDS */.si,
    find: findAssignments,
    samples: {
        positive: [
            // .env and shell
            "DB_PASSWORD=«xRSd9TIom6b8»",
            'export GITHUB_TOKEN="«rFql40ZD8vSY8ppW-c7e»"',
            "export STRIPE_SECRET='«V8a4BTLHeGP6-Ztt»'",
            "PGPASSWORD=«6TDQmVfg-cyG4» psql -h db.internal",
            "SESSION_SECRET=«8xwD8k5GVC4mSLqSbalV» # rotated monthly",
            "  - POSTGRES_PASSWORD=«Qm7t2Rz9Lx4w»",
            "mysql --user=app --password=«u8Jk2mXq9ZpL» app_db",
            // JSON
            '{ "apiKey": "«J-kCsYqWnKfpAtHh5sms»" }',
            '{"db":{"password":"«ieGOfKYOtuyc68YH»"}}',
            '"client_secret": "«bZdUgEsDBeTOypPrJtxZciyZf9KmSAGZ»",',
            // YAML
            "api_key: «wnigotcKwsVaRyJxtAMgDJ3z»",
            "  auth_token: '«2GrRoOltq_rWgvOwFDb5bgmF»'",
            "    password: «s3Vq8-Lp2Wz7»  # prod",
            "credentials: «mfa3lQGHrFCoCJ7No7oc8Kiq1Z8Xb6RO»",
            "private_key: «ChenQaPgx6YxgAhzJ5qgqYws5fO5LByz52Y1YuCl»",
            "aws_secret_access_key: «EWk2geB8wPW2McRg33ZJIXFU0KLFJOUG»",
            // TOML, INI, properties
            'password = "«h7Rk2pQz9XvB»"',
            "secret_key = «d92b50de74afcd428cb8dc270550»",
            "spring.datasource.password=«2h4TpCApoqnbPBbD»",
            "db.password = «Np3x-Wq7z-Lk2m»",
            "mail.smtp.auth.token=«K_-cXLNCpvwORp0wgYGb9VJN»",
            // code
            'const apiKey = "«mQPKefgoKIfPsokWAtg1ME3Nu6NhFRpu»";',
            "const config = { password: '«Tz8qW2mLx5Rv»', user: 'app' };",
            'os.environ["OPENAI_TOKEN"] = "«cXLNCpvwORp0wgYGb9VJN2h4»"',
            "config.secret = '«HVAcG2Wm8k4Zr7Qp»';",
            'api_key="«qP4wT9zR2xL7mK3v»"',
            'token := "«Zk3mW8qT5vX2rL9p»"',
            '"signing_key" => "«F4gH8jK2lP9qR3tW»",',
            'private static final String ENCRYPTION_KEY = "«Vb6Nm2Qw8Er4Ty1U»";',
            'api_key: str = "«Lp9Ko8Ij7Uh6Yg5T»"',
            "const dbPassword: string = `«Wq2Er4Ty6Ui8Op0A»`;",
            "ENV['MASTER_KEY'] = '«c828649e255f2dbb22d901c7ab92086e»'",
            "$password = '«Gh5Jk7Lm9Np2Qr4S»';",
            "githubToken: «ghb9Xk2Lm4Qp7Rz1»,",
            "fetch(`/v1/items?access_token=«Yt7Ui9Op2As4Df6G»&limit=10`)",
            "<password>«Mn8Bv6Cx4Zl2Kj0H»</password>",
            'basic_auth: "admin:«Rt5Yu7Io9Pa2Sd4F»@db.internal"',
            'auth: "«dXNlcjpSdDVZdTdJbzlQYTJTZDRG»"',
        ],
        negative: [
            // placeholders of every kind
            "DB_PASSWORD=changeme",
            "DB_PASSWORD=",
            'API_KEY="<your-api-key>"',
            `API_KEY=\${API_KEY}`,
            "GITHUB_TOKEN=$GITHUB_TOKEN",
            "token: {{ .Values.token }}",
            `token: \${{ secrets.NPM_TOKEN }}`,
            'password = "%s"',
            "secret_key = xxxxxxxxxxxxxxxx",
            "API_KEY=sk_live_xxx",
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            'apiKey: "example-key-123456"',
            "password: dummy-password-1",
            "password: test",
            "PASSWORD=testing",
            "api_key: your-api-key-here",
            "token: put-your-token-here",
            "password: '********'",
            "secret = 0000000000000000",
            "api_key: 123e4567-e89b-12d3-a456-426614174000",
            "password: '[REDACTED]'",
            "token: sk-...4f2a",
            "API_TOKEN=1234567890abcdef",
            // references and expressions
            "password: vault://kv/app#password",
            "DB_PASSWORD=aws-sm://prod/db/password",
            "API_TOKEN=env://API_TOKEN",
            "private_key: file:///run/secrets/signing.pem",
            "secret: arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-Ab12Cd",
            "const apiKey = process.env.API_KEY;",
            "const apiKey = process.env.API_KEY!;",
            'api_key = os.getenv("API_KEY")',
            'password = os.environ.get("DB_PASSWORD", "")',
            "token = getSecret()",
            "const token = await secrets.get('github');",
            "password: z.string().min(12),",
            "password: req.body.password,",
            "password = var.db_password",
            "this.apiKey = apiKey;",
            "self._token = token",
            "password: dbPassword,",
            'password: "DB_PASSWORD"',
            "spring.datasource.password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)",
            'TOKEN="$(gh auth token)"',
            "PASSWORD=%DB_PASSWORD%",
            "password: '<%= ENV[\"DB_PASSWORD\"] %>'",
            "password: !vault |",
            "password: *default_password",
            'api_key = f"{prefix}-{name}"',
            // booleans, numbers, paths, words
            "auth: true",
            "auth: false",
            "password: null",
            "token: 0",
            "TOKEN_TTL=3600",
            "password: 20240131",
            "PWD=/home/runner/work/app",
            "private_key: /etc/ssl/private/server.key",
            "token: secrets/token.txt",
            "credentials: include",
            "credentials: 'same-origin'",
            "auth: basic",
            "password: '(optional)'",
            "secret: Summer2024!",
            "password: hunter2",
            // keys that only name a secret
            "password_policy: strict",
            "token_url: https://auth.example.com/oauth/token",
            "passwordMinLength = 12",
            "password_min_length: 12",
            "secretName: db-credentials-v2",
            "tokenEndpoint: https://login.example.org/token",
            "auth_provider: github",
            "password_file: /run/secrets/db_password",
            "PASSWORD_HASH=$2b$12$C6UzMDM.H6dfI/f/IKcEeO5Q6kNnqXW1KpNeCz7pJYhQK1dOL0b6S",
            'password: "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$Y2hlY2tzdW0"',
            "bypass = aB3dE5gH7jK9",
            "compass: Zx9Yw8Vu7Ts6",
            "primary_key: Tz8qW2mLx5Rv",
            "token_count: 8192",
            "authToken?: string;",
            "password: string;",
            "if (password === 'Gh5Jk7Lm9Np2Qr4S') {",
            "token => token.trim()",
            "readonly operatorToken: TOperator;",
            "const message = this.lookahead.value ? Messages.UnexpectedToken : messages_1.Messages.MissingFromClause;",
            "auth: 'c2hhcmVkOm5vdCBhIHJlYWwgb25l', // base64 of prose",
            "password: cGFzc3dvcmQxMjM=",
            "auth: YWRtaW46YWRtaW4=",
            "def sign(self, private_key: ed25519.Ed25519PrivateKey) -> bytes:",
            "token_pattern = r'[^\\W\\d][\\w-]*'",
            '"oauth_token_secret=secret%3Dpassword&oauth_token=lock%26key"',
            "Location: https://app.example.com/callback#access_token=Qw8Er4Ty1UVb6Nm2&token_type=bearer",
            // hashes and ids under keys that do not name a secret
            '"integrity": "sha512-7Wq2Er4Ty6Ui8Op0AGh5Jk7Lm9Np2Qr4STz8qW2mLx5RvYt7Ui9Op2As4Df6GHVAcG2Wm8k4Zr7Qp==",',
            '  resolved "https://registry.yarnpkg.com/js-tokens/-/js-tokens-4.0.0.tgz#19203fb59991df98e3a287050d4647cdeaf32499"',
            "  integrity sha512-RdJUflcE3cUzKiMqQgsCu06FPu9UdIJO0beYbPhHN4k6apgJtifcoCtT9bcxOpYBtpD2kCM6Sbzg4CausW/PKQ==",
            '"node_modules/js-tokens": {',
            '"node_modules/@auth/core": { "version": "0.37.2", "resolved": "https://registry.npmjs.org/@auth/core/-/core-0.37.2.tgz" }',
            "  token-types@5.0.1:",
            // URLs belong to secret/generic-url-password
            "DB_PASSWORD=postgres://app:Qm7t2Rz9Lx4w@db.internal/app",
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/generic/url-password.ts


/**
 * `scheme://user:password@host` anywhere (connection strings, remotes, registry URLs), in any
 * file: the password is the secret, whatever the key or the syntax around it. User and password
 * stop at the characters that end a URL's user information or a URL in text.
 */
const URL_WITH_PASSWORD = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*:\/\/(?<user>[^\s:/?#@"'`<>]*):(?<password>[^\s/?#@"'`<>]+)@(?<host>[^\s/?#@"'`<>]+)/dg;
function decode(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}
function* findUrlPasswords(text) {
    for (const m of text.matchAll(URL_WITH_PASSWORD)) {
        const span = m.indices?.groups?.password;
        const host = m.groups?.host ?? "";
        if (!span || !m.groups?.password)
            continue;
        // Documentation hosts (RFC 2606: example.com, *.example, …) are never real.
        if (/(?:^|\.)example(?:\.|$|:)/i.test(host))
            continue;
        if (!isAssignedSecret(decode(m.groups.password), { bare: false }))
            continue;
        yield [span[0], span[1]];
    }
}
const genericUrlPassword = finderRule({
    id: "secret/generic-url-password",
    title: "password in a URL",
    description: `A URL with a password in its user information (scheme://user:password@host): connection strings, git remotes, registry URLs. The password must look generated: placeholders (<password>, \${DB_PASSWORD}), words (postgres, guest) and example hosts are left alone.`,
    fix: "Take the password out of the URL: build the URL at run time from a secret (an environment variable or a secret store), and rotate the password.",
    severity: "error",
    keywords: ["://"],
    find: findUrlPasswords,
    samples: {
        positive: [
            "DATABASE_URL=postgres://app:«Qm7t2Rz9Lx4w»@db.internal:5432/app",
            "url: mongodb+srv://admin:«Vb6Nm2Qw8Er4Ty1U»@cluster0.a1b2c.mongodb.net/prod?retryWrites=true",
            'const redis = createClient({ url: "redis://:«Tz8qW2mLx5Rv»@cache.internal:6379/0" });',
            "git remote add origin https://deploy:«Lp9Ko8Ij7Uh6Yg5T»@git.internal.corp/team/app.git",
            "amqps://worker:«h7Rk2pQz9XvB%21»@mq.internal/vhost",
            "jdbc:mysql://root:«F4gH8jK2lP9qR3tW»@10.0.3.7:3306/orders",
            "proxy=http://svc-build:«Np3x-Wq7z-Lk2m»@proxy.corp.internal:3128",
        ],
        negative: [
            "DATABASE_URL=postgres://user:password@localhost:5432/app",
            "DATABASE_URL=postgres://postgres:postgres@localhost/app",
            "amqp://guest:guest@localhost:5672",
            "mongodb+srv://admin:<password>@cluster0.a1b2c.mongodb.net/prod",
            `postgres://app:\${DB_PASSWORD}@db.internal/app`,
            `postgres://\${DB_USER}:\${DB_PASS}@\${DB_HOST}/app`,
            "redis://:%REDIS_PASSWORD%@cache:6379",
            "https://user:Qm7t2Rz9Lx4w@example.com/repo.git",
            "https://deploy:Lp9Ko8Ij7Uh6Yg5T@git.example.org/team/app.git",
            "postgres://app:changeme@db.internal/app",
            "postgres://app:xxxxxxxxxxxx@db.internal/app",
            "https://registry.npmjs.org/@auth/core/-/core-0.37.2.tgz",
            "git@github.com:envguard/envguard.git",
            "ssh://git@github.com:22/envguard/envguard.git",
            "https://db.internal:5432/app",
            "http://[::1]:8080/health",
            "postgres://app:dbPassword@db.internal/app",
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/generic/index.ts


/** Generic credential rules: a secret-looking key assigned a credential-shaped value, a password in a URL. */
const GENERIC_RULES = [genericUrlPassword, genericAssignment];

// EXTERNAL MODULE: ./node_modules/@secretlint/secretlint-rule-preset-recommend/module/index.js
var secretlint_rule_preset_recommend_module = __webpack_require__(1577);
;// CONCATENATED MODULE: ./src/scan/rules/preset.ts

// Keywords are chosen from each rule's source (secretlint-rule-preset-recommend 12.0.0): every
// listed substring, lower-cased, is one of which at least one must occur in any text the rule can
// report on. test/scan/rules/preset-keywords.test.ts fuzzes that claim against the rules
// themselves; re-read the rules (and re-run it) when the preset is upgraded.
//
// Keywords also avoid containing another rule's keyword (the generic rules' "secret", "auth",
// "access_key", the URL rules' "://"): where a rule needs such a word, it shares that keyword, so
// that no rule's keyword can hide another's however the prefilter treats overlapping matches.
//
// Where a rule reports a range that is not the secret itself (aws, npm's `_authToken=` and
// x-oauth-basic cases, basicauth, database-connection-string, privatekey, gcp), the samples say
// so, and mark with « » only ranges that are exactly what the rule reports.
//
// All sample values below are random fakes made up for these tests.
const PREFIX = "@secretlint/secretlint-rule-";
function creator(short) {
    const found = secretlint_rule_preset_recommend_module/* rules */.a.find((r) => r.meta.id === `${PREFIX}${short}`);
    if (!found)
        throw new Error(`secretlint's recommended preset has no rule ${PREFIX}${short}`);
    return found;
}
function preset(short, spec) {
    return { id: `secretlint/${short}`, rule: creator(short), ...spec };
}
/** A PEM block with the body wrapped at 64 columns, joined with `eol` (a real or an escaped newline). */
function pem(label, body, eol = "\n") {
    const lines = body.match(/.{1,64}/g) ?? [];
    return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join(eol);
}
const KEY_BODY_1 = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC4aw63sDJ9pMIHPbyLabAypDSYbFWP/GWpbGsOYKv/iuaHTep0IG5Zy" +
    "xmYGOksFaB3Bc8zesq+lsfozfQqPN6IwwSGd02IcMCQocO5wF9HhGvHHN1Z1SmEp7J0FOKhKMBgOEH7SG+bhhqDg+Nn9xpdsC1x9e+7lM5" +
    "Kyw0OSd2owD0Dq1VV+inE8nvOs7SPSTcfbdTJVYxx2mGywo+MSD4ptgk7y80dxOF1aJ7ppYfO/D4kSobPih/JzKBA8EgFrOCBw3wkm2fo";
const KEY_BODY_2 = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACDjApVdeci58tH3cxaNkqfec" +
    "ezLBD90tqi0OdB665SXBAaLulhHub5gjyhX6C38EYeEsoXkZ8fAovvdAVt1BGjLpDSo90yb0pjT+ngN3FwMwKZwQUH5M8Z1kUaZPlZjwW05";
const OPS_1 = "ops_eyJlbWFpbCI6InZ1dHl2bGxrcW9hY3lAMXBhc3N3b3Jkc2VydmljZWFjY291bnRzLmxjbCIsIm11ayI6eyJhbGciOiJBMjU2R0NNIiwiZXh0Ijp0cnVlLCJrIjoiYnNUa2wzemVlRkRBVmRPcmV3cFRwU2s4Z0J0d0RuMktQRm1mc0xhRmRrbiIsImtleV9vcHMiOlsiZW5jcnlwdCIsImRlY3J5cHQiXSwia3R5Ijoib2N0Iiwia2lkIjoibXAifSwic2VjcmV0S2V5IjoiQTMtQ1hNRjNNLVhUOU5STCIsInNycFgiOiIwMWNkNDI3MzYzYjMzNTNmY2M0NjRlZmI5ODU1MGYzZDU0NjdlM2M2OWEwODdiMjIwMDY0MDZkNGNmZTgzNzNkIiwic2lnbkluQWRkcmVzcyI6Im15LjFwYXNzd29yZC5jb20ifQ==";
const OPS_2 = "ops_eyJlbWFpbCI6InducXN2dmxicWtsb29AMXBhc3N3b3Jkc2VydmljZWFjY291bnRzLmxjbCIsIm11ayI6eyJhbGciOiJBMjU2R0NNIiwiZXh0Ijp0cnVlLCJrIjoid1JvNkRLMnJ2ZG5hdVlHN2h5MHg2R2xFMFM5Q0lKY0ZkZnNUdXoxYmNXbSIsImtleV9vcHMiOlsiZW5jcnlwdCIsImRlY3J5cHQiXSwia3R5Ijoib2N0Iiwia2lkIjoibXAifSwic2VjcmV0S2V5IjoiQTMtQ003QzUzLUdFNzhXWSIsInNycFgiOiI4NTU1ZDM1Y2UxMjQzZWQ3MjQ3YjRkMTMwNDMwYjZiODcxNGRiZWQ1Y2Y1MmJhNmRmMWQwYzFkNTAxYjM0NjgxIiwic2lnbkluQWRkcmVzcyI6Im15LjFwYXNzd29yZC5jb20ifQ==";
/** A GCP service-account key file (JSON), as `gcloud iam service-accounts keys create` writes it. */
function serviceAccountJson(project, keyId, body) {
    return JSON.stringify({
        type: "service_account",
        project_id: project,
        private_key_id: keyId,
        private_key: `${pem("PRIVATE KEY", body)}\n`,
        client_email: `deployer@${project}.iam.gserviceaccount.com`,
        client_id: "104829360173552810465",
        token_uri: "https://oauth2.googleapis.com/token",
    }, null, 2);
}
/**
 * secretlint's recommended preset, rule by rule, each with the keywords that gate it.
 *
 * `secretlint/gcp` reports only on `.json` (and `.p12`) paths and `secretlint/filter-comments`
 * reports nothing (it withdraws other rules' findings on lines with `secretlint-disable…`
 * comments): their samples are checked, with a path and in their own sense, by
 * preset-keywords.test.ts.
 */
const PRESET_RULES = [
    preset("aws", {
        title: "AWS secret access key",
        description: "An AWS secret access key (40 characters of [A-Za-z0-9/+=]) assigned to a key named like aws_secret_access_key / SecretAccessKey, as in AWS's credential files (secretlint's git-secrets-derived pattern; access key ids alone are not reported, and AWS's documented example key is ignored). The reported range starts at the key name.",
        fix: "Deactivate and delete the access key in IAM (Users › Security credentials), create a new one if still needed, and load it from the environment, an AWS profile or a role instead of a file.",
        severity: "error",
        // (SECRET|secret|Secret)_?(ACCESS|access|Access)_?(KEY|key|Key): lower-cased, the text holds
        // "access_key" or "accesskey" (the generic rules' keywords too: shared, so neither hides the
        // other, as "secret_access" would hide their "secret").
        keywords: ["access_key", "accesskey"],
        samples: {
            // Unmarked: secretlint reports the 40 characters from the start of the key name.
            positive: [
                "AWS_SECRET_ACCESS_KEY=MUADeQUPIAWlzyADlUXME8kuVYs4KIyYRumwT4fc",
                'aws_secret_access_key = "nGbFoOCtarL6txZoNHNIyw8ofD4y9bTfigh8Nzme"',
                '{ "SecretAccessKey": "nGbFoOCtarL6txZoNHNIyw8ofD4y9bTfigh8Nzme" }',
            ],
            negative: [
                "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", // AWS's documented example
                "AWS_SECRET_ACCESS_KEY=MUADeQUPIAWlzyADlUXME8kuVYs4KIyYRumwT4f", // 39 characters
                "AWS_SECRET_ACCESS_KEY=MUADeQUPIAWlzyADlUXME8kuVYs4KIyYRumwT4fcX", // 41 characters
                `AWS_SECRET_ACCESS_KEY=\${AWS_SECRET_ACCESS_KEY}`,
                "AWS_ACCESS_KEY_ID=AKIAQ3EGRJ5XMPLW4N7Z", // an access key id alone is not reported
            ],
        },
    }),
    preset("gcp", {
        title: "Google Cloud service-account key file",
        description: "A Google Cloud service-account key: a JSON file with private_key_id and a private_key holding a PEM private key (as `gcloud iam service-accounts keys create` writes it), or a .p12 key file protected with Google's fixed password `notasecret`. Reported on the whole file.",
        fix: "Delete the key in the Google Cloud console (IAM › Service accounts › Keys), prefer workload identity federation or attached service accounts, and keep any key file out of the repository.",
        severity: "error",
        // The JSON branch needs the keys private_key_id and private_key, written literally or with
        // \uXXXX escapes. The .p12 branch reads the file from disk by path and never looks at the
        // text; a .p12 file is binary, and sources skip binary files before content rules run.
        keywords: ["private_key", "\\u"],
        samples: {
            positive: [
                serviceAccountJson("billing-prod-4821", "3f1c9a7be05d42e8b61f0c7d2a9e4b5c8d7f6a01", KEY_BODY_1),
                serviceAccountJson("etl-staging-2207", "a93e5d10c4b7f2869e0d1c3b5a7f9e2d4c6b8a0f", KEY_BODY_1.slice(0, 200)),
            ],
            negative: [
                // No private_key_id.
                JSON.stringify({ type: "service_account", private_key: `${pem("PRIVATE KEY", KEY_BODY_1)}\n` }),
                // A private_key that is not a PEM private key.
                JSON.stringify({ private_key_id: "3f1c9a7be05d42e8", private_key: `\${GCP_PRIVATE_KEY}` }),
            ],
        },
    }),
    preset("privatekey", {
        title: "Private key (PEM)",
        description: "A PEM private key block (-----BEGIN [RSA|DSA|EC|OPENSSH|PGP ]PRIVATE KEY-----) whose body is at least 100 base64 characters starting like DER (MI…) or an OpenSSH key, also inside JSON strings with \\n escapes. Reported on the whole block.",
        fix: "Treat the key pair as compromised: revoke or replace it wherever its public key is trusted (servers' authorized_keys, certificates, deploy keys) and keep private keys in a secret store or agent.",
        severity: "error",
        // The pattern needs the literal "PRIVATE KEY" (case-sensitive) between BEGIN and the dashes.
        keywords: ["private key"],
        samples: {
            positive: [
                `«${pem("RSA PRIVATE KEY", KEY_BODY_1)}»`,
                `key: |\n  «${pem("OPENSSH PRIVATE KEY", KEY_BODY_2, "\n  ")}»\n`,
                `{ "key": "«${pem("PRIVATE KEY", KEY_BODY_1, "\\n")}»\\n" }`,
            ],
            negative: [
                pem("RSA PRIVATE KEY", "..."),
                pem("PRIVATE KEY", `AAAA${KEY_BODY_1.slice(4)}`), // not DER, not OpenSSH
                pem("PUBLIC KEY", KEY_BODY_1),
                pem("PRIVATE KEY", KEY_BODY_1.slice(0, 90)), // too short to be a key
            ],
        },
    }),
    preset("npm", {
        title: "npm access token",
        description: "An npm access token (npm_ followed by 36 characters, npm's 2021 format); in .npmrc files also any literal _authToken= value, and in package.json a GitHub token in a https://<token>:x-oauth-basic@github.com/ URL.",
        fix: `Revoke the token on npmjs.com (Access Tokens) or with 'npm token revoke', create a granular token, and reference it from .npmrc as \${NPM_TOKEN}.`,
        severity: "error",
        // npm_…; "_authToken=" and "x-oauth-basic" both contain "auth" — the generic rules' keyword:
        // "_authtoken=" itself would hide their "auth" and "token" from the prefilter.
        keywords: ["npm_", "auth"],
        samples: {
            positive: [
                "//registry.npmjs.org/:_authToken=«npm_6DasT8agXNn3GR5egI3WqWkANFlbXjLIdF6o»",
                "NPM_TOKEN=«npm_SAMi7rb6v4QEj9QZI7fi1jHzDB8rEvL1UyDu»",
            ],
            negative: [
                `//registry.npmjs.org/:_authToken=\${NPM_TOKEN}`,
                "NPM_TOKEN=npm_SAMi7rb6v4QEj9QZI7fi1jHzDB8rEvL1UyD", // 35 characters
                "echo $npm_config_registry $npm_package_version",
            ],
        },
    }),
    preset("basicauth", {
        title: "Credentials in a URL",
        description: `A user name and password in an http(s)/ftp(s) URL (scheme://user:password@host.tld), skipping placeholders (password, \${…}, {{…}}, localhost, YOUR_PASSWORD…). Reported on the URL up to the host.`,
        fix: "Change the password of that account, and build the URL at run time from a secret (or use a credential helper / token header) instead of writing it in the URL.",
        severity: "error",
        // The scheme is http, https, ftp or ftps, always followed by "://".
        keywords: ["://"],
        samples: {
            positive: [
                "git remote add origin «https://deploy:zzY4Arzj6TWYaLbW@git.corp-example.net»/infra.git",
                'PROXY_URL="«http://svc_proxy:S4ynBbZ9qUBYD2@proxy.internal.io»:3128"',
            ],
            negative: [
                "https://user:password@example.com/",
                `https://admin:\${ADMIN_PASSWORD}@registry.internal.io/`,
                "https://deploy:abc@git.corp-example.net", // password too short
                "https://git.corp-example.net/infra.git",
            ],
        },
    }),
    preset("slack", {
        title: "Slack token or incoming webhook",
        description: "A Slack token (xoxb-, xoxp-, xoxa-, xoxo-, xoxr- or xapp- followed by dash-separated parts) or an incoming webhook URL https://hooks.slack.com/services/T…/B…/…, per Slack's token-types documentation.",
        fix: "Revoke the token (api.slack.com › your app › OAuth & Permissions, or auth.revoke) or regenerate the webhook, and load it from a secret store.",
        severity: "error",
        keywords: ["xoxb-", "xoxp-", "xoxa-", "xoxo-", "xoxr-", "xapp-", "hooks.slack.com/services/"],
        samples: {
            positive: [
                "SLACK_BOT_TOKEN=«xoxb-243610041653-3319339355030-r0Eo3BJFBpQH4mmxxHrhjlLp»",
                "webhook: «https://hooks.slack.com/services/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»",
                'token = "«xoxp-481273868865-839949506493-1182892697518-8379237b12adbadb9979998e3021fd66»"',
            ],
            negative: [
                `SLACK_BOT_TOKEN=xoxb-\${SLACK_TOKEN}`,
                "Bot tokens start with xoxb-",
                "https://hooks.slack.com/services/",
                "xoxc-243610041653-3319339355030", // a client token prefix the rule does not cover
            ],
        },
    }),
    preset("sendgrid", {
        title: "SendGrid API key",
        description: "A SendGrid API key: SG. followed by two dot-separated base64url parts, 69 characters in all (SendGrid's API key format).",
        fix: "Delete the key in SendGrid (Settings › API Keys), create one with the least scopes needed, and load it from a secret store.",
        severity: "error",
        keywords: ["sg."],
        samples: {
            positive: [
                "SENDGRID_API_KEY=«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»",
                "sendgrid.setApiKey('«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»');",
            ],
            negative: [
                "SENDGRID_API_KEY=SG.jrAPhy7UtPAo1JUs3QV2Sq.Cj7mrbuGMwkoHB9jd5Ts3-MF2QM87K0jyIkTycYKWI", // 68
                "SENDGRID_API_KEY=SG.your-key-here",
                "See SG.setApiKey in the docs.",
            ],
        },
    }),
    preset("shopify", {
        title: "Shopify access token or app secret",
        description: "A Shopify token: shpat_ (admin API access token), shpca_ (custom app), shppa_ (legacy private app) or shpss_ (app shared secret) followed by 32 to 64 alphanumeric characters (Shopify changelog).",
        fix: "Rotate it in the Shopify admin or Partners dashboard (uninstall/reinstall the custom app, or regenerate the app secret), and load it from a secret store.",
        severity: "error",
        keywords: ["shpat_", "shpca_", "shppa_", "shpss_"],
        samples: {
            positive: [
                "SHOPIFY_ACCESS_TOKEN=«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»",
                "shopify:\n  api_secret: «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»",
            ],
            negative: [
                "SHOPIFY_ACCESS_TOKEN=shpat_45e336575b049bca75d5ed18f454ac4", // 31 characters
                "SHOPIFY_ACCESS_TOKEN=shpat_<token>",
                "shpxx_45e336575b049bca75d5ed18f454ac4a",
            ],
        },
    }),
    preset("github", {
        title: "GitHub token",
        description: "A GitHub token in the 2021 formats: ghp_ (personal), gho_ (OAuth), ghu_ (user-to-server), ghs_ (server-to-server) or ghr_ (refresh) followed by 36 characters, or github_pat_ followed by 82 (fine-grained personal access token).",
        fix: "Revoke the token (GitHub › Settings › Developer settings, or the app's settings), create a narrower one, and use GITHUB_TOKEN or a secret store in CI.",
        severity: "error",
        keywords: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"],
        samples: {
            positive: [
                "GITHUB_TOKEN=«ghp_elUfZgFo9HYZt2BZNgXRwj9S948V6QVdlmD8»",
                'const token = "«gho_LBaBwhVE7rlgiwpJQayvcL3WY5FKbV8dkUES»";',
                "GH_PAT=«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»",
            ],
            negative: [
                "GITHUB_TOKEN=ghp_elUfZgFo9HYZt2BZNgXRwj9S948V6QVdlmD", // 35 characters
                "GITHUB_TOKEN=ghp_elUfZgFo9HYZt2BZNgXRwj9S948V6QVdlmD8x", // part of something longer
                `GITHUB_TOKEN=\${{ secrets.GITHUB_TOKEN }}`,
            ],
        },
    }),
    preset("gitlab", {
        title: "GitLab personal access token",
        description: "A GitLab personal, project or group access token: glpat- followed by 20 to 128 characters of [A-Za-z0-9_-] (GitLab token overview).",
        fix: "Revoke the token in GitLab (User settings › Access tokens, or the project's/group's), create one with an expiry and the least scopes, and load it from CI/CD variables.",
        severity: "error",
        keywords: ["glpat-"],
        samples: {
            positive: ["GITLAB_TOKEN=«glpat-ub2BIlawYULhDY6MwT4G»", "private_token: «glpat-m9yRHaxB6GwW-HjI9jSB»"],
            negative: [
                "GITLAB_TOKEN=glpat-ub2BIlawYULhDY6MwT4", // 19 characters
                "GITLAB_TOKEN=glpat-<token>",
                "Tokens look like glpat-…",
            ],
        },
    }),
    preset("grafana", {
        title: "Grafana Cloud or service-account token",
        description: "A Grafana Cloud access policy / API token (glc_ followed by 32 to 400 base64 characters) or a Grafana service-account token (glsa_, 32 alphanumerics, _, an 8-hex-digit checksum).",
        fix: "Delete the token in Grafana Cloud (Access policies) or in Grafana (Administration › Service accounts), create a new one, and load it from a secret store.",
        severity: "error",
        keywords: ["glc_", "glsa_"],
        samples: {
            positive: [
                "GRAFANA_CLOUD_TOKEN=«glc_eyJzSalA9XWIAuogCdDIkHnwsujgwXZ5rD9fGmyJgUhhPVCD0nIHz3YtgArcPoqymi6wzFwxMUEXMcCuBYjTxIJMY88ER==»",
                "GRAFANA_SA_TOKEN=«glsa_K4MwBkgrS3otcwVxnKRuiYgwOVgUkYXz_70ed0dfb»",
            ],
            negative: [
                "GRAFANA_CLOUD_TOKEN=glc_eyJzSalA9XWIAuogCdDIkHnwsujg", // 31 characters
                "GRAFANA_SA_TOKEN=glsa_K4MwBkgrS3otcwVxnKRuiYgwOVgUkYXz_70ed0dfz", // checksum not hex
                "GRAFANA_SA_TOKEN=glsa_<token>",
            ],
        },
    }),
    preset("openai", {
        title: "OpenAI API key",
        description: "An OpenAI API key: sk-proj-, sk-svcacct- or sk-admin- keys, or legacy sk- keys, identified by the T3BlbkFJ marker (base64 of 'OpenAI') in the middle.",
        fix: "Revoke the key on platform.openai.com (API keys), create a project-scoped one, and load it from a secret store.",
        severity: "error",
        // Every alternative of the pattern contains the literal "T3BlbkFJ".
        keywords: ["t3blbkfj"],
        samples: {
            positive: [
                "OPENAI_API_KEY=«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»",
                'openai.api_key = "«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»"',
            ],
            negative: [
                "OPENAI_API_KEY=sk-w9C6GHfkH0efgsCc3NSKX3BlbkFJG9ugc87eAQJ5zSEGAl0b", // no T3BlbkFJ
                "OPENAI_API_KEY=sk-proj-your-key-here",
                "OPENAI_API_KEY=sk-w9C6GHfkH0efgsCc3NST3BlbkFJG9ugc87eAQJ5zSEGAl0b", // 19 before the marker
            ],
        },
    }),
    preset("anthropic", {
        title: "Anthropic API key",
        description: "An Anthropic (Claude) API key: sk-ant-api03- (or -api04-) followed by 90 to 128 base64url characters ending in AA (Anthropic API overview).",
        fix: "Delete the key in the Anthropic Console (Settings › API keys), create a new one, and load it from a secret store.",
        severity: "error",
        keywords: ["sk-ant-api0"],
        samples: {
            positive: [
                "ANTHROPIC_API_KEY=«sk-ant-api03-GfmblSHAYzmATbeEa9xLbVf8uSJ-CQXHzKzb_QQmsNCdSOOioGkl2dWZwbZpM_6yMYkozi7gIRGh4yDor0q_4QuMjEiPsAA»",
                'client = Anthropic(api_key="«sk-ant-api03-AQaFzsDGb3OYsND58OOmontFksh-JvprUe71owMb90T-YsYaFK95_zqxC8gBzmrzp3SrZEOqn8WD-1IUIcFzyUcLJS3kXAA»")',
            ],
            negative: [
                "ANTHROPIC_API_KEY=sk-ant-api03-GfmblSHAYzmATbeEa9xLbVf8uSJ-CQXHzKzb_QQmsNCdSOOioGkl2dWZwbZpM_6yMYkozi7gIRGh4yDor0q_4QuMjEiPsAB", // not ending in AA
                "ANTHROPIC_API_KEY=sk-ant-api03-...",
                "ANTHROPIC_API_KEY=sk-ant-admin01-GfmblSHAYzmATbeEa9xLbVf8uSJ-CQXHzKzb_QQmsNCdSOOioGkl2dWZwbZpM_6yMYkozi7gIRGh4yDor0q_4QuMjEiPsAA",
            ],
        },
    }),
    preset("groq", {
        title: "Groq API key",
        description: "A Groq API key: gsk_ followed by 52 alphanumeric characters (Groq quickstart).",
        fix: "Delete the key in the Groq console (API Keys), create a new one, and load it from a secret store.",
        severity: "error",
        keywords: ["gsk_"],
        samples: {
            positive: [
                "GROQ_API_KEY=«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»",
                'groq_key: "«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»"',
            ],
            negative: [
                "GROQ_API_KEY=gsk_8l4s4ftE0BXqMYUpzHHTUkw8Yy8EmfxqASPc2sWJFpAv68afnKv", // 51 characters
                "GROQ_API_KEY=gsk_8l4s4ftE0BXqMYUpzHHTUkw8Yy8EmfxqASPc2sWJFpAv68afnKvBq", // 53
                "GROQ_API_KEY=gsk_...",
            ],
        },
    }),
    preset("huggingface", {
        title: "Hugging Face access token",
        description: "A Hugging Face user access token: hf_ followed by 34 letters (Hugging Face Hub security tokens).",
        fix: "Invalidate the token at huggingface.co (Settings › Access Tokens), create a fine-grained one, and load it from a secret store.",
        severity: "error",
        keywords: ["hf_"],
        samples: {
            positive: [
                "HF_TOKEN=«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»",
                "login(token='«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»')",
            ],
            negative: [
                "HF_TOKEN=hf_OgFgPFxXjqUEhcUfsTwgfJnmhgiqOXTno", // 33 letters
                "HF_TOKEN=hf_OgFgPFxXjqUEhc1fsTwgfJnmhgiqOXTnoC", // a digit
                "HF_TOKEN=hf_xxx",
            ],
        },
    }),
    preset("linear", {
        title: "Linear API key",
        description: "A Linear personal API key: lin_api_ followed by 32 to 128 characters of [A-Za-z0-9_].",
        fix: "Revoke the key in Linear (Settings › Account › Security & access › API keys), create a new one, and load it from a secret store.",
        severity: "error",
        keywords: ["lin_api_"],
        samples: {
            positive: [
                "LINEAR_API_KEY=«lin_api_MnE5qI2XU4rYkfToog3hypc6RtHkqetdNCzcLzcm»",
                "headers = { Authorization: '«lin_api_2pmoqN7suKiiLUDLy4ilXwB8cI8Oym2wKxABSPBY»' }",
            ],
            negative: [
                "LINEAR_API_KEY=lin_api_MnE5qI2XU4rYkfToog3hypc6RtHk", // 28 characters
                "LINEAR_API_KEY=lin_api_<key>",
                "LINEAR_API_KEY=xlin_api_MnE5qI2XU4rYkfToog3hypc6RtHkqetdNCzcLzcm",
            ],
        },
    }),
    preset("notion", {
        title: "Notion integration token",
        description: "A Notion integration token in the 2024 format: ntn_ followed by 11 digits and 35 alphanumeric characters (legacy secret_ tokens are too generic to match).",
        fix: "Refresh the integration's secret at notion.so/my-integrations, and load it from a secret store.",
        severity: "error",
        keywords: ["ntn_"],
        samples: {
            positive: [
                "NOTION_TOKEN=«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»",
                'notion = Client(auth="«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»")',
            ],
            negative: [
                "NOTION_TOKEN=ntn_2467715954fBjkndOEIBMeJkKn9oqMhTdwfKgTPxTJCQgx", // 10 digits
                "NOTION_TOKEN=ntn_24677159546fBjkndOEIBMeJkKn9oqMhTdwfKgTPxTJCQ", // 34 after the digits
                "NOTION_TOKEN=secret_fBjkndOEIBMeJkKn9oqMhTdwfKgTPxTJCQg24677159546",
            ],
        },
    }),
    preset("1password", {
        title: "1Password service-account token",
        description: "A 1Password service-account token: ops_ followed by the base64 of a JSON object (ops_eyJ…fQ==), checked by decoding it (1Password developer docs).",
        fix: "Revoke the service account's token in 1Password (Developer › Service accounts), issue a new one, and load it from your CI's secret store.",
        severity: "error",
        // The body must start with "ey" right after "ops_".
        keywords: ["ops_ey"],
        samples: {
            positive: [`OP_SERVICE_ACCOUNT_TOKEN=«${OPS_1}»`, `op:\n  token: "«${OPS_2}»"`],
            negative: [
                "OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ...",
                `OP_SERVICE_ACCOUNT_TOKEN=${OPS_1.slice(0, 60)}XfQ==`, // does not decode to JSON
                `OP_SERVICE_ACCOUNT_TOKEN=\${OP_TOKEN}`,
            ],
        },
    }),
    preset("database-connection-string", {
        title: "Database connection string with a password",
        description: "A MongoDB (mongodb://, mongodb+srv://), MySQL (mysql://, mysqlx://, jdbc:mysql://) or PostgreSQL (postgres://, postgresql://) URI with user:password@, skipping placeholder and variable passwords. Reported on the whole URI.",
        fix: "Change that database user's password, and build the connection string at run time from a secret (or use IAM / certificate authentication).",
        severity: "error",
        // The schemes, matched case-insensitively: mongodb(+srv), (jdbc:)mysql(x), postgres(ql).
        // Without their "://", which would hide the URL rules' "://" keyword.
        keywords: ["mongodb", "mysql", "postgres"],
        samples: {
            positive: [
                "DATABASE_URL=«postgres://app_rw:4NqPXzCGUdrc9LFz4G@db.internal:5432/orders»",
                "MONGO_URI=«mongodb+srv://reporting:gRVVuMuVD0hk@cluster0.ab1cd.mongodb.net/analytics?retryWrites=true»",
                "spring.datasource.url=«jdbc:mysql://svc_billing:S4ynBbZ9qUBYD2@mysql-primary:3306/billing»",
            ],
            negative: [
                "DATABASE_URL=postgres://postgres:password@localhost:5432/dev",
                "MONGO_URI=mongodb://localhost:27017/analytics",
                `DATABASE_URL=mysql://app:\${DB_PASSWORD}@db:3306/app`,
                "DATABASE_URL=postgresql://app@db.internal/orders",
            ],
        },
    }),
    preset("hashicorp-vault", {
        title: "HashiCorp Vault token",
        description: "A HashiCorp Vault token in the Vault 1.10+ formats: hvs. (service, 90–120 characters), hvb. (batch, 138–300) or hvr. (recovery, 90–120).",
        fix: "Revoke the token (`vault token revoke`, or its accessor), and have the workload authenticate (AppRole, Kubernetes, OIDC) instead of carrying a token.",
        severity: "error",
        keywords: ["hvs.", "hvb.", "hvr."],
        samples: {
            positive: [
                "VAULT_TOKEN=«hvs.YAA-p6Q-nusaW7Q9F9RSpL9aeeZQSmGG8JOw5hRCPndQfxM3JIHJ_txRr7bpmMng4eheFlHx7Hz4SduDcswewFUyKOT9qtk»",
                "vault_token: «hvb.wrLC5kzUnoZKARdCOS9FES5us7gpwu7r6SLO7HI1H8-OrIwppoh8QL8nV0W_5SqzQOgLMoJRYkbszk8nwBQJbsrEQ4yvT1OopsAMD6VhYaW5P0Qzs9snJu0jCQGbRQ23ZTmlYXBkSCpS»",
            ],
            negative: [
                "VAULT_TOKEN=hvs.YAA-p6Q-nusaW7Q9F9RSpL9aeeZQSmGG8JOw5hRCPndQfxM3JIHJ_txRr7bpmMng4eheFlHx7Hz4SduDc", // 80
                "VAULT_TOKEN=hvs.CAESI...",
                "VAULT_TOKEN=s.Ab12Cd34Ef56Gh78Ij90Kl12", // pre-1.10 tokens are not covered
            ],
        },
    }),
    preset("vercel", {
        title: "Vercel token",
        description: "A Vercel token: vcp_ (personal access), vci_ (integration), vca_ (app access), vcr_ (app refresh) or vck_ (AI Gateway API key) followed by 20 to 60 alphanumeric characters.",
        fix: "Delete the token in Vercel (Account settings › Tokens, or the integration), create a scoped one with an expiry, and load it from a secret store.",
        severity: "error",
        keywords: ["vcp_", "vci_", "vca_", "vcr_", "vck_"],
        samples: {
            positive: [
                "VERCEL_TOKEN=«vcp_uUiZBgjjl76gOBYgNEJ32aP1»",
                'AI_GATEWAY_API_KEY="«vck_WGgp59MrhqtIgFLCaIDEhjp6o10LIstCk1ygQgLT»"',
            ],
            negative: [
                "VERCEL_TOKEN=vcp_uUiZBgjjl76gOBYgNEJ", // 17 characters
                "VERCEL_TOKEN=vcp_<token>",
                "VERCEL_TOKEN=vcx_uUiZBgjjl76gOBYgNEJ32aP1",
            ],
        },
    }),
    preset("databricks", {
        title: "Databricks personal access token",
        description: "A Databricks personal access token: dapi followed by 32 hex digits, optionally -<digit> (Databricks PAT documentation).",
        fix: "Revoke the token in the Databricks workspace (Settings › Developer › Access tokens), prefer OAuth service principals, and load any token from a secret scope.",
        severity: "error",
        keywords: ["dapi"],
        samples: {
            positive: [
                "DATABRICKS_TOKEN=«dapiaf8486ba790db57072be07f1aea45891»",
                "token = «dapi2d3c6594ccadf30fdd357841b3b7a001-2»",
            ],
            negative: [
                "DATABRICKS_TOKEN=dapiaf8486ba790db57072be07f1aea4589", // 31 hex digits
                "DATABRICKS_TOKEN=dapiaf8486ba790db57072be07f1aea4589g", // not hex
                "DATABRICKS_TOKEN=dapi<token>",
            ],
        },
    }),
    preset("docker", {
        title: "Docker Hub personal access token",
        description: "A Docker Hub personal access token: dckr_pat_ followed by 27 characters of [A-Za-z0-9_-].",
        fix: "Delete the token in Docker Hub (Account settings › Personal access tokens), create a new one, and log in from CI with a secret.",
        severity: "error",
        keywords: ["dckr_pat_"],
        samples: {
            positive: [
                "DOCKERHUB_TOKEN=«dckr_pat_icEHlciBR4suHGBzUo04HNr8fQ5»",
                "echo «dckr_pat_ME1dJS_sIGhIyBvqOvaButviJze» | docker login -u ci --password-stdin",
            ],
            negative: [
                "DOCKERHUB_TOKEN=dckr_pat_icEHlciBR4suHGBzUo04HNr8fQ", // 26 characters
                "DOCKERHUB_TOKEN=dckr_pat_icEHlciBR4suHGBzUo04HNr8fQ5x", // 28
                "DOCKERHUB_TOKEN=dckr_pat_...",
            ],
        },
    }),
    preset("figma", {
        title: "Figma personal access token",
        description: "A Figma personal access token: figd_ followed by 40 to 200 characters of [A-Za-z0-9_-].",
        fix: "Revoke the token in Figma (Settings › Security › Personal access tokens), create a new one with an expiry, and load it from a secret store.",
        severity: "error",
        keywords: ["figd_"],
        samples: {
            positive: [
                "FIGMA_TOKEN=«figd_4gUI9lauMU0dyFaTIwfd59oTQz1A37Q5aK7QOGAT»",
                "headers: { 'X-Figma-Token': '«figd_D1Rqj009MyhoU4RHpNX_97Q1Iw4oLBcma5BJ-D9xJ11cdqrQ»' }",
            ],
            negative: [
                "FIGMA_TOKEN=figd_4gUI9lauMU0dyFaTIwfd59oTQz1A37Q5aK7QOGA", // 39 characters
                "FIGMA_TOKEN=figd_<token>",
                "FIGMA_TOKEN=xfigd_4gUI9lauMU0dyFaTIwfd59oTQz1A37Q5aK7QOGAT",
            ],
        },
    }),
    preset("filter-comments", {
        title: "secretlint-disable comments",
        description: "Not a detector: honours secretlint's inline comments (secretlint-disable-line, secretlint-disable-next-line, secretlint-disable … secretlint-enable, optionally naming rule ids) by withdrawing the other rules' findings they cover.",
        fix: "Nothing to fix: it never reports. Prefer envguard's own suppressions, which say why.",
        severity: "warning",
        // Only the three disable forms withdraw findings; each contains "secretlint-disable", and so
        // "lint-disable" (which, unlike the whole word, does not hide the generic rules' "secret").
        keywords: ["lint-disable"],
        samples: {
            // Positives: a finding of another rule is withdrawn. Negatives: the comment covers nothing.
            // (secretlint 12 ignores a disable-line comment on a last line without a newline after it.)
            positive: [
                "GITHUB_TOKEN=ghp_elUfZgFo9HYZt2BZNgXRwj9S948V6QVdlmD8 # secretlint-disable-line\n",
                "// secretlint-disable-next-line\nconst token = 'gho_LBaBwhVE7rlgiwpJQayvcL3WY5FKbV8dkUES';\n",
                "<!-- secretlint-disable -->\nGROQ_API_KEY=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\n<!-- secretlint-enable -->",
            ],
            negative: [
                "# secretlint-disable-line\nGITHUB_TOKEN=ghp_elUfZgFo9HYZt2BZNgXRwj9S948V6QVdlmD8",
                "<!-- secretlint-disable -->\n<!-- secretlint-enable -->\nGITHUB_TOKEN=ghp_elUfZgFo9HYZt2BZNgXRwj9S948V6QVdlmD8",
                "GITHUB_TOKEN=ghp_elUfZgFo9HYZt2BZNgXRwj9S948V6QVdlmD8 # secretlint-disable-line @secretlint/secretlint-rule-npm",
            ],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scan/rules/regex-rule.ts

/**
 * Builds a rule in secretlint's style (a rule creator whose `file` handler reports ranges) from a
 * pattern. The message is fixed text: a secretlint message never carries the secret to us.
 */
function regexRule(spec) {
    if (!spec.pattern.global)
        throw new Error(`${spec.id}: the pattern needs the g flag`);
    const { pattern, accept, ...rest } = spec;
    return finderRule({
        ...rest,
        *find(text) {
            const re = new RegExp(pattern.source, pattern.flags);
            for (let m = re.exec(text); m; m = re.exec(text)) {
                if (m[0] === "") {
                    re.lastIndex++;
                    continue;
                }
                const secret = m.groups?.secret ?? m[0];
                const offset = m.groups?.secret !== undefined ? m.index + m[0].indexOf(secret) : m.index;
                if (accept && !accept(secret, m, text))
                    continue;
                yield [offset, offset + secret.length];
            }
        },
    });
}

;// CONCATENATED MODULE: ./src/scan/rules/providers/shared.ts

/**
 * One rule for a provider whose credentials come in several shapes (a token and a URL, a key
 * and a connection string): each shape is a `regexRule` of its own, run in turn under one id.
 * Where two shapes report overlapping text the detector keeps one.
 */
function shapesRule(spec) {
    const { shapes, ...meta } = spec;
    const parts = shapes.map(({ requires, ...shape }) => ({ requires, ...regexRule({ ...meta, ...shape }) }));
    const first = parts[0];
    if (!first)
        throw new Error(`${spec.id}: no shapes`);
    const rule = {
        messages: first.rule.messages,
        meta: first.rule.meta,
        create(context, options) {
            const handlers = parts.map((p) => ({ requires: p.requires, handler: p.rule.create(context, options) }));
            return {
                async file(source) {
                    // Shapes often share a test (twilio's three /twilio/i): each distinct one runs once per file.
                    const passed = new Map();
                    for (const { requires, handler } of handlers) {
                        if (requires && !passes(requires, source.content, passed))
                            continue;
                        await handler.file?.(source);
                    }
                },
            };
        },
    };
    return { ...first, rule };
}
/** `requires.test(text)`, remembered by pattern for one text (only for patterns without state). */
function passes(requires, text, passed) {
    if (requires.global || requires.sticky)
        return requires.test(text);
    const key = `${requires.flags}/${requires.source}`;
    let result = passed.get(key);
    if (result === undefined) {
        result = requires.test(text);
        passed.set(key, result);
    }
    return result;
}
/** Decodes base64 or base64url (padding optional); undefined when it is not well-formed. */
function decodeBase64(value) {
    const body = value.replace(/=+$/, "");
    if (!/^[A-Za-z0-9+/_-]*$/.test(body) || body.length % 4 === 1)
        return undefined;
    return Buffer.from(body.replace(/-/g, "+").replace(/_/g, "/"), "base64");
}
/** Parses a base64(url)-encoded JSON object; undefined unless it is one. */
function decodeJsonObject(value) {
    const bytes = decodeBase64(value);
    if (!bytes)
        return undefined;
    const text = bytes.toString("utf8");
    if (text.includes("\uFFFD"))
        return undefined;
    try {
        const parsed = JSON.parse(text);
        return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)
            ? parsed
            : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Between a key and its value in .env, shell, YAML, JSON, TOML, TypeScript and Python:
 * an optional closing quote, `=`, `:`, `:=` or `=>`, and an optional opening quote.
 */
const ASSIGN = String.raw `["'\x60]?\s*(?::=|=>|[:=])\s*["'\x60]?`;
/** The text within `radius` characters either side of a match. */
function around(text, match, radius) {
    return text.slice(Math.max(0, match.index - radius), match.index + match[0].length + radius);
}
/** True when the value has upper-case letters, lower-case letters and digits: a generated string. */
function mixedAlphanumeric(value) {
    return /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value);
}
/**
 * A stand-in rather than a generated token: a run of one character (`xxxxxxxx`, `00000000`),
 * placeholder words, or template syntax. Narrower than the generic rules' placeholder test on
 * purpose: a long random token must not be dropped for holding `xxx` or `abcdef` by chance.
 */
function looksPlaceholder(value) {
    return (/(.)\1{7,}/.test(value) ||
        /x{6,}/i.test(value) ||
        /example|placeholder|dummy|redacted|changeme|your[-_ ]?(?:api|token|key|secret)|<[^<>]*>|\$\{|\{\{/i.test(value));
}

;// CONCATENATED MODULE: ./src/scan/rules/providers/atlassian.ts


/**
 * Atlassian Cloud API tokens (Jira, Confluence, Bitbucket), created at id.atlassian.com since
 * 2023: `ATATT3` and a long URL-safe base64 body, usually ending in `=` and an 8-character hex
 * checksum. Bitbucket repository/project/workspace access tokens share the shape with `ATCTT3`.
 * Atlassian documents no fixed length ("we use a varied API token length"), so the rule asks for a
 * body of at least 100 characters rather than an exact count.
 */
const atlassian = regexRule({
    id: "secret/atlassian",
    title: "Atlassian API token",
    description: "An Atlassian Cloud API token (Jira, Confluence, Bitbucket): ATATT3 — or ATCTT3 for Bitbucket access tokens — followed by at least 100 URL-safe base64 characters, optionally '=' and an 8-character hex checksum (Atlassian Support, 'Manage API tokens for your Atlassian account'; the length varies by design).",
    fix: "Revoke the token at id.atlassian.com › Security › API tokens (for Bitbucket access tokens: the repository, project or workspace's Access tokens page), create a new one with an expiry and the narrowest scopes, and keep it in a secret store.",
    severity: "error",
    keywords: ["atatt3", "atctt3"],
    pattern: /(?<![0-9A-Za-z_-])(?<secret>AT[AC]TT3[0-9A-Za-z_-]{100,}(?:=[0-9A-Fa-f]{8})?)(?![0-9A-Za-z_=-])/g,
    accept: (secret) => !looksPlaceholder(secret.slice(6)),
    samples: {
        positive: [
            "JIRA_API_TOKEN=«ATATT3qMeakqD-8rkrlZpdY0JZMGESn6kAU1ZlCUYIasn2TgLE_bDM_N1_oGVBvsDAUOaLismYXR5TK-GXQrEpO_nQJ8zkfXWIUZDNIygtbXaPYYlESGcHAmic1ytPw8plLNAgokgiKDH2WVYDi81xRcmMJUEHrKp3pg8-hKYrScjaNzC_FoPK=3A0F9C1E»",
            "curl -u dev@corp.test:«ATATT3zpemBLZQPfNCTKTKUp0s1ZrCVBAvOwS7gBdHRdTo6brilg6UcM6gtMIkoM0yijvlIR4oTDmukChLP4YhFGw_HYH4m4ER-qOms9Z4oVDb45UYoIqNrjlvrgIvgauuP07Dqw0olJWpH8Qrad8tzebe9s2ZW0jUDVYw0dXI2H2gNLhiLRlw=B7D2E640» https://corp.atlassian.net/rest/api/3/myself",
            'confluence:\n  token: "«ATATT3jtfyEyH9cLUDD-xx1smPVFR2292EEpl7fYQzE_t24wiqQGDsGhax546aA7t3fl8YiBrjXvvEZ0ZCdnSOeL2bmrZTxo5rkxACOXf2f0FxhipVa9VL9zgXoin7CKaCJM1sWeMpkwu0-f7r85J8pOCaT-x4WosjMezXJmTmc7zyYV7skwb5»"',
            "BITBUCKET_ACCESS_TOKEN='«ATCTT3K7rOQ_MQ9JsQA0JgXxyFvk14hKR0YLezK4lP3KnXO72NhbDpisW83w3RaUi6HCZmW1K16uOTNkVqx7uTyBTmek49ITHVr8WeFngnrsuj0R4uNnjpB5fFYUtdcc--l_gYwJdJgaUdWIyvfBMQMCoUh1xhL7u20Us3CShP7fFjeebpRsk8=5C18AF93»'",
        ],
        negative: [
            "JIRA_API_TOKEN=ATATT3kMLKCPJLSGL2wCQ8yMDgE9QY", // far too short
            "JIRA_API_TOKEN=kMLKCPJLSGL2wCQ8yMDgE9QYWCN2VHqwgRmLwwb0bz0xD1fn", // a legacy token without the prefix
            "JIRA_API_TOKEN=ATATT3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "Atlassian API tokens start with ATATT3.",
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/azure-storage.ts

/** A storage account key: 64 random bytes, base64, so 86 characters and `==`. */
const ACCOUNT_KEY = "[A-Za-z0-9+/]{86}==";
function isAccountKey(value) {
    return decodeBase64(value)?.length === 64 && !looksPlaceholder(value) && new Set(value).size >= 20;
}
/** The run of non-space, unquoted text around a match: one connection string or one URL. */
function enclosing(text, m, stop) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start > 0 && m.index - start < 2000 && !stop.test(text.charAt(start - 1)))
        start--;
    while (end < text.length && end - m.index < 2000 && !stop.test(text.charAt(end)))
        end++;
    return text.slice(start, end);
}
/** The storage emulator's published development account, in the same connection string. */
function emulator(text, m) {
    return /AccountName=devstoreaccount1(?:;|$)/i.test(enclosing(text, m, /["'\s]/));
}
/** A SAS signature is an HMAC-SHA256: 32 bytes, 44 base64 characters, URL-encoded or not. */
function isSasSignature(raw) {
    let value;
    try {
        value = decodeURIComponent(raw);
    }
    catch {
        return false;
    }
    return value.length === 44 && decodeBase64(value)?.length === 32 && new Set(value).size >= 16;
}
/**
 * Azure Storage credentials:
 * - account keys (64 bytes, base64: 86 characters and `==`) in connection strings
 *   (`DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…`) or assigned to a storage key
 *   name (`AZURE_STORAGE_KEY`, `storageAccountKey`, `primary_access_key` of a storage account).
 *   The storage emulator's well-known account (`devstoreaccount1`) is skipped.
 * - shared access signatures: the `sig=` of a SAS token whose query carries the `sv=` service
 *   version date (storage) or `skn=` and `se=` (Service Bus / Event Hubs style SAS); the
 *   signature, an HMAC-SHA256, is reported.
 */
const azureStorage = shapesRule({
    id: "secret/azure-storage",
    title: "Azure Storage account key or SAS signature",
    description: "An Azure Storage account key — 86 base64 characters and '==' (64 bytes) — as AccountKey= in a connection string (DefaultEndpointsProtocol=…;AccountName=…;AccountKey=…) or assigned to a storage account key name; or the sig= of a shared access signature whose query also has sv=<date> (or skn= and se=), a 32-byte HMAC-SHA256 in base64 (Microsoft Learn, 'Configure Azure Storage connection strings' and 'Create a service SAS').",
    fix: "Rotate the account key in the Azure portal (Storage account › Security + networking › Access keys › Rotate key) or with 'az storage account keys renew'; for a SAS, rotate the key that signed it or revoke its stored access policy. Prefer Microsoft Entra ID (managed identity) or user delegation SAS, and keep keys in Key Vault.",
    severity: "error",
    keywords: ["accountkey", "azure", "storage", "sig="],
    shapes: [
        {
            pattern: new RegExp(`(?<![0-9A-Za-z])AccountKey=(?<secret>${ACCOUNT_KEY})(?![0-9A-Za-z+/=])`, "gi"),
            accept: (secret, m, text) => isAccountKey(secret) && !emulator(text, m),
        },
        {
            pattern: new RegExp(`(?<![\\w.-])(?<key>[\\w.-]*?(?:account|storage|primary|secondary)[_.-]?(?:access[_.-]?)?key[\\w.-]*)${ASSIGN}(?<secret>${ACCOUNT_KEY})(?![0-9A-Za-z+/=])`, "gi"),
            // The key is 86 base64 characters and "==": no text without "==" can hold one.
            requires: /[A-Za-z0-9+/]==/,
            accept: (secret, m, text) => {
                const key = m.groups?.key ?? "";
                const before = text.slice(Math.max(0, m.index - 200), m.index);
                return (isAccountKey(secret) && !emulator(text, m) && /azure|storage|accountkey/i.test(`${key} ${before}`));
            },
        },
        {
            // A literal start lets the regex engine skip ahead fast; the character before is checked below.
            pattern: /sig=(?<secret>(?:[A-Za-z0-9+/]|%2[BbFf]){43}(?:=|%3[Dd]))(?![A-Za-z0-9%+/=])/g,
            accept: (secret, m, text) => {
                if (m.index > 0 && !/[?&;=\s]/.test(text[m.index - 1] ?? ""))
                    return false;
                if (!isSasSignature(secret))
                    return false;
                const query = enclosing(text, m, /["'\s<>]/);
                return (/(?:^|[?&;=])sv=\d{4}-\d{2}-\d{2}(?:&|;|$)/.test(query) ||
                    (/(?:^|[?&;=])skn=[^&;]+/.test(query) && /(?:^|[?&;=])se=\d+/.test(query)));
            },
        },
    ],
    samples: {
        positive: [
            "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=ysrq89zjsnqr;AccountKey=«+NYg2wv4XDxig9B1iONoqwTr4muurCrChJDbz2rrTe+AxxX50vxMkfcN6WH4Tl0P60bdvHuPJlNQiLTHjwCSgg==»;EndpointSuffix=core.windows.net",
            '{ "ConnectionStrings": { "Blob": "DefaultEndpointsProtocol=https;AccountName=yd59k27avedf;AccountKey=«r7G0dRNQxlEGqPw0u7X/HPVRPmOAliX5nmODEg5rR6RVaauP+yPJlzejC9jT7aMSiJJuCEpikj5cCa/u4q4JSQ==»" } }',
            "export AZURE_STORAGE_KEY='«gzJr4NWfVEnSo6Juv9MKIx6wj6OegOKVQnBlJ2uPN+0s5KJjn3HyuuZoyBuUx8NddmiSivEwzB0Iz33THfx3Lw==»'",
            "storage:\n  accountName: jc5puwbanh8d\n  accountKey: «GavLdkIJqYVqRC+CLy0whqwCDMrJk3ph/sbJLF5D3LuetKuqEluhszZcqy3BtFe0Y/j1uyl4FFk0SeX6ds/bbA==»",
            "const url = 'https://jc5puwbanh8d.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-01T00:00:00Z&spr=https&sig=«5InzBfRSU9oipePtFNOaHEa3et3SZNY32KyZQdQgyWM%3D»';",
            "BLOB_SAS=sp=racwdl&st=2025-01-01T00:00:00Z&se=2025-12-31T00:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=«H9eeWWUNdo2OxB2%2Bs2nwf9wYbXsLV3zcGAdbCIIVVmg%3D»",
            "SERVICEBUS_SAS=SharedAccessSignature sr=https%3A%2F%2Fbus2ylvk4agay6j.servicebus.windows.net%2Forders&sig=«HPuEvdMwvoDp8s1js9A3KRP80mpYzwE3AKrLNW%2B5Iw4%3D»&se=1767225600&skn=RootManageSharedAccessKey",
        ],
        negative: [
            // The storage emulator's well-known development account.
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=GavLdkIJqYVqRC+CLy0whqwCDMrJk3ph/sbJLF5D3LuetKuqEluhszZcqy3BtFe0Y/j1uyl4FFk0SeX6ds/bbA==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",
            "DefaultEndpointsProtocol=https;AccountName=ysrq89zjsnqr;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net",
            // 87 characters and a single '=': not a 64-byte key.
            "AccountKey=+NYg2wv4XDxig9B1iONoqwTr4muurCrChJDbz2rrTe+AxxX50vxMkfcN6WH4Tl0P60bdvHuPJlNQiLTHjwCSggA=",
            "AZURE_STORAGE_ACCOUNT=ysrq89zjsnqr", // an account name is an identifier
            // A sig= that is not a SAS: no sv= version nor skn= in the query.
            "https://cdn.corp.test/file.zip?expires=1767225600&sig=5InzBfRSU9oipePtFNOaHEa3et3SZNY32KyZQdQgyWM%3D",
            "https://yd59k27avedf.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&sig=<signature>",
            "SIGNING_KEY=r7G0dRNQxlEGqPw0u7X/HPVRPmOAliX5nmODEg5rR6RVaauP+yPJlzejC9jT7aMSiJJuCEpikj5cCa/u4q4JSQ==", // nothing about storage
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/datadog.ts

/** Names Datadog in the key itself: DD_API_KEY, dd-application-key, DATADOG_APP_KEY, ddApiKey. */
const DATADOG_KEY = /(?:^|[^a-z0-9])dd[_-]?(?:api|app)|datadog/i;
/** Hex with some variety: not 000…, not abcdef0123… counting. */
function randomHex(value) {
    return new Set(value.toLowerCase()).size >= 8 && !/0123456|abcdef/i.test(value);
}
/**
 * Datadog API keys (32 hex characters) and application keys (40 hex characters). Bare hex of those
 * lengths is everywhere (MD5 and SHA-1 digests, commit ids), so a value counts only when assigned
 * to an api-key / app-key name that itself says Datadog (`DD_API_KEY`, `DD-APPLICATION-KEY`,
 * `DATADOG_APP_KEY`, `ddApiKey`) or sits under a `datadog` section, and only with the length
 * that kind of key has. Newer application keys carry the prefix `ddapp_`.
 */
const datadog = shapesRule({
    id: "secret/datadog",
    title: "Datadog API or application key",
    description: "A Datadog API key (32 hex characters) or application key (40 hex characters) assigned to a key such as DD_API_KEY, DD_APP_KEY, DD-APPLICATION-KEY or DATADOG_API_KEY, or to api_key/app_key under a 'datadog' section (Datadog documentation, 'API and Application Keys'); or a prefixed application key, ddapp_ followed by 34 characters.",
    fix: "Revoke the key in Datadog (Organization Settings › API Keys or Application Keys), create a new one (a scoped application key where possible), and give it to the agent or CI from a secret store, e.g. DD_API_KEY from the orchestrator's secrets.",
    severity: "error",
    keywords: ["datadog", "dd_", "dd-", "ddapi", "ddapp"],
    shapes: [
        {
            pattern: new RegExp(`(?<![\\w.-])(?<key>[\\w.-]*?(?:(?<api>api)|app(?:lication)?)[_.-]?key)${ASSIGN}(?<secret>[0-9a-f]{40}|[0-9a-f]{32})(?![0-9A-Za-z_-])`, "gi"),
            accept: (secret, m, text) => {
                const key = m.groups?.key ?? "";
                const wanted = m.groups?.api !== undefined ? 32 : 40;
                if (secret.length !== wanted || !randomHex(secret))
                    return false;
                const before = text.slice(Math.max(0, m.index - 200), m.index);
                return DATADOG_KEY.test(key) || /datadog/i.test(before);
            },
        },
        {
            pattern: /(?<![0-9A-Za-z_-])(?<secret>ddapp_[0-9A-Za-z_]{34})(?![0-9A-Za-z_-])/g,
            accept: (secret) => !/x{8}/i.test(secret),
        },
    ],
    samples: {
        positive: [
            "DD_API_KEY=«92d064d9556656f22ad84c682fc9c125»",
            "export DD_APP_KEY='«fcb83b7baa75b525f66e1e021d1665ff81d6fffa»'",
            "datadog:\n  site: datadoghq.eu\n  apiKey: «a66dfe4fc086563f18fb83f31a2442ae»\n  appKey: «b123a13fced16f067560293e7211328449895e37»",
            'curl -X GET "https://api.datadoghq.com/api/v1/validate" -H "DD-API-KEY: «ad7b028ca01cd6ce6e0e3d4f5bebdbfd»"',
            '{ "datadogApplicationKey": "«6b6e10a8e79eebfe38acd4f0742dcb2731cded22»" }',
            "DATADOG_APP_KEY=«ddapp_9_Px0yBKBIrXAj8LaZZsskWmiwlMtxVWif»",
        ],
        negative: [
            "API_KEY=16eccd36ed15a936c607914739ac0344", // 32 hex with nothing about Datadog
            "DD_API_KEY=d06a81ce53ddb54b5ee40eb7d4e2098b59259bf8", // 40 hex: an API key has 32
            "DD_APP_KEY=16eccd36ed15a936c607914739ac0344", // 32 hex: an application key has 40
            "DD_API_KEY=<YOUR_DATADOG_API_KEY>",
            "DD_API_KEY=00000000000000000000000000000000",
            "GIT_COMMIT=d06a81ce53ddb54b5ee40eb7d4e2098b59259bf8",
            "DATADOG_APP_KEY=ddapp_T_Tvu13QptFK6a4IToetJlmpjtJH3sL", // ddapp_ with 31 characters
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/digitalocean.ts

/**
 * DigitalOcean tokens: since 2021 a type prefix (`dop_v1_` personal access token, `doo_v1_` OAuth
 * access token, `dor_v1_` OAuth refresh token) followed by 64 lower-case hex characters.
 */
const digitalocean = regexRule({
    id: "secret/digitalocean",
    title: "DigitalOcean token",
    description: "A DigitalOcean personal access token (dop_v1_), OAuth access token (doo_v1_) or OAuth refresh token (dor_v1_), each followed by 64 hex characters (DigitalOcean API documentation, 'How to Create a Personal Access Token', and its prefixed token format).",
    fix: "Delete the token in the DigitalOcean control panel (API › Tokens, or revoke the OAuth application's authorization), create a new one with the narrowest scopes, and keep it in a secret store.",
    severity: "error",
    keywords: ["dop_v1_", "doo_v1_", "dor_v1_"],
    pattern: /(?<![0-9A-Za-z_])(?<secret>do[por]_v1_[0-9a-f]{64})(?![0-9A-Za-z_])/g,
    samples: {
        positive: [
            "DIGITALOCEAN_TOKEN=«dop_v1_8bfebc513b2eb05121d380596c913e0d1a2165ef303d1cb28cad656dd72c1650»",
            'provider "digitalocean" {\n  token = "«doo_v1_4b81f9ff1158641a04a72d31acd22f5467f2a927e1e55e85ae4a7aeb2cca7429»"\n}',
            '{ "refresh_token": "«dor_v1_30c1cfcb3b3283ce2fbb6574cae2e3bcf7fec697f1dda9a6c90319c746bafae0»" }',
            "export DO_TOKEN='«dop_v1_e818df7309e8d300ebc9ec5f0549748255280427bcca9ad0a76e96a8df52e5ca»'",
        ],
        negative: [
            "DIGITALOCEAN_TOKEN=dop_v1_e1b3802466eb6a132c02af2707f72cae280b650fe1da3f539f5dd4f9105cedd", // 63 hex
            "DIGITALOCEAN_TOKEN=dop_v1_a09871c1df42396f7986cbb10d470d104ff54a5da9de6e1b2cd6a2d3139527cA", // A is no hex
            "DIGITALOCEAN_TOKEN=dop_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "Personal access tokens start with dop_v1_ and refresh tokens with dor_v1_.",
            "TOKEN=dop_v2_693e21e5112debb477ddad1a8580698b921edb6a9130bb2eb00c5cef339d0d8c", // unknown version
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/discord.ts

const DISCORD_EPOCH = 1_420_070_400_000;
/** The base64 first part of a bot token decodes to a snowflake id minted since Discord began. */
function isSnowflake(part) {
    const id = decodeBase64(part)?.toString("latin1") ?? "";
    if (!/^[1-9][0-9]{16,19}$/.test(id))
        return false;
    const created = Number(BigInt(id) >> 22n) + DISCORD_EPOCH;
    return created >= Date.UTC(2015, 0, 1) && created <= Date.now() + 366 * 24 * 3600 * 1000;
}
/**
 * Discord credentials:
 * - bot tokens: three dot-separated parts — the bot's user id (a snowflake) in base64, a
 *   timestamp (6 characters), and an HMAC (27 or 38 characters). The rule decodes the first part
 *   and requires a numeric snowflake of a plausible date. The shape has no fixed prefix, so it
 *   counts only in text that mentions "discord" or "token".
 * - webhook URLs: https://discord.com/api/webhooks/<id>/<token>; the token is reported.
 */
const discord = shapesRule({
    id: "secret/discord",
    title: "Discord bot token or webhook URL",
    description: "A Discord bot token — base64 of the bot's snowflake id, '.', a 6-character timestamp, '.', a 27-38 character HMAC, decoded and checked — in text that mentions Discord or a token; or the token of a Discord webhook URL, https://discord.com/api/webhooks/<id>/<token> (Discord Developer documentation, 'Authentication' and 'Webhook resource').",
    fix: "Reset the bot token in the Discord Developer Portal (Applications › Bot › Reset Token) or delete the webhook in the channel's Integrations settings and create a new one; keep the replacement in a secret store.",
    severity: "error",
    keywords: ["discord", "token"],
    shapes: [
        {
            pattern: /(?<![0-9A-Za-z_.-])(?<secret>(?<id>[MNO][0-9A-Za-z]{22,26})\.[0-9A-Za-z_-]{6,7}\.[0-9A-Za-z_-]{27,40})(?![0-9A-Za-z_-]|\.[0-9A-Za-z_-])/g,
            accept: (_secret, m, text) => isSnowflake(m.groups?.id ?? "") && /discord|token/i.test(text),
        },
        {
            pattern: /https?:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api\/(?:v\d+\/)?webhooks\/\d{17,20}\/(?<secret>[0-9A-Za-z_-]{60,80})(?![0-9A-Za-z_-])/g,
            accept: (secret) => !looksPlaceholder(secret),
        },
    ],
    samples: {
        positive: [
            "DISCORD_TOKEN=«NTczMjk3NjAzMzc5MjU4NjU1.mcf6ng.YxJiXUn8vxVpzKbTDBZ0oACwWw5»",
            "import discord\nclient = discord.Client(intents=discord.Intents.default())\nclient.run('«MTA0MzY3NzA1MjkzMTIwOTM1OA.O8QJew.EiulBDebMsNcQnrt865VJaWq9LwyHL_FrmzYK-»')",
            '{ "token": "«MTIxNTgxMTI4OTA5MTcwNzE5Mg.ZF8Xyw.AMfnXKa9lvyHyuyGL1LEhMkWJNKHa_gXFdIMFc»", "prefix": "!" }',
            "DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/849074769101913877/«sDjUbJjlY1ZnwzsAQkUjh-dZLXqAI2PlZRJ7ZxTC7_BjGcwHj1PZqgoKZNdmug2WMCmJ»",
            "notify:\n  url: 'https://discordapp.com/api/webhooks/1063970773403160271/«6WEsvjDYj2FSr6aD6jk1wWqOyXb8P0JumRg-gBVKL4YmzUkaBFodwfOw93foWdeHGap2»'",
        ],
        negative: [
            // The first part decodes to a 20-digit number whose timestamp lies centuries ahead.
            "DISCORD_TOKEN=OTg3NjU0MzIxMDk4NzY1NDMyMTA.mcf6ng.YxJiXUn8vxVpzKbTDBZ0oACwWw5",
            // The right shape with nothing about Discord or a token anywhere.
            "checksum: MzQ2ODA1MTg3MzgyMDk4ODE3.pZCj9A.1utafr3UokKuq67ZRzVF8mbxUAn",
            "DISCORD_TOKEN=MzQ2ODA1MTg3MzgyMDk4ODE3.pZCj9A.1utafr3Uok", // the HMAC part is too short
            "DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/<id>/<token>",
            "DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/849074769101913877/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/849074769101913877/P_Kirn17yn_px6Brdb", // token cut short
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/doppler.ts


/**
 * Doppler tokens: `dp.` and a type (`pt` personal, `st` service — which may carry the config's
 * name, as in `dp.st.prd.…` — `sa` service account, `ct` CLI, `scim`, `audit`), a dot, and 40 or
 * more alphanumeric characters.
 */
const doppler = regexRule({
    id: "secret/doppler",
    title: "Doppler token",
    description: "A Doppler personal (dp.pt.), service (dp.st., optionally followed by the config name), service account (dp.sa.), CLI (dp.ct.), SCIM (dp.scim.) or audit (dp.audit.) token: the prefix then 40 or more alphanumeric characters (Doppler API reference, 'Authentication', which lists the token types, and 'Service Tokens').",
    fix: "Revoke the token in the Doppler dashboard (the config's Access tab for service tokens, Team › Service Accounts, or your personal Tokens page), generate a new one, and pass it as DOPPLER_TOKEN from your deployment's secret store.",
    severity: "error",
    keywords: ["dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."],
    pattern: /(?<![0-9A-Za-z_.-])(?<secret>dp\.(?:pt|sa|ct|scim|audit|st(?:\.[a-z0-9][a-z0-9_-]{0,59})?)\.[0-9A-Za-z]{40,})(?![0-9A-Za-z_-])/g,
    accept: (secret) => !looksPlaceholder(secret.slice(secret.lastIndexOf(".") + 1)),
    samples: {
        positive: [
            "DOPPLER_TOKEN=«dp.st.prd.1HaPDQqPY5fcAxU0SWRAGdZ3sFgltmNKdGTaYz8PyPo»",
            "export DOPPLER_TOKEN='«dp.pt.G6dhAxQETjzQypuemRSLGkViVGJ9kEgQV0f91y7dBUg»'",
            "doppler:\n  token: «dp.sa.2OA4XJorlKTQXCerLvOH3IDi2hlZhsATsxde7NGQaOHL»",
            '{ "scimToken": "«dp.scim.5rLLKPdgTrsO7RxgyuR7GiDury6vKN5Q8Ywnux2kJTkW»" }',
            "const token = '«dp.st.C6aeBQS5BsG1kvDYuyzxWhS1GoHOSBFL6y5mxqf1yns»';",
        ],
        negative: [
            "echo 'dp.st.prd.xxxx' | doppler configure set token --scope /usr/src/app",
            "DOPPLER_TOKEN=dp.pt.LnbkJCDzsgcGw5suAWVnLLvFXGVD8cIwrq02mny", // 39 characters
            "DOPPLER_TOKEN=dp.xx.tt8E9THo3J7gn1i4W35xPjdukpfuH5wBWaEbOFHq", // unknown type
            "DOPPLER_TOKEN=dp.ct.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "DOPPLER_TOKEN=dp.pt.G4Qi0YDpwsWPeCf3Zq0QMPS-WR1LEaUejZbItgW4wWNhcg5cjt", // '-' is not in the alphabet
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/google-api-key.ts


/**
 * Google API keys: "AIza" followed by 35 characters from [0-9A-Za-z_-] (39 in all), as Google's
 * API key documentation shows them.
 */
const googleApiKey = regexRule({
    id: "secret/google-api-key",
    title: "Google API key",
    description: "A Google Cloud / Firebase API key: AIza followed by 35 URL-safe base64 characters (Google Cloud documentation, 'Using API keys').",
    fix: "Delete the key in the Google Cloud console (APIs & Services › Credentials), create a restricted one, and keep it in a secret store.",
    severity: "error",
    keywords: ["aiza"],
    pattern: /(?<![0-9A-Za-z_-])(?<secret>AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g,
    accept: (secret) => !looksPlaceholder(secret.slice(4)),
    samples: {
        positive: [
            "GOOGLE_API_KEY=«AIzaSyD3mQ8vX2kLp9Rt4Wn6Yb1Zc7Hf0Jg5U-A»",
            '{ "firebase": { "apiKey": "«AIzaQq7Rk2Lm9Xv4Bn6Ct1Dw8Ez3Fy5Gs0Hp_uV»" } }',
            "const key = '«AIzaB1c2D3e4F5g6H7i8J9k0L1m2N3o4P5q6R7s»';",
        ],
        negative: [
            "AIza is the prefix of Google API keys",
            "AIzaSyD3mQ8vX2kLp9Rt4Wn6Yb1Zc7Hf0Jg5U", // 38 characters: one short
            "AIzaSyD3mQ8vX2kLp9Rt4Wn6Yb1Zc7Hf0Jg5U-AB", // 40: part of something longer
            "XAIzaSyD3mQ8vX2kLp9Rt4Wn6Yb1Zc7Hf0Jg5U-A",
            "GOOGLE_API_KEY=AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", // a placeholder of the right length
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/heroku.ts

const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
const HRKU = `HRKU-(?:[0-9A-Za-z_-]{60}|${UUID})`;
/** A UUID that is not a run of one digit or a counting sequence (`00000000-…`, `12345678-…`). */
function plausibleUuid(value) {
    const digits = value.replace(/-/g, "").toLowerCase();
    return new Set(digits).size >= 8 && !/0123456|1234567|abcdef/.test(digits);
}
/** The key a value is assigned to names a credential, not an app, team or pipeline id. */
function credentialKey(key) {
    return (/key|token|auth|pass|secret|cred/i.test(key) &&
        !/(?:app|team|pipeline|space|org)[_-]?(?:id|uuid)/i.test(key));
}
/**
 * Heroku API credentials: OAuth tokens since 2024 carry the prefix `HRKU-` (65 characters in all);
 * older API keys and authorizations are bare UUIDs, which are everywhere, so those count only when
 * assigned to a credential key beside a Heroku keyword, or in the `.netrc` entry for
 * api.heroku.com that the Heroku CLI writes.
 */
const heroku = shapesRule({
    id: "secret/heroku",
    title: "Heroku API key",
    description: "A Heroku OAuth token or API key: HRKU- followed by 60 URL-safe characters (Heroku Dev Center, 'Heroku OAuth', prefixed tokens, 65 characters in all); or a legacy UUID API key assigned to a credential key named with 'heroku' (or under a 'heroku' section), or the password of the api.heroku.com entry in .netrc.",
    fix: "Revoke the key: 'heroku authorizations:revoke <id>' or regenerate the API key in the Heroku Dashboard (Account settings › API Key); create a scoped authorization with 'heroku authorizations:create' and keep it in a secret store.",
    severity: "error",
    keywords: ["hrku-", "heroku"],
    shapes: [
        {
            pattern: new RegExp(`(?<![0-9A-Za-z_-])(?<secret>${HRKU})(?![0-9A-Za-z_-])`, "g"),
            accept: (secret) => !/^HRKU-(?:x{8,}|0{8})/i.test(secret),
        },
        {
            pattern: new RegExp(`(?<![\\w.-])(?<key>[\\w.-]*(?:key|token|auth|pass|secret|cred)[\\w.-]*)${ASSIGN}(?<secret>${UUID})(?![0-9A-Za-z_-])`, "gi"),
            accept: (secret, m, text) => {
                const key = m.groups?.key ?? "";
                const before = text.slice(Math.max(0, m.index - 160), m.index);
                return credentialKey(key) && plausibleUuid(secret) && (/heroku/i.test(key) || /heroku/i.test(before));
            },
        },
        {
            pattern: new RegExp(`machine\\s+(?:api|git)\\.heroku\\.com\\s+login\\s+\\S+\\s+password\\s+(?<secret>${HRKU}|${UUID})(?![0-9A-Za-z_-])`, "g"),
            accept: (secret) => secret.startsWith("HRKU-") || plausibleUuid(secret),
        },
    ],
    samples: {
        positive: [
            "HEROKU_API_KEY=«HRKU-3O9jgIQnSCz8Xt9Pl4vmIHiVZj9uolgXU_nK3SZDSgGgWWaD2qxNRN0QgYcj»",
            'curl -H "Authorization: Bearer «HRKU-xVAyo2zV3UNhvIu0X6rER_F2IzEtLIyqlp9mjs4EiVcXxh6RooE35OCwRUNP»" https://api.heroku.com/apps',
            "export HEROKU_API_KEY=«91b5d525-e5c6-4177-9e74-26a1f8d0ed56»",
            "deploy:\n  heroku:\n    api_key: «f1ed2ad6-2f6c-43a7-8c5c-b54533bd7197»",
            '{ "herokuApiToken": "«fa16d367-eb84-4067-beda-af2a63afa001»" }',
            "machine api.heroku.com\n  login dev@corp.test\n  password «ccbdd8ab-7e11-4ac0-8224-603a6d382737»",
        ],
        negative: [
            "HEROKU_APP_ID=91b5d525-e5c6-4177-9e74-26a1f8d0ed56", // an app id is an identifier
            "API_KEY=f1ed2ad6-2f6c-43a7-8c5c-b54533bd7197", // a UUID with nothing about Heroku
            "HEROKU_API_KEY=00000000-0000-0000-0000-000000000000",
            "HEROKU_API_KEY=HRKU-FyRBotShhwl4cUyb52eUISK7e7bIWDFTPdLYuc-qfDb5yZ-hTCHCMH1w2jY", // 59 after the prefix
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
            "heroku_api_key: ${{ secrets.HEROKU_API_KEY }}",
            "HEROKU_API_KEY=HRKU-<your token>",
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/jwt.ts


/** What a JWT's claims say about it being safe to publish. */
function publicByDesign(claims) {
    // Supabase's anon key is a JWT meant for browsers; its service_role key is not.
    if (claims.iss === "supabase" && claims.role === "anon")
        return true;
    // The claims of the well-known specification/debugger example.
    if (claims.sub === "1234567890" && claims.name === "John Doe")
        return true;
    return false;
}
/**
 * JSON Web Tokens (RFC 7519) in JWS compact form: three base64url parts separated by dots. The
 * header must decode to a JSON object with an "alg" other than "none", the payload to a JSON
 * object, and the signature must be present — an unsigned token proves nothing and a JWE has five
 * parts. Headers start `{"`, so every token starts `eyJ`.
 */
const jwt = regexRule({
    id: "secret/jwt",
    title: "JSON Web Token",
    description: "A signed JSON Web Token (RFC 7519 / RFC 7515 compact serialization): base64url header, payload and signature separated by dots; the header is decoded and must be a JSON object with an 'alg' other than 'none', the payload must be a JSON object. Supabase anon keys (role 'anon') are public by design and are not reported.",
    fix: "Treat the token as a password: if it is long-lived (an API key, a service-role key, a refresh token), revoke it at its issuer or rotate the signing key; load tokens at runtime instead of committing them, and give test fixtures tokens signed with a throwaway key.",
    severity: "error",
    keywords: ["eyj"],
    pattern: /(?<![0-9A-Za-z_.-])(?<secret>eyJ[0-9A-Za-z_-]{8,}\.[0-9A-Za-z_-]{4,}\.[0-9A-Za-z_-]{16,})(?![0-9A-Za-z_-]|\.[0-9A-Za-z_-])/g,
    accept: (secret) => {
        const [header, payload, signature] = secret.split(".");
        const h = decodeJsonObject(header ?? "");
        const claims = decodeJsonObject(payload ?? "");
        if (!h || !claims || typeof h.alg !== "string" || h.alg.toLowerCase() === "none")
            return false;
        const sig = decodeBase64(signature ?? "");
        return sig !== undefined && sig.length >= 16 && !publicByDesign(claims);
    },
    samples: {
        positive: [
            "AUTH_TOKEN=«eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxNzY0N2I3Yi0yN2VlLTRhNjMtODM0Mi00ODk1ZGM4MmM1ZWMiLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3MzU2ODk2MDAsImV4cCI6MTczNTY5MzIwMH0.j_LiQVR2es1LPA47VCXHQ8YAdMRu70ImhYotNf4FhBE»",
            'curl -H "Authorization: Bearer «eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImIyMjhkNmYyY2MxNzRjYjMifQ.eyJpc3MiOiJodHRwczovL2F1dGguY29ycC50ZXN0LyIsInN1YiI6InVzZXJ8NGU4NzYyNjAwMWVjIiwiYXVkIjoiYXBpIiwiaWF0IjoxNzM1Njg5NjAwLCJleHAiOjE3MzU3NzYwMDB9.qhgmSR8BFhrHOubmK0CgEvTbwjmqk413bm888lIoJUl75mf28ijkU-6sp0deTLBONnSOZv9q1PW7HhBM4KrID_4ov6bwKP-Re1GZTDR9NnL6FOzlUPkWvWORTH4uUMsO-6yUUvboKiGyS9UU6fN0RDJZa7reqstfrRyXlSOWkhP9BYyog5Iwh-sduUtixbGCbLE5vyndt_BW1fzkObbV-kw4yvuJJAjThc9VSp3--ggRVdRS07cLaBwwxFAKZHthr5WAVHP5BNHZu3g5NiJLVCV7c7OtxWxKM8M2xFRRB1lOXDxvZBXJwFCj-yGInewc6Vl04kxmN2lnMus1DiAo1w»" https://api.corp.test/me',
            '{ "deployToken": "«eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtZGVwbG95Iiwic2NvcGUiOiJkZXBsb3k6d3JpdGUiLCJpYXQiOjE3MzU2ODk2MDB9.ffyVSYa3G2Vs0IV9kXsYFsdEe4m94-wqd6_WdSPRhUUVglEBbWJ4z1Ot7nFrj8BZZrc6F7ZSK8qVOe4Z7hT0Dw»" }',
            "const serviceKey = '«eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF3dm5iY3hsemtwZGpodGciLCJyb2xlIjoic2VydmljZV9yb2xlIiwiaWF0IjoxNzM1Njg5NjAwLCJleHAiOjIwNTEwNDk2MDB9.dCulmGgqTX3qX4WMlLvWkNedzhL_rVj4VGRSBTCuFlE»';",
            "https://app.corp.test/callback?token=«eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxNzY0N2I3Yi0yN2VlLTRhNjMtODM0Mi00ODk1ZGM4MmM1ZWMiLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3MzU2ODk2MDAsImV4cCI6MTczNTY5MzIwMH0.j_LiQVR2es1LPA47VCXHQ8YAdMRu70ImhYotNf4FhBE»&state=1",
        ],
        negative: [
            // Header without "alg".
            "TOKEN=eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiI0MiJ9.XHqxsFHsSbrZwBMCRwFrq0wJl-JKTT5I4FiZuvWNMBM",
            // alg "none" and no signature.
            "TOKEN=eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiI0MiIsImFkbWluIjp0cnVlfQ.",
            // A Supabase anon key: public by design.
            "NEXT_PUBLIC_SUPABASE_ANON_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF3dm5iY3hsemtwZGpodGciLCJyb2xlIjoiYW5vbiIsImlhdCI6MTczNTY4OTYwMCwiZXhwIjoyMDUxMDQ5NjAwfQ.IWv-5H6SrpaHucxWmZkZxNilZHJYlg2uNINm7HVtYno",
            // The specification's example claims.
            "TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.D2SyuxxvUVpzDX2c-MH9Oj-LtEpWqSsnflmB-JLoQCQ",
            // A header that is not JSON (cut short).
            "TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI.eyJzdWIiOiIxIn0.d8MulY1yGMpNZ83XlbIrbM-XhGDK-IU35fiupEb3aPs",
            "TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.<payload>.<signature>",
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/mailgun.ts

/**
 * Mailgun API keys. The classic private key is `key-` and 32 hex characters. Keys created since
 * Mailgun's multi-key API (account and domain sending keys) are 32 hex characters, `-`, and the
 * key's id, two groups of 8 hex characters as the Keys API lists them; that shape carries no
 * prefix, so it counts only with "mailgun" close by. The public validation key (`pubkey-…`) is
 * not a secret.
 */
const mailgun = shapesRule({
    id: "secret/mailgun",
    title: "Mailgun API key",
    description: "A Mailgun private API key: key- followed by 32 hex characters; or a current account or domain sending key, 32 hex characters, '-', then the key id (8 hex, '-', 8 hex), when 'mailgun' appears within a few lines (Mailgun documentation, 'Authentication' and the Keys API). Public validation keys (pubkey-) are not reported.",
    fix: "Delete or reset the key in the Mailgun dashboard (Account settings › API Security, or the domain's Sending API keys), create a new one — a domain sending key where sending is all it does — and keep it in a secret store.",
    severity: "error",
    keywords: ["key-", "mailgun"],
    shapes: [
        {
            pattern: /(?<![0-9A-Za-z_-])(?<secret>key-[0-9a-f]{32})(?![0-9A-Za-z_-])/g,
            accept: (secret) => !/^key-(?:0{32}|x{32})$/.test(secret) && new Set(secret.slice(4)).size >= 6,
        },
        {
            pattern: /(?<![0-9A-Za-z_-])(?<secret>[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![0-9A-Za-z_-])/g,
            accept: (secret, m, text) => new Set(secret.slice(0, 32)).size >= 6 &&
                /mailgun/i.test(text.slice(Math.max(0, m.index - 300), m.index + secret.length + 300)),
        },
    ],
    samples: {
        positive: [
            "MAILGUN_API_KEY=«key-0dc052f64cadb3a90fef6ea465e1e306»",
            "curl -s --user 'api:«key-c7c4994d6d07aad46773ea6848954fc2»' https://api.mailgun.net/v3/mg.corp.test/messages",
            "MAILGUN_API_KEY=«e5402147454413034e13a0ae89160c6d-c734b536-edbcaf44»",
            'mailgun:\n  domain: mg.corp.test\n  secret: "«57fc06b23f1539929578c2b0e8bc91d3-cb973552-315bd5a0»"',
            "const mg = mailgun.client({ username: 'api', key: '«key-e5402147454413034e13a0ae89160c6d»' });",
        ],
        negative: [
            "MAILGUN_PUBLIC_KEY=pubkey-57fc06b23f1539929578c2b0e8bc91d3", // the public validation key
            "MAILGUN_API_KEY=key-0dc052f64cadb3a90fef6ea465e1e30", // 31 hex
            "MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "CACHE_ID=e5402147454413034e13a0ae89160c6d-654248b8-fa8dc9ad", // the new shape without Mailgun near
            "MAILGUN_API_KEY=key-<your-api-key>",
            "MAILGUN_KEY_ID=dd2f8974-32b48b7b", // a key id alone
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/paypal-braintree.ts

/**
 * PayPal / Braintree access tokens (the credential PayPal's Braintree SDK integration takes):
 * `access_token$production$`, the 16-character merchant id, `$`, and 32 hex characters.
 * Sandbox tokens (`$sandbox$`) reach no money and are left alone.
 */
const paypalBraintree = regexRule({
    id: "secret/paypal-braintree",
    title: "PayPal Braintree production access token",
    description: "A Braintree (PayPal) production access token: access_token$production$, a 16-character merchant id, $, and 32 hex characters (Braintree developer documentation, 'Access tokens' for the PayPal/Braintree SDK integration).",
    fix: "Revoke the access token in the PayPal developer dashboard (or the Braintree Control Panel's API settings), generate a new one, and keep it in a secret store.",
    severity: "error",
    keywords: ["access_token$production$"],
    pattern: /(?<![0-9A-Za-z_])(?<secret>access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32})(?![0-9A-Za-z_])/g,
    samples: {
        positive: [
            "BRAINTREE_ACCESS_TOKEN=«access_token$production$dph75qs7iccw8gx5$8b298c82b8f3a4a60ce6d28612003aed»",
            "gateway = braintree.BraintreeGateway(access_token='«access_token$production$ljdvb7g07zeesbf1$84c526859dc7265c027ee8e9a8a84aaa»')",
            '{ "paypal": { "accessToken": "«access_token$production$cpqlc2biujb3gho6$15fcc99d82fd66f6a0d4d193a6b255ef»" } }',
        ],
        negative: [
            "BRAINTREE_ACCESS_TOKEN=access_token$sandbox$fqnuf5fjiy2nhof6$edb24b3bd564f7ed7f591e4a11bc10e5", // sandbox
            "BRAINTREE_ACCESS_TOKEN=access_token$production$fqnuf5fjiy2nhof6$edb24b3bd564f7ed7f591e4a11bc10", // 30 hex
            "BRAINTREE_ACCESS_TOKEN=access_token$production$<merchant_id>$<token>",
            "BRAINTREE_ACCESS_TOKEN=access_token$production$fqnuf5fjiy2nhof$edb24b3bd564f7ed7f591e4a11bc10e5", // 15-char id
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/postman.ts

/** Postman API keys: `PMAK-`, 24 hex characters (the key id), `-`, 34 hex characters. */
const postman = regexRule({
    id: "secret/postman",
    title: "Postman API key",
    description: "A Postman API key: PMAK- followed by 24 hex characters, a hyphen and 34 hex characters (Postman Learning Center, 'Authenticate with API keys', and the Postman API's x-api-key header).",
    fix: "Delete the key in Postman (avatar › Settings › API keys), generate a new one, and keep it in a secret store or a Postman vault rather than in a collection or repository.",
    severity: "error",
    keywords: ["pmak-"],
    pattern: /(?<![0-9A-Za-z_-])(?<secret>PMAK-[0-9a-f]{24}-[0-9a-f]{34})(?![0-9A-Za-z_-])/g,
    samples: {
        positive: [
            "POSTMAN_API_KEY=«PMAK-c4fa93d276cad342e6b67a7c-2857f6698724ae767cb39d530bceaed493»",
            "curl -H 'X-Api-Key: «PMAK-859b3815785363889b60432b-d0cc862de0741dd13ac836a1a91a0cbdf5»' https://api.getpostman.com/collections",
            '{ "postman": { "apiKey": "«PMAK-7880bc87a49a2c18dc7a4a20-6dd721a81f547614f53ae4bff6424d0e34»" } }',
        ],
        negative: [
            "POSTMAN_API_KEY=PMAK-c4fa93d276cad342e6b67a7c-2857f6698724ae767cb39d530bceaed4", // 32 hex after the id
            "POSTMAN_API_KEY=PMAK-2d78c2385a3e19f884bf2acc", // the key id alone
            "POSTMAN_API_KEY=PMAK-xxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "POSTMAN_API_KEY=PMAK-2D78C2385A3E19F884BF2ACG-48066dce92f4a1df2b55b50d3466235a2b", // G is no hex
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/private-key.ts

/** Labels whose body is plain DER (PKCS#1, SEC1, DSA, PKCS#8): it starts with a SEQUENCE, "M". */
const DER_LABELS = new Set([
    "RSA PRIVATE KEY",
    "EC PRIVATE KEY",
    "DSA PRIVATE KEY",
    "PRIVATE KEY",
    "ENCRYPTED PRIVATE KEY",
]);
/** base64("openssh-key-v1\0"), the start of every OpenSSH private key body. */
const OPENSSH_MAGIC = "b3BlbnNzaC1rZXktdjE";
/**
 * The base64 of an armored body, with what surrounds it in files and code taken away: escaped
 * newlines (JSON, .env), per-line quotes, `+` and `,` (string concatenation), comment markers,
 * indentation, RFC 1421 / OpenPGP armor headers (`Proc-Type:`, `DEK-Info:`, `Version:`,
 * `Comment:`) and the OpenPGP checksum line. Undefined when anything else is left.
 */
function armoredBase64(body) {
    const headers = [];
    const chunks = [];
    const lines = body.replace(/\\\\?[rn]/g, "\n").split(/\r?\n/);
    for (const raw of lines) {
        const line = raw.replace(/^[\s"'`+,]*(?:#|\/\/|\*)?[\s"'`+,]*/, "").replace(/[\s"'`+,\\]*$/, "");
        if (line === "")
            continue;
        if (/^[A-Za-z][A-Za-z0-9-]*:\s/.test(line)) {
            headers.push(line);
            continue;
        }
        if (/^=[A-Za-z0-9+/]{4}$/.test(line))
            continue; // OpenPGP CRC-24
        chunks.push(line);
    }
    const base64 = chunks.join("");
    return /^[A-Za-z0-9+/]+={0,2}$/.test(base64) ? { base64, headers } : undefined;
}
/** A body that is really a key: long enough, varied, not `xxxx`, and shaped as its label says. */
function isKeyBody(label, body) {
    const parsed = armoredBase64(body);
    if (!parsed)
        return false;
    const { base64, headers } = parsed;
    if (base64.length < 60 || new Set(base64).size < 20 || /x{6,}/i.test(base64))
        return false;
    const encryptedLegacy = headers.some((h) => /^DEK-Info:/i.test(h));
    if (DER_LABELS.has(label) && !encryptedLegacy)
        return base64.startsWith("M");
    if (label === "OPENSSH PRIVATE KEY")
        return base64.startsWith(OPENSSH_MAGIC);
    return true;
}
// Sample bodies: random bytes behind each format's fixed leading bytes, generated for these tests.
const ED25519_BODY = "MC4CAQAwBQYDK2VwBCIEIMllxaDaGNQWFTIKr+O4fqrAgmljzcjAD3iqGhU6iK9k";
const RSA_BODY = [
    "MIIBOwIBAAJBAAndXK1XnuVWJLncVN3AWeHAp7BU823Fdk9+Rycc7wP969RLUICX",
    "FEYkW9bsb77aa0v8sngkMJj7YskX0JZ0MsOvEW+YFfIyuVbTDCnTi86LxHlES5NU",
    "5Y0JRRUDUQjaQ/kwHxwH87spmAQIW1JzAQ6ONw5m7gHQX/q6PsPOl8/Uc3AXy5vm",
    "570SO04YSaeehaxvFqh+Ku+VxTKIbY8qp972fs6zs9KTz0SUZnRkdwxRb+t+p6Xg",
    "TQgEJCHgT27bQ3JNB3R5ciJtufTbTmpVgHpXEIA9aSzP9QdVtt5pug+C/hMlAlsp",
    "c+gAt1d/Zh8stLGZDW3zdY3WO93dpEpGX/3yNFu1NdfGfQpqbo7BgqZhPx68iyGM",
    "tFoGEXCzMockr78RsmbEqqCTYEJkNtC98faW",
].join("\n");
const EC_BODY = [
    "MHcCAQEEIBEOJ72xGOdreZTOFfSLpB9D86ZyM8Ht7LfPHGTsW5r1oAoGCCqGSM49",
    "AwEHoUQDQgAE384nf/vBYc4nqEyg2ja94UnK7wYbO4NJCATv2dLfFOfGqsw+2TU/",
    "J1fY1CMOH86KV7B8V0GGMO20h+VE53trvA==",
].join("\n");
const OPENSSH_BODY = [
    "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
    "QyNTUxOQAAACAcYWWZPJmzaePkz/eQ1mf+qfxFLFxGjjBiLtMh/BCJAwAAAJVZQR8GWUEf",
    "BgAAAAtzc2gtZWQyNTUxOQAAACCkRhzsDm+KrnS3H17bAgHNSIwiYFbDtkSiyRm+t6Td6Q",
    "AAAEDeRG3T9llv2hvFaMBqTtx3h5B/CmcYv/i3hB5N+nJeg05yx7e2OAKkzUfwWJFUHuDm",
    "TORUGGoye8a3EV94N06UAAAADWRldkBjb3JwLnRlc3QBAgMEBQ==",
].join("\n");
const ENCRYPTED_BODY = [
    "MIIBITCBMwHXrGsqxD+YdcGU9fRa3EyBjLbPnwXNvJpqH/fULBVdnuomhQCwotVc",
    "nvzzI2MN4KeKvgP+zLUNe+pi7eKhNwz3WjTF3ewFEGrpwfG+ardCbR6qiKEuNBOx",
    "hwVhmL0wdc+NSz1TtxePmLLNIC1v6vQ2XRe4G9Kw2/0VKfkScs0lGzOWcseyvsKF",
    "1+Yqmtlz3eOzgHaufDp7liLqXYiedgzZQsi7FGM386AkyS5OcTL83bGV38DUs4Ou",
    "iGZpFj29SQ0iZkoKjcrnO3SVFOiRQj1dL+EGWAxXzn0yvx2MxfL4i+YSJV465bp+",
    "YwJhTACs9IzUcFNozSEQUiPyivgvhLZoEsG3rdM5bqzXqcu5CWyP+xBRC8FvFg==",
].join("\n");
const DSA_BODY = [
    "MIIBuwIBAAKBgQDGWy/ylS/Q+sPLBjNEngcf2TJi6A1MtJdzviXqxULmUm2iV2j6",
    "4Lj3c80pcvw1xi6F6VsFr7wCi8eS0CV3imt08qsh+6A1sSo13TmIKs2+siANnmMl",
    "25Sx/LB7BpCSz4QkX37Zwkex2e27g+T8ke705ER/tCNAWiZpOwbbn2Jxn5Bentdu",
    "fXNWkigZPxhwWSHKkrlBDtTRP4i6U/Snxabyq4FXYgKktl/xljDy2rr7P05vNcgg",
    "nTWnNWW3dSj6Lc7edfwAPBoCSZlm9cGQW16n4+cgkXWAJAfCVVXfz0H1EQUzh5Nc",
    "WA3A9Y6ESXdzzZatJKUzWzzR9tPl20QYaXpaWC4jRZJ6zoCL3vqBSUplNsaM1q7C",
    "psa4D4tfoDqaJ2qJFUy4KufT+eWSHq4=",
].join("\n");
const LEGACY_BODY = [
    "uhot6zOb0nORbD/N8j4fyfY5DrR0QwpXapGAV5vAzIkN6EvHwQWbW6RANalmSyta",
    "R1XRBnmAlVVvc3aH9wuSPxa/PoQFOlmZy+u6mcIFKC51uqW+w+RWKUSBUHZFRh61",
    "/DJKVJ0tEXnFEKlJNsIbSj0kD6QuABs+UyASjstVlrR4aEVKBMpotHrBkiSjrEDt",
    "UdBcT+GL51qsojbpucEcUpDpzh/Z+aNUVOvGDgNxJW+82UBAh6RNEv9Mdi+ptkEA",
    "1duXGZtngqBbW7GQ0mlueFBYY+KJD+mcl2t1uUGKD1clbpwRBV4b5Uc4zgtkbm1/",
    "AiKkazOQbESDLe9rcY/Os0lonTjRRT6aO7RfbD1KeIFBWx5bEfWsa50ca2VZ0Jvu",
    "ca4ZGWEKDodQCqy4",
].join("\n");
const PGP_BODY = [
    "lQHY+LACEl6qkQ9pS0dK48QEHvCEoceTO2/IpN0Yd+QBYuNYG+FH4L42Ra6jO6B5",
    "F8VFt2nLTlH9yWy6Ads3t7zV0uGAqtb5vB5SZXOvJcSDuDJVb5igp24NJSjV7gmJ",
    "t0qyp+Q+28sih9ptRbbIckZ4GYPZjivvCw0OegFvhBTQoGwujy3pKYsElNwDgGCi",
    "f/Iid9xjRcqKeEjKXDDVXzBTjWrLuIqF6h1M35346mSc109oNck3OzbKdbFscin0",
    "28JKXHsX0ijIYHftGM2GlluuQ9mNa1pTOWvfk5Rhj0Rb2SO1wyfK97Rk+AB+fc07",
    "WmkjynkFtGHx1LvUAPLtKWW09JFap2HcsXW5tcHwiAX4ZJWpTxZ7yfgzmZWnKDsF",
    "vZ8W+GRNNXs5dYLFyAhW",
].join("\n");
const PUTTY_PUBLIC = ["AAAAC3NzaC1lZDI1NTE5AAAAIBxhZZk8mbNp4+TP95DWZ/6p/EUsXEaOMGIu0yH8", "EIkD"].join("\n");
const SPKI_BODY = [
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgDZ1FGCrcvL5Bm7bg9GKwq8oAmm147D",
    "fuBQnW6iPTCVwCmHUlhWwC2RopQ46H5bCG3ZVvssaAX/nEeUwIhJBnRIHA==",
].join("\n");
const CERT_BODY = [
    "MIIBGtUEFuafm0pkybHBF1G9kqknpsFbbiaZxonBV2vblEeTHeFozssvrDiYnqJm",
    "auY+odOI66+fSlq2gUr/XBBLpiqs7R8oYI2m7j3qcwpW3gLE3lewfiKhnV3ZHKGi",
    "gPZQO+k2YNKvvmnEbKgVcn64hac4FnuwU6n9f9JAdyRggx7C507sS5eE7R1RidAu",
    "N/xy9CQQthODym+kjFc5WQksogbH0B9Kz/xXeMH07ez2BeLJl3014yyyOtQSzcrl",
    "Y4R0y2O7XmFTR2ZGpmf9IGdtSL/mYsvvmxweVAIyj6TWrUABzTItimLR+aG2za59",
    "7jnnZRth+fH2AtDsfKQ75RiOBkzVDMDIQ0j0/p+D9SrMhTRNEt/Rd/RZG3Bxv7R9",
    "W6jadjDcShaZCOo1wMlP9POCh7LpYKCMsA64UGDTyBMKeKoy7StwpWuBqGh2T0Uj",
    "ZWp05Zm6hVk/WsLq1trRvb8zU0g6ThkSJfxU2NGpo8RoHp42Db5/5IEV4joUR1JD",
    "+IJ7CY+i9DAXT7BZMQKRI6nsOw==",
].join("\n");
/**
 * Private keys: PEM / RFC 7468 blocks (`-----BEGIN RSA|EC|DSA|OPENSSH|ENCRYPTED| PRIVATE KEY-----`
 * and any other `… PRIVATE KEY` label), OpenPGP `PRIVATE KEY BLOCK`s, SSH.com (`---- BEGIN SSH2
 * ENCRYPTED PRIVATE KEY ----`) and PuTTY `.ppk` files. The whole block from BEGIN to the matching
 * END is reported. The body is checked: it must be base64 of a real length (quotes, `\n`
 * escapes, concatenation and indentation around the lines are allowed, so a key split over lines
 * of code is found), and DER / OpenSSH bodies must start as those formats do — so public keys,
 * certificates and a BEGIN line around `...` or `<your key>` are not findings.
 */
const privateKey = shapesRule({
    id: "secret/private-key",
    title: "Private key",
    description: "A private key block: PEM / RFC 7468 '-----BEGIN <RSA|EC|DSA|OPENSSH|ENCRYPTED|…> PRIVATE KEY-----' through the matching END line (PKCS#1, SEC1, PKCS#8, OpenSSH), an OpenPGP 'PRIVATE KEY BLOCK' (RFC 4880 armor), an SSH.com 'SSH2 ENCRYPTED PRIVATE KEY', or a PuTTY key file ('PuTTY-User-Key-File-' through 'Private-MAC'); the body is decoded as base64 and checked, so placeholders, public keys and certificates are not reported.",
    fix: "Treat the key as compromised: revoke or replace it where it is trusted (authorized_keys, the CA, the cloud provider's key list, the PGP keyserver with a revocation certificate), generate a new key pair, and keep the private key in a secret store or on the host only — commit the public key, never the private one.",
    severity: "error",
    keywords: ["private key", "putty-user-key-file-"],
    shapes: [
        {
            pattern: /-----BEGIN (?<label>(?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----(?<body>(?:(?!-----BEGIN )[\s\S]){1,40000}?)-----END \k<label>-----/g,
            accept: (_secret, m) => isKeyBody(m.groups?.label ?? "", m.groups?.body ?? ""),
        },
        {
            pattern: /---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----(?<body>(?:(?!---- BEGIN )[\s\S]){1,40000}?)---- END SSH2 ENCRYPTED PRIVATE KEY ----/g,
            accept: (_secret, m) => isKeyBody("SSH2 ENCRYPTED PRIVATE KEY", m.groups?.body ?? ""),
        },
        {
            pattern: /PuTTY-User-Key-File-\d+: [^\r\n]+(?:\r?\n[^\r\n]*){2,60}?\r?\nPrivate-Lines: (?<count>\d{1,3})(?<lines>(?:\r?\n[A-Za-z0-9+/=]+)+)\r?\nPrivate-MAC: [0-9a-fA-F]{40,64}/g,
            accept: (_secret, m) => {
                const lines = (m.groups?.lines ?? "").split(/\r?\n/).filter((l) => l !== "");
                const base64 = lines.join("");
                return (lines.length === Number(m.groups?.count) &&
                    base64.length >= 40 &&
                    new Set(base64).size >= 16 &&
                    !/x{6,}/i.test(base64));
            },
        },
    ],
    samples: {
        positive: [
            `«-----BEGIN RSA PRIVATE KEY-----\n${RSA_BODY}\n-----END RSA PRIVATE KEY-----»\n`,
            // A service-account JSON: the key on one line with escaped newlines.
            `{ "type": "service_account", "private_key": "«-----BEGIN PRIVATE KEY-----\\n${ED25519_BODY}\\n-----END PRIVATE KEY-----»\\n" }`,
            // Split over consecutive lines of code.
            [
                "const key =",
                '  "«-----BEGIN EC PRIVATE KEY-----\\n" +',
                '  "MHcCAQEEIBEOJ72xGOdreZTOFfSLpB9D86ZyM8Ht7LfPHGTsW5r1oAoGCCqGSM49\\n" +',
                '  "AwEHoUQDQgAE384nf/vBYc4nqEyg2ja94UnK7wYbO4NJCATv2dLfFOfGqsw+2TU/\\n" +',
                '  "J1fY1CMOH86KV7B8V0GGMO20h+VE53trvA==\\n" +',
                '  "-----END EC PRIVATE KEY-----»";',
            ].join("\n"),
            // A YAML block scalar.
            `tls:\n  key: |\n    «-----BEGIN OPENSSH PRIVATE KEY-----\n    ${OPENSSH_BODY.replace(/\n/g, "\n    ")}\n    -----END OPENSSH PRIVATE KEY-----»\n`,
            `DEPLOY_KEY="«-----BEGIN ENCRYPTED PRIVATE KEY-----\n${ENCRYPTED_BODY}\n-----END ENCRYPTED PRIVATE KEY-----»"`,
            `SIGNING_KEY = """«-----BEGIN EC PRIVATE KEY-----\n${EC_BODY}\n-----END EC PRIVATE KEY-----»"""`,
            `«-----BEGIN DSA PRIVATE KEY-----\n${DSA_BODY}\n-----END DSA PRIVATE KEY-----»`,
            `«-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,4E0B7C9A5FF306B04E0B7C9A5FF306B0\n\n${LEGACY_BODY}\n-----END RSA PRIVATE KEY-----»`,
            `«-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${PGP_BODY}\n=Uhuz\n-----END PGP PRIVATE KEY BLOCK-----»`,
            [
                "«PuTTY-User-Key-File-3: ssh-ed25519",
                "Encryption: none",
                "Comment: eddsa-key-20250101",
                "Public-Lines: 2",
                PUTTY_PUBLIC,
                "Private-Lines: 1",
                "AAAAIDj+xkAIB2hSWY721xXxVZRGIkg/FkMwf2nfGBVOZsxQ",
                "Private-MAC: f323f4a54ec0c646d7cc7e9b68c2551a92428867d615c4050546d0ab4122b2db»",
            ].join("\n"),
        ],
        negative: [
            `-----BEGIN PUBLIC KEY-----\n${SPKI_BODY}\n-----END PUBLIC KEY-----`,
            `-----BEGIN CERTIFICATE-----\n${CERT_BODY}\n-----END CERTIFICATE-----`,
            "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
            "-----BEGIN PRIVATE KEY-----\n<your key>\n-----END PRIVATE KEY-----",
            "PRIVATE_KEY=-----BEGIN PRIVATE KEY-----\\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\n-----END PRIVATE KEY-----",
            // Code that names the armor lines without holding a key.
            'const header = "-----BEGIN PRIVATE KEY-----";\nconst footer = "-----END PRIVATE KEY-----";',
            // BEGIN and END of different kinds.
            `-----BEGIN RSA PRIVATE KEY-----\n${RSA_BODY}\n-----END EC PRIVATE KEY-----`,
            // A BEGIN line with no END (a truncated paste).
            `-----BEGIN OPENSSH PRIVATE KEY-----\n${OPENSSH_BODY}\n`,
            // A PKCS#1 label around a body that is not DER.
            `-----BEGIN RSA PRIVATE KEY-----\n${PUTTY_PUBLIC}${PUTTY_PUBLIC}\n-----END RSA PRIVATE KEY-----`,
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBxhZZk8mbNp4+TP95DWZ/6p/EUsXEaOMGIu0yH8EIkD dev@corp.test",
            `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${PGP_BODY}\n=Uhuz\n-----END PGP PUBLIC KEY BLOCK-----`,
            // A PuTTY file whose private section is a placeholder.
            "PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: rsa-key\nPublic-Lines: 1\nAAAAB3NzaC1yc2E\nPrivate-Lines: 1\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nPrivate-MAC: f323f4a54ec0c646d7cc7e9b68c2551a92428867d615c4050546d0ab4122b2db",
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/pypi.ts


const LOCATIONS = new Set(["pypi.org", "test.pypi.org"]);
/**
 * True when the token's body is a version-2 macaroon as PyPI serializes it: version byte 2, a
 * location field (type 1) naming pypi.org or test.pypi.org, an identifier field (type 2), and at
 * the end an end-of-section byte and the 32-byte signature field (type 6).
 */
function isPypiMacaroon(body) {
    const bytes = decodeBase64(body);
    if (!bytes || bytes.length < 40)
        return false;
    const locationLength = bytes[2] ?? 0;
    const location = bytes.subarray(3, 3 + locationLength).toString("latin1");
    const n = bytes.length;
    return (bytes[0] === 2 &&
        bytes[1] === 1 &&
        LOCATIONS.has(location) &&
        bytes[3 + locationLength] === 2 &&
        bytes[n - 35] === 0 &&
        bytes[n - 34] === 6 &&
        bytes[n - 33] === 32);
}
/**
 * PyPI API tokens: `pypi-` and a macaroon in URL-safe base64 of at least 85 characters. Its first
 * bytes are fixed (version 2, location pypi.org), so real tokens start `pypi-AgEIcHlwaS5vcmc`
 * (TestPyPI: `pypi-AgENdGVzdC5weXBpLm9yZw`); the rule decodes the macaroon to confirm it.
 */
const pypi = regexRule({
    id: "secret/pypi",
    title: "PyPI API token",
    description: "A PyPI (or TestPyPI) API token: pypi- then a version-2 macaroon serialized in URL-safe base64, at least 85 characters, beginning AgEIcHlwaS5vcmc for pypi.org (PyPI documentation, 'API tokens' and 'Detecting the PyPI secret format'); the rule decodes it and checks the macaroon's location, identifier and signature fields.",
    fix: "Delete the token on pypi.org (Account settings › API tokens, or the project's settings), create a project-scoped one or switch the workflow to Trusted Publishing, and keep any token in the CI system's secret store.",
    severity: "error",
    keywords: ["pypi-ageichlwas5vcm", "pypi-agendgvzdc5wexbplm9yz"],
    pattern: /(?<![0-9A-Za-z_-])(?<secret>pypi-(?:AgEIcHlwaS5vcm|AgENdGVzdC5weXBpLm9yZ)[0-9A-Za-z_-]{71,})(?![0-9A-Za-z_-])/g,
    accept: (secret) => isPypiMacaroon(secret.slice("pypi-".length)),
    samples: {
        positive: [
            "TWINE_PASSWORD=«pypi-AgEIcHlwaS5vcmcCJDkwYTU4MGU2LTBkYjItNGJjOC05ZWY3LWFkMTJhNTBmYWNlMQACJXsicGVybWlzc2lvbnMiOiAidXNlciIsICJ2ZXJzaW9uIjogMX0AAAYgmfyWIh6jx6klIGSDs_KaH5NhoXNPon-UKiQJZtP4aFg»",
            "[pypi]\n  username = __token__\n  password = «pypi-AgEIcHlwaS5vcmcCJDcwYTU2ZWQxLWUzNzctNGMwMS04NzMwLTNmYTVhY2Q3MTk3MAACFVsxLFsiZW52Z3VhcmQtZGVtbyJdXQAABiCIG7qGrErDd6GaFquedSlGTeZJgRr-KK_2-UkiSBt7-A»",
            "- run: twine upload -u __token__ -p «pypi-AgENdGVzdC5weXBpLm9yZwIkZjk1MjI5ZWEtNGI1MC00ZmUxLWE2NjUtOGNkNWFiZWQ5YzFjAAI7eyJwZXJtaXNzaW9ucyI6IHsicHJvamVjdHMiOiBbInNhbXBsZS1wa2ciXX0sICJ2ZXJzaW9uIjogMX0AAAYgUKRZK6095Cn0iJYdqp9MvQkKQm-b61eqlMqb_iCn5a8» dist/*",
            'token = "«pypi-AgEIcHlwaS5vcmcCJGIwMjNjMjQ1LWM4ZTEtNGJhMC04ZGY1LTRlYTI4NjA5NzNlNwAABiB8HT-AhjnRpvMC4umrN_JhG6_bgkHjqIJQMJzXZMZSXw»"',
        ],
        negative: [
            // The same token cut short: the signature field is gone.
            "TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcCJGE4YzZkN2VhLTkxMGEtNDA5OS04OTRhLTc3NGIzYzA3YzQ4ZQACGVswLDE3MzU2ODk2MDAsMTc2NzIyNTYwMF0AAg5bMSxbInRvb2wteCJdXQAABiCfIuInlV3ETkIvAg7abuBCrlOP0037YJH",
            "TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc",
            "TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "TWINE_PASSWORD=pypi-<your-token>",
            // Right prefix, random tail: not a macaroon.
            "TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcqMeakqD8rkrlZpdY0JZMGESn6kAU1ZlCUYIasn2TgLEbDMN1oGVBvsDAUOaLismYXR5TKGXQrEpOnQJ8zkfXWIUZDNIygtbXa",
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/sentry.ts

/**
 * Sentry credentials:
 * - user auth tokens `sntryu_` (and the user-app and integration tokens `sntrya_` / `sntryi_`
 *   made the same way): the prefix and 64 lower-case hex characters;
 * - organization auth tokens `sntrys_`: the prefix, a base64 JSON payload (with `iat`, `url`,
 *   `region_url`, `org`), `_`, and 43 base64 characters — the payload is decoded to confirm it;
 * - legacy DSNs that still carry the secret key, `https://<public>:<secret>@host/<project>`.
 * A DSN with only the public key is meant to ship in client code and is not reported.
 */
const sentry = shapesRule({
    id: "secret/sentry",
    title: "Sentry auth token or DSN secret",
    description: "A Sentry user auth token (sntryu_ + 64 hex; sntrya_ / sntryi_ alike), an organization auth token (sntrys_ + base64 JSON payload with 'iat' + '_' + 43 base64 characters, decoded and checked), or the secret key of a legacy DSN, https://<32 hex>:<32 hex>@…sentry…/<project> (Sentry documentation, 'Auth Tokens', 'Token and Credential Formats' and 'Data Source Name (DSN)').",
    fix: "Revoke the token in Sentry (User settings › Personal Tokens, or Organization settings › Auth Tokens / the internal integration), or for a DSN secret rotate the project's client key (Project settings › Client Keys) and use the public-key-only DSN; keep tokens in the CI secret store.",
    severity: "error",
    keywords: ["sntry", "sentry"],
    shapes: [
        {
            pattern: /(?<![0-9A-Za-z_])(?<secret>sntry[uai]_[0-9a-f]{64})(?![0-9A-Za-z_])/g,
            accept: (secret) => new Set(secret.slice(7)).size >= 8,
        },
        {
            pattern: /(?<![0-9A-Za-z_])(?<secret>sntrys_(?<payload>eyJ[0-9A-Za-z+/]+={0,2})_[0-9A-Za-z+/]{43})(?![0-9A-Za-z+/=_-])/g,
            accept: (_secret, m) => {
                const payload = decodeJsonObject(m.groups?.payload ?? "");
                return payload !== undefined && typeof payload.iat === "number";
            },
        },
        {
            pattern: /\bhttps?:\/\/(?<public>[0-9a-f]{32}):(?<secret>[0-9a-f]{32})@(?<host>[0-9A-Za-z.-]+)(?::\d+)?\/(?:[\w.-]+\/)*\d+(?![\w.-])/g,
            accept: (secret, m, text) => {
                if (new Set(secret).size < 8 || secret === m.groups?.public)
                    return false;
                const before = text.slice(Math.max(0, m.index - 120), m.index);
                return /sentry/i.test(m.groups?.host ?? "") || /sentry/i.test(before);
            },
        },
    ],
    samples: {
        positive: [
            "SENTRY_AUTH_TOKEN=«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»",
            "[auth]\ntoken=«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»",
            "- run: sentry-cli releases new $VERSION\n  env:\n    SENTRY_AUTH_TOKEN: «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»",
            "sentry_sdk.init(dsn='https://8a4040ac97194a6227152707b1cddc20:«d900be239c433a4fcf74c79bd1db436b»@o4501.ingest.sentry.io/4504')",
            'SENTRY_DSN="https://9af5c40b7fecaa770a185350743ab785:«ad961f84eeafd7a374dc70b4299ff7fc»@errors.corp.test/12"',
            '{ "sentryToken": "«sntryi_b35cd2650e743c54081bbe80ef5b07a7eea97d5b5703d41ed100ddad6dc18a4f»" }',
        ],
        negative: [
            // A modern DSN: public key only, meant for client code.
            "Sentry.init({ dsn: 'https://8a4040ac97194a6227152707b1cddc20@o4501.ingest.sentry.io/4504' });",
            "SENTRY_AUTH_TOKEN=sntryu_92d3f8f2c2474de4e86e2df36db65e833378401b83e1df885ee9fb200bab01d", // 63 hex
            // An org token whose payload lacks 'iat'.
            "SENTRY_AUTH_TOKEN=sntrys_eyJ1cmwiOiJodHRwczovL3NlbnRyeS5pbyIsIm9yZyI6IngifQ==_24h8Il72kCS+ow9aAINNTZWKbrMypuC3h967t2meCpw",
            "SENTRY_DSN=https://<key>:<secret>@sentry.io/<project>",
            "SENTRY_AUTH_TOKEN=sntryu_YOUR_TOKEN_HERE",
            // Two hex strings in a URL with nothing about Sentry.
            "MIRROR=https://9af5c40b7fecaa770a185350743ab785:ad961f84eeafd7a374dc70b4299ff7fc@mirror.corp.test/12",
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/square.ts


/**
 * Square credentials: access tokens (`EAAA` and 60 more characters, 64 in all, as Square's OAuth
 * reference gives their length; older ones `sq0atp-` and 22 characters) and OAuth application
 * secrets (`sq0csp-` and 43 characters). Application ids (`sq0idp-`) are public identifiers.
 */
const square = regexRule({
    id: "secret/square",
    title: "Square access token or application secret",
    description: "A Square access token: EAAA followed by 60 URL-safe base64 characters (64 in all, Square API reference, ObtainToken), or the older sq0atp- followed by 22; or an OAuth application secret, sq0csp- followed by 43 (Square Developer documentation, 'Access Tokens and Other Square Credentials'). Sandbox and production tokens share the EAAA shape.",
    fix: "Revoke the token in the Square Developer Dashboard (the application's Credentials page: replace the personal access token, or replace the application secret on the OAuth page; revoke OAuth tokens with RevokeToken), and keep the new value in a secret store.",
    severity: "error",
    keywords: ["eaaa", "sq0atp-", "sq0csp-"],
    pattern: /(?<![0-9A-Za-z_-])(?<secret>EAAA[0-9A-Za-z_-]{60}|sq0atp-[0-9A-Za-z_-]{22}|sq0csp-[0-9A-Za-z_-]{43})(?![0-9A-Za-z_-])/g,
    accept: (secret) => !looksPlaceholder(secret.replace(/^(?:EAAA|sq0[ac][st]p-)/, "")),
    samples: {
        positive: [
            "SQUARE_ACCESS_TOKEN=«EAAAQYJh919OdaU1bun7Z7Ef8gYc076Eu6Y6VItOX6XAzfZ3Ld_PPlgFFRwMhdFz»",
            "square:\n  environment: production\n  access_token: «EAAAmSd0sJiGXkA-kumNythwf6jK003SMEZXY56PwbGIGnAPSgxyCj0_9V55mS0l»",
            "client = Client(access_token='«sq0atp-b0oHRFuKHw9i4nlGww5UBL»', environment='production')",
            '{ "applicationId": "sq0idp-8ZdfMcHo82qUjZcDgSctUh", "applicationSecret": "«sq0csp-pJ7oeBI3OvzK0E6e9m9-88JaUxAKxagCZz-q7Tofj5M»" }',
        ],
        negative: [
            "SQUARE_APPLICATION_ID=sq0idp-qVka8GL3tw8ll7zYvj4OEs", // the application id is public
            "SQUARE_ACCESS_TOKEN=EAAA5pCLQEjt54RjKk-3TJ9_G6DVI7Sl1KZdC0pEYOEb25nS0QDTATYbFl3KqJj", // 63 characters
            "SQUARE_ACCESS_TOKEN=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "FB_TOKEN=EAAACVZL6F3g1lLQhKIIybTzlWPg4kxv1fZg3J1qo8Rmr0xHWxiRHAU3dFfpnzkLENBKhwGgKUHfst2CQsMr8YxubP1opVNEC", // longer: not Square's 64
            "SQUARE_ACCESS_TOKEN=sq0atp-dIGqYWHtH9GWhnoUTPN4v", // 21 characters
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/stripe.ts


/**
 * Stripe live-mode secret and restricted keys: `sk_live_` / `rk_live_` followed by letters and
 * digits (24 in older keys, longer now), as Stripe's "API keys" documentation shows them.
 * Publishable keys (`pk_live_`) are public by design; test-mode keys reach no real money.
 */
const stripe = regexRule({
    id: "secret/stripe",
    title: "Stripe live secret or restricted key",
    description: "A Stripe live-mode secret key (sk_live_…) or restricted key (rk_live_…): the prefix and 24 or more letters and digits (Stripe documentation, 'API keys').",
    fix: "Roll the key in the Stripe Dashboard (Developers › API keys) and load the new one from a secret store.",
    severity: "error",
    keywords: ["sk_live_", "rk_live_"],
    pattern: /(?<![0-9A-Za-z_])(?<secret>[rs]k_live_[0-9A-Za-z]{24,247})(?![0-9A-Za-z_])/g,
    accept: (secret) => !looksPlaceholder(secret),
    samples: {
        positive: [
            "STRIPE_SECRET_KEY=«sk_live_51Hq8ZtK2eLm4Vr7Wp0Xy3Nb6Qc9Sd1Fg5Jh»",
            'const stripeKey = "«sk_live_Tn4Wm9Zp2Lx7Rk5Nv8Bs3Hd6Jf»";',
            "stripe:\n  restricted_key: «rk_live_7Pq2Zr9Xm4Wn6Bv1Cx8Sd3Fg5Hj0Kl2Ty»",
        ],
        negative: [
            "pk_live_51Hq8ZtK2eLm4Vr7Wp0Xy3Nb6Qc9Sd1Fg5Jh", // publishable: public by design
            "sk_test_51Hq8ZtK2eLm4Vr7Wp0Xy3Nb6Qc9Sd1Fg5Jh", // test mode
            "sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "sk_live_short12345",
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/telegram.ts


/**
 * Telegram bot tokens as @BotFather issues them: the bot's numeric id (8 to 10 digits), a colon,
 * and 35 URL-safe base64 characters, which in issued tokens begin `AA`. In the Bot API's URLs the
 * token follows `bot` directly (`https://api.telegram.org/bot<token>/getMe`).
 */
const telegram = regexRule({
    id: "secret/telegram",
    title: "Telegram bot token",
    description: "A Telegram bot token: the bot id (8-10 digits), ':', then 35 URL-safe base64 characters beginning AA (Telegram Bot API documentation, 'Authorizing your bot', and @BotFather).",
    fix: "Revoke the token with @BotFather (/revoke, or /token to issue a new one), update the bot's deployment, and keep the token in a secret store.",
    severity: "error",
    keywords: [":aa"],
    pattern: /(?<=^|[^0-9A-Za-z_-]|bot)(?<secret>[1-9][0-9]{7,9}:AA[0-9A-Za-z_-]{33})(?![0-9A-Za-z_-])/g,
    accept: (secret) => !looksPlaceholder(secret.slice(secret.indexOf(":") + 3)),
    samples: {
        positive: [
            "TELEGRAM_BOT_TOKEN=«1392622740:AA0Uasp5da-4vFD4KaD9wvG9-GoU-8YerIQ»",
            "curl https://api.telegram.org/bot«664231583:AAaja7TFkmhWTONG5QXPDdqnBfuGJuvv1Q8»/getMe",
            "bot = telebot.TeleBot('«2347992810:AAEHg-_sKud6JzAKNev5SH4gN92uaVB1KO_»')",
            '{ "telegram": { "token": "«720888303:AAvcfSmWNvSmnb40gKNAgHz4SiXuWJx4zr4»" } }',
        ],
        negative: [
            "TELEGRAM_BOT_TOKEN=1392622740:AA0Uasp5da-4vFD4KaD9wvG9-GoU-8YerI", // 32 after AA
            "TELEGRAM_BOT_TOKEN=1234567:AAaja7TFkmhWTONG5QXPDdqnBfuGJuvv1Q8", // 7-digit id
            "TELEGRAM_BOT_TOKEN=6949301997:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "TELEGRAM_BOT_TOKEN=<bot_id>:<token>",
            "TELEGRAM_BOT_TOKEN=9654947851:ZZEHg-_sKud6JzAKNev5SH4gN92uaVB1KO_", // does not begin AA
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/terraform-cloud.ts


/**
 * HCP Terraform / Terraform Cloud / Terraform Enterprise API tokens (user, team and organization
 * tokens): a 14-character id, `.atlasv1.`, and a long random part.
 */
const terraformCloud = regexRule({
    id: "secret/terraform-cloud",
    title: "HCP Terraform (Terraform Cloud) API token",
    description: "An HCP Terraform / Terraform Enterprise API token: 14 alphanumeric characters, '.atlasv1.', then 60 or more token characters, as written to credentials.tfrc.json by 'terraform login' (HCP Terraform documentation, 'API tokens').",
    fix: "Delete the token in HCP Terraform (User settings › Tokens, or the team's or organization's API token page), create a new one, and give it to Terraform through TF_TOKEN_app_terraform_io or a secret store.",
    severity: "error",
    keywords: ["atlasv1"],
    pattern: /(?<![0-9A-Za-z_.-])(?<secret>[0-9A-Za-z]{14}\.atlasv1\.[0-9A-Za-z_=-]{60,})(?![0-9A-Za-z_=-])/g,
    accept: (secret) => !looksPlaceholder(secret.slice(0, 14)) && !looksPlaceholder(secret.slice(23)),
    samples: {
        positive: [
            '{ "credentials": { "app.terraform.io": { "token": "«xxlNE7SyOxvsIE.atlasv1.G2wmrpN4VZBq7LqCbvjiZREdkOz51wSmlgx4RnLqs86KS8jb1RWRHOuVax3vIMqpiPd»" } } }',
            "export TF_TOKEN_app_terraform_io=«LsBWj7Sbux4Y8q.atlasv1.IZN1DrpqadsTOp0S6QRmStHZw51dMmjmGB8RLTAU2VkAHLat7opVcNDFlP0WpZgiJbi»",
            'credentials "app.terraform.io" {\n  token = "«TzB0iw1wty7IBJ.atlasv1.GDKHBwB6ABqfBPtL94jfeeFxKDwL0EwFyLjSHUsN2ZdkG4Sj7u84Ecofj0sAvYHAslc»"\n}',
        ],
        negative: [
            "TFE_TOKEN=IHFQcJ2WGImbpq.atlasv1.YMqxGABL8mjFY4HYba4yTIYJ6aFJBazEqFF3tQqBMo0WqnFLMm", // 50 after atlasv1
            "TFE_TOKEN=IHFQcJ2WGImb.atlasv1.hYSewBnn8tlnMeTfCZHbiKHz5HlhtR836tE3iC5cwvboojJkcgsA4sKu04e6Z0lTBE3", // 12-char id
            "TFE_TOKEN=xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "Tokens look like <id>.atlasv1.<secret>",
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/twilio.ts

const ACCOUNT_SID = "AC[0-9a-f]{32}";
const API_KEY_SID = /SK[0-9a-f]{32}(?![0-9A-Za-z])/;
/** Hex with some variety: not 000…, not 0123… counting. */
function twilio_randomHex(value) {
    return new Set(value).size >= 8 && !/0123456|abcdef/.test(value);
}
function near(text, m, radius) {
    return text.slice(Math.max(0, m.index - radius), m.index + m[0].length + radius);
}
/**
 * Twilio credentials. Account SIDs (`AC` + 32 hex) and API key SIDs (`SK` + 32 hex) are
 * identifiers and are never reported themselves. What is reported:
 * - an auth token (32 hex) assigned to a token key named with "twilio" (or an auth-token key
 *   under a twilio section), written after the account SID as `AC…:token`, or passed right after
 *   it as in `Client("AC…", "token")` in a file that mentions Twilio;
 * - an API key secret (32 alphanumerics) written right after its `SK…` SID (`SK…:secret`,
 *   `Client("SK…", "secret", …)`) or assigned to a *secret* key with an `SK…` SID close by.
 */
const twilio = shapesRule({
    id: "secret/twilio",
    title: "Twilio auth token or API key secret",
    description: "A Twilio auth token (32 hex characters) assigned next to a Twilio keyword or paired with an account SID (AC + 32 hex), or a Twilio API key secret (32 alphanumerics) paired with its API key SID (SK + 32 hex) (Twilio documentation, 'Auth Tokens and How to Change Them' and 'API Keys'). SIDs alone are identifiers and are not reported.",
    fix: "Rotate the credential in the Twilio Console: promote a secondary auth token (Account › API keys & tokens › Auth tokens) or delete the API key and create a new one; keep it in a secret store and prefer API keys over the account auth token.",
    severity: "error",
    keywords: ["twilio", "sk"],
    shapes: [
        {
            // TWILIO_AUTH_TOKEN=…, twilioAuthToken: "…", or auth_token: … under a twilio section.
            pattern: new RegExp(`(?<![\\w.-])(?<key>[\\w.-]*token)${ASSIGN}(?<secret>[0-9a-f]{32})(?![0-9A-Za-z_-])`, "gi"),
            requires: /twilio/i,
            accept: (secret, m, text) => {
                const key = m.groups?.key ?? "";
                if (!twilio_randomHex(secret) || /sid/i.test(key))
                    return false;
                if (/twilio/i.test(key))
                    return true;
                return (/auth[_.-]?token$/i.test(key) && /twilio/i.test(text.slice(Math.max(0, m.index - 200), m.index)));
            },
        },
        {
            // https://AC…:token@api.twilio.com/…, curl -u AC…:token
            pattern: new RegExp(`(?<![0-9A-Za-z])${ACCOUNT_SID}:(?<secret>[0-9a-f]{32})(?![0-9A-Za-z_-])`, "g"),
            requires: /twilio/i,
            accept: (secret, m, text) => twilio_randomHex(secret) && /twilio/i.test(near(text, m, 300)),
        },
        {
            // Client("AC…", "token")
            pattern: new RegExp(`["']${ACCOUNT_SID}["']\\s*,\\s*["'](?<secret>[0-9a-f]{32})["']`, "g"),
            requires: /twilio/i,
            accept: (secret, _m, text) => twilio_randomHex(secret) && /twilio/i.test(text),
        },
        {
            // SK…:secret, Client("SK…", "secret", "AC…")
            pattern: /(?<![0-9A-Za-z])SK[0-9a-f]{32}(?::|["']\s*,\s*["'])(?<secret>[0-9A-Za-z]{32})(?![0-9A-Za-z_-])/g,
            accept: (secret) => mixedAlphanumeric(secret),
        },
        {
            // TWILIO_API_SECRET=… with TWILIO_API_KEY=SK… on a line close by.
            pattern: new RegExp(`(?<![\\w.-])(?<key>[\\w.-]*secret[\\w.-]*)${ASSIGN}(?<secret>[0-9A-Za-z]{32})(?![0-9A-Za-z_-])`, "gi"),
            requires: /SK[0-9a-f]{32}/,
            accept: (secret, m, text) => mixedAlphanumeric(secret) && API_KEY_SID.test(near(text, m, 300)),
        },
    ],
    samples: {
        positive: [
            "TWILIO_ACCOUNT_SID=AC2af17adeb88ea7e37176a213a39342d6\nTWILIO_AUTH_TOKEN=«adf2f896a3db0018f6cfceba9217205b»",
            "twilio:\n  account_sid: AC845edb04e3c3090f29fbb71082861df2\n  auth_token: «6e034b5ff405540ca1a069473892dd4c»",
            "curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC716a5dcf4600721fd14d0391d8ed38fc/Messages.json -u AC716a5dcf4600721fd14d0391d8ed38fc:«bfc6eeb3f1d4e1b5016b0eaf452d4783»",
            "from twilio.rest import Client\nclient = Client('AC2af17adeb88ea7e37176a213a39342d6', '«eff26ce9350a77e4c145b0ba82e90589»')",
            "TWILIO_API_KEY=SK36957aca29f0782c8d20741bec0286cc\nTWILIO_API_SECRET=«vjAPlPXChFU7IjmUAISYEWceZ0rUPm7S»",
            "const client = twilio('SKadf2f896a3db0018f6cfceba9217205b', '«woLPHlQvJ2tEqxet1W3UbOvMx8ykIiS7»', { accountSid: 'AC845edb04e3c3090f29fbb71082861df2' });",
            '{ "twilioAuthToken": "«36957aca29f0782c8d20741bec0286cc»" }',
        ],
        negative: [
            "TWILIO_ACCOUNT_SID=AC2af17adeb88ea7e37176a213a39342d6", // an identifier
            "TWILIO_API_KEY_SID=SK36957aca29f0782c8d20741bec0286cc", // an identifier
            "TWILIO_AUTH_TOKEN=your_auth_token",
            "TWILIO_AUTH_TOKEN=adf2f896a3db0018f6cfceba9217205", // 31 hex
            "AUTH_TOKEN=6e034b5ff405540ca1a069473892dd4c", // 32 hex with nothing about Twilio
            "TWILIO_AUTH_TOKEN=00000000000000000000000000000000",
            // An API key SID next to a secret that is not one (all lower case and digits: a digest).
            "TWILIO_API_KEY=SK36957aca29f0782c8d20741bec0286cc\nWEBHOOK_SECRET=bfc6eeb3f1d4e1b5016b0eaf452d4783",
            // A secret-looking value with no SK SID anywhere near.
            "APP_SECRET=pdu14fm7kHEREjyRLPy29ZNcjjOX6tkv",
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/providers/index.ts




















/**
 * Provider token rules of envguard's own, from each provider's documented format. Fixed-prefix
 * rules come first, then rules that need context or decoding, then JWTs (a provider token may be
 * a JWT) — where two report overlapping text, the earlier one is kept.
 */
const PROVIDER_RULES = [
    privateKey,
    googleApiKey,
    pypi,
    digitalocean,
    doppler,
    postman,
    terraformCloud,
    square,
    paypalBraintree,
    stripe,
    atlassian,
    sentry,
    heroku,
    telegram,
    mailgun,
    discord,
    azureStorage,
    twilio,
    datadog,
    jwt,
];

;// CONCATENATED MODULE: ./src/scan/rules/index.ts



/** Every content rule, most specific first: where two overlap, the earlier one is reported. */
const CONTENT_RULES = [...PROVIDER_RULES, ...PRESET_RULES, ...GENERIC_RULES];

// EXTERNAL MODULE: ./src/scan/schema-aware.ts
var schema_aware = __webpack_require__(3821);
;// CONCATENATED MODULE: ./src/scan/catalogue.ts


/** Every rule the scanner can report, by id: for messages, fixes, SARIF and the README. */
function ruleCatalogue(fileRules) {
    const catalogue = new Map();
    for (const r of CONTENT_RULES) {
        catalogue.set(r.id, {
            id: r.id,
            title: r.title,
            description: r.description,
            fix: r.fix,
            severity: r.severity,
        });
    }
    for (const r of fileRules)
        catalogue.set(r.id, { ...r, severity: "error" });
    catalogue.set(schema_aware/* SCHEMA_AWARE_RULE */.o, {
        id: schema_aware/* SCHEMA_AWARE_RULE */.o,
        title: "Secret written as a literal in a committed config file",
        description: "A key the schema marks x-secret holds a literal value in config/base.* or config/<env>.*; secrets must come from the environment or a secret-manager reference.",
        fix: "Replace the value with a reference (env://VAR, vault://mount/path#field, aws-sm://id) and rotate the secret.",
        severity: "error",
    });
    return catalogue;
}

// EXTERNAL MODULE: ./node_modules/@secretlint/core/module/index.js + 15 modules
var core_module = __webpack_require__(6707);
// EXTERNAL MODULE: ./node_modules/@secretlint/profiler/module/node.js + 1 modules
var node = __webpack_require__(806);
// EXTERNAL MODULE: ./src/config/location.ts
var config_location = __webpack_require__(7643);
;// CONCATENATED MODULE: ./src/scan/fragment.ts
/** The file line of a 1-based line of a fragment's text. */
function fileLine(fragment, textLine) {
    return fragment.lineNumbers ? (fragment.lineNumbers[textLine - 1] ?? textLine) : textLine;
}

;// CONCATENATED MODULE: ./src/scan/detect.ts





// secretlint (≤ 13.0) marks every rule and file with performance.mark/measure, and its observer
// keeps every entry: the cost grows with the square of the files linted in one process
// (secretlint issues #1633, #1653). envguard reads none of it, so the profiler does nothing here.
node/* secretLintProfiler */.z.mark = () => { };
/**
 * Runs content rules on fragments. One pass over the text finds which rules' keywords occur;
 * only those rules run, so a fragment costs about the same however many rules there are.
 */
class Detector {
    rules;
    always;
    byKeyword = new Map();
    /** The rules of each keyword, by the keyword's index in the automaton. */
    rulesOfKeyword;
    keywords;
    priority = new Map();
    constructor(rules) {
        this.rules = rules;
        this.always = rules.filter((r) => r.keywords.length === 0);
        for (const r of rules) {
            for (const k of r.keywords) {
                const key = k.toLowerCase();
                const list = this.byKeyword.get(key) ?? [];
                list.push(r);
                this.byKeyword.set(key, list);
            }
        }
        const words = [...this.byKeyword.keys()];
        this.rulesOfKeyword = words.map((w) => this.byKeyword.get(w) ?? []);
        // Every occurrence of every keyword, overlapping ones included ("ddapp" in "ddappostgres" does
        // not hide "postgres"), in one pass over the text.
        this.keywords = words.length > 0 ? new KeywordAutomaton(words) : undefined;
        // Provider rules win over generic ones on the same text.
        rules.forEach((r, i) => {
            this.priority.set(r.id, (r.id.includes("generic") ? 1_000 : 0) + i);
        });
    }
    /** The rules whose keywords occur in `text`, ignoring ASCII case (and the rules without keywords). */
    candidates(text) {
        const chosen = new Set(this.always);
        let left = this.byKeyword.size;
        this.keywords?.scan(text, (k) => {
            for (const r of this.rulesOfKeyword[k] ?? [])
                chosen.add(r);
            return --left === 0;
        });
        return [...chosen];
    }
    async detect(fragment) {
        if (fragment.skipped || fragment.text === "")
            return [];
        const rules = this.candidates(fragment.text);
        if (rules.length === 0)
            return [];
        const config = rules.map((r) => ({
            id: r.rule.meta.id,
            rule: r.rule,
            options: {},
        }));
        const result = await (0,core_module/* lintSource */.n)({
            source: {
                filePath: fragment.path,
                // secretlint's disable-line comments do nothing on a last line without a line break.
                content: fragment.text.endsWith("\n") ? fragment.text : `${fragment.text}\n`,
                contentType: "text",
                ext: extensionOf(fragment.path),
            },
            options: { config: { rules: config }, maskSecrets: true, noPhysicFilePath: true },
        });
        const lines = new config_location/* LineIndex */.r(fragment.text);
        const byId = new Map(rules.map((r) => [r.rule.meta.id, r]));
        const matches = [];
        for (const message of result.messages) {
            const rule = byId.get(message.ruleId);
            if (!rule)
                continue;
            const [start, end] = OFFSET_RANGE_RULES.has(rule.id)
                ? repairRange(fragment.text, message.range[0], message.range[1])
                : message.range;
            const secret = fragment.text.slice(start, end);
            if (isTokenPlaceholder(secret))
                continue;
            const from = lines.position(start);
            const to = lines.position(Math.max(start, end - 1));
            matches.push({
                rule: rule.id,
                secret,
                line: fileLine(fragment, from.line),
                column: from.column,
                endLine: fileLine(fragment, to.line),
                endColumn: to.column + 1,
                textLine: from.line,
                start,
                end,
                rank: this.priority.get(rule.id) ?? 0,
            });
        }
        // Where two rules report overlapping text, the more specific (provider) one is kept.
        matches.sort((a, b) => a.rank - b.rank || a.start - b.start);
        const kept = [];
        for (const m of matches) {
            if (kept.some((k) => m.start < k.end && k.start < m.end))
                continue;
            kept.push(m);
        }
        return kept.sort((a, b) => a.start - b.start).map(({ start: _s, end: _e, rank: _r, ...match }) => match);
    }
}
function extensionOf(path) {
    const name = path.slice(path.lastIndexOf("/") + 1);
    const dot = name.lastIndexOf(".");
    return dot > 0 ? name.slice(dot) : "";
}
/**
 * Some secretlint rules (aws, npm) report a range that starts at the key name
 * (`AWS_SECRET_ACCESS_KEY=…`) and is as long as the secret. The finding must name the secret:
 * move the range to the value after the `=` or `:`.
 */
const OFFSET_RANGE_RULES = new Set(["secretlint/aws", "secretlint/npm"]);
function repairRange(text, start, end) {
    const reported = text.slice(start, end);
    const key = /^[A-Za-z_][\w.-]*["']?\s*[=:]\s*["']?/.exec(reported);
    if (!key)
        return [start, end];
    const valueStart = start + key[0].length;
    const value = /^[^\s"'`,;]+/.exec(text.slice(valueStart));
    return value ? [valueStart, valueStart + value[0].length] : [start, end];
}
/** Token-shaped placeholders (`ghp_xxxxxxxx…`, AWS's `…EXAMPLEKEY`, `<password>`): documentation, not leaks. */
function isTokenPlaceholder(secret) {
    return /EXAMPLE|x{5,}|X{5,}|\*{3,}|<[^<>\s]*>|\$\{[^}]*\}/.test(secret);
}

// EXTERNAL MODULE: ./src/scan/rules/sensitive-files.ts
var sensitive_files = __webpack_require__(3599);
// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(9488);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/scan/suppress.ts

/**
 * `envguard:allow` on a line suppresses every finding on it; `envguard:allow rule-a, rule-b` only
 * those rules. (secretlint's own `secretlint-disable-line` comments work through its filter rule.)
 */
function inlineAllows(lineText, rule) {
    const m = /envguard:allow(?![-\w])(?:[ \t]+([\w/.,\t -]+))?/.exec(lineText);
    if (!m)
        return false;
    const listed = (m[1] ?? "")
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter((s) => /^[a-z]+\/[a-z0-9-]+$/.test(s));
    return listed.length === 0 || listed.includes(rule);
}
/** Matches repo-relative paths against the policy's `scan.ignorePaths` globs. */
function pathIgnorer(globs) {
    if (globs.length === 0)
        return () => false;
    const match = picomatch_default()([...globs], { dot: true });
    return (path) => match(path);
}

;// CONCATENATED MODULE: ./src/scan/scan.ts






/** Never the secret itself: rule, path and a hash of the secret, so edits elsewhere keep it stable. */
function secretFingerprint(rule, path, secret) {
    const digest = secret === undefined ? "" : (0,sha256/* sha256Hex */.f)(`envguard\u0000${secret}`);
    return [rule, path, digest];
}
/**
 * Runs every rule over the fragments a source yields and turns matches into findings: masked,
 * suppressed inline or by the baseline, disabled or re-graded by the policy.
 */
async function scanFragments(fragments, options) {
    const { policy, detector, rules, baseline } = options;
    const ignored = pathIgnorer(policy.scan.ignorePaths);
    const baselineKeys = new Map((baseline?.entries ?? []).map((e) => [entryKey(e), e]));
    const usedEntries = new Set();
    const scannedPaths = new Set();
    const result = {
        findings: [],
        accepted: [],
        suppressed: 0,
        baselined: 0,
        stale: [],
        ignoredPaths: 0,
    };
    const setting = (rule) => policy.rules[rule];
    for await (const fragment of fragments) {
        if (ignored(fragment.path)) {
            result.ignoredPaths++;
            continue;
        }
        scannedPaths.add(fragment.path);
        // Split into lines only when a match needs its line checked for an inline allow.
        let lines;
        const lineText = (n) => {
            lines ??= fragment.text.split("\n");
            return lines[n - 1] ?? "";
        };
        const matches = [];
        const fileHit = options.fileRule?.(fragment);
        if (fileHit)
            matches.push({ rule: fileHit.rule });
        matches.push(...(await detector.detect(fragment)));
        const schema = options.schema && !fragment.skipped && (0,schema_aware/* layerOf */.Z)(fragment.path, policy) !== undefined
            ? await options.schema()
            : undefined;
        if (schema) {
            const full = fragment.lineNumbers ? await options.readFullText?.(fragment) : fragment.text;
            if (full !== undefined) {
                // Loaded with the schema, on the first config layer: it parses YAML and JSON.
                const { detectSecretLiterals } = await Promise.all(/* import() */[__webpack_require__.e(874), __webpack_require__.e(226)]).then(__webpack_require__.bind(__webpack_require__, 226));
                matches.push(...detectSecretLiterals(fragment, full, schema, policy));
            }
        }
        for (const match of matches) {
            const configured = setting(match.rule);
            if (configured === "off")
                continue;
            if (match.textLine !== undefined && inlineAllows(lineText(match.textLine), match.rule)) {
                result.suppressed++;
                continue;
            }
            if (baseline) {
                const key = entryKey({
                    rule: match.rule,
                    path: fragment.path,
                    secretHash: secretHash(baseline, match.secret),
                });
                if (baselineKeys.has(key)) {
                    usedEntries.add(key);
                    result.baselined++;
                    continue;
                }
            }
            const info = rules.get(match.rule);
            const title = info?.title ?? match.rule;
            result.accepted.push({ rule: match.rule, path: fragment.path, secret: match.secret });
            result.findings.push((0,finding/* makeFinding */.MH)({
                rule: match.rule,
                severity: configured ?? info?.severity ?? "error",
                file: fragment.path,
                line: match.line,
                column: match.column,
                endLine: match.endLine,
                endColumn: match.endColumn,
                match: match.secret === undefined ? undefined : (0,mask/* maskSecret */.$)(match.secret),
                message: match.secret === undefined
                    ? (fileHit?.message ?? `${title}.`)
                    : `${title} in ${fragment.commit ? "a line this commit added" : fragment.lineNumbers ? "an added line" : "this file"}.`,
                fix: match.secret === undefined ? fileHit?.fix : info?.fix,
                commit: fragment.commit?.sha,
                author: fragment.commit ? `${fragment.commit.author} <${fragment.commit.email}>` : undefined,
                date: fragment.commit?.date,
                fingerprintParts: secretFingerprint(match.rule, fragment.path, match.secret),
            }));
        }
    }
    if (baseline && options.reportStale) {
        result.stale = baseline.entries.filter((e) => scannedPaths.has(e.path) && !usedEntries.has(entryKey(e)));
    }
    return result;
}

// EXTERNAL MODULE: ./src/git/run-git.ts
var run_git = __webpack_require__(6148);
// EXTERNAL MODULE: ./src/git/start-git.ts
var start_git = __webpack_require__(4065);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/scan/sources/source-error.ts
var source_error = __webpack_require__(4136);
;// CONCATENATED MODULE: ./src/scan/sources/git-process.ts




/**
 * Runs git and yields its stdout as UTF-8 text, chunk by chunk as it arrives (a chunk may end in the
 * middle of a line). Reading is pulled: git waits while the consumer works, so memory stays flat
 * whatever the output size. Stopping early kills git. A non-zero exit throws a `SourceError`.
 */
async function* gitOutputChunks(root, args, describe) {
    // The CLI may have started this very command already, before loading the scanner.
    const { child, exit, stderr } = (0,start_git/* takeEarlyGit */.nk)(root, args) ?? (0,start_git/* startGit */.BE)(root, args);
    const decoder = new external_node_string_decoder_.StringDecoder("utf8");
    let complete = false;
    try {
        for await (const chunk of child.stdout) {
            const text = decoder.write(chunk);
            if (text.length > 0)
                yield text;
        }
        const tail = decoder.end();
        if (tail.length > 0)
            yield tail;
        complete = true;
    }
    catch {
        // The stream broke (git could not start, or died): the exit status below says why.
        complete = true;
    }
    finally {
        if (!complete)
            child.kill();
    }
    const { code, error } = await exit;
    if (error)
        throw new source_error/* SourceError */.c(`git could not be started to ${describe} (${errorCode(error)}); is git installed?`);
    if (code !== 0) {
        throw new source_error/* SourceError */.c(`git failed to ${describe} (exit ${code ?? "killed"})`, {
            gitMessage: lastLines(stderr()),
        });
    }
}
/** `runGit`, with "git could not be started" as a `SourceError`. */
async function runGitOrThrow(root, args, describe) {
    try {
        return await (0,run_git/* runGit */.E)(root, args);
    }
    catch (error) {
        throw new source_error/* SourceError */.c(`could not ${describe}: ${error.message}`);
    }
}
/** Whether the repository at `root` is a shallow clone (its history is cut off). */
async function isShallowRepository(root) {
    const result = await runGitOrThrow(root, ["rev-parse", "--is-shallow-repository"], "inspect the repository");
    return result.code === 0 && result.stdout.trim() === "true";
}
function errorCode(error) {
    return error.code ?? error.message;
}
function lastLines(text) {
    return text.trim().split("\n").slice(-8).join("\n");
}

;// CONCATENATED MODULE: ./src/scan/sources/blob-sizes.ts



/**
 * Names sent to cat-file per write. Each write wakes cat-file, and on a busy machine a wake-up costs
 * tens of microseconds of our time: one per file was 10% of a large diff's scan.
 */
const BATCH = 16;
/**
 * Looks up blob sizes through one long-lived `git cat-file --batch-check`, so asking costs a line
 * on a pipe rather than a process. Names are sent in batches (`flush` sends the rest); answers come
 * in the order asked. A size that cannot be found is `undefined`: it is a statistic, never a reason
 * to drop content.
 */
class BlobSizes {
    root;
    child;
    waiting = [];
    carry = "";
    unsent = "";
    unsentCount = 0;
    broken = false;
    constructor(root) {
        this.root = root;
    }
    /** The size of an object named by id or by `<rev>:<path>` (`:0:<path>` for the index). */
    size(name) {
        if (name.includes("\n"))
            return this.sizeByProcess(name);
        const child = this.start();
        if (!child)
            return Promise.resolve(undefined);
        return new Promise((resolve) => {
            this.waiting.push(resolve);
            this.unsent += `${name}\n`;
            if (++this.unsentCount >= BATCH)
                this.flush();
        });
    }
    /** Sends the names asked so far; call before waiting for an answer. */
    flush() {
        if (this.unsentCount === 0 || !this.child)
            return;
        this.child.stdin.write(this.unsent);
        this.unsent = "";
        this.unsentCount = 0;
    }
    /** Ends the process; call when done (also after an error). */
    close() {
        if (!this.child)
            return;
        this.flush();
        this.child.stdin.end();
        this.child = undefined;
    }
    start() {
        if (this.child)
            return this.child;
        if (this.broken)
            return undefined;
        const child = (0,external_node_child_process_.spawn)("git", ["cat-file", "--batch-check=%(objectsize)"], {
            cwd: this.root,
            env: (0,start_git/* gitEnvironment */._K)(),
        });
        child.stdout.setEncoding("utf8");
        child.stdout.on("data", (text) => this.read(text));
        const fail = () => {
            this.broken = true;
            this.child = undefined;
            for (const resolve of this.waiting.splice(0))
                resolve(undefined);
        };
        child.on("error", fail);
        child.on("close", fail);
        child.stdin.on("error", fail);
        child.stderr.resume();
        this.child = child;
        return child;
    }
    read(text) {
        const all = this.carry + text;
        let start = 0;
        for (let nl = all.indexOf("\n"); nl !== -1; nl = all.indexOf("\n", start)) {
            const answer = all.slice(start, nl);
            start = nl + 1;
            const size = /^\d+$/.test(answer) ? Number(answer) : undefined;
            this.waiting.shift()?.(size);
        }
        this.carry = all.slice(start);
    }
    async sizeByProcess(name) {
        const result = await runGitOrThrow(this.root, ["cat-file", "-s", name], "read a file size").catch(() => undefined);
        return result?.code === 0 ? Number(result.stdout.trim()) : undefined;
    }
}

;// CONCATENATED MODULE: ./src/scan/sources/quoted-path.ts
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
/**
 * Reads a path as git prints it in a patch header: either plain, or C-quoted
 * (`"a/\303\244 b\n.txt"`: escapes, and octal bytes that together make UTF-8).
 * Returns the path and where it ends in `text`, or undefined when the quoting is broken.
 */
function readGitPath(text, start) {
    if (text.charCodeAt(start) !== 34)
        return { path: text.slice(start), end: text.length };
    const bytes = [];
    let i = start + 1;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 34)
            return { path: Buffer.from(bytes).toString("utf8"), end: i + 1 };
        if (c !== 92) {
            // Inside quotes git escapes every non-ASCII byte, so one char is one byte here; guard anyway.
            if (c < 128)
                bytes.push(c);
            else
                bytes.push(...Buffer.from(text[i], "utf8"));
            i++;
            continue;
        }
        const next = text[i + 1];
        if (next === undefined)
            return undefined;
        const simple = ESCAPES[next];
        if (simple !== undefined) {
            bytes.push(simple);
            i += 2;
            continue;
        }
        const octal = /^[0-7]{3}/.exec(text.slice(i + 1, i + 4));
        if (!octal)
            return undefined;
        bytes.push(Number.parseInt(octal[0], 8));
        i += 4;
    }
    return undefined;
}
/** The path in a `--- a/x` / `+++ b/x` line after the marker: unquoted, prefix and git's trailing tab removed. */
function readPrefixedPath(text, start, prefix) {
    const read = readGitPath(text, start);
    if (!read)
        return undefined;
    let path = read.path;
    // git ends the name with a tab when it contains a space (for patch(1)); a real tab would be quoted.
    if (text.charCodeAt(start) !== 34 && path.endsWith("\t"))
        path = path.slice(0, -1);
    return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}
/**
 * The two paths of a `diff --git a/x b/y` header (after "diff --git "). Unquoted names may contain
 * spaces, so an unquoted pair is split only when both halves are the same path (always true except
 * for renames and copies, whose `rename from/to` lines give the paths anyway).
 */
function readHeaderPaths(rest) {
    if (rest.charCodeAt(0) === 34) {
        const first = readGitPath(rest, 0);
        if (!first || rest.charCodeAt(first.end) !== 32)
            return undefined;
        const second = readGitPath(rest, first.end + 1);
        if (!second)
            return undefined;
        return strip(first.path, second.path);
    }
    const quotedSecond = rest.indexOf(' "b/');
    if (quotedSecond !== -1 && rest.endsWith('"')) {
        const second = readGitPath(rest, quotedSecond + 1);
        if (second && second.end === rest.length)
            return strip(rest.slice(0, quotedSecond), second.path);
    }
    if ((rest.length - 5) % 2 !== 0)
        return undefined;
    const length = (rest.length - 5) / 2;
    const from = rest.slice(0, length + 2);
    const to = rest.slice(length + 3);
    if (rest.slice(length + 2, length + 3) !== " " || from.slice(2) !== to.slice(2))
        return undefined;
    return strip(from, to);
}
function strip(from, to) {
    if (!from.startsWith("a/") || !to.startsWith("b/"))
        return undefined;
    return { from: from.slice(2), to: to.slice(2) };
}

;// CONCATENATED MODULE: ./src/scan/sources/diff-parser.ts


/** The `git log --format` whose lines the parser reads as commits; NULs cannot occur in patch headers. */
const COMMIT_FORMAT = "%x00envguard-commit%x00%H%x00%aI%x00%ae%x00%an";
const COMMIT_MARKER = "\u0000envguard-commit\u0000";
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/**
 * A streaming parser of `git diff -p -U0` and `git log -p -U0` output. Feed it text as it arrives
 * with `push`, collect finished files with `take`, and call `end` after the last chunk. It keeps one
 * file's added lines at a time (at most `maxAddedChars` of them), never the whole output.
 *
 * A hunk's line counts, not the look of a line, say where the hunk ends: an added line reading
 * "+diff --git …" or "+++ x" is content, never a header.
 */
class DiffParser {
    options;
    carry = "";
    file;
    commit;
    oldLeft = 0;
    newLeft = 0;
    newLine = 0;
    lines = [];
    lineNumbers = [];
    chars = 0;
    addedLines = 0;
    collecting = false;
    tooLarge = false;
    finished = [];
    maxAddedChars;
    constructor(options = {}) {
        this.options = options;
        this.maxAddedChars = options.maxAddedChars ?? Number.POSITIVE_INFINITY;
    }
    /** Reads the next piece of output (it may end mid-line). */
    push(chunk) {
        let start = 0;
        if (this.carry.length > 0) {
            // Only the first line is joined to the carried part: the rest of the chunk is never copied.
            const newline = chunk.indexOf("\n");
            if (newline === -1) {
                this.carry += chunk;
                return;
            }
            const first = this.carry + chunk.slice(0, newline);
            this.carry = "";
            this.line(first, 0, first.length);
            start = newline + 1;
        }
        for (;;) {
            if (this.collecting && this.oldLeft === 0 && this.newLeft > 0 && chunk.charCodeAt(start) === 43) {
                const next = this.addedRun(chunk, start);
                if (next !== start) {
                    start = next;
                    continue;
                }
            }
            const newline = chunk.indexOf("\n", start);
            if (newline === -1)
                break;
            this.line(chunk, start, newline);
            start = newline + 1;
        }
        this.carry = start === 0 ? chunk : chunk.slice(start);
    }
    /** The files finished so far, in output order; each is returned once. */
    take() {
        if (this.finished.length === 0)
            return [];
        const files = this.finished;
        this.finished = [];
        return files;
    }
    /** Call after the last chunk; throws when the output stopped in the middle of a hunk. */
    end() {
        if (this.carry.length > 0) {
            const text = this.carry;
            this.carry = "";
            this.line(text, 0, text.length);
        }
        if (this.oldLeft > 0 || this.newLeft > 0)
            throw desync("the output ended inside a hunk");
        this.finishFile();
    }
    line(text, start, end) {
        if (this.oldLeft > 0 || this.newLeft > 0) {
            const c = start === end ? 32 : text.charCodeAt(start); // diff.suppressBlankEmpty: "" is a blank context line
            if (c === 43 /* + */)
                this.added(text, start, end);
            else if (c === 45 /* - */)
                this.oldLeft--;
            else if (c === 32 /* context (GIT_DIFF_OPTS or diff.interHunkContext can add some) */) {
                this.oldLeft--;
                this.newLeft--;
                this.newLine++;
            }
            else if (c !== 92 /* \ No newline at end of file */) {
                throw desync(`unexpected line in a hunk: ${JSON.stringify(text.slice(start, Math.min(end, start + 40)))}`);
            }
            return;
        }
        this.header(text.slice(start, end));
    }
    /**
     * The hot path: a run of added lines that ends in this chunk, kept as one slice with the "+"s taken
     * out, instead of one string per line. Returns where it stopped (`start`: nothing taken).
     */
    addedRun(text, start) {
        let end = start;
        let count = 0;
        let carriageReturns = 0;
        const first = this.newLine;
        while (count < this.newLeft && text.charCodeAt(end) === 43) {
            const newline = text.indexOf("\n", end);
            if (newline === -1)
                break;
            if (newline > end + 1 && text.charCodeAt(newline - 1) === 13)
                carriageReturns++;
            count++;
            end = newline + 1;
        }
        if (count === 0)
            return start;
        this.newLeft -= count;
        this.addedLines += count;
        this.newLine += count;
        // As `added` counts: "+" and the content of each line, not its "\r\n".
        this.chars += end - start - count - carriageReturns;
        if (this.chars > this.maxAddedChars) {
            this.collecting = false;
            this.tooLarge = true;
            this.lines = [];
            this.lineNumbers = [];
            return end;
        }
        for (let n = first; n < first + count; n++)
            this.lineNumbers.push(n);
        const run = text.slice(start + 1, end - 1);
        // CRLF files: the "\r" is line-ending, not content (positions do not move: it ends the line).
        this.lines.push((carriageReturns > 0 ? run.replace(/\r(?=\n|$)/g, "") : run).replace(/\n\+/g, "\n"));
        return end;
    }
    added(text, start, end) {
        this.newLeft--;
        this.addedLines++;
        const number = this.newLine++;
        if (!this.collecting)
            return;
        // CRLF files: the "\r" is line-ending, not content (positions do not move: it ends the line).
        const stop = end > start + 1 && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
        this.chars += stop - start;
        if (this.chars > this.maxAddedChars) {
            this.collecting = false;
            this.tooLarge = true;
            this.lines = [];
            this.lineNumbers = [];
            return;
        }
        this.lines.push(text.slice(start + 1, stop));
        this.lineNumbers.push(number);
    }
    header(line) {
        if (line.startsWith("diff --git ")) {
            this.finishFile();
            this.file = {
                header: readHeaderPaths(line.slice(11)),
                change: "modified",
                binary: false,
                submodule: false,
                sawHunk: false,
            };
            return;
        }
        if (line.startsWith(COMMIT_MARKER)) {
            this.finishFile();
            const [, , sha = "", date = "", email = "", author = ""] = line.split("\u0000");
            this.commit = { sha, author, email, date };
            this.options.onCommit?.(this.commit);
            return;
        }
        const file = this.file;
        if (!file) {
            // Before the first file: blank lines, "* Unmerged path x" during a merge; never content.
            if (/^[-+ @]/.test(line))
                throw desync(`content outside a file: ${JSON.stringify(line.slice(0, 40))}`);
            return;
        }
        switch (line.charCodeAt(0)) {
            case 64 /* @ */:
                this.hunk(file, line);
                return;
            case 43 /* + */:
                if (!line.startsWith("+++ ") || file.sawHunk)
                    throw desync("an added line outside a hunk");
                if (line !== "+++ /dev/null")
                    file.plusPath = this.path(line, 4, "b/");
                return;
            case 45 /* - */:
                if (!line.startsWith("--- ") || file.sawHunk)
                    throw desync("a removed line outside a hunk");
                if (line !== "--- /dev/null")
                    file.minusPath = this.path(line, 4, "a/");
                return;
            case 92 /* \ */:
                return;
        }
        if (line.startsWith("index ")) {
            const dots = line.indexOf("..", 6);
            const space = line.indexOf(" ", dots);
            file.blob = line.slice(dots + 2, space === -1 ? undefined : space);
            if (space !== -1 && line.slice(space + 1) === "160000")
                file.submodule = true;
            if (!file.submodule && file.change !== "deleted" && !/^0+$/.test(file.blob)) {
                this.options.onBlob?.(file.blob);
            }
        }
        else if (line.startsWith("new file mode ")) {
            file.change = "added";
            if (line.endsWith(" 160000"))
                file.submodule = true;
        }
        else if (line.startsWith("deleted file mode ")) {
            file.change = "deleted";
            if (line.endsWith(" 160000"))
                file.submodule = true;
        }
        else if (line.startsWith("new mode ") || line.startsWith("old mode ")) {
            if (line.endsWith(" 160000"))
                file.submodule = true;
        }
        else if (line.startsWith("rename from ")) {
            file.change = "renamed";
            file.renameFrom = this.path(line, 12, "");
        }
        else if (line.startsWith("rename to ")) {
            file.renameTo = this.path(line, 10, "");
        }
        else if (line.startsWith("copy from ")) {
            file.change = "copied";
            file.renameFrom = this.path(line, 10, "");
        }
        else if (line.startsWith("copy to ")) {
            file.renameTo = this.path(line, 8, "");
        }
        else if (line.startsWith("Binary files ") || line === "GIT binary patch") {
            file.binary = true;
        }
        // Anything else (similarity index, "remerge CONFLICT …") says nothing about the added lines.
    }
    path(line, start, prefix) {
        const path = prefix ? readPrefixedPath(line, start, prefix) : readGitPath(line, start)?.path;
        if (path === undefined)
            throw desync(`unreadable file name in ${JSON.stringify(line.slice(0, 80))}`);
        return path;
    }
    hunk(file, line) {
        const m = HUNK_HEADER.exec(line);
        if (!m)
            throw desync(`unreadable hunk header ${JSON.stringify(line.slice(0, 80))}`);
        this.oldLeft = m[2] === undefined ? 1 : Number(m[2]);
        this.newLeft = m[4] === undefined ? 1 : Number(m[4]);
        this.newLine = Number(m[3]);
        if (!file.sawHunk) {
            file.sawHunk = true;
            file.path = resolvePath(file);
            this.collecting =
                file.change !== "deleted" && !file.submodule && (this.options.keepLines?.(file.path) ?? true);
        }
    }
    finishFile() {
        const file = this.file;
        if (!file)
            return;
        const path = file.path ?? resolvePath(file);
        const done = {
            path,
            change: file.change,
            binary: file.binary,
            submodule: file.submodule,
            text: this.collecting ? this.lines.join("\n") : "",
            lineNumbers: this.collecting ? this.lineNumbers : [],
            addedLines: this.addedLines,
            tooLarge: this.tooLarge,
        };
        if (file.renameFrom !== undefined)
            done.previousPath = file.renameFrom;
        if (file.blob !== undefined)
            done.blob = file.blob;
        if (this.commit)
            done.commit = this.commit;
        this.finished.push(done);
        this.file = undefined;
        this.lines = [];
        this.lineNumbers = [];
        this.chars = 0;
        this.addedLines = 0;
        this.collecting = false;
        this.tooLarge = false;
    }
}
function resolvePath(file) {
    const path = file.renameTo ??
        file.plusPath ??
        (file.change === "deleted" ? file.minusPath : undefined) ??
        file.header?.to ??
        file.minusPath;
    if (path === undefined)
        throw desync("a file section without a readable file name");
    return path;
}
function desync(what) {
    return new source_error/* SourceError */.c(`could not read git's patch output: ${what}`, {
        fix: "please report this with the output of `git version`",
    });
}

;// CONCATENATED MODULE: ./src/scan/sources/scan-source.ts
const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;
/** Bytes looked at for a NUL to call a file binary (git looks at 8000). */
const BINARY_SNIFF_BYTES = 8192;
const LOCKFILES = new Set([
    "package-lock.json",
    "npm-shrinkwrap.json",
    "yarn.lock",
    "pnpm-lock.yaml",
    "bun.lock",
    "deno.lock",
    "Cargo.lock",
    "poetry.lock",
    "Pipfile.lock",
    "uv.lock",
    "composer.lock",
    "Gemfile.lock",
    "go.sum",
]);
/** True for a package manager's lockfile, by its base name. */
function isLockfile(path) {
    return LOCKFILES.has(path.slice(path.lastIndexOf("/") + 1));
}
/** Counts what a source yields; `files` counts every fragment, `bytes` only content handed to detectors. */
class StatsCounter {
    files = 0;
    bytes = 0;
    skipped = [];
    /** Records a fragment; `scannedBytes` is the size of its text (ignored for a skipped fragment). */
    count(fragment, scannedBytes) {
        this.files++;
        if (fragment.skipped)
            this.skip(fragment.path, fragment.skipped, fragment.bytes);
        else
            this.bytes += scannedBytes;
    }
    /** Records something left out that yields no fragment (an unreadable directory). */
    skip(path, reason, bytes) {
        this.skipped.push({ path, reason, bytes });
    }
    snapshot() {
        return { files: this.files, bytes: this.bytes, skipped: [...this.skipped] };
    }
}
/** Whether a fragment's content is left out, and why (`undefined`: read it). */
function skipReasonFor(path, size, options) {
    if (!options.scanLockfiles && isLockfile(path))
        return "lockfile";
    if (size > (options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE))
        return "too-large";
    return undefined;
}

;// CONCATENATED MODULE: ./src/scan/sources/change-source.ts




/**
 * How far parsing may run ahead of the blob sizes: files parsed but waiting for their size are
 * held, so this bounds memory (each file's text is itself at most `maxFileSize`).
 */
const LOOKAHEAD_FILES = 64;
const LOOKAHEAD_CHARS = 4 * 1024 * 1024;
/**
 * A source over a patch: runs `git diff`/`git log -p`, parses it as it streams, and yields one
 * fragment per file that gained lines or appeared (added, renamed, copied, or binary). Deletions,
 * mode-only changes, changes that only remove lines, and submodules yield nothing.
 *
 * Each fragment's `bytes` (its whole new blob) comes from `git cat-file --batch-check`, asked as soon
 * as the file's `index` line is read. Parsing runs on while answers are on their way, within
 * LOOKAHEAD_*, so waiting for cat-file never stalls the read of git's output. With `blobSizes: false`
 * (the pre-commit hook) there is no cat-file, and `bytes` is the size of the added text.
 */
function changeSource(root, prepare, options = {}) {
    const counter = new StatsCounter();
    const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    async function* read() {
        const command = await prepare();
        const sizes = options.blobSizes === false ? undefined : new BlobSizes(root);
        const asked = new Map();
        const parser = new DiffParser({
            keepLines: (path) => options.scanLockfiles === true || !isLockfile(path),
            maxAddedChars: maxFileSize,
            onBlob: (id) => {
                if (sizes && !asked.has(id))
                    asked.set(id, sizes.size(id));
            },
            ...(options.onCommit ? { onCommit: options.onCommit } : {}),
        });
        /** The fragment a file yields (undefined: none) with the size of its scanned text. */
        const describeFile = (file) => {
            // Taken out first, so lookups for files that yield nothing do not pile up over a long history.
            const answer = file.blob === undefined ? undefined : asked.get(file.blob);
            if (file.blob !== undefined)
                asked.delete(file.blob);
            if (options.changedPaths) {
                options.changedPaths.add(file.path);
                if (file.previousPath !== undefined)
                    options.changedPaths.add(file.previousPath);
            }
            if (file.submodule || file.change === "deleted")
                return undefined;
            if (file.change === "modified" && !file.binary && file.addedLines === 0)
                return undefined;
            let scannedBytes = Buffer.byteLength(file.text);
            let skipped;
            if (!options.scanLockfiles && isLockfile(file.path))
                skipped = "lockfile";
            else if (file.binary)
                skipped = "binary";
            else if (file.tooLarge || scannedBytes > maxFileSize)
                skipped = "too-large";
            if (skipped)
                scannedBytes = 0;
            const fragment = {
                path: file.path,
                text: skipped ? "" : file.text,
                lineNumbers: skipped ? [] : file.lineNumbers,
                change: file.change,
            };
            if (file.previousPath !== undefined)
                fragment.previousPath = file.previousPath;
            if (file.commit)
                fragment.commit = file.commit;
            if (skipped)
                fragment.skipped = skipped;
            // Without size lookups (the hook) there is nothing to wait for: the fragment is ready now.
            const size = !sizes
                ? undefined
                : file.blob !== undefined
                    ? (answer ?? sizes.size(file.blob))
                    : sizes.size(command.objectOf(file));
            return { fragment, scannedBytes, size };
        };
        const queue = [];
        let queuedChars = 0;
        const enqueue = (file) => {
            const described = describeFile(file);
            if (!described)
                return;
            const { fragment, scannedBytes, size } = described;
            if (!size) {
                // Held no text for long (released at once), so it does not count toward the lookahead.
                const ready = { ...fragment, bytes: scannedBytes };
                queue.push({ settled: true, fragment: ready, scannedBytes, chars: 0, done: Promise.resolve() });
                return;
            }
            const pending = {
                settled: false,
                fragment: undefined,
                scannedBytes,
                chars: fragment.text.length,
                done: size.then((bytes) => {
                    pending.fragment = { ...fragment, bytes: bytes ?? scannedBytes };
                    pending.settled = true;
                }, () => {
                    pending.fragment = { ...fragment, bytes: scannedBytes };
                    pending.settled = true;
                }),
            };
            queue.push(pending);
            queuedChars += pending.chars;
        };
        /** The fragments ready to go: all settled ones at the head, or more when the queue is full. */
        async function* release(all) {
            while (queue.length > 0) {
                const head = queue[0];
                if (!head.settled) {
                    if (!all && queue.length <= LOOKAHEAD_FILES && queuedChars <= LOOKAHEAD_CHARS)
                        return;
                    sizes?.flush();
                    await head.done;
                }
                queue.shift();
                queuedChars -= head.chars;
                const fragment = head.fragment;
                counter.count(fragment, head.scannedBytes);
                yield fragment;
            }
        }
        try {
            for await (const chunk of gitOutputChunks(root, command.args, command.describe)) {
                parser.push(chunk);
                for (const file of parser.take())
                    enqueue(file);
                yield* release(false);
            }
            parser.end();
            for (const file of parser.take())
                enqueue(file);
            yield* release(true);
        }
        finally {
            sizes?.close();
        }
    }
    return { fragments: read(), stats: () => counter.snapshot() };
}

;// CONCATENATED MODULE: ./src/scan/sources/diff.ts




const FULL_HISTORY_FIX = "fetch the missing history: run `git fetch --unshallow` (or `git fetch origin <base>`), or on GitHub Actions use actions/checkout with `fetch-depth: 0`";
/** Reads `A...B` or `A..B` (an empty side means HEAD, as in git); throws a `SourceError` otherwise. */
function parseRange(range) {
    const m = /^(.*?)(\.\.\.?)(.*)$/.exec(range);
    if (!m) {
        throw new source_error/* SourceError */.c(`"${range}" is not a range`, {
            fix: "give BASE...HEAD (changes since the merge base, as a pull request shows) or BASE..HEAD",
        });
    }
    const base = m[1] || "HEAD";
    const head = m[3] || "HEAD";
    for (const rev of [base, head]) {
        if (rev.startsWith("-") || /\s/.test(rev))
            throw new source_error/* SourceError */.c(`"${rev}" is not a revision name`);
    }
    return { base, head, fromMergeBase: m[2] === "..." };
}
/**
 * The lines a branch adds: `BASE...HEAD` diffs HEAD against the merge base (what a pull request
 * shows), `BASE..HEAD` diffs the two trees directly. Line numbers are those of HEAD's files either
 * way. A missing commit or merge base is a `SourceError` naming what to fetch, never an empty scan.
 */
function scanDiff(root, range, options = {}) {
    return changeSource(root, async () => {
        const { base, head, fromMergeBase } = parseRange(range);
        // One round of git before the diff: merge-base resolves both names itself, and only when it
        // fails are the names looked up one by one to say which is missing.
        const [from, headCommit] = fromMergeBase
            ? await Promise.all([mergeBase(root, base, head), resolveCommit(root, head)])
            : await Promise.all([resolveCommit(root, base), resolveCommit(root, head)]);
        return {
            args: [...start_git/* PINNED_CONFIG */.yR, "diff", ...start_git/* PATCH_OPTIONS */.ei, from, headCommit, "--"],
            describe: `diff ${range}`,
            objectOf: (file) => `${headCommit}:./${file.path}`,
        };
    }, options);
}
async function resolveCommit(root, rev) {
    const result = await runGitOrThrow(root, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], `find commit ${rev}`);
    if (result.code === 0)
        return result.stdout.trim();
    if (result.code !== 1) {
        throw new source_error/* SourceError */.c(`could not look up commit "${rev}"`, { gitMessage: result.stderr.trim() });
    }
    if (await isShallowRepository(root)) {
        throw new source_error/* SourceError */.c(`commit "${rev}" is not in this clone: it is shallow, so older history was never fetched`, { fix: FULL_HISTORY_FIX.replace("<base>", rev) });
    }
    throw new source_error/* SourceError */.c(`commit "${rev}" was not found in this repository`, {
        fix: `fetch it (\`git fetch origin ${rev}\`) or check the name; on GitHub Actions use actions/checkout with \`fetch-depth: 0\``,
    });
}
async function mergeBase(root, base, head) {
    const result = await runGitOrThrow(root, ["merge-base", `${base}^{commit}`, `${head}^{commit}`], "find the merge base");
    if (result.code === 0)
        return result.stdout.trim().split("\n")[0];
    // A missing commit is the likelier cause (and the more useful message).
    await Promise.all([resolveCommit(root, base), resolveCommit(root, head)]);
    if (result.code !== 1) {
        throw new source_error/* SourceError */.c(`could not find the merge base of ${base} and ${head}`, {
            gitMessage: result.stderr.trim(),
        });
    }
    if (await isShallowRepository(root)) {
        throw new source_error/* SourceError */.c(`${base} and ${head} have no merge base in this clone: it is shallow, so their common history was never fetched`, { fix: FULL_HISTORY_FIX.replace("<base>", base) });
    }
    throw new source_error/* SourceError */.c(`${base} and ${head} share no history, so ${base}...${head} has no merge base`, {
        fix: `compare the two trees directly with ${base}..${head}`,
    });
}

;// CONCATENATED MODULE: ./src/scan/sources/history.ts





/**
 * Every line each commit added, with the commit (sha, author, date): a secret added and later
 * removed is still found. `range` is anything `git log` takes (`main..feature`, a tag); without one,
 * every ref (`--all`: branches, tags, remotes, stash). Renames count only their edits.
 *
 * Merge commits are read as a remerge diff (`--diff-merges=remerge`, git 2.36+): git merges the
 * parents again and shows what the recorded merge differs by, i.e. conflict resolutions and "evil"
 * edits only. The branches' own commits are read on their own, so nothing is reported twice. In a
 * shallow clone the oldest commit shows its whole tree as added: content is covered, older commits
 * are not.
 */
function scanHistory(root, range, options = {}) {
    let commits = 0;
    let total;
    let counting = Promise.resolve();
    const report = () => options.onProgress?.({ commits, total });
    const source = changeSource(root, async () => {
        if (range !== undefined && (range.startsWith("-") || range.trim() === "")) {
            throw new source_error/* SourceError */.c(`"${range}" is not a revision range`);
        }
        await requireRemergeDiff(root);
        const revisions = range === undefined ? ["--all"] : [range];
        if (options.onProgress) {
            counting = runGitOrThrow(root, ["rev-list", "--count", ...revisions, "--"], "count commits").then((result) => {
                if (result.code === 0)
                    total = Number(result.stdout.trim());
            }, () => { });
        }
        return {
            args: [
                ...start_git/* PINNED_CONFIG */.yR,
                "log",
                ...start_git/* PATCH_OPTIONS */.ei,
                "--diff-merges=remerge",
                "--root",
                "--no-notes",
                `--format=${COMMIT_FORMAT}`,
                ...revisions,
                "--",
            ],
            describe: `read the history${range === undefined ? "" : ` of ${range}`}`,
            objectOf: (file) => `${file.commit?.sha ?? "HEAD"}:./${file.path}`,
        };
    }, {
        ...options,
        // A commit line means the one before it is done.
        onCommit: () => {
            report();
            commits++;
        },
    });
    if (!options.onProgress)
        return source;
    return { fragments: reportAtEnd(source.fragments), stats: source.stats };
    async function* reportAtEnd(items) {
        yield* items;
        await counting;
        report();
    }
}
async function requireRemergeDiff(root) {
    const result = await runGitOrThrow(root, ["version"], "read the git version");
    const m = /(\d+)\.(\d+)/.exec(result.stdout);
    if (m && (Number(m[1]) < 2 || (Number(m[1]) === 2 && Number(m[2]) < 36))) {
        throw new source_error/* SourceError */.c(`history scans need git 2.36 or later (this is ${result.stdout.trim()})`, {
            fix: "upgrade git: merge commits are read with --diff-merges=remerge",
        });
    }
}

;// CONCATENATED MODULE: ./src/scan/sources/staged.ts




/**
 * What a commit would add now: the index against HEAD (`git diff --cached`), or against the empty
 * tree before the first commit. It reads the staged blobs, not the working tree, so a secret only in
 * an unstaged edit is not seen and one staged then removed from disk is. During a merge the
 * incoming side's changes are staged, so they are scanned; unmerged paths are not (git refuses to
 * commit them). Honours GIT_INDEX_FILE, which `git commit <paths>` sets for its hooks.
 */
function scanStaged(root, options = {}) {
    const source = changeSource(root, async () => ({
        // Without a commit, `git diff --cached` compares the index with HEAD, or with the empty tree
        // before the first commit: one git process, which the CLI may have started already.
        args: start_git/* STAGED_DIFF_ARGS */.vn,
        describe: "read the staged changes",
        objectOf: (file) => `:0:./${file.path}`,
    }), options);
    return { ...source, fragments: explained(root, source.fragments) };
}
/** The staged fragments; when git fails, outside a repository, the error says so. */
async function* explained(root, fragments) {
    try {
        yield* fragments;
    }
    catch (error) {
        if (error instanceof source_error/* SourceError */.c)
            await headCommit(root);
        throw error;
    }
}
/** Throws the "not a git repository" error when `root` is not in one. */
async function headCommit(root) {
    const head = await runGitOrThrow(root, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], "find the HEAD commit");
    if (head.code === 0)
        return head.stdout.trim();
    if (head.code === 1)
        return undefined; // no commit yet
    throw new source_error/* SourceError */.c(`${root} is not a git repository`, {
        gitMessage: head.stderr.trim(),
        fix: "run envguard inside a git work tree, or scan files with `envguard scan <paths>`",
    });
}

;// CONCATENATED MODULE: ./src/scan/sources/file-text.ts

/** git's test: a NUL byte near the start means binary. */
function looksBinary(content) {
    return content.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
/**
 * File bytes as fragment text: UTF-8 (invalid bytes become U+FFFD), without a leading BOM, and with
 * CRLF line ends as "\n" like the change sources, so a match never ends in "\r". Lines and columns
 * do not move.
 */
function decodeText(content) {
    let text = content.toString("utf8");
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    return text.includes("\r\n") ? text.replace(/\r\n/g, "\n") : text;
}

;// CONCATENATED MODULE: ./src/scan/sources/stdin.ts


/**
 * Content piped in, as one fragment named `filename` (default "-"), so file-name rules and
 * suppressions by path apply. Past `maxFileSize` the rest is drained and counted, not kept.
 */
function scanStdin(stream, filename = "-", options = {}) {
    const counter = new StatsCounter();
    const path = filename.replace(/\\/g, "/");
    const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    async function* read() {
        const chunks = [];
        let bytes = 0;
        for await (const chunk of stream) {
            const buffer = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
            bytes += buffer.length;
            if (bytes <= maxFileSize)
                chunks.push(buffer);
            else
                chunks.length = 0;
        }
        let skipped = skipReasonFor(path, bytes, options);
        const content = skipped ? undefined : Buffer.concat(chunks);
        if (content && looksBinary(content))
            skipped = "binary";
        const fragment = { path, text: skipped || !content ? "" : decodeText(content), bytes };
        if (skipped)
            fragment.skipped = skipped;
        counter.count(fragment, bytes);
        yield fragment;
    }
    return { fragments: read(), stats: () => counter.snapshot() };
}

;// CONCATENATED MODULE: ./src/scan/sources/tree.ts
// fs.promises rather than node:fs/promises: Node loads it on first use, which a commit's hook never makes.






// Not following links keeps a link to ~/.aws/credentials out; O_NONBLOCK keeps a FIFO from hanging.
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/**
 * The files under `paths` (relative to `root`, or absolute; default: all of `root`), each read whole
 * as one fragment, in listing order, a few at a time. Binary (NUL in the first 8 KiB), too large,
 * lockfile and unreadable files yield a fragment with `skipped` and no text. Symbolic links, sockets
 * and directories (submodules, nested repositories in git mode) are not files and yield nothing; so
 * does a tracked file deleted from the work tree. A path that does not exist is a `SourceError`.
 */
function scanTree(root, paths = [], options = {}) {
    const counter = new StatsCounter();
    const concurrency = Math.max(1, options.concurrency ?? 16);
    async function* read() {
        const relative = await checkPaths(root, paths);
        const useGit = await chooseGit(root, options.git);
        const listing = useGit ? gitFiles(root, relative) : walkFiles(root, relative, counter);
        const window = [];
        for await (const file of listing) {
            window.push(readFile(root, file, options));
            if (window.length >= concurrency) {
                const fragment = await window.shift();
                if (fragment)
                    yield counted(fragment);
            }
        }
        for (const pending of window) {
            const fragment = await pending;
            if (fragment)
                yield counted(fragment);
        }
    }
    function counted(fragment) {
        counter.count(fragment, fragment.bytes);
        return fragment;
    }
    return { fragments: read(), stats: () => counter.snapshot() };
}
/** The paths relative to root with "/" (a missing one is an error: a typo must not scan nothing). */
async function checkPaths(root, paths) {
    const relative = [];
    for (const p of paths) {
        const absolute = external_node_path_default().resolve(root, p);
        try {
            await external_node_fs_.promises.lstat(absolute);
        }
        catch {
            throw new source_error/* SourceError */.c(`${p}: no such file or directory`);
        }
        relative.push(toSlashes(external_node_path_default().relative(root, absolute)) || ".");
    }
    return relative;
}
async function chooseGit(root, git) {
    if (git === false)
        return false;
    const result = await runGitOrThrow(root, ["rev-parse", "--is-inside-work-tree"], "look for a git work tree");
    const inside = result.code === 0 && result.stdout.trim() === "true";
    if (!inside && git === true) {
        throw new source_error/* SourceError */.c(`${root} is not inside a git work tree`, {
            fix: "scan without git (every file under the paths) or run inside the repository",
        });
    }
    return inside;
}
/** `git ls-files`: tracked and untracked-not-ignored files, streamed; conflicted files listed once. */
async function* gitFiles(root, paths) {
    const args = [
        "--literal-pathspecs",
        "-c",
        "core.quotePath=false",
        "ls-files",
        "-z",
        "--cached",
        "--others",
        "--exclude-standard",
        "--",
        ...paths,
    ];
    let carry = "";
    let previous;
    for await (const chunk of gitOutputChunks(root, args, "list the files")) {
        const names = (carry + chunk).split("\0");
        carry = names.pop();
        for (const name of names) {
            if (name === previous)
                continue; // an unmerged file is listed once per stage
            previous = name;
            yield name;
        }
    }
    if (carry !== "" && carry !== previous)
        yield carry;
}
/**
 * Every file under the paths, sorted per directory; `.git` and symbolic links are not entered.
 * Directories are listed synchronously: a listing is short, and the async call costs several times
 * more per directory (a deep tree of 36,000 directories: 0.4 s against 1.5 s), while file reads
 * (the long part) stay asynchronous and overlap the detectors' work.
 */
async function* walkFiles(root, paths, counter) {
    for (const start of paths.length > 0 ? paths : ["."]) {
        const stat = (0,external_node_fs_.lstatSync)(external_node_path_default().join(root, start));
        if (stat.isDirectory())
            yield* walkDirectory(root, start, counter);
        else if (stat.isFile())
            yield start;
    }
}
function* walkDirectory(root, dir, counter) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(external_node_path_default().join(root, dir), { withFileTypes: true });
    }
    catch {
        counter.skip(dir, "unreadable", 0);
        return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        if (entry.name === ".git")
            continue;
        const child = dir === "." ? entry.name : `${dir}/${entry.name}`;
        if (entry.isDirectory())
            yield* walkDirectory(root, child, counter);
        else if (entry.isFile())
            yield child;
    }
}
/**
 * One file as a fragment; never throws (a failure is a `skipped: "unreadable"` fragment). Opened
 * without following a link and without blocking on a FIFO, then sized with fstat: four calls to the
 * thread pool per file, not six.
 */
async function readFile(root, file, options) {
    const path = toSlashes(external_node_path_default().normalize(file));
    let size = 0;
    let fd;
    try {
        // Synchronous calls: from the page cache a file is read in microseconds, where each of the four
        // promise-based calls (open, stat, read, close) cost more than that in bookkeeping alone.
        fd = (0,external_node_fs_.openSync)(external_node_path_default().join(root, file), OPEN_FLAGS);
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile())
            return undefined;
        size = stat.size;
        const skipped = skipReasonFor(path, size, options);
        if (skipped)
            return { path, text: "", bytes: size, skipped };
        const content = Buffer.allocUnsafe(size);
        let filled = 0;
        while (filled < size) {
            const bytesRead = (0,external_node_fs_.readSync)(fd, content, filled, size - filled, filled);
            if (bytesRead === 0)
                break; // shrank since fstat
            filled += bytesRead;
        }
        const read = content.subarray(0, filled);
        if (looksBinary(read))
            return { path, text: "", bytes: filled, skipped: "binary" };
        return { path, text: decodeText(read), bytes: filled };
    }
    catch (error) {
        const code = error.code;
        // Gone since it was listed (or a tracked file deleted from the work tree), or a link.
        if (code === "ENOENT" || code === "ENOTDIR" || code === "ELOOP" || code === "EMLINK")
            return undefined;
        if (size === 0)
            size = await external_node_fs_.promises.lstat(external_node_path_default().join(root, file)).then((stat) => stat.size, () => 0);
        return { path, text: "", bytes: size, skipped: "unreadable" };
    }
    finally {
        if (fd !== undefined) {
            try {
                (0,external_node_fs_.closeSync)(fd);
            }
            catch {
                // Nothing to do: the descriptor is gone either way.
            }
        }
    }
}
function toSlashes(p) {
    return (external_node_path_default()).sep === "/" ? p : p.split((external_node_path_default()).sep).join("/");
}

;// CONCATENATED MODULE: ./src/scan/sources/open-source.ts







/** `git show <rev>:<path>`; undefined when git cannot show it (the rule then skips that file). */
function blobReader(root, revisionOf) {
    return async (fragment) => {
        // `./`: the path is relative to the project root, not to the top of the repository.
        const shown = await (0,run_git/* runGit */.E)(root, ["show", `${revisionOf(fragment)}:./${fragment.path}`]);
        return shown.code === 0 ? shown.stdout : undefined;
    };
}
/** The I/O edge of the scanner: picks the source and says how to read a changed file whole. */
async function openSource(root, target, policy, progress) {
    const options = { maxFileSize: policy.scan.maxFileSize, scanLockfiles: policy.scan.lockfiles };
    switch (target.kind) {
        case "staged":
            // ":path" is the staged blob: what the commit will hold, not the working tree.
            return {
                ...scanStaged(root, { ...options, blobSizes: target.blobSizes, changedPaths: target.changedPaths }),
                readFullText: blobReader(root, () => ""),
            };
        case "diff": {
            const { head } = parseRange(target.range);
            return { ...scanDiff(root, target.range, options), readFullText: blobReader(root, () => head) };
        }
        case "history":
            return {
                ...scanHistory(root, target.range, {
                    ...options,
                    onProgress: progress ? (p) => progress(p.commits, p.total ?? p.commits) : undefined,
                }),
                readFullText: blobReader(root, (f) => f.commit?.sha ?? "HEAD"),
            };
        case "tree":
            return scanTree(root, target.paths, { ...options, git: target.git ? undefined : false });
        case "stdin":
            return scanStdin(process.stdin, target.filename, options);
    }
}

;// CONCATENATED MODULE: ./src/scan/scan-job.ts










function formatBytes(n) {
    if (n >= 1e6)
        return `${(n / 1e6).toFixed(1)} MB`;
    if (n >= 1e3)
        return `${(n / 1e3).toFixed(1)} kB`;
    return `${n} B`;
}
/** `scanned 6 files (88.0 kB); skipped 2 (binary 1, too-large 1)`. */
function describeStats(stats, extra) {
    const reasons = new Map();
    for (const s of stats.skipped)
        reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
    const skipped = stats.skipped.length
        ? `; skipped ${stats.skipped.length} (${[...reasons].map(([r, n]) => `${r} ${n}`).join(", ")})`
        : "";
    const quiet = [
        extra.suppressed ? `${extra.suppressed} suppressed inline` : "",
        extra.baselined ? `${extra.baselined} in the baseline` : "",
        extra.ignoredPaths ? `${extra.ignoredPaths} ignored by scan.ignorePaths` : "",
    ].filter(Boolean);
    return `scanned ${stats.files} file${stats.files === 1 ? "" : "s"} (${formatBytes(stats.bytes)})${skipped}${quiet.length ? `; ${quiet.join(", ")}` : ""}`;
}
/** The scan's statistics as the JSON reports (the CLI's and the Action's) carry them. */
function scanReport(job) {
    return {
        files: job.stats.files,
        bytes: job.stats.bytes,
        skipped: job.stats.skipped,
        suppressed: job.suppressed,
        baselined: job.baselined,
        ignoredPaths: job.ignoredPaths,
    };
}
/** Reads a baseline file; undefined when it does not exist, a SourceError when it is unusable. */
function loadBaseline(root, file) {
    const full = external_node_path_default().resolve(root, file);
    if (!(0,external_node_fs_.existsSync)(full))
        return undefined;
    const parsed = parseBaseline((0,external_node_fs_.readFileSync)(full, "utf8"));
    if (!parsed.ok) {
        throw new source_error/* SourceError */.c(`${file} cannot be used as a baseline: ${parsed.problem}`, {
            fix: "correct it, or delete it and run envguard scan --update-baseline",
        });
    }
    return parsed.baseline;
}
/**
 * The schema, when the project has one: the schema-aware rule needs it; a scan works without.
 * Imported on first need, so a scan of a change that touches no config never loads ajv.
 */
async function loadSchemaQuietly(root, policy) {
    if (!(0,external_node_fs_.existsSync)(external_node_path_default().resolve(root, policy.schema)))
        return undefined;
    const { loadSchema } = await Promise.all(/* import() */[__webpack_require__.e(874), __webpack_require__.e(745), __webpack_require__.e(916), __webpack_require__.e(403)]).then(__webpack_require__.bind(__webpack_require__, 9403));
    return loadSchema(root, policy);
}
/**
 * One scan, as every door runs it: open the source, run the rules, apply suppressions and the
 * baseline, and add findings for stale baseline entries and files that could not be read.
 * Throws SourceError (or PolicyError) when the scan cannot run at all.
 */
async function runScanJob(options) {
    const { root, policy, target } = options;
    const baselineFile = options.baseline === false ? undefined : (options.baseline ?? policy.scan.baseline);
    const baseline = baselineFile ? loadBaseline(options.baselineRoot ?? root, baselineFile) : undefined;
    let schema;
    const lazySchema = () => {
        schema ??= loadSchemaQuietly(root, policy);
        return schema;
    };
    const source = await openSource(root, target, policy, options.progress);
    const rules = ruleCatalogue(sensitive_files/* SENSITIVE_FILE_RULES */.w);
    const result = await scanFragments(source.fragments, {
        policy,
        detector: new Detector(CONTENT_RULES),
        rules,
        fileRule: (fragment) => (0,sensitive_files/* detectSensitiveFile */.Co)(fragment, policy.scan.allowedDotenvSuffixes),
        schema: options.schemaAware === false ? undefined : lazySchema,
        readFullText: source.readFullText,
        baseline,
        reportStale: target.kind === "tree",
    });
    const stats = source.stats();
    const unreadable = stats.skipped.filter((s) => s.reason === "unreadable");
    const findings = [...result.findings];
    for (const e of result.stale) {
        findings.push((0,finding/* makeFinding */.MH)({
            rule: "baseline/stale",
            severity: "note",
            file: e.path,
            message: `${baselineFile} has an entry for ${e.rule} in ${e.path} that matches nothing any more.`,
            fix: "Run envguard scan --update-baseline to drop it.",
        }));
    }
    for (const u of unreadable) {
        findings.push((0,finding/* makeFinding */.MH)({
            rule: "scan/unreadable",
            severity: "error",
            file: u.path,
            message: `${u.path} could not be read, so it was not scanned.`,
            fix: "Make it readable, or list it under scan.ignorePaths in .envguard.yml.",
        }));
    }
    return {
        findings,
        stats,
        summary: describeStats(stats, result),
        rules: [...rules.values()],
        unreadable: unreadable.length,
        accepted: result.accepted,
        suppressed: result.suppressed,
        baselined: result.baselined,
        ignoredPaths: result.ignoredPaths,
    };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/run-errors.ts
var run_errors = __webpack_require__(9979);
;// CONCATENATED MODULE: ./src/cli/scan-command.ts













async function runScan(options) {
    const root = external_node_path_default().resolve(options.root);
    const reportFormat = options.format === "sarif" ? "json" : options.format;
    try {
        const policy = options.policy ?? (await (0,policy_base/* readPolicy */.T4)(root, options.policyFile));
        if (options.maxFileSize !== undefined)
            policy.scan.maxFileSize = options.maxFileSize;
        const baselineFile = options.baseline === false ? undefined : (options.baseline ?? policy.scan.baseline);
        // Updating the baseline scans without it: every current finding is written anew.
        const job = await runScanJob({
            root,
            policy,
            target: options.target,
            baseline: options.updateBaseline ? false : baselineFile,
            progress: options.progress,
            schemaAware: options.schemaAware,
        });
        const { findings, summary } = job;
        if (options.updateBaseline) {
            const file = baselineFile ?? policy.scan.baseline;
            const previous = loadBaseline(root, file) ?? emptyBaseline();
            const next = { ...previous, entries: [] };
            const seen = new Set();
            for (const a of job.accepted) {
                const entry = { rule: a.rule, path: a.path, secretHash: secretHash(previous, a.secret) };
                const key = JSON.stringify(entry);
                if (!seen.has(key))
                    next.entries.push(entry);
                seen.add(key);
            }
            (0,external_node_fs_.writeFileSync)(external_node_path_default().resolve(root, file), renderBaseline(next));
            process.stderr.write(`envguard: wrote ${next.entries.length} entr${next.entries.length === 1 ? "y" : "ies"} to ${(0,sanitize/* printable */.g)(file)}\n`);
            return job.unreadable > 0 ? exit_codes/* EXIT */.d.couldNotRun : exit_codes/* EXIT */.d.ok;
        }
        let report;
        if (options.format === "sarif") {
            report = renderSarif(findings, job.rules, version/* VERSION */.x);
        }
        else if (options.format === "json") {
            const { environments: _none, ...json } = (0,report_json/* jsonReport */.L7)("scan", findings);
            const scan = scanReport(job);
            report = `${JSON.stringify({ ...json, scan }, null, 2)}\n`;
        }
        else {
            report = renderScanText(findings, summary, options.color);
        }
        if (options.output) {
            (0,external_node_fs_.writeFileSync)(external_node_path_default().resolve(options.output), report);
            if (options.format !== "text")
                process.stderr.write(`envguard: ${summary}; ${findings.length} finding(s) written to ${(0,sanitize/* printable */.g)(options.output)}\n`);
        }
        else {
            process.stdout.write(report);
        }
        if (job.unreadable > 0)
            return exit_codes/* EXIT */.d.couldNotRun;
        return (0,finding/* failsOn */.Hu)(findings, options.failOn) ? exit_codes/* EXIT */.d.findings : exit_codes/* EXIT */.d.ok;
    }
    catch (error) {
        const findings = (0,run_errors/* couldNotRunFindings */.y)(error);
        if (!findings)
            throw error;
        (0,run_errors/* reportCouldNotRun */.S)("scan", findings, reportFormat);
        return exit_codes/* EXIT */.d.couldNotRun;
    }
}
function renderScanText(findings, summary, color) {
    const paint = (0,report_text/* painter */.C)(color);
    const body = (0,report_text/* renderText */.S)(findings, [], { color, allEnvironments: [], grouped: false });
    const help = findings.some((f) => f.severity === "error")
        ? [
            paint("bold", "How to fix"),
            "  - Remove the secret: keep it in .env (gitignored) or a secret manager, and read it from the environment.",
            "  - Rotate it if it was ever pushed: removing it from the file does not remove it from history.",
            "  - A staged file that should not be committed: git restore --staged <file>.",
            "  - A false positive: add `envguard:allow <rule>` in a comment on the line, or accept it with",
            "    envguard scan --update-baseline (stored as a salted hash, never the secret).",
            "  - git commit --no-verify skips the hook, but the pull-request check runs the same scan.",
            "",
        ].join("\n")
        : "";
    return `${body}${help}${paint("dim", summary)}\n`;
}


/***/ }),

/***/ 3821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ layerOf),
/* harmony export */   o: () => (/* binding */ SCHEMA_AWARE_RULE)
/* harmony export */ });
/* harmony import */ var _config_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4604);

// The schema-aware rule's id and which files it reads. The rule itself (secret-literals.ts) parses
// config and is imported by the scanner only when a fragment is a config layer.
const SCHEMA_AWARE_RULE = "config/secret-literal";
/** The environment a committed config layer belongs to ("" for base), or undefined if it is not one. */
function layerOf(path, policy) {
    const dir = `${policy.configDir.replace(/\/+$/, "")}/`;
    if (!path.startsWith(dir) || !(0,_config_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatOf */ .b)(path))
        return undefined;
    const name = path.slice(dir.length);
    if (name.includes("/"))
        return undefined;
    const stem = name.replace(/\.(json|ya?ml)$/i, "");
    if (stem === "base")
        return "";
    return policy.environments.includes(stem) ? stem : undefined;
}


/***/ })

};

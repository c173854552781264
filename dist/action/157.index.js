export const id = 157;
export const ids = [157];
export const modules = {

/***/ 8157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyRuleSettings: () => (/* binding */ applyRuleSettings),
  checkProject: () => (/* binding */ checkProject)
});

// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(8270);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
// EXTERNAL MODULE: ./src/checks/document-keys.ts
var document_keys = __webpack_require__(5565);
// EXTERNAL MODULE: ./src/config/key-path.ts
var key_path = __webpack_require__(6417);
;// CONCATENATED MODULE: ./src/checks/drift.ts



/**
 * The paths a file sets, cut at the schema's keys: a list or a map counts once, so a file
 * that sets 2,000 routes sets one thing, `routes`. Data and schema are walked together.
 */
function settablePaths(value, path, node, schema, out) {
    const name = (0,key_path/* dottedKey */.aQ)(path);
    const key = path.length > 0 ? schema.keyByName.get(name) : undefined;
    // Keys supplied at run time (x-env, x-secret) are set per environment by design.
    if (key?.runtime)
        return;
    const shape = schema.shapeOf(node);
    if (!key && node && shape && typeof value === "object" && value !== null && !Array.isArray(value)) {
        for (const k of Object.keys(value)) {
            // Keys the schema does not declare are reported as unknown keys, not as drift.
            if (!shape.open && !shape.properties.includes(k))
                continue;
            path.push(k);
            settablePaths(value[k], path, schema.child(node, k), schema, out);
            path.pop();
        }
        return;
    }
    if (path.length > 0)
        out.set(name, [...path]);
}
/**
 * Cross-environment drift: a key one environment file sets that no sibling sets, and that
 * neither base nor a schema default provides, so every other environment runs without it.
 */
function checkDrift(environmentFiles, base, schema) {
    const parsed = environmentFiles.filter((e) => e.doc.value !== undefined);
    if (parsed.length < 2)
        return [];
    const setBy = parsed.map((e) => {
        const paths = new Map();
        settablePaths(e.doc.value, [], schema.root, schema, paths);
        return { ...e, paths };
    });
    // How many environment files set each key: drift is a count of one.
    const count = new Map();
    for (const env of setBy)
        for (const name of env.paths.keys())
            count.set(name, (count.get(name) ?? 0) + 1);
    const findings = [];
    for (const env of setBy) {
        for (const [name, path] of env.paths) {
            if ((count.get(name) ?? 0) > 1)
                continue;
            if (base?.value !== undefined && (0,resolve/* getIn */.O6)(base.value, path).found)
                continue;
            if ((0,resolve/* getIn */.O6)(schema.defaults, path).found)
                continue;
            const place = env.doc.locate(path);
            const pos = place.key ?? place.value;
            const others = setBy.filter((o) => o !== env).map((o) => o.environment);
            findings.push((0,finding/* makeFinding */.MH)({
                rule: "config/drift",
                severity: "warning",
                file: env.doc.file,
                line: pos.line,
                column: pos.column,
                environment: env.environment,
                key: name,
                message: `${name} is set only for ${env.environment}; ${others.join(", ")} run without it (no base value or default).`,
                fix: `Set it in ${base?.file ?? "the base file"} or in the other environments, or give it a default in the schema.`,
            }));
        }
    }
    return findings;
}

// EXTERNAL MODULE: ./src/config/reference.ts
var reference = __webpack_require__(223);
// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __webpack_require__(2784);
// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(9488);
// EXTERNAL MODULE: ./src/scan/credential-shape.ts
var credential_shape = __webpack_require__(6952);
// EXTERNAL MODULE: ./src/scan/rules/generic/secret-key.ts
var secret_key = __webpack_require__(1697);
;// CONCATENATED MODULE: ./src/checks/examples.ts








/** Variables an example may list that belong to envguard or Node rather than to the schema. */
const ALWAYS_KNOWN = new Set(["ENVGUARD_ENV", "NODE_ENV"]);
/**
 * `.env.example` must list every variable that is supplied at run time (keys with x-env or
 * x-secret), list nothing the schema does not know, and hold placeholders only.
 */
function checkDotenvExample(example, schema) {
    const runtime = schema.keys.filter((k) => k.runtime);
    if (!example) {
        if (runtime.length === 0)
            return [];
        return [
            (0,finding/* makeFinding */.MH)({
                rule: "examples/missing-file",
                severity: "warning",
                file: ".env.example",
                message: `There is no .env.example, so nobody can see which ${runtime.length} variable(s) must be set at run time.`,
                fix: `Create .env.example with empty or placeholder values for: ${runtime.map((k) => k.envVar).join(", ")}.`,
            }),
        ];
    }
    const { file, parsed } = example;
    const findings = parsed.problems.map((p) => (0,finding/* makeFinding */.MH)({
        rule: "examples/syntax",
        severity: "warning",
        file,
        line: p.line,
        column: p.column,
        message: `${file}: ${p.message}`,
    }));
    const listed = new Set(parsed.entries.map((e) => e.key));
    for (const key of runtime) {
        if (listed.has(key.envVar))
            continue;
        findings.push((0,finding/* makeFinding */.MH)({
            rule: "examples/missing-variable",
            severity: "error",
            file,
            key: key.envVar,
            message: `${file} does not list ${key.envVar}, which ${key.name} reads at run time${key.secret ? " (a secret)" : ""}.`,
            fix: `Add the line ${key.envVar}= to ${file}.`,
        }));
    }
    const known = new Map(schema.keys.map((k) => [k.envVar, k]));
    const knownNames = [...known.keys()];
    const reported = new Set();
    for (const entry of parsed.entries) {
        const key = known.get(entry.key);
        if (!key && !ALWAYS_KNOWN.has(entry.key) && !reported.has(entry.key)) {
            reported.add(entry.key);
            const guess = (0,suggest/* closestName */.N)(entry.key, knownNames);
            findings.push((0,finding/* makeFinding */.MH)({
                rule: "examples/unknown-variable",
                severity: "warning",
                file,
                line: entry.line,
                column: entry.column,
                key: entry.key,
                message: `${file} lists ${entry.key}, which sets no key in the schema${guess ? ` (did you mean ${guess}?)` : ""}.`,
                fix: "Remove the line, correct its name, or add the key to the schema.",
            }));
        }
        const secretKey = key?.secret === true || (0,secret_key/* isSecretKeyName */.NN)(entry.key);
        if (!(0,reference/* parseReference */.F2)(entry.value) && (0,credential_shape/* looksLikeCredential */.Pv)(entry.value, { secretKey })) {
            findings.push((0,finding/* makeFinding */.MH)({
                rule: "examples/real-secret",
                severity: "error",
                file,
                line: entry.valueLine,
                column: entry.valueColumn,
                key: entry.key,
                match: (0,mask/* maskSecret */.$)(entry.value),
                message: `${file} holds what looks like a real credential for ${entry.key}, not a placeholder.`,
                fix: "Replace it with an empty value or a placeholder such as <your-token>, and rotate the credential.",
            }));
        }
    }
    return findings;
}
/** `config/example.json` may show every key, but its secrets must be placeholders. */
function checkConfigExample(doc, schema) {
    if (!doc)
        return [];
    if (doc.value === undefined)
        return doc.problems;
    const findings = [...doc.problems];
    (0,resolve/* forEachLeaf */.FU)(doc.value, [], (path, value) => {
        if (typeof value !== "string" || (0,reference/* parseReference */.F2)(value))
            return;
        const secretKey = schema.nodeAt(path)?.["x-secret"] === true || (0,secret_key/* isSecretKeyName */.NN)(String(path[path.length - 1]));
        if (!(0,credential_shape/* looksLikeCredential */.Pv)(value, { secretKey }))
            return;
        const place = doc.locate(path);
        findings.push((0,finding/* makeFinding */.MH)({
            rule: "examples/real-secret",
            severity: "error",
            file: doc.file,
            line: place.value.line,
            column: place.value.column,
            key: (0,key_path/* dottedKey */.aQ)(path),
            match: (0,mask/* maskSecret */.$)(value),
            message: `${doc.file} holds what looks like a real credential at ${(0,key_path/* dottedKey */.aQ)(path)}, not a placeholder.`,
            fix: "Replace it with a placeholder such as <your-token>, and rotate the credential.",
        }));
    });
    return findings;
}

;// CONCATENATED MODULE: ./src/checks/production.ts



const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[?::1\]?|0\.0\.0\.0|\[?::\]?)$/i;
const BARE_LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1)(:\d+)?$/i;
const PRIVATE_IP = /^(10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+)$/;
function hostMatches(host, pattern) {
    const h = host.toLowerCase();
    const p = pattern.toLowerCase();
    if (p.startsWith("*."))
        return h.endsWith(p.slice(1)) || h === p.slice(2);
    return h === p;
}
function parseUrl(value) {
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
        return undefined;
    try {
        return new URL(value);
    }
    catch {
        return undefined;
    }
}
/**
 * Production rules over one production environment's resolved config: no loopback hosts, no
 * plain http to public hosts, no debug log level. Reported where the value was set.
 */
function checkProductionRules(resolution, policy) {
    const { environment } = resolution;
    const rules = policy.productionRules;
    const findings = [];
    const placeOf = (path) => {
        const s = resolution.sourceOf(path);
        return s && s.kind !== "env" ? { file: s.file, line: s.line, column: s.column } : {};
    };
    const via = (path) => {
        const s = resolution.sourceOf(path);
        return s?.kind === "env" || s?.kind === "dotenv" ? ` (set by ${s.variable})` : "";
    };
    const levelKeys = new Set(rules.logLevelKeys.map((k) => k.toLowerCase()));
    const debugLevels = new Set(rules.debugLevels.map((k) => k.toLowerCase()));
    (0,resolve/* forEachLeaf */.FU)(resolution.config, [], (path, value) => {
        if (typeof value !== "string")
            return;
        const name = (0,key_path/* dottedKey */.aQ)(path);
        const url = parseUrl(value);
        const host = url ? url.hostname.replace(/^\[|\]$/g, "") : undefined;
        if ((url && host !== undefined && LOOPBACK.test(host)) || (!url && BARE_LOOPBACK.test(value.trim()))) {
            findings.push((0,finding/* makeFinding */.MH)({
                rule: "production/localhost",
                severity: "warning",
                ...placeOf(path),
                environment,
                key: name,
                message: `${name} points at a loopback host in ${environment}${via(path)}; nothing listens there in a deployed service.`,
                fix: "Use the service's real host name for this environment.",
            }));
            return;
        }
        if (url && url.protocol === "http:" && host !== undefined) {
            const internal = PRIVATE_IP.test(host) || !host.includes(".") || rules.internalHosts.some((p) => hostMatches(host, p));
            if (!internal) {
                findings.push((0,finding/* makeFinding */.MH)({
                    rule: "production/insecure-url",
                    severity: "warning",
                    ...placeOf(path),
                    environment,
                    key: name,
                    message: `${name} uses plain http:// to a public host in ${environment}${via(path)}.`,
                    fix: "Use https://, or list the host under productionRules.internalHosts in .envguard.yml if it is internal.",
                }));
            }
            return;
        }
        const last = String(path[path.length - 1] ?? "").toLowerCase();
        if (levelKeys.has(last) && debugLevels.has(value.trim().toLowerCase())) {
            findings.push((0,finding/* makeFinding */.MH)({
                rule: "production/debug-log",
                severity: "warning",
                ...placeOf(path),
                environment,
                key: name,
                message: `${name} turns on ${value.trim().toLowerCase()} logging in ${environment}${via(path)}; it is slow and may log secrets.`,
                fix: "Use info or warn in production.",
            }));
        }
    });
    return findings;
}

;// CONCATENATED MODULE: ./src/checks/check-project.ts






/**
 * `envguard check` over a loaded project: every environment's committed layers, merged and
 * validated, plus the checks of examples and production rules. `repoFindings` come from git.
 * Pure: reads nothing, writes nothing.
 */
function checkProject(project, repoFindings = []) {
    const { policy, schema, base, environmentFiles, environments } = project;
    const findings = [...project.problems, ...repoFindings];
    if (base)
        findings.push(...(0,document_keys/* checkDocumentKeys */.S)(base, schema));
    for (const [env, doc] of environmentFiles)
        findings.push(...(0,document_keys/* checkDocumentKeys */.S)(doc, schema, env));
    for (const environment of environments) {
        // A layer that does not parse is reported once; resolving without it would only add noise.
        const unparsed = [base, environmentFiles.get(environment)].some((d) => d && d.value === undefined);
        if (unparsed)
            continue;
        const resolution = (0,resolve/* resolveEnvironment */.g9)(schema, policy, { environment, base, environmentFile: environmentFiles.get(environment) }, { mode: "committed" });
        findings.push(...resolution.findings);
        if (policy.production.includes(environment))
            findings.push(...checkProductionRules(resolution, policy));
    }
    findings.push(...checkDrift([...environmentFiles].map(([environment, doc]) => ({ environment, doc })), base, schema));
    findings.push(...checkDotenvExample(project.dotenvExample, schema));
    findings.push(...checkConfigExample(project.configExample, schema));
    const merged = applyRuleSettings((0,finding/* mergeAcrossEnvironments */.kd)(findings, policy.environments), policy.rules).sort(finding/* compareFindings */.Eg);
    return { findings: merged, environments: environmentStatuses(project, merged) };
}
/** `.envguard.yml` `rules:` raise, lower or turn off a rule. */
function applyRuleSettings(findings, rules) {
    const out = [];
    for (const f of findings) {
        const setting = rules[f.rule];
        if (setting === "off")
            continue;
        out.push(setting ? { ...f, severity: setting } : f);
    }
    return out;
}
function environmentStatuses(project, findings) {
    const baseFile = project.base?.file;
    return project.environments.map((name) => {
        const envFile = project.environmentFiles.get(name)?.file;
        const layerFiles = [baseFile, envFile].filter((f) => f !== undefined);
        const mine = findings.filter((f) => f.environments?.includes(name) ||
            (f.environments === undefined && f.file !== undefined && layerFiles.includes(f.file)));
        const errors = mine.filter((f) => f.severity === "error").length;
        return {
            name,
            production: project.policy.production.includes(name),
            status: errors > 0 ? "fail" : "pass",
            errors,
            warnings: mine.filter((f) => f.severity === "warning").length,
            files: [project.schema.file, baseFile, envFile].filter((f) => f !== undefined),
        };
    });
}


/***/ })

};

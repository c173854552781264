export const id = 408;
export const ids = [408];
export const modules = {

/***/ 1408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/git/run-git.ts
var run_git = __webpack_require__(6148);
// EXTERNAL MODULE: ./src/scan/rules/sensitive-files.ts
var sensitive_files = __webpack_require__(3599);
;// CONCATENATED MODULE: ./src/checks/dotenv-files.ts





/**
 * Asks git itself: which `.env` files are tracked, and whether `.gitignore` ignores the
 * `.env` files the policy names. Outside a git repository it says the checks were skipped.
 */
async function checkDotenvFilesInGit(policy) {
    const inside = await (0,run_git/* runGit */.E)(policy.root, ["rev-parse", "--is-inside-work-tree"]);
    const isRepo = inside.code === 0 && inside.stdout.trim() === "true";
    if (!isRepo) {
        return [
            (0,finding/* makeFinding */.MH)({
                rule: "repo/not-a-repository",
                severity: "warning",
                message: `${policy.root} is not inside a git repository: whether .env files are tracked or ignored was not checked.`,
                fix: "Run envguard check inside the project's git work tree.",
            }),
        ];
    }
    const findings = [];
    const listed = await (0,run_git/* runGit */.E)(policy.root, ["ls-files", "-z", "--cached"]);
    if (listed.code !== 0)
        throw new Error(`git ls-files failed: ${listed.stderr.trim()}`);
    const tracked = listed.stdout.split("\0").filter((p) => p !== "");
    for (const file of tracked.filter((p) => (0,sensitive_files/* isDotenvPath */.wd)(p, policy.scan.allowedDotenvSuffixes))) {
        findings.push((0,finding/* makeFinding */.MH)({
            rule: "repo/tracked-dotenv",
            severity: "error",
            file,
            message: `${file} is tracked by git; .env files hold local secrets and must never be committed.`,
            fix: `Run git rm --cached -- ${JSON.stringify(file)}, make sure .gitignore ignores it, and rotate any secret it held.`,
        }));
    }
    const ignored = await (0,run_git/* runGit */.E)(policy.root, [
        "check-ignore",
        "--no-index",
        "--verbose",
        "--non-matching",
        "--",
        ...policy.dotenv.files,
    ]);
    // Exit 1 only says that some path is not ignored; 128 is a real failure.
    if (ignored.code > 1)
        throw new Error(`git check-ignore failed: ${ignored.stderr.trim()}`);
    const lines = ignored.stdout;
    // Placed on .gitignore (an annotation and a link to edit) only when the project has one.
    const hasGitignore = (0,external_node_fs_.existsSync)(external_node_path_default().join(policy.root, ".gitignore"));
    for (const line of lines.split("\n")) {
        const tab = line.indexOf("\t");
        if (tab < 0)
            continue;
        const source = line.slice(0, tab);
        const file = line.slice(tab + 1);
        if (source !== "::")
            continue;
        findings.push((0,finding/* makeFinding */.MH)({
            rule: "repo/dotenv-not-ignored",
            severity: "error",
            ...(hasGitignore ? { file: ".gitignore" } : {}),
            key: file,
            message: hasGitignore
                ? `.gitignore does not ignore ${file}, so a local secrets file can be committed by accident.`
                : `Nothing ignores ${file} (the project has no .gitignore), so a local secrets file can be committed by accident.`,
            fix: hasGitignore
                ? `Add a line "${file}" to .gitignore (and "!.env.example" if you keep one).`
                : `Create .gitignore with a line "${file}" (and "!.env.example" if you keep one), and commit it.`,
        }));
    }
    return findings;
}

// EXTERNAL MODULE: ./src/config/policy.ts + 2 modules
var config_policy = __webpack_require__(4916);
// EXTERNAL MODULE: ./src/config/policy-base.ts
var policy_base = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/config/project.ts
var config_project = __webpack_require__(9403);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/git/index-snapshot.ts




async function gitOrThrow(cwd, args, env) {
    const r = await (0,run_git/* runGit */.E)(cwd, args, env);
    if (r.code !== 0)
        throw new Error(`git ${args[0]} failed: ${r.stderr.trim() || `exit ${r.code}`}`);
    return r.stdout;
}
/**
 * Writes the staged (index) versions of the files matching `pathspecs` into a temp folder, so a
 * check reads what the commit will hold, not the working tree; with `commit`, that commit's
 * versions instead (the Action reads the base branch's policy). Call `add` again for more paths.
 */
async function snapshotIndex(root, commit) {
    const top = (await gitOrThrow(root, ["rev-parse", "--show-toplevel"])).trim();
    const relative = external_node_path_default().relative(top, root);
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), "envguard-index-"));
    // A commit's files: read its tree into an index of our own, so the repository's is never touched.
    const env = {};
    if (commit !== undefined) {
        env.GIT_INDEX_FILE = external_node_path_default().join(dir, ".envguard-index");
        try {
            await gitOrThrow(top, ["read-tree", `${commit}^{tree}`], env);
        }
        catch (error) {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            throw error;
        }
    }
    return {
        root: external_node_path_default().join(dir, relative),
        cleanup: () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }),
        async add(pathspecs) {
            const listed = await gitOrThrow(root, ["ls-files", "-z", "--cached", "--", ...pathspecs], env);
            const files = listed.split("\0").filter((f) => f !== "");
            if (files.length === 0)
                return;
            // --prefix is prepended to each path from the top of the repository.
            await gitOrThrow(top, [
                "checkout-index",
                "-f",
                `--prefix=${dir}${(external_node_path_default()).sep}`,
                "--",
                ...files.map((f) => external_node_path_default().join(relative, f)),
            ], env);
        },
    };
}

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/run-errors.ts
var run_errors = __webpack_require__(9979);
;// CONCATENATED MODULE: ./src/cli/check-command.ts












async function runCheck(options) {
    const root = external_node_path_default().resolve(options.root);
    let snapshot;
    try {
        let projectRoot = root;
        let stagedPolicy;
        if (options.staged) {
            // The files the check reads, as the commit will hold them: policy first, then what it names.
            snapshot = await snapshotIndex(root);
            await snapshot.add([...config_policy/* POLICY_FILES */.j, ...(options.policyFile ? [options.policyFile] : [])]);
            const staged = (0,config_policy.loadPolicy)(snapshot.root, options.policyFile);
            await snapshot.add((0,policy_base/* checkedPaths */.Ct)(staged));
            projectRoot = snapshot.root;
            stagedPolicy = staged;
        }
        const policy = stagedPolicy ?? (0,config_policy.loadPolicy)(projectRoot, options.policyFile);
        // git runs in its own processes while this one compiles the schema; it asks the real repository.
        const repoCheck = checkDotenvFilesInGit({ ...policy, root });
        repoCheck.catch(() => undefined);
        const project = (0,config_project/* loadProject */.gi)(projectRoot, { policy, environments: options.environments });
        const repoFindings = await repoCheck;
        const result = checkProject(project, repoFindings);
        process.stdout.write(options.format === "json"
            ? (0,json/* renderJson */.hF)("check", result.findings, result.environments)
            : (0,report_text/* renderText */.S)(result.findings, result.environments, {
                color: options.color,
                allEnvironments: project.policy.environments,
            }));
        return (0,finding/* hasErrors */.Cs)(result.findings) ? exit_codes/* EXIT */.d.findings : exit_codes/* EXIT */.d.ok;
    }
    catch (error) {
        const findings = (0,run_errors/* couldNotRunFindings */.y)(error);
        if (!findings)
            throw error;
        (0,run_errors/* reportCouldNotRun */.S)("check", findings, options.format);
        return exit_codes/* EXIT */.d.couldNotRun;
    }
    finally {
        snapshot?.cleanup();
    }
}


/***/ })

};

export const id = 631;
export const ids = [631];
export const modules = {

/***/ 4631:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.installedHookScript = installedHookScript;
exports.managerInstructions = managerInstructions;
exports.runInstallHook = runInstallHook;
exports.runUninstallHook = runUninstallHook;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const node_url_1 = __webpack_require__(755);
const hooks_dir_js_1 = __webpack_require__(3600);
const sanitize_js_1 = __webpack_require__(257);
const exit_codes_js_1 = __webpack_require__(8473);
/** The line that runs envguard from a hook manager's own config. */
const HOOK_COMMAND = "npx --no envguard pre-commit";
/** The envguard package this code runs from: dist/cli/ (bundle) and src/cli/ are both two folders down. */
function packageRoot() {
    return node_path_1.default.resolve(node_path_1.default.dirname((0, node_url_1.fileURLToPath)(import.meta.url)), "..", "..");
}
/** A string as one single-quoted sh word. */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/**
 * The hook to write: the package's hooks/pre-commit (one script for every route), told which
 * node and CLI installed it, tried after the project's own node_modules/.bin/envguard.
 */
function installedHookScript(template, node, cli) {
    return template
        .replace(/^installed_node=''$/m, () => `installed_node=${shellQuote(node)}`)
        .replace(/^installed_cli=''$/m, () => `installed_cli=${shellQuote(cli ?? "")}`);
}
function readHookTemplate() {
    const root = packageRoot();
    const file = node_path_1.default.join(root, "hooks", "pre-commit");
    if (!(0, node_fs_1.existsSync)(file)) {
        throw new hooks_dir_js_1.HooksDirError(`the envguard package has no hooks/pre-commit (looked in ${root}).`);
    }
    const cli = node_path_1.default.join(root, "dist", "cli.js");
    return { template: (0, node_fs_1.readFileSync)(file, "utf8"), cli: (0, node_fs_1.existsSync)(cli) ? cli : undefined };
}
/** The hook file's text, or undefined when there is none (a dangling link counts as one). */
function readHook(file) {
    const stat = (0, node_fs_1.lstatSync)(file, { throwIfNoEntry: false });
    if (!stat)
        return undefined;
    try {
        return (0, node_fs_1.readFileSync)(file, "utf8");
    }
    catch {
        return "";
    }
}
/** A path as a person reads it (relative to the work tree when inside it), safe to print. */
function shown(location, file) {
    const relative = node_path_1.default.relative(location.topLevel, file);
    const text = relative.startsWith("..") || node_path_1.default.isAbsolute(relative) ? file : relative.split(node_path_1.default.sep).join("/");
    return (0, sanitize_js_1.printable)(text);
}
/** A hook manager as a sentence names it. */
const MANAGER_LABEL = {
    husky: "husky",
    "pre-commit": "the pre-commit framework",
    lefthook: "lefthook",
};
/** What to add to the manager's config instead, as exact text. */
function managerInstructions(manager) {
    switch (manager.name) {
        case "husky":
            return ["Add this line to .husky/pre-commit:", "", `  ${HOOK_COMMAND}`].join("\n");
        case "pre-commit":
            return [
                "Add envguard to .pre-commit-config.yaml, under repos:",
                "",
                "  - repo: local",
                "    hooks:",
                "      - id: envguard",
                "        name: envguard",
                `        entry: ${HOOK_COMMAND}`,
                "        language: system",
                "        pass_filenames: false",
                "        always_run: true",
                "",
                "then run: pre-commit install",
            ].join("\n");
        case "lefthook":
            return [
                "Add envguard to lefthook.yml:",
                "",
                "  pre-commit:",
                "    commands:",
                "      envguard:",
                `        run: ${HOOK_COMMAND}`,
                "",
                "then run: npx lefthook install",
            ].join("\n");
    }
}
function fail(message) {
    process.stderr.write(`envguard: ${message}\n`);
    return exit_codes_js_1.EXIT.couldNotRun;
}
/**
 * `envguard install-hook`: writes the pre-commit hook into the folder git runs hooks from. A hook
 * already there is kept (renamed *.envguard-chained) and runs first; a hook manager's folder is
 * left to the manager unless `force`. Installing again updates the hook in place.
 */
async function runInstallHook(options) {
    let location;
    let hook;
    try {
        location = await (0, hooks_dir_js_1.locateHooksDir)(options.root);
        hook = readHookTemplate();
    }
    catch (error) {
        if (error instanceof hooks_dir_js_1.HooksDirError)
            return fail((0, sanitize_js_1.printable)(error.message));
        throw error;
    }
    const hookFile = node_path_1.default.join(location.hooksDir, "pre-commit");
    const chainedFile = `${hookFile}${hooks_dir_js_1.CHAINED_SUFFIX}`;
    const existing = readHook(hookFile);
    const script = installedHookScript(hook.template, process.execPath, hook.cli);
    if ((0, hooks_dir_js_1.isEnvguardHook)(existing)) {
        writeHook(hookFile, script);
        process.stdout.write(`envguard: the pre-commit hook in ${shown(location, hookFile)} is envguard's: updated.\n`);
        return exit_codes_js_1.EXIT.ok;
    }
    const manager = (0, hooks_dir_js_1.detectHookManager)(location, existing);
    if (manager && !options.force) {
        return fail([
            `${MANAGER_LABEL[manager.name]} manages this repository's git hooks (${(0, sanitize_js_1.printable)(manager.evidence)}), so envguard did not write one.`,
            managerInstructions(manager),
            "",
            "(envguard install-hook --force installs into the hooks folder anyway, keeping the hook there.)",
        ].join("\n"));
    }
    if (existing !== undefined) {
        if (readHook(chainedFile) !== undefined) {
            return fail(`both ${shown(location, hookFile)} and ${shown(location, chainedFile)} exist and neither is envguard's hook; ` +
                "envguard will not overwrite either. Merge them or remove one, then run envguard install-hook again.");
        }
        (0, node_fs_1.renameSync)(hookFile, chainedFile);
    }
    writeHook(hookFile, script);
    const lines = [`envguard: installed the pre-commit hook in ${shown(location, hookFile)}.`];
    if (existing !== undefined) {
        lines.push(`  The hook that was there runs first (kept as ${shown(location, chainedFile)}); its failure stops the commit.`);
    }
    if (manager) {
        const label = MANAGER_LABEL[manager.name];
        lines.push(`  Installed despite ${label} (--force): ${label} may overwrite it when it reinstalls its hooks.`);
    }
    lines.push("  envguard uninstall-hook removes it.");
    process.stdout.write(`${lines.join("\n")}\n`);
    return exit_codes_js_1.EXIT.ok;
}
function writeHook(file, script) {
    (0, node_fs_1.mkdirSync)(node_path_1.default.dirname(file), { recursive: true });
    // Write beside it and rename, so a commit running meanwhile never sees half a hook.
    const temporary = `${file}.envguard-${process.pid}.tmp`;
    (0, node_fs_1.writeFileSync)(temporary, script, { mode: 0o755 });
    (0, node_fs_1.chmodSync)(temporary, 0o755);
    (0, node_fs_1.renameSync)(temporary, file);
}
/** `envguard uninstall-hook`: removes envguard's hook and puts back the hook it chained, if any. */
async function runUninstallHook(options) {
    let location;
    try {
        location = await (0, hooks_dir_js_1.locateHooksDir)(options.root);
    }
    catch (error) {
        if (error instanceof hooks_dir_js_1.HooksDirError)
            return fail((0, sanitize_js_1.printable)(error.message));
        throw error;
    }
    const hookFile = node_path_1.default.join(location.hooksDir, "pre-commit");
    const chainedFile = `${hookFile}${hooks_dir_js_1.CHAINED_SUFFIX}`;
    const existing = readHook(hookFile);
    if (!(0, hooks_dir_js_1.isEnvguardHook)(existing)) {
        const what = existing === undefined
            ? `there is no pre-commit hook in ${shown(location, location.hooksDir)}`
            : `the pre-commit hook in ${shown(location, hookFile)} is not envguard's: left as it is`;
        const chained = readHook(chainedFile) !== undefined
            ? ` (${shown(location, chainedFile)} is a hook envguard once kept aside: rename it to pre-commit to use it again)`
            : "";
        process.stdout.write(`envguard: nothing to uninstall: ${what}${chained}.\n`);
        return exit_codes_js_1.EXIT.ok;
    }
    (0, node_fs_1.rmSync)(hookFile);
    if (readHook(chainedFile) !== undefined) {
        (0, node_fs_1.renameSync)(chainedFile, hookFile);
        process.stdout.write(`envguard: removed the pre-commit hook; the hook that was there before is back in ${shown(location, hookFile)}.\n`);
    }
    else {
        process.stdout.write(`envguard: removed the pre-commit hook from ${shown(location, hookFile)}.\n`);
    }
    return exit_codes_js_1.EXIT.ok;
}


/***/ }),

/***/ 3600:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HOOK_MARKER = exports.CHAINED_SUFFIX = exports.HooksDirError = void 0;
exports.locateHooksDir = locateHooksDir;
exports.detectHookManager = detectHookManager;
exports.isEnvguardHook = isEnvguardHook;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const run_git_js_1 = __webpack_require__(1234);
class HooksDirError extends Error {
}
exports.HooksDirError = HooksDirError;
/** The file name the hook that was there before `envguard install-hook` is kept under. */
exports.CHAINED_SUFFIX = ".envguard-chained";
/** A line every envguard hook holds, so install and uninstall know their own file. */
exports.HOOK_MARKER = "# envguard pre-commit hook";
/**
 * The hooks folder of the repository at `cwd`. `git rev-parse --git-path hooks` already follows
 * core.hooksPath, linked worktrees (the common dir's hooks) and submodules (.git/modules/…).
 */
async function locateHooksDir(cwd) {
    const inside = await (0, run_git_js_1.runGit)(cwd, ["rev-parse", "--is-inside-work-tree"]);
    if (inside.code !== 0 || inside.stdout.trim() !== "true") {
        throw new HooksDirError(`${node_path_1.default.resolve(cwd)} is not inside a git work tree (git rev-parse failed), so there is no hook to install.`);
    }
    const parsed = await (0, run_git_js_1.runGit)(cwd, ["rev-parse", "--show-toplevel", "--git-path", "hooks"]);
    const [topLevel, hooks] = parsed.stdout.split("\n");
    if (parsed.code !== 0 || !topLevel || !hooks) {
        throw new HooksDirError(`git rev-parse --git-path hooks failed: ${parsed.stderr.trim()}`);
    }
    const configured = await (0, run_git_js_1.runGit)(cwd, ["config", "--get", "core.hooksPath"]);
    const hooksPath = configured.code === 0 && configured.stdout.trim() !== "" ? configured.stdout.trim() : undefined;
    return { topLevel, hooksDir: node_path_1.default.resolve(cwd, hooks), hooksPath };
}
/** Whether core.hooksPath is husky's: `.husky` (v4–v8 style) or `.husky/_` (v9). */
function isHuskyPath(location) {
    const relative = node_path_1.default.relative(location.topLevel, location.hooksDir).split(node_path_1.default.sep).join("/");
    return location.hooksPath !== undefined && /^\.husky(\/_)?\/?$/.test(relative);
}
/**
 * The hook manager that owns the hooks folder, if any: husky (core.hooksPath), the pre-commit
 * framework (its config file, or its generated hook), lefthook (its config file or hook).
 * `existingHook` is the text of the pre-commit hook already there.
 */
function detectHookManager(location, existingHook) {
    if (isHuskyPath(location)) {
        return { name: "husky", evidence: `core.hooksPath is ${location.hooksPath}` };
    }
    if (existingHook?.includes("husky")) {
        return { name: "husky", evidence: "the pre-commit hook there is husky's" };
    }
    if (existingHook?.includes("File generated by pre-commit")) {
        return { name: "pre-commit", evidence: "the pre-commit hook there was written by `pre-commit install`" };
    }
    for (const file of [".pre-commit-config.yaml", ".pre-commit-config.yml"]) {
        if ((0, node_fs_1.existsSync)(node_path_1.default.join(location.topLevel, file))) {
            return { name: "pre-commit", evidence: `${file} is there` };
        }
    }
    if (existingHook?.includes("lefthook")) {
        return { name: "lefthook", evidence: "the pre-commit hook there is lefthook's" };
    }
    for (const file of ["lefthook.yml", "lefthook.yaml", ".lefthook.yml", ".lefthook.yaml"]) {
        if ((0, node_fs_1.existsSync)(node_path_1.default.join(location.topLevel, file))) {
            return { name: "lefthook", evidence: `${file} is there` };
        }
    }
    return undefined;
}
/** Whether a hook file's text is one envguard wrote (or hooks/pre-commit copied by hand). */
function isEnvguardHook(text) {
    return text?.split("\n").some((line) => line.startsWith(exports.HOOK_MARKER)) === true;
}


/***/ }),

/***/ 1234:
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


/***/ })

};

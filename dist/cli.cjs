#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 417:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  q: () => (/* binding */ launch)
});

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = require("node:module");
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_namespaceObject);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = require("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = require("node:url");
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = require("node:child_process");
;// CONCATENATED MODULE: ./src/git/start-git.ts

// Starting a git process whose output the scanner reads as a stream, and starting it early: the CLI's
// fast path for the pre-commit hook starts `git diff --cached` before it loads the scanner, so git
// works on one core while Node compiles on the other. Kept small: it is part of the CLI's first chunk.
/**
 * Settings that change what `git diff`/`git log -p` print, pinned so a user's config cannot break the
 * parser: prefixes, quoting, colour, signatures, merged hunks, log encoding.
 */
const PINNED_CONFIG = [
    "-c",
    "core.quotePath=true",
    "-c",
    "diff.noprefix=false",
    "-c",
    "diff.mnemonicPrefix=false",
    "-c",
    "color.ui=never",
    "-c",
    "log.showSignature=false",
    "-c",
    "diff.interHunkContext=0",
    "-c",
    "diff.suppressBlankEmpty=false",
    "-c",
    "i18n.logOutputEncoding=UTF-8",
];
/** The patch format the diff parser reads: added lines only, new-file line numbers, renames found. */
const PATCH_OPTIONS = [
    "-p",
    "-U0",
    "-M",
    "--full-index",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    // Paths relative to the project root (the working directory), like every other path envguard uses;
    // a project below the top of its repository sees only its own changes.
    "--relative",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    "--ignore-submodules=all",
];
/** The arguments of the staged scan's one git call: the index against HEAD (or nothing, unborn). */
const STAGED_DIFF_ARGS = [...PINNED_CONFIG, "diff", "--cached", ...PATCH_OPTIONS, "--"];
const STDERR_LIMIT = 16 * 1024;
/** The environment git runs in: no prompts, no opportunistic index writes that race a commit. */
function gitEnvironment() {
    const env = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" };
    // GIT_DIFF_OPTS overrides -U0 on the command line; an external diff would replace the patch.
    delete env.GIT_DIFF_OPTS;
    delete env.GIT_EXTERNAL_DIFF;
    return env;
}
/** Starts git in `cwd`, listening at once for its end and its stderr. */
function startGit(cwd, args) {
    const child = (0,external_node_child_process_namespaceObject.spawn)("git", args, { cwd, env: gitEnvironment(), stdio: ["ignore", "pipe", "pipe"] });
    // A listener, so that Node keeps what git writes until it is read: without one, a git that exits
    // before the scanner reads it (one started early) would have its output drained and dropped.
    child.stdout.on("readable", keepBuffered);
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (text) => {
        if (stderr.length < STDERR_LIMIT)
            stderr += text;
    });
    const exit = new Promise((resolve) => {
        child.once("error", (error) => resolve({ code: null, error }));
        child.once("close", (code) => resolve({ code }));
    });
    return { child, exit, stderr: () => stderr };
}
function keepBuffered() { }
// Kept on the global object: the CLI's launcher starts git before it loads the hook's engine, a
// separate bundle with its own copy of this module, which takes the process from here.
const REGISTRY = Symbol.for("envguard.earlyGit");
const early = globalThis[REGISTRY] ??
    new Map();
globalThis[REGISTRY] = early;
const keyOf = (cwd, args) => JSON.stringify([cwd, ...args]);
/** Starts git now, for a later `takeEarlyGit` with the same directory and arguments. */
function startGitEarly(cwd, args) {
    const key = keyOf(cwd, args);
    if (!early.has(key))
        early.set(key, startGit(cwd, args));
}
/** The git started early with these arguments, if any; each is handed out once. */
function takeEarlyGit(cwd, args) {
    const key = keyOf(cwd, args);
    const started = early.get(key);
    early.delete(key);
    return started;
}
/** Stops every early git nobody took (the run ended before reading it, e.g. on a broken policy). */
function stopEarlyGit() {
    for (const started of early.values()) {
        started.child.kill();
        started.child.stdout.destroy();
    }
    early.clear();
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = require("node:vm");
;// CONCATENATED MODULE: ./src/cli/code-cache.ts




// Loading the pre-commit hook's engine through V8's code cache. Node compiles a script's top level
// eagerly and every function the first time it runs; for the hook's ~600 KB engine that is most of
// the time envguard adds to a commit. V8 can save the compiled code and take it back on the next run
// (about 1 ms instead of ~25 ms here). Node 22.1+ offers that for every module
// (`module.enableCompileCache`); Node 20 only for a classic script compiled with `vm.Script`, which
// is why the engine is a CommonJS bundle that this module loads itself.
//
// The cache is code that will run, so it is read only from a file this user owns and nobody else can
// write, and it is named by the engine's content hash (V8 itself checks only the source's length, its
// own version and flags). Anything wrong with it costs the compile, never the run.
/**
 * Where compiled code is kept: ENVGUARD_CACHE_DIR (`off` or empty: nowhere), else the platform's
 * per-user cache folder. Undefined when there is none (no HOME): the engine is then compiled each run.
 */
function cacheDirectory(env = process.env, platform = process.platform) {
    const own = env.ENVGUARD_CACHE_DIR;
    if (own !== undefined)
        return own === "" || own === "off" ? undefined : external_node_path_default().resolve(own);
    if (platform === "win32")
        return env.LOCALAPPDATA ? external_node_path_default().join(env.LOCALAPPDATA, "envguard", "Cache") : undefined;
    if (platform === "darwin" && env.HOME)
        return external_node_path_default().join(env.HOME, "Library", "Caches", "envguard");
    // XDG: a relative XDG_CACHE_HOME is invalid and ignored.
    const xdg = env.XDG_CACHE_HOME;
    if (xdg && external_node_path_default().isAbsolute(xdg))
        return external_node_path_default().join(xdg, "envguard");
    return env.HOME ? external_node_path_default().join(env.HOME, ".cache", "envguard") : undefined;
}
/** The cache file of `file` built with content hash `key`, for this Node and CPU. */
function cacheFileOf(dir, file, key) {
    return external_node_path_default().join(dir, `${external_node_path_default().basename(file)}-${key}-${process.version}-${process.arch}.v8`);
}
/**
 * Runs a CommonJS file as `require` would (exports, require, module, __filename, __dirname), compiled
 * with the code cache in `dir` when there is one. `key` must change whenever the file's content does.
 */
function requireWithCodeCache(file, key, dir) {
    const source = (0,external_node_fs_namespaceObject.readFileSync)(file, "utf8");
    const cacheFile = dir === undefined ? undefined : cacheFileOf(dir, file, key);
    const cached = cacheFile === undefined ? undefined : readOwnFile(cacheFile);
    const script = new external_node_vm_namespaceObject.Script((0,external_node_module_namespaceObject.wrap)(source), { filename: file, ...(cached ? { cachedData: cached } : {}) });
    const fromCache = cached !== undefined && script.cachedDataRejected === false;
    const module = { exports: {}, filename: file, id: file, loaded: false };
    const run = script.runInThisContext();
    run.call(module.exports, module.exports, (0,external_node_module_namespaceObject.createRequire)(file), module, file, external_node_path_default().dirname(file));
    module.loaded = true;
    return {
        exports: module.exports,
        fromCache,
        save() {
            if (fromCache || dir === undefined || cacheFile === undefined)
                return;
            try {
                writeCache(dir, file, key, script.createCachedData());
            }
            catch {
                // A read-only or full disk: the next run compiles again.
            }
        },
    };
}
/** The file's bytes if this user owns it and only this user can write it; otherwise undefined. */
function readOwnFile(file) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(file, "r");
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        const uid = process.getuid?.();
        if (!stat.isFile() || (uid !== undefined && stat.uid !== uid))
            return undefined;
        // Windows has no owner or mode bits here (every writable file reads 0o666): the per-user
        // LOCALAPPDATA folder's ACL is what keeps others out.
        if (process.platform !== "win32" && (stat.mode & 0o022) !== 0)
            return undefined;
        return (0,external_node_fs_namespaceObject.readFileSync)(fd);
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** Writes atomically (a reader sees the old file or the new one), and drops other builds' caches of the file. */
function writeCache(dir, file, key, data) {
    (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    const cacheFile = cacheFileOf(dir, file, key);
    const temp = `${cacheFile}.${process.pid}.tmp`;
    (0,external_node_fs_namespaceObject.writeFileSync)(temp, data, { mode: 0o600 });
    (0,external_node_fs_namespaceObject.renameSync)(temp, cacheFile);
    // Caches of the same bundle with another content hash are from envguard builds no longer here
    // (this build's caches for other Node versions are kept: someone may switch between them).
    const stem = `${external_node_path_default().basename(file)}-`;
    for (const other of (0,external_node_fs_namespaceObject.readdirSync)(dir)) {
        if (other.startsWith(stem) && !other.startsWith(`${stem}${key}-`) && other.endsWith(".v8")) {
            try {
                (0,external_node_fs_namespaceObject.unlinkSync)(external_node_path_default().join(dir, other));
            }
            catch {
                // Another run removed it first.
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/cli/color.ts
/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
function wantsColor(flag, stream = process.stdout) {
    if (flag !== undefined)
        return flag;
    if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "")
        return false;
    if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== "0")
        return true;
    return stream.isTTY === true;
}

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

;// CONCATENATED MODULE: ./src/cli/exit-codes.ts
/** The exit codes of every door: 0 clean, 1 problems found, 2 could not run. */
const EXIT = { ok: 0, findings: 1, couldNotRun: 2 };

;// CONCATENATED MODULE: ./src/cli/crash.ts


/** An error no command turned into findings: said on stderr (its stack with ENVGUARD_DEBUG); exit 2. */
function reportCrash(error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`envguard: could not run: ${printable(message)}\n`);
    if (process.env.ENVGUARD_DEBUG && error instanceof Error)
        process.stderr.write(`${error.stack}\n`);
    return EXIT.couldNotRun;
}

;// CONCATENATED MODULE: ./src/cli/launch.ts







// The `envguard` command (dist/cli.cjs, a small CommonJS bundle). Every command but one loads the
// CLI (dist/cli/, ESM, with the argument parser). The pre-commit hook's command line runs on every
// commit, so it takes a shorter road: it starts `git diff --cached` at once, so git reads the index
// while Node loads the scanner, and loads the hook's engine (dist/hook/index.cjs) through V8's code
// cache.
/** The engine's content hash: scripts/build.mjs writes it into dist/cli.cjs. Unbuilt: no cache. */
const ENGINE_KEY = "77a46f31afd76802";
/** `envguard pre-commit [--color|--no-color]` (git passes a pre-commit hook no arguments): its colour flag. */
function preCommitColor(argv) {
    const [command, ...flags] = argv;
    if (command !== "pre-commit" || !flags.every((f) => f === "--color" || f === "--no-color"))
        return undefined;
    return { color: flags.length === 0 ? undefined : flags[flags.length - 1] === "--color" };
}
/** Runs the command line; `home` is the folder of dist/cli.cjs. */
function launch(argv, home) {
    const hook = preCommitColor(argv);
    if (hook)
        return runHook(home, hook.color);
    // Node ≥ 22.1 keeps the CLI's compiled chunks on disk (in the OS temp dir unless NODE_COMPILE_CACHE
    // says otherwise); older Nodes have no such function. A cache that cannot be used never stops a run.
    try {
        external_node_module_default().enableCompileCache?.();
    }
    catch {
        // Run without it.
    }
    const cli = (0,external_node_url_namespaceObject.pathToFileURL)(external_node_path_default().join(home, "cli", "index.js")).href;
    return import(/* webpackIgnore: true */ cli).then(({ main }) => main(argv), reportCrash);
}
async function runHook(home, color) {
    const root = external_node_path_default().resolve(".");
    let engine;
    try {
        startGitEarly(root, STAGED_DIFF_ARGS);
        const built = ENGINE_KEY !== "ENVGUARD_ENGINE_KEY_UNSET";
        engine = requireWithCodeCache(external_node_path_default().join(home, "hook", "index.cjs"), ENGINE_KEY, built ? cacheDirectory() : undefined);
        return await engine.exports.runPreCommit({ root, policyFile: undefined, color: wantsColor(color) });
    }
    catch (error) {
        return reportCrash(error);
    }
    finally {
        stopEarlyGit();
        engine?.save();
    }
}


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// The entry of dist/cli.cjs, the `envguard` command: a CommonJS bundle, so that the pre-commit hook
// can load its engine through V8's code cache (see launch.ts and code-cache.ts).
(__nccwpck_require__(417)/* .launch */ .q)(process.argv.slice(2), __dirname)
  .then((code) => {
    process.exitCode = code;
  });

module.exports = __webpack_exports__;
/******/ })()
;
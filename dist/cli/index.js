#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2477:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ wantsColor)
/* harmony export */ });
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


/***/ }),

/***/ 7813:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ reportCrash)
/* harmony export */ });
/* harmony import */ var _report_sanitize_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1211);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8551);


/** An error no command turned into findings: said on stderr (its stack with ENVGUARD_DEBUG); exit 2. */
function reportCrash(error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`envguard: could not run: ${(0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(message)}\n`);
    if (process.env.ENVGUARD_DEBUG && error instanceof Error)
        process.stderr.write(`${error.stack}\n`);
    return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.couldNotRun;
}


/***/ }),

/***/ 8551:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
/** The exit codes of every door: 0 clean, 1 problems found, 2 could not run. */
const EXIT = { ok: 0, findings: 1, couldNotRun: 2 };


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ startGitEarly),
/* harmony export */   BE: () => (/* binding */ startGit),
/* harmony export */   _K: () => (/* binding */ gitEnvironment),
/* harmony export */   a6: () => (/* binding */ stopEarlyGit),
/* harmony export */   ei: () => (/* binding */ PATCH_OPTIONS),
/* harmony export */   nk: () => (/* binding */ takeEarlyGit),
/* harmony export */   vn: () => (/* binding */ STAGED_DIFF_ARGS),
/* harmony export */   yR: () => (/* binding */ PINNED_CONFIG)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

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
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)("git", args, { cwd, env: gitEnvironment(), stdio: ["ignore", "pipe", "pipe"] });
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
const early = new Map();
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


/***/ }),

/***/ 1211:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
/* unused harmony export commandSafe */
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


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 7066:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tty");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 1404:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_namespaceObject);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/git/start-git.ts
var start_git = __nccwpck_require__(4065);
// EXTERNAL MODULE: ./src/cli/color.ts
var cli_color = __nccwpck_require__(2477);
// EXTERNAL MODULE: ./src/cli/crash.ts
var crash = __nccwpck_require__(7813);
;// CONCATENATED MODULE: ./src/cli/fast-path.ts




/**
 * The git hook's command line, `envguard pre-commit` (git passes a pre-commit hook no arguments),
 * run without building the commander program: it starts `git diff --cached` at once, so git reads
 * the index while Node loads the scanner. Any other command line returns undefined and goes
 * through `main`, which parses it the same way (`--color`/`--no-color`: the last one wins).
 */
function fastPath(argv) {
    const [command, ...flags] = argv;
    if (command !== "pre-commit" || !flags.every((f) => f === "--color" || f === "--no-color"))
        return undefined;
    const color = flags.length === 0 ? undefined : flags[flags.length - 1] === "--color";
    return runPreCommitNow(color);
}
async function runPreCommitNow(color) {
    const root = external_node_path_default().resolve(".");
    try {
        (0,start_git/* startGitEarly */.AF)(root, start_git/* STAGED_DIFF_ARGS */.vn);
        const { runPreCommit } = await Promise.all(/* import() */[__nccwpck_require__.e(482), __nccwpck_require__.e(643), __nccwpck_require__.e(574), __nccwpck_require__.e(775)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6145));
        return await runPreCommit({ root, policyFile: undefined, color: (0,cli_color/* wantsColor */.z)(color) });
    }
    catch (error) {
        return (0,crash/* reportCrash */.M)(error);
    }
    finally {
        (0,start_git/* stopEarlyGit */.a6)();
    }
}

;// CONCATENATED MODULE: ./src/cli/bin.ts


// Node ≥ 22.1 keeps the compiled code of the CLI's chunks on disk (in the OS temp dir unless
// NODE_COMPILE_CACHE says otherwise), so later runs skip most of the parsing. Older Nodes have no
// such function; a cache that cannot be used must never stop a run.
try {
    external_node_module_default().enableCompileCache?.();
}
catch {
    // Run without the cache.
}
const argv = process.argv.slice(2);
// The pre-commit hook's command line skips the argument parser; everything else goes through main.
(fastPath(argv) ?? Promise.all(/* import() */[__nccwpck_require__.e(179), __nccwpck_require__.e(957)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2957)).then(({ main }) => main(argv))).then((code) => {
    process.exitCode = code;
});


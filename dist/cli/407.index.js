export const id = 407;
export const ids = [407];
export const modules = {

/***/ 6407:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.wantsColor = void 0;
exports.buildProgram = buildProgram;
exports.parseByteSize = parseByteSize;
exports.main = main;
const commander_1 = __webpack_require__(3917);
const color_js_1 = __webpack_require__(6759);
Object.defineProperty(exports, "wantsColor", ({ enumerable: true, get: function () { return color_js_1.wantsColor; } }));
const crash_js_1 = __webpack_require__(6427);
const exit_codes_js_1 = __webpack_require__(8473);
const VERSION = "0.1.0";
function splitList(values) {
    if (!values)
        return undefined;
    return values
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter(Boolean);
}
function buildProgram(setExit) {
    const program = new commander_1.Command("envguard")
        .description("Validate every environment's config against one schema, and keep secrets out of git.")
        .version(VERSION, "-V, --version")
        .option("-C, --cwd <dir>", "project root, where .envguard.yml and config/ are (default: the current directory)", ".")
        .option("-c, --config <file>", "policy file, relative to the project root (default .envguard.yml)")
        .showHelpAfterError("(run envguard --help for usage)")
        .exitOverride()
        .configureOutput({ outputError: (text, write) => write(text) });
    const formatOption = () => new commander_1.Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text");
    program
        .command("check")
        .description("validate the committed config of every environment (no secret needs to be present)")
        .option("-e, --env <names...>", "only these environments (repeat or comma-separate)")
        .option("--staged", "check the staged versions of the config files (what the next commit holds)")
        .addOption(formatOption())
        .option("--color", "force colour")
        .option("--no-color", "no colour")
        .action(async (options) => {
        const { runCheck } = await Promise.all(/* import() */[__webpack_require__.e(770), __webpack_require__.e(89), __webpack_require__.e(260), __webpack_require__.e(801), __webpack_require__.e(950), __webpack_require__.e(333), __webpack_require__.e(396)]).then(__webpack_require__.t.bind(__webpack_require__, 7396, 23));
        const global = program.opts();
        setExit(await runCheck({
            root: global.cwd,
            staged: options.staged === true,
            policyFile: global.config,
            environments: splitList(options.env),
            format: options.format,
            color: (0, color_js_1.wantsColor)(options.color),
        }));
    });
    program
        .command("print")
        .description("show one environment's resolved config, where every value came from, secrets masked")
        .requiredOption("-e, --env <name>", "the environment to resolve")
        .addOption(formatOption())
        .option("--committed", "only committed files: ignore .env and environment variables")
        .option("--color", "force colour")
        .option("--no-color", "no colour")
        .action(async (options) => {
        const { runPrint } = await Promise.all(/* import() */[__webpack_require__.e(770), __webpack_require__.e(89), __webpack_require__.e(260), __webpack_require__.e(801), __webpack_require__.e(950), __webpack_require__.e(750)]).then(__webpack_require__.t.bind(__webpack_require__, 3511, 23));
        const global = program.opts();
        setExit(await runPrint({
            root: global.cwd,
            policyFile: global.config,
            environment: options.env,
            format: options.format,
            committed: options.committed === true,
            color: (0, color_js_1.wantsColor)(options.color),
        }));
    });
    program
        .command("pre-commit")
        .description("what the git hook runs: scan the staged changes, and check the staged config when the commit touches it")
        .option("--color", "force colour")
        .option("--no-color", "no colour")
        .action(async (options) => {
        const { runPreCommit } = await Promise.all(/* import() */[__webpack_require__.e(890), __webpack_require__.e(333), __webpack_require__.e(719), __webpack_require__.e(463)]).then(__webpack_require__.t.bind(__webpack_require__, 1463, 23));
        const global = program.opts();
        setExit(await runPreCommit({ root: global.cwd, policyFile: global.config, color: (0, color_js_1.wantsColor)(options.color) }));
    });
    program
        .command("install-hook")
        .description("install the git pre-commit hook (runs envguard pre-commit); a hook already there is kept and runs first")
        .option("--force", "install even when husky, the pre-commit framework or lefthook manages the hooks")
        .action(async (options) => {
        const { runInstallHook } = await __webpack_require__.e(/* import() */ 631).then(__webpack_require__.t.bind(__webpack_require__, 4631, 23));
        setExit(await runInstallHook({ root: program.opts().cwd, force: options.force === true }));
    });
    program
        .command("uninstall-hook")
        .description("remove envguard's git pre-commit hook, and put back the hook it kept")
        .action(async () => {
        const { runUninstallHook } = await __webpack_require__.e(/* import() */ 631).then(__webpack_require__.t.bind(__webpack_require__, 4631, 23));
        setExit(await runUninstallHook({ root: program.opts().cwd }));
    });
    program
        .command("scan")
        .description("find secrets: in staged changes, a diff, the tree, history or stdin")
        .argument("[paths...]", "files or folders to scan (default: the whole work tree); - reads stdin")
        .option("--staged", "scan what is staged for the next commit (the index, not the working tree)")
        .option("--diff <range>", "scan the lines added in BASE...HEAD (from the merge base) or BASE..HEAD")
        .option("--history [range]", "scan every commit's added lines (all of history, or a range)")
        .option("--no-git", "scan every file under the paths, not only those git tracks or would track")
        .option("--stdin-filename <name>", "the file name to report for content read from stdin")
        .addOption(new commander_1.Option("-f, --format <format>", "output format").choices(["text", "json", "sarif"]).default("text"))
        .option("-o, --output <file>", "write the report to a file instead of stdout")
        .option("--baseline <file>", "the baseline of accepted findings (default .envguard-baseline.json)")
        .option("--no-baseline", "ignore the baseline")
        .option("--update-baseline", "accept every current finding: write them to the baseline and exit 0")
        .option("--max-file-size <bytes>", "skip (and count) files larger than this", (v) => parseByteSize(v))
        .addOption(new commander_1.Option("--fail-on <level>", "exit 1 on findings of this severity or worse")
        .choices(["error", "warning", "never"])
        .default("error"))
        .option("--color", "force colour")
        .option("--no-color", "no colour")
        .action(async (paths, options) => {
        const { runScan } = await Promise.all(/* import() */[__webpack_require__.e(890), __webpack_require__.e(333), __webpack_require__.e(719)]).then(__webpack_require__.t.bind(__webpack_require__, 1719, 23));
        const global = program.opts();
        const modes = [
            options.staged,
            options.diff,
            options.history,
            paths.length > 0 && !paths.includes("-") ? true : undefined,
        ];
        if (modes.filter((m) => m !== undefined && m !== false).length > 1) {
            throw new commander_1.CommanderError(2, "envguard.usage", "error: choose one of --staged, --diff, --history or paths");
        }
        const target = paths.includes("-")
            ? { kind: "stdin", filename: options.stdinFilename ?? "-" }
            : options.staged
                ? { kind: "staged" }
                : options.diff
                    ? { kind: "diff", range: options.diff }
                    : options.history !== undefined
                        ? { kind: "history", range: options.history === true ? undefined : options.history }
                        : { kind: "tree", paths, git: options.git !== false };
        const showProgress = process.stderr.isTTY === true && target.kind === "history";
        setExit(await runScan({
            root: global.cwd,
            policyFile: global.config,
            target,
            format: options.format,
            output: options.output,
            baseline: options.baseline,
            updateBaseline: options.updateBaseline === true,
            maxFileSize: options.maxFileSize,
            failOn: options.failOn,
            color: (0, color_js_1.wantsColor)(options.color),
            progress: showProgress
                ? (done, total) => process.stderr.write(`\r  commits: ${done}/${total}${done === total ? "\n" : ""}`)
                : undefined,
        }));
    });
    return program;
}
/** `1048576`, `512k`, `2MiB`, `10MB` → bytes. */
function parseByteSize(value) {
    const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(value.trim());
    if (!m)
        throw new commander_1.InvalidArgumentError("expected a size such as 1048576, 512k or 2MiB");
    const unit = (m[2] ?? "b").toLowerCase();
    const factor = unit.startsWith("k")
        ? 1024
        : unit.startsWith("m")
            ? 1024 ** 2
            : unit.startsWith("g")
                ? 1024 ** 3
                : 1;
    return Math.round(Number(m[1]) * factor);
}
async function main(argv) {
    let exitCode = exit_codes_js_1.EXIT.ok;
    const program = buildProgram((code) => {
        exitCode = code;
    });
    try {
        await program.parseAsync(argv, { from: "user" });
        return exitCode;
    }
    catch (error) {
        if (error instanceof commander_1.CommanderError) {
            if (error.code === "envguard.usage")
                process.stderr.write(`envguard: ${error.message.replace(/^error: /, "")}\n`);
            // --help and --version end here too, successfully.
            return error.exitCode === 0 ? exit_codes_js_1.EXIT.ok : exit_codes_js_1.EXIT.couldNotRun;
        }
        return (0, crash_js_1.reportCrash)(error);
    }
}


/***/ })

};

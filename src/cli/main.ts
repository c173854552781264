import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { VERSION } from "../version.js";
import { wantsColor } from "./color.js";
import { reportCrash } from "./crash.js";
import { EXIT } from "./exit-codes.js";

function splitList(values: string[] | undefined): string[] | undefined {
  if (!values) return undefined;
  return values
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command("envguard")
    .description("Validate every environment's config against one schema, and keep secrets out of git.")
    .version(VERSION, "-V, --version")
    .option(
      "-C, --cwd <dir>",
      "project root, where .envguard.yml and config/ are (default: the current directory)",
      ".",
    )
    .option("-c, --config <file>", "policy file, relative to the project root (default .envguard.yml)")
    .showHelpAfterError("(run envguard --help for usage)")
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });

  const formatOption = () =>
    new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text");

  program
    .command("check")
    .description("validate the committed config of every environment (no secret needs to be present)")
    .option("-e, --env <names...>", "only these environments (repeat or comma-separate)")
    .option("--staged", "check the staged versions of the config files (what the next commit holds)")
    .addOption(formatOption())
    .option("--color", "force colour")
    .option("--no-color", "no colour")
    .action(async (options) => {
      const { runCheck } = await import("./check-command.js");
      const global = program.opts();
      setExit(
        await runCheck({
          root: global.cwd,
          staged: options.staged === true,
          policyFile: global.config,
          environments: splitList(options.env),
          format: options.format,
          color: wantsColor(options.color),
        }),
      );
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
      const { runPrint } = await import("./print-command.js");
      const global = program.opts();
      setExit(
        await runPrint({
          root: global.cwd,
          policyFile: global.config,
          environment: options.env,
          format: options.format,
          committed: options.committed === true,
          color: wantsColor(options.color),
        }),
      );
    });
  program
    .command("verify")
    .description(
      "the pre-deploy gate: resolve one environment for real (variables, files, secret stores), validate it, and print its fingerprint",
    )
    .requiredOption("-e, --env <name>", "the environment to deploy")
    .addOption(formatOption())
    .option("--timeout <ms>", "per request to a secret store (default 5000)", parseMilliseconds)
    .option("--concurrency <n>", "secret-store requests in flight at once (default 16)", parseCount)
    .option("--color", "force colour")
    .option("--no-color", "no colour")
    .action(async (options) => {
      const { runVerify } = await import("./verify-command.js");
      const global = program.opts();
      setExit(
        await runVerify({
          root: global.cwd,
          policyFile: global.config,
          environment: options.env,
          format: options.format,
          timeoutMs: options.timeout,
          concurrency: options.concurrency,
          color: wantsColor(options.color),
        }),
      );
    });

  program
    .command("exec")
    .description(
      "resolve and validate one environment, then run a program with every key in its environment (never an invalid config)",
    )
    .usage("--env <name> [--timeout <ms>] -- <command> [args...]")
    .requiredOption("-e, --env <name>", "the environment to run as")
    .option("--timeout <ms>", "per request to a secret store (default 5000)", parseMilliseconds)
    .argument("<command>", "the program to run (after --)")
    .argument("[args...]", "its arguments")
    .action(async (command: string, args: string[], options) => {
      const { runExec } = await import("./exec-command.js");
      const global = program.opts();
      setExit(
        await runExec({
          root: global.cwd,
          policyFile: global.config,
          environment: options.env,
          timeoutMs: options.timeout,
          command,
          args,
          color: wantsColor(undefined, process.stderr),
        }),
      );
    });

  program
    .command("smoke")
    .description(
      "after a deploy: poll the service's health endpoint until it answers, and check its environment and config fingerprint",
    )
    .requiredOption("--url <url>", "the health endpoint (it returns envguardHealth())")
    .requiredOption("-e, --env <name>", "the environment that was deployed")
    .option("--timeout <ms>", "give up after this long (default 60000)", parseMilliseconds)
    .option(
      "--interval <ms>",
      "first wait between attempts; doubles up to 10 s (default 1000)",
      parseMilliseconds,
    )
    .option(
      "--fingerprint <fp>",
      "the expected fingerprint (default: computed here, without fetching secrets)",
    )
    .action(async (options) => {
      const { runSmoke } = await import("./smoke-command.js");
      const global = program.opts();
      setExit(
        await runSmoke({
          root: global.cwd,
          policyFile: global.config,
          environment: options.env,
          url: options.url,
          timeoutMs: options.timeout,
          intervalMs: options.interval,
          fingerprint: options.fingerprint,
        }),
      );
    });

  program
    .command("pre-commit")
    .description(
      "what the git hook runs: scan the staged changes, and check the staged config when the commit touches it",
    )
    .option("--color", "force colour")
    .option("--no-color", "no colour")
    .action(async (options) => {
      const { runPreCommit } = await import("./pre-commit-command.js");
      const global = program.opts();
      setExit(
        await runPreCommit({ root: global.cwd, policyFile: global.config, color: wantsColor(options.color) }),
      );
    });

  program
    .command("install-hook")
    .description(
      "install the git pre-commit hook (runs envguard pre-commit); a hook already there is kept and runs first",
    )
    .option("--force", "install even when husky, the pre-commit framework or lefthook manages the hooks")
    .action(async (options) => {
      const { runInstallHook } = await import("./install-hook-command.js");
      setExit(await runInstallHook({ root: program.opts().cwd, force: options.force === true }));
    });

  program
    .command("uninstall-hook")
    .description("remove envguard's git pre-commit hook, and put back the hook it kept")
    .action(async () => {
      const { runUninstallHook } = await import("./install-hook-command.js");
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
    .addOption(
      new Option("-f, --format <format>", "output format").choices(["text", "json", "sarif"]).default("text"),
    )
    .option("-o, --output <file>", "write the report to a file instead of stdout")
    .option("--baseline <file>", "the baseline of accepted findings (default .envguard-baseline.json)")
    .option("--no-baseline", "ignore the baseline")
    .option("--update-baseline", "accept every current finding: write them to the baseline and exit 0")
    .option("--max-file-size <bytes>", "skip (and count) files larger than this", (v) => parseByteSize(v))
    .addOption(
      new Option("--fail-on <level>", "exit 1 on findings of this severity or worse")
        .choices(["error", "warning", "never"])
        .default("error"),
    )
    .option("--color", "force colour")
    .option("--no-color", "no colour")
    .action(async (paths: string[], options) => {
      const { runScan } = await import("./scan-command.js");
      const global = program.opts();
      const modes = [
        options.staged,
        options.diff,
        options.history,
        paths.length > 0 && !paths.includes("-") ? true : undefined,
      ];
      if (modes.filter((m) => m !== undefined && m !== false).length > 1) {
        throw new CommanderError(
          2,
          "envguard.usage",
          "error: choose one of --staged, --diff, --history or paths",
        );
      }
      const target = paths.includes("-")
        ? ({ kind: "stdin", filename: options.stdinFilename ?? "-" } as const)
        : options.staged
          ? ({ kind: "staged" } as const)
          : options.diff
            ? ({ kind: "diff", range: options.diff } as const)
            : options.history !== undefined
              ? ({ kind: "history", range: options.history === true ? undefined : options.history } as const)
              : ({ kind: "tree", paths, git: options.git !== false } as const);
      const showProgress = process.stderr.isTTY === true && target.kind === "history";
      setExit(
        await runScan({
          root: global.cwd,
          policyFile: global.config,
          target,
          format: options.format,
          output: options.output,
          baseline: options.baseline,
          updateBaseline: options.updateBaseline === true,
          maxFileSize: options.maxFileSize,
          failOn: options.failOn,
          color: wantsColor(options.color),
          progress: showProgress
            ? (done, total) =>
                process.stderr.write(`\r  commits: ${done}/${total}${done === total ? "\n" : ""}`)
            : undefined,
        }),
      );
    });
  return program;
}

/** An option parser for a positive integer; `expected` says what to give instead of a bad value. */
function positiveInteger(expected: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim()) || Number(value) <= 0)
      throw new InvalidArgumentError(`expected ${expected}`);
    return Number(value);
  };
}

/** A duration in milliseconds. */
const parseMilliseconds = positiveInteger("milliseconds, a positive integer such as 5000");
/** A count. */
const parseCount = positiveInteger("a positive integer");

/** `1048576`, `512k`, `2MiB`, `10MB` → bytes. */
export function parseByteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError("expected a size such as 1048576, 512k or 2MiB");
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

/** The exit code: an `ExitCode`, or what the program `exec` ran ended with. */
export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "envguard.usage")
        process.stderr.write(`envguard: ${error.message.replace(/^error: /, "")}\n`);
      // --help and --version end here too, successfully.
      return error.exitCode === 0 ? EXIT.ok : EXIT.couldNotRun;
    }
    return reportCrash(error);
  }
}

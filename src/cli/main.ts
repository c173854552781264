import { Command, CommanderError, Option } from "commander";
import { printable } from "../report/sanitize.js";
import { EXIT, type ExitCode } from "./exit-codes.js";

const VERSION = "0.1.0";

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(flag: boolean | undefined, stream: NodeJS.WriteStream = process.stdout): boolean {
  if (flag !== undefined) return flag;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true;
}

function splitList(values: string[] | undefined): string[] | undefined {
  if (!values) return undefined;
  return values
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
}

export function buildProgram(setExit: (code: ExitCode) => void): Command {
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
    .addOption(formatOption())
    .option("--color", "force colour")
    .option("--no-color", "no colour")
    .action(async (options) => {
      const { runCheck } = await import("./check-command.js");
      const global = program.opts();
      setExit(
        await runCheck({
          root: global.cwd,
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
  return program;
}

export async function main(argv: string[]): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT.ok;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, successfully.
      return error.exitCode === 0 ? EXIT.ok : EXIT.couldNotRun;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`envguard: could not run: ${printable(message)}\n`);
    if (process.env.ENVGUARD_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return EXIT.couldNotRun;
  }
}

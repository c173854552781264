import path from "node:path";
import { STAGED_DIFF_ARGS, startGitEarly, stopEarlyGit } from "../git/start-git.js";
import { wantsColor } from "./color.js";
import { reportCrash } from "./crash.js";
import type { ExitCode } from "./exit-codes.js";

/**
 * The git hook's command line, `envguard pre-commit` (git passes a pre-commit hook no arguments),
 * run without building the commander program: it starts `git diff --cached` at once, so git reads
 * the index while Node loads the scanner. Any other command line returns undefined and goes
 * through `main`, which parses it the same way (`--color`/`--no-color`: the last one wins).
 */
export function fastPath(argv: readonly string[]): Promise<ExitCode> | undefined {
  const [command, ...flags] = argv;
  if (command !== "pre-commit" || !flags.every((f) => f === "--color" || f === "--no-color"))
    return undefined;
  const color = flags.length === 0 ? undefined : flags[flags.length - 1] === "--color";
  return runPreCommitNow(color);
}

async function runPreCommitNow(color: boolean | undefined): Promise<ExitCode> {
  const root = path.resolve(".");
  try {
    startGitEarly(root, STAGED_DIFF_ARGS);
    const { runPreCommit } = await import("./pre-commit-command.js");
    return await runPreCommit({ root, policyFile: undefined, color: wantsColor(color) });
  } catch (error) {
    return reportCrash(error);
  } finally {
    stopEarlyGit();
  }
}

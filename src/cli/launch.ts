import module from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { STAGED_DIFF_ARGS, startGitEarly, stopEarlyGit } from "../git/start-git.js";
import { type CachedModule, cacheDirectory, requireWithCodeCache } from "./code-cache.js";
import { wantsColor } from "./color.js";
import { reportCrash } from "./crash.js";
import type { ExitCode } from "./exit-codes.js";
import type { runPreCommit } from "./pre-commit-command.js";

// The `envguard` command (dist/cli.cjs, a small CommonJS bundle). Every command but one loads the
// CLI (dist/cli/, ESM, with the argument parser). The pre-commit hook's command line runs on every
// commit, so it takes a shorter road: it starts `git diff --cached` at once, so git reads the index
// while Node loads the scanner, and loads the hook's engine (dist/hook/index.cjs) through V8's code
// cache.

/** The engine's content hash: scripts/build.mjs writes it into dist/cli.cjs. Unbuilt: no cache. */
const ENGINE_KEY: string = "ENVGUARD_ENGINE_KEY_UNSET";

/** `envguard pre-commit [--color|--no-color]` (git passes a pre-commit hook no arguments): its colour flag. */
function preCommitColor(argv: readonly string[]): { color: boolean | undefined } | undefined {
  const [command, ...flags] = argv;
  if (command !== "pre-commit" || !flags.every((f) => f === "--color" || f === "--no-color"))
    return undefined;
  return { color: flags.length === 0 ? undefined : flags[flags.length - 1] === "--color" };
}

/** Runs the command line; `home` is the folder of dist/cli.cjs. */
export function launch(argv: string[], home: string): Promise<number> {
  const hook = preCommitColor(argv);
  if (hook) return runHook(home, hook.color);
  // Node ≥ 22.1 keeps the CLI's compiled chunks on disk (in the OS temp dir unless NODE_COMPILE_CACHE
  // says otherwise); older Nodes have no such function. A cache that cannot be used never stops a run.
  try {
    (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  } catch {
    // Run without it.
  }
  const cli = pathToFileURL(path.join(home, "cli", "index.js")).href;
  return import(/* webpackIgnore: true */ cli).then(
    ({ main }: { main: (argv: string[]) => Promise<number> }) => main(argv),
    reportCrash,
  );
}

async function runHook(home: string, color: boolean | undefined): Promise<ExitCode> {
  const root = path.resolve(".");
  let engine: CachedModule<{ runPreCommit: typeof runPreCommit }> | undefined;
  try {
    startGitEarly(root, STAGED_DIFF_ARGS);
    const built = ENGINE_KEY !== "ENVGUARD_ENGINE_KEY_UNSET";
    engine = requireWithCodeCache(
      path.join(home, "hook", "index.cjs"),
      ENGINE_KEY,
      built ? cacheDirectory() : undefined,
    );
    return await engine.exports.runPreCommit({ root, policyFile: undefined, color: wantsColor(color) });
  } catch (error) {
    return reportCrash(error);
  } finally {
    stopEarlyGit();
    engine?.save();
  }
}

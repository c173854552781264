import { type ChildProcessByStdio, spawn } from "node:child_process";
import type { Readable } from "node:stream";

// Starting a git process whose output the scanner reads as a stream, and starting it early: the CLI's
// fast path for the pre-commit hook starts `git diff --cached` before it loads the scanner, so git
// works on one core while Node compiles on the other. Kept small: it is part of the CLI's first chunk.

/**
 * Settings that change what `git diff`/`git log -p` print, pinned so a user's config cannot break the
 * parser: prefixes, quoting, colour, signatures, merged hunks, log encoding.
 */
export const PINNED_CONFIG = [
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
export const PATCH_OPTIONS = [
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
export const STAGED_DIFF_ARGS = [...PINNED_CONFIG, "diff", "--cached", ...PATCH_OPTIONS, "--"];

const STDERR_LIMIT = 16 * 1024;

/** The environment git runs in: no prompts, no opportunistic index writes that race a commit. */
export function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" };
  // GIT_DIFF_OPTS overrides -U0 on the command line; an external diff would replace the patch.
  delete env.GIT_DIFF_OPTS;
  delete env.GIT_EXTERNAL_DIFF;
  return env;
}

/** A running git whose stdout is read as a stream. */
export interface StartedGit {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** How it ended: its exit code, or the error that kept it from starting. */
  exit: Promise<{ code: number | null; error?: Error }>;
  /** The start of what it wrote to stderr (up to 16 KiB), as far as it has written. */
  stderr(): string;
}

/** Starts git in `cwd`, listening at once for its end and its stderr. */
export function startGit(cwd: string, args: readonly string[]): StartedGit {
  const child = spawn("git", args, { cwd, env: gitEnvironment(), stdio: ["ignore", "pipe", "pipe"] });
  // A listener, so that Node keeps what git writes until it is read: without one, a git that exits
  // before the scanner reads it (one started early) would have its output drained and dropped.
  child.stdout.on("readable", keepBuffered);
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (text: string) => {
    if (stderr.length < STDERR_LIMIT) stderr += text;
  });
  const exit = new Promise<{ code: number | null; error?: Error }>((resolve) => {
    child.once("error", (error) => resolve({ code: null, error }));
    child.once("close", (code) => resolve({ code }));
  });
  return { child, exit, stderr: () => stderr };
}

function keepBuffered(): void {}

// Kept on the global object: the CLI's launcher starts git before it loads the hook's engine, a
// separate bundle with its own copy of this module, which takes the process from here.
const REGISTRY = Symbol.for("envguard.earlyGit");
const early: Map<string, StartedGit> =
  ((globalThis as Record<symbol, unknown>)[REGISTRY] as Map<string, StartedGit> | undefined) ??
  new Map<string, StartedGit>();
(globalThis as Record<symbol, unknown>)[REGISTRY] = early;
const keyOf = (cwd: string, args: readonly string[]) => JSON.stringify([cwd, ...args]);

/** Starts git now, for a later `takeEarlyGit` with the same directory and arguments. */
export function startGitEarly(cwd: string, args: readonly string[]): void {
  const key = keyOf(cwd, args);
  if (!early.has(key)) early.set(key, startGit(cwd, args));
}

/** The git started early with these arguments, if any; each is handed out once. */
export function takeEarlyGit(cwd: string, args: readonly string[]): StartedGit | undefined {
  const key = keyOf(cwd, args);
  const started = early.get(key);
  early.delete(key);
  return started;
}

/** Stops every early git nobody took (the run ended before reading it, e.g. on a broken policy). */
export function stopEarlyGit(): void {
  for (const started of early.values()) {
    started.child.kill();
    started.child.stdout.destroy();
  }
  early.clear();
}

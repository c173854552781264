import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
import { runGit } from "../../git/run-git.js";
import { SourceError } from "./source-error.js";

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
  "--no-relative",
  "--src-prefix=a/",
  "--dst-prefix=b/",
  "--ignore-submodules=all",
];

const STDERR_LIMIT = 16 * 1024;

/** The environment git runs in: no prompts, no opportunistic index writes that race a commit. */
export function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" };
  // GIT_DIFF_OPTS overrides -U0 on the command line; an external diff would replace the patch.
  delete env.GIT_DIFF_OPTS;
  delete env.GIT_EXTERNAL_DIFF;
  return env;
}

/**
 * Runs git and yields its stdout as UTF-8 text, chunk by chunk as it arrives (a chunk may end in the
 * middle of a line). Reading is pulled: git waits while the consumer works, so memory stays flat
 * whatever the output size. Stopping early kills git. A non-zero exit throws a `SourceError`.
 */
export async function* gitOutputChunks(
  root: string,
  args: string[],
  describe: string,
): AsyncGenerator<string, void, undefined> {
  const child = spawn("git", args, { cwd: root, env: gitEnvironment(), stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (text: string) => {
    if (stderr.length < STDERR_LIMIT) stderr += text;
  });
  const exit = new Promise<{ code: number | null; error?: Error }>((resolve) => {
    child.once("error", (error) => resolve({ code: null, error }));
    child.once("close", (code) => resolve({ code }));
  });
  const decoder = new StringDecoder("utf8");
  let complete = false;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      const text = decoder.write(chunk);
      if (text.length > 0) yield text;
    }
    const tail = decoder.end();
    if (tail.length > 0) yield tail;
    complete = true;
  } catch {
    // The stream broke (git could not start, or died): the exit status below says why.
    complete = true;
  } finally {
    if (!complete) child.kill();
  }
  const { code, error } = await exit;
  if (error)
    throw new SourceError(`git could not be started to ${describe} (${errorCode(error)}); is git installed?`);
  if (code !== 0) {
    throw new SourceError(`git failed to ${describe} (exit ${code ?? "killed"})`, {
      gitMessage: lastLines(stderr),
    });
  }
}

/** `runGit`, with "git could not be started" as a `SourceError`. */
export async function runGitOrThrow(root: string, args: string[], describe: string) {
  try {
    return await runGit(root, args);
  } catch (error) {
    throw new SourceError(`could not ${describe}: ${(error as Error).message}`);
  }
}

/** Whether the repository at `root` is a shallow clone (its history is cut off). */
export async function isShallowRepository(root: string): Promise<boolean> {
  const result = await runGitOrThrow(
    root,
    ["rev-parse", "--is-shallow-repository"],
    "inspect the repository",
  );
  return result.code === 0 && result.stdout.trim() === "true";
}

function errorCode(error: Error): string {
  return (error as NodeJS.ErrnoException).code ?? error.message;
}

function lastLines(text: string): string {
  return text.trim().split("\n").slice(-8).join("\n");
}

import { StringDecoder } from "node:string_decoder";
import { runGit } from "../../git/run-git.js";
import { startGit, takeEarlyGit } from "../../git/start-git.js";
import { SourceError } from "./source-error.js";

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
  // The CLI may have started this very command already, before loading the scanner.
  const { child, exit, stderr } = takeEarlyGit(root, args) ?? startGit(root, args);
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
      gitMessage: lastLines(stderr()),
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

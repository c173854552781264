import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { gitEnvironment } from "../../git/start-git.js";
import { runGitOrThrow } from "./git-process.js";

/**
 * Names sent to cat-file per write. Each write wakes cat-file, and on a busy machine a wake-up costs
 * tens of microseconds of our time: one per file was 10% of a large diff's scan.
 */
const BATCH = 16;

/**
 * Looks up blob sizes through one long-lived `git cat-file --batch-check`, so asking costs a line
 * on a pipe rather than a process. Names are sent in batches (`flush` sends the rest); answers come
 * in the order asked. A size that cannot be found is `undefined`: it is a statistic, never a reason
 * to drop content.
 */
export class BlobSizes {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly waiting: ((size: number | undefined) => void)[] = [];
  private carry = "";
  private unsent = "";
  private unsentCount = 0;
  private broken = false;

  constructor(private readonly root: string) {}

  /** The size of an object named by id or by `<rev>:<path>` (`:0:<path>` for the index). */
  size(name: string): Promise<number | undefined> {
    if (name.includes("\n")) return this.sizeByProcess(name);
    const child = this.start();
    if (!child) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.unsent += `${name}\n`;
      if (++this.unsentCount >= BATCH) this.flush();
    });
  }

  /** Sends the names asked so far; call before waiting for an answer. */
  flush(): void {
    if (this.unsentCount === 0 || !this.child) return;
    this.child.stdin.write(this.unsent);
    this.unsent = "";
    this.unsentCount = 0;
  }

  /** Ends the process; call when done (also after an error). */
  close(): void {
    if (!this.child) return;
    this.flush();
    this.child.stdin.end();
    this.child = undefined;
  }

  private start(): ChildProcessWithoutNullStreams | undefined {
    if (this.child) return this.child;
    if (this.broken) return undefined;
    const child = spawn("git", ["cat-file", "--batch-check=%(objectsize)"], {
      cwd: this.root,
      env: gitEnvironment(),
    });
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (text: string) => this.read(text));
    const fail = () => {
      this.broken = true;
      this.child = undefined;
      for (const resolve of this.waiting.splice(0)) resolve(undefined);
    };
    child.on("error", fail);
    child.on("close", fail);
    child.stdin.on("error", fail);
    child.stderr.resume();
    this.child = child;
    return child;
  }

  private read(text: string): void {
    const all = this.carry + text;
    let start = 0;
    for (let nl = all.indexOf("\n"); nl !== -1; nl = all.indexOf("\n", start)) {
      const answer = all.slice(start, nl);
      start = nl + 1;
      const size = /^\d+$/.test(answer) ? Number(answer) : undefined;
      this.waiting.shift()?.(size);
    }
    this.carry = all.slice(start);
  }

  private async sizeByProcess(name: string): Promise<number | undefined> {
    const result = await runGitOrThrow(this.root, ["cat-file", "-s", name], "read a file size").catch(
      () => undefined,
    );
    return result?.code === 0 ? Number(result.stdout.trim()) : undefined;
  }
}

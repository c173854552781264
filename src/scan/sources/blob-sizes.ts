import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { gitEnvironment, runGitOrThrow } from "./git-process.js";

/**
 * Looks up blob sizes through one long-lived `git cat-file --batch-check`, so asking costs a line
 * on a pipe rather than a process. Answers come in the order asked. A size that cannot be found is
 * `undefined`: it is a statistic, never a reason to drop content.
 */
export class BlobSizes {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly waiting: ((size: number | undefined) => void)[] = [];
  private carry = "";
  private unsent = "";
  private broken = false;

  constructor(private readonly root: string) {}

  /** The size of an object named by id or by `<rev>:<path>` (`:0:<path>` for the index). */
  size(name: string): Promise<number | undefined> {
    if (name.includes("\n")) return this.sizeByProcess(name);
    const child = this.start();
    if (!child) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      // One write per tick, not per name: a pipe write is a system call.
      if (this.unsent === "") process.nextTick(() => this.flush());
      this.unsent += `${name}\n`;
    });
  }

  /** Ends the process; call when done (also after an error). */
  close(): void {
    if (!this.child) return;
    this.flush();
    this.child.stdin.end();
    this.child = undefined;
  }

  private flush(): void {
    if (this.unsent === "" || !this.child) return;
    this.child.stdin.write(this.unsent);
    this.unsent = "";
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
    const result = await runGitOrThrow(this.root, ["cat-file", "-s", name], "read a file size");
    return result.code === 0 ? Number(result.stdout.trim()) : undefined;
  }
}

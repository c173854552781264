import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runGit } from "./run-git.js";

export interface IndexSnapshot {
  /** The project root inside the snapshot (same relative layout as the work tree). */
  root: string;
  cleanup(): void;
}

async function gitOrThrow(cwd: string, args: string[], env?: Record<string, string>): Promise<string> {
  const r = await runGit(cwd, args, env);
  if (r.code !== 0) throw new Error(`git ${args[0]} failed: ${r.stderr.trim() || `exit ${r.code}`}`);
  return r.stdout;
}

/**
 * Writes the staged (index) versions of the files matching `pathspecs` into a temp folder, so a
 * check reads what the commit will hold, not the working tree; with `commit`, that commit's
 * versions instead (the Action reads the base branch's policy). Call `add` again for more paths.
 */
export async function snapshotIndex(
  root: string,
  commit?: string,
): Promise<IndexSnapshot & { add(pathspecs: string[]): Promise<void> }> {
  const top = (await gitOrThrow(root, ["rev-parse", "--show-toplevel"])).trim();
  const relative = path.relative(top, root);
  const dir = mkdtempSync(path.join(os.tmpdir(), "envguard-index-"));
  // A commit's files: read its tree into an index of our own, so the repository's is never touched.
  const env: Record<string, string> = {};
  if (commit !== undefined) {
    env.GIT_INDEX_FILE = path.join(dir, ".envguard-index");
    try {
      await gitOrThrow(top, ["read-tree", `${commit}^{tree}`], env);
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }
  return {
    root: path.join(dir, relative),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
    async add(pathspecs: string[]) {
      const listed = await gitOrThrow(root, ["ls-files", "-z", "--cached", "--", ...pathspecs], env);
      const files = listed.split("\0").filter((f) => f !== "");
      if (files.length === 0) return;
      // --prefix is prepended to each path from the top of the repository.
      await gitOrThrow(
        top,
        [
          "checkout-index",
          "-f",
          `--prefix=${dir}${path.sep}`,
          "--",
          ...files.map((f) => path.join(relative, f)),
        ],
        env,
      );
    },
  };
}

import type { Policy } from "../../config/policy.js";
import { runGit } from "../../git/run-git.js";
import type { Fragment, ScanStats } from "../fragment.js";
import { parseRange, scanDiff } from "./diff.js";
import { scanHistory } from "./history.js";
import { scanStaged } from "./staged.js";
import { scanStdin } from "./stdin.js";
import { scanTree } from "./tree.js";

export { SourceError } from "./source-error.js";

/** What `envguard scan` reads. */
export type ScanTarget =
  | {
      kind: "staged";
      /** False: no `git cat-file` for whole-file sizes (the hook's statistic counts added text). */
      blobSizes?: boolean;
      /** Filled with every path the staged change touches (the hook decides from it whether to check). */
      changedPaths?: Set<string>;
    }
  | { kind: "diff"; range: string }
  | { kind: "history"; range?: string | undefined }
  | { kind: "tree"; paths: string[]; git: boolean }
  | { kind: "stdin"; filename: string };

export interface OpenSource {
  fragments: AsyncIterable<Fragment>;
  stats(): ScanStats;
  /** A changed file's whole new content (the schema-aware rule parses config layers whole). */
  readFullText?: (fragment: Fragment) => Promise<string | undefined>;
}

/** `git show <rev>:<path>`; undefined when git cannot show it (the rule then skips that file). */
function blobReader(root: string, revisionOf: (fragment: Fragment) => string) {
  return async (fragment: Fragment): Promise<string | undefined> => {
    // `./`: the path is relative to the project root, not to the top of the repository.
    const shown = await runGit(root, ["show", `${revisionOf(fragment)}:./${fragment.path}`]);
    return shown.code === 0 ? shown.stdout : undefined;
  };
}

/** The I/O edge of the scanner: picks the source and says how to read a changed file whole. */
export async function openSource(
  root: string,
  target: ScanTarget,
  policy: Policy,
  progress?: (done: number, total: number) => void,
): Promise<OpenSource> {
  const options = { maxFileSize: policy.scan.maxFileSize, scanLockfiles: policy.scan.lockfiles };
  switch (target.kind) {
    case "staged":
      // ":path" is the staged blob: what the commit will hold, not the working tree.
      return {
        ...scanStaged(root, { ...options, blobSizes: target.blobSizes, changedPaths: target.changedPaths }),
        readFullText: blobReader(root, () => ""),
      };
    case "diff": {
      const { head } = parseRange(target.range);
      return { ...scanDiff(root, target.range, options), readFullText: blobReader(root, () => head) };
    }
    case "history":
      return {
        ...scanHistory(root, target.range, {
          ...options,
          onProgress: progress ? (p) => progress(p.commits, p.total ?? p.commits) : undefined,
        }),
        readFullText: blobReader(root, (f) => f.commit?.sha ?? "HEAD"),
      };
    case "tree":
      return scanTree(root, target.paths, { ...options, git: target.git ? undefined : false });
    case "stdin":
      return scanStdin(process.stdin, target.filename, options);
  }
}

import { changeSource } from "./change-source.js";
import { PATCH_OPTIONS, PINNED_CONFIG, runGitOrThrow } from "./git-process.js";
import type { ScanSource, SourceOptions } from "./scan-source.js";
import { SourceError } from "./source-error.js";

const EMPTY_TREE = {
  sha1: "4b825dc642cb6eb9a060e54bf8d69288fbee4904",
  sha256: "6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321",
};

/**
 * What a commit would add now: the index against HEAD (`git diff --cached`), or against the empty
 * tree before the first commit. It reads the staged blobs, not the working tree, so a secret only in
 * an unstaged edit is not seen and one staged then removed from disk is. During a merge the
 * incoming side's changes are staged, so they are scanned; unmerged paths are not (git refuses to
 * commit them). Honours GIT_INDEX_FILE, which `git commit <paths>` sets for its hooks.
 */
export function scanStaged(root: string, options: SourceOptions = {}): ScanSource {
  return changeSource(
    root,
    async () => {
      const base = (await headCommit(root)) ?? (await emptyTree(root));
      return {
        args: [...PINNED_CONFIG, "diff", "--cached", ...PATCH_OPTIONS, base, "--"],
        describe: "read the staged changes",
        objectOf: (file) => `:0:${file.path}`,
      };
    },
    options,
  );
}

async function headCommit(root: string): Promise<string | undefined> {
  const head = await runGitOrThrow(
    root,
    ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"],
    "find the HEAD commit",
  );
  if (head.code === 0) return head.stdout.trim();
  if (head.code === 1) return undefined; // no commit yet
  throw new SourceError(`${root} is not a git repository`, {
    gitMessage: head.stderr.trim(),
    fix: "run envguard inside a git work tree, or scan files with `envguard scan <paths>`",
  });
}

async function emptyTree(root: string): Promise<string> {
  const format = await runGitOrThrow(root, ["rev-parse", "--show-object-format"], "read the object format");
  return format.stdout.trim() === "sha256" ? EMPTY_TREE.sha256 : EMPTY_TREE.sha1;
}

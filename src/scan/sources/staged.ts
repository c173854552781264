import { STAGED_DIFF_ARGS } from "../../git/start-git.js";
import type { Fragment } from "../fragment.js";
import { changeSource } from "./change-source.js";
import { runGitOrThrow } from "./git-process.js";
import type { ChangeSourceOptions, ScanSource } from "./scan-source.js";
import { SourceError } from "./source-error.js";

/**
 * What a commit would add now: the index against HEAD (`git diff --cached`), or against the empty
 * tree before the first commit. It reads the staged blobs, not the working tree, so a secret only in
 * an unstaged edit is not seen and one staged then removed from disk is. During a merge the
 * incoming side's changes are staged, so they are scanned; unmerged paths are not (git refuses to
 * commit them). Honours GIT_INDEX_FILE, which `git commit <paths>` sets for its hooks.
 */
export function scanStaged(root: string, options: ChangeSourceOptions = {}): ScanSource {
  const source = changeSource(
    root,
    async () => ({
      // Without a commit, `git diff --cached` compares the index with HEAD, or with the empty tree
      // before the first commit: one git process, which the CLI may have started already.
      args: STAGED_DIFF_ARGS,
      describe: "read the staged changes",
      objectOf: (file) => `:0:./${file.path}`,
    }),
    options,
  );
  return { ...source, fragments: explained(root, source.fragments) };
}

/** The staged fragments; when git fails, outside a repository, the error says so. */
async function* explained(root: string, fragments: AsyncIterable<Fragment>): AsyncGenerator<Fragment> {
  try {
    yield* fragments;
  } catch (error) {
    if (error instanceof SourceError) await headCommit(root);
    throw error;
  }
}

/** Throws the "not a git repository" error when `root` is not in one. */
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

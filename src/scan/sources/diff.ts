import { PATCH_OPTIONS, PINNED_CONFIG } from "../../git/start-git.js";
import { changeSource } from "./change-source.js";
import { isShallowRepository, runGitOrThrow } from "./git-process.js";
import type { ScanSource, SourceOptions } from "./scan-source.js";
import { SourceError } from "./source-error.js";

const FULL_HISTORY_FIX =
  "fetch the missing history: run `git fetch --unshallow` (or `git fetch origin <base>`), or on GitHub Actions use actions/checkout with `fetch-depth: 0`";

/** A range as `scanDiff` takes it: `BASE...HEAD` (from the merge base) or `BASE..HEAD` (tree to tree). */
export interface DiffRange {
  base: string;
  head: string;
  fromMergeBase: boolean;
}

/** Reads `A...B` or `A..B` (an empty side means HEAD, as in git); throws a `SourceError` otherwise. */
export function parseRange(range: string): DiffRange {
  const m = /^(.*?)(\.\.\.?)(.*)$/.exec(range);
  if (!m) {
    throw new SourceError(`"${range}" is not a range`, {
      fix: "give BASE...HEAD (changes since the merge base, as a pull request shows) or BASE..HEAD",
    });
  }
  const base = m[1] || "HEAD";
  const head = m[3] || "HEAD";
  for (const rev of [base, head]) {
    if (rev.startsWith("-") || /\s/.test(rev)) throw new SourceError(`"${rev}" is not a revision name`);
  }
  return { base, head, fromMergeBase: m[2] === "..." };
}

/**
 * The lines a branch adds: `BASE...HEAD` diffs HEAD against the merge base (what a pull request
 * shows), `BASE..HEAD` diffs the two trees directly. Line numbers are those of HEAD's files either
 * way. A missing commit or merge base is a `SourceError` naming what to fetch, never an empty scan.
 */
export function scanDiff(root: string, range: string, options: SourceOptions = {}): ScanSource {
  return changeSource(
    root,
    async () => {
      const { base, head, fromMergeBase } = parseRange(range);
      // One round of git before the diff: merge-base resolves both names itself, and only when it
      // fails are the names looked up one by one to say which is missing.
      const [from, headCommit] = fromMergeBase
        ? await Promise.all([mergeBase(root, base, head), resolveCommit(root, head)])
        : await Promise.all([resolveCommit(root, base), resolveCommit(root, head)]);
      return {
        args: [...PINNED_CONFIG, "diff", ...PATCH_OPTIONS, from, headCommit, "--"],
        describe: `diff ${range}`,
        objectOf: (file) => `${headCommit}:./${file.path}`,
      };
    },
    options,
  );
}

async function resolveCommit(root: string, rev: string): Promise<string> {
  const result = await runGitOrThrow(
    root,
    ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`],
    `find commit ${rev}`,
  );
  if (result.code === 0) return result.stdout.trim();
  if (result.code !== 1) {
    throw new SourceError(`could not look up commit "${rev}"`, { gitMessage: result.stderr.trim() });
  }
  if (await isShallowRepository(root)) {
    throw new SourceError(
      `commit "${rev}" is not in this clone: it is shallow, so older history was never fetched`,
      { fix: FULL_HISTORY_FIX.replace("<base>", rev) },
    );
  }
  throw new SourceError(`commit "${rev}" was not found in this repository`, {
    fix: `fetch it (\`git fetch origin ${rev}\`) or check the name; on GitHub Actions use actions/checkout with \`fetch-depth: 0\``,
  });
}

async function mergeBase(root: string, base: string, head: string): Promise<string> {
  const result = await runGitOrThrow(
    root,
    ["merge-base", `${base}^{commit}`, `${head}^{commit}`],
    "find the merge base",
  );
  if (result.code === 0) return result.stdout.trim().split("\n")[0] as string;
  // A missing commit is the likelier cause (and the more useful message).
  await Promise.all([resolveCommit(root, base), resolveCommit(root, head)]);
  if (result.code !== 1) {
    throw new SourceError(`could not find the merge base of ${base} and ${head}`, {
      gitMessage: result.stderr.trim(),
    });
  }
  if (await isShallowRepository(root)) {
    throw new SourceError(
      `${base} and ${head} have no merge base in this clone: it is shallow, so their common history was never fetched`,
      { fix: FULL_HISTORY_FIX.replace("<base>", base) },
    );
  }
  throw new SourceError(`${base} and ${head} share no history, so ${base}...${head} has no merge base`, {
    fix: `compare the two trees directly with ${base}..${head}`,
  });
}

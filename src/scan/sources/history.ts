import { PATCH_OPTIONS, PINNED_CONFIG } from "../../git/start-git.js";
import { changeSource } from "./change-source.js";
import { COMMIT_FORMAT } from "./diff-parser.js";
import { runGitOrThrow } from "./git-process.js";
import type { ScanSource, SourceOptions } from "./scan-source.js";
import { SourceError } from "./source-error.js";

export interface HistoryProgress {
  /** Commits read so far. */
  commits: number;
  /** Commits in the range (`git rev-list --count`), once known. */
  total: number | undefined;
}

export interface HistoryOptions extends SourceOptions {
  /** Called as each commit is reached (with the commits done before it), and once at the end. */
  onProgress?: (progress: HistoryProgress) => void;
}

/**
 * Every line each commit added, with the commit (sha, author, date): a secret added and later
 * removed is still found. `range` is anything `git log` takes (`main..feature`, a tag); without one,
 * every ref (`--all`: branches, tags, remotes, stash). Renames count only their edits.
 *
 * Merge commits are read as a remerge diff (`--diff-merges=remerge`, git 2.36+): git merges the
 * parents again and shows what the recorded merge differs by, i.e. conflict resolutions and "evil"
 * edits only. The branches' own commits are read on their own, so nothing is reported twice. In a
 * shallow clone the oldest commit shows its whole tree as added: content is covered, older commits
 * are not.
 */
export function scanHistory(root: string, range?: string, options: HistoryOptions = {}): ScanSource {
  let commits = 0;
  let total: number | undefined;
  let counting: Promise<void> = Promise.resolve();
  const report = () => options.onProgress?.({ commits, total });
  const source = changeSource(
    root,
    async () => {
      if (range !== undefined && (range.startsWith("-") || range.trim() === "")) {
        throw new SourceError(`"${range}" is not a revision range`);
      }
      await requireRemergeDiff(root);
      const revisions = range === undefined ? ["--all"] : [range];
      if (options.onProgress) {
        counting = runGitOrThrow(root, ["rev-list", "--count", ...revisions, "--"], "count commits").then(
          (result) => {
            if (result.code === 0) total = Number(result.stdout.trim());
          },
          () => {},
        );
      }
      return {
        args: [
          ...PINNED_CONFIG,
          "log",
          ...PATCH_OPTIONS,
          "--diff-merges=remerge",
          "--root",
          "--no-notes",
          `--format=${COMMIT_FORMAT}`,
          ...revisions,
          "--",
        ],
        describe: `read the history${range === undefined ? "" : ` of ${range}`}`,
        objectOf: (file) => `${file.commit?.sha ?? "HEAD"}:./${file.path}`,
      };
    },
    {
      ...options,
      // A commit line means the one before it is done.
      onCommit: () => {
        report();
        commits++;
      },
    },
  );
  if (!options.onProgress) return source;
  return { fragments: reportAtEnd(source.fragments), stats: source.stats };

  async function* reportAtEnd<T>(items: AsyncIterable<T>): AsyncGenerator<T> {
    yield* items;
    await counting;
    report();
  }
}

async function requireRemergeDiff(root: string): Promise<void> {
  const result = await runGitOrThrow(root, ["version"], "read the git version");
  const m = /(\d+)\.(\d+)/.exec(result.stdout);
  if (m && (Number(m[1]) < 2 || (Number(m[1]) === 2 && Number(m[2]) < 36))) {
    throw new SourceError(`history scans need git 2.36 or later (this is ${result.stdout.trim()})`, {
      fix: "upgrade git: merge commits are read with --diff-merges=remerge",
    });
  }
}

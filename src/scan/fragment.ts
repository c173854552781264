/** The commit a fragment of history came from. */
export interface CommitInfo {
  sha: string;
  author: string;
  email: string;
  /** ISO 8601 author date. */
  date: string;
}

/**
 * A piece of content to scan, the same for every source: a whole file (tree, stdin) or the added
 * lines of one file in a change (staged, diff, history). Detectors see only fragments; they never
 * touch git or the disk.
 */
export interface Fragment {
  /** Repo-relative path with forward slashes (for stdin: --stdin-filename, or "-"). */
  path: string;
  /**
   * The text to scan. For a change, only the added lines, joined with "\n", so that a secret split
   * over consecutive added lines (a private key) is still whole.
   */
  text: string;
  /**
   * For a change: `lineNumbers[i]` is the line in the new file of line i+1 of `text`.
   * Absent when `text` is the whole file (line i+1 of text is line i+1 of the file).
   */
  lineNumbers?: number[];
  /** How the file came to be in this change; absent for trees and stdin. */
  change?: "added" | "modified" | "renamed" | "copied";
  /** The path before a rename or copy. */
  previousPath?: string;
  commit?: CommitInfo;
  /** Set when the content was not read: file-name rules still apply, content rules do not. */
  skipped?: SkipReason;
  /** Size of the file's content in bytes (the whole blob, not only the added lines). */
  bytes: number;
}

export type SkipReason = "binary" | "too-large" | "lockfile" | "unreadable";

/** What a source read and left out, for the summary line and to fail closed. */
export interface ScanStats {
  files: number;
  bytes: number;
  skipped: { path: string; reason: SkipReason; bytes: number }[];
}

/** The file line of a 1-based line of a fragment's text. */
export function fileLine(fragment: Fragment, textLine: number): number {
  return fragment.lineNumbers ? (fragment.lineNumbers[textLine - 1] ?? textLine) : textLine;
}

import type { Fragment, ScanStats, SkipReason } from "../fragment.js";

/** What every source returns: the fragments, read lazily, and what was read and left out so far. */
export interface ScanSource {
  /** Read once (a second loop sees nothing): reading runs git or reads the disk; a failure throws a `SourceError`. */
  fragments: AsyncIterable<Fragment>;
  /** A snapshot; complete once `fragments` has been read to the end. */
  stats(): ScanStats;
}

/** Options every source takes. */
export interface SourceOptions {
  /**
   * Files (for a change: the added text) larger than this are not read, and yield a fragment with
   * `skipped: "too-large"`. Default 4 MiB (minified bundles of a few MB are read).
   */
  maxFileSize?: number;
  /** Read lockfiles too; by default they yield `skipped: "lockfile"` (integrity hashes look like secrets). */
  scanLockfiles?: boolean;
}

/** Options of the sources that read a patch (staged, diff, history). */
export interface ChangeSourceOptions extends SourceOptions {
  /**
   * Look up each changed file's whole size for the `bytes` statistic (one `git cat-file` process);
   * default true. When false, `bytes` counts the added text, which is what a change scan reads.
   */
  blobSizes?: boolean;
  /**
   * Filled, as the patch is read, with every path the change touches: new and old names of a
   * rename, deleted files, and files whose changes yield no fragment.
   */
  changedPaths?: Set<string>;
}

export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;

/** Bytes looked at for a NUL to call a file binary (git looks at 8000). */
export const BINARY_SNIFF_BYTES = 8192;

const LOCKFILES = new Set([
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "deno.lock",
  "Cargo.lock",
  "poetry.lock",
  "Pipfile.lock",
  "uv.lock",
  "composer.lock",
  "Gemfile.lock",
  "go.sum",
]);

/** True for a package manager's lockfile, by its base name. */
export function isLockfile(path: string): boolean {
  return LOCKFILES.has(path.slice(path.lastIndexOf("/") + 1));
}

/** Counts what a source yields; `files` counts every fragment, `bytes` only content handed to detectors. */
export class StatsCounter {
  private files = 0;
  private bytes = 0;
  private readonly skipped: ScanStats["skipped"] = [];

  /** Records a fragment; `scannedBytes` is the size of its text (ignored for a skipped fragment). */
  count(fragment: Fragment, scannedBytes: number): void {
    this.files++;
    if (fragment.skipped) this.skip(fragment.path, fragment.skipped, fragment.bytes);
    else this.bytes += scannedBytes;
  }

  /** Records something left out that yields no fragment (an unreadable directory). */
  skip(path: string, reason: SkipReason, bytes: number): void {
    this.skipped.push({ path, reason, bytes });
  }

  snapshot(): ScanStats {
    return { files: this.files, bytes: this.bytes, skipped: [...this.skipped] };
  }
}

/** Whether a fragment's content is left out, and why (`undefined`: read it). */
export function skipReasonFor(
  path: string,
  size: number,
  options: SourceOptions,
): Extract<SkipReason, "too-large" | "lockfile"> | undefined {
  if (!options.scanLockfiles && isLockfile(path)) return "lockfile";
  if (size > (options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE)) return "too-large";
  return undefined;
}

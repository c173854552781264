import type { CommitInfo, Fragment, SkipReason } from "../fragment.js";
import { BlobSizes } from "./blob-sizes.js";
import { type DiffFile, DiffParser } from "./diff-parser.js";
import { gitOutputChunks } from "./git-process.js";
import {
  type ChangeSourceOptions,
  DEFAULT_MAX_FILE_SIZE,
  isLockfile,
  type ScanSource,
  StatsCounter,
} from "./scan-source.js";

export interface ChangeCommand {
  /** The git arguments, worked out when reading starts (they may need git to find commits). */
  args: string[];
  /** What git is asked to do, for error messages ("read the staged changes"). */
  describe: string;
  /**
   * The object name of a file's new content (`:0:<path>`, `<commit>:<path>`), to find its size when
   * git printed no blob id (a rename without edits).
   */
  objectOf: (file: DiffFile) => string;
}

/**
 * How far parsing may run ahead of the blob sizes: files parsed but waiting for their size are
 * held, so this bounds memory (each file's text is itself at most `maxFileSize`).
 */
const LOOKAHEAD_FILES = 64;
const LOOKAHEAD_CHARS = 4 * 1024 * 1024;

interface Pending {
  done: Promise<void>;
  settled: boolean;
  fragment: Fragment | undefined;
  scannedBytes: number;
  chars: number;
}

/**
 * A source over a patch: runs `git diff`/`git log -p`, parses it as it streams, and yields one
 * fragment per file that gained lines or appeared (added, renamed, copied, or binary). Deletions,
 * mode-only changes, changes that only remove lines, and submodules yield nothing.
 *
 * Each fragment's `bytes` (its whole new blob) comes from `git cat-file --batch-check`, asked as soon
 * as the file's `index` line is read. Parsing runs on while answers are on their way, within
 * LOOKAHEAD_*, so waiting for cat-file never stalls the read of git's output. With `blobSizes: false`
 * (the pre-commit hook) there is no cat-file, and `bytes` is the size of the added text.
 */
export function changeSource(
  root: string,
  prepare: () => Promise<ChangeCommand>,
  options: ChangeSourceOptions & { onCommit?: (commit: CommitInfo) => void } = {},
): ScanSource {
  const counter = new StatsCounter();
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;

  async function* read(): AsyncGenerator<Fragment> {
    const command = await prepare();
    const sizes = options.blobSizes === false ? undefined : new BlobSizes(root);
    const asked = new Map<string, Promise<number | undefined>>();
    const parser = new DiffParser({
      keepLines: (path) => options.scanLockfiles === true || !isLockfile(path),
      maxAddedChars: maxFileSize,
      onBlob: (id) => {
        if (sizes && !asked.has(id)) asked.set(id, sizes.size(id));
      },
      ...(options.onCommit ? { onCommit: options.onCommit } : {}),
    });

    /** The fragment a file yields (undefined: none) with the size of its scanned text. */
    const describeFile = (
      file: DiffFile,
    ):
      | {
          fragment: Omit<Fragment, "bytes">;
          scannedBytes: number;
          size: Promise<number | undefined> | undefined;
        }
      | undefined => {
      // Taken out first, so lookups for files that yield nothing do not pile up over a long history.
      const answer = file.blob === undefined ? undefined : asked.get(file.blob);
      if (file.blob !== undefined) asked.delete(file.blob);
      if (options.changedPaths) {
        options.changedPaths.add(file.path);
        if (file.previousPath !== undefined) options.changedPaths.add(file.previousPath);
      }
      if (file.submodule || file.change === "deleted") return undefined;
      if (file.change === "modified" && !file.binary && file.addedLines === 0) return undefined;
      let scannedBytes = Buffer.byteLength(file.text);
      let skipped: SkipReason | undefined;
      if (!options.scanLockfiles && isLockfile(file.path)) skipped = "lockfile";
      else if (file.binary) skipped = "binary";
      else if (file.tooLarge || scannedBytes > maxFileSize) skipped = "too-large";
      if (skipped) scannedBytes = 0;
      const fragment: Omit<Fragment, "bytes"> = {
        path: file.path,
        text: skipped ? "" : file.text,
        lineNumbers: skipped ? [] : file.lineNumbers,
        change: file.change as Exclude<DiffFile["change"], "deleted">,
      };
      if (file.previousPath !== undefined) fragment.previousPath = file.previousPath;
      if (file.commit) fragment.commit = file.commit;
      if (skipped) fragment.skipped = skipped;
      // Without size lookups (the hook) there is nothing to wait for: the fragment is ready now.
      const size = !sizes
        ? undefined
        : file.blob !== undefined
          ? (answer ?? sizes.size(file.blob))
          : sizes.size(command.objectOf(file));
      return { fragment, scannedBytes, size };
    };

    const queue: Pending[] = [];
    let queuedChars = 0;
    const enqueue = (file: DiffFile): void => {
      const described = describeFile(file);
      if (!described) return;
      const { fragment, scannedBytes, size } = described;
      if (!size) {
        // Held no text for long (released at once), so it does not count toward the lookahead.
        const ready = { ...fragment, bytes: scannedBytes };
        queue.push({ settled: true, fragment: ready, scannedBytes, chars: 0, done: Promise.resolve() });
        return;
      }
      const pending: Pending = {
        settled: false,
        fragment: undefined,
        scannedBytes,
        chars: fragment.text.length,
        done: size.then(
          (bytes) => {
            pending.fragment = { ...fragment, bytes: bytes ?? scannedBytes };
            pending.settled = true;
          },
          () => {
            pending.fragment = { ...fragment, bytes: scannedBytes };
            pending.settled = true;
          },
        ),
      };
      queue.push(pending);
      queuedChars += pending.chars;
    };
    /** The fragments ready to go: all settled ones at the head, or more when the queue is full. */
    async function* release(all: boolean): AsyncGenerator<Fragment> {
      while (queue.length > 0) {
        const head = queue[0] as Pending;
        if (!head.settled) {
          if (!all && queue.length <= LOOKAHEAD_FILES && queuedChars <= LOOKAHEAD_CHARS) return;
          sizes?.flush();
          await head.done;
        }
        queue.shift();
        queuedChars -= head.chars;
        const fragment = head.fragment as Fragment;
        counter.count(fragment, head.scannedBytes);
        yield fragment;
      }
    }

    try {
      for await (const chunk of gitOutputChunks(root, command.args, command.describe)) {
        parser.push(chunk);
        for (const file of parser.take()) enqueue(file);
        yield* release(false);
      }
      parser.end();
      for (const file of parser.take()) enqueue(file);
      yield* release(true);
    } finally {
      sizes?.close();
    }
  }

  return { fragments: read(), stats: () => counter.snapshot() };
}

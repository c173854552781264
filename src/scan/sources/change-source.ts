import type { CommitInfo, Fragment, SkipReason } from "../fragment.js";
import { BlobSizes } from "./blob-sizes.js";
import { type DiffFile, DiffParser } from "./diff-parser.js";
import { gitOutputChunks } from "./git-process.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  isLockfile,
  type ScanSource,
  type SourceOptions,
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
 * A source over a patch: runs `git diff`/`git log -p`, parses it as it streams, and yields one
 * fragment per file that gained lines or appeared (added, renamed, copied, or binary). Deletions,
 * mode-only changes, changes that only remove lines, and submodules yield nothing.
 */
export function changeSource(
  root: string,
  prepare: () => Promise<ChangeCommand>,
  options: SourceOptions & { onCommit?: (commit: CommitInfo) => void } = {},
): ScanSource {
  const counter = new StatsCounter();
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;

  async function* read(): AsyncGenerator<Fragment> {
    const command = await prepare();
    const sizes = new BlobSizes(root);
    const asked = new Map<string, Promise<number | undefined>>();
    const parser = new DiffParser({
      keepLines: (path) => options.scanLockfiles === true || !isLockfile(path),
      maxAddedChars: maxFileSize,
      onBlob: (id) => {
        if (!asked.has(id)) asked.set(id, sizes.size(id));
      },
      ...(options.onCommit ? { onCommit: options.onCommit } : {}),
    });

    const toFragment = async (file: DiffFile): Promise<Fragment | undefined> => {
      // Taken out first, so lookups for files that yield nothing do not pile up over a long history.
      const sizeAnswer = file.blob === undefined ? undefined : asked.get(file.blob);
      if (file.blob !== undefined) asked.delete(file.blob);
      if (file.submodule || file.change === "deleted") return undefined;
      if (file.change === "modified" && !file.binary && file.addedLines === 0) return undefined;
      let textBytes = Buffer.byteLength(file.text);
      let skipped: SkipReason | undefined;
      if (!options.scanLockfiles && isLockfile(file.path)) skipped = "lockfile";
      else if (file.binary) skipped = "binary";
      else if (file.tooLarge || textBytes > maxFileSize) skipped = "too-large";
      let size: number | undefined;
      if (file.blob !== undefined) {
        size = await (sizeAnswer ?? sizes.size(file.blob));
      } else {
        size = await sizes.size(command.objectOf(file));
      }
      if (skipped) textBytes = 0;
      const fragment: Fragment = {
        path: file.path,
        text: skipped ? "" : file.text,
        lineNumbers: skipped ? [] : file.lineNumbers,
        change: file.change as Exclude<DiffFile["change"], "deleted">,
        bytes: size ?? textBytes,
      };
      if (file.previousPath !== undefined) fragment.previousPath = file.previousPath;
      if (file.commit) fragment.commit = file.commit;
      if (skipped) fragment.skipped = skipped;
      counter.count(fragment, textBytes);
      return fragment;
    };

    try {
      for await (const chunk of gitOutputChunks(root, command.args, command.describe)) {
        parser.push(chunk);
        for (const file of parser.take()) {
          const fragment = await toFragment(file);
          if (fragment) yield fragment;
        }
      }
      parser.end();
      for (const file of parser.take()) {
        const fragment = await toFragment(file);
        if (fragment) yield fragment;
      }
    } finally {
      sizes.close();
    }
  }

  return { fragments: read(), stats: () => counter.snapshot() };
}

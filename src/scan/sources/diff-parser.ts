import type { CommitInfo } from "../fragment.js";
import { readGitPath, readHeaderPaths, readPrefixedPath } from "./quoted-path.js";
import { SourceError } from "./source-error.js";

export type ChangeKind = "added" | "modified" | "renamed" | "copied" | "deleted";

/** One file's section of a patch: where it is now, how it changed, and the lines it gained. */
export interface DiffFile {
  /** The path in the new tree (for a deletion: the path it had). */
  path: string;
  /** The path before a rename or copy. */
  previousPath?: string;
  change: ChangeKind;
  /** git called it binary ("Binary files … differ"): no lines. */
  binary: boolean;
  /** A gitlink (mode 160000): its "content" is a commit id in another repository. */
  submodule: boolean;
  /** The new blob's id from the `index` line; absent when git prints none (pure rename, mode change). */
  blob?: string;
  /** Added lines joined with "\n", without the trailing "\r" of CRLF lines; "" when not kept. */
  text: string;
  /** The new-file line number of each line of `text`. */
  lineNumbers: number[];
  /** How many lines the file gained (also when they were not kept). */
  addedLines: number;
  /** The added text passed the size limit, so it was dropped. */
  tooLarge: boolean;
  /** The commit this change belongs to (`git log` output only). */
  commit?: CommitInfo;
}

export interface DiffParserOptions {
  /** Whether to keep this path's added lines (false: count them only); asked at the file's first hunk. */
  keepLines?: (path: string) => boolean;
  /** Added text (UTF-16 units, "\n"s included) above which a file's lines are dropped. */
  maxAddedChars?: number;
  /** Called as soon as a file's new blob id is read, before its lines (to look up its size meanwhile). */
  onBlob?: (id: string) => void;
  /** Called at each commit line of `git log` output. */
  onCommit?: (commit: CommitInfo) => void;
}

/** The `git log --format` whose lines the parser reads as commits; NULs cannot occur in patch headers. */
export const COMMIT_FORMAT = "%x00envguard-commit%x00%H%x00%aI%x00%ae%x00%an";
const COMMIT_MARKER = "\u0000envguard-commit\u0000";

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

interface OpenFile {
  header: { from: string; to: string } | undefined;
  minusPath?: string;
  plusPath?: string;
  renameFrom?: string;
  renameTo?: string;
  change: ChangeKind;
  binary: boolean;
  submodule: boolean;
  blob?: string;
  sawHunk: boolean;
  path?: string;
}

/**
 * A streaming parser of `git diff -p -U0` and `git log -p -U0` output. Feed it text as it arrives
 * with `push`, collect finished files with `take`, and call `end` after the last chunk. It keeps one
 * file's added lines at a time (at most `maxAddedChars` of them), never the whole output.
 *
 * A hunk's line counts, not the look of a line, say where the hunk ends: an added line reading
 * "+diff --git …" or "+++ x" is content, never a header.
 */
export class DiffParser {
  private carry = "";
  private file: OpenFile | undefined;
  private commit: CommitInfo | undefined;
  private oldLeft = 0;
  private newLeft = 0;
  private newLine = 0;
  private lines: string[] = [];
  private lineNumbers: number[] = [];
  private chars = 0;
  private addedLines = 0;
  private collecting = false;
  private tooLarge = false;
  private finished: DiffFile[] = [];
  private readonly maxAddedChars: number;

  constructor(private readonly options: DiffParserOptions = {}) {
    this.maxAddedChars = options.maxAddedChars ?? Number.POSITIVE_INFINITY;
  }

  /** Reads the next piece of output (it may end mid-line). */
  push(chunk: string): void {
    let start = 0;
    if (this.carry.length > 0) {
      // Only the first line is joined to the carried part: the rest of the chunk is never copied.
      const newline = chunk.indexOf("\n");
      if (newline === -1) {
        this.carry += chunk;
        return;
      }
      const first = this.carry + chunk.slice(0, newline);
      this.carry = "";
      this.line(first, 0, first.length);
      start = newline + 1;
    }
    for (;;) {
      if (this.collecting && this.oldLeft === 0 && this.newLeft > 0 && chunk.charCodeAt(start) === 43) {
        const next = this.addedRun(chunk, start);
        if (next !== start) {
          start = next;
          continue;
        }
      }
      const newline = chunk.indexOf("\n", start);
      if (newline === -1) break;
      this.line(chunk, start, newline);
      start = newline + 1;
    }
    this.carry = start === 0 ? chunk : chunk.slice(start);
  }

  /** The files finished so far, in output order; each is returned once. */
  take(): DiffFile[] {
    if (this.finished.length === 0) return [];
    const files = this.finished;
    this.finished = [];
    return files;
  }

  /** Call after the last chunk; throws when the output stopped in the middle of a hunk. */
  end(): void {
    if (this.carry.length > 0) {
      const text = this.carry;
      this.carry = "";
      this.line(text, 0, text.length);
    }
    if (this.oldLeft > 0 || this.newLeft > 0) throw desync("the output ended inside a hunk");
    this.finishFile();
  }

  private line(text: string, start: number, end: number): void {
    if (this.oldLeft > 0 || this.newLeft > 0) {
      const c = start === end ? 32 : text.charCodeAt(start); // diff.suppressBlankEmpty: "" is a blank context line
      if (c === 43 /* + */) this.added(text, start, end);
      else if (c === 45 /* - */) this.oldLeft--;
      else if (c === 32 /* context (GIT_DIFF_OPTS or diff.interHunkContext can add some) */) {
        this.oldLeft--;
        this.newLeft--;
        this.newLine++;
      } else if (c !== 92 /* \ No newline at end of file */) {
        throw desync(
          `unexpected line in a hunk: ${JSON.stringify(text.slice(start, Math.min(end, start + 40)))}`,
        );
      }
      return;
    }
    this.header(text.slice(start, end));
  }

  /**
   * The hot path: a run of added lines that ends in this chunk, kept as one slice with the "+"s taken
   * out, instead of one string per line. Returns where it stopped (`start`: nothing taken).
   */
  private addedRun(text: string, start: number): number {
    let end = start;
    let count = 0;
    let carriageReturns = 0;
    const first = this.newLine;
    while (count < this.newLeft && text.charCodeAt(end) === 43) {
      const newline = text.indexOf("\n", end);
      if (newline === -1) break;
      if (newline > end + 1 && text.charCodeAt(newline - 1) === 13) carriageReturns++;
      count++;
      end = newline + 1;
    }
    if (count === 0) return start;
    this.newLeft -= count;
    this.addedLines += count;
    this.newLine += count;
    // As `added` counts: "+" and the content of each line, not its "\r\n".
    this.chars += end - start - count - carriageReturns;
    if (this.chars > this.maxAddedChars) {
      this.collecting = false;
      this.tooLarge = true;
      this.lines = [];
      this.lineNumbers = [];
      return end;
    }
    for (let n = first; n < first + count; n++) this.lineNumbers.push(n);
    const run = text.slice(start + 1, end - 1);
    // CRLF files: the "\r" is line-ending, not content (positions do not move: it ends the line).
    this.lines.push((carriageReturns > 0 ? run.replace(/\r(?=\n|$)/g, "") : run).replace(/\n\+/g, "\n"));
    return end;
  }

  private added(text: string, start: number, end: number): void {
    this.newLeft--;
    this.addedLines++;
    const number = this.newLine++;
    if (!this.collecting) return;
    // CRLF files: the "\r" is line-ending, not content (positions do not move: it ends the line).
    const stop = end > start + 1 && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    this.chars += stop - start;
    if (this.chars > this.maxAddedChars) {
      this.collecting = false;
      this.tooLarge = true;
      this.lines = [];
      this.lineNumbers = [];
      return;
    }
    this.lines.push(text.slice(start + 1, stop));
    this.lineNumbers.push(number);
  }

  private header(line: string): void {
    if (line.startsWith("diff --git ")) {
      this.finishFile();
      this.file = {
        header: readHeaderPaths(line.slice(11)),
        change: "modified",
        binary: false,
        submodule: false,
        sawHunk: false,
      };
      return;
    }
    if (line.startsWith(COMMIT_MARKER)) {
      this.finishFile();
      const [, , sha = "", date = "", email = "", author = ""] = line.split("\u0000");
      this.commit = { sha, author, email, date };
      this.options.onCommit?.(this.commit);
      return;
    }
    const file = this.file;
    if (!file) {
      // Before the first file: blank lines, "* Unmerged path x" during a merge; never content.
      if (/^[-+ @]/.test(line)) throw desync(`content outside a file: ${JSON.stringify(line.slice(0, 40))}`);
      return;
    }
    switch (line.charCodeAt(0)) {
      case 64 /* @ */:
        this.hunk(file, line);
        return;
      case 43 /* + */:
        if (!line.startsWith("+++ ") || file.sawHunk) throw desync("an added line outside a hunk");
        if (line !== "+++ /dev/null") file.plusPath = this.path(line, 4, "b/");
        return;
      case 45 /* - */:
        if (!line.startsWith("--- ") || file.sawHunk) throw desync("a removed line outside a hunk");
        if (line !== "--- /dev/null") file.minusPath = this.path(line, 4, "a/");
        return;
      case 92 /* \ */:
        return;
    }
    if (line.startsWith("index ")) {
      const dots = line.indexOf("..", 6);
      const space = line.indexOf(" ", dots);
      file.blob = line.slice(dots + 2, space === -1 ? undefined : space);
      if (space !== -1 && line.slice(space + 1) === "160000") file.submodule = true;
      if (!file.submodule && file.change !== "deleted" && !/^0+$/.test(file.blob)) {
        this.options.onBlob?.(file.blob);
      }
    } else if (line.startsWith("new file mode ")) {
      file.change = "added";
      if (line.endsWith(" 160000")) file.submodule = true;
    } else if (line.startsWith("deleted file mode ")) {
      file.change = "deleted";
      if (line.endsWith(" 160000")) file.submodule = true;
    } else if (line.startsWith("new mode ") || line.startsWith("old mode ")) {
      if (line.endsWith(" 160000")) file.submodule = true;
    } else if (line.startsWith("rename from ")) {
      file.change = "renamed";
      file.renameFrom = this.path(line, 12, "");
    } else if (line.startsWith("rename to ")) {
      file.renameTo = this.path(line, 10, "");
    } else if (line.startsWith("copy from ")) {
      file.change = "copied";
      file.renameFrom = this.path(line, 10, "");
    } else if (line.startsWith("copy to ")) {
      file.renameTo = this.path(line, 8, "");
    } else if (line.startsWith("Binary files ") || line === "GIT binary patch") {
      file.binary = true;
    }
    // Anything else (similarity index, "remerge CONFLICT …") says nothing about the added lines.
  }

  private path(line: string, start: number, prefix: string): string {
    const path = prefix ? readPrefixedPath(line, start, prefix) : readGitPath(line, start)?.path;
    if (path === undefined) throw desync(`unreadable file name in ${JSON.stringify(line.slice(0, 80))}`);
    return path;
  }

  private hunk(file: OpenFile, line: string): void {
    const m = HUNK_HEADER.exec(line);
    if (!m) throw desync(`unreadable hunk header ${JSON.stringify(line.slice(0, 80))}`);
    this.oldLeft = m[2] === undefined ? 1 : Number(m[2]);
    this.newLeft = m[4] === undefined ? 1 : Number(m[4]);
    this.newLine = Number(m[3]);
    if (!file.sawHunk) {
      file.sawHunk = true;
      file.path = resolvePath(file);
      this.collecting =
        file.change !== "deleted" && !file.submodule && (this.options.keepLines?.(file.path) ?? true);
    }
  }

  private finishFile(): void {
    const file = this.file;
    if (!file) return;
    const path = file.path ?? resolvePath(file);
    const done: DiffFile = {
      path,
      change: file.change,
      binary: file.binary,
      submodule: file.submodule,
      text: this.collecting ? this.lines.join("\n") : "",
      lineNumbers: this.collecting ? this.lineNumbers : [],
      addedLines: this.addedLines,
      tooLarge: this.tooLarge,
    };
    if (file.renameFrom !== undefined) done.previousPath = file.renameFrom;
    if (file.blob !== undefined) done.blob = file.blob;
    if (this.commit) done.commit = this.commit;
    this.finished.push(done);
    this.file = undefined;
    this.lines = [];
    this.lineNumbers = [];
    this.chars = 0;
    this.addedLines = 0;
    this.collecting = false;
    this.tooLarge = false;
  }
}

function resolvePath(file: OpenFile): string {
  const path =
    file.renameTo ??
    file.plusPath ??
    (file.change === "deleted" ? file.minusPath : undefined) ??
    file.header?.to ??
    file.minusPath;
  if (path === undefined) throw desync("a file section without a readable file name");
  return path;
}

function desync(what: string): SourceError {
  return new SourceError(`could not read git's patch output: ${what}`, {
    fix: "please report this with the output of `git version`",
  });
}

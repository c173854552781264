import { describe, expect, it } from "vitest";
import { type DiffFile, DiffParser, type DiffParserOptions } from "../../../src/scan/sources/diff-parser.js";
import { readGitPath, readHeaderPaths } from "../../../src/scan/sources/quoted-path.js";
import { SourceError } from "../../../src/scan/sources/source-error.js";

/** Parses `output` fed in pieces of `size` characters (1: every line split across pushes). */
function parse(output: string, size = output.length, options: DiffParserOptions = {}): DiffFile[] {
  const parser = new DiffParser(options);
  const files: DiffFile[] = [];
  for (let i = 0; i < output.length; i += size) {
    parser.push(output.slice(i, i + size));
    files.push(...parser.take());
  }
  parser.end();
  files.push(...parser.take());
  return files;
}

const ZERO = "0".repeat(40);
const BLOB = "a".repeat(40);

describe("readGitPath", () => {
  it('decodes C-quoted names: octal UTF-8 bytes, \\n, \\t, \\", \\\\', () => {
    expect(readGitPath('"a/\\303\\244 b.txt"', 0)).toEqual({ path: "a/ä b.txt", end: 18 });
    expect(readGitPath('"x\\ny\\tz\\"q\\\\"', 0)?.path).toBe('x\ny\tz"q\\');
    expect(readGitPath('"\\360\\237\\224\\221.env"', 0)?.path).toBe("🔑.env");
  });

  it("returns plain names as they are, and undefined for broken quoting", () => {
    expect(readGitPath("a/plain name.txt", 0)?.path).toBe("a/plain name.txt");
    expect(readGitPath('"a/unterminated', 0)).toBeUndefined();
    expect(readGitPath('"a/\\9"', 0)).toBeUndefined();
  });
});

describe("readHeaderPaths", () => {
  it("splits an unquoted pair with spaces when both sides name the same file", () => {
    expect(readHeaderPaths("a/x b/y b/x b/y")).toEqual({ from: "x b/y", to: "x b/y" });
  });

  it("reads quoted pairs, and a plain name renamed to a quoted one", () => {
    expect(readHeaderPaths('"a/\\303\\244" "b/\\303\\244"')).toEqual({ from: "ä", to: "ä" });
    expect(readHeaderPaths('a/plain "b/\\303\\244"')).toEqual({ from: "plain", to: "ä" });
  });

  it("gives up on an unquoted pair of different names (rename lines carry them)", () => {
    expect(readHeaderPaths("a/one b/two")).toBeUndefined();
  });
});

describe("DiffParser", () => {
  const modified = [
    "diff --git a/config/app.env b/config/app.env",
    `index ${BLOB}..${BLOB.replace(/a/g, "b")} 100644`,
    "--- a/config/app.env",
    "+++ b/config/app.env",
    "@@ -2 +2,2 @@ FIRST=1",
    "-OLD=1",
    "+NEW=2",
    "+++ not a header",
    "@@ -10,0 +12 @@",
    "+diff --git a/fake b/fake",
    "",
  ].join("\n");

  it("keeps added lines with their new-file numbers, whatever they look like", () => {
    const [file, ...rest] = parse(modified);
    expect(rest).toEqual([]);
    expect(file).toMatchObject({
      path: "config/app.env",
      change: "modified",
      text: "NEW=2\n++ not a header\ndiff --git a/fake b/fake",
      lineNumbers: [2, 3, 12],
      addedLines: 3,
      blob: "b".repeat(40),
      binary: false,
    });
  });

  it("gives the same result however the output is cut into chunks", () => {
    const whole = parse(modified);
    for (const size of [1, 2, 3, 7, 64]) expect(parse(modified, size)).toEqual(whole);
  });

  it("drops the \\r of CRLF lines and ignores '\\ No newline at end of file'", () => {
    const output = [
      "diff --git a/w.txt b/w.txt",
      "new file mode 100644",
      `index ${ZERO}..${BLOB}`,
      "--- /dev/null",
      "+++ b/w.txt",
      "@@ -0,0 +1,3 @@",
      "+one\r",
      "+mid\rdle\r",
      "+last",
      "\\ No newline at end of file",
      "",
    ].join("\n");
    expect(parse(output, 5)[0]).toMatchObject({
      change: "added",
      text: "one\nmid\rdle\nlast",
      lineNumbers: [1, 2, 3],
    });
  });

  it("strips only line-ending \\r, however lines fall into runs and chunks", () => {
    const output = [
      "diff --git a/w b/w",
      "--- a/w",
      "+++ b/w",
      "@@ -0,0 +1,6 @@",
      "+\r",
      "+a\r",
      "+",
      "+b\rc",
      "+\r\r",
      "+d\r",
      "",
    ].join("\n");
    const expected = { text: "\na\n\nb\rc\n\r\nd", lineNumbers: [1, 2, 3, 4, 5, 6] };
    for (const size of [1, 3, 5, output.length]) expect(parse(output, size)[0]).toMatchObject(expected);
  });

  it("reads renames, copies, binaries, deletions, mode changes and submodules", () => {
    const output = [
      "diff --git a/old name.txt b/new name.txt",
      "similarity index 100%",
      "rename from old name.txt",
      "rename to new name.txt",
      "diff --git a/logo.png b/logo.png",
      `index ${BLOB}..${BLOB.replace(/a/g, "c")} 100644`,
      "Binary files a/logo.png and b/logo.png differ",
      "diff --git a/gone.env b/gone.env",
      "deleted file mode 100644",
      `index ${BLOB}..${ZERO}`,
      "--- a/gone.env",
      "+++ /dev/null",
      "@@ -1 +0,0 @@",
      "-SECRET=1",
      "diff --git a/run.sh b/run.sh",
      "old mode 100644",
      "new mode 100755",
      "diff --git a/vendor/lib b/vendor/lib",
      `index ${BLOB}..${BLOB.replace(/a/g, "d")} 160000`,
      "--- a/vendor/lib",
      "+++ b/vendor/lib",
      "@@ -1 +1 @@",
      `-Subproject commit ${BLOB}`,
      `+Subproject commit ${BLOB.replace(/a/g, "d")}`,
      "diff --git a/src.txt b/copy.txt",
      "similarity index 90%",
      "copy from src.txt",
      "copy to copy.txt",
      "--- a/src.txt",
      "+++ b/copy.txt",
      "@@ -3,0 +4 @@",
      "+extra",
      "",
    ].join("\n");
    const files = parse(output);
    expect(files.map((f) => [f.path, f.change, f.previousPath, f.binary, f.submodule, f.text])).toEqual([
      ["new name.txt", "renamed", "old name.txt", false, false, ""],
      ["logo.png", "modified", undefined, true, false, ""],
      ["gone.env", "deleted", undefined, false, false, ""],
      ["run.sh", "modified", undefined, false, false, ""],
      ["vendor/lib", "modified", undefined, false, true, ""],
      ["copy.txt", "copied", "src.txt", false, false, "extra"],
    ]);
  });

  it("unquotes names with unicode, tabs, quotes and newlines, and strips git's trailing tab", () => {
    const output = [
      'diff --git "a/dir/\\303\\244 \\"q\\"\\n.env" "b/dir/\\303\\244 \\"q\\"\\n.env"',
      "new file mode 100644",
      `index ${ZERO}..${BLOB}`,
      "--- /dev/null",
      '+++ "b/dir/\\303\\244 \\"q\\"\\n.env"\t',
      "@@ -0,0 +1 @@",
      "+A=1",
      "diff --git a/with space.txt b/with space.txt",
      `index ${BLOB}..${BLOB}`,
      "--- a/with space.txt\t",
      "+++ b/with space.txt\t",
      "@@ -1 +1 @@",
      "-x",
      "+y",
      "",
    ].join("\n");
    expect(parse(output).map((f) => f.path)).toEqual(['dir/ä "q"\n.env', "with space.txt"]);
  });

  it("reads commit lines of git log output and tags each file with its commit", () => {
    const commit = (sha: string) =>
      `\u0000envguard-commit\u0000${sha}\u00002024-01-02T03:04:05+00:00\u0000a@b.c\u0000A B`;
    const seen: string[] = [];
    const output = [
      commit("1".repeat(40)),
      "",
      "diff --git a/f b/f",
      "--- a/f",
      "+++ b/f",
      "@@ -1 +1 @@",
      "-a",
      "+b",
      commit("2".repeat(40)),
      commit("3".repeat(40)),
      "",
      "diff --git a/g b/g",
      "new file mode 100644",
      "--- /dev/null",
      "+++ b/g",
      "@@ -0,0 +1 @@",
      "+c",
      "",
    ].join("\n");
    const files = parse(output, 10, { onCommit: (c) => seen.push(c.sha[0] as string) });
    expect(seen).toEqual(["1", "2", "3"]);
    expect(files.map((f) => [f.path, f.text, f.commit])).toEqual([
      ["f", "b", { sha: "1".repeat(40), author: "A B", email: "a@b.c", date: "2024-01-02T03:04:05+00:00" }],
      ["g", "c", { sha: "3".repeat(40), author: "A B", email: "a@b.c", date: "2024-01-02T03:04:05+00:00" }],
    ]);
  });

  it("keeps no lines for a declined path and past the size limit, but counts them", () => {
    const output = [
      "diff --git a/yarn.lock b/yarn.lock",
      "--- a/yarn.lock",
      "+++ b/yarn.lock",
      "@@ -0,0 +1,2 @@",
      "+a",
      "+b",
      "diff --git a/big.txt b/big.txt",
      "--- a/big.txt",
      "+++ b/big.txt",
      "@@ -0,0 +1,3 @@",
      "+0123456789",
      "+0123456789",
      "+0123456789",
      "",
    ].join("\n");
    const files = parse(output, output.length, { keepLines: (p) => p !== "yarn.lock", maxAddedChars: 25 });
    expect(files.map((f) => [f.path, f.text, f.lineNumbers, f.addedLines, f.tooLarge])).toEqual([
      ["yarn.lock", "", [], 2, false],
      ["big.txt", "", [], 3, true],
    ]);
  });

  it("counts a CRLF file's added characters the same however git's output is split", () => {
    // Three lines of 10 characters: 33 with the "+"s, 36 if the "\r"s counted.
    const output = [
      "diff --git a/w.txt b/w.txt",
      "--- a/w.txt",
      "+++ b/w.txt",
      "@@ -0,0 +1,3 @@",
      "+0123456789\r",
      "+0123456789\r",
      "+0123456789\r",
      "",
    ].join("\n");
    for (const maxAddedChars of [33, 32]) {
      const whole = parse(output, output.length, { maxAddedChars });
      expect(whole.map((f) => f.tooLarge)).toEqual([maxAddedChars < 33]);
      for (const size of [1, 7, 20]) expect(parse(output, size, { maxAddedChars })).toEqual(whole);
    }
  });

  it("numbers lines past context lines, blank ones included (GIT_DIFF_OPTS, diff.suppressBlankEmpty)", () => {
    const output = [
      "diff --git a/f b/f",
      "--- a/f",
      "+++ b/f",
      "@@ -1,4 +1,5 @@",
      " one",
      "",
      "-three",
      "+THREE",
      "+four",
      " five",
      "",
    ].join("\n");
    expect(parse(output)[0]).toMatchObject({ text: "THREE\nfour", lineNumbers: [3, 4] });
  });

  it("fails closed on output it cannot follow", () => {
    expect(() => parse("diff --git a/f b/f\n+stray\n")).toThrow(SourceError);
    expect(() => parse("diff --git a/f b/f\n@@ -1 +1,3 @@\n+only one\n")).toThrow(/ended inside a hunk/);
    expect(() => parse("diff --git a/f b/f\n@@ garbage @@\n")).toThrow(/hunk header/);
  });
});

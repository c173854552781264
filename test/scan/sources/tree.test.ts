import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SourceError } from "../../../src/scan/sources/source-error.js";
import { scanTree } from "../../../src/scan/sources/tree.js";
import { git, tempDir, tempRepo, writeFiles } from "../../helpers/project.js";
import { brief, collect } from "./collect.js";

describe("scanTree in a git work tree", () => {
  it("reads untracked-but-not-ignored files, then tracked ones (git's order), never .git", async () => {
    const repo = tempRepo({ ".gitignore": "*.log\nbuild/\n", "src/a.ts": "const a = 1;\n" });
    writeFiles(repo, { "new.env": "NEW=1\n", "debug.log": "SECRET=ignored\n", "build/out.js": "x\n" });
    const { fragments, stats } = await collect(scanTree(repo));
    expect(fragments.map(brief)).toEqual([
      { path: "new.env", text: "NEW=1\n" },
      { path: ".gitignore", text: "*.log\nbuild/\n" },
      { path: "src/a.ts", text: "const a = 1;\n" },
    ]);
    expect(stats).toEqual({ files: 3, bytes: 32, skipped: [] });
    expect(fragments.every((f) => f.lineNumbers === undefined && f.change === undefined)).toBe(true);
  });

  it("reads the work tree copy, limited to the paths given", async () => {
    const repo = tempRepo({ "config/a.env": "A=1\n", "config/b.env": "B=1\n", "other.env": "O=1\n" });
    writeFiles(repo, { "config/a.env": "A=edited\n" });
    const { fragments } = await collect(scanTree(repo, ["config", path.join(repo, "other.env")]));
    expect(fragments.map((f) => [f.path, f.text])).toEqual([
      ["config/a.env", "A=edited\n"],
      ["config/b.env", "B=1\n"],
      ["other.env", "O=1\n"],
    ]);
  });

  it("takes paths literally (no globbing) and names a missing one", async () => {
    const repo = tempRepo({ "a*.env": "STAR=1\n", "ab.env": "AB=1\n" });
    const { fragments } = await collect(scanTree(repo, ["a*.env"]));
    expect(fragments.map((f) => f.path)).toEqual(["a*.env"]);
    await expect(collect(scanTree(repo, ["missing.env"]))).rejects.toThrow(
      new SourceError("missing.env: no such file or directory"),
    );
  });

  it("skips a tracked file deleted from the work tree, symlinks and submodule directories", async () => {
    const repo = tempRepo({ "gone.env": "G=1\n", "kept.env": "K=1\n" });
    const outside = tempDir();
    writeFiles(outside, { "secret.env": "OUTSIDE=1\n" });
    symlinkSync(path.join(outside, "secret.env"), path.join(repo, "link.env"));
    git(repo, "rm", "-q", "--cached", "gone.env");
    git(repo, "commit", "-qm", "untrack");
    writeFiles(repo, { "gone.env": "G=1\n" });
    git(repo, "add", "gone.env");
    git(repo, "commit", "-qm", "track");
    git(repo, "rm", "-q", "gone.env");
    const { fragments, stats } = await collect(scanTree(repo));
    expect(fragments.map((f) => f.path)).toEqual(["kept.env"]);
    expect(stats.skipped).toEqual([]);
  });

  it("reads file names with spaces, unicode and a newline", async () => {
    const repo = tempRepo({ "with space.env": "S=1\n", "ünï ✓.env": "U=1\n", "new\nline.env": "N=1\n" });
    const { fragments } = await collect(scanTree(repo));
    expect(fragments.map((f) => f.path).sort()).toEqual(
      ["new\nline.env", "with space.env", "ünï ✓.env"].sort(),
    );
  });

  it("is a SourceError with git: true outside a work tree", async () => {
    await expect(collect(scanTree(tempDir(), [], { git: true }))).rejects.toThrow(
      /not inside a git work tree/,
    );
  });
});

describe("scanTree without git", () => {
  it("walks every file in name order, ignored or not, skipping .git and symlinks", async () => {
    const repo = tempRepo({ ".gitignore": "*.log\n", "b/z.txt": "z\n", "a.txt": "a\n" });
    writeFiles(repo, { "debug.log": "L=1\n" });
    symlinkSync(path.join(repo, "a.txt"), path.join(repo, "link.txt"));
    symlinkSync(path.join(repo, "b"), path.join(repo, "linkdir"));
    const { fragments } = await collect(scanTree(repo, [], { git: false }));
    expect(fragments.map((f) => f.path)).toEqual([".gitignore", "a.txt", "b/z.txt", "debug.log"]);
  });

  it("is chosen on its own outside a work tree", async () => {
    const dir = tempDir();
    writeFiles(dir, { "x/y.env": "Y=1\n" });
    const { fragments } = await collect(scanTree(dir));
    expect(fragments.map(brief)).toEqual([{ path: "x/y.env", text: "Y=1\n" }]);
  });
});

describe("scanTree content", () => {
  it("yields binary, too-large and lockfile files as skipped fragments, counted with sizes", async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, "a.bin"),
      Buffer.concat([Buffer.from("text first "), Buffer.from([0, 1, 2])]),
    );
    const lateNul = Buffer.alloc(9000, 0x61);
    lateNul[8500] = 0;
    writeFileSync(path.join(dir, "b-late-nul.txt"), lateNul);
    writeFiles(dir, {
      "c-huge.txt": "y".repeat(3000),
      "d/yarn.lock": "integrity sha512-abc\n",
      "e.env": "E=1\n",
    });
    const { fragments, stats } = await collect(scanTree(dir, [], { git: false, maxFileSize: 2000 }));
    expect(fragments.map((f) => [f.path, f.skipped, f.bytes])).toEqual([
      ["a.bin", "binary", 14],
      ["b-late-nul.txt", "too-large", 9000],
      ["c-huge.txt", "too-large", 3000],
      ["d/yarn.lock", "lockfile", 21],
      ["e.env", undefined, 4],
    ]);
    expect(fragments.filter((f) => f.skipped).every((f) => f.text === "")).toBe(true);
    expect(stats).toEqual({
      files: 5,
      bytes: 4,
      skipped: [
        { path: "a.bin", reason: "binary", bytes: 14 },
        { path: "b-late-nul.txt", reason: "too-large", bytes: 9000 },
        { path: "c-huge.txt", reason: "too-large", bytes: 3000 },
        { path: "d/yarn.lock", reason: "lockfile", bytes: 21 },
      ],
    });
    // Past the first 8 KiB a NUL does not make a file binary (git's rule).
    const late = await collect(scanTree(dir, ["b-late-nul.txt", "d"], { git: false, scanLockfiles: true }));
    expect(late.fragments.map((f) => [f.path, f.skipped, f.text.length])).toEqual([
      ["b-late-nul.txt", undefined, 9000],
      ["d/yarn.lock", undefined, 21],
    ]);
  });

  it("gives CRLF files as \\n text, drops a BOM, and keeps a missing final newline", async () => {
    const dir = tempDir();
    writeFiles(dir, { "win.env": "\uFEFFA=1\r\nB=2\r\n", "tail.env": "X=1" });
    const { fragments } = await collect(scanTree(dir, [], { git: false }));
    expect(fragments.map((f) => [f.path, f.text, f.bytes])).toEqual([
      ["tail.env", "X=1", 3],
      ["win.env", "A=1\nB=2\n", 13],
    ]);
  });

  it("keeps listing order while reading many files at once", async () => {
    const dir = tempDir();
    const files: Record<string, string> = {};
    for (let i = 0; i < 100; i++)
      files[`f${String(i).padStart(3, "0")}.txt`] = `${"x".repeat((i * 7919) % 5000)}\n`;
    writeFiles(dir, files);
    mkdirSync(path.join(dir, "empty"));
    const { fragments, stats } = await collect(scanTree(dir, [], { git: false, concurrency: 8 }));
    expect(fragments.map((f) => f.path)).toEqual(Object.keys(files));
    expect(stats.files).toBe(100);
  });
});

import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  STAGED_DIFF_ARGS,
  type StartedGit,
  startGitEarly,
  stopEarlyGit,
  takeEarlyGit,
} from "../../../src/git/start-git.js";
import { scanStaged } from "../../../src/scan/sources/staged.js";
import { git, tempDir, tempRepo, writeFiles } from "../../helpers/project.js";
import { brief, collect } from "./collect.js";

const KEY = "AKIAIOSFODNN7EXAMPLE";

describe("scanStaged", () => {
  it("reads the staged blob: an unstaged secret is not seen, a staged one removed from disk is", async () => {
    const repo = tempRepo({ "app.env": "A=1\nB=2\n" });
    writeFiles(repo, { "app.env": `A=1\nB=2\nSTAGED=${KEY}\n` });
    git(repo, "add", "app.env");
    // Then the working tree changes: the staged line is gone, another one is only on disk.
    writeFiles(repo, { "app.env": "A=1\nB=2\nUNSTAGED=sk_live_notstaged\n" });
    const { fragments } = await collect(scanStaged(repo));
    expect(fragments.map(brief)).toEqual([
      { path: "app.env", text: `STAGED=${KEY}`, lineNumbers: [3], change: "modified" },
    ]);
  });

  it("honours a partial `git add -p`: only the staged hunk is scanned", async () => {
    const lines = Array.from({ length: 20 }, (_, i) => `line${i + 1}`);
    const repo = tempRepo({ "notes.txt": `${lines.join("\n")}\n` });
    const edited = [...lines];
    edited.splice(1, 0, "TOP=staged");
    edited.push("BOTTOM=unstaged");
    writeFiles(repo, { "notes.txt": `${edited.join("\n")}\n` });
    // Stage the first hunk only, as `git add -p` with "y" then "n" does.
    const [header, firstHunk, secondHunk] = git(repo, "diff", "-U1", "notes.txt").split(/^(?=@@ )/m);
    expect(secondHunk).toContain("+BOTTOM=unstaged");
    writeFileSync(path.join(repo, "first.patch"), `${header}${firstHunk}`);
    git(repo, "apply", "--cached", "first.patch");
    const { fragments } = await collect(scanStaged(repo));
    expect(fragments.map(brief)).toEqual([
      { path: "notes.txt", text: "TOP=staged", lineNumbers: [2], change: "modified" },
    ]);
  });

  it("scans the first commit against the empty tree (no HEAD yet)", async () => {
    const repo = tempDir();
    git(repo, "init", "-q", "-b", "main");
    writeFiles(repo, { ".env": `KEY=${KEY}\n`, "src/a.ts": "export const a = 1;\n" });
    git(repo, "add", "-A");
    const { fragments, stats } = await collect(scanStaged(repo));
    expect(fragments.map(brief)).toEqual([
      { path: ".env", text: `KEY=${KEY}`, lineNumbers: [1], change: "added" },
      { path: "src/a.ts", text: "export const a = 1;", lineNumbers: [1], change: "added" },
    ]);
    expect(fragments.map((f) => f.bytes)).toEqual([25, 20]);
    expect(stats).toEqual({ files: 2, bytes: 43, skipped: [] });
  });

  it("reports nothing for an empty index before the first commit", async () => {
    const repo = tempDir();
    git(repo, "init", "-q", "-b", "main");
    expect((await collect(scanStaged(repo))).fragments).toEqual([]);
  });

  it("reports only the added lines of a renamed file, and the new path of a pure rename", async () => {
    const repo = tempRepo({ "a.env": "A=1\nB=2\nC=3\nD=4\nE=5\n", "same.env": "KEEP=1\n" });
    git(repo, "mv", "a.env", "b.env");
    writeFiles(repo, { "b.env": "A=1\nB=2\nC=3\nNEW=9\nD=4\nE=5\n" });
    git(repo, "mv", "same.env", "renamed-same.env");
    git(repo, "add", "-A");
    const { fragments } = await collect(scanStaged(repo));
    expect(fragments.map(brief)).toEqual([
      { path: "b.env", text: "NEW=9", lineNumbers: [4], change: "renamed", previousPath: "a.env" },
      { path: "renamed-same.env", text: "", lineNumbers: [], change: "renamed", previousPath: "same.env" },
    ]);
    // A pure rename prints no blob id; its size is still the whole file's.
    expect(fragments[1]?.bytes).toBe(7);
  });

  it("yields nothing for a deletion, a mode change, or a change that only removes lines", async () => {
    const repo = tempRepo({ "gone.env": `KEY=${KEY}\n`, "run.sh": "echo hi\n", "list.txt": "a\nb\n" });
    git(repo, "rm", "-q", "gone.env");
    git(repo, "update-index", "--chmod=+x", "run.sh");
    writeFiles(repo, { "list.txt": "a\n" });
    git(repo, "add", "list.txt");
    const { fragments, stats } = await collect(scanStaged(repo));
    expect(fragments).toEqual([]);
    expect(stats).toEqual({ files: 0, bytes: 0, skipped: [] });
  });

  it("yields binary, too-large and lockfile files as skipped fragments, counted in stats", async () => {
    const repo = tempRepo();
    writeFileSync(path.join(repo, "logo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    writeFiles(repo, {
      "huge.txt": `${"x".repeat(99)}\n`.repeat(50),
      "package-lock.json": '{ "integrity": "sha512-abc" }\n',
      "small.txt": "ok\n",
    });
    git(repo, "add", "-A");
    const { fragments, stats } = await collect(scanStaged(repo, { maxFileSize: 1000 }));
    expect(fragments.map(brief)).toEqual([
      { path: "huge.txt", text: "", lineNumbers: [], change: "added", skipped: "too-large" },
      { path: "logo.png", text: "", lineNumbers: [], change: "added", skipped: "binary" },
      { path: "package-lock.json", text: "", lineNumbers: [], change: "added", skipped: "lockfile" },
      { path: "small.txt", text: "ok", lineNumbers: [1], change: "added" },
    ]);
    expect(stats).toEqual({
      files: 4,
      bytes: 2,
      skipped: [
        { path: "huge.txt", reason: "too-large", bytes: 5000 },
        { path: "logo.png", reason: "binary", bytes: 8 },
        { path: "package-lock.json", reason: "lockfile", bytes: 30 },
      ],
    });
    const scanned = await collect(scanStaged(repo, { scanLockfiles: true }));
    expect(scanned.fragments.find((f) => f.path === "package-lock.json")?.text).toBe(
      '{ "integrity": "sha512-abc" }',
    );
  });

  it("skips a file over the default 4 MiB without keeping its lines, and still scans a small edit to it", async () => {
    const line = `${"y".repeat(63)}\n`;
    const repo = tempRepo();
    writeFiles(repo, { "data/big.csv": line.repeat(80 * 1024) }); // 5 MiB
    git(repo, "add", "-A");
    const added = await collect(scanStaged(repo));
    expect(added.fragments.map(brief)).toEqual([
      { path: "data/big.csv", text: "", lineNumbers: [], change: "added", skipped: "too-large" },
    ]);
    expect(added.stats.skipped).toEqual([
      { path: "data/big.csv", reason: "too-large", bytes: 5 * 1024 * 1024 },
    ]);
    git(repo, "commit", "-qm", "big");
    writeFiles(repo, { "data/big.csv": `${line.repeat(80 * 1024)}KEY=${KEY}\n` });
    git(repo, "add", "-A");
    const edited = await collect(scanStaged(repo));
    expect(edited.fragments.map(brief)).toEqual([
      { path: "data/big.csv", text: `KEY=${KEY}`, lineNumbers: [80 * 1024 + 1], change: "modified" },
    ]);
  });

  it("reads file names with spaces, unicode, quotes and a newline", async () => {
    const repo = tempRepo();
    const names = ["with space.env", "dir/ünïcödé ✓.env", 'quote"d.env', "new\nline.env", "tab\there.env"];
    for (const [i, name] of names.entries()) writeFiles(repo, { [name]: `K${i}=v\n` });
    git(repo, "add", "-A");
    const { fragments } = await collect(scanStaged(repo));
    expect(fragments.map((f) => [f.path, f.text]).sort()).toEqual(names.map((n, i) => [n, `K${i}=v`]).sort());
  });

  it("keeps \\r out of CRLF text and handles a missing final newline", async () => {
    const repo = tempRepo({ "win.env": "A=1\r\nB=2\r\n", "tail.env": "X=1" });
    writeFiles(repo, { "win.env": "A=1\r\nB=2\r\nC=3\r\n", "tail.env": "X=1\nY=2" });
    git(repo, "add", "-A");
    const { fragments } = await collect(scanStaged(repo));
    expect(fragments.map(brief)).toEqual([
      // git sees "X=1" without newline replaced by "X=1\n": the old last line counts as added again.
      { path: "tail.env", text: "X=1\nY=2", lineNumbers: [1, 2], change: "modified" },
      { path: "win.env", text: "C=3", lineNumbers: [3], change: "modified" },
    ]);
  });

  it("works during a merge: scans what the merge brings in and the resolution, not unmerged paths", async () => {
    const repo = tempRepo({ "shared.env": "A=1\nB=2\nC=3\n" });
    git(repo, "checkout", "-q", "-b", "side");
    writeFiles(repo, { "shared.env": "A=1\nB=side\nC=3\n", "side.env": "SIDE=1\n" });
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "side");
    git(repo, "checkout", "-q", "main");
    writeFiles(repo, { "shared.env": "A=1\nB=main\nC=3\n" });
    git(repo, "commit", "-qam", "main");
    expect(() => git(repo, "merge", "-q", "side")).toThrow(); // conflict in shared.env
    const during = await collect(scanStaged(repo));
    expect(during.fragments.map(brief)).toEqual([
      { path: "side.env", text: "SIDE=1", lineNumbers: [1], change: "added" },
    ]);
    writeFiles(repo, { "shared.env": "A=1\nB=resolved\nC=3\n" });
    git(repo, "add", "shared.env");
    const resolved = await collect(scanStaged(repo));
    expect(resolved.fragments.map(brief)).toEqual([
      { path: "shared.env", text: "B=resolved", lineNumbers: [2], change: "modified" },
      { path: "side.env", text: "SIDE=1", lineNumbers: [1], change: "added" },
    ]);
  });

  it("is not thrown off by the user's diff settings", async () => {
    const repo = tempRepo({ "a b.env": "1\n2\n3\n4\n5\n6\n", "ä.env": "x\n" });
    for (const [key, value] of [
      ["diff.noprefix", "true"],
      ["diff.mnemonicPrefix", "true"],
      ["core.quotePath", "false"],
      ["diff.interHunkContext", "10"],
      ["diff.suppressBlankEmpty", "true"],
      ["diff.external", "false"],
      ["diff.renames", "false"],
      ["color.ui", "always"],
    ]) {
      git(repo, "config", key as string, value as string);
    }
    writeFiles(repo, { "a b.env": "1\nTWO\n3\n\n5\nSIX\n", "ä.env": "x\ny\n" });
    git(repo, "add", "-A");
    const saved = process.env.GIT_DIFF_OPTS;
    process.env.GIT_DIFF_OPTS = "--unified=3";
    try {
      const { fragments } = await collect(scanStaged(repo));
      expect(fragments.map(brief)).toEqual([
        { path: "a b.env", text: "TWO\n\nSIX", lineNumbers: [2, 4, 6], change: "modified" },
        { path: "ä.env", text: "y", lineNumbers: [2], change: "modified" },
      ]);
    } finally {
      if (saved === undefined) delete process.env.GIT_DIFF_OPTS;
      else process.env.GIT_DIFF_OPTS = saved;
    }
  });

  it("skips submodules", async () => {
    const inner = tempRepo({ "inner.txt": "x\n" });
    const repo = tempRepo();
    git(repo, "-c", "protocol.file.allow=always", "submodule", "add", "-q", inner, "vendor/inner");
    const { fragments } = await collect(scanStaged(repo));
    expect(fragments.map((f) => f.path)).toEqual([".gitmodules"]);
  });

  it("is a SourceError outside a repository", async () => {
    await expect(collect(scanStaged(tempDir()))).rejects.toThrow(/not a git repository/);
  });
});

describe("scanStaged with git started early (the CLI's pre-commit fast path)", () => {
  it("reads the whole patch even when git has exited before the scan reads it", async () => {
    const repo = tempRepo({ "a.txt": "one\n" });
    writeFiles(repo, { "a.txt": "one\ntwo\n", "b.txt": "new\n" });
    git(repo, "add", "a.txt", "b.txt");
    startGitEarly(repo, STAGED_DIFF_ARGS);
    // Long enough for git to finish writing and exit before anything reads its output.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { fragments } = await collect(scanStaged(repo));
    expect(fragments.map(brief)).toEqual([
      { path: "a.txt", text: "two", lineNumbers: [2], change: "modified" },
      { path: "b.txt", text: "new", lineNumbers: [1], change: "added" },
    ]);
    // Handed out once: a second scan starts its own git.
    expect(takeEarlyGit(repo, STAGED_DIFF_ARGS)).toBeUndefined();
    expect((await collect(scanStaged(repo))).fragments).toHaveLength(2);
  });

  it("stops an early git nobody took", async () => {
    const repo = tempRepo({ "a.txt": "one\n" });
    startGitEarly(repo, STAGED_DIFF_ARGS);
    // The registry start-git.ts keeps on the global object (the launcher's bundle and the engine's share it).
    const registry = (globalThis as Record<symbol, unknown>)[Symbol.for("envguard.earlyGit")] as Map<
      string,
      StartedGit
    >;
    const [started] = [...registry.values()];
    stopEarlyGit();
    expect(takeEarlyGit(repo, STAGED_DIFF_ARGS)).toBeUndefined();
    // Stopped: its output is dropped, and the process is asked to end (unless it already had).
    expect(started?.child.stdout.destroyed).toBe(true);
    const { code } = await (started as StartedGit).exit;
    expect(started?.child.killed || code === 0).toBe(true);
  });

  it("outside a repository, still says it is not one", async () => {
    const dir = tempDir();
    startGitEarly(dir, STAGED_DIFF_ARGS);
    await expect(collect(scanStaged(dir))).rejects.toThrow(/is not a git repository/);
  });
});

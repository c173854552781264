import { describe, expect, it } from "vitest";
import { type HistoryProgress, scanHistory } from "../../../src/scan/sources/history.js";
import { SourceError } from "../../../src/scan/sources/source-error.js";
import { git, tempDir, tempRepo, writeFiles } from "../../helpers/project.js";
import { collect } from "./collect.js";

const KEY = "AKIAIOSFODNN7EXAMPLE";

function commit(repo: string, message: string, files: Record<string, string>): string {
  writeFiles(repo, files);
  git(repo, "add", "-A");
  git(repo, "commit", "-qm", message);
  return git(repo, "rev-parse", "HEAD").trim();
}

describe("scanHistory", () => {
  it("finds a secret added and later removed, with its commit", async () => {
    const repo = tempRepo({ "app.env": "A=1\n" });
    const first = git(repo, "rev-parse", "HEAD").trim();
    const added = commit(repo, "add key", { "app.env": `A=1\nKEY=${KEY}\n` });
    const removed = commit(repo, "remove key", { "app.env": "A=1\n" });
    const { fragments, stats } = await collect(scanHistory(repo));
    expect(fragments.map((f) => [f.commit?.sha, f.path, f.text, f.lineNumbers, f.change])).toEqual([
      [added, "app.env", `KEY=${KEY}`, [2], "modified"],
      [first, "app.env", "A=1", [1], "added"],
    ]);
    expect(fragments.some((f) => f.commit?.sha === removed)).toBe(false);
    expect(fragments[0]?.commit).toMatchObject({ author: "Test", email: "test@example.com" });
    expect(fragments[0]?.commit?.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(stats.files).toBe(2);
  });

  it("limits to a range, and counts renames by their edits only", async () => {
    const repo = tempRepo({ "a.txt": "1\n2\n3\n4\n" });
    const from = git(repo, "rev-parse", "HEAD").trim();
    git(repo, "mv", "a.txt", "b.txt");
    const renamed = commit(repo, "rename", { "b.txt": "1\n2\n3\n4\n5\n" });
    const { fragments } = await collect(scanHistory(repo, `${from}..HEAD`));
    expect(fragments.map((f) => [f.commit?.sha, f.path, f.previousPath, f.text, f.lineNumbers])).toEqual([
      [renamed, "b.txt", "a.txt", "5", [5]],
    ]);
  });

  it("reads every ref by default, including branches not merged", async () => {
    const repo = tempRepo({ "a.txt": "a\n" });
    git(repo, "checkout", "-q", "-b", "wip");
    commit(repo, "wip", { "wip.env": `KEY=${KEY}\n` });
    git(repo, "checkout", "-q", "main");
    const all = await collect(scanHistory(repo));
    expect(all.fragments.map((f) => f.path).sort()).toEqual(["a.txt", "wip.env"]);
    const mainOnly = await collect(scanHistory(repo, "main"));
    expect(mainOnly.fragments.map((f) => f.path)).toEqual(["a.txt"]);
  });

  it("reads a merge commit as what its resolution added, not the whole branch again", async () => {
    const repo = tempRepo({ "f.env": "A=1\nB=2\nC=3\n" });
    git(repo, "checkout", "-q", "-b", "side");
    commit(repo, "side", { "f.env": "A=1\nB=side\nC=3\n", "side.env": "S=1\n" });
    git(repo, "checkout", "-q", "main");
    commit(repo, "main", { "f.env": "A=1\nB=main\nC=3\n" });
    expect(() => git(repo, "merge", "-q", "side")).toThrow();
    writeFiles(repo, { "f.env": `A=1\nB=resolved\nC=3\nEVIL=${KEY}\n` });
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "--no-edit");
    const merge = git(repo, "rev-parse", "HEAD").trim();
    const { fragments } = await collect(scanHistory(repo, "main"));
    const fromMerge = fragments.filter((f) => f.commit?.sha === merge);
    expect(fromMerge.map((f) => [f.path, f.text, f.lineNumbers])).toEqual([
      ["f.env", `B=resolved\nEVIL=${KEY}`, [2, 4]],
    ]);
    expect(fragments.filter((f) => f.path === "side.env")).toHaveLength(1);
  });

  it("reports progress against the commit count", async () => {
    const repo = tempRepo({ "a.txt": "a\n" });
    commit(repo, "2", { "b.txt": "b\n" });
    commit(repo, "3", { "c.txt": "c\n" });
    const seen: HistoryProgress[] = [];
    await collect(scanHistory(repo, "HEAD", { onProgress: (p) => seen.push({ ...p }) }));
    expect(seen.map((p) => p.commits)).toEqual([0, 1, 2, 3]);
    expect(seen.at(-1)).toEqual({ commits: 3, total: 3 });
  });

  it("is empty for a repository without commits, and a SourceError for an unknown revision", async () => {
    const empty = tempDir();
    git(empty, "init", "-q", "-b", "main");
    expect((await collect(scanHistory(empty))).fragments).toEqual([]);
    const repo = tempRepo({ "a.txt": "a\n" });
    await expect(collect(scanHistory(repo, "nope..HEAD"))).rejects.toThrow(SourceError);
    await expect(collect(scanHistory(repo, "--output=/tmp/x"))).rejects.toThrow(/not a revision range/);
  });
});

import { describe, expect, it } from "vitest";
import { parseRange, scanDiff } from "../../../src/scan/sources/diff.js";
import { SourceError } from "../../../src/scan/sources/source-error.js";
import { git, tempDir, tempRepo, writeFiles } from "../../helpers/project.js";
import { brief, collect } from "./collect.js";

/**
 * main: base → main-moved (deletes "old" line, adds a top line)
 *        \→ feature (adds SECRET on line 5, in a file main also edits)
 */
function forkedRepo(): string {
  const repo = tempRepo({ "app.env": "A=1\nB=2\nold=1\nC=3\n" });
  git(repo, "tag", "base");
  git(repo, "checkout", "-q", "-b", "feature");
  writeFiles(repo, { "app.env": "A=1\nB=2\nold=1\nC=3\nSECRET=feature\n", "feature.txt": "f\n" });
  git(repo, "add", "-A");
  git(repo, "commit", "-qm", "feature");
  git(repo, "checkout", "-q", "main");
  writeFiles(repo, { "app.env": "TOP=main\nA=1\nB=2\nC=3\n" });
  git(repo, "commit", "-qam", "main moved");
  return repo;
}

describe("parseRange", () => {
  it("reads A...B and A..B, with HEAD for an empty side", () => {
    expect(parseRange("origin/main...HEAD")).toEqual({
      base: "origin/main",
      head: "HEAD",
      fromMergeBase: true,
    });
    expect(parseRange("v1.2.3..feature")).toEqual({ base: "v1.2.3", head: "feature", fromMergeBase: false });
    expect(parseRange("main...")).toEqual({ base: "main", head: "HEAD", fromMergeBase: true });
  });

  it("rejects a single revision and option-looking names", () => {
    expect(() => parseRange("main")).toThrow(SourceError);
    expect(() => parseRange("--output=x..HEAD")).toThrow(/not a revision name/);
  });
});

describe("scanDiff", () => {
  it("A...B scans only what the branch added, numbered in B's files", async () => {
    const repo = forkedRepo();
    const { fragments } = await collect(scanDiff(repo, "main...feature"));
    expect(fragments.map(brief)).toEqual([
      { path: "app.env", text: "SECRET=feature", lineNumbers: [5], change: "modified" },
      { path: "feature.txt", text: "f", lineNumbers: [1], change: "added" },
    ]);
  });

  it("A..B compares the trees: main's removals come back as additions of B", async () => {
    const repo = forkedRepo();
    const { fragments } = await collect(scanDiff(repo, "main..feature"));
    expect(fragments.map(brief)).toEqual([
      { path: "app.env", text: "old=1\nSECRET=feature", lineNumbers: [3, 5], change: "modified" },
      { path: "feature.txt", text: "f", lineNumbers: [1], change: "added" },
    ]);
  });

  it("includes what a merge commit in the range brings, once", async () => {
    const repo = forkedRepo();
    git(repo, "checkout", "-q", "-b", "pr", "base");
    writeFiles(repo, { "pr.env": "PR=1\n" });
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "pr");
    git(repo, "merge", "-q", "--no-edit", "feature");
    const { fragments } = await collect(scanDiff(repo, "base...pr"));
    expect(fragments.map((f) => [f.path, f.text])).toEqual([
      ["app.env", "SECRET=feature"],
      ["feature.txt", "f"],
      ["pr.env", "PR=1"],
    ]);
  });

  it("names a missing commit and what to fetch", async () => {
    const repo = forkedRepo();
    const error = await collect(scanDiff(repo, "nope...main")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).problem).toBe('commit "nope" was not found in this repository');
    expect((error as SourceError).fix).toContain("git fetch origin nope");
  });

  it("in a shallow clone, a base outside it is a SourceError that says to unshallow", async () => {
    const origin = forkedRepo();
    const baseSha = git(origin, "rev-parse", "base").trim();
    const clone = tempDir();
    git(clone, "clone", "-q", "--depth", "1", "--branch", "feature", `file://${origin}`, "c");
    const shallow = `${clone}/c`;
    expect(git(shallow, "rev-parse", "--is-shallow-repository").trim()).toBe("true");
    const missing = await collect(scanDiff(shallow, `${baseSha}...HEAD`)).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(SourceError);
    expect((missing as SourceError).message).toContain("is shallow");
    expect((missing as SourceError).fix).toMatch(/git fetch --unshallow.*fetch-depth: 0/);
  });

  it("in a shallow clone where both commits exist but the merge base does not, says so", async () => {
    const origin = forkedRepo();
    const clone = tempDir();
    git(clone, "clone", "-q", "--depth", "1", "--no-single-branch", `file://${origin}`, "c");
    const shallow = `${clone}/c`;
    const error = await collect(scanDiff(shallow, "origin/main...origin/feature")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).problem).toBe(
      "origin/main and origin/feature have no merge base in this clone: it is shallow, so their common history was never fetched",
    );
    expect((error as SourceError).fix).toContain("fetch-depth: 0");
    // The two-dot form needs no history, so it still works there.
    const direct = await collect(scanDiff(shallow, "origin/main..origin/feature"));
    expect(direct.fragments.map((f) => f.path)).toEqual(["app.env", "feature.txt"]);
  });

  it("unrelated histories have no merge base: a SourceError suggesting A..B", async () => {
    const repo = forkedRepo();
    git(repo, "checkout", "-q", "--orphan", "island");
    writeFiles(repo, { "island.txt": "i\n" });
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "island");
    const error = await collect(scanDiff(repo, "main...island")).catch((e: unknown) => e);
    expect((error as SourceError).problem).toBe(
      "main and island share no history, so main...island has no merge base",
    );
    expect((error as SourceError).fix).toBe("compare the two trees directly with main..island");
  });

  it("stops git when the reader stops early", async () => {
    const repo = forkedRepo();
    const source = scanDiff(repo, "main..feature");
    for await (const fragment of source.fragments) {
      expect(fragment.path).toBe("app.env");
      break;
    }
    expect(source.stats().files).toBe(1);
  });
});

import { cpSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { git, REPO_ROOT, runCli, tempDir, writeFiles } from "../helpers/project.js";

// The hook runs `envguard check` only when the commit touches config, schema, policy or example
// files. It takes the touched paths from the patch it scans (no second git process): every kind of
// change must count, including those that add no line to scan.

/** A committed copy of examples/ (a valid project with a schema and four environments). */
function exampleRepo(): string {
  const dir = tempDir();
  cpSync(path.join(REPO_ROOT, "examples"), dir, { recursive: true });
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "initial");
  return dir;
}

/** The check's table of environments, which only a run of `check` prints. */
const CHECKED = /^\s+staging\s+pass/m;

describe("pre-commit decides from the staged patch whether to check config", () => {
  it("checks when the commit only renames a config file out of the config folder", () => {
    const dir = exampleRepo();
    git(dir, "mv", "config/dev.json", "old-dev.json");
    const run = runCli(["pre-commit"], { cwd: dir });
    expect(run.stdout).toMatch(CHECKED);
    expect(run.code).toBe(0);
  });

  it("checks when the commit only deletes a config file", () => {
    const dir = exampleRepo();
    git(dir, "rm", "-q", "config/staging.json");
    const run = runCli(["pre-commit"], { cwd: dir });
    expect(run.stdout).toMatch(CHECKED);
  });

  it("checks when the only change is a config file with spaces and non-ASCII in its name", () => {
    const dir = exampleRepo();
    writeFiles(dir, { "config/notes über staging.txt": "kept for the team\n" });
    git(dir, "add", "config");
    const run = runCli(["pre-commit"], { cwd: dir });
    expect(run.stdout).toMatch(CHECKED);
  });

  it("blocks a commit whose staged layer is broken, naming the file", () => {
    const dir = exampleRepo();
    writeFiles(dir, { "config/dev.json": "{ not json\n" });
    git(dir, "add", "config/dev.json");
    const run = runCli(["pre-commit"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("config/dev.json");
  });

  it("reports a secret written into a staged layer once, with its environment (check's finding)", () => {
    const dir = exampleRepo();
    const layer = readFileSync(path.join(dir, "config/staging.json"), "utf8");
    writeFiles(dir, {
      "config/staging.json": layer.replace(/"password": "[^"]*"/, '"password": "hunter2-plain-literal"'),
    });
    git(dir, "add", "config/staging.json");
    const run = runCli(["pre-commit"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout.match(/config\/secret-literal/g)).toHaveLength(1);
    expect(run.stdout).toContain("database.password is a secret (x-secret)");
    expect(run.stdout).not.toContain("hunter2-plain-literal");
  });

  it("does not check when the commit touches no config (an odd name outside config/ included)", () => {
    const dir = exampleRepo();
    writeFiles(dir, { "docs/notes über config.md": "# notes\n", "src/app.js": "export const a = 1;\n" });
    git(dir, "add", "docs", "src");
    const run = runCli(["pre-commit"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(CHECKED);
    expect(run.stdout).toContain("scanned 2 files");
  });
});

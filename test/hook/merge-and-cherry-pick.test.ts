import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { git, runCli, tempRepo } from "../helpers/project.js";
import { commitEnv, FAKE_KEY } from "./commit-scenarios.js";

/** A repository with the installed hook, a `feature` branch and a `main` that both edit app.js. */
function conflictedRepo(): string {
  const dir = tempRepo({ "app.js": "export const a = 1;\n" });
  expect(runCli(["install-hook"], { cwd: dir, env: { HOME: dir } }).code).toBe(0);
  git(dir, "checkout", "-q", "-b", "feature");
  writeFileSync(path.join(dir, "app.js"), "export const a = 2;\n");
  git(dir, "commit", "-q", "--no-verify", "-am", "feature");
  git(dir, "checkout", "-q", "main");
  writeFileSync(path.join(dir, "app.js"), "export const a = 3;\n");
  git(dir, "commit", "-q", "--no-verify", "-am", "main");
  return dir;
}

/** A git command with hooks, as a person runs it; never throws. */
function gitRun(dir: string, ...args: string[]) {
  const r = spawnSync("git", args, { cwd: dir, encoding: "utf8", env: commitEnv(dir) });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

describe("the installed hook during merges and cherry-picks", () => {
  it("checks the resolution of a merge conflict: blocks a key in it, passes a clean one", () => {
    const dir = conflictedRepo();
    expect(gitRun(dir, "merge", "feature").code).not.toBe(0); // conflict
    writeFileSync(path.join(dir, "app.js"), `export const a = 4;\nconst key = "${FAKE_KEY}";\n`);
    git(dir, "add", "app.js");
    const blocked = gitRun(dir, "commit", "--no-edit");
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain("secret/google-api-key");
    expect(blocked.output).not.toContain(FAKE_KEY);
    writeFileSync(path.join(dir, "app.js"), "export const a = 4;\n");
    git(dir, "add", "app.js");
    const clean = gitRun(dir, "commit", "--no-edit");
    expect(clean.code, clean.output).toBe(0);
    expect(git(dir, "rev-list", "--parents", "-n", "1", "HEAD").trim().split(" ")).toHaveLength(3);
  });

  it("checks a cherry-pick committed by hand (--no-commit, then git commit)", () => {
    const dir = tempRepo({ "app.js": "export const a = 1;\n" });
    expect(runCli(["install-hook"], { cwd: dir, env: { HOME: dir } }).code).toBe(0);
    git(dir, "checkout", "-q", "-b", "leaky");
    writeFileSync(path.join(dir, "app.js"), `export const a = 1;\nconst key = "${FAKE_KEY}";\n`);
    git(dir, "commit", "-q", "--no-verify", "-am", "leak");
    git(dir, "checkout", "-q", "main");
    expect(gitRun(dir, "cherry-pick", "--no-commit", "leaky").code).toBe(0);
    const blocked = gitRun(dir, "commit", "-m", "picked");
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain("secret/google-api-key");
  });
});

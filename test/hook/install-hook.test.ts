import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, git, runCli, tempDir, tempRepo, writeFiles } from "../helpers/project.js";
import { commit, describeCommitScenarios, FAKE_KEY, type HookRoute, head } from "./commit-scenarios.js";

function install(dir: string, ...args: string[]) {
  return runCli(["install-hook", ...args], { cwd: dir, env: { HOME: dir } });
}

const installHook: HookRoute = {
  setUp(dir) {
    const result = install(dir);
    expect(result.code, result.stderr).toBe(0);
  },
};

describeCommitScenarios("envguard install-hook", installHook);

const OLD_HOOK = '#!/bin/sh\necho "the old hook ran" >&2\n[ ! -f .old-hook-fails ]\n';

function writeOldHook(dir: string): string {
  const file = path.join(dir, ".git", "hooks", "pre-commit");
  writeFileSync(file, OLD_HOOK);
  chmodSync(file, 0o755);
  return file;
}

describe("envguard install-hook", () => {
  it("writes an executable hook into .git/hooks that runs the CLI that installed it", () => {
    const dir = tempRepo();
    const result = install(dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("installed the pre-commit hook in .git/hooks/pre-commit");
    const hook = path.join(dir, ".git", "hooks", "pre-commit");
    expect(statSync(hook).mode & 0o111).toBe(0o111);
    const text = readFileSync(hook, "utf8");
    expect(text).toMatch(/^#!\/bin\/sh\n# envguard pre-commit hook/);
    expect(text).toContain(`installed_cli='${CLI}'`);
    expect(text).toContain(`installed_node='${process.execPath}'`);
  });

  it("is idempotent: installing again updates the hook and chains nothing", () => {
    const dir = tempRepo();
    install(dir);
    const first = readFileSync(path.join(dir, ".git", "hooks", "pre-commit"), "utf8");
    const again = install(dir);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("is envguard's: updated");
    expect(readFileSync(path.join(dir, ".git", "hooks", "pre-commit"), "utf8")).toBe(first);
    expect(existsSync(path.join(dir, ".git", "hooks", "pre-commit.envguard-chained"))).toBe(false);
  });

  it("chains a hook that was there: it runs first and its failure stops the commit", () => {
    const dir = tempRepo();
    const hook = writeOldHook(dir);
    const result = install(dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("pre-commit.envguard-chained");
    expect(readFileSync(`${hook}.envguard-chained`, "utf8")).toBe(OLD_HOOK);

    writeFiles(dir, { "a.txt": "clean\n" });
    git(dir, "add", "a.txt");
    const passed = commit(dir, installHook);
    expect(passed.code, passed.output).toBe(0);
    expect(passed.output).toContain("the old hook ran");
    expect(passed.output).toContain("no errors");

    const before = head(dir);
    writeFiles(dir, { ".old-hook-fails": "", "b.txt": "clean\n" });
    git(dir, "add", "b.txt");
    const failed = commit(dir, installHook);
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain("the old hook ran");
    expect(failed.output).not.toContain("no errors"); // envguard did not run after the failure
    expect(head(dir)).toBe(before);
  });

  it("uninstall-hook undoes exactly what install did, and is idempotent", () => {
    const dir = tempRepo();
    const hook = writeOldHook(dir);
    install(dir);
    install(dir);
    const removed = runCli(["uninstall-hook"], { cwd: dir });
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).toContain("the hook that was there before is back");
    expect(readFileSync(hook, "utf8")).toBe(OLD_HOOK);
    expect(statSync(hook).mode & 0o111).toBe(0o111);
    expect(existsSync(`${hook}.envguard-chained`)).toBe(false);

    const again = runCli(["uninstall-hook"], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("is not envguard's: left as it is");
    expect(readFileSync(hook, "utf8")).toBe(OLD_HOOK);
  });

  it("uninstall-hook removes the hook when there was none before", () => {
    const dir = tempRepo();
    install(dir);
    const removed = runCli(["uninstall-hook"], { cwd: dir });
    expect(removed.code).toBe(0);
    expect(existsSync(path.join(dir, ".git", "hooks", "pre-commit"))).toBe(false);
    expect(runCli(["uninstall-hook"], { cwd: dir }).stdout).toContain("there is no pre-commit hook");
  });

  it("never overwrites: a hook and a kept hook that are both not envguard's stop the install", () => {
    const dir = tempRepo();
    const hook = writeOldHook(dir);
    writeFileSync(`${hook}.envguard-chained`, "#!/bin/sh\nexit 0\n");
    const result = install(dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("will not overwrite either");
    expect(readFileSync(hook, "utf8")).toBe(OLD_HOOK);
  });

  it("respects core.hooksPath", () => {
    const dir = tempRepo();
    git(dir, "config", "core.hooksPath", ".githooks");
    const result = install(dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(".githooks/pre-commit");
    expect(existsSync(path.join(dir, ".githooks", "pre-commit"))).toBe(true);
    expect(existsSync(path.join(dir, ".git", "hooks", "pre-commit"))).toBe(false);
    writeFiles(dir, { "src/maps.js": `export const mapsKey = "${FAKE_KEY}";\n` });
    git(dir, "add", "src/maps.js");
    expect(commit(dir, installHook).code).toBe(1);
  });

  it("installs into the common hooks folder from a linked worktree, where the commit runs it", () => {
    const dir = tempRepo({ "README.md": "# demo\n" });
    const worktree = path.join(tempDir(), "wt");
    git(dir, "worktree", "add", "-q", "-b", "feature", worktree);
    const result = install(worktree);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(path.join(dir, ".git", "hooks", "pre-commit"))).toBe(true);
    writeFiles(worktree, { "src/maps.js": `export const mapsKey = "${FAKE_KEY}";\n` });
    git(worktree, "add", "src/maps.js");
    const blocked = commit(worktree, installHook);
    expect(blocked.code, blocked.output).toBe(1);
    expect(blocked.output).toContain("secret/google-api-key");
  });

  it("installs into a submodule's own hooks folder", () => {
    const inner = tempRepo({ "lib.txt": "inner\n" });
    const outer = tempRepo({ "README.md": "# outer\n" });
    git(outer, "-c", "protocol.file.allow=always", "submodule", "add", "-q", inner, "vendor/inner");
    const sub = path.join(outer, "vendor", "inner");
    const result = install(sub);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(path.join(outer, ".git", "modules", "vendor", "inner", "hooks", "pre-commit"))).toBe(
      true,
    );
    expect(existsSync(path.join(outer, ".git", "hooks", "pre-commit"))).toBe(false);
  });

  it.each([
    [
      "husky v9 (core.hooksPath .husky/_)",
      ".husky/_",
      /husky manages/,
      /Add this line to \.husky\/pre-commit:\n\n {2}npx --no envguard pre-commit/,
    ],
    ["husky v4-v8 (core.hooksPath .husky)", ".husky", /husky manages/, /npx --no envguard pre-commit/],
  ])("refuses when %s owns the hooks, printing the line to add", (_name, hooksPath, who, line) => {
    const dir = tempRepo();
    mkdirSync(path.join(dir, hooksPath), { recursive: true });
    git(dir, "config", "core.hooksPath", hooksPath);
    const result = install(dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(who);
    expect(result.stderr).toMatch(line);
    expect(result.stderr).toContain("--force");
    expect(existsSync(path.join(dir, hooksPath, "pre-commit"))).toBe(false);
  });

  it("refuses when the pre-commit framework is configured, printing its YAML", () => {
    const dir = tempRepo({ ".pre-commit-config.yaml": "repos: []\n" });
    const result = install(dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("the pre-commit framework manages");
    expect(result.stderr).toContain(".pre-commit-config.yaml is there");
    expect(result.stderr).toContain("entry: npx --no envguard pre-commit");
    expect(result.stderr).toContain("language: system");
    expect(existsSync(path.join(dir, ".git", "hooks", "pre-commit"))).toBe(false);
  });

  it("refuses when the hook there is the pre-commit framework's, even without its config", () => {
    const dir = tempRepo();
    const hook = path.join(dir, ".git", "hooks", "pre-commit");
    writeFileSync(
      hook,
      "#!/usr/bin/env bash\n# File generated by pre-commit: https://pre-commit.com\nexit 0\n",
    );
    const result = install(dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("written by `pre-commit install`");
  });

  it("refuses when lefthook is configured, printing its YAML", () => {
    const dir = tempRepo({ "lefthook.yml": "pre-commit:\n  commands: {}\n" });
    const result = install(dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("lefthook manages");
    expect(result.stderr).toContain("run: npx --no envguard pre-commit");
  });

  it("--force installs anyway, chaining the manager's hook instead of overwriting it", () => {
    const dir = tempRepo({ ".pre-commit-config.yaml": "repos: []\n" });
    const hook = writeOldHook(dir);
    const result = install(dir, "--force");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Installed despite the pre-commit framework (--force)");
    expect(readFileSync(`${hook}.envguard-chained`, "utf8")).toBe(OLD_HOOK);
  });

  it("exits 2 outside a git repository", () => {
    const dir = tempDir();
    const result = install(dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("not inside a git work tree");
    expect(runCli(["uninstall-hook"], { cwd: dir }).code).toBe(2);
  });
});

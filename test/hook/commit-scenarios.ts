import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, git, REPO_ROOT, tempDir, writeFiles } from "../helpers/project.js";

/** A fake, well-formed Google API key (AIza + 35 characters), split so no scan of this file finds it. */
export const FAKE_KEY = ["AIza", "Sy", "b7Xk2Qm9Lp4Rt8Vw1Nc6Hj3Fz5Gs0Ye_u"].join("");

/** The npm cache of the person running the tests (temp repos get their own HOME). */
export const NPM_CACHE = process.env.npm_config_cache ?? path.join(os.homedir(), ".npm");

export interface CommitResult {
  code: number | null;
  /** stdout and stderr together, as a person sees them in the terminal. */
  output: string;
}

/** How a route makes a repository's commits run envguard. */
export interface HookRoute {
  /** Makes the commits in `dir` run envguard (install a hook, set core.hooksPath, …). */
  setUp(dir: string): void;
  /** Extra environment for `git commit` (a PATH with a shim, PRE_COMMIT_HOME, …). */
  env?(dir: string): Record<string, string>;
  /** Files the route commits with the project (a hook manager's config). */
  files?: Record<string, string>;
}

/** The environment git runs with in the temp repos, as in test/helpers/project.ts, without colour. */
export function commitEnv(dir: string, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith("ENVGUARD_") && !k.startsWith("GIT_")) env[k] = v;
  return {
    ...env,
    GIT_AUTHOR_NAME: "Test",
    GIT_AUTHOR_EMAIL: "test@example.com",
    GIT_COMMITTER_NAME: "Test",
    GIT_COMMITTER_EMAIL: "test@example.com",
    GIT_CONFIG_NOSYSTEM: "1",
    HOME: dir,
    NO_COLOR: "1",
    PRE_COMMIT_COLOR: "never",
    ...extra,
  };
}

/** A real `git commit` (hooks and all), never throwing. */
export function commit(dir: string, route: HookRoute, ...args: string[]): CommitResult {
  const result = spawnSync("git", ["commit", "-m", "change", ...args], {
    cwd: dir,
    encoding: "utf8",
    env: commitEnv(dir, route.env?.(dir)),
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

export function head(dir: string): string {
  return git(dir, "rev-parse", "HEAD").trim();
}

/** The files of the example project (config/, .envguard.yml, .env.example), plus `extra`. */
function projectFiles(): string {
  const dir = tempDir("envguard-hook-");
  cpSync(path.join(REPO_ROOT, "examples"), dir, { recursive: true });
  writeFiles(dir, {
    "README.md": "# demo\n",
    "src/app.js": 'export const port = process.env.PORT ?? "8080";\n',
  });
  return dir;
}

/** The example project in a repository with one commit, set up for `route`. */
export function projectRepo(route: HookRoute): string {
  const dir = projectFiles();
  writeFiles(dir, route.files ?? {});
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "initial");
  route.setUp(dir);
  return dir;
}

/** A directory holding an executable `envguard` that runs this repository's built CLI. */
export function envguardShim(): string {
  const bin = tempDir("envguard-shim-");
  const shim = path.join(bin, "envguard");
  writeFileSync(shim, `#!/bin/sh\necho "envguard via PATH" >&2\nexec '${process.execPath}' '${CLI}' "$@"\n`);
  chmodSync(shim, 0o755);
  return bin;
}

/** A hooks folder holding a copy of hooks/pre-commit, as a person sets up core.hooksPath. */
export function copiedHooksDir(): string {
  const dir = path.join(tempDir("envguard-hooks-"), "hooks");
  mkdirSync(dir);
  cpSync(path.join(REPO_ROOT, "hooks", "pre-commit"), path.join(dir, "pre-commit"));
  chmodSync(path.join(dir, "pre-commit"), 0o755);
  return dir;
}

/**
 * What every hook route must do on real commits: block a .env file and a leaked key with a
 * message that says how to fix it and that --no-verify does not escape the pull-request check;
 * let clean commits, deletions and partially staged files through; check staged config only
 * when the commit touches it; work on a repository's first commit.
 */
export function describeCommitScenarios(name: string, route: HookRoute): void {
  describe(`${name}: real git commits`, () => {
    it("blocks a commit that adds a .env file, and says how to fix it", () => {
      const dir = projectRepo(route);
      const before = head(dir);
      writeFiles(dir, { ".env": "DATABASE_PASSWORD=hunter2-local-only\n" });
      git(dir, "add", "-f", ".env");
      const result = commit(dir, route);
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toMatch(/\.env/);
      expect(result.output).toMatch(/git (rm --cached|restore --staged)/);
      expect(head(dir)).toBe(before);
    });

    it("blocks a commit that adds a leaked key, never printing the key, and names --no-verify", () => {
      const dir = projectRepo(route);
      const before = head(dir);
      writeFiles(dir, { "src/maps.js": `export const mapsKey = "${FAKE_KEY}";\n` });
      git(dir, "add", "src/maps.js");
      const result = commit(dir, route);
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toContain("secret/google-api-key");
      expect(result.output).toContain("src/maps.js");
      expect(result.output).not.toContain(FAKE_KEY);
      expect(result.output).toMatch(/--no-verify skips the hook, but the pull-request check/);
      expect(head(dir)).toBe(before);
    });

    it("lets a clean commit through, without checking config it does not touch", () => {
      const dir = projectRepo(route);
      const before = head(dir);
      writeFiles(dir, { "src/app.js": 'export const port = process.env.PORT ?? "9090";\n' });
      git(dir, "add", "src/app.js");
      const result = commit(dir, route);
      expect(result.code, result.output).toBe(0);
      expect(head(dir)).not.toBe(before);
      // The check's per-environment table is not there: the commit touches no config.
      expect(result.output).not.toMatch(/production\s+pass/);
    });

    it("lets a deletion through, even of a file that held a key", () => {
      const dir = projectRepo(route);
      writeFiles(dir, { "src/maps.js": `export const mapsKey = "${FAKE_KEY}";\n` });
      git(dir, "add", "src/maps.js");
      git(dir, "commit", "-q", "--no-verify", "-m", "leak");
      const before = head(dir);
      git(dir, "rm", "-q", "src/maps.js");
      const result = commit(dir, route);
      expect(result.code, result.output).toBe(0);
      expect(head(dir)).not.toBe(before);
    });

    it("honours partial staging: a key only in an unstaged edit does not block", () => {
      const dir = projectRepo(route);
      writeFiles(dir, { "src/maps.js": "export const mapsKey = process.env.MAPS_KEY;\n" });
      git(dir, "add", "src/maps.js");
      writeFiles(dir, { "src/maps.js": `export const mapsKey = "${FAKE_KEY}";\n` });
      const result = commit(dir, route);
      expect(result.code, result.output).toBe(0);
      expect(git(dir, "show", "HEAD:src/maps.js")).not.toContain(FAKE_KEY);
      // The unstaged edit is still in the working tree, untouched.
      expect(git(dir, "diff", "--name-only").trim()).toBe("src/maps.js");
    });

    it("scans what `git commit -a` and `git commit <path>` commit, not only the index", () => {
      const dir = projectRepo(route);
      const before = head(dir);
      writeFiles(dir, { "src/app.js": `export const mapsKey = "${FAKE_KEY}";\n` });
      const all = commit(dir, route, "-a");
      expect(all.code, all.output).not.toBe(0);
      expect(all.output).toContain("secret/google-api-key");
      const only = commit(dir, route, "--", "src/app.js");
      expect(only.code, only.output).not.toBe(0);
      expect(only.output).toContain("secret/google-api-key");
      expect(head(dir)).toBe(before);
    });

    it("blocks a commit whose staged config breaks the schema, at the line to edit", () => {
      const dir = projectRepo(route);
      const before = head(dir);
      writeFiles(dir, { "config/dev.json": '{ "server": { "port": "eighty" } }\n' });
      git(dir, "add", "config/dev.json");
      const result = commit(dir, route);
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toMatch(/config\/dev\.json:1:\d+\s+error\s+config\/invalid-value/);
      expect(head(dir)).toBe(before);
    });

    it("checks the staged config, not the working tree's", () => {
      const dir = projectRepo(route);
      writeFiles(dir, { "config/dev.json": '{ "server": { "port": 8081 } }\n' });
      git(dir, "add", "config/dev.json");
      writeFiles(dir, { "config/dev.json": '{ "server": { "port": "eighty" } }\n' });
      const result = commit(dir, route);
      expect(result.code, result.output).toBe(0);
    });

    it("works on the first commit of a repository", () => {
      const dir = projectFiles();
      writeFiles(dir, route.files ?? {});
      git(dir, "init", "-q", "-b", "main");
      route.setUp(dir);
      writeFiles(dir, { "src/maps.js": `export const mapsKey = "${FAKE_KEY}";\n` });
      git(dir, "add", "-A");
      const blocked = commit(dir, route);
      expect(blocked.code, blocked.output).not.toBe(0);
      expect(blocked.output).toContain("secret/google-api-key");
      rmSync(path.join(dir, "src", "maps.js"));
      git(dir, "add", "-A");
      const clean = commit(dir, route);
      expect(clean.code, clean.output).toBe(0);
      expect(git(dir, "rev-list", "--count", "HEAD").trim()).toBe("1");
    });
  });
}

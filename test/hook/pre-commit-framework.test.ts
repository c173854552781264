import { spawnSync } from "node:child_process";
import { cpSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { git, REPO_ROOT, tempDir, tempRepo, writeFiles } from "../helpers/project.js";
import {
  type CommitResult,
  commit,
  commitEnv,
  describeCommitScenarios,
  FAKE_KEY,
  type HookRoute,
  head,
  NPM_CACHE,
  projectRepo,
} from "./commit-scenarios.js";

const version = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
const installed = version.status === 0;
const SKIPPED =
  "skipped: the pre-commit framework is not installed (apt-get install pre-commit; .ci/run does)";
if (!installed) console.warn(`test/hook/pre-commit-framework.test.ts ${SKIPPED}`);

/**
 * This repository as pre-commit sees a hook repository: a git repository whose commit holds the
 * committed files pre-commit uses (package.json and its lock, dist/, hooks/, the hooks manifest),
 * copied from the working tree so the tests run the code under test, not the last commit.
 */
function hookRepository(): { repo: string; rev: string } {
  const repo = tempDir("envguard-hook-repo-");
  for (const file of ["package.json", "package-lock.json", ".pre-commit-hooks.yaml", "dist", "hooks"]) {
    cpSync(path.join(REPO_ROOT, file), path.join(repo, file), { recursive: true });
  }
  git(repo, "init", "-q", "-b", "main");
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "envguard hooks under test");
  return { repo, rev: git(repo, "rev-parse", "HEAD").trim() };
}

const preCommitHome = installed ? tempDir("envguard-pre-commit-home-") : "";
const hooks = installed ? hookRepository() : { repo: "", rev: "" };

/** The environment pre-commit runs in: its own cache, and the tester's npm cache for the node hooks. */
function preCommitEnv(): Record<string, string> {
  return { PRE_COMMIT_HOME: preCommitHome, npm_config_cache: NPM_CACHE };
}

function preCommitConfig(ids: string[]): string {
  return [
    "repos:",
    `  - repo: ${JSON.stringify(hooks.repo)}`,
    `    rev: ${hooks.rev}`,
    "    hooks:",
    ...ids.map((id) => `      - id: ${id}`),
    "",
  ].join("\n");
}

function preCommit(dir: string, ...args: string[]): CommitResult {
  const result = spawnSync("pre-commit", args, {
    cwd: dir,
    encoding: "utf8",
    env: commitEnv(dir, preCommitEnv()),
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

function frameworkRoute(ids: string[]): HookRoute {
  return {
    files: { ".pre-commit-config.yaml": preCommitConfig(ids) },
    setUp(dir) {
      const result = preCommit(dir, "install");
      expect(result.code, result.output).toBe(0);
    },
    env: preCommitEnv,
  };
}

const nodeHooks = frameworkRoute(["envguard", "envguard-check", "envguard-dotenv"]);
const scriptHooks = frameworkRoute(["envguard-script", "envguard-check-script", "envguard-dotenv"]);

describe.skipIf(!installed)(
  `the pre-commit framework${installed ? ` (${version.stdout.trim()})` : ` (${SKIPPED})`}`,
  () => {
    beforeAll(() => {
      // Install the hook environments once (language: node runs npm install and npm pack here).
      const dir = tempRepo({ ".pre-commit-config.yaml": preCommitConfig(["envguard", "envguard-script"]) });
      const result = preCommit(dir, "install-hooks");
      expect(result.code, result.output).toBe(0);
    }, 300_000);

    describeCommitScenarios("language: node hooks (envguard, envguard-check, envguard-dotenv)", nodeHooks);
    describeCommitScenarios("language: script hooks (envguard-script, envguard-check-script)", scriptHooks);

    it.each([
      ["envguard", nodeHooks],
      ["envguard-script", scriptHooks],
    ])("%s: a commit touching no config skips the config check hook", (_id, route) => {
      const dir = projectRepo(route);
      writeFiles(dir, { "README.md": "# clean change\n" });
      git(dir, "add", "README.md");
      const result = commit(dir, route);
      expect(result.code, result.output).toBe(0);
      expect(result.output).toMatch(/envguard check \(staged config\)\.+\(no files to check\)Skipped/);
    });

    it("envguard-check blocks a broken staged config on its own", () => {
      const route = frameworkRoute(["envguard-check"]);
      const dir = projectRepo(route);
      const before = head(dir);
      writeFiles(dir, { "config/staging.json": '{ "server": { "port": "eighty" } }\n' });
      git(dir, "add", "config/staging.json");
      const result = commit(dir, route);
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toMatch(/config\/staging\.json:1:\d+\s+error\s+config\/invalid-value/);
      expect(head(dir)).toBe(before);
    });

    it("envguard-dotenv blocks .env files by name alone and lets templates through", () => {
      const route = frameworkRoute(["envguard-dotenv"]);
      const dir = projectRepo(route);
      writeFiles(dir, { "services/api/.env.production": "PORT=1\n", ".env.sample": "PORT=\n" });
      git(dir, "add", "-f", "services/api/.env.production", ".env.sample");
      const blocked = commit(dir, route);
      expect(blocked.code, blocked.output).not.toBe(0);
      expect(blocked.output).toContain("services/api/.env.production");
      expect(blocked.output).not.toContain(".env.sample");
      expect(blocked.output).toContain("git restore --staged");

      git(dir, "restore", "--staged", "services/api/.env.production");
      const templates = commit(dir, route);
      expect(templates.code, templates.output).toBe(0);
    });

    it.each(["envguard", "envguard-script"])(
      "pre-commit try-repo <this repository> %s runs on the staged files",
      (id) => {
        const dir = tempRepo({ "README.md": "# demo\n" });
        writeFiles(dir, { "src/maps.js": `export const mapsKey = "${FAKE_KEY}";\n` });
        git(dir, "add", "src/maps.js");
        const blocked = preCommit(dir, "try-repo", hooks.repo, id, "--ref", hooks.rev);
        expect(blocked.code, blocked.output).toBe(1);
        expect(blocked.output).toContain("secret/google-api-key");
        expect(blocked.output).not.toContain(FAKE_KEY);

        writeFiles(dir, { "src/maps.js": "export const mapsKey = process.env.MAPS_KEY;\n" });
        git(dir, "add", "src/maps.js");
        const clean = preCommit(dir, "try-repo", hooks.repo, id, "--ref", hooks.rev);
        expect(clean.code, clean.output).toBe(0);
        expect(clean.output).toMatch(/\.Passed/);
      },
      // try-repo installs into a throwaway store: the node hook's npm install and npm pack run again.
      300_000,
    );
  },
);

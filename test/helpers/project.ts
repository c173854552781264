import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The `envguard` command as package.json's bin names it. */
export const CLI = path.join(REPO_ROOT, "dist", "cli.cjs");
export const FIXTURES = path.join(REPO_ROOT, "test", "fixtures");

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp directory, removed after the test file. */
export function tempDir(prefix = "envguard-test-"): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Writes `files` (path → content) under `dir`. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd: dir,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Test",
      GIT_AUTHOR_EMAIL: "test@example.com",
      GIT_COMMITTER_NAME: "Test",
      GIT_COMMITTER_EMAIL: "test@example.com",
      GIT_CONFIG_NOSYSTEM: "1",
      HOME: dir,
    },
  });
}

/** A temp git repository holding `files` (and optionally a fixture folder), all committed. */
export function tempRepo(files: Record<string, string> = {}, fixture?: string): string {
  const dir = tempDir();
  if (fixture) cpSync(path.join(FIXTURES, fixture), dir, { recursive: true });
  writeFiles(dir, files);
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "initial", "--allow-empty");
  return dir;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, without a TTY and without colour. */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): RunResult {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith("ENVGUARD_")) env[k] = v;
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    encoding: "utf8",
    env: { ...env, NO_COLOR: "1", ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Type-checks `app.ts` as an application that installed envguard would: "envguard" resolves to this
 * repository through node_modules, so its package.json `exports` and dist/types are what tsc sees.
 */
export function compileAgainstPackage(appSource: string): { status: number | null; output: string } {
  const dir = tempDir();
  writeFiles(dir, {
    "app.ts": appSource,
    "tsconfig.json": JSON.stringify({
      compilerOptions: {
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        noEmit: true,
        types: [],
      },
      files: ["app.ts"],
    }),
    "node_modules/.keep": "",
  });
  execFileSync("ln", ["-s", REPO_ROOT, path.join(dir, "node_modules", "envguard")]);
  const tsc = spawnSync(
    process.execPath,
    [path.join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", dir],
    {
      encoding: "utf8",
    },
  );
  return { status: tsc.status, output: tsc.stdout + tsc.stderr };
}

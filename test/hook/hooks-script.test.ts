import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { git, REPO_ROOT, tempDir, writeFiles } from "../helpers/project.js";
import {
  commit,
  copiedHooksDir,
  describeCommitScenarios,
  envguardShim,
  FAKE_KEY,
  type HookRoute,
  head,
  projectRepo,
} from "./commit-scenarios.js";

/** hooks/pre-commit in a folder named by core.hooksPath, finding envguard on PATH (a shim). */
const shimBin = envguardShim();
const hooksPathWithShim: HookRoute = {
  setUp(dir) {
    git(dir, "config", "core.hooksPath", copiedHooksDir());
  },
  env: () => ({ PATH: `${shimBin}${path.delimiter}${process.env.PATH ?? ""}` }),
};

describeCommitScenarios("hooks/pre-commit via core.hooksPath, envguard on PATH", hooksPathWithShim);

/** A PATH holding git alone (no node, npx or envguard): what a bare git GUI may give a hook. */
function gitOnlyPath(): string {
  const bin = tempDir("envguard-gitonly-");
  const gitPath = (process.env.PATH ?? "")
    .split(path.delimiter)
    .map((d) => path.join(d, "git"))
    .find((p) => {
      try {
        return readFileSync(p).length > 0;
      } catch {
        return false;
      }
    });
  if (!gitPath) throw new Error("git is not on PATH");
  symlinkSync(gitPath, path.join(bin, "git"));
  return bin;
}

describe("hooks/pre-commit", () => {
  it("fails the commit (exit 2) and says how to install when no envguard can be found", () => {
    const bin = gitOnlyPath();
    const route: HookRoute = { ...hooksPathWithShim, env: () => ({ PATH: bin }) };
    const dir = projectRepo(route);
    const before = head(dir);
    writeFiles(dir, { "README.md": "# clean change\n" });
    git(dir, "add", "README.md");
    const result = commit(dir, route);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("could not find envguard");
    expect(result.output).toContain("npm i -D envguard");
    expect(head(dir)).toBe(before);
  });

  it("prefers the project's node_modules/.bin/envguard over PATH", () => {
    const route: HookRoute = {
      ...hooksPathWithShim,
      files: { ".gitignore": "node_modules/\n" },
    };
    const dir = projectRepo(route);
    mkdirSync(path.join(dir, "node_modules", ".bin"), { recursive: true });
    const local = path.join(dir, "node_modules", ".bin", "envguard");
    writeFileSync(
      local,
      `#!/bin/sh\necho "envguard via node_modules" >&2\nexec '${process.execPath}' '${path.join(REPO_ROOT, "dist", "cli.cjs")}' "$@"\n`,
    );
    chmodSync(local, 0o755);
    writeFiles(dir, { "src/maps.js": `export const mapsKey = "${FAKE_KEY}";\n` });
    git(dir, "add", "src/maps.js");
    const result = commit(dir, route);
    expect(result.code, result.output).toBe(1);
    expect(result.output).toContain("envguard via node_modules");
    expect(result.output).not.toContain("envguard via PATH");
    expect(result.output).toContain("secret/google-api-key");
  });

  it("uses PATH's envguard in the route above (the shim announces itself)", () => {
    const dir = projectRepo(hooksPathWithShim);
    writeFiles(dir, { "README.md": "# clean change\n" });
    git(dir, "add", "README.md");
    const result = commit(dir, hooksPathWithShim);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain("envguard via PATH");
  });
});

/**
 * husky v9: core.hooksPath is .husky/_, whose generated pre-commit runs .husky/pre-commit with sh -e
 * and node_modules/.bin on PATH. A stand-in for husky's runner (husky itself is not installed here)
 * and envguard linked into node_modules as `npm install` would: the README's one line must work.
 */
const huskyRunner = [
  "#!/usr/bin/env sh",
  'n=$(basename "$0")',
  's=$(dirname "$(dirname "$0")")/$n',
  '[ ! -f "$s" ] && exit 0',
  'export PATH="node_modules/.bin:$PATH"',
  'sh -e "$s" "$@"',
  "c=$?",
  '[ $c != 0 ] && echo "husky - $n script failed (code $c)"',
  "exit $c",
  "",
].join("\n");

const huskyStyle: HookRoute = {
  files: {
    ".gitignore": "node_modules/\n",
    ".husky/pre-commit": "npx --no envguard pre-commit\n",
    ".husky/_/pre-commit": huskyRunner,
  },
  setUp(dir) {
    chmodSync(path.join(dir, ".husky", "_", "pre-commit"), 0o755);
    git(dir, "config", "core.hooksPath", ".husky/_");
    mkdirSync(path.join(dir, "node_modules", ".bin"), { recursive: true });
    symlinkSync(REPO_ROOT, path.join(dir, "node_modules", "envguard"));
    symlinkSync("../envguard/dist/cli.cjs", path.join(dir, "node_modules", ".bin", "envguard"));
  },
};

describe("husky v9 style: .husky/pre-commit holding `npx --no envguard pre-commit`", () => {
  it("blocks a leaked key and lets a clean commit through", () => {
    const dir = projectRepo(huskyStyle);
    writeFiles(dir, { "src/maps.js": `export const mapsKey = "${FAKE_KEY}";\n` });
    git(dir, "add", "src/maps.js");
    const blocked = commit(dir, huskyStyle);
    expect(blocked.code, blocked.output).toBe(1);
    expect(blocked.output).toContain("secret/google-api-key");
    expect(blocked.output).toContain("husky - pre-commit script failed (code 1)");

    writeFiles(dir, { "src/maps.js": "export const mapsKey = process.env.MAPS_KEY;\n" });
    git(dir, "add", "src/maps.js");
    const clean = commit(dir, huskyStyle);
    expect(clean.code, clean.output).toBe(0);
  });
});

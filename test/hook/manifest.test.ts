import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { isDotenvPath } from "../../src/scan/rules/sensitive-files.js";
import { REPO_ROOT } from "../helpers/project.js";

interface ManifestHook {
  id: string;
  name: string;
  entry: string;
  language: string;
  language_version?: string;
  pass_filenames?: boolean;
  always_run?: boolean;
  files?: string;
  exclude?: string;
  stages?: unknown;
}

const manifest = parse(
  readFileSync(path.join(REPO_ROOT, ".pre-commit-hooks.yaml"), "utf8"),
) as ManifestHook[];
const byId = new Map(manifest.map((hook) => [hook.id, hook]));
const hook = (id: string): ManifestHook => {
  const found = byId.get(id);
  if (!found) throw new Error(`no hook ${id} in .pre-commit-hooks.yaml`);
  return found;
};

/** What pre-commit does with files/exclude: re.search on the path (these patterns mean the same in JS). */
/** pre-commit's reading of a pattern (Python `re.search`); a leading `(?i)` is the `i` flag. */
function pythonRegex(pattern: string): RegExp {
  return pattern.startsWith("(?i)") ? new RegExp(pattern.slice(4), "i") : new RegExp(pattern);
}

function selects(h: ManifestHook, file: string): boolean {
  const included = h.files === undefined || pythonRegex(h.files).test(file);
  const excluded = h.exclude !== undefined && pythonRegex(h.exclude).test(file);
  return included && !excluded;
}

describe(".pre-commit-hooks.yaml", () => {
  it("defines the five hooks, none of them limited to a stage", () => {
    expect(manifest.map((h) => h.id)).toEqual([
      "envguard",
      "envguard-check",
      "envguard-dotenv",
      "envguard-script",
      "envguard-check-script",
    ]);
    for (const h of manifest) expect(h.stages, h.id).toBeUndefined();
  });

  it("runs envguard pre-commit and check --staged from the npm package, with the system node", () => {
    expect(hook("envguard")).toMatchObject({
      entry: "envguard pre-commit",
      language: "node",
      language_version: "system",
      pass_filenames: false,
      always_run: true,
    });
    expect(hook("envguard-check")).toMatchObject({
      entry: "envguard check --staged",
      language: "node",
      language_version: "system",
      pass_filenames: false,
    });
  });

  it("has language: script twins that run the clone's committed bundle", () => {
    for (const [id, twin] of [
      ["envguard-script", "envguard"],
      ["envguard-check-script", "envguard-check"],
    ] as const) {
      const h = hook(id);
      expect(h.language).toBe("script");
      expect(h.entry.replace(/^hooks\/envguard-bundled /, "envguard ")).toBe(hook(twin).entry);
      expect(h.pass_filenames).toBe(false);
      expect(h.files).toBe(hook(twin).files);
      expect(h.always_run).toBe(hook(twin).always_run);
    }
    const script = path.join(REPO_ROOT, "hooks", "envguard-bundled");
    expect(statSync(script).mode & 0o111).toBe(0o111);
    expect(readFileSync(script, "utf8")).toContain('exec node "$hook_dir/../dist/cli.cjs" "$@"');
  });

  it.each([
    ["config/dev.json", true],
    ["config/nested/eu.yaml", true],
    [".envguard.yml", true],
    [".envguard.yaml", true],
    [".env.example", true],
    ["config/example.json", true],
    ["src/config.ts", false],
    ["docs/config/x.md", false],
    ["README.md", false],
  ])("envguard-check selects %s: %s", (file, expected) => {
    expect(selects(hook("envguard-check"), file)).toBe(expected);
  });

  it.each([
    [".env", true],
    [".env.local", true],
    [".env.production", true],
    ["services/api/.env", true],
    ["services/api/.env.production.local", true],
    [".env-prod", true],
    [".env.example", false],
    [".env.sample", false],
    [".env.template", false],
    [".env.dist", false],
    ["services/api/.env.production.example", false],
    [".envrc", false],
    ["my.env", false],
    [".env/notes.txt", false],
  ])("envguard-dotenv blocks %s by name: %s", (file, expected) => {
    expect(selects(hook("envguard-dotenv"), file)).toBe(expected);
  });

  it("envguard-dotenv blocks exactly the files the scanner calls .env files", () => {
    const names = [
      ".env",
      ".ENV",
      ".Env.Local",
      ".env-prod",
      ".env_local",
      ".envrc",
      "my.env",
      "x.env.local",
    ];
    const tails = [
      "",
      ".example",
      "-sample",
      "_TEMPLATE",
      ".dist",
      ".md",
      ".ts",
      ".MD",
      ".py",
      ".txt",
      ".prod",
    ];
    let blocked = 0;
    for (const dir of ["", "services/api/"])
      for (const name of names)
        for (const tail of tails) {
          const file = `${dir}${name}${tail}`;
          expect(selects(hook("envguard-dotenv"), file), file).toBe(isDotenvPath(file));
          if (isDotenvPath(file)) blocked++;
        }
    expect(blocked).toBeGreaterThan(10);
  });

  it("envguard-dotenv needs no Node: a fail hook whose message says how to fix", () => {
    const h = hook("envguard-dotenv");
    expect(h.language).toBe("fail");
    expect(h.entry).toContain("git restore --staged");
    expect(h.entry).toContain(".env.example");
  });
});

describe("the package pre-commit installs with npm pack", () => {
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as {
    bin: Record<string, string>;
    files: string[];
    scripts: Record<string, string>;
  };

  it("ships dist/ and hooks/, and builds nothing at install", () => {
    expect(pkg.bin.envguard).toBe("dist/cli.cjs");
    expect(pkg.files).toEqual(expect.arrayContaining(["dist", "hooks"]));
    for (const script of ["prepare", "prepack", "preinstall", "install", "postinstall"]) {
      expect(pkg.scripts[script], script).toBeUndefined();
    }
  });
});

describe("hooks/pre-commit", () => {
  const file = path.join(REPO_ROOT, "hooks", "pre-commit");
  const text = readFileSync(file, "utf8");

  it("is an executable POSIX sh script with the lines install-hook fills in", () => {
    expect(statSync(file).mode & 0o111).toBe(0o111);
    expect(text.startsWith("#!/bin/sh\n# envguard pre-commit hook")).toBe(true);
    expect(text).toMatch(/^set -u$/m);
    expect(text).toMatch(/^installed_node=''$/m);
    expect(text).toMatch(/^installed_cli=''$/m);
  });

  it("looks for envguard in the documented order and fails closed with exit 2", () => {
    const order = [
      "./node_modules/.bin/envguard pre-commit",
      '"$installed_cli" pre-commit',
      "exec envguard pre-commit",
      "exec npx --no envguard pre-commit",
      "npm i -D envguard",
    ].map((needle) => text.indexOf(needle));
    for (const index of order) expect(index).toBeGreaterThan(-1);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text.trimEnd().endsWith("exit 2")).toBe(true);
  });

  it.each(["pre-commit", "envguard-bundled"])(
    "hooks/%s parses with sh -n (and passes shellcheck where installed)",
    (name) => {
      const script = path.join(REPO_ROOT, "hooks", name);
      const syntax = spawnSync("sh", ["-n", script], { encoding: "utf8" });
      expect(syntax.status, syntax.stderr).toBe(0);
      const shellcheck = spawnSync("shellcheck", ["--shell=sh", script], { encoding: "utf8" });
      if (shellcheck.error === undefined) expect(shellcheck.status, shellcheck.stdout).toBe(0);
    },
  );
});

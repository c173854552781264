import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { git, REPO_ROOT, runCli, tempDir, tempRepo, writeFiles } from "../helpers/project.js";

// The pre-commit hook runs on every commit: a commit that touches no config must not load the config
// engine (ajv, the YAML and JSON parsers, the schema). Checked twice: on the source's static imports,
// and on the chunks of the built CLI that a run actually loads.

/** Packages and modules only a config check (or a project with a policy file) needs. */
const CONFIG_ONLY = [
  "ajv",
  "ajv-formats",
  "yaml",
  "jsonc-parser",
  "fastest-levenshtein",
  "src/config/schema.ts",
  "src/config/document.ts",
  "src/config/policy.ts",
  "src/config/project.ts",
  "src/checks/document-keys.ts",
];

/** Every module reachable from `entry` by imports that are not type-only (dynamic `import()` excluded). */
function staticImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [path.join(REPO_ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    const key = file.startsWith(REPO_ROOT) ? path.relative(REPO_ROOT, file) : file;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!file.startsWith(REPO_ROOT)) continue;
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022);
    for (const node of source.statements) {
      let specifier: string | undefined;
      if (ts.isImportDeclaration(node)) {
        const clause = node.importClause;
        if (clause?.isTypeOnly) continue;
        const named = clause?.namedBindings;
        if (
          clause &&
          !clause.name &&
          named &&
          ts.isNamedImports(named) &&
          named.elements.every((e) => e.isTypeOnly)
        )
          continue;
        specifier = (node.moduleSpecifier as ts.StringLiteral).text;
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
        const named = node.exportClause;
        if (named && ts.isNamedExports(named) && named.elements.every((e) => e.isTypeOnly)) continue;
        specifier = (node.moduleSpecifier as ts.StringLiteral).text;
      }
      if (specifier === undefined || specifier.startsWith("node:")) continue;
      if (specifier.startsWith(".")) {
        const resolved = path.resolve(path.dirname(file), specifier);
        queue.push(resolved.endsWith(".generated.js") ? resolved : resolved.replace(/\.js$/, ".ts"));
      } else {
        // The package's name: `ajv/dist/2019.js` is ajv, `@secretlint/core` is itself.
        const parts = specifier.split("/");
        queue.push(specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] as string));
      }
    }
  }
  return seen;
}

describe("what a scan and the pre-commit hook load", () => {
  it.each(["src/cli/pre-commit-command.ts", "src/cli/scan-command.ts"])(
    "%s imports no part of the config engine up front",
    (entry) => {
      const reached = staticImports(entry);
      expect(reached.has("src/scan/detect.ts")).toBe(true); // the walk does follow imports
      expect(CONFIG_ONLY.filter((m) => reached.has(m))).toEqual([]);
    },
  );

  it("src/cli/check-command.ts does reach them (the walk can see them)", () => {
    const reached = staticImports("src/cli/check-command.ts");
    expect(reached.has("ajv")).toBe(true);
    expect(reached.has("yaml")).toBe(true);
  });

  /** Strings only ajv, yaml and jsonc-parser's bundled code holds. */
  const MARKERS = { ajv: "strictTypes", yaml: "YAMLParseError", "jsonc-parser": "printParseErrorCode" };

  /**
   * Runs the built CLI and lists every file of dist/ it loads: ES modules through a loader hook;
   * CommonJS files (the launcher, the hook's engine, which code-cache.ts reads itself, and its chunks)
   * by the reads of fs.readFileSync. Returns those files' text.
   */
  function loadedCode(dir: string, args: string[]): { code: number | null; loaded: string[] } {
    const hooks = path.join(tempDir("envguard-hooks-"), "hooks.mjs");
    const log = `${hooks}.log`;
    writeFileSync(log, "");
    writeFileSync(
      hooks,
      `import { appendFileSync } from "node:fs";\n` +
        `export async function load(url, context, next) {\n` +
        `  if (url.startsWith("file:")) appendFileSync(${JSON.stringify(log)}, url + "\\n");\n` +
        `  return next(url, context);\n}\n`,
    );
    const register = path.join(path.dirname(hooks), "register.mjs");
    writeFileSync(
      register,
      `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
    );
    const reads = path.join(path.dirname(hooks), "reads.cjs");
    writeFileSync(
      reads,
      `const fs = require("node:fs");\nconst read = fs.readFileSync;\n` +
        `fs.readFileSync = function (file, ...rest) {\n` +
        `  if (typeof file === "string") fs.appendFileSync(${JSON.stringify(log)}, require("node:url").pathToFileURL(file).href + "\\n");\n` +
        `  return read.call(this, file, ...rest);\n};\n`,
    );
    const run = runCli(args, {
      cwd: dir,
      env: { NODE_OPTIONS: `--require=${reads} --import=${pathToFileURL(register).href}` },
    });
    const urls = readFileSync(log, "utf8").split("\n").filter(Boolean);
    const files = [
      ...new Set(
        urls.map((u) => new URL(u).pathname).filter((f) => f.startsWith(path.join(REPO_ROOT, "dist"))),
      ),
    ];
    return { code: run.code, loaded: files.map((f) => readFileSync(f, "utf8")) };
  }

  const found = (loaded: string[]) =>
    Object.entries(MARKERS)
      .filter(([, marker]) => loaded.some((text) => text.includes(marker)))
      .map(([name]) => name);

  it("pre-commit and scan --staged on a commit without config load none of ajv, yaml, jsonc-parser", () => {
    const dir = tempRepo({ "src/app.ts": "export const a = 1;\n", "config/base.json": "{}\n" });
    writeFiles(dir, { "src/app.ts": "export const a = 2;\nconst password = 'hunter2-but-longer';\n" });
    git(dir, "add", "src/app.ts");
    for (const args of [["pre-commit"], ["scan", "--staged"]]) {
      const run = loadedCode(dir, args);
      expect(run.code).not.toBe(2);
      expect(run.loaded.length).toBeGreaterThan(1); // the hooks saw the CLI's files
      expect(found(run.loaded)).toEqual([]);
    }
  });

  it("pre-commit on a commit that touches config does load them (the markers are the right ones)", () => {
    const dir = tempRepo({ "config/base.json": "{}\n" });
    writeFiles(dir, { "config/base.json": '{ "port": 1 }\n', ".envguard.yml": "environments: [dev]\n" });
    git(dir, "add", "config/base.json", ".envguard.yml");
    const run = loadedCode(dir, ["pre-commit"]);
    expect(found(run.loaded).sort()).toEqual(["ajv", "jsonc-parser", "yaml"]);
  });
});

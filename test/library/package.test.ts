import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { VERSION } from "../../src/version.js";
import { compileAgainstPackage, REPO_ROOT } from "../helpers/project.js";

/** The library as an app imports it: by package name, through package.json `exports`, from dist/. */
describe("the published library", () => {
  it("loads a validated, frozen config through the package entry", () => {
    const script = `
      import { loadConfig, ConfigError } from "envguard";
      const cwd = ${JSON.stringify(path.join(REPO_ROOT, "examples"))};
      const environ = { PAYMENTS_API_KEY: "sk_test_1", PAYMENTS_WEBHOOK_SECRET: "w", DATABASE_PASSWORD: "local-pass-1234" };
      const config = loadConfig({ env: "local", cwd, environ });
      console.log(JSON.stringify({ port: config.server.port, frozen: Object.isFrozen(config.server) }));
      try { loadConfig({ env: "staging", cwd, environ: {} }); } catch (e) { console.log(e instanceof ConfigError, e.findings.length); }
    `;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    const [first, second] = out.trim().split("\n");
    expect(JSON.parse(first ?? "")).toEqual({ port: 8080, frozen: true });
    expect(second).toBe("true 3");
  });

  it("has types an app can compile against", () => {
    const { status, output } = compileAgainstPackage(`
        import { loadConfig, resolveConfig, type Finding } from "envguard";
        interface AppConfig { server: { port: number } }
        const config = loadConfig<AppConfig>({ env: "dev" });
        const port: number = config.server.port;
        const result = resolveConfig({ env: "dev" });
        const findings: Finding[] = result.findings;
        // @ts-expect-error the config is read-only
        config.server = { port: 1 };
        export { port, findings };
      `);
    expect(output).toBe("");
    expect(status).toBe(0);
  });
});

describe("the bundles are self-contained", () => {
  // pre-commit installs a node hook with `npm install -g <packed tarball>`, which fetches every
  // dependency from the registry: the bundles must need none but Node's own modules.
  it("dist/ loads nothing but Node's built-in modules", () => {
    const external = new Set<string>();
    /** Bundle → the module names its loads were read as: every bundle must show some (the patterns still match). */
    const seen = new Map<string, number>();
    const check = (file: string) => {
      const text = readFileSync(file, "utf8");
      const names = [
        ...text.matchAll(/createRequire\(import\.meta\.url\)\("([^"]+)"\)/g),
        ...text.matchAll(/^import .* from "([^".][^"]*)";$/gm),
        // The CommonJS bundles (the launcher, the hook's engine) load externals as webpack writes it.
        ...text.matchAll(/^(?:module\.exports|const \w+) = require\("([^"]+)"\);$/gm),
      ].map((m) => m[1] as string);
      const bundle = path.relative(path.join(REPO_ROOT, "dist"), file).split(path.sep)[0] as string;
      seen.set(bundle, (seen.get(bundle) ?? 0) + names.length);
      for (const name of names)
        if (!isBuiltin(name)) external.add(`${path.relative(REPO_ROOT, file)}: ${name}`);
    };
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.c?js$/.test(entry.name)) check(file);
      }
    };
    for (const bundle of ["cli", "lib", "action", "hook"]) walk(path.join(REPO_ROOT, "dist", bundle));
    check(path.join(REPO_ROOT, "dist", "cli.cjs"));
    for (const bundle of ["cli", "lib", "action", "hook", "cli.cjs"])
      expect(seen.get(bundle) ?? 0, bundle).toBeGreaterThan(2);
    expect([...external]).toEqual([]);
  });

  it("reports the version package.json declares", () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8"));
    expect(VERSION).toBe(pkg.version);
  });

  it("so the package depends only on what its type declarations import", () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8"));
    // dist/types imports ajv's types (the schema API); everything else is bundled.
    expect(Object.keys(pkg.dependencies)).toEqual(["ajv"]);
  });
});

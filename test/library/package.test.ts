import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
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

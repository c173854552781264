import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileAgainstPackage, REPO_ROOT } from "../helpers/project.js";

/** The deployment helpers as an app imports them: through the package entry, from dist/. */
describe("the published deployment helpers", () => {
  it("run from the package entry", () => {
    const script = `
      import { envguardHealth, healthPayload, resolveConfig, configFingerprint, loadConfigAsync } from "envguard";
      const cwd = ${JSON.stringify(path.join(REPO_ROOT, "examples"))};
      const environ = { PAYMENTS_API_KEY: "sk_test_1", PAYMENTS_WEBHOOK_SECRET: "w", DATABASE_PASSWORD: "local-pass-1234" };
      const health = envguardHealth({ env: "local", cwd, environ });
      const resolved = resolveConfig({ env: "local", cwd, environ });
      const config = await loadConfigAsync({ env: "local", cwd, environ });
      console.log(JSON.stringify({ health, same: healthPayload(resolved).fingerprint === health.fingerprint && configFingerprint(resolved) === health.fingerprint, port: config.server.port }));
    `;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    const result = JSON.parse(out);
    expect(result).toMatchObject({ health: { status: "ok", environment: "local" }, same: true, port: 8080 });
    expect(result.health.fingerprint).toMatch(/^sha256:[0-9a-f]{16}$/);
  });

  it("have types an app can compile against", () => {
    const { status, output } = compileAgainstPackage(`
        import { envguardHealth, loadConfigAsync, resolveConfigAsync, configFingerprint, type HealthPayload } from "envguard";
        interface AppConfig { server: { port: number } }
        const health: HealthPayload = envguardHealth();
        const status: "ok" = health.status;
        export async function start(): Promise<number> {
          const config = await loadConfigAsync<AppConfig>({ env: "dev", timeoutMs: 2000, concurrency: 4 });
          const fingerprint: string = configFingerprint(await resolveConfigAsync({ env: "dev", retries: 1 }));
          return config.server.port + fingerprint.length;
        }
        export { status };
      `);
    expect(output).toBe("");
    expect(status).toBe(0);
  });
});

import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ConfigError,
  loadConfig,
  loadConfigAsync,
  resolveConfig,
  resolveConfigAsync,
  resolveProjectConfigUnfetched,
} from "../../src/config/load.js";
import type { ResolvedValue } from "../../src/config/resolve.js";
import { configFingerprint } from "../../src/deploy/fingerprint.js";
import { envguardHealth, healthPayload } from "../../src/deploy/health.js";
import { VERSION } from "../../src/version.js";
import { deployProject, leakedSlice, SECRETS, STAGING_CONFIG, startStores } from "../cli/deploy-project.js";
import { tempDir } from "../helpers/project.js";

const value = (key: string, v: unknown, extra: Partial<ResolvedValue> = {}): ResolvedValue => ({
  key,
  path: key.split("."),
  value: v,
  secret: false,
  source: { kind: "file", file: "config/base.json", line: 3, column: 5 },
  ...extra,
});

describe("configFingerprint", () => {
  const base = {
    environment: "staging",
    values: [
      value("server.port", 8080),
      value("database.password", "hunter2-rotated-0001", {
        secret: true,
        reference: { scheme: "vault", mount: "secret", path: "app/db", field: "password" },
      }),
      value("api.key", "from-env-0001", { secret: true, source: { kind: "env", variable: "API_KEY" } }),
      value("database.url", "postgres://app:pw-0001@db/app"),
    ],
  };
  const fp = configFingerprint(base);
  const withValue = (key: string, change: Partial<ResolvedValue>) => ({
    ...base,
    values: base.values.map((v) => (v.key === key ? { ...v, ...change } : v)),
  });

  it("is sha256: and 16 hex digits, and ignores order, lines and files of the values", () => {
    expect(fp).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(configFingerprint({ ...base, values: [...base.values].reverse() })).toBe(fp);
    expect(
      configFingerprint(
        withValue("server.port", {
          source: { kind: "file", file: "config/staging.json", line: 9, column: 1 },
        }),
      ),
    ).toBe(fp);
  });

  it("does not change when a secret's value does (rotation), nor for a password inside a URL", () => {
    expect(configFingerprint(withValue("database.password", { value: "rotated-0002-xyz" }))).toBe(fp);
    expect(configFingerprint(withValue("api.key", { value: "from-env-0002" }))).toBe(fp);
    expect(configFingerprint(withValue("database.url", { value: "postgres://app:pw-0002@db/app" }))).toBe(fp);
  });

  it("changes with a non-secret value, a secret's source, or the environment", () => {
    expect(configFingerprint(withValue("server.port", { value: 8081 }))).not.toBe(fp);
    expect(
      configFingerprint(withValue("database.url", { value: "postgres://app:pw-0001@db2/app" })),
    ).not.toBe(fp);
    expect(
      configFingerprint(
        withValue("database.password", {
          reference: { scheme: "vault", mount: "secret", path: "app/db2", field: "password" },
        }),
      ),
    ).not.toBe(fp);
    expect(
      configFingerprint(withValue("api.key", { source: { kind: "env", variable: "OTHER_KEY" } })),
    ).not.toBe(fp);
    expect(configFingerprint({ ...base, environment: "production" })).not.toBe(fp);
    expect(configFingerprint({ ...base, values: base.values.slice(1) })).not.toBe(fp);
  });
});

describe("the deployment library", async () => {
  const stores = await startStores();
  const environ = () => ({ ...stores.env });

  it("resolveConfigAsync fetches store references; loadConfigAsync freezes the result", async () => {
    const dir = deployProject();
    const resolved = await resolveConfigAsync({ cwd: dir, env: "staging", environ: environ() });
    expect(resolved.findings).toEqual([]);
    const config = await loadConfigAsync<{ database: { password: string }; api: Record<string, string> }>({
      cwd: dir,
      env: "staging",
      environ: environ(),
    });
    expect(config.database.password).toBe(SECRETS.dbPassword);
    expect(config.api).toMatchObject({
      token: SECRETS.apiToken,
      signingKey: SECRETS.signingKey,
      certificate: SECRETS.certificate,
    });
    expect(Object.isFrozen(config.api)).toBe(true);
  });

  it("one fingerprint: verify's, the unfetched resolution's, the health route's; on any machine; after a rotation", async () => {
    const dir = deployProject();
    const fetched = await resolveConfigAsync({ cwd: dir, env: "staging", environ: environ() });
    const fp = configFingerprint(fetched);
    // No store is configured here: nothing is fetched, and nothing needs to be.
    const plain = { SIGNING_KEY: "other", WEBHOOK_SECRET: "other" };
    expect(
      configFingerprint(resolveProjectConfigUnfetched({ cwd: dir, env: "staging", environ: plain })),
    ).toBe(fp);
    expect(envguardHealth({ cwd: dir, env: "staging", environ: plain })).toEqual({
      status: "ok",
      environment: "staging",
      fingerprint: fp,
      envguard: VERSION,
    });
    expect(healthPayload(fetched).fingerprint).toBe(fp);
    // Another checkout elsewhere, with the file reformatted (other line numbers).
    const copy = tempDir();
    cpSync(dir, copy, { recursive: true });
    const staging = path.join(copy, "config", "staging.json");
    writeFileSync(staging, `\n\n${JSON.stringify(JSON.parse(readFileSync(staging, "utf8")))}\n`);
    expect(
      configFingerprint(await resolveConfigAsync({ cwd: copy, env: "staging", environ: environ() })),
    ).toBe(fp);
    stores.vault.set("secret/app/db", { password: "Rotated-password-9876" });
    const rotated = await resolveConfigAsync({ cwd: dir, env: "staging", environ: environ() });
    expect(rotated.ok).toBe(true);
    expect(configFingerprint(rotated)).toBe(fp);
    stores.vault.set("secret/app/db", { password: SECRETS.dbPassword });
    const moved = deployProject({
      ...STAGING_CONFIG,
      database: { password: "vault://secret/app/db2#password" },
    });
    expect(
      configFingerprint(resolveProjectConfigUnfetched({ cwd: moved, env: "staging", environ: plain })),
    ).not.toBe(fp);
    const retuned = deployProject({ ...STAGING_CONFIG, features: ["search"] });
    expect(
      configFingerprint(resolveProjectConfigUnfetched({ cwd: retuned, env: "staging", environ: plain })),
    ).not.toBe(fp);
  });

  it("envguardHealth caches per options", () => {
    const dir = deployProject();
    const environ = { ENVGUARD_ENV: "staging" };
    const first = envguardHealth({ cwd: dir, environ });
    writeFileSync(
      path.join(dir, "config", "staging.json"),
      JSON.stringify({ ...STAGING_CONFIG, features: [] }),
    );
    expect(envguardHealth({ cwd: dir, environ })).toEqual(first);
    expect(envguardHealth({ cwd: dir, environ: { ENVGUARD_ENV: "staging" } }).fingerprint).not.toBe(
      first.fingerprint,
    );
  });

  it("loadConfigAsync's error names key, environment, reference and problem, never a value", async () => {
    const dir = deployProject({ ...STAGING_CONFIG, database: { password: "vault://secret/app/db#missing" } });
    const error = await loadConfigAsync({ cwd: dir, env: "staging", environ: environ() }).catch((e) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain(
      "database.password could not be resolved: vault://secret/app/db#missing in staging (field-missing):",
    );
    for (const secret of Object.values(SECRETS)) expect(leakedSlice(error.message, secret)).toBeUndefined();
  });

  it("the synchronous loadConfig reports a store reference with the way to resolve it", () => {
    const dir = deployProject();
    const resolved = resolveConfig({ cwd: dir, env: "staging", environ: environ() });
    const finding = resolved.findings.find((f) => f.key === "database.password");
    expect(finding?.message).toContain(
      "vault:// references are read from the secret store only by loadConfigAsync",
    );
    expect(finding?.fix).toBe(
      "Use loadConfigAsync, or start the program with `envguard exec --env staging -- <command>`, which fetch vault://secret/app/db#password from the store.",
    );
    expect(() => loadConfig({ cwd: dir, env: "staging", environ: environ() })).toThrow(/loadConfigAsync/);
  });
});

import { describe, expect, it } from "vitest";
import { tempRepo, writeFiles } from "../helpers/project.js";
import {
  deployProject,
  leakedSlice,
  runCliAsync,
  SECRETS,
  STAGING_CONFIG,
  startStores,
} from "./deploy-project.js";

interface Row {
  key: string;
  value: string;
  secret: boolean;
  source: string;
  reference?: string;
}

describe("envguard verify", async () => {
  const stores = await startStores({ deny: ["secret/app/denied"] }, { deny: ["staging/denied"] });

  it("resolves env://, file://, vault:// and aws-sm:// references, masks them, and prints the fingerprint", async () => {
    const dir = deployProject();
    const run = await runCliAsync(["verify", "--env", "staging"], { cwd: dir, env: stores.env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^database\.password +Vq…rS \(24 chars\) +config\/staging\.json:3 via vault:\/\/secret\/app\/db#password$/m,
    );
    expect(run.stdout).toMatch(
      /^api\.token +to…45 \(24 chars\) +config\/staging\.json:\d+ via aws-sm:\/\/staging\/api#token$/m,
    );
    expect(run.stdout).toMatch(/^api\.signingKey +.* via env:\/\/SIGNING_KEY$/m);
    expect(run.stdout).toMatch(/^api\.certificate +.* via file:\/\/secrets\/cert\.pem$/m);
    expect(run.stdout).toMatch(/^api\.webhookSecret +.* +env WEBHOOK_SECRET$/m);
    expect(run.stdout).toMatch(/^server\.port +8080 +default \(config\/schema\.json:\d+\)$/m);
    expect(run.stdout).toMatch(/✔ staging is ready to deploy {2}fingerprint sha256:[0-9a-f]{16}$/m);
    for (const secret of Object.values(SECRETS))
      expect(leakedSlice(run.stdout + run.stderr, secret)).toBeUndefined();
    expect(stores.vault.requests.some((r) => r.path === "/v1/secret/data/app/db")).toBe(true);
  });

  it("gives the same data as JSON", async () => {
    const dir = deployProject();
    const run = await runCliAsync(["verify", "--env", "staging", "--format", "json"], {
      cwd: dir,
      env: stores.env,
    });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      version: 1,
      tool: "envguard",
      command: "verify",
      environment: "staging",
      ok: true,
      summary: { errors: 0 },
      environments: [{ name: "staging", status: "pass", errors: 0 }],
    });
    expect(report.fingerprint).toMatch(/^sha256:[0-9a-f]{16}$/);
    const rows = new Map((report.values as Row[]).map((r) => [r.key, r]));
    expect(rows.get("database.password")).toEqual({
      key: "database.password",
      value: "Vq…rS (24 chars)",
      secret: true,
      source: "config/staging.json:3",
      reference: "vault://secret/app/db#password",
    });
    expect(rows.get("api.token")).toMatchObject({ secret: true, reference: "aws-sm://staging/api#token" });
    expect(rows.get("features")).toMatchObject({ value: '["search","checkout"]', secret: false });
    const text = await runCliAsync(["verify", "--env", "staging"], { cwd: dir, env: stores.env });
    expect(text.stdout).toContain(report.fingerprint);
    for (const secret of Object.values(SECRETS))
      expect(leakedSlice(run.stdout + run.stderr, secret)).toBeUndefined();
  });

  it("lists every failure with its key, environment, reference and problem, and exits 1", async () => {
    const dir = deployProject({
      database: { password: "vault://secret/app/missing#password" },
      api: {
        token: "aws-sm://staging/denied#token",
        signingKey: "vault://secret/app/db#nofield",
        certificate: "aws-sm://staging/plain#token",
        webhookSecret: "vault://secret/app/denied#key",
      },
    });
    // WEBHOOK_SECRET would override the reference: unset (empty) here.
    const run = await runCliAsync(["verify", "--env", "staging"], {
      cwd: dir,
      env: { ...stores.env, WEBHOOK_SECRET: "" },
    });
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    const lineFor = (key: string) => lines.find((l) => l.includes(`${key} could not be resolved`)) ?? "";
    expect(lineFor("database.password")).toMatch(
      /vault:\/\/secret\/app\/missing#password in staging \(not-found\)/,
    );
    expect(lineFor("api.token")).toMatch(/aws-sm:\/\/staging\/denied#token in staging \(access-denied\)/);
    expect(lineFor("api.signingKey")).toMatch(
      /vault:\/\/secret\/app\/db#nofield in staging \(field-missing\)/,
    );
    expect(lineFor("api.certificate")).toMatch(/aws-sm:\/\/staging\/plain#token in staging \(not-json\)/);
    expect(lineFor("api.webhookSecret")).toMatch(
      /vault:\/\/secret\/app\/denied#key in staging \(access-denied\)/,
    );
    for (const line of lines.filter((l) => l.includes("could not be resolved")))
      expect(line).toMatch(/config\/staging\.json:\d+:\d+ +error +config\/unresolved-reference/);
    expect(run.stdout).toContain("fix: Create the secret in Vault, or correct the reference.");
    expect(run.stdout).toContain("✖ staging must not be deployed");
    expect(run.stdout).not.toContain("fingerprint");
    expect(leakedSlice(run.stdout + run.stderr, SECRETS.dbPassword)).toBeUndefined();
  });

  it("reports a store that is down, slow or not configured", async () => {
    const slow = await startStores({ delayMs: 3_000 });
    const dir = deployProject({
      database: { password: "vault://secret/app/db#password" },
      api: { token: "aws-sm://staging/api#token" },
    });
    const down = await runCliAsync(["verify", "--env", "staging", "--timeout", "300"], {
      cwd: dir,
      env: { ...stores.env, VAULT_ADDR: "http://127.0.0.1:9", AWS_ENDPOINT_URL_SECRETS_MANAGER: "not a url" },
    });
    expect(down.code).toBe(1);
    expect(down.stdout).toMatch(
      /database\.password could not be resolved: vault:\/\/secret\/app\/db#password in staging \(unavailable\)/,
    );
    expect(down.stdout).toMatch(
      /api\.token could not be resolved: aws-sm:\/\/staging\/api#token in staging \(misconfigured\)/,
    );
    const timedOut = await runCliAsync(["verify", "--env", "staging", "--timeout", "200"], {
      cwd: dir,
      env: { ...stores.env, VAULT_ADDR: slow.vault.url },
    });
    expect(timedOut.code).toBe(1);
    expect(timedOut.stdout).toMatch(
      /database\.password could not be resolved: vault:\/\/secret\/app\/db#password in staging \(timeout\)/,
    );
    const noToken = await runCliAsync(["verify", "--env", "staging"], {
      cwd: dir,
      env: { ...stores.env, VAULT_TOKEN: "" },
    });
    expect(noToken.stdout).toMatch(
      /database\.password could not be resolved: .* in staging \(misconfigured\)/,
    );
  });

  it("checks the resolved values against the schema, and names the variable that is missing", async () => {
    const dir = deployProject({ ...STAGING_CONFIG, database: { password: "env://SHORT_PASSWORD" } });
    const run = await runCliAsync(["verify", "--env", "staging", "--format", "json"], {
      cwd: dir,
      env: { ...stores.env, SHORT_PASSWORD: "short", SIGNING_KEY: "" },
    });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.ok).toBe(false);
    expect(report.fingerprint).toBeNull();
    const messages = report.findings.map((f: { message: string }) => f.message);
    expect(messages).toContain(
      "database.password must be at least 12 characters long (secret value not shown).",
    );
    expect(messages).toContain(
      "api.signingKey could not be resolved: environment variable SIGNING_KEY is empty; give it the secret.",
    );
    expect(run.stdout).not.toContain('"short"');
  });

  it("exits 2 when it cannot run: unknown environment, no schema, bad option", async () => {
    const dir = deployProject();
    const unknown = await runCliAsync(["verify", "--env", "qa"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"qa" is not one of this project\'s environments');
    const empty = tempRepo({ "README.md": "no config\n" });
    const noSchema = await runCliAsync(["verify", "--env", "staging", "--format", "json"], { cwd: empty });
    expect(noSchema.code).toBe(2);
    expect(JSON.parse(noSchema.stdout).findings[0].rule).toMatch(/^project\//);
    expect((await runCliAsync(["verify"], { cwd: dir })).code).toBe(2);
    expect((await runCliAsync(["verify", "--env", "staging", "--timeout", "soon"], { cwd: dir })).code).toBe(
      2,
    );
    writeFiles(dir, { "config/schema.json": "{ not json" });
    expect((await runCliAsync(["verify", "--env", "staging"], { cwd: dir })).code).toBe(2);
  });
});

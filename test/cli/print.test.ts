import { cpSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, runCli, tempRepo, writeFiles } from "../helpers/project.js";

function exampleRepo(): string {
  const dir = tempRepo();
  cpSync(path.join(REPO_ROOT, "examples"), dir, { recursive: true });
  return dir;
}

interface Row {
  key: string;
  value: string;
  source: string;
  secret: boolean;
  reference?: string;
}

describe("envguard print", () => {
  it("shows every value with its source: default, file:line, .env line, environment variable", () => {
    const dir = exampleRepo();
    writeFiles(dir, { ".env": "# local secrets\nDATABASE_PASSWORD=local-postgres-pw-1234\n" });
    const run = runCli(["print", "--env", "local", "--format", "json"], {
      cwd: dir,
      env: {
        PAYMENTS_API_KEY: "sk_test_aB3dE5fG7hJ9kL1mN3pQ5rS7",
        PAYMENTS_WEBHOOK_SECRET: "whsec_x",
        PORT: "9090",
      },
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const rows = new Map((JSON.parse(run.stdout).values as Row[]).map((r) => [r.key, r]));
    expect(rows.get("server.host")).toMatchObject({
      value: "0.0.0.0",
      source: "default (config/schema.json:14)",
    });
    expect(rows.get("server.publicUrl")).toMatchObject({
      value: "http://localhost:8080",
      source: "config/local.yaml:3",
    });
    expect(rows.get("database.poolSize")).toMatchObject({ value: "10", source: "config/base.json:8" });
    expect(rows.get("server.port")).toMatchObject({ value: "9090", source: "env PORT" });
    expect(rows.get("database.password")).toMatchObject({
      value: "lo…34 (22 chars)",
      source: "DATABASE_PASSWORD (.env:2)",
      secret: true,
    });
    expect(rows.get("payments.apiKey")).toMatchObject({
      value: "sk_…rS7 (32 chars)",
      source: "env PAYMENTS_API_KEY",
    });
    expect(run.stdout).not.toContain("local-postgres-pw-1234");
    expect(run.stdout).not.toContain("aB3dE5fG7hJ9kL1mN3pQ5rS7");
  });

  it("shows references as written with --committed, and ignores the environment", () => {
    const dir = exampleRepo();
    const run = runCli(["print", "--env", "production", "--committed"], { cwd: dir, env: { PORT: "1" } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^database\.password +aws-sm:\/\/prod\/shop\/database#password +config\/production\.yaml:9$/m,
    );
    expect(run.stdout).toMatch(/^server\.port +8080 +config\/base\.json:3$/m);
  });

  it("lists every problem and exits 1 when the environment's config is incomplete", () => {
    const dir = exampleRepo();
    const run = runCli(["print", "--env", "staging"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("payments.apiKey is required but PAYMENTS_API_KEY is not set.");
    expect(run.stdout).toContain("database.password could not be resolved: vault:// references");
  });

  it("hides the password of a URL even when the key is not marked secret", () => {
    const dir = exampleRepo();
    writeFiles(dir, {
      "config/dev.json": '{ "database": { "url": "postgres://shop:pa55-w/rd@db.dev.internal/shop" } }\n',
    });
    const run = runCli(["print", "--env", "dev", "--committed"], { cwd: dir });
    expect(run.stdout).toMatch(/^database\.url +postgres:\/\/shop:\*\*\*\*@db\.dev\.internal\/shop /m);
    expect(run.stdout).not.toContain("pa55");
  });

  it("needs --env, and exits 2 for an unknown one", () => {
    const dir = exampleRepo();
    expect(runCli(["print"], { cwd: dir }).code).toBe(2);
    const unknown = runCli(["print", "--env", "qa"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"qa" is not one of this project\'s environments');
  });
});

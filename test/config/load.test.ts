import { mkdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, resolveConfig } from "../../src/config/load.js";
import { displayValue } from "../../src/report/values.js";
import { crlf, interpolation, placeOf, text } from "../helpers/config-inputs.js";
import { tempDir, writeFiles } from "../helpers/project.js";

const SCHEMA = JSON.stringify(
  {
    type: "object",
    additionalProperties: false,
    required: ["database"],
    properties: {
      name: { type: "string", default: "from-default" },
      tier: { type: "string", default: "from-default" },
      region: { type: "string", default: "from-default" },
      zone: { type: "string", default: "from-default" },
      port: { type: "integer", default: 3000 },
      ratio: { type: "number" },
      debug: { type: "boolean" },
      hosts: { type: "array", items: { type: "string" } },
      retries: { type: "array", items: { type: "integer" } },
      labels: { type: "object", additionalProperties: { type: "string" } },
      database: {
        type: "object",
        additionalProperties: false,
        required: ["password"],
        properties: {
          password: { type: "string", "x-secret": true, minLength: 12 },
          cert: { type: "string", "x-secret": true },
          token: { type: "string", "x-secret": true },
        },
      },
    },
  },
  null,
  2,
);

/** A project on disk: schema, base, a local and a staging layer, and a local .env. */
function project(extra: Record<string, string | null> = {}): string {
  const root = tempDir("envguard-load-");
  const files: Record<string, string | null> = {
    "config/schema.json": SCHEMA,
    "config/base.json":
      '{ "name": "from-base", "tier": "from-base", "region": "from-base", "zone": "from-base" }\n',
    "config/local.yaml": text("tier: from-local-file", "region: from-local-file", "zone: from-local-file"),
    "config/staging.json": '{ "tier": "from-staging-file", "region": "from-staging-file" }\n',
    ".env": text("REGION=from-dotenv", "ZONE=from-dotenv", 'DATABASE_PASSWORD="dotenv-password-1"'),
    ...extra,
  };
  // null leaves a default file out.
  writeFiles(
    root,
    Object.fromEntries(Object.entries(files).filter((e): e is [string, string] => e[1] !== null)),
  );
  return root;
}

const SECRET = "s3cr3t-Value-9f8e7d6c";

describe("resolveConfig: precedence", () => {
  it("local: defaults → base → environment file → .env → process environment", () => {
    const r = resolveConfig({ cwd: project(), env: "local", environ: { ZONE: "from-environ" } });
    expect(r.ok).toBe(true);
    expect(r.findings).toEqual([]);
    expect(r.environment).toBe("local");
    expect(r.config).toEqual({
      name: "from-base",
      tier: "from-local-file",
      region: "from-dotenv",
      zone: "from-environ",
      port: 3000,
      database: { password: "dotenv-password-1" },
    });
    const source = (key: string) => r.values.find((v) => v.key === key)?.source;
    expect(source("port")).toMatchObject({ kind: "default" });
    expect(source("name")).toEqual({ kind: "file", file: "config/base.json", line: 1, column: 3 });
    expect(source("tier")).toEqual({ kind: "file", file: "config/local.yaml", line: 1, column: 1 });
    expect(source("region")).toEqual({
      kind: "dotenv",
      file: ".env",
      line: 1,
      column: 1,
      variable: "REGION",
    });
    expect(source("zone")).toEqual({ kind: "env", variable: "ZONE" });
  });

  it("staging does not read .env: only local does by default", () => {
    const r = resolveConfig({
      cwd: project(),
      env: "staging",
      environ: { DATABASE_PASSWORD: "staging-password" },
    });
    expect(r.ok).toBe(true);
    expect(r.config).toEqual({
      name: "from-base",
      tier: "from-staging-file",
      region: "from-staging-file",
      zone: "from-base",
      port: 3000,
      database: { password: "staging-password" },
    });
  });

  it("takes the environment from ENVGUARD_ENV when none is given", () => {
    const r = resolveConfig({
      cwd: project(),
      environ: { ENVGUARD_ENV: "staging", DATABASE_PASSWORD: "p".repeat(12) },
    });
    expect(r.environment).toBe("staging");
    expect(r.config.tier).toBe("from-staging-file");
  });

  it("reads committed files only when asked", () => {
    const r = resolveConfig({
      cwd: project(),
      env: "local",
      environ: { ZONE: "from-environ" },
      committedOnly: true,
    });
    expect(r.ok).toBe(true);
    expect(r.config.zone).toBe("from-local-file");
    expect(r.config.database).toBeUndefined();
  });
});

describe("resolveConfig: environment strings are read as the schema's types", () => {
  it("coerces integers, numbers, booleans, lists (JSON and comma-separated) and objects", () => {
    const r = resolveConfig({
      cwd: project(),
      env: "staging",
      environ: {
        PORT: "8080",
        RATIO: "0.75",
        DEBUG: "false",
        HOSTS: "a.example, b.example",
        RETRIES: "[1, 2, 3]",
        LABELS: '{"team": "payments"}',
        DATABASE_PASSWORD: SECRET,
      },
    });
    expect(r.findings).toEqual([]);
    expect(r.config).toMatchObject({
      port: 8080,
      ratio: 0.75,
      debug: false,
      hosts: ["a.example", "b.example"],
      retries: [1, 2, 3],
      labels: { team: "payments" },
    });
  });

  it("reports a string that is not of the key's type, naming the variable", () => {
    const r = resolveConfig({
      cwd: project(),
      env: "staging",
      environ: { PORT: "eighty", RETRIES: "1,two", DATABASE_PASSWORD: SECRET },
    });
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.rule, f.key])).toEqual([
      ["env/invalid-value", "port"],
      ["env/invalid-value", "retries"],
    ]);
    expect(r.config.port).toBe(3000);
  });
});

describe("resolveConfig: a whole-object key that holds a secret", () => {
  it("is a secret value: shown masked, never in clear", () => {
    const root = tempDir("envguard-load-");
    const hidden = "Pq7Wm2Zx9Lk4";
    writeFiles(root, {
      "config/schema.json": JSON.stringify({
        type: "object",
        properties: {
          smtp: {
            type: "object",
            "x-env": "SMTP",
            properties: { host: { type: "string" }, password: { type: "string", "x-secret": true } },
          },
        },
      }),
      "config/base.json": "{}\n",
    });
    const r = resolveConfig({
      cwd: root,
      env: "staging",
      environ: { SMTP: JSON.stringify({ host: "mail", password: hidden }) },
    });
    const smtp = r.values.find((v) => v.key === "smtp");
    expect(smtp?.secret).toBe(true);
    expect(smtp && displayValue(smtp)).not.toContain(hidden);
  });
});

describe("resolveConfig: references", () => {
  it(`resolves env://, \${VAR} and file:// references, relative to the project root`, () => {
    const root = project({
      "config/staging.json": text(
        "{",
        `  "region": "${interpolation("REGION_NAME")}",`,
        '  "database": {',
        '    "password": "env://DB_PASSWORD",',
        '    "cert": "file://secrets/cert.pem"',
        "  }",
        "}",
      ),
      "secrets/cert.pem": "-----CERT-----\r\n",
    });
    const r = resolveConfig({
      cwd: root,
      env: "staging",
      environ: { REGION_NAME: "eu-west-1", DB_PASSWORD: SECRET },
    });
    expect(r.findings).toEqual([]);
    expect(r.config.region).toBe("eu-west-1");
    expect(r.config.database).toEqual({ password: SECRET, cert: "-----CERT-----" });
    expect(r.values.find((v) => v.key === "database.password")?.reference).toEqual({
      scheme: "env",
      variable: "DB_PASSWORD",
    });
  });

  it("reports vault:// as unresolved, and an unset variable and a missing file at their lines", () => {
    const root = project({
      "config/staging.yaml": crlf(
        text(
          "database:",
          "  password: env://DB_PASSWORD",
          "  cert: file://secrets/missing.pem",
          "  token: vault://kv/app#token",
        ),
      ),
      "config/staging.json": null,
    });
    const r = resolveConfig({ cwd: root, env: "staging", environ: {} });
    expect(r.ok).toBe(false);
    expect(r.findings.map(placeOf)).toEqual([
      ["config/unresolved-reference", "error", "config/staging.yaml", 2, 3],
      ["config/unresolved-reference", "error", "config/staging.yaml", 3, 3],
      ["config/unresolved-reference", "error", "config/staging.yaml", 4, 3],
    ]);
    expect(r.findings.map((f) => f.message)).toEqual([
      "database.password could not be resolved: environment variable DB_PASSWORD is not set; set it where envguard runs.",
      `database.cert could not be resolved: file ${path.join(root, "secrets", "missing.pem")} does not exist; check the path (relative to ${root}) or mount the secret there.`,
      "database.token could not be resolved: vault:// references are read from the secret store only by loadConfigAsync, envguard verify and envguard exec, not by the synchronous loadConfig.",
    ]);
  });

  it("leaves references as written when reading committed files only", () => {
    const root = project({
      "config/staging.json": null,
      "config/staging.yaml": "database:\n  password: vault://kv/app#password\n",
    });
    const r = resolveConfig({ cwd: root, env: "staging", environ: {}, committedOnly: true });
    expect(r.ok).toBe(true);
    expect(r.config.database).toEqual({ password: "vault://kv/app#password" });
  });
});

describe("resolveConfig: a project that cannot be read", () => {
  it("returns the problem instead of throwing", () => {
    const root = tempDir("envguard-load-");
    writeFiles(root, { "config/schema.json": "[]" });
    const r = resolveConfig({ cwd: root, env: "dev", environ: {} });
    expect(r.ok).toBe(false);
    expect(r.config).toEqual({});
    expect(r.findings.map(placeOf)).toEqual([["schema/invalid", "error", "config/schema.json", 1, 1]]);
  });

  it("names an unknown environment and suggests the right one", () => {
    const r = resolveConfig({ cwd: project(), env: "stagging", environ: {} });
    expect(r.findings.map((f) => f.rule)).toEqual(["project/unknown-environment"]);
    expect(r.findings[0]?.message).toContain('did you mean "staging"?');
  });
});

describe("loadConfig", () => {
  it("reads only the schema and the layers: a broken template or a stray file never stops an app", () => {
    const root = project({ "config/prod.json": "{ not json\n" });
    // A folder where the templates should be: reading either would fail.
    mkdirSync(path.join(root, ".env.example"));
    mkdirSync(path.join(root, "config", "example.json"));
    const config = loadConfig<{ tier: string }>({
      cwd: root,
      env: "staging",
      environ: { DATABASE_PASSWORD: SECRET },
    });
    expect(config.tier).toBe("from-staging-file");
  });

  it("returns the config deeply frozen", () => {
    const config = loadConfig<{
      hosts: string[];
      labels: Record<string, string>;
      database: { password: string };
    }>({
      cwd: project(),
      env: "staging",
      environ: { DATABASE_PASSWORD: SECRET, HOSTS: "a,b", LABELS: '{"a":"b"}' },
    });
    expect(config.hosts).toEqual(["a", "b"]);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.hosts)).toBe(true);
    expect(Object.isFrozen(config.labels)).toBe(true);
    expect(Object.isFrozen(config.database)).toBe(true);
    expect(() => {
      (config.database as { password: string }).password = "changed";
    }).toThrow(TypeError);
  });

  it("throws a ConfigError that lists every problem and never a secret value", () => {
    const root = project({
      "config/staging.json": text(
        "{",
        '  "tier": 5,',
        '  "nme": "typo",',
        `  "database": { "token": "${SECRET}" }`,
        "}",
      ),
    });
    let error: ConfigError | undefined;
    try {
      loadConfig({
        cwd: root,
        env: "staging",
        environ: { DATABASE_PASSWORD: "short-pw", PORT: `${SECRET}-port`, DEBUG: SECRET },
      });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.environment).toBe("staging");
    expect(error?.findings.map((f) => [f.rule, f.key]).sort()).toEqual([
      ["config/invalid-value", "database.password"],
      ["config/invalid-value", "tier"],
      ["config/secret-literal", "database.token"],
      ["config/unknown-key", "nme"],
      ["env/invalid-value", "debug"],
      ["env/invalid-value", "port"],
    ]);
    const message = error?.message ?? "";
    expect(message.split("\n")[0]).toBe("envguard: the config for staging is invalid (6 problems):");
    expect(message).toContain("  - config/staging.json:2: tier must be a string, not an integer.");
    expect(message).toContain(
      '  - config/staging.json:3: nme is not a key the schema knows (did you mean "name"?).',
    );
    expect(message).toContain(
      "DATABASE_PASSWORD sets database.password, which must be at least 12 characters long",
    );
    expect(message).not.toContain(SECRET);
    expect(message).not.toContain("short-pw");
    expect(JSON.stringify(error?.findings)).not.toContain(SECRET);
  });

  it("throws a ConfigError when no environment is named", () => {
    expect(() => loadConfig({ cwd: project(), environ: {} })).toThrow(
      "envguard: the config is invalid (1 problem):\n  - No environment was named.",
    );
  });

  it("throws a ConfigError for a project without a config directory", () => {
    const root = tempDir("envguard-load-");
    expect(() => loadConfig({ cwd: root, env: "dev", environ: {} })).toThrow(
      /The config directory config\/ does not exist/,
    );
  });
});

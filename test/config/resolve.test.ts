import { describe, expect, it } from "vitest";
import { parseDotenv } from "../../src/config/dotenv.js";
import {
  coerceEnvironmentString,
  type Dereference,
  deepMerge,
  describeSource,
  type EnvironmentLayers,
  forEachLeaf,
  resolveEnvironment,
} from "../../src/config/resolve.js";
import {
  configDoc,
  crlf,
  interpolation,
  placeOf,
  policyWith,
  schemaFrom,
  text,
} from "../helpers/config-inputs.js";

const schema = schemaFrom({
  type: "object",
  additionalProperties: false,
  required: ["database", "name"],
  properties: {
    name: { type: "string" },
    port: { type: "integer", minimum: 1, maximum: 65535, default: 3000 },
    ratio: { type: "number" },
    debug: { type: "boolean", default: false },
    hosts: { type: "array", items: { type: "string" } },
    ports: { type: "array", items: { type: "integer" } },
    labels: { type: "object", additionalProperties: { type: "string" } },
    logLevel: { enum: ["debug", "info", "warn"], default: "info" },
    database: {
      type: "object",
      additionalProperties: false,
      required: ["host", "password"],
      properties: {
        host: { type: "string" },
        password: { type: "string", "x-secret": true, minLength: 12 },
        pool: { type: "integer", "x-env": "DB_POOL" },
      },
    },
  },
});
const policy = policyWith();

const base = configDoc(
  "config/base.json",
  text(
    "{",
    '  "name": "shop",',
    '  "port": 8080,',
    '  "database": {',
    '    "host": "db.internal"',
    "  }",
    "}",
  ),
);

function committed(layers: Omit<EnvironmentLayers, "environment">, environment = "staging") {
  return resolveEnvironment(schema, policy, { environment, ...layers }, { mode: "committed" });
}

describe("deepMerge", () => {
  it("merges objects key by key and lets lists and scalars replace what was below", () => {
    expect(deepMerge({ a: { x: 1, y: 2 }, l: [1, 2], s: 1 }, { a: { y: 3 }, l: [3], s: { o: 1 } })).toEqual({
      a: { x: 1, y: 3 },
      l: [3],
      s: { o: 1 },
    });
  });

  it("does not change either input", () => {
    const lower = { a: { x: 1 } };
    const higher = { a: { y: 2 } };
    deepMerge(lower, higher);
    expect(lower).toEqual({ a: { x: 1 } });
    expect(higher).toEqual({ a: { y: 2 } });
  });
});

describe("forEachLeaf", () => {
  it("visits scalars with their paths (a reused array, copied to keep), list indexes as strings", () => {
    const seen: [string[], unknown][] = [];
    forEachLeaf({ a: { b: 1 }, l: ["x", { c: null }] }, [], (path, value) => seen.push([[...path], value]));
    expect(seen).toEqual([
      [["a", "b"], 1],
      [["l", "0"], "x"],
      [["l", "1", "c"], null],
    ]);
  });
});

describe("coerceEnvironmentString", () => {
  const as = (types: string[], itemTypes: string[] = []) => ({ types, itemTypes });

  it.each([
    ["8080", as(["integer"]), 8080],
    [" -12 ", as(["integer"]), -12],
    ["0.25", as(["number"]), 0.25],
    ["1e3", as(["number"]), 1000],
    ["true", as(["boolean"]), true],
    ["ON", as(["boolean"]), true],
    ["yes", as(["boolean"]), true],
    ["0", as(["boolean"]), false],
    ["off", as(["boolean"]), false],
    ["null", as(["null", "integer"]), null],
    ["7", as(["null", "integer"]), 7],
    ["a, b ,c", as(["array"], ["string"]), ["a", "b", "c"]],
    ["1,2,3", as(["array"], ["integer"]), [1, 2, 3]],
    ['["a", "b,c"]', as(["array"], ["string"]), ["a", "b,c"]],
    ["", as(["array"], ["string"]), []],
    ['{"a": "b"}', as(["object"]), { a: "b" }],
    ["0123", as(["string"]), "0123"],
    ["anything", as([]), "anything"],
    ["env://OTHER", as(["integer"]), "env://OTHER"],
  ])("%j as %o", (input, key, value) => {
    expect(coerceEnvironmentString(input, key)).toEqual({ ok: true, value });
  });

  it.each([
    ["80.5", as(["integer"]), "an integer"],
    ["", as(["number"]), "a number"],
    ["Infinity", as(["number"]), "a number"],
    ["0x10", as(["number"]), "a number"],
    ["0b1", as(["number"]), "a number"],
    ["1e", as(["number"]), "a number"],
    ["maybe", as(["boolean"]), "true/false, 1/0, yes/no or on/off"],
    ["1,x", as(["array"], ["integer"]), "a comma-separated list whose items are each an integer"],
    ["[1,", as(["array"]), "a JSON list"],
    ["[1]", as(["object"]), "a JSON object"],
    ["a=b", as(["object"]), "a JSON object"],
    ["x", as(["integer", "boolean"]), "an integer or true/false, 1/0, yes/no or on/off"],
  ])("rejects %j as %o", (input, key, expected) => {
    expect(coerceEnvironmentString(input, key)).toEqual({ ok: false, expected });
  });
});

describe("resolveEnvironment: committed layers", () => {
  it("merges defaults, base and the environment file, highest last, and remembers each source", () => {
    const staging = configDoc(
      "config/staging.yaml",
      text("port: 8443", "hosts: [a, b]", "database:", "  pool: 4"),
    );
    const r = committed({ base, environmentFile: staging });
    expect(r.config).toEqual({
      name: "shop",
      port: 8443,
      debug: false,
      logLevel: "info",
      hosts: ["a", "b"],
      database: { host: "db.internal", pool: 4 },
    });
    // database.password is supplied at run time (x-secret): not missing from committed files.
    expect(r.findings).toEqual([]);
    expect(r.sourceOf(["port"])).toEqual({ kind: "file", file: "config/staging.yaml", line: 1, column: 1 });
    expect(r.sourceOf(["name"])).toEqual({ kind: "file", file: "config/base.json", line: 2, column: 3 });
    expect(r.sourceOf(["database", "host"])).toEqual({
      kind: "file",
      file: "config/base.json",
      line: 5,
      column: 5,
    });
    expect(r.sourceOf(["debug"])).toEqual({
      kind: "default",
      file: "config/schema.json",
      line: 23,
      column: 7,
    });
    expect(r.sourceOf(["ratio"])).toBeUndefined();
  });

  it("reports an invalid value where the highest layer set it, in YAML with CRLF", () => {
    const staging = configDoc(
      "config/staging.yaml",
      crlf(text("name: shop", "port: 70000", "database:", "  host: 5", "logLevel: verbose")),
    );
    const r = committed({ base, environmentFile: staging });
    expect(r.findings.map(placeOf)).toEqual([
      ["config/invalid-value", "error", "config/staging.yaml", 2, 1],
      ["config/invalid-value", "error", "config/staging.yaml", 5, 1],
      ["config/invalid-value", "error", "config/staging.yaml", 4, 3],
    ]);
    expect(r.findings.map((f) => [f.key, f.message, f.environment])).toEqual([
      ["port", "port must be <= 65535.", "staging"],
      ["logLevel", 'logLevel must be one of "debug", "info", "warn".', "staging"],
      ["database.host", "database.host must be a string, not an integer.", "staging"],
    ]);
    expect(r.findings[0]?.fix).toBe(
      "Correct the value in config/staging.yaml; the schema (config/schema.json) says what is allowed.",
    );
  });

  it("never shows a secret value that fails validation", () => {
    const staging = configDoc("config/staging.json", '{"database": {"password": "tooShort1"}}');
    const r = committed({ base, environmentFile: staging });
    expect(r.findings.map(placeOf)).toEqual([
      ["config/invalid-value", "error", "config/staging.json", 1, 15],
    ]);
    expect(r.findings[0]?.message).toBe(
      "database.password must be at least 12 characters long (secret value not shown).",
    );
    expect(JSON.stringify(r.findings)).not.toContain("tooShort1");
  });

  it("reports a bad schema default in the schema file, at the default", () => {
    const bad = schemaFrom({ type: "object", properties: { port: { type: "integer", default: "80" } } });
    const r = resolveEnvironment(bad, policy, { environment: "dev" }, { mode: "committed" });
    expect(r.findings.map(placeOf)).toEqual([["config/invalid-value", "error", "config/schema.json", 6, 7]]);
    expect(r.findings[0]?.message).toBe("The schema's default for port must be an integer, not a string.");
  });

  it("reports a required key that no layer sets, at the object that should hold it", () => {
    const r = committed(
      { base: configDoc("config/base.yaml", text("port: 1", "database:", "  pool: 2")) },
      "dev",
    );
    expect(r.findings.map(placeOf)).toEqual([
      ["config/missing-key", "error", "config/base.yaml", 1, 1],
      ["config/missing-key", "error", "config/base.yaml", 2, 1],
    ]);
    expect(r.findings.map((f) => f.key)).toEqual(["name", "database.host"]);
    expect(r.findings[1]?.message).toBe("database.host is required but no layer sets it.");
    expect(r.findings[1]?.fix).toBe(
      "Set database.host in config/base.yaml, give it a default in the schema, or set DATABASE_HOST.",
    );
  });

  it("does not call a required group of run-time secrets missing from committed files", () => {
    const grouped = schemaFrom({
      type: "object",
      required: ["secrets", "server"],
      properties: {
        secrets: {
          type: "object",
          required: ["apiKey"],
          properties: { apiKey: { type: "string", "x-secret": true }, note: { type: "string" } },
        },
        server: {
          type: "object",
          required: ["host", "token"],
          properties: { host: { type: "string" }, token: { type: "string", "x-secret": true } },
        },
      },
    });
    const layers = { environment: "dev", base: configDoc("config/base.json", "{}\n") };
    const inFiles = resolveEnvironment(grouped, policy, layers, { mode: "committed" });
    // server also needs host, which a file must set.
    expect(inFiles.findings.map((f) => [f.rule, f.key])).toEqual([["config/missing-key", "server"]]);
    const atRunTime = resolveEnvironment(grouped, policy, { ...layers, environ: {} }, { mode: "runtime" });
    expect(atRunTime.findings.map((f) => [f.rule, f.key])).toEqual([
      ["config/missing-key", "secrets"],
      ["config/missing-key", "server"],
    ]);
  });

  it("treats a reference as standing in for its value: its syntax is checked, its type is not", () => {
    const staging = configDoc(
      "config/staging.yaml",
      text("port: env://PORT", "database:", "  password: vault://kv/app/db#password", "  host: vault://kv"),
    );
    const r = committed({ base, environmentFile: staging });
    expect(r.findings.map(placeOf)).toEqual([
      ["config/invalid-reference", "error", "config/staging.yaml", 4, 3],
    ]);
    expect(r.findings[0]?.message).toBe(
      "database.host holds a malformed reference: a vault reference has the form vault://<mount>/<path>#<field>.",
    );
    expect(r.values().find((v) => v.key === "database.password")?.reference).toEqual({
      scheme: "vault",
      mount: "kv",
      path: "app/db",
      field: "password",
    });
  });

  it("skips a layer whose file did not parse", () => {
    const broken = configDoc("config/staging.json", "{");
    const r = committed({ base, environmentFile: broken });
    expect(r.config.name).toBe("shop");
    expect(r.findings).toEqual([]);
  });
});

describe("resolveEnvironment: run time", () => {
  const dotenv = {
    file: ".env",
    parsed: parseDotenv(text("# local", "PORT=7000", "DB_POOL=x", "DATABASE_PASSWORD=local-password-123")),
  };

  it("lays .env over the files and the process environment over .env, coercing each string", () => {
    const r = resolveEnvironment(
      schema,
      policy,
      {
        environment: "local",
        base,
        dotenv,
        environ: {
          PORT: "9090",
          HOSTS: "a,b",
          PORTS: "[1, 2]",
          LABELS: '{"team":"core"}',
          DEBUG: "yes",
          RATIO: "0.5",
        },
      },
      { mode: "runtime" },
    );
    expect(r.config).toEqual({
      name: "shop",
      port: 9090,
      ratio: 0.5,
      debug: true,
      hosts: ["a", "b"],
      ports: [1, 2],
      labels: { team: "core" },
      logLevel: "info",
      database: { host: "db.internal", password: "local-password-123" },
    });
    expect(r.sourceOf(["port"])).toEqual({ kind: "env", variable: "PORT" });
    expect(r.sourceOf(["labels", "team"])).toEqual({ kind: "env", variable: "LABELS" });
    expect(r.sourceOf(["database", "password"])).toEqual({
      kind: "dotenv",
      file: ".env",
      line: 4,
      column: 1,
      variable: "DATABASE_PASSWORD",
    });
    // DB_POOL=x in .env cannot be read as an integer: reported at its line, value not shown.
    expect(r.findings.map(placeOf)).toEqual([["env/invalid-value", "error", ".env", 3, 1]]);
    expect(r.findings[0]?.message).toBe(
      "DB_POOL in .env sets database.pool, which must be an integer; its value could not be read as one.",
    );
  });

  it("ignores empty variables and names the variable of a bad one from the process environment", () => {
    const r = resolveEnvironment(
      schema,
      policy,
      {
        environment: "dev",
        base,
        environ: { PORT: "", DEBUG: "perhaps", DATABASE_PASSWORD: "p".repeat(12) },
      },
      { mode: "runtime" },
    );
    expect(r.config.port).toBe(8080);
    expect(r.findings.map(placeOf)).toEqual([
      ["env/invalid-value", "error", undefined, undefined, undefined],
    ]);
    expect(r.findings[0]?.message).toBe(
      "DEBUG sets debug, which must be true/false, 1/0, yes/no or on/off; its value could not be read as one.",
    );
    expect(r.findings[0]?.message).not.toContain("perhaps");
  });

  it("reports a required secret that is not set, with the variable to set", () => {
    const r = resolveEnvironment(
      schema,
      policy,
      { environment: "dev", base, environ: {} },
      { mode: "runtime" },
    );
    expect(r.findings.map(placeOf)).toEqual([["config/missing-key", "error", "config/base.json", 4, 3]]);
    expect(r.findings[0]?.message).toBe("database.password is required but DATABASE_PASSWORD is not set.");
    expect(r.findings[0]?.fix).toBe(
      "Set the environment variable DATABASE_PASSWORD (a secret: from your secret store, never a committed file).",
    );
  });

  it("does not read .env or the environment in committed mode", () => {
    const r = resolveEnvironment(
      schema,
      policy,
      { environment: "local", base, dotenv, environ: { PORT: "1" } },
      { mode: "committed" },
    );
    expect(r.config.port).toBe(8080);
    expect(r.findings).toEqual([]);
  });

  it("reports an invalid value from a variable by naming the variable", () => {
    const r = resolveEnvironment(
      schema,
      policy,
      { environment: "dev", base, environ: { PORT: "0", DATABASE_PASSWORD: "short" } },
      { mode: "runtime" },
    );
    expect(r.findings.map((f) => [f.rule, f.file, f.key, f.message, f.fix])).toEqual([
      ["config/invalid-value", undefined, "port", "PORT sets port, which must be >= 1.", "Correct PORT."],
      [
        "config/invalid-value",
        undefined,
        "database.password",
        "DATABASE_PASSWORD sets database.password, which must be at least 12 characters long (secret value not shown).",
        "Correct DATABASE_PASSWORD.",
      ],
    ]);
  });

  it("warns about prefixed variables that set nothing", () => {
    const prefixed = schemaFrom({ type: "object", properties: { port: { type: "integer" } } }, "APP_");
    const r = resolveEnvironment(
      prefixed,
      policyWith({ envPrefix: "APP_" }),
      { environment: "dev", environ: { APP_PORT: "1", APP_PROT: "2", OTHER: "3" } },
      { mode: "runtime" },
    );
    expect(r.config).toEqual({ port: 1 });
    expect(r.findings.map((f) => [f.rule, f.severity, f.key])).toEqual([
      ["env/unknown-variable", "warning", "APP_PROT"],
    ]);
  });
});

describe("resolveEnvironment: dereferencing", () => {
  const staging = configDoc(
    "config/staging.yaml",
    text(
      `port: ${interpolation("PORT_VALUE")}`,
      "database:",
      "  password: env://DB_PASSWORD",
      "  pool: file:///run/pool",
    ),
  );
  const values: Record<string, string> = {
    PORT_VALUE: "8081",
    DB_PASSWORD: "correct-horse-battery",
    "/run/pool": "many",
  };
  const dereference: Dereference = (ref) => {
    const id = ref.scheme === "env" ? ref.variable : ref.scheme === "file" ? ref.path : "";
    const value = values[id];
    return value === undefined ? { ok: false, problem: `${id} is not there` } : { ok: true, value };
  };

  it("replaces references by their values, coerced to the key's type, and reports the ones that fail", () => {
    const r = resolveEnvironment(
      schema,
      policy,
      { environment: "staging", base, environmentFile: staging },
      {
        mode: "runtime",
        dereference,
      },
    );
    expect(r.config.port).toBe(8081);
    expect(r.config.database).toEqual({
      host: "db.internal",
      password: "correct-horse-battery",
      pool: "file:///run/pool",
    });
    expect(r.findings.map(placeOf)).toEqual([["config/invalid-value", "error", "config/staging.yaml", 4, 3]]);
    expect(r.findings[0]?.message).toBe("The value behind database.pool's reference must be an integer.");
    expect(JSON.stringify(r.findings)).not.toContain("many");
  });

  it("reports a reference that cannot be resolved at its line", () => {
    const r = resolveEnvironment(
      schema,
      policy,
      { environment: "staging", base, environmentFile: staging },
      {
        mode: "runtime",
        dereference: (ref) =>
          ref.scheme === "env" ? dereference(ref) : { ok: false, problem: "no such file" },
      },
    );
    expect(r.findings.map(placeOf)).toEqual([
      ["config/unresolved-reference", "error", "config/staging.yaml", 4, 3],
    ]);
    expect(r.findings[0]?.message).toBe("database.pool could not be resolved: no such file.");
  });

  it("validates a dereferenced value against the schema", () => {
    const r = resolveEnvironment(
      schema,
      policy,
      { environment: "staging", base, environmentFile: staging },
      {
        mode: "runtime",
        dereference: (ref) =>
          ref.scheme === "env" && ref.variable === "DB_PASSWORD"
            ? { ok: true, value: "short" }
            : dereference(ref),
      },
    );
    expect(r.findings.map((f) => [f.rule, f.file, f.line, f.key])).toEqual([
      ["config/invalid-value", "config/staging.yaml", 4, "database.pool"],
      ["config/invalid-value", "config/staging.yaml", 3, "database.password"],
    ]);
    expect(r.findings[1]?.message).toBe(
      "database.password must be at least 12 characters long (secret value not shown).",
    );
  });
});

describe("values and describeSource", () => {
  it("lists every value in schema order with its source, flagging secrets", () => {
    const r = resolveEnvironment(
      schema,
      policy,
      {
        environment: "dev",
        base,
        environ: { DATABASE_PASSWORD: "from-the-environment", LABELS: '{"b":"1","a":"2"}' },
      },
      { mode: "runtime" },
    );
    expect(r.values().map((v) => [v.key, v.secret, describeSource(v.source)])).toEqual([
      ["name", false, "config/base.json:2"],
      ["port", false, "config/base.json:3"],
      ["debug", false, "default (config/schema.json:23)"],
      ["labels", false, "env LABELS"],
      ["logLevel", false, "default (config/schema.json:49)"],
      ["database.host", false, "config/base.json:5"],
      ["database.password", true, "env DATABASE_PASSWORD"],
    ]);
  });

  it("describes a .env source by variable, file and line", () => {
    expect(describeSource({ kind: "dotenv", file: ".env", line: 3, column: 1, variable: "PORT" })).toBe(
      "PORT (.env:3)",
    );
  });
});

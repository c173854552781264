import { describe, expect, it } from "vitest";
import { checkDrift } from "../../src/checks/drift.js";
import { bom, configDoc, crlf, placeOf, schemaFrom, text } from "../helpers/config-inputs.js";

const schema = schemaFrom({
  type: "object",
  additionalProperties: false,
  properties: {
    port: { type: "integer", default: 3000 },
    region: { type: "string" },
    zone: { type: "string" },
    cdn: { type: "string" },
    routes: { type: "array", items: { type: "string" } },
    features: { type: "object", additionalProperties: { type: "boolean" } },
    log: {
      type: "object",
      additionalProperties: false,
      properties: { level: { type: "string" }, file: { type: "string" } },
    },
    token: { type: "string", "x-secret": true },
    apiUrl: { type: "string", "x-env": "API_URL" },
  },
});

const envs = (...docs: [string, string, string][]) =>
  docs.map(([environment, file, source]) => ({ environment, doc: configDoc(file, source) }));

describe("checkDrift", () => {
  it("warns about a key only one environment sets, at its line, naming the others", () => {
    const findings = checkDrift(
      envs(
        ["dev", "config/dev.json", text("{", '  "zone": "a",', '  "region": "eu"', "}")],
        ["staging", "config/staging.yaml", crlf(text("zone: b"))],
        ["production", "config/production.yaml", bom(text("zone: c", "log:", "  level: info"))],
      ),
      configDoc("config/base.json", "{}"),
      schema,
    );
    expect(findings.map(placeOf)).toEqual([
      ["config/drift", "warning", "config/dev.json", 3, 3],
      ["config/drift", "warning", "config/production.yaml", 3, 3],
    ]);
    expect(findings.map((f) => [f.key, f.environment])).toEqual([
      ["region", "dev"],
      ["log.level", "production"],
    ]);
    expect(findings[0]?.message).toBe(
      "region is set only for dev; staging, production run without it (no base value or default).",
    );
    expect(findings[0]?.fix).toBe(
      "Set it in config/base.json or in the other environments, or give it a default in the schema.",
    );
  });

  it("counts a list or a map as one key, whatever it holds", () => {
    const findings = checkDrift(
      envs(
        ["dev", "config/dev.yaml", text("routes: [a, b, c]", "features:", "  beta: true", "  gamma: false")],
        ["staging", "config/staging.yaml", text("routes: [x]", "features:", "  delta: true")],
      ),
      undefined,
      schema,
    );
    expect(findings).toEqual([]);
  });

  it("does not warn when base or a schema default provides the key", () => {
    const findings = checkDrift(
      envs(
        ["dev", "config/dev.yaml", text("port: 1", "cdn: x", "log:", "  file: a.log")],
        ["staging", "config/staging.yaml", "zone: b\n"],
      ),
      configDoc("config/base.yaml", text("cdn: default-cdn", "log:", "  file: app.log", "zone: a")),
      schema,
    );
    expect(findings).toEqual([]);
  });

  it("does not warn about keys supplied at run time or keys the schema does not know", () => {
    const findings = checkDrift(
      envs(
        ["dev", "config/dev.yaml", text("token: env://TOKEN", "apiUrl: http://localhost", "typo: 1")],
        ["staging", "config/staging.yaml", "port: 2\n"],
      ),
      undefined,
      schema,
    );
    expect(findings).toEqual([]);
  });

  it("says 'the base file' when the project has none", () => {
    const findings = checkDrift(
      envs(["dev", "config/dev.yaml", "region: eu\n"], ["staging", "config/staging.yaml", "port: 2\n"]),
      undefined,
      schema,
    );
    expect(findings.map((f) => [f.key, f.fix])).toEqual([
      ["region", "Set it in the base file or in the other environments, or give it a default in the schema."],
    ]);
  });

  it("needs two parsed environment files to compare", () => {
    expect(checkDrift(envs(["dev", "config/dev.yaml", "region: eu\n"]), undefined, schema)).toEqual([]);
    const broken = envs(
      ["dev", "config/dev.yaml", "region: eu\n"],
      ["staging", "config/staging.json", '{"zone": '],
    );
    expect(broken[1]?.doc.problems.map((p) => p.rule)).toEqual(["config/parse"]);
    expect(checkDrift(broken, undefined, schema)).toEqual([]);
  });
});

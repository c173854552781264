import { describe, expect, it } from "vitest";
import { checkDocumentKeys } from "../../src/checks/document-keys.js";
import { bom, configDoc, crlf, interpolation, placeOf, schemaFrom, text } from "../helpers/config-inputs.js";

const schema = schemaFrom({
  type: "object",
  additionalProperties: false,
  properties: {
    port: { type: "integer" },
    database: {
      type: "object",
      additionalProperties: false,
      properties: {
        host: { type: "string" },
        password: { type: "string", "x-secret": true },
      },
    },
    features: { type: "object", additionalProperties: { type: "boolean" } },
    headers: { type: "object", patternProperties: { "^x-": { type: "string" } } },
    routes: {
      type: "array",
      items: { type: "object", additionalProperties: false, properties: { path: { type: "string" } } },
    },
    apiKeys: { type: "array", items: { type: "string" }, "x-secret": true },
    tls: {
      type: "object",
      "x-secret": true,
      properties: { key: { type: "string" }, cert: { type: "string" } },
    },
  },
});

describe("checkDocumentKeys: unknown keys", () => {
  it("reports a typo at its key, with a suggestion, in JSON", () => {
    const doc = configDoc(
      "config/staging.json",
      text("{", '  "portt": 80,', '  "database": { "hosst": "db" }', "}"),
    );
    const findings = checkDocumentKeys(doc, schema, "staging");
    expect(findings.map(placeOf)).toEqual([
      ["config/unknown-key", "error", "config/staging.json", 2, 3],
      ["config/unknown-key", "error", "config/staging.json", 3, 17],
    ]);
    expect(findings.map((f) => [f.key, f.environment, f.message, f.fix])).toEqual([
      [
        "portt",
        "staging",
        'portt is not a key the schema knows (did you mean "port"?).',
        'Rename it to "port", or add "portt" to the schema.',
      ],
      [
        "database.hosst",
        "staging",
        'database.hosst is not a key the schema knows (did you mean "database.host"?).',
        'Rename it to "host", or add "hosst" to the schema.',
      ],
    ]);
  });

  it("reports unknown keys in YAML with CRLF and a BOM, inside list items too", () => {
    const doc = configDoc(
      "config/dev.yaml",
      bom(crlf(text("port: 1", "routes:", "  - path: /a", "  - pth: /b", "unrelated: 1"))),
    );
    const findings = checkDocumentKeys(doc, schema, "dev");
    expect(findings.map(placeOf)).toEqual([
      ["config/unknown-key", "error", "config/dev.yaml", 4, 5],
      ["config/unknown-key", "error", "config/dev.yaml", 5, 1],
    ]);
    expect(findings.map((f) => f.key)).toEqual(["routes[1].pth", "unrelated"]);
    expect(findings[1]?.message).toBe("unrelated is not a key the schema knows.");
    expect(findings[1]?.fix).toBe('Remove it, or add "unrelated" to the schema.');
  });

  it("omits the environment for the base file", () => {
    const findings = checkDocumentKeys(configDoc("config/base.yaml", "databse:\n  host: x\n"), schema);
    expect(findings.map((f) => [f.key, f.environment, f.message])).toEqual([
      ["databse", undefined, 'databse is not a key the schema knows (did you mean "database"?).'],
    ]);
  });

  it("accepts any key in maps (additionalProperties) and pattern-matched keys", () => {
    const doc = configDoc("config/dev.yaml", text("features:", "  beta: true", "headers:", "  x-trace: on"));
    expect(checkDocumentKeys(doc, schema, "dev")).toEqual([]);
  });
});

describe("checkDocumentKeys: secrets written as literals", () => {
  it("reports a literal secret at its key with a masked match, never the value", () => {
    const secret = "Xk9mQ2vL7pR4wZ8t";
    const doc = configDoc(
      "config/production.yaml",
      crlf(text("database:", "  host: db", `  password: ${secret}`)),
    );
    const findings = checkDocumentKeys(doc, schema, "production");
    expect(findings.map(placeOf)).toEqual([
      ["config/secret-literal", "error", "config/production.yaml", 3, 3],
    ]);
    expect(findings[0]?.key).toBe("database.password");
    expect(findings[0]?.match).toBe("X…t (16 chars)");
    expect(findings[0]?.message).toBe(
      "database.password is a secret (x-secret) but config/production.yaml holds a literal value for it.",
    );
    expect(JSON.stringify(findings)).not.toContain(secret);
  });

  it("reports every literal inside a secret list or object, numbers included", () => {
    const doc = configDoc(
      "config/production.json",
      text("{", '  "apiKeys": ["env://KEY_1", "abcdefgh"],', '  "tls": {', '    "key": 12345678', "  }", "}"),
    );
    const findings = checkDocumentKeys(doc, schema, "production");
    expect(findings.map(placeOf)).toEqual([
      ["config/secret-literal", "error", "config/production.json", 2, 30],
      ["config/secret-literal", "error", "config/production.json", 4, 5],
    ]);
    expect(findings.map((f) => f.key)).toEqual(["apiKeys[1]", "tls.key"]);
    expect(findings.map((f) => f.match)).toEqual(["•••••••• (8 chars)", "•••••••• (8 chars)"]);
  });

  it("accepts references and empty values for secrets", () => {
    const doc = configDoc(
      "config/production.yaml",
      text(
        "database:",
        "  password: vault://kv/app/db#password",
        `apiKeys: ['${interpolation("API_KEY")}', 'aws-sm://prod/keys#one', '']`,
        "tls:",
        "  key: file:///run/secrets/tls.key",
        "  cert:",
      ),
    );
    expect(checkDocumentKeys(doc, schema, "production")).toEqual([]);
  });

  it("leaves a malformed reference to the reference check (config/invalid-reference)", () => {
    const doc = configDoc("config/production.yaml", "database:\n  password: env://not a var\n");
    expect(checkDocumentKeys(doc, schema, "production")).toEqual([]);
  });
});

describe("checkDocumentKeys: bad input", () => {
  it("checks nothing in a file that does not parse (its parse error is reported elsewhere)", () => {
    const doc = configDoc("config/dev.json", '{ "portt": 1');
    expect(doc.problems.map((p) => p.rule)).toEqual(["config/parse"]);
    expect(checkDocumentKeys(doc, schema, "dev")).toEqual([]);
  });

  it("checks nothing in an empty file", () => {
    expect(checkDocumentKeys(configDoc("config/dev.yaml", ""), schema, "dev")).toEqual([]);
  });
});

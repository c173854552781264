import { describe, expect, it } from "vitest";
import { parseConfigDocument } from "../../src/config/document.js";
import { compileSchema, type SchemaError, setIn } from "../../src/config/schema.js";
import { crlf, placeOf, schemaFrom, text } from "../helpers/config-inputs.js";

const SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["database"],
  $defs: { port: { type: "integer", minimum: 1, maximum: 65535 } },
  properties: {
    port: { $ref: "#/$defs/port", default: 3000, description: "HTTP port" },
    database: {
      type: "object",
      additionalProperties: false,
      required: ["url"],
      properties: {
        url: { type: "string", "x-secret": true, "x-env": "DATABASE_URL" },
        poolSize: { type: "integer", default: 5 },
      },
    },
    hosts: { type: "array", items: { type: "string" } },
    ports: { type: "array", items: { $ref: "#/$defs/port" } },
    features: { type: "object", additionalProperties: { type: "boolean" } },
    headers: { type: "object", patternProperties: { "^x-": { type: "string" } } },
    mode: { enum: ["fast", "safe"] },
    "http-server": { type: "object", properties: { TLSCert: { type: "string" } } },
    tls: { type: "object", "x-secret": true, properties: { key: { type: "string" } } },
    extra: {
      type: "object",
      allOf: [{ type: "object", properties: { level: { type: "string" } }, required: ["level"] }],
    },
  },
};

/** The SchemaError that compiling `source` throws. */
function schemaErrorOf(source: string): SchemaError {
  try {
    compileSchema(parseConfigDocument("config/schema.json", source));
  } catch (error) {
    return error as SchemaError;
  }
  throw new Error("the schema compiled");
}

describe("compileSchema: the keys a schema declares", () => {
  const schema = schemaFrom(SCHEMA, "APP_");

  it("lists every leaf key in schema order, with its variable and annotations", () => {
    expect(
      schema.keys.map((k) => [k.name, k.envVar, k.explicitEnv, k.secret, k.runtime, k.required]),
    ).toEqual([
      ["port", "APP_PORT", false, false, false, false],
      ["database.url", "DATABASE_URL", true, true, true, true],
      ["database.poolSize", "APP_DATABASE_POOL_SIZE", false, false, false, false],
      ["hosts", "APP_HOSTS", false, false, false, false],
      ["ports", "APP_PORTS", false, false, false, false],
      ["features", "APP_FEATURES", false, false, false, false],
      ["headers", "APP_HEADERS", false, false, false, false],
      ["mode", "APP_MODE", false, false, false, false],
      ["http-server.TLSCert", "APP_HTTP_SERVER_TLS_CERT", false, false, false, false],
      ["tls", "APP_TLS", false, true, true, false],
      ["tls.key", "APP_TLS_KEY", false, false, false, false],
      ["extra.level", "APP_EXTRA_LEVEL", false, false, false, true],
    ]);
  });

  it("reads types through $ref, from enums, and for list items", () => {
    const key = (name: string) => schema.keyByName.get(name);
    expect(key("port")?.types).toEqual(["integer"]);
    expect(key("port")?.description).toBe("HTTP port");
    expect(key("mode")?.types).toEqual(["string"]);
    expect(key("hosts")?.itemTypes).toEqual(["string"]);
    expect(key("ports")?.itemTypes).toEqual(["integer"]);
  });

  it("collects defaults into one object and locates each in the schema file", () => {
    expect(schema.defaults).toEqual({ port: 3000, database: { poolSize: 5 } });
    expect(schema.keyByName.get("port")?.hasDefault).toBe(true);
    expect(schema.keyByName.get("hosts")?.hasDefault).toBe(false);
    // `"default": 3000` under properties.port, two-space JSON.
    expect(schema.locateDefault(["port"])).toEqual({ line: 17, column: 7 });
    expect(schema.locateDefault(["database", "poolSize"])).toEqual({ line: 34, column: 11 });
  });

  it("describes the shape of each object level", () => {
    expect(schema.shapeAt([])).toEqual({
      properties: [
        "port",
        "database",
        "hosts",
        "ports",
        "features",
        "headers",
        "mode",
        "http-server",
        "tls",
        "extra",
      ],
      open: false,
    });
    expect(schema.shapeAt(["database"])).toEqual({ properties: ["url", "poolSize"], open: false });
    expect(schema.shapeAt(["http-server"])).toEqual({ properties: ["TLSCert"], open: false });
    expect(schema.shapeAt(["extra"])).toEqual({ properties: ["level"], open: false });
    expect(schema.shapeAt(["features"])).toBeUndefined();
    expect(schema.shapeAt(["nothing"])).toBeUndefined();
  });

  it("describes objects inside lists and maps from their subschema", () => {
    const s = schemaFrom({
      type: "object",
      properties: {
        routes: {
          type: "array",
          items: { type: "object", additionalProperties: false, properties: { path: { type: "string" } } },
        },
        pools: {
          type: "object",
          additionalProperties: {
            type: "object",
            properties: { size: { type: "integer" } },
            additionalProperties: true,
          },
        },
      },
    });
    expect(s.shapeAt(["routes", "0"])).toEqual({ properties: ["path"], open: false });
    expect(s.shapeAt(["routes", 3])).toEqual({ properties: ["path"], open: false });
    expect(s.shapeAt(["pools", "main"])).toEqual({ properties: ["size"], open: true });
    expect(s.shapeAt(["routes"])).toBeUndefined();
    expect(s.shapeAt(["routes", "0", "path"])).toBeUndefined();
  });

  it("finds the subschema for a data path through maps, patterns and list items", () => {
    expect(schema.nodeAt(["features", "beta"])).toEqual({ type: "boolean" });
    expect(schema.nodeAt(["headers", "x-trace"])).toEqual({ type: "string" });
    expect(schema.nodeAt(["headers", "trace"])).toBeUndefined();
    expect(schema.nodeAt(["hosts", "3"])).toEqual({ type: "string" });
    expect(schema.nodeAt(["ports", "0"])).toEqual({ type: "integer", minimum: 1, maximum: 65535 });
    expect(schema.nodeAt(["database", "url"])?.["x-secret"]).toBe(true);
    expect(schema.nodeAt(["database", "nope"])).toBeUndefined();
  });

  it("finds the key that owns a deeper path", () => {
    expect(schema.keyFor(["features", "beta"])?.name).toBe("features");
    expect(schema.keyFor(["hosts", "0"])?.name).toBe("hosts");
    expect(schema.keyFor(["database", "url"])?.name).toBe("database.url");
    expect(schema.keyFor(["database"])).toBeUndefined();
  });

  it("validates data with formats, in every supported draft", () => {
    for (const $schema of [
      undefined,
      "http://json-schema.org/draft-07/schema#",
      "https://json-schema.org/draft/2019-09/schema",
      "https://json-schema.org/draft/2020-12/schema",
    ]) {
      const s = schemaFrom({
        $schema,
        type: "object",
        properties: { url: { type: "string", format: "uri" } },
      });
      expect(s.validate({ url: "https://example.com" })).toBe(true);
      expect(s.validate({ url: "not a uri" })).toBe(false);
    }
  });

  it("derives the variable without a prefix when none is given", () => {
    expect(schemaFrom(SCHEMA).keyByName.get("database.poolSize")?.envVar).toBe("DATABASE_POOL_SIZE");
  });
});

describe("compileSchema: schemas that cannot be used", () => {
  it("rejects a schema that does not parse, at the syntax error", () => {
    const error = schemaErrorOf(text("{", '  "type": "object",', '  "properties": {', "}"));
    expect(error.name).toBe("SchemaError");
    expect(error.findings.map(placeOf)).toEqual([["schema/invalid", "error", "config/schema.json", 5, 1]]);
  });

  it.each([
    ["[]", "an array"],
    ['"object"', "a string"],
  ])("rejects a schema that is not an object: %s", (source, found) => {
    const error = schemaErrorOf(source);
    expect(error.findings.map(placeOf)).toEqual([["schema/invalid", "error", "config/schema.json", 1, 1]]);
    expect(error.findings[0]?.message).toContain(found);
  });

  it("rejects an empty schema file instead of accepting everything", () => {
    const error = schemaErrorOf("\n");
    expect(error.findings.map(placeOf)).toEqual([["schema/invalid", "error", "config/schema.json", 1, 1]]);
    expect(error.findings[0]?.message).toBe("config/schema.json must be a JSON Schema object.");
  });

  it("accepts {} written out: an explicit empty schema", () => {
    expect(compileSchema(parseConfigDocument("config/schema.json", "{}")).keys).toEqual([]);
  });

  it("reports a duplicate key in the schema file", () => {
    const error = schemaErrorOf(text("{", '  "type": "object",', '  "type": "object"', "}"));
    expect(error.findings.map(placeOf)).toEqual([["schema/invalid", "error", "config/schema.json", 3, 3]]);
  });

  it("reports an unknown keyword (strict mode) at its line, in CRLF files too", () => {
    const source = crlf(
      text(
        "{",
        '  "type": "object",',
        '  "properties": {',
        '    "name": {',
        '      "type": "string",',
        '      "maxLenght": 3',
        "    }",
        "  }",
        "}",
      ),
    );
    const error = schemaErrorOf(source);
    expect(error.findings.map(placeOf)).toEqual([["schema/invalid", "error", "config/schema.json", 6, 7]]);
    expect(error.findings[0]?.message).toContain('unknown keyword: "maxLenght"');
    expect(error.findings[0]?.fix).toBe(
      "Fix the schema; strict mode rejects unknown keywords and ambiguous types.",
    );
  });

  it("reports an unknown x- annotation and says which ones envguard knows", () => {
    const error = schemaErrorOf(
      text(
        "{",
        '  "type": "object",',
        '  "properties": {',
        '    "a": { "type": "string", "x-sekret": true }',
        "  }",
        "}",
      ),
    );
    expect(error.findings.map(placeOf)).toEqual([["schema/invalid", "error", "config/schema.json", 4, 30]]);
    expect(error.findings[0]?.fix).toContain("x-secret and x-env");
  });

  it("reports a bad x-env at its line and says what x-env takes", () => {
    const error = schemaErrorOf(
      text(
        "{",
        '  "type": "object",',
        '  "properties": {',
        '    "port": {',
        '      "type": "integer",',
        '      "x-env": "1-PORT"',
        "    }",
        "  }",
        "}",
      ),
    );
    expect(error.findings.map(placeOf)).toEqual([["schema/invalid", "error", "config/schema.json", 6, 7]]);
    expect(error.findings[0]?.message).toContain('keyword "x-env" value is invalid');
    expect(error.findings[0]?.fix).toContain("x-env takes an environment variable name");
  });

  it("reports a non-boolean x-secret", () => {
    const error = schemaErrorOf(
      text(
        "{",
        '  "type": "object",',
        '  "properties": {',
        '    "token": { "type": "string", "x-secret": "yes" }',
        "  }",
        "}",
      ),
    );
    expect(error.findings.map(placeOf)).toEqual([["schema/invalid", "error", "config/schema.json", 4, 34]]);
    expect(error.findings[0]?.fix).toContain("x-secret takes true or false");
  });

  it("reports a strict-types problem in a nested subschema at that subschema, not at a same-named keyword above", () => {
    const error = schemaErrorOf(
      text(
        "{",
        '  "type": "object",',
        '  "required": ["a"],',
        '  "properties": {',
        '    "a": { "type": "string" },',
        '    "b": {',
        '      "allOf": [',
        '        { "required": ["x"] }',
        "      ]",
        "    }",
        "  }",
        "}",
      ),
    );
    expect(error.findings.map(placeOf)).toEqual([["schema/invalid", "error", "config/schema.json", 8, 11]]);
    expect(error.findings[0]?.message).toContain('missing type "object" for keyword "required"');
  });

  it("reports an unknown format at the format keyword", () => {
    const error = schemaErrorOf(
      text(
        "{",
        '  "type": "object",',
        '  "properties": {',
        '    "a": { "type": "string", "format": "urll" }',
        "  }",
        "}",
      ),
    );
    expect(error.findings.map(placeOf)).toEqual([["schema/invalid", "error", "config/schema.json", 4, 30]]);
    expect(error.findings[0]?.message).toContain('unknown format "urll"');
  });

  it("reports a keyword with a value of the wrong type once, naming what it is", () => {
    const error = schemaErrorOf(
      text(
        "{",
        '  "type": "object",',
        '  "properties": {',
        '    "a": { "type": "integer", "minimum": "1" }',
        "  }",
        "}",
      ),
    );
    expect(error.findings.map(placeOf)).toEqual([["schema/invalid", "error", "config/schema.json", 4, 31]]);
    expect(error.findings[0]?.message).toBe(
      "config/schema.json: properties.a.minimum must be a number, not a string.",
    );
  });

  it("reports an unknown type name once, with the allowed names", () => {
    const error = schemaErrorOf(
      text("{", '  "type": "object",', '  "properties": { "a": { "type": "integr" } }', "}"),
    );
    expect(error.findings).toHaveLength(1);
    expect(error.findings.map(placeOf)).toEqual([["schema/invalid", "error", "config/schema.json", 3, 26]]);
    expect(error.findings[0]?.message).toContain('must be one of "array", "boolean", "integer"');
  });

  it("rejects a JSON Schema version it does not read, at $schema", () => {
    const error = schemaErrorOf(
      text("{", '  "$schema": "http://json-schema.org/draft-04/schema#",', '  "type": "object"', "}"),
    );
    expect(error.findings.map(placeOf)).toEqual([["schema/invalid", "error", "config/schema.json", 2, 3]]);
    expect(error.findings[0]?.message).toContain("a JSON Schema version envguard does not read");
  });

  it("puts every finding's message in the error's own message", () => {
    const error = schemaErrorOf("[]");
    expect(error.message).toBe(error.findings.map((f) => f.message).join("\n"));
  });
});

describe("setIn", () => {
  it("creates objects on the way and replaces scalars in the way", () => {
    const target: Record<string, unknown> = { a: 1, b: { c: 2 } };
    setIn(target, ["a", "x"], 3);
    setIn(target, ["b", "d"], 4);
    expect(target).toEqual({ a: { x: 3 }, b: { c: 2, d: 4 } });
  });
});

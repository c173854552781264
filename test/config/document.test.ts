import { describe, expect, it } from "vitest";
import { formatOf, parseConfigDocument } from "../../src/config/document.js";
import { bom, crlf, placeOf, text } from "../helpers/config-inputs.js";

const nestedJson = text(
  "{",
  '  "port": 8080,',
  '  "database": {',
  '    "url": "postgres://db/app"',
  "  }",
  "}",
);
const nestedYaml = text(
  "port: 8080",
  "database:",
  "  url: postgres://db/app",
  "  hosts:",
  "    - a",
  "    - b",
);

describe("formatOf", () => {
  it("knows JSON and YAML by extension, in any case", () => {
    expect(formatOf("config/base.json")).toBe("json");
    expect(formatOf("config/BASE.JSON")).toBe("json");
    expect(formatOf("config/base.yaml")).toBe("yaml");
    expect(formatOf("config/base.yml")).toBe("yaml");
    expect(formatOf("config/base.toml")).toBeUndefined();
    expect(formatOf("config/json")).toBeUndefined();
  });
});

describe("parseConfigDocument: values and positions", () => {
  it("reads JSON and locates keys and values (1-based line and column)", () => {
    const doc = parseConfigDocument("config/base.json", nestedJson);
    expect(doc.format).toBe("json");
    expect(doc.value).toEqual({ port: 8080, database: { url: "postgres://db/app" } });
    expect(doc.problems).toEqual([]);
    expect(doc.locate(["port"])).toEqual({ key: { line: 2, column: 3 }, value: { line: 2, column: 11 } });
    expect(doc.locate(["database", "url"])).toEqual({
      key: { line: 4, column: 5 },
      value: { line: 4, column: 12 },
    });
  });

  it("reads YAML and locates keys, values and list items", () => {
    const doc = parseConfigDocument("config/base.yaml", nestedYaml);
    expect(doc.format).toBe("yaml");
    expect(doc.value).toEqual({ port: 8080, database: { url: "postgres://db/app", hosts: ["a", "b"] } });
    expect(doc.locate(["port"])).toEqual({ key: { line: 1, column: 1 }, value: { line: 1, column: 7 } });
    expect(doc.locate(["database", "url"])).toEqual({
      key: { line: 3, column: 3 },
      value: { line: 3, column: 8 },
    });
    expect(doc.locate(["database", "hosts", 1])).toEqual({ value: { line: 6, column: 7 } });
    expect(doc.locate(["database", "hosts", "1"])).toEqual({ value: { line: 6, column: 7 } });
  });

  it("gives the same positions for CRLF line endings", () => {
    const json = parseConfigDocument("config/base.json", crlf(nestedJson));
    expect(json.problems).toEqual([]);
    expect(json.locate(["database", "url"])).toEqual({
      key: { line: 4, column: 5 },
      value: { line: 4, column: 12 },
    });
    const yaml = parseConfigDocument("config/base.yaml", crlf(nestedYaml));
    expect(yaml.value).toEqual({ port: 8080, database: { url: "postgres://db/app", hosts: ["a", "b"] } });
    expect(yaml.locate(["database", "url"])).toEqual({
      key: { line: 3, column: 3 },
      value: { line: 3, column: 8 },
    });
  });

  it("ignores a byte order mark: it neither breaks parsing nor shifts the first line's columns", () => {
    const json = parseConfigDocument("config/base.json", bom('{"port": 1}'));
    expect(json.value).toEqual({ port: 1 });
    expect(json.locate(["port"])).toEqual({ key: { line: 1, column: 2 }, value: { line: 1, column: 10 } });
    const yaml = parseConfigDocument("config/base.yaml", bom(crlf(nestedYaml)));
    expect(yaml.problems).toEqual([]);
    expect(yaml.locate(["port"])).toEqual({ key: { line: 1, column: 1 }, value: { line: 1, column: 7 } });
  });

  it("locates a missing key at its deepest existing ancestor", () => {
    const json = parseConfigDocument("config/base.json", nestedJson);
    expect(json.locate(["database", "password"])).toEqual({
      key: { line: 3, column: 3 },
      value: { line: 3, column: 15 },
    });
    expect(json.locate(["nothing", "here"])).toEqual({ value: { line: 1, column: 1 } });
    const yaml = parseConfigDocument("config/base.yaml", nestedYaml);
    expect(yaml.locate(["database", "password"])).toEqual({
      key: { line: 2, column: 1 },
      value: { line: 3, column: 3 },
    });
  });

  it("points at the key of a YAML key with no value", () => {
    const doc = parseConfigDocument("config/dev.yaml", text("port:", "name: x"));
    expect(doc.value).toEqual({ port: null, name: "x" });
    const place = doc.locate(["port"]);
    expect(place.key).toEqual({ line: 1, column: 1 });
    expect(place.value.line).toBe(1);
  });

  it("reads the format from the argument when the name has no known extension", () => {
    const doc = parseConfigDocument(".envguard", "environments: [dev]\n", "yaml");
    expect(doc.format).toBe("yaml");
    expect(doc.value).toEqual({ environments: ["dev"] });
  });

  it("resolves YAML aliases into plain values", () => {
    const doc = parseConfigDocument("config/base.yaml", text("a: &hosts [x, y]", "b: *hosts"));
    expect(doc.value).toEqual({ a: ["x", "y"], b: ["x", "y"] });
  });
});

describe("parseConfigDocument: duplicate keys", () => {
  it("reports a JSON duplicate at the second key, naming the line of the first", () => {
    const doc = parseConfigDocument("config/dev.json", text("{", '  "port": 1,', '  "port": 2', "}"));
    expect(doc.value).toEqual({ port: 2 });
    expect(doc.problems.map(placeOf)).toEqual([["config/duplicate-key", "error", "config/dev.json", 3, 3]]);
    expect(doc.problems[0]?.key).toBe("port");
    expect(doc.problems[0]?.message).toContain("first at line 2");
    // The last one wins, as in JSON.parse; locate agrees.
    expect(doc.locate(["port"]).key).toEqual({ line: 3, column: 3 });
  });

  it("reports a nested JSON duplicate with its full key, in CRLF files too", () => {
    const source = crlf(
      text("{", '  "a": { "x": 1, "y": 2 },', '  "list": [', '    { "x": 1, "x": 2 }', "  ]", "}"),
    );
    const doc = parseConfigDocument("config/dev.json", source);
    expect(doc.problems.map(placeOf)).toEqual([["config/duplicate-key", "error", "config/dev.json", 4, 15]]);
    expect(doc.problems[0]?.key).toBe("list[0].x");
  });

  it("does not mistake a string that looks like a key for a duplicate", () => {
    const doc = parseConfigDocument("config/dev.json", '{"a": "\\"a\\": 1", "b": {"a": 1}}');
    expect(doc.problems).toEqual([]);
    expect(doc.value).toEqual({ a: '"a": 1', b: { a: 1 } });
  });

  it("reports a YAML duplicate at the second key with the full key and the first key's line", () => {
    const source = text("a: 1", "server:", "  a: 1", "  port: 1", "  a: 2");
    const doc = parseConfigDocument("config/dev.yaml", source);
    expect(doc.problems.map(placeOf)).toEqual([["config/duplicate-key", "error", "config/dev.yaml", 5, 3]]);
    expect(doc.problems[0]?.key).toBe("server.a");
    expect(doc.problems[0]?.message).toContain("first at line 3");
    expect(doc.value).toEqual({ a: 1, server: { a: 2, port: 1 } });
  });

  it("reports a YAML duplicate in a CRLF file with a BOM at the right place", () => {
    const doc = parseConfigDocument("config/dev.yaml", bom(crlf(text("port: 1", "name: x", "port: 2"))));
    expect(doc.problems.map(placeOf)).toEqual([["config/duplicate-key", "error", "config/dev.yaml", 3, 1]]);
    expect(doc.problems[0]?.message).toContain("first at line 1");
  });

  it("does not report the same name in two different objects", () => {
    const doc = parseConfigDocument("config/dev.yaml", text("a:", "  name: 1", "b:", "  name: 2"));
    expect(doc.problems).toEqual([]);
  });
});

describe("parseConfigDocument: bad input", () => {
  it("reports invalid JSON at the offending character, with nothing checked", () => {
    const doc = parseConfigDocument("config/dev.json", text("{", '  "a": 1', '  "b": 2', "}"));
    expect(doc.value).toBeUndefined();
    expect(doc.problems.map(placeOf)).toEqual([["config/parse", "error", "config/dev.json", 3, 3]]);
    expect(doc.problems[0]?.message).toBe(
      "config/dev.json does not parse: expected ',' (or a closing bracket).",
    );
  });

  it("points a trailing comma at the comma, the line to edit", () => {
    const object = parseConfigDocument("config/dev.json", text("{", '  "a": 1,', '  "b": 2,', "}"));
    expect(object.problems.map(placeOf)).toEqual([["config/parse", "error", "config/dev.json", 3, 9]]);
    expect(object.problems[0]?.message).toContain("trailing comma");
    const list = parseConfigDocument("config/dev.json", crlf(text("{", '  "a": [', "    1,", "  ]", "}")));
    expect(list.problems.map(placeOf)).toEqual([["config/parse", "error", "config/dev.json", 3, 6]]);
  });

  it("reports comments in JSON", () => {
    const doc = parseConfigDocument("config/dev.json", text("{", "  // the port", '  "port": 1', "}"));
    expect(doc.problems.map(placeOf)).toEqual([["config/parse", "error", "config/dev.json", 2, 3]]);
    expect(doc.problems[0]?.message).toContain("comments are not allowed in JSON");
  });

  it("counts lines in CRLF and BOM files when reporting a JSON syntax error", () => {
    const doc = parseConfigDocument("config/dev.json", bom(crlf(text("{", '  "a": 1', '  "b": 2', "}"))));
    expect(doc.problems.map(placeOf)).toEqual([["config/parse", "error", "config/dev.json", 3, 3]]);
  });

  it("reports invalid YAML at its line", () => {
    const tabs = parseConfigDocument("config/dev.yaml", text("server:", "\tport: 1"));
    expect(tabs.value).toBeUndefined();
    expect(tabs.problems.map(placeOf)).toEqual([["config/parse", "error", "config/dev.yaml", 2, 1]]);
    expect(tabs.problems[0]?.message).toBe(
      "config/dev.yaml does not parse: a tab is used as indentation (YAML indents with spaces only).",
    );
    const flow = parseConfigDocument("config/dev.yaml", crlf(text("port: 1", "hosts: [a, b", "name: x")));
    expect(flow.problems.map(placeOf)).toEqual([["config/parse", "error", "config/dev.yaml", 3, 1]]);
  });

  it("reports an unresolved YAML alias as a parse problem", () => {
    const doc = parseConfigDocument("config/dev.yaml", "a: *nowhere\n");
    expect(doc.value).toBeUndefined();
    expect(doc.problems.map((p) => p.rule)).toEqual(["config/parse"]);
  });

  it("never quotes the source in a YAML syntax error: the line may hold a secret", () => {
    const secret = "Zq8Wx3Lm9Pt2";
    const broken = [
      `password: *${secret}\n`, // an alias to nothing, named like the secret
      `password: "${secret}\\q"\n`, // a bad escape inside the quoted secret
      `password: ${secret}: x\n`, // a nested mapping on one line
      `password: [${secret}\n`, // an unclosed flow sequence
      `a: &x [*x, *x]\nb: &${secret} 1\nc: *${secret}x\n`,
    ];
    for (const source of broken) {
      const doc = parseConfigDocument("config/prod.yaml", source);
      const problems = doc.problems.filter((p) => p.rule === "config/parse");
      expect(problems, source).toHaveLength(1);
      expect(JSON.stringify(doc.problems), source).not.toContain(secret);
    }
    // An unknown tag or directive is no error (only a warning of the library's), and says nothing either.
    for (const source of [`password: !${secret} x\n`, `%${secret} x\n---\na: 1\n`]) {
      const doc = parseConfigDocument("config/prod.yaml", source);
      expect(JSON.stringify(doc.problems), source).not.toContain(secret);
    }
  });

  it("reads an empty or blank file as {} with a warning", () => {
    for (const [file, source] of [
      ["config/dev.json", ""],
      ["config/dev.json", " \r\n\t\n"],
      ["config/dev.yaml", ""],
      ["config/dev.yaml", bom("\n")],
    ] as const) {
      const doc = parseConfigDocument(file, source);
      expect(doc.value).toEqual({});
      expect(doc.problems.map(placeOf)).toEqual([["config/empty-file", "warning", file, 1, 1]]);
    }
  });

  it("reads a YAML file that holds only comments as {} without a problem", () => {
    const doc = parseConfigDocument("config/dev.yaml", text("# nothing differs from base yet", "# port: 1"));
    expect(doc.value).toEqual({});
    expect(doc.problems).toEqual([]);
  });

  it.each([
    ["config/dev.json", "[1, 2]", "an array"],
    ["config/dev.json", "null", "null"],
    ["config/dev.json", '"text"', "a string"],
    ["config/dev.json", "42", "a number"],
    ["config/dev.yaml", "- a\n- b\n", "an array"],
    ["config/dev.yaml", "just text\n", "a string"],
    ["config/dev.yaml", "~\n", "null"],
  ])("rejects a top level that is not an object: %s %j", (file, source, found) => {
    const doc = parseConfigDocument(file, source);
    expect(doc.value).toBeUndefined();
    expect(doc.problems.map(placeOf)).toEqual([["config/parse", "error", file, 1, 1]]);
    expect(doc.problems[0]?.message).toBe(
      `${file} must hold an object of settings at the top level, not ${found}.`,
    );
  });
});

import { describe, expect, it } from "vitest";
import type { EnvironmentStatus } from "../../src/checks/check-project.js";
import { makeFinding } from "../../src/report/finding.js";
import { renderJson, summarize } from "../../src/report/json.js";

const error = makeFinding({
  rule: "config/invalid-value",
  severity: "error",
  file: "config/staging.json",
  line: 3,
  column: 5,
  environment: "staging",
  key: "port",
  message: "port must be an integer, not a string.",
  fix: "Correct the value.",
});
const warning = makeFinding({ rule: "config/drift", severity: "warning", message: "drift" });
const note = makeFinding({ rule: "examples/missing-file", severity: "note", message: "note" });
const staging: EnvironmentStatus = {
  name: "staging",
  production: false,
  status: "fail",
  errors: 1,
  warnings: 1,
  files: ["config/schema.json", "config/staging.json"],
};

describe("summarize", () => {
  it("counts findings by severity", () => {
    expect(summarize([error, warning, warning, note])).toEqual({ errors: 1, warnings: 2, notes: 1 });
    expect(summarize([])).toEqual({ errors: 0, warnings: 0, notes: 0 });
  });
});

describe("renderJson", () => {
  it("writes the documented version 1 shape, one finding object per finding, ending in a newline", () => {
    const out = renderJson("check", [error, warning], [staging]);
    expect(out.endsWith("}\n")).toBe(true);
    expect(JSON.parse(out)).toEqual({
      version: 1,
      tool: "envguard",
      command: "check",
      summary: { errors: 1, warnings: 1, notes: 0 },
      environments: [staging],
      findings: [
        {
          rule: "config/invalid-value",
          severity: "error",
          file: "config/staging.json",
          line: 3,
          column: 5,
          environment: "staging",
          environments: ["staging"],
          key: "port",
          message: "port must be an integer, not a string.",
          fix: "Correct the value.",
          fingerprint: error.fingerprint,
        },
        { rule: "config/drift", severity: "warning", message: "drift", fingerprint: warning.fingerprint },
      ],
    });
  });

  it("writes an empty report with no environments", () => {
    expect(JSON.parse(renderJson("scan", []))).toEqual({
      version: 1,
      tool: "envguard",
      command: "scan",
      summary: { errors: 0, warnings: 0, notes: 0 },
      environments: [],
      findings: [],
    });
  });

  it("escapes control characters so every finding stays on its own JSON string", () => {
    const hostile = makeFinding({
      rule: "config/unknown-key",
      severity: "error",
      key: "a\nb\u001b",
      message: "m",
    });
    const out = renderJson("check", [hostile]);
    expect(out).toContain('"key": "a\\nb\\u001b"');
    expect(JSON.parse(out).findings[0].key).toBe("a\nb\u001b");
  });
});

import { describe, expect, it } from "vitest";
import {
  compareFindings,
  type FindingInput,
  hasErrors,
  makeFinding,
  mergeAcrossEnvironments,
} from "../../src/report/finding.js";

const input: FindingInput = {
  rule: "config/invalid-value",
  severity: "error",
  file: "config/base.json",
  line: 3,
  column: 5,
  environment: "dev",
  key: "port",
  message: "port must be an integer, not a string.",
};

describe("makeFinding", () => {
  it("keeps what it is given, lists the environment and adds a 16-hex fingerprint", () => {
    const f = makeFinding(input);
    expect(f).toEqual({ ...input, environments: ["dev"], fingerprint: f.fingerprint });
    expect(f.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it("drops undefined fields instead of carrying them as keys", () => {
    const f = makeFinding({
      rule: "r/x",
      severity: "note",
      message: "m",
      file: undefined,
      environment: undefined,
    });
    expect(Object.keys(f).sort()).toEqual(["fingerprint", "message", "rule", "severity"]);
  });

  it("fingerprints rule, file, key, environment and message, but not the position", () => {
    const f = makeFinding(input);
    expect(makeFinding({ ...input, line: 40, column: 1 }).fingerprint).toBe(f.fingerprint);
    expect(makeFinding({ ...input, fix: "other fix" }).fingerprint).toBe(f.fingerprint);
    for (const change of [
      { rule: "config/other" },
      { file: "config/dev.json" },
      { key: "host" },
      { environment: "staging" },
      { message: "another message" },
    ]) {
      expect(makeFinding({ ...input, ...change }).fingerprint).not.toBe(f.fingerprint);
    }
  });
});

describe("compareFindings", () => {
  it("orders by file, line, column, severity, rule, key and message; no file first", () => {
    const f = (over: Partial<FindingInput>) => makeFinding({ ...input, ...over });
    const sorted = [
      f({ file: "config/z.json", line: 1 }),
      f({ file: "config/base.json", line: 10 }),
      f({ file: "config/base.json", line: 2, column: 9 }),
      f({ file: "config/base.json", line: 2, column: 3, severity: "warning" }),
      f({ file: "config/base.json", line: 2, column: 3, severity: "error", rule: "b/rule" }),
      f({ file: "config/base.json", line: 2, column: 3, severity: "error", rule: "a/rule" }),
      f({ file: undefined, line: undefined, column: undefined }),
    ].sort(compareFindings);
    expect(sorted.map((x) => [x.file, x.line, x.column, x.severity, x.rule])).toEqual([
      [undefined, undefined, undefined, "error", "config/invalid-value"],
      ["config/base.json", 2, 3, "error", "a/rule"],
      ["config/base.json", 2, 3, "error", "b/rule"],
      ["config/base.json", 2, 3, "warning", "config/invalid-value"],
      ["config/base.json", 2, 9, "error", "config/invalid-value"],
      ["config/base.json", 10, 5, "error", "config/invalid-value"],
      ["config/z.json", 1, 5, "error", "config/invalid-value"],
    ]);
  });
});

describe("mergeAcrossEnvironments", () => {
  it("reports the same problem at the same place once, naming its environments in policy order", () => {
    const merged = mergeAcrossEnvironments(
      [
        makeFinding({ ...input, environment: "production" }),
        makeFinding({ ...input, environment: "dev" }),
        makeFinding({ ...input, environment: "dev" }),
        makeFinding({ ...input, environment: "staging" }),
      ],
      ["dev", "staging", "production"],
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]?.environments).toEqual(["dev", "staging", "production"]);
    expect(merged[0]?.environment).toBe("dev, staging, production");
  });

  it("keeps findings apart when the place or message differs", () => {
    const merged = mergeAcrossEnvironments(
      [
        makeFinding({ ...input, environment: "dev" }),
        makeFinding({ ...input, environment: "staging", line: 4 }),
        makeFinding({ ...input, environment: "staging", message: "other" }),
      ],
      ["dev", "staging"],
    );
    expect(merged.map((f) => [f.line, f.message, f.environment])).toEqual([
      [3, input.message, "dev"],
      [4, input.message, "staging"],
      [3, "other", "staging"],
    ]);
  });

  it("puts environments the policy does not list last and leaves findings without one alone", () => {
    const merged = mergeAcrossEnvironments(
      [
        makeFinding({ ...input, environment: "preview" }),
        makeFinding({ ...input, environment: "dev" }),
        makeFinding({ rule: "repo/tracked-dotenv", severity: "error", file: ".env", message: "tracked" }),
      ],
      ["dev"],
    );
    expect(merged[0]?.environments).toEqual(["dev", "preview"]);
    expect(merged[1]).toEqual(
      makeFinding({ rule: "repo/tracked-dotenv", severity: "error", file: ".env", message: "tracked" }),
    );
    expect(merged[1]).not.toHaveProperty("environment");
  });

  it("gives a merged finding a fingerprint that depends on all its environments", () => {
    const one = mergeAcrossEnvironments([makeFinding(input)], ["dev", "staging"])[0];
    const two = mergeAcrossEnvironments(
      [makeFinding(input), makeFinding({ ...input, environment: "staging" })],
      ["dev", "staging"],
    )[0];
    expect(one?.fingerprint).toBe(makeFinding(input).fingerprint);
    expect(two?.fingerprint).not.toBe(one?.fingerprint);
  });
});

describe("hasErrors", () => {
  it("is true only when some finding is an error", () => {
    expect(
      hasErrors([
        makeFinding({ ...input, severity: "warning" }),
        makeFinding({ ...input, severity: "note" }),
      ]),
    ).toBe(false);
    expect(hasErrors([makeFinding({ ...input, severity: "warning" }), makeFinding(input)])).toBe(true);
    expect(hasErrors([])).toBe(false);
  });
});

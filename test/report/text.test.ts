import { describe, expect, it } from "vitest";
import type { EnvironmentStatus } from "../../src/checks/check-project.js";
import { makeFinding, mergeAcrossEnvironments } from "../../src/report/finding.js";
import { renderText } from "../../src/report/text.js";

const ALL = ["dev", "staging", "production"];
const plain = { color: false, allEnvironments: ALL };

const inBase = (env: string) =>
  makeFinding({
    rule: "config/invalid-value",
    severity: "error",
    file: "config/base.json",
    line: 3,
    column: 5,
    environment: env,
    key: "port",
    message: "port must be an integer, not a string.",
    fix: "Correct the value in config/base.json.",
  });
const drift = makeFinding({
  rule: "config/drift",
  severity: "warning",
  file: "config/staging.yaml",
  line: 2,
  column: 1,
  environment: "staging",
  key: "region",
  message: "region is set only for staging.",
});
const secret = makeFinding({
  rule: "config/secret-literal",
  severity: "error",
  file: "config/production.yaml",
  line: 7,
  environment: "production",
  key: "token",
  match: "ghp_…2pXo (40 chars)",
  message: "token is a secret.",
});
const project = makeFinding({
  rule: "examples/missing-file",
  severity: "note",
  message: "There is no .env.example.",
});

const statuses: EnvironmentStatus[] = [
  { name: "dev", production: false, status: "fail", errors: 1, warnings: 0, files: [] },
  { name: "staging", production: false, status: "fail", errors: 1, warnings: 1, files: [] },
  { name: "production", production: true, status: "fail", errors: 2, warnings: 0, files: [] },
];

describe("renderText", () => {
  it("groups by project, all environments, then each environment; one line per finding", () => {
    const findings = [...mergeAcrossEnvironments(ALL.map(inBase), ALL), drift, secret, project];
    expect(renderText(findings, statuses, plain)).toBe(
      [
        "project",
        "  (no file)  note     examples/missing-file  There is no .env.example.",
        "",
        "all environments",
        "  config/base.json:3:5  error    config/invalid-value  port must be an integer, not a string.",
        "      fix: Correct the value in config/base.json.",
        "",
        "staging",
        "  config/staging.yaml:2:1  warning  config/drift  region is set only for staging.",
        "",
        "production",
        "  config/production.yaml:7  error    config/secret-literal  token is a secret.  [ghp_…2pXo (40 chars)]",
        "",
        "  dev         fail  1 error",
        "  staging     fail  1 error, 1 warning",
        "  production  fail  2 errors  (production rules)",
        "",
        "✖ 2 errors, 1 warning",
        "",
      ].join("\n"),
    );
  });

  it("labels a finding for some environments with their names", () => {
    const findings = mergeAcrossEnvironments([inBase("dev"), inBase("staging")], ALL);
    expect(renderText(findings, [], plain).split("\n")[0]).toBe("dev, staging");
  });

  it("says so when there is nothing to report", () => {
    expect(renderText([], [], plain)).toBe("✔ no errors\n");
    expect(renderText([drift], [], plain).endsWith("✔ no errors, 1 warning\n")).toBe(true);
  });

  it("shows passing environments without counts", () => {
    const out = renderText(
      [],
      [{ name: "dev", production: false, status: "pass", errors: 0, warnings: 0, files: [] }],
      plain,
    );
    expect(out).toBe("  dev  pass\n\n✔ no errors\n");
  });

  it("escapes control characters from files, keys and messages, so nothing can forge a line", () => {
    const hostile = makeFinding({
      rule: "config/unknown-key",
      severity: "error",
      file: "config/a\nb.json",
      line: 1,
      column: 1,
      environment: "dev\u001b[2J",
      message: "x\n::error::forged \u001b[31m",
      fix: "y\r\nz",
    });
    const out = renderText([hostile], [], plain);
    expect(out).toBe(
      [
        "dev\\u001b[2J",
        "  config/a\\nb.json:1:1  error    config/unknown-key  x\\n::error::forged \\u001b[31m",
        "      fix: y\\r\\nz",
        "",
        "✖ 1 error, 0 warnings",
        "",
      ].join("\n"),
    );
    expect(out).not.toContain("\u001b");
  });

  it("colours severities and the summary only when asked, even off a terminal", () => {
    const coloured = renderText([secret], [], { color: true, allEnvironments: ALL });
    expect(coloured).toContain("\u001b[31merror  \u001b[39m");
    expect(coloured).toContain("\u001b[1mproduction\u001b[22m");
    expect(coloured).toContain("\u001b[31m✖ 1 error, 0 warnings\u001b[39m");
    expect(renderText([secret], [], plain)).not.toContain("\u001b");
  });
});

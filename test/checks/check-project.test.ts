import { describe, expect, it } from "vitest";
import { applyRuleSettings, checkProject } from "../../src/checks/check-project.js";
import type { ConfigDocument } from "../../src/config/document.js";
import { parseDotenv } from "../../src/config/dotenv.js";
import type { Policy } from "../../src/config/policy.js";
import type { Project } from "../../src/config/project.js";
import { makeFinding } from "../../src/report/finding.js";
import { configDoc, placeOf, policyWith, schemaFrom, text } from "../helpers/config-inputs.js";

const schema = schemaFrom({
  type: "object",
  additionalProperties: false,
  required: ["name"],
  properties: {
    name: { type: "string" },
    port: { type: "integer", default: 3000 },
    apiUrl: { type: "string", default: "https://api.example.com" },
    region: { type: "string" },
    token: { type: "string", "x-secret": true },
  },
});

const ENVIRONMENTS = ["dev", "staging", "production"];

/** A loaded project built in memory, as loadProject would return it. */
function projectOf(
  files: { base?: string; dev?: string; staging?: string; production?: string },
  options: { policy?: Partial<Policy>; dotenvExample?: string } = {},
): Project {
  const policy = policyWith({
    environments: ENVIRONMENTS,
    dotenv: { files: [".env"], environments: [] },
    ...options.policy,
  });
  const base = files.base === undefined ? undefined : configDoc("config/base.json", files.base);
  const environmentFiles = new Map<string, ConfigDocument>();
  for (const env of ENVIRONMENTS) {
    const source = files[env as keyof typeof files];
    if (source !== undefined) environmentFiles.set(env, configDoc(`config/${env}.yaml`, source));
  }
  const project: Project = {
    policy,
    schema,
    environments: policy.environments,
    environmentFiles,
    problems: [base, ...environmentFiles.values()].flatMap((d) => d?.problems ?? []),
    dotenvExample: { file: ".env.example", parsed: parseDotenv(options.dotenvExample ?? "TOKEN=\n") },
  };
  if (base) project.base = base;
  return project;
}

describe("checkProject", () => {
  it("passes a clean project and lists the layers each environment reads", () => {
    const result = checkProject(
      projectOf({ base: '{ "name": "shop" }\n', dev: "port: 8080\n", production: "port: 80\n" }),
    );
    expect(result.findings).toEqual([]);
    expect(result.environments).toEqual([
      {
        name: "dev",
        production: false,
        status: "pass",
        errors: 0,
        warnings: 0,
        files: ["config/schema.json", "config/base.json", "config/dev.yaml"],
      },
      {
        name: "staging",
        production: false,
        status: "pass",
        errors: 0,
        warnings: 0,
        files: ["config/schema.json", "config/base.json"],
      },
      {
        name: "production",
        production: true,
        status: "pass",
        errors: 0,
        warnings: 0,
        files: ["config/schema.json", "config/base.json", "config/production.yaml"],
      },
    ]);
  });

  it("reports each defect once, at its line, for the environments it affects, in file order", () => {
    const result = checkProject(
      projectOf({
        base: text("{", '  "name": 5,', '  "prot": 1', "}"),
        dev: text("region: eu", "token: Xk9mQ2vL7pR4wZ8t"),
        production: text("apiUrl: http://127.0.0.1:8080", "port: eighty"),
      }),
    );
    expect(result.findings.map((f) => [...placeOf(f), f.key, f.environment])).toEqual([
      ["config/invalid-value", "error", "config/base.json", 2, 3, "name", "dev, staging, production"],
      ["config/unknown-key", "error", "config/base.json", 3, 3, "prot", undefined],
      ["config/drift", "warning", "config/dev.yaml", 1, 1, "region", "dev"],
      ["config/secret-literal", "error", "config/dev.yaml", 2, 1, "token", "dev"],
      ["production/localhost", "warning", "config/production.yaml", 1, 1, "apiUrl", "production"],
      ["config/invalid-value", "error", "config/production.yaml", 2, 1, "port", "production"],
    ]);
    expect(result.environments.map((e) => [e.name, e.status, e.errors, e.warnings])).toEqual([
      ["dev", "fail", 3, 1],
      ["staging", "fail", 2, 0],
      ["production", "fail", 3, 1],
    ]);
  });

  it("applies production rules to production environments only", () => {
    const result = checkProject(
      projectOf({ base: '{ "name": "shop", "apiUrl": "http://api.example.com" }\n' }),
    );
    expect(result.findings.map((f) => [f.rule, f.environment])).toEqual([
      ["production/insecure-url", "production"],
    ]);
    expect(result.environments.map((e) => e.warnings)).toEqual([0, 0, 1]);
  });

  it("reports a layer that does not parse once, and does not resolve that environment", () => {
    const result = checkProject(projectOf({ base: '{ "name": "shop" }\n', staging: "port: [1,\n" }));
    expect(result.findings.map(placeOf)).toEqual([["config/parse", "error", "config/staging.yaml", 2, 1]]);
    expect(result.environments.map((e) => [e.name, e.status, e.errors])).toEqual([
      ["dev", "pass", 0],
      ["staging", "fail", 1],
      ["production", "pass", 0],
    ]);
  });

  it("reports a missing required key once, naming each environment that lacks it", () => {
    const result = checkProject(projectOf({ base: '{ "port": 1 }\n', dev: 'name: "dev-shop"\n' }));
    expect(result.findings.map((f) => [...placeOf(f), f.key, f.environment])).toEqual([
      ["config/missing-key", "error", "config/base.json", 1, 1, "name", "staging, production"],
    ]);
    expect(result.findings[0]?.environments).toEqual(["staging", "production"]);
    expect(result.environments.map((e) => e.status)).toEqual(["pass", "fail", "fail"]);
  });

  it("includes the example checks and findings from git", () => {
    const fromGit = makeFinding({
      rule: "repo/tracked-dotenv",
      severity: "error",
      file: ".env",
      message: ".env is tracked by git.",
    });
    const result = checkProject(projectOf({ base: '{ "name": "shop" }\n' }, { dotenvExample: "OTHER=1\n" }), [
      fromGit,
    ]);
    expect(result.findings.map(placeOf)).toEqual([
      ["repo/tracked-dotenv", "error", ".env", undefined, undefined],
      ["examples/missing-variable", "error", ".env.example", undefined, undefined],
      ["examples/unknown-variable", "warning", ".env.example", 1, 1],
    ]);
  });

  it("turns rules off or changes their severity as the policy says", () => {
    const project = projectOf(
      { base: text("{", '  "name": "shop",', '  "prot": 1', "}"), dev: "region: eu\n" },
      { policy: { rules: { "config/unknown-key": "warning", "config/drift": "off" } } },
    );
    const result = checkProject(project);
    expect(result.findings.map(placeOf)).toEqual([
      ["config/unknown-key", "warning", "config/base.json", 3, 3],
    ]);
    expect(result.environments.map((e) => e.status)).toEqual(["pass", "pass", "pass"]);
  });
});

describe("applyRuleSettings", () => {
  it("drops, lowers and raises findings by rule and leaves the rest alone", () => {
    const a = makeFinding({ rule: "config/drift", severity: "warning", message: "a" });
    const b = makeFinding({ rule: "production/localhost", severity: "warning", message: "b" });
    const c = makeFinding({ rule: "config/unknown-key", severity: "error", message: "c" });
    const out = applyRuleSettings([a, b, c], { "config/drift": "off", "production/localhost": "error" });
    expect(out.map((f) => [f.rule, f.severity])).toEqual([
      ["production/localhost", "error"],
      ["config/unknown-key", "error"],
    ]);
    expect(out[1]).toBe(c);
  });
});

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPolicy, type PolicyError } from "../../src/config/policy.js";
import { defaultPolicy } from "../../src/config/policy-base.js";
import { bom, crlf, placeOf, text } from "../helpers/config-inputs.js";
import { tempDir } from "../helpers/project.js";

/** A temp project root holding `.envguard.yml` (or `name`) with `source`. */
function rootWith(source: string, name = ".envguard.yml"): string {
  const root = tempDir("envguard-policy-");
  writeFileSync(path.join(root, name), source);
  return root;
}

function policyErrorOf(root: string, explicitFile?: string): PolicyError {
  try {
    loadPolicy(root, explicitFile);
  } catch (error) {
    return error as PolicyError;
  }
  throw new Error("the policy loaded");
}

describe("loadPolicy: defaults and overrides", () => {
  it("uses the defaults when there is no policy file", () => {
    const root = tempDir("envguard-policy-");
    const policy = loadPolicy(root);
    expect(policy).toEqual(defaultPolicy(root));
    expect(policy.file).toBeUndefined();
    expect(policy.environments).toEqual(["local", "dev", "staging", "production"]);
    expect(policy.production).toEqual(["production"]);
    expect(policy.dotenv).toEqual({ files: [".env"], environments: ["local"] });
  });

  it("lays the file over the defaults, section by section", () => {
    const root = rootWith(
      text(
        "environments: [dev, staging, prod]",
        "production: [prod]",
        "envPrefix: APP_",
        "examples:",
        "  dotenv: .env.sample",
        "rules:",
        "  config/drift: off",
        "  production/localhost: error",
        "productionRules:",
        "  internalHosts: ['*.corp']",
      ),
    );
    const policy = loadPolicy(root);
    expect(policy.file).toBe(".envguard.yml");
    expect(policy.root).toBe(root);
    expect(policy.environments).toEqual(["dev", "staging", "prod"]);
    expect(policy.production).toEqual(["prod"]);
    expect(policy.envPrefix).toBe("APP_");
    expect(policy.schema).toBe("config/schema.json");
    expect(policy.examples).toEqual({ dotenv: ".env.sample", config: "config/example.json" });
    expect(policy.rules).toEqual({ "config/drift": "off", "production/localhost": "error" });
    expect(policy.productionRules.internalHosts).toEqual(["*.corp"]);
    expect(policy.productionRules.debugLevels).toEqual(["debug", "trace", "silly", "verbose", "all"]);
  });

  it("drops default production and .env environments the project does not have", () => {
    const policy = loadPolicy(rootWith("environments: [dev, prod]\n"));
    expect(policy.production).toEqual([]);
    expect(policy.dotenv.environments).toEqual([]);
  });

  it("reads .envguard.yaml when there is no .envguard.yml", () => {
    const policy = loadPolicy(rootWith("envPrefix: MY_\n", ".envguard.yaml"));
    expect(policy.file).toBe(".envguard.yaml");
    expect(policy.envPrefix).toBe("MY_");
  });

  it("reads an explicit policy file relative to the root", () => {
    const root = tempDir("envguard-policy-");
    mkdirSync(path.join(root, "ci"));
    writeFileSync(path.join(root, "ci", "policy.yml"), "configDir: settings\n");
    const policy = loadPolicy(root, "ci/policy.yml");
    expect(policy.file).toBe("ci/policy.yml");
    expect(policy.configDir).toBe("settings");
  });

  it("reads an empty or comments-only file as the defaults", () => {
    for (const source of ["", text("# envguard policy", "# environments: [dev]")]) {
      const root = rootWith(source);
      expect(loadPolicy(root)).toEqual({ ...defaultPolicy(root), file: ".envguard.yml" });
    }
  });

  it("reads CRLF and BOM files", () => {
    const policy = loadPolicy(
      rootWith(bom(crlf(text("environments:", "  - dev", "  - prod", "production:", "  - prod")))),
    );
    expect(policy.environments).toEqual(["dev", "prod"]);
    expect(policy.production).toEqual(["prod"]);
  });
});

describe("loadPolicy: mistakes are reported at their line, with a suggestion", () => {
  it("suggests the setting a typo meant", () => {
    const error = policyErrorOf(rootWith(text("schema: config/schema.json", "environmnets: [dev]")));
    expect(error.name).toBe("PolicyError");
    expect(error.findings.map(placeOf)).toEqual([["policy/invalid", "error", ".envguard.yml", 2, 1]]);
    expect(error.findings[0]?.key).toBe("environmnets");
    expect(error.findings[0]?.message).toBe(
      '.envguard.yml: unknown setting "environmnets" (did you mean "environments"?).',
    );
  });

  it("suggests a nested setting by its own name", () => {
    const error = policyErrorOf(rootWith(crlf(text("dotenv:", "  file: [.env.local]"))));
    expect(error.findings.map(placeOf)).toEqual([["policy/invalid", "error", ".envguard.yml", 2, 3]]);
    expect(error.findings[0]?.message).toBe(
      '.envguard.yml: unknown setting "dotenv.file" (did you mean "files"?).',
    );
  });

  it("makes no suggestion when nothing is close", () => {
    const error = policyErrorOf(rootWith("colour: true\n"));
    expect(error.findings[0]?.message).toBe('.envguard.yml: unknown setting "colour".');
  });

  it("reports a value of the wrong type at the value", () => {
    const error = policyErrorOf(rootWith(text("envPrefix: APP_", "environments: dev")));
    expect(error.findings.map(placeOf)).toEqual([["policy/invalid", "error", ".envguard.yml", 2, 15]]);
    expect(error.findings[0]?.message).toBe(".envguard.yml: environments must be a list, not a string.");
  });

  it("reports a rule setting that is not a severity", () => {
    const error = policyErrorOf(
      rootWith(text("rules:", "  config/drift: off", "  config/unknown-key: warn")),
    );
    expect(error.findings.map(placeOf)).toEqual([["policy/invalid", "error", ".envguard.yml", 3, 23]]);
    expect(error.findings[0]?.message).toBe(
      '.envguard.yml: rules.config/unknown-key must be one of "error", "warning", "note", "off".',
    );
  });

  it("reports every problem at once", () => {
    const error = policyErrorOf(rootWith(text("environments: []", "schema: ''", "unknown: 1")));
    expect(error.findings.map((f) => f.line).sort()).toEqual([1, 2, 3]);
    expect(error.message.split("\n")).toHaveLength(3);
  });

  it("reports a production environment that is not an environment, at the name", () => {
    const error = policyErrorOf(
      rootWith(text("environments:", "  - dev", "  - production", "production:", "  - prodution")),
    );
    expect(error.findings.map(placeOf)).toEqual([["policy/invalid", "error", ".envguard.yml", 5, 5]]);
    expect(error.findings[0]?.message).toBe(
      '.envguard.yml: production names "prodution", which is not in environments.',
    );
    expect(error.findings[0]?.fix).toBe(
      'Add "prodution" to environments or remove it here (did you mean "production"?).',
    );
  });

  it("reports an unknown .env environment in a flow list at the name", () => {
    const error = policyErrorOf(
      rootWith(text("environments: [dev, staging]", "dotenv:", "  environments: [dev, local]")),
    );
    expect(error.findings.map(placeOf)).toEqual([["policy/invalid", "error", ".envguard.yml", 3, 23]]);
    expect(error.findings[0]?.message).toContain('dotenv.environments names "local"');
  });

  it("reports invalid YAML as policy/invalid at the syntax error", () => {
    const error = policyErrorOf(rootWith(text("environments: [dev", "production: [dev]")));
    expect(error.findings.map(placeOf)).toEqual([["policy/invalid", "error", ".envguard.yml", 2, 1]]);
    expect(error.findings[0]?.message).toContain(".envguard.yml does not parse");
  });

  it("reports a policy file that is a list", () => {
    const error = policyErrorOf(rootWith("- dev\n- prod\n"));
    expect(error.findings.map(placeOf)).toEqual([["policy/invalid", "error", ".envguard.yml", 1, 1]]);
  });

  it("reports a missing explicit policy file", () => {
    const error = policyErrorOf(tempDir("envguard-policy-"), "ci/policy.yml");
    expect(error.findings.map(placeOf)).toEqual([
      ["policy/invalid", "error", "ci/policy.yml", undefined, undefined],
    ]);
    expect(error.findings[0]?.message).toBe("The policy file ci/policy.yml does not exist.");
  });

  it("reports a policy file that cannot be read", () => {
    const root = tempDir("envguard-policy-");
    mkdirSync(path.join(root, ".envguard.yml"));
    const error = policyErrorOf(root);
    expect(error.findings.map(placeOf)).toEqual([
      ["policy/invalid", "error", ".envguard.yml", undefined, undefined],
    ]);
    expect(error.findings[0]?.message).toBe(".envguard.yml could not be read (EISDIR).");
  });
});

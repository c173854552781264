import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POLICY_SCHEMA } from "../src/config/policy-schema.js";
import { ruleCatalogue } from "../src/scan/catalogue.js";
import { SENSITIVE_FILE_RULES } from "../src/scan/rules/sensitive-files.js";
import { REPO_ROOT } from "./helpers/project.js";

const readme = readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");

/** The README is the reference: every rule and every policy setting must be in it. */
describe("README", () => {
  it.each([...ruleCatalogue(SENSITIVE_FILE_RULES).keys()].map((id) => [id]))(
    "documents the rule %s",
    (id) => {
      expect(readme).toContain(`\`${id}\``);
    },
  );

  it.each(Object.keys(POLICY_SCHEMA.properties).map((k) => [k]))("documents the policy setting %s", (key) => {
    expect(readme).toMatch(new RegExp(`^\\s*${key}:`, "m"));
  });

  it("gives the two fresh-machine commands", () => {
    expect(readme).toContain("npm ci && node dist/cli.js check --cwd examples");
    expect(readme).toContain("npm test");
  });
});

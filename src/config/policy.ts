import { readFileSync } from "node:fs";
import path from "node:path";
import type { ErrorObject } from "ajv";
import { type Finding, makeFinding } from "../report/finding.js";
import { parseConfigDocument } from "./document.js";
import { PolicyError } from "./errors.js";
import { dottedKey, pointerToPath } from "./key-path.js";
import { defaultPolicy, findPolicyFile, type Policy } from "./policy-base.js";
import { POLICY_SCHEMA } from "./policy-schema.js";
import { validate } from "./policy-validator.generated.js";
import { didYouMean } from "./suggest.js";
import { expectation } from "./validation-message.js";

export { PolicyError } from "./errors.js";
export { POLICY_FILES, type Policy, type RuleSetting } from "./policy-base.js";

/**
 * Reads `.envguard.yml` (or `explicitFile`) from `root` and lays it over the defaults.
 * A missing default policy file is fine; a missing explicit one is an error.
 */
export function loadPolicy(
  root: string,
  explicitFile?: string,
  /** The policy file, when the caller has looked for it already (readPolicy). */
  found: string | undefined = findPolicyFile(root, explicitFile),
): Policy {
  const policy = defaultPolicy(root);
  if (!found) return policy;
  const file = path.relative(root, path.resolve(root, found)).split(path.sep).join("/");
  let text: string;
  try {
    text = readFileSync(path.resolve(root, found), "utf8");
  } catch (error) {
    throw new PolicyError([
      makeFinding({
        rule: "policy/invalid",
        severity: "error",
        file,
        message: `${file} could not be read (${(error as NodeJS.ErrnoException).code ?? "error"}).`,
        fix: "Make the file readable.",
      }),
    ]);
  }
  const doc = parseConfigDocument(file, text, "yaml");
  const parseErrors = doc.problems.filter((p) => p.severity === "error");
  if (parseErrors.length > 0)
    throw new PolicyError(parseErrors.map((p) => ({ ...p, rule: "policy/invalid" })));
  // Compiled ahead of time from POLICY_SCHEMA: reading a policy does not load ajv.
  if (!validate(doc.value)) {
    throw new PolicyError(
      (validate.errors ?? []).map((e) => policyProblem(e, doc.value, doc.file, (p) => doc.locate(p))),
    );
  }
  const given = (doc.value ?? {}) as Partial<Policy>;
  const merged: Policy = {
    ...policy,
    ...given,
    root,
    file,
    dotenv: { ...policy.dotenv, ...given.dotenv },
    examples: { ...policy.examples, ...given.examples },
    rules: { ...given.rules },
    productionRules: { ...policy.productionRules, ...given.productionRules },
    scan: { ...policy.scan, ...given.scan },
  };
  if (given.dotenv?.environments === undefined) {
    // The default (.env for local) applies only where the project has a local environment.
    merged.dotenv.environments = policy.dotenv.environments.filter((e) => merged.environments.includes(e));
  }
  if (given.production === undefined) {
    merged.production = policy.production.filter((e) => merged.environments.includes(e));
  }
  // After the defaults above are narrowed, so only names the file itself gives can be unknown.
  const unknownProduction = merged.production.filter((e) => !merged.environments.includes(e));
  const unknownDotenvEnv = merged.dotenv.environments.filter((e) => !merged.environments.includes(e));
  const listed = [
    ...unknownProduction.map((e) => ["production", e] as const),
    ...unknownDotenvEnv.map((e) => ["dotenv.environments", e] as const),
  ];
  if (listed.length > 0) {
    throw new PolicyError(
      listed.map(([where, env]) => {
        // Point at the unknown name itself, the item a person must edit.
        const list = where === "production" ? merged.production : merged.dotenv.environments;
        const at = doc.locate([...where.split("."), list.indexOf(env)]);
        const pos = at.key ?? at.value;
        return makeFinding({
          rule: "policy/invalid",
          severity: "error",
          file,
          line: pos.line,
          column: pos.column,
          message: `${file}: ${where} names "${env}", which is not in environments.`,
          fix: `Add "${env}" to environments or remove it here${didYouMean(env, merged.environments)}.`,
        });
      }),
    );
  }
  return merged;
}

function policyProblem(
  e: ErrorObject,
  root: unknown,
  file: string,
  locate: (p: string[]) => {
    key?: { line: number; column: number };
    value: { line: number; column: number };
  },
): Finding {
  const path = pointerToPath(e.instancePath);
  let value: unknown = root;
  for (const seg of path) value = (value as Record<string, unknown>)?.[seg];
  if (e.keyword === "additionalProperties") {
    const extra = String((e.params as { additionalProperty: string }).additionalProperty);
    let props: object = POLICY_SCHEMA.properties;
    for (const seg of path)
      props = ((props as Record<string, { properties?: object }>)[seg]?.properties ?? {}) as object;
    const at = locate([...path, extra]);
    const pos = at.key ?? at.value;
    return makeFinding({
      rule: "policy/invalid",
      severity: "error",
      file,
      line: pos.line,
      column: pos.column,
      key: dottedKey([...path, extra]),
      message: `${file}: unknown setting "${dottedKey([...path, extra])}"${didYouMean(extra, Object.keys(props))}.`,
      fix: "Remove it or correct its name; the README lists every setting.",
    });
  }
  const at = locate(path);
  const pos = at.value;
  const name = dottedKey(path) || "the policy";
  return makeFinding({
    rule: "policy/invalid",
    severity: "error",
    file,
    line: pos.line,
    column: pos.column,
    key: dottedKey(path),
    message: `${file}: ${name} ${expectation(e, value)}.`,
    fix: "Correct the setting; the README lists every setting and its form.",
  });
}

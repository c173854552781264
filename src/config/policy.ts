import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ErrorObject } from "ajv";
import { type Finding, makeFinding, type Severity } from "../report/finding.js";
import { parseConfigDocument } from "./document.js";
import { dottedKey, pointerToPath } from "./key-path.js";
import { POLICY_SCHEMA } from "./policy-schema.js";
import { validate } from "./policy-validator.generated.js";
import { didYouMean } from "./suggest.js";
import { expectation } from "./validation-message.js";

export type RuleSetting = Severity | "off";

/** The project's conventions: defaults, overridden by `.envguard.yml`. */
export interface Policy {
  /** Absolute project root; every other path is relative to it. */
  root: string;
  /** The policy file that was read, relative to root, if any. */
  file?: string;
  environments: string[];
  /** Environments held to production rules. */
  production: string[];
  schema: string;
  configDir: string;
  envPrefix: string;
  dotenv: { files: string[]; environments: string[] };
  examples: { dotenv: string; config: string };
  rules: Record<string, RuleSetting>;
  productionRules: {
    /** Hosts that count as internal (plain http allowed); `*.` matches any subdomain. */
    internalHosts: string[];
    debugLevels: string[];
    logLevelKeys: string[];
  };
  scan: {
    /** Globs (picomatch) of paths never scanned for secrets, e.g. test fixtures. */
    ignorePaths: string[];
    /** Files larger than this many bytes are skipped, and counted. */
    maxFileSize: number;
    /** `.env.<suffix>` files that hold placeholders and may be committed. */
    allowedDotenvSuffixes: string[];
    /** The baseline of accepted findings. */
    baseline: string;
    /** Scan lockfiles too (their integrity hashes look like secrets; skipped by default). */
    lockfiles: boolean;
  };
}

export const POLICY_FILES = [".envguard.yml", ".envguard.yaml"];

export function defaultPolicy(root: string): Policy {
  return {
    root,
    environments: ["local", "dev", "staging", "production"],
    production: ["production"],
    schema: "config/schema.json",
    configDir: "config",
    envPrefix: "",
    dotenv: { files: [".env"], environments: ["local"] },
    examples: { dotenv: ".env.example", config: "config/example.json" },
    rules: {},
    productionRules: {
      internalHosts: ["*.internal", "*.local", "*.svc", "*.cluster.local", "*.localdomain"],
      debugLevels: ["debug", "trace", "silly", "verbose", "all"],
      logLevelKeys: ["level", "logLevel", "log_level", "loglevel"],
    },
    scan: {
      ignorePaths: [],
      maxFileSize: 4 * 1024 * 1024,
      allowedDotenvSuffixes: ["example", "sample", "template", "dist"],
      baseline: ".envguard-baseline.json",
      lockfiles: false,
    },
  };
}

/** The policy could not be read or is invalid: nothing can be checked (exit 2). */
export class PolicyError extends Error {
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => f.message).join("\n"));
    this.name = "PolicyError";
  }
}

/**
 * Reads `.envguard.yml` (or `explicitFile`) from `root` and lays it over the defaults.
 * A missing default policy file is fine; a missing explicit one is an error.
 */
export function loadPolicy(root: string, explicitFile?: string): Policy {
  const policy = defaultPolicy(root);
  const candidates = explicitFile ? [explicitFile] : POLICY_FILES;
  const found = candidates.find((f) => existsSync(path.resolve(root, f)));
  if (!found) {
    if (explicitFile) {
      throw new PolicyError([
        makeFinding({
          rule: "policy/invalid",
          severity: "error",
          file: explicitFile,
          message: `The policy file ${explicitFile} does not exist.`,
          fix: "Check the path given to --config; it is relative to the project root.",
        }),
      ]);
    }
    return policy;
  }
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

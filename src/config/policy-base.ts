import { existsSync } from "node:fs";
import path from "node:path";
import { makeFinding, type Severity } from "../report/finding.js";
import { PolicyError } from "./errors.js";

// The policy's shape and defaults, and where its file is: everything a run needs when the project
// has no policy file, without the YAML parser and validator that reading one takes (policy.ts).

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

/** What `envguard check` reads besides the policy: the files a snapshot of the index or a commit must hold. */
export function checkedPaths(policy: Policy): string[] {
  return [policy.configDir, policy.schema, policy.examples.dotenv, policy.examples.config];
}

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

/**
 * The policy file to read: `explicitFile`, else the first of POLICY_FILES that exists; undefined
 * when there is none (the defaults apply). A missing explicit file is an error.
 */
export function findPolicyFile(root: string, explicitFile?: string): string | undefined {
  const candidates = explicitFile ? [explicitFile] : POLICY_FILES;
  const found = candidates.find((f) => existsSync(path.resolve(root, f)));
  if (!found && explicitFile) {
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
  return found;
}

/**
 * `loadPolicy`, with the parser loaded only when there is a policy file to parse: a project without
 * one never loads YAML, JSON or the policy validator.
 */
export async function readPolicy(root: string, explicitFile?: string): Promise<Policy> {
  const found = findPolicyFile(root, explicitFile);
  if (found === undefined) return defaultPolicy(root);
  const { loadPolicy } = await import("./policy.js");
  return loadPolicy(root, explicitFile, found);
}

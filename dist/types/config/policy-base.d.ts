import { type Severity } from "../report/finding.js";
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
    dotenv: {
        files: string[];
        environments: string[];
    };
    examples: {
        dotenv: string;
        config: string;
    };
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
export declare const POLICY_FILES: string[];
/** What `envguard check` reads besides the policy: the files a snapshot of the index or a commit must hold. */
export declare function checkedPaths(policy: Policy): string[];
export declare function defaultPolicy(root: string): Policy;
/**
 * The policy file to read: `explicitFile`, else the first of POLICY_FILES that exists; undefined
 * when there is none (the defaults apply). A missing explicit file is an error.
 */
export declare function findPolicyFile(root: string, explicitFile?: string): string | undefined;
/**
 * `loadPolicy`, with the parser loaded only when there is a policy file to parse: a project without
 * one never loads YAML, JSON or the policy validator.
 */
export declare function readPolicy(root: string, explicitFile?: string): Promise<Policy>;

import { type Finding, type Severity } from "../report/finding.js";
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
export declare function defaultPolicy(root: string): Policy;
/** The policy could not be read or is invalid: nothing can be checked (exit 2). */
export declare class PolicyError extends Error {
    readonly findings: Finding[];
    constructor(findings: Finding[]);
}
/**
 * Reads `.envguard.yml` (or `explicitFile`) from `root` and lays it over the defaults.
 * A missing default policy file is fine; a missing explicit one is an error.
 */
export declare function loadPolicy(root: string, explicitFile?: string): Policy;

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
/** The policy file's own schema: a typo in `.envguard.yml` is reported at its line. */
export declare const POLICY_SCHEMA: {
    readonly type: "object";
    readonly additionalProperties: false;
    readonly properties: {
        readonly environments: {
            readonly minItems: 1;
            readonly type: string;
            readonly items: object;
            readonly uniqueItems: boolean;
        };
        readonly production: {
            type: string;
            items: object;
            uniqueItems: boolean;
        };
        readonly schema: {
            type: string;
            minLength: number;
        };
        readonly configDir: {
            type: string;
            minLength: number;
        };
        readonly envPrefix: {
            readonly type: "string";
            readonly pattern: "^[A-Za-z0-9_]*$";
        };
        readonly dotenv: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly files: {
                    type: string;
                    items: object;
                    uniqueItems: boolean;
                };
                readonly environments: {
                    type: string;
                    items: object;
                    uniqueItems: boolean;
                };
            };
        };
        readonly examples: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly dotenv: {
                    type: string;
                    minLength: number;
                };
                readonly config: {
                    type: string;
                    minLength: number;
                };
            };
        };
        readonly rules: {
            readonly type: "object";
            readonly propertyNames: {
                readonly type: "string";
                readonly pattern: "^[a-z]+/[a-z0-9-]+$";
            };
            readonly additionalProperties: {
                readonly type: "string";
                readonly enum: readonly ["error", "warning", "note", "off"];
            };
        };
        readonly productionRules: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly internalHosts: {
                    type: string;
                    items: object;
                    uniqueItems: boolean;
                };
                readonly debugLevels: {
                    type: string;
                    items: object;
                    uniqueItems: boolean;
                };
                readonly logLevelKeys: {
                    type: string;
                    items: object;
                    uniqueItems: boolean;
                };
            };
        };
        readonly scan: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly ignorePaths: {
                    type: string;
                    items: object;
                    uniqueItems: boolean;
                };
                readonly maxFileSize: {
                    readonly type: "integer";
                    readonly minimum: 1;
                };
                readonly allowedDotenvSuffixes: {
                    type: string;
                    items: object;
                    uniqueItems: boolean;
                };
                readonly baseline: {
                    type: string;
                    minLength: number;
                };
                readonly lockfiles: {
                    readonly type: "boolean";
                };
            };
        };
    };
};
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

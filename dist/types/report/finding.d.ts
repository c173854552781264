/** How bad a finding is: errors fail a run, warnings are reported, notes inform. */
export type Severity = "error" | "warning" | "note";
/** A place in a file. Lines and columns are 1-based, as editors and GitHub show them. */
export interface Position {
    line: number;
    column: number;
}
/**
 * The one result type: every check and detector returns Finding[], every reporter takes Finding[].
 * `match` is always masked; a raw secret never enters a Finding.
 */
export interface Finding {
    /** Stable rule id, e.g. `config/invalid-value`. */
    rule: string;
    severity: Severity;
    /** One sentence, never containing a secret value. */
    message: string;
    /** Repo-relative path with forward slashes. */
    file?: string;
    line?: number;
    column?: number;
    /** The environment the finding applies to; several are joined with ", " (see `environments`). */
    environment?: string;
    /** Every environment the finding applies to. */
    environments?: string[];
    /** Dotted config key (`database.port`) or variable name (`DATABASE_URL`). */
    key?: string;
    /** A masked rendering of the offending value, e.g. `AKIA…MPLE (20 chars)`. */
    match?: string;
    /** What to do about it. */
    fix?: string;
    /** Where a multi-line match ends (a private key block). */
    endLine?: number;
    endColumn?: number;
    /** For findings from history: the commit that added the line. */
    commit?: string;
    author?: string;
    /** ISO 8601 author date of `commit`. */
    date?: string;
    /**
     * Stable across runs and unrelated edits. Config findings: rule, file, key, environment(s) and
     * message. Secret findings: rule, file and a hash of the secret (never the line number).
     */
    fingerprint: string;
}
export type FindingInput = Omit<Finding, "fingerprint" | "environments" | "environment"> & {
    environment?: string | undefined;
    /** Overrides what the fingerprint is made of (the secret side uses rule, file and secret hash). */
    fingerprintParts?: string[];
};
export declare function makeFinding(input: FindingInput): Finding;
/** Most severe first: error, warning, note. */
export declare const SEVERITY_ORDER: Record<Severity, number>;
/** A line or column a report can point at: a whole number from 1. */
export declare function isLineNumber(n: number | undefined): n is number;
/** Same order everywhere: file, line, column, severity, rule. Findings without a file come first. */
export declare function compareFindings(a: Finding, b: Finding): number;
/**
 * The same problem found in several environments (a bad value in base.json is bad in all of them)
 * is reported once, naming every environment it applies to.
 */
export declare function mergeAcrossEnvironments(findings: Finding[], environmentOrder: string[]): Finding[];
export declare function hasErrors(findings: readonly Finding[]): boolean;
/** Whether findings fail a run under a `fail-on`/`--fail-on` setting (every door reads it the same). */
export declare function failsOn(findings: readonly Finding[], failOn: "error" | "warning" | "never"): boolean;

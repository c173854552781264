import type { Finding } from "../report/finding.js";
/** The policy could not be read or is invalid: nothing can be checked (exit 2). */
export declare class PolicyError extends Error {
    readonly findings: Finding[];
    constructor(findings: Finding[]);
}
/** envguard could not run: no config directory, unreadable files, unknown environment (exit 2). */
export declare class ProjectError extends Error {
    readonly findings: Finding[];
    constructor(findings: Finding[]);
}
/** The schema could not be used at all: envguard cannot check anything (exit 2). */
export declare class SchemaError extends Error {
    readonly findings: Finding[];
    constructor(findings: Finding[]);
}

import type { Finding } from "../report/finding.js";
/** envguard could not run (exit 2); `findings` say where and what to do. */
export declare class CouldNotRunError extends Error {
    readonly findings: Finding[];
    constructor(findings: Finding[]);
}
/** The policy could not be read or is invalid: nothing can be checked. */
export declare class PolicyError extends CouldNotRunError {
}
/** No config directory, unreadable files, unknown environment. */
export declare class ProjectError extends CouldNotRunError {
}
/** The schema could not be used at all: envguard cannot check anything. */
export declare class SchemaError extends CouldNotRunError {
}

import type { EnvironmentStatus } from "../checks/check-project.js";
import type { Finding } from "./finding.js";
/** The documented, stable JSON shape (version 1). Adding fields is not a breaking change. */
export interface JsonReport {
    version: 1;
    tool: "envguard";
    command: string;
    summary: {
        errors: number;
        warnings: number;
        notes: number;
    };
    environments: EnvironmentStatus[];
    findings: Finding[];
}
export declare function summarize(findings: readonly Finding[]): JsonReport["summary"];
/** The report as data, for commands that add their own fields (print's values, scan's stats). */
export declare function jsonReport(command: string, findings: Finding[], environments?: EnvironmentStatus[]): JsonReport;
export declare function renderJson(command: string, findings: Finding[], environments?: EnvironmentStatus[]): string;

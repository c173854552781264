import type { Project } from "../config/project.js";
import { type Finding, type Severity } from "../report/finding.js";
export interface EnvironmentStatus {
    name: string;
    production: boolean;
    status: "pass" | "fail";
    errors: number;
    warnings: number;
    /** The committed layers this environment reads, lowest first. */
    files: string[];
}
export interface CheckResult {
    findings: Finding[];
    environments: EnvironmentStatus[];
}
/**
 * `envguard check` over a loaded project: every environment's committed layers, merged and
 * validated, plus the checks of examples and production rules. `repoFindings` come from git.
 * Pure: reads nothing, writes nothing.
 */
export declare function checkProject(project: Project, repoFindings?: Finding[]): CheckResult;
/** `.envguard.yml` `rules:` raise, lower or turn off a rule. */
export declare function applyRuleSettings(findings: Finding[], rules: Record<string, Severity | "off">): Finding[];

import type { EnvironmentStatus } from "../checks/check-project.js";
import type { Finding } from "./finding.js";

/** The documented, stable JSON shape (version 1). Adding fields is not a breaking change. */
export interface JsonReport {
  version: 1;
  tool: "envguard";
  command: string;
  summary: { errors: number; warnings: number; notes: number };
  environments: EnvironmentStatus[];
  findings: Finding[];
}

export function summarize(findings: readonly Finding[]): JsonReport["summary"] {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    notes: findings.filter((f) => f.severity === "note").length,
  };
}

/** The report as data, for commands that add their own fields (print's values, scan's stats). */
export function jsonReport(
  command: string,
  findings: Finding[],
  environments: EnvironmentStatus[] = [],
): JsonReport {
  return { version: 1, tool: "envguard", command, summary: summarize(findings), environments, findings };
}

export function renderJson(
  command: string,
  findings: Finding[],
  environments: EnvironmentStatus[] = [],
): string {
  return `${JSON.stringify(jsonReport(command, findings, environments), null, 2)}\n`;
}

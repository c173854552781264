import type { Severity } from "../report/finding.js";
import { CONTENT_RULES } from "./rules/index.js";
import type { RuleInfo } from "./scan.js";
import { SCHEMA_AWARE_RULE } from "./schema-aware.js";

/** File-level rules, as the sensitive-file detector describes them. */
export interface FileRuleInfo {
  id: string;
  title: string;
  description: string;
  fix: string;
}

/** Every rule the scanner can report, by id: for messages, fixes, SARIF and the README. */
export function ruleCatalogue(fileRules: readonly FileRuleInfo[]): Map<string, RuleInfo> {
  const catalogue = new Map<string, RuleInfo>();
  for (const r of CONTENT_RULES) {
    catalogue.set(r.id, {
      id: r.id,
      title: r.title,
      description: r.description,
      fix: r.fix,
      severity: r.severity,
    });
  }
  for (const r of fileRules) catalogue.set(r.id, { ...r, severity: "error" as Severity });
  catalogue.set(SCHEMA_AWARE_RULE, {
    id: SCHEMA_AWARE_RULE,
    title: "Secret written as a literal in a committed config file",
    description:
      "A key the schema marks x-secret holds a literal value in config/base.* or config/<env>.*; secrets must come from the environment or a secret-manager reference.",
    fix: "Replace the value with a reference (env://VAR, vault://mount/path#field, aws-sm://id) and rotate the secret.",
    severity: "error",
  });
  return catalogue;
}

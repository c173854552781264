import type { Project } from "../config/project.js";
import { resolveEnvironment } from "../config/resolve.js";
import { compareFindings, type Finding, mergeAcrossEnvironments, type Severity } from "../report/finding.js";
import { checkDocumentKeys } from "./document-keys.js";
import { checkDrift } from "./drift.js";
import { checkConfigExample, checkDotenvExample } from "./examples.js";
import { checkProductionRules } from "./production.js";

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
export function checkProject(project: Project, repoFindings: Finding[] = []): CheckResult {
  const { policy, schema, base, environmentFiles, environments } = project;
  const findings: Finding[] = [...project.problems, ...repoFindings];
  if (base) findings.push(...checkDocumentKeys(base, schema));
  for (const [env, doc] of environmentFiles) findings.push(...checkDocumentKeys(doc, schema, env));

  for (const environment of environments) {
    // A layer that does not parse is reported once; resolving without it would only add noise.
    const unparsed = [base, environmentFiles.get(environment)].some((d) => d && d.value === undefined);
    if (unparsed) continue;
    const resolution = resolveEnvironment(
      schema,
      policy,
      { environment, base, environmentFile: environmentFiles.get(environment) },
      { mode: "committed" },
    );
    findings.push(...resolution.findings);
    if (policy.production.includes(environment)) findings.push(...checkProductionRules(resolution, policy));
  }
  findings.push(
    ...checkDrift(
      [...environmentFiles].map(([environment, doc]) => ({ environment, doc })),
      base,
      schema,
    ),
  );
  findings.push(...checkDotenvExample(project.dotenvExample, schema));
  findings.push(...checkConfigExample(project.configExample, schema));

  const merged = applyRuleSettings(mergeAcrossEnvironments(findings, policy.environments), policy.rules).sort(
    compareFindings,
  );
  return { findings: merged, environments: environmentStatuses(project, merged) };
}

/** `.envguard.yml` `rules:` raise, lower or turn off a rule. */
export function applyRuleSettings(findings: Finding[], rules: Record<string, Severity | "off">): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = rules[f.rule];
    if (setting === "off") continue;
    out.push(setting ? { ...f, severity: setting } : f);
  }
  return out;
}

function environmentStatuses(project: Project, findings: Finding[]): EnvironmentStatus[] {
  const baseFile = project.base?.file;
  return project.environments.map((name) => {
    const envFile = project.environmentFiles.get(name)?.file;
    const layerFiles = [baseFile, envFile].filter((f) => f !== undefined);
    const mine = findings.filter(
      (f) =>
        f.environments?.includes(name) ||
        (f.environments === undefined && f.file !== undefined && layerFiles.includes(f.file)),
    );
    const errors = mine.filter((f) => f.severity === "error").length;
    return {
      name,
      production: project.policy.production.includes(name),
      status: errors > 0 ? "fail" : "pass",
      errors,
      warnings: mine.filter((f) => f.severity === "warning").length,
      files: [project.schema.file, baseFile, envFile].filter((f): f is string => f !== undefined),
    };
  });
}

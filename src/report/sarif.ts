import type { Log, ReportingDescriptor, Result } from "sarif";
import type { Finding, Severity } from "./finding.js";

export interface SarifRule {
  id: string;
  title: string;
  description: string;
  fix: string;
  severity: Severity;
}

const LEVEL: Record<Severity, Result.level> = { error: "error", warning: "warning", note: "note" };

/** Repo-relative path → a relative URI reference, each segment percent-encoded. */
export function pathToUri(path: string): string {
  return path
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, every rule with descriptions and help,
 * repo-relative URIs under %SRCROOT%, and `partialFingerprints` so alerts survive line moves.
 * Only rules that have results are listed.
 */
export function renderSarif(
  findings: readonly Finding[],
  rules: readonly SarifRule[],
  version: string,
): string {
  const used = new Set(findings.map((f) => f.rule));
  const catalogue = new Map(rules.map((r) => [r.id, r]));
  const listed: SarifRule[] = [];
  for (const id of [...used].sort()) {
    listed.push(
      catalogue.get(id) ?? {
        id,
        title: id,
        description: id,
        fix: "See the envguard README.",
        severity: "error",
      },
    );
  }
  const index = new Map(listed.map((r, i) => [r.id, i]));
  const descriptors: ReportingDescriptor[] = listed.map((r) => ({
    id: r.id,
    name: r.id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : "")),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description },
    help: { text: `${r.description}\n\nFix: ${r.fix}`, markdown: `${r.description}\n\n**Fix:** ${r.fix}` },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      tags:
        r.id.startsWith("config/") || r.id.startsWith("production/") ? ["config"] : ["security", "secret"],
    },
  }));
  const results: Result[] = findings.map((f) => {
    const region =
      f.line !== undefined
        ? {
            startLine: f.line,
            ...(f.column !== undefined ? { startColumn: f.column } : {}),
            ...(f.endLine !== undefined ? { endLine: f.endLine } : {}),
            ...(f.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
          }
        : { startLine: 1 };
    const result: Result = {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule) ?? 0,
      level: LEVEL[f.severity],
      message: { text: f.match ? `${f.message} (${f.match})` : f.message },
      partialFingerprints: { "envguard/v1": f.fingerprint },
    };
    if (f.file) {
      result.locations = [
        {
          physicalLocation: { artifactLocation: { uri: pathToUri(f.file), uriBaseId: "%SRCROOT%" }, region },
        },
      ];
    }
    const properties: Record<string, string> = {};
    if (f.commit) properties.commit = f.commit;
    if (f.date) properties.date = f.date;
    if (f.environment) properties.environment = f.environment;
    if (Object.keys(properties).length > 0) result.properties = properties;
    return result;
  });
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "envguard",
            version,
            informationUri: "https://github.com/envguard/envguard",
            rules: descriptors,
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

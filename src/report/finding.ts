import { sha256Hex } from "./sha256.js";

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

export function makeFinding(input: FindingInput): Finding {
  const { fingerprintParts, ...rest } = input;
  const finding: Finding = { ...rest } as Finding;
  for (const k of Object.keys(finding) as (keyof Finding)[]) {
    if (finding[k] === undefined) delete finding[k];
  }
  if (input.environment !== undefined) finding.environments = [input.environment];
  finding.fingerprint = fingerprintParts ? hashParts(fingerprintParts) : fingerprintOf(finding);
  return finding;
}

function hashParts(parts: string[]): string {
  return sha256Hex(parts.join("\u0000")).slice(0, 16);
}

function fingerprintOf(f: Omit<Finding, "fingerprint"> & { fingerprint?: string }): string {
  const parts = [f.rule, f.file ?? "", f.key ?? "", (f.environments ?? []).join(","), f.message];
  return sha256Hex(parts.join("\u0000")).slice(0, 16);
}

/** Most severe first: error, warning, note. */
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** A line or column a report can point at: a whole number from 1. */
export function isLineNumber(n: number | undefined): n is number {
  return n !== undefined && Number.isInteger(n) && n >= 1;
}

/** Same order everywhere: file, line, column, severity, rule. Findings without a file come first. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file ?? "").localeCompare(b.file ?? "") ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.rule.localeCompare(b.rule) ||
    (a.key ?? "").localeCompare(b.key ?? "") ||
    a.message.localeCompare(b.message)
  );
}

/**
 * The same problem found in several environments (a bad value in base.json is bad in all of them)
 * is reported once, naming every environment it applies to.
 */
export function mergeAcrossEnvironments(findings: Finding[], environmentOrder: string[]): Finding[] {
  const byPlace = new Map<string, Finding>();
  for (const f of findings) {
    const place = [f.rule, f.file ?? "", f.line ?? "", f.column ?? "", f.key ?? "", f.message].join("\u0000");
    const seen = byPlace.get(place);
    if (!seen) {
      byPlace.set(place, { ...f, environments: [...(f.environments ?? [])] });
      continue;
    }
    for (const env of f.environments ?? []) {
      if (!seen.environments?.includes(env)) seen.environments?.push(env);
    }
  }
  const rank = (env: string) => {
    const i = environmentOrder.indexOf(env);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...byPlace.values()].map((f) => {
    const envs = (f.environments ?? []).sort((a, b) => rank(a) - rank(b));
    const merged: Finding = { ...f };
    if (envs.length === 0) {
      delete merged.environments;
      delete merged.environment;
    } else {
      merged.environments = envs;
      merged.environment = envs.join(", ");
    }
    merged.fingerprint = fingerprintOf(merged);
    return merged;
  });
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}

/** Whether findings fail a run under a `fail-on`/`--fail-on` setting (every door reads it the same). */
export function failsOn(findings: readonly Finding[], failOn: "error" | "warning" | "never"): boolean {
  if (failOn === "never") return false;
  if (failOn === "warning") return findings.some((f) => f.severity !== "note");
  return hasErrors(findings);
}

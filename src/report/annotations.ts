import { compareFindings, type Finding, isLineNumber, type Severity } from "./finding.js";
import { commandSafe } from "./sanitize.js";

/** What the Action door hands to `core.error` / `core.warning` / `core.notice`. */
export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  properties: {
    title: string;
    file?: string;
    startLine?: number;
    startColumn?: number;
    endLine?: number;
    endColumn?: number;
  };
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings per level that got no annotation of their own (the last notice counts them). */
  omitted: { error: number; warning: number; notice: number };
}

/** GitHub keeps 10 annotations of each level per step and drops the rest without a word. */
const ANNOTATIONS_PER_LEVEL = 10;

const LEVEL: Record<Severity, Annotation["level"]> = { error: "error", warning: "warning", note: "notice" };
const LEVELS: Annotation["level"][] = ["error", "warning", "notice"];

/** Secret-side findings: the scanner's rules, or anything carrying a masked match. */
export function isSecretFinding(f: Finding): boolean {
  return f.match !== undefined || f.rule.startsWith("secretlint/") || f.rule.startsWith("file/");
}

/**
 * At most `perLevel` annotations per level, then one notice with the totals of what was left out.
 * That notice takes one of the notice slots whenever anything is omitted, so GitHub never drops it.
 * Pure: the door passes each annotation to @actions/core, which escapes `%`, CR, LF (and `:`, `,`).
 */
export function planAnnotations(
  findings: readonly Finding[],
  options: { perLevel?: number } = {},
): AnnotationPlan {
  const perLevel = options.perLevel ?? ANNOTATIONS_PER_LEVEL;
  if (!Number.isInteger(perLevel) || perLevel < 0) {
    throw new RangeError(`perLevel must be a whole number ≥ 0, not ${String(perLevel)}.`);
  }
  // Secrets take the slots first: a leaked key must be rotated now; every finding is in the summary anyway.
  const ordered = [...findings].sort(
    (a, b) => Number(isSecretFinding(b)) - Number(isSecretFinding(a)) || compareFindings(a, b),
  );
  const byLevel = new Map<Annotation["level"], Finding[]>(LEVELS.map((l) => [l, []]));
  for (const f of ordered) byLevel.get(LEVEL[f.severity])?.push(f);

  const count = (level: Annotation["level"]) => byLevel.get(level)?.length ?? 0;
  const overflow = count("error") > perLevel || count("warning") > perLevel || count("notice") > perLevel;
  const cap: Record<Annotation["level"], number> = {
    error: perLevel,
    warning: perLevel,
    notice: overflow ? Math.max(0, perLevel - 1) : perLevel,
  };

  const annotations: Annotation[] = [];
  const omitted = { error: 0, warning: 0, notice: 0 };
  for (const level of LEVELS) {
    const list = byLevel.get(level) ?? [];
    for (const f of list.slice(0, cap[level])) annotations.push(annotationOf(f, level));
    omitted[level] = Math.max(0, list.length - cap[level]);
  }
  if (omitted.error + omitted.warning + omitted.notice > 0) annotations.push(omissionNotice(omitted));
  return { annotations, omitted };
}

function annotationOf(f: Finding, level: Annotation["level"]): Annotation {
  const environments = f.environments?.length ? f.environments.join(", ") : f.environment;
  const lines = [commandSafe(f.message)];
  if (f.match !== undefined) lines.push(`Match: ${commandSafe(f.match)}`);
  if (environments) lines.push(`Environment: ${commandSafe(environments)}`);
  if (f.commit) lines.push(`Commit: ${commandSafe(f.commit.slice(0, 12))}`);
  if (f.fix) lines.push(`Fix: ${commandSafe(f.fix)}`);

  const properties: Annotation["properties"] = {
    title: commandSafe(environments ? `${f.rule} (${environments})` : f.rule),
  };
  if (f.file) {
    properties.file = commandSafe(f.file);
    // A position only means something inside a file; GitHub ignores columns across several lines.
    if (isLineNumber(f.line)) {
      properties.startLine = f.line;
      if (isLineNumber(f.column)) properties.startColumn = f.column;
      if (isLineNumber(f.endLine) && f.endLine >= f.line) {
        properties.endLine = f.endLine;
        if (isLineNumber(f.endColumn)) properties.endColumn = f.endColumn;
      }
    }
  }
  return { level, message: lines.join("\n"), properties };
}

function omissionNotice(omitted: AnnotationPlan["omitted"]): Annotation {
  const parts = LEVELS.filter((l) => omitted[l] > 0).map(
    (l) => `${omitted[l]} ${l}${omitted[l] === 1 ? "" : "s"}`,
  );
  return {
    level: "notice",
    message: [
      `Not annotated here: ${parts.join(", ")} (GitHub shows only ${ANNOTATIONS_PER_LEVEL} annotations of each level per step).`,
      "The job summary and the SARIF file list every finding.",
    ].join("\n"),
    properties: { title: "envguard: more findings than annotations" },
  };
}

import { styleText } from "node:util";
import type { EnvironmentStatus } from "../checks/check-project.js";
import type { Finding, Severity } from "./finding.js";
import { summarize } from "./json.js";
import { printable } from "./sanitize.js";

export interface TextOptions {
  /** False: one flat list without environment headings (the scanner's findings). Default true. */
  grouped?: boolean;
  color: boolean;
  /** Every environment in policy order: a finding that names all of them is shown as "all environments". */
  allEnvironments: string[];
}

type Style = Parameters<typeof styleText>[0];

export function painter(color: boolean) {
  // `color` is the caller's decision (--color, NO_COLOR, a TTY); styleText must not second-guess it.
  return (style: Style, text: string) => (color ? styleText(style, text, { validateStream: false }) : text);
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: "red", warning: "yellow", note: "blue" };

/** Groups findings by environment, then file; each line is `file:line:col  severity  rule  message`. */
export function renderText(
  findings: Finding[],
  environments: EnvironmentStatus[],
  options: TextOptions,
): string {
  const paint = painter(options.color);
  const out: string[] = [];
  const groups = new Map<string, Finding[]>();
  const all = options.allEnvironments.join(", ");
  for (const f of findings) {
    const label =
      f.environment === undefined ? "project" : f.environment === all ? "all environments" : f.environment;
    const list = groups.get(label) ?? [];
    list.push(f);
    groups.set(label, list);
  }
  const order = (label: string) =>
    label === "project"
      ? -2
      : label === "all environments"
        ? -1
        : Math.max(0, options.allEnvironments.indexOf(label));
  const sorted = [...groups].sort((a, b) => order(a[0]) - order(b[0]));
  // Secret findings belong to no environment: one flat list, without a heading.
  const flat = options.grouped === false;
  for (const [label, list] of flat ? ([["", findings]] as [string, Finding[]][]) : sorted) {
    if (!flat) out.push(paint("bold", printable(label)));
    for (const f of list) {
      const where = f.file
        ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ""}` : ""}`
        : "(no file)";
      const severity = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(7));
      const match = f.match ? `  [${f.match}]` : "";
      const commit = f.commit
        ? `  (commit ${f.commit.slice(0, 12)}${f.date ? `, ${f.date.slice(0, 10)}` : ""})`
        : "";
      out.push(
        `  ${printable(where)}  ${severity}  ${paint("dim", f.rule)}  ${printable(f.message)}${printable(match)}${printable(commit)}`,
      );
      if (f.fix) out.push(`      ${paint("dim", `fix: ${printable(f.fix)}`)}`);
    }
    out.push("");
  }
  if (environments.length > 0) {
    const width = Math.max(...environments.map((e) => e.name.length));
    for (const e of environments) {
      const mark = e.status === "pass" ? paint("green", "pass") : paint("red", "fail");
      const counts = [
        e.errors ? `${e.errors} error${e.errors === 1 ? "" : "s"}` : "",
        e.warnings ? `${e.warnings} warning${e.warnings === 1 ? "" : "s"}` : "",
      ]
        .filter(Boolean)
        .join(", ");
      out.push(
        `  ${printable(e.name).padEnd(width)}  ${mark}${counts ? `  ${counts}` : ""}${e.production ? paint("dim", "  (production rules)") : ""}`,
      );
    }
    out.push("");
  }
  const s = summarize(findings);
  const line =
    s.errors > 0
      ? paint(
          "red",
          `✖ ${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}`,
        )
      : paint(
          "green",
          `✔ no errors${s.warnings ? `, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}` : ""}`,
        );
  out.push(line);
  return `${out.join("\n")}\n`;
}

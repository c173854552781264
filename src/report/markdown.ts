import type { EnvironmentStatus } from "../checks/check-project.js";
import { compareFindings, type Finding, isLineNumber, SEVERITY_ORDER, type Severity } from "./finding.js";
import { summarize } from "./json.js";
import { printable } from "./sanitize.js";

export interface SummaryInput {
  /** e.g. "envguard: 2 errors" */
  title: string;
  /** "pr" | "check" | "scan" | "history" */
  mode: string;
  /** e.g. "abc1234..def5678 (the pull request's merge commit against its base)" */
  compared?: string;
  /** Empty when the config check did not run. */
  environments: EnvironmentStatus[];
  /** Config side. */
  checkFindings: Finding[];
  /** Secret side. */
  scanFindings: Finding[];
  /** e.g. "scanned 6 files (88.0 kB); skipped 2 (binary 1)"; absent when the scan did not run. */
  scanSummary?: string;
  /** Builds `<serverUrl>/<repository>/blob/<sha>/<path>#L<line>` links. */
  links?: { serverUrl: string; repository: string; sha: string };
  /** Default 512 KiB; GitHub accepts 1 MiB per step. */
  maxBytes?: number;
  /** The check families that ran (default: all); a family that did not run gets no column. */
  families?: readonly CheckFamily[];
}

const SUMMARY_MAX_BYTES = 512 * 1024;

/**
 * Check families, the columns of the environment table, from the rule id prefix. `config/drift` is
 * its own column (it compares environments); schema, policy and project problems count as "Schema & keys".
 */
const FAMILIES = [
  "Schema & keys",
  "Drift",
  "Production rules",
  "Environment variables",
  "Examples & repo",
] as const;
export type CheckFamily = (typeof FAMILIES)[number];
type Family = CheckFamily | "Other";

export function checkFamily(rule: string): Family {
  if (rule === "config/drift") return "Drift";
  const prefix = rule.slice(0, rule.indexOf("/") + 1);
  switch (prefix) {
    case "config/":
    case "schema/":
    case "policy/":
    case "project/":
      return "Schema & keys";
    case "production/":
      return "Production rules";
    case "env/":
      return "Environment variables";
    case "examples/":
    case "repo/":
      return "Examples & repo";
    default:
      return "Other";
  }
}

const SEVERITY_LABEL: Record<Severity, string> = { error: "❌ error", warning: "⚠️ warning", note: "ℹ️ note" };

/**
 * The job summary in GitHub-flavoured Markdown: verdict, environments × check families, the config
 * and secret findings, how to fix them. Every untrusted string is escaped; the result never exceeds
 * `maxBytes` (findings that do not fit are counted, errors and secrets are kept first).
 */
export function renderSummary(input: SummaryInput): string {
  const maxBytes = input.maxBytes ?? SUMMARY_MAX_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes < 0) {
    throw new RangeError(`maxBytes must be a whole number ≥ 0, not ${String(maxBytes)}.`);
  }
  const link = linker(input.links);
  const configRan = input.environments.length > 0 || input.checkFindings.length > 0;
  const scanRan = input.scanSummary !== undefined || input.scanFindings.length > 0;
  const showCommit = input.scanFindings.some((f) => f.commit);
  const config = sortForReport(input.checkFindings).map((f) => configRow(f, link));
  const secrets = sortForReport(input.scanFindings).map((f) => secretRow(f, link, showCommit));
  const total = config.length + secrets.length;

  const assemble = (configRows: readonly Row[], secretRows: readonly Row[]): string => {
    const out = [...head(input, configRan, scanRan)];
    if (input.environments.length > 0)
      out.push(...environmentTable(input.environments, input.checkFindings, input.families));
    if (config.length > 0) {
      out.push(`### Configuration findings (${config.length})`, "");
      out.push(...tableHead(["Severity", "Rule", "Location", "Environment", "Message"]));
      out.push(...configRows.map((r) => r.text), "");
    }
    if (secrets.length > 0) {
      out.push(`### Secrets found (${secrets.length})`, "");
      const commit = showCommit ? ["Commit"] : [];
      out.push(...tableHead(["Severity", "Rule", "Location", ...commit, "Match", "Message"]));
      out.push(...secretRows.map((r) => r.text), "");
    }
    const omitted = total - configRows.length - secretRows.length;
    if (omitted > 0) out.push(omissionLine(omitted), "");
    out.push(...howToFix(config.length > 0, secrets.length > 0));
    if (input.scanSummary !== undefined) {
      out.push(`<sub>Secret scan: ${markdownText(input.scanSummary)}</sub>`, "");
    }
    return `${out.join("\n")}\n`;
  };

  const everything = assemble(config, secrets);
  if (utf8Bytes(everything) <= maxBytes) return everything;
  // Sized with every finding counted as omitted: the line only gets shorter as rows are added.
  const fixed = utf8Bytes(assemble([], []));
  if (fixed > maxBytes) {
    // Only when maxBytes is tiny: the verdict and the count, as many whole lines as fit.
    const lines = [...head(input, configRan, scanRan).slice(0, 4), total > 0 ? omissionLine(total) : ""];
    return truncateAtLine(`${lines.join("\n")}\n`, maxBytes);
  }
  // Errors before warnings before notes; at each severity secrets first (a leaked key is urgent).
  const byPriority = [...secrets, ...config].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  let budget = maxBytes - fixed;
  const kept = new Set<Row>();
  for (const row of byPriority) {
    const cost = utf8Bytes(row.text) + 1;
    if (cost > budget) break;
    budget -= cost;
    kept.add(row);
  }
  return assemble(
    config.filter((r) => kept.has(r)),
    secrets.filter((r) => kept.has(r)),
  );
}

/** One rendered table row; each is its own object, so a finding listed twice is counted twice. */
interface Row {
  severity: Severity;
  text: string;
}

function omissionLine(omitted: number): string {
  return `… and ${omitted} more finding${omitted === 1 ? "" : "s"} (see the SARIF file / JSON report)`;
}

function tableHead(columns: string[]): string[] {
  return [`| ${columns.join(" | ")} |`, `|${" --- |".repeat(columns.length)}`];
}

/** Errors first, then the usual file/line order, so a cut summary keeps what fails the run. */
function sortForReport(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareFindings(a, b),
  );
}

function head(input: SummaryInput, configRan: boolean, scanRan: boolean): string[] {
  const all = [...input.checkFindings, ...input.scanFindings];
  const { errors, warnings, notes } = summarize(all);
  const tally = (separator: string) =>
    [plural(errors, "error"), plural(warnings, "warning"), plural(notes, "note")]
      .filter((_, i) => [errors, warnings, notes][i]! > 0)
      .join(separator);
  const checked = [configRan ? "no configuration problems" : "", scanRan ? "no secrets found" : ""];
  const passed = checked.filter(Boolean).join(", ") || "nothing needed checking";
  const verdict =
    errors > 0
      ? `❌ **Failed**: ${tally(", ")}.`
      : all.length > 0
        ? `✅ **Passed** with ${tally(" and ")}.`
        : `✅ **All checks passed**: ${passed}.`;
  const context = [`Mode: <code>${markdownText(input.mode, 40)}</code>`];
  if (input.compared !== undefined) context.push(`compared ${markdownText(input.compared)}`);
  return [`## ${markdownText(input.title, 200)}`, "", verdict, "", `${context.join(" · ")}`, ""];
}

function environmentTable(
  environments: EnvironmentStatus[],
  findings: Finding[],
  families?: readonly CheckFamily[],
): string[] {
  const claimed = new Set<Finding>();
  const rows = environments.map((e) => {
    // Findings without an environment count for every environment that reads their file.
    const mine = findings.filter(
      (f) =>
        f.environments?.includes(e.name) ||
        (!f.environments?.length && f.file !== undefined && e.files.includes(f.file)),
    );
    for (const f of mine) claimed.add(f);
    return { label: markdownText(e.name, 100), mine, hasProductionRules: e.production };
  });
  const project = findings.filter((f) => !claimed.has(f));
  if (project.length > 0)
    rows.push({ label: "<i>whole project</i>", mine: project, hasProductionRules: false });
  const columns: Family[] = FAMILIES.filter((f) => !families || families.includes(f));
  if (findings.some((f) => checkFamily(f.rule) === "Other")) columns.push("Other");
  const lines = ["### Environments", "", ...tableHead(["Environment", ...columns])];
  for (const row of rows) {
    const cells = columns.map((family) => {
      const inFamily = row.mine.filter((f) => checkFamily(f.rule) === family);
      // Production rules run only for production environments: "—" is "not checked", not "passed".
      if (inFamily.length === 0 && family === "Production rules" && !row.hasProductionRules) return "—";
      return statusCell(inFamily);
    });
    lines.push(`| ${row.label} | ${cells.join(" | ")} |`);
  }
  lines.push("");
  return lines;
}

function statusCell(findings: Finding[]): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const [errors, warnings, notes] = [count("error"), count("warning"), count("note")];
  if (errors > 0)
    return `❌ ${plural(errors, "error")}${warnings ? `, ⚠️ ${plural(warnings, "warning")}` : ""}`;
  if (warnings > 0) return `⚠️ ${plural(warnings, "warning")}`;
  if (notes > 0) return `ℹ️ ${plural(notes, "note")}`;
  return "✅";
}

function howToFix(config: boolean, secrets: boolean): string[] {
  if (!config && !secrets) return [];
  const out = ["### How to fix", ""];
  if (secrets) {
    out.push(
      "- **Move the secret out of the repository**: read it from an environment variable (a git-ignored `.env` file locally) or a secret manager, and commit only its name, in `.env.example`.",
      "- **Rotate every leaked key**: deleting the line does not un-leak it; it stays in git history, forks and clones.",
      "- **A false positive?** Add `envguard:allow <rule>` in a comment on that line, or accept the current findings with `envguard scan --update-baseline` and commit the baseline.",
      "- `git commit --no-verify` skips only the local pre-commit hook; this check runs again here and fails the same way.",
    );
  }
  if (config) {
    out.push(
      "- **Configuration**: each finding names the file and line to edit; run `envguard check` locally to see the same report.",
    );
  }
  out.push("");
  return out;
}

function configRow(f: Finding, link: Linker): Row {
  const environments = f.environments?.length ? f.environments.join(", ") : f.environment;
  return tableRow(f, [
    SEVERITY_LABEL[f.severity],
    `<code>${markdownText(f.rule, 80)}</code>`,
    location(f, link),
    environments ? markdownText(environments, 200) : "—",
    details(f),
  ]);
}

/** Only the masked match and the finding's own words: nothing else derived from the secret. */
function secretRow(f: Finding, link: Linker, showCommit: boolean): Row {
  const commit = f.commit ? `<code>${markdownText(f.commit.slice(0, 12), 12)}</code>` : "—";
  return tableRow(f, [
    SEVERITY_LABEL[f.severity],
    `<code>${markdownText(f.rule, 80)}</code>`,
    location(f, link),
    ...(showCommit ? [commit] : []),
    f.match !== undefined ? `<code>${markdownText(f.match, 120)}</code>` : "—",
    details(f),
  ]);
}

function details(f: Finding): string {
  const fix = f.fix ? `<br>Fix: ${markdownText(f.fix, 300)}` : "";
  return `${markdownText(f.message, 500)}${fix}`;
}

function location(f: Finding, link: Linker): string {
  if (!f.file) return "—";
  const line = isLineNumber(f.line) ? f.line : undefined;
  const column = line !== undefined && isLineNumber(f.column) ? `:${f.column}` : "";
  const text = `<code>${markdownText(f.file, 200)}${line !== undefined ? `:${line}${column}` : ""}</code>`;
  const url = link(f);
  return url ? `[${text}](${url})` : text;
}

function tableRow(f: Finding, cells: string[]): Row {
  return { severity: f.severity, text: `| ${cells.join(" | ")} |` };
}

type Linker = (f: Finding) => string | undefined;

/** Browsers and GitHub cope with much longer URLs, but a summary row should not be 1 MB of path. */
const MAX_URL_LENGTH = 2048;

/** Links only from a well-formed server URL, `owner/name` and sha; otherwise plain text. */
function linker(links: SummaryInput["links"]): Linker {
  if (!links) return () => undefined;
  let server: string;
  try {
    const url = new URL(links.serverUrl);
    if (url.protocol !== "https:" && url.protocol !== "http:") return () => undefined;
    if (url.username || url.password || url.search || url.hash) return () => undefined;
    server = `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  } catch {
    return () => undefined;
  }
  const sha = /^[0-9a-f]{7,64}$/i;
  const repo = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
  if (!/^[A-Za-z0-9:/._~%-]+$/.test(server) || !repo.test(links.repository) || !sha.test(links.sha)) {
    return () => undefined;
  }
  if (links.repository.split("/").some((part) => part === "." || part === "..")) return () => undefined;
  return (f) => {
    if (!f.file) return undefined;
    const segments = f.file.split("/");
    // `.`, `..` (even percent-encoded) and empty segments would make the URL leave the file's page.
    if (segments.some((s) => s === "" || s === "." || s === "..")) return undefined;
    // A finding from history points at the commit that added it; the head may not have the line.
    const at = f.commit && sha.test(f.commit) ? f.commit : links.sha;
    const line = isLineNumber(f.line) ? f.line : undefined;
    const end = line !== undefined && isLineNumber(f.endLine) && f.endLine > line ? `-L${f.endLine}` : "";
    const anchor = line !== undefined ? `#L${line}${end}` : "";
    const url = `${server}/${links.repository}/blob/${at}/${segments.map(encodeSegment).join("/")}${anchor}`;
    return url.length <= MAX_URL_LENGTH ? url : undefined;
  };
}

/** encodeURIComponent leaves `!'()*` alone; a `(` or `)` would end a Markdown link early. */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    /[!'()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * An untrusted string as inert Markdown text: cut to `maxChars`, control characters and line
 * breaks made visible, `&<>"` as entities and the other ASCII punctuation Markdown reads
 * backslash-escaped (`',/;=?%` are inert and stay), so no `|`, `[..](..)`, backtick, emphasis,
 * math or HTML in it can end a table cell or become markup.
 */
export function markdownText(text: string, maxChars = 300): string {
  return printable(truncate(text, maxChars)).replace(
    /[!"#$&()*+\-.:<>@[\\\]^_`{|}~]/g,
    (ch) => ENTITIES[ch] ?? `\\${ch}`,
  );
}

/** At most `maxChars` code points (never half a surrogate pair), ending in `…` when cut. */
function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const chars = Array.from(text.slice(0, maxChars * 2));
  if (chars.length <= maxChars && text.length <= maxChars * 2) return text;
  return `${chars.slice(0, maxChars - 1).join("")}…`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** The last resort for a tiny `maxBytes`: whole lines only, never more than the limit. */
function truncateAtLine(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= maxBytes) return text;
  const cut = bytes.subarray(0, maxBytes).lastIndexOf(0x0a);
  return cut < 0 ? "" : bytes.subarray(0, cut + 1).toString("utf8");
}

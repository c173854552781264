import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type Policy, readPolicy } from "../config/policy-base.js";

import type { LoadedSchema } from "../config/schema.js";
import { type Finding, hasErrors, makeFinding } from "../report/finding.js";
import { jsonReport } from "../report/json.js";
import { printable } from "../report/sanitize.js";
import { renderSarif } from "../report/sarif.js";
import { painter, renderText } from "../report/text.js";
import { type Baseline, emptyBaseline, parseBaseline, renderBaseline, secretHash } from "../scan/baseline.js";
import { ruleCatalogue } from "../scan/catalogue.js";
import { Detector } from "../scan/detect.js";
import type { ScanStats } from "../scan/fragment.js";
import { CONTENT_RULES } from "../scan/rules/index.js";
import { detectSensitiveFile, SENSITIVE_FILE_RULES } from "../scan/rules/sensitive-files.js";
import { scanFragments } from "../scan/scan.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { couldNotRunFindings, reportCouldNotRun } from "./run-errors.js";
import { openSource, type ScanTarget, SourceError } from "./scan-source.js";

export const VERSION = "0.1.0";

export interface ScanCommandOptions {
  root: string;
  policyFile?: string | undefined;
  target: ScanTarget;
  format: "text" | "json" | "sarif";
  /** Write the report here instead of stdout (the text summary still goes to stderr). */
  output?: string | undefined;
  baseline?: string | false | undefined;
  updateBaseline: boolean;
  maxFileSize?: number | undefined;
  failOn: "error" | "warning" | "never";
  color: boolean;
  /** A callback for progress lines (history on a TTY). */
  progress?: ((done: number, total: number) => void) | undefined;
}

function formatBytes(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} kB`;
  return `${n} B`;
}

/** `scanned 6 files (88.0 kB); skipped 2 (binary 1, too-large 1)`. */
export function describeStats(
  stats: ScanStats,
  extra: { suppressed: number; baselined: number; ignoredPaths: number },
): string {
  const reasons = new Map<string, number>();
  for (const s of stats.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  const skipped = stats.skipped.length
    ? `; skipped ${stats.skipped.length} (${[...reasons].map(([r, n]) => `${r} ${n}`).join(", ")})`
    : "";
  const quiet = [
    extra.suppressed ? `${extra.suppressed} suppressed inline` : "",
    extra.baselined ? `${extra.baselined} in the baseline` : "",
    extra.ignoredPaths ? `${extra.ignoredPaths} ignored by scan.ignorePaths` : "",
  ].filter(Boolean);
  return `scanned ${stats.files} file${stats.files === 1 ? "" : "s"} (${formatBytes(stats.bytes)})${skipped}${quiet.length ? `; ${quiet.join(", ")}` : ""}`;
}

function loadBaseline(policy: Policy, file: string): Baseline | undefined {
  const full = path.resolve(policy.root, file);
  if (!existsSync(full)) return undefined;
  const parsed = parseBaseline(readFileSync(full, "utf8"));
  if (!parsed.ok) {
    throw new SourceError(`${file} cannot be used as a baseline: ${parsed.problem}`, {
      fix: "correct it, or delete it and run envguard scan --update-baseline",
    });
  }
  return parsed.baseline;
}

/**
 * The schema, when the project has one: the schema-aware rule needs it; a scan works without.
 * Imported on first need, so a scan of a change that touches no config never loads ajv.
 */
async function loadSchemaQuietly(root: string, policy: Policy): Promise<LoadedSchema | undefined> {
  if (!existsSync(path.resolve(root, policy.schema))) return undefined;
  const { loadProject } = await import("../config/project.js");
  return loadProject(root, { policy }).schema;
}

export async function runScan(options: ScanCommandOptions): Promise<ExitCode> {
  const root = path.resolve(options.root);
  const reportFormat = options.format === "sarif" ? "json" : options.format;
  try {
    const policy = await readPolicy(root, options.policyFile);
    if (options.maxFileSize !== undefined) policy.scan.maxFileSize = options.maxFileSize;
    const baselineFile = options.baseline === false ? undefined : (options.baseline ?? policy.scan.baseline);
    const baseline = baselineFile && !options.updateBaseline ? loadBaseline(policy, baselineFile) : undefined;
    let schema: Promise<LoadedSchema | undefined> | undefined;
    const lazySchema = () => {
      schema ??= loadSchemaQuietly(root, policy);
      return schema;
    };
    const source = await openSource(root, options.target, policy, options.progress);
    const rules = ruleCatalogue(SENSITIVE_FILE_RULES);
    const result = await scanFragments(source.fragments, {
      policy,
      detector: new Detector(CONTENT_RULES),
      rules,
      fileRule: (fragment) => detectSensitiveFile(fragment, policy.scan.allowedDotenvSuffixes),
      schema: lazySchema,
      readFullText: source.readFullText,
      baseline,
      reportStale: options.target.kind === "tree",
    });
    const stats = source.stats();
    const unreadable = stats.skipped.filter((s) => s.reason === "unreadable");

    if (options.updateBaseline) {
      const file = baselineFile ?? policy.scan.baseline;
      const previous = loadBaseline(policy, file) ?? emptyBaseline();
      const next: Baseline = { ...previous, entries: [] };
      const seen = new Set<string>();
      for (const a of result.accepted) {
        const entry = { rule: a.rule, path: a.path, secretHash: secretHash(previous, a.secret) };
        const key = JSON.stringify(entry);
        if (!seen.has(key)) next.entries.push(entry);
        seen.add(key);
      }
      writeFileSync(path.resolve(root, file), renderBaseline(next));
      process.stderr.write(
        `envguard: wrote ${next.entries.length} entr${next.entries.length === 1 ? "y" : "ies"} to ${printable(file)}\n`,
      );
      return unreadable.length > 0 ? EXIT.couldNotRun : EXIT.ok;
    }

    const findings: Finding[] = [...result.findings];
    for (const e of result.stale) {
      findings.push(
        makeFinding({
          rule: "baseline/stale",
          severity: "note",
          file: e.path,
          message: `${baselineFile} has an entry for ${e.rule} in ${e.path} that matches nothing any more.`,
          fix: "Run envguard scan --update-baseline to drop it.",
        }),
      );
    }
    for (const u of unreadable) {
      findings.push(
        makeFinding({
          rule: "scan/unreadable",
          severity: "error",
          file: u.path,
          message: `${u.path} could not be read, so it was not scanned.`,
          fix: "Make it readable, or list it under scan.ignorePaths in .envguard.yml.",
        }),
      );
    }
    const summary = describeStats(stats, result);
    let report: string;
    if (options.format === "sarif") {
      report = renderSarif(findings, [...rules.values()], VERSION);
    } else if (options.format === "json") {
      const { environments: _none, ...json } = jsonReport("scan", findings);
      const scan = {
        files: stats.files,
        bytes: stats.bytes,
        skipped: stats.skipped,
        suppressed: result.suppressed,
        baselined: result.baselined,
        ignoredPaths: result.ignoredPaths,
      };
      report = `${JSON.stringify({ ...json, scan }, null, 2)}\n`;
    } else {
      report = renderScanText(findings, summary, options.color);
    }
    if (options.output) {
      writeFileSync(path.resolve(options.output), report);
      if (options.format !== "text")
        process.stderr.write(
          `envguard: ${summary}; ${findings.length} finding(s) written to ${printable(options.output)}\n`,
        );
    } else {
      process.stdout.write(report);
    }
    if (unreadable.length > 0) return EXIT.couldNotRun;
    const failing =
      options.failOn === "never"
        ? false
        : options.failOn === "warning"
          ? findings.some((f) => f.severity !== "note")
          : hasErrors(findings);
    return failing ? EXIT.findings : EXIT.ok;
  } catch (error) {
    if (error instanceof SourceError) {
      const finding = makeFinding({
        rule: "scan/could-not-scan",
        severity: "error",
        message: `could not scan: ${error.problem}${error.gitMessage ? ` (git said: ${error.gitMessage})` : ""}.`,
        fix: error.fix ? `${error.fix[0]?.toUpperCase()}${error.fix.slice(1)}.` : undefined,
      });
      reportCouldNotRun("scan", [finding], reportFormat);
      return EXIT.couldNotRun;
    }
    const findings = couldNotRunFindings(error);
    if (!findings) throw error;
    reportCouldNotRun("scan", findings, reportFormat);
    return EXIT.couldNotRun;
  }
}

function renderScanText(findings: Finding[], summary: string, color: boolean): string {
  const paint = painter(color);
  const body = renderText(findings, [], { color, allEnvironments: [], grouped: false });
  const help = findings.some((f) => f.severity === "error")
    ? [
        paint("bold", "How to fix"),
        "  - Remove the secret: keep it in .env (gitignored) or a secret manager, and read it from the environment.",
        "  - Rotate it if it was ever pushed: removing it from the file does not remove it from history.",
        "  - A staged file that should not be committed: git restore --staged <file>.",
        "  - A false positive: add `envguard:allow <rule>` in a comment on the line, or accept it with",
        "    envguard scan --update-baseline (stored as a salted hash, never the secret).",
        "  - git commit --no-verify skips the hook, but the pull-request check runs the same scan.",
        "",
      ].join("\n")
    : "";
  return `${body}${help}${paint("dim", summary)}\n`;
}

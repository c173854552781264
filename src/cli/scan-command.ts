import { writeFileSync } from "node:fs";
import path from "node:path";
import { type Policy, readPolicy } from "../config/policy-base.js";
import { type Finding, failsOn } from "../report/finding.js";
import { jsonReport } from "../report/json.js";
import { printable } from "../report/sanitize.js";
import { renderSarif } from "../report/sarif.js";
import { painter, renderText } from "../report/text.js";
import { type Baseline, emptyBaseline, renderBaseline, secretHash } from "../scan/baseline.js";
import { loadBaseline, runScanJob, scanReport } from "../scan/scan-job.js";
import type { ScanTarget } from "../scan/sources/open-source.js";
import { VERSION } from "../version.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { couldNotRunFindings, reportCouldNotRun } from "./run-errors.js";

export interface ScanCommandOptions {
  root: string;
  policyFile?: string | undefined;
  /** The policy, when the caller has read it already (the pre-commit hook). */
  policy?: Policy | undefined;
  target: ScanTarget;
  format: "text" | "json" | "sarif";
  /** Write the report here instead of stdout (the text summary still goes to stderr). */
  output?: string | undefined;
  baseline?: string | false | undefined;
  updateBaseline: boolean;
  maxFileSize?: number | undefined;
  failOn: "error" | "warning" | "never";
  color: boolean;
  /** Run the schema-aware rule (default true; see ScanJobOptions). */
  schemaAware?: boolean;
  /** A callback for progress lines (history on a TTY). */
  progress?: ((done: number, total: number) => void) | undefined;
}

export async function runScan(options: ScanCommandOptions): Promise<ExitCode> {
  const root = path.resolve(options.root);
  const reportFormat = options.format === "sarif" ? "json" : options.format;
  try {
    const policy = options.policy ?? (await readPolicy(root, options.policyFile));
    if (options.maxFileSize !== undefined) policy.scan.maxFileSize = options.maxFileSize;
    const baselineFile = options.baseline === false ? undefined : (options.baseline ?? policy.scan.baseline);
    // Updating the baseline scans without it: every current finding is written anew.
    const job = await runScanJob({
      root,
      policy,
      target: options.target,
      baseline: options.updateBaseline ? false : baselineFile,
      progress: options.progress,
      schemaAware: options.schemaAware,
    });
    const { findings, summary } = job;

    if (options.updateBaseline) {
      const file = baselineFile ?? policy.scan.baseline;
      const previous = loadBaseline(root, file) ?? emptyBaseline();
      const next: Baseline = { ...previous, entries: [] };
      const seen = new Set<string>();
      for (const a of job.accepted) {
        const entry = { rule: a.rule, path: a.path, secretHash: secretHash(previous, a.secret) };
        const key = JSON.stringify(entry);
        if (!seen.has(key)) next.entries.push(entry);
        seen.add(key);
      }
      writeFileSync(path.resolve(root, file), renderBaseline(next));
      process.stderr.write(
        `envguard: wrote ${next.entries.length} entr${next.entries.length === 1 ? "y" : "ies"} to ${printable(file)}\n`,
      );
      return job.unreadable > 0 ? EXIT.couldNotRun : EXIT.ok;
    }

    let report: string;
    if (options.format === "sarif") {
      report = renderSarif(findings, job.rules, VERSION);
    } else if (options.format === "json") {
      const { environments: _none, ...json } = jsonReport("scan", findings);
      const scan = scanReport(job);
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
    if (job.unreadable > 0) return EXIT.couldNotRun;
    return failsOn(findings, options.failOn) ? EXIT.findings : EXIT.ok;
  } catch (error) {
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

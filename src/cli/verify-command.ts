import path from "node:path";
import type { EnvironmentStatus } from "../checks/check-project.js";
import { type ResolvedConfig, resolveProjectEnvironmentAsync } from "../config/load.js";
import { describeReference } from "../config/reference.js";
import { describeSource } from "../config/resolve.js";
import { configFingerprint } from "../deploy/fingerprint.js";
import { hasErrors } from "../report/finding.js";
import { jsonReport } from "../report/json.js";
import { printable } from "../report/sanitize.js";
import { painter, renderText } from "../report/text.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { displayValue } from "./print-command.js";
import { couldNotRunFindings, reportCouldNotRun } from "./run-errors.js";

export interface VerifyCommandOptions {
  root: string;
  policyFile?: string | undefined;
  environment: string;
  format: "text" | "json";
  /** Per store request, in milliseconds. */
  timeoutMs?: number | undefined;
  concurrency?: number | undefined;
  color: boolean;
}

/** One key as verify shows it: the value masked as `print` masks it, and where it came from. */
export interface VerifiedRow {
  key: string;
  value: string;
  secret: boolean;
  source: string;
  reference?: string;
}

export function verifiedRows(resolved: ResolvedConfig): VerifiedRow[] {
  return resolved.values.map((v) => ({
    key: v.key,
    value: displayValue(v),
    secret: v.secret,
    source: describeSource(v.source),
    ...(v.reference ? { reference: describeReference(v.reference) } : {}),
  }));
}

/** The one environment's status line, as `check` reports each environment. */
export function verifiedStatus(resolved: ResolvedConfig, production: boolean): EnvironmentStatus {
  const errors = resolved.findings.filter((f) => f.severity === "error").length;
  return {
    name: resolved.environment,
    production,
    status: errors > 0 ? "fail" : "pass",
    errors,
    warnings: resolved.findings.filter((f) => f.severity === "warning").length,
    files: [],
  };
}

/** The table of keys, masked values and sources (`print`'s layout). */
export function renderRows(rows: VerifiedRow[], color: boolean): string {
  const paint = painter(color);
  const keyWidth = Math.min(48, Math.max(3, ...rows.map((r) => r.key.length)));
  const valueWidth = Math.min(48, Math.max(5, ...rows.map((r) => r.value.length)));
  const out = [paint("bold", `${"key".padEnd(keyWidth)}  ${"value".padEnd(valueWidth)}  source`)];
  for (const r of rows) {
    const via = r.reference && r.value !== r.reference ? ` via ${r.reference}` : "";
    out.push(
      `${printable(r.key).padEnd(keyWidth)}  ${printable(r.value).padEnd(valueWidth)}  ${paint("dim", printable(r.source + via))}`,
    );
  }
  return `${out.join("\n")}\n`;
}

/**
 * The pre-deploy gate: every layer, the real environment and every reference (stores included),
 * validated. Exit 0 with the masked values and the fingerprint; 1 listing every problem; 2 when
 * it cannot run.
 */
export async function runVerify(options: VerifyCommandOptions): Promise<ExitCode> {
  let resolved: ResolvedConfig;
  let production: boolean;
  try {
    ({ resolved, production } = await resolveProjectEnvironmentAsync({
      cwd: path.resolve(options.root),
      env: options.environment,
      policyFile: options.policyFile,
      environ: process.env,
      timeoutMs: options.timeoutMs,
      concurrency: options.concurrency,
    }));
  } catch (error) {
    const findings = couldNotRunFindings(error);
    if (!findings) throw error;
    reportCouldNotRun("verify", findings, options.format);
    return EXIT.couldNotRun;
  }
  const ok = !hasErrors(resolved.findings);
  const fingerprint = ok ? configFingerprint(resolved) : undefined;
  const rows = verifiedRows(resolved);
  if (options.format === "json") {
    const report = jsonReport("verify", resolved.findings, [verifiedStatus(resolved, production)]);
    const body = {
      ...report,
      environment: resolved.environment,
      ok,
      fingerprint: fingerprint ?? null,
      values: rows,
    };
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return ok ? EXIT.ok : EXIT.findings;
  }
  const paint = painter(options.color);
  if (ok) process.stdout.write(`${renderRows(rows, options.color)}\n`);
  if (resolved.findings.length > 0) {
    process.stdout.write(
      renderText(resolved.findings, [verifiedStatus(resolved, production)], {
        color: options.color,
        allEnvironments: [],
      }),
    );
  }
  process.stdout.write(
    ok
      ? `${paint("bold", `✔ ${printable(resolved.environment)} is ready to deploy`)}  fingerprint ${fingerprint}\n`
      : `${paint("bold", `✖ ${printable(resolved.environment)} must not be deployed`)}: fix the problems above.\n`,
  );
  return ok ? EXIT.ok : EXIT.findings;
}

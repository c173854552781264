import path from "node:path";
import { type ResolvedConfig, resolveProjectEnvironmentAsync } from "../config/load.js";
import { verifyOutcome } from "../deploy/verify-outcome.js";
import { jsonReport } from "../report/json.js";
import { printable } from "../report/sanitize.js";
import { painter, renderText } from "../report/text.js";
import { renderValueRows } from "../report/values.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
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
  const { ok, fingerprint, rows, status } = verifyOutcome(resolved, production);
  if (options.format === "json") {
    const report = jsonReport("verify", resolved.findings, [status]);
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
  if (ok) process.stdout.write(`${renderValueRows(rows, options.color)}\n`);
  if (resolved.findings.length > 0) {
    process.stdout.write(
      renderText(resolved.findings, [status], {
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

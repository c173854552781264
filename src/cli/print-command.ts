import path from "node:path";

import { resolveProjectConfig } from "../config/load.js";
import { describeReference } from "../config/reference.js";
import { describeSource, type ResolvedValue } from "../config/resolve.js";
import { hasErrors } from "../report/finding.js";
import { jsonReport } from "../report/json.js";
import { maskSecret, maskUrlPassword } from "../report/mask.js";
import { printable } from "../report/sanitize.js";
import { painter, renderText } from "../report/text.js";
import { isSecretKeyName } from "../scan/rules/generic/secret-key.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { couldNotRunFindings, reportCouldNotRun } from "./run-errors.js";

export interface PrintCommandOptions {
  root: string;
  policyFile?: string | undefined;
  environment: string;
  format: "text" | "json";
  committed: boolean;
  color: boolean;
}

/** How a value may be shown: secrets masked, passwords in URLs hidden, long lists shortened. */
export function displayValue(v: ResolvedValue): string {
  const secret = v.secret || isSecretKeyName(v.path[v.path.length - 1] ?? "");
  if (typeof v.value === "string") {
    if (v.reference && v.value === describeReference(v.reference)) return v.value;
    if (secret) return maskSecret(v.value);
    return maskUrlPassword(v.value);
  }
  if (secret && v.value !== null && v.value !== undefined) return maskSecret(JSON.stringify(v.value));
  const json = JSON.stringify(v.value) ?? "undefined";
  if (Array.isArray(v.value) && json.length > 80) return `[${v.value.length} items]`;
  if (typeof v.value === "object" && v.value !== null && json.length > 80) {
    return `{${Object.keys(v.value).length} keys}`;
  }
  return json;
}

export async function runPrint(options: PrintCommandOptions): Promise<ExitCode> {
  try {
    const result = resolveProjectConfig({
      cwd: path.resolve(options.root),
      env: options.environment,
      policyFile: options.policyFile,
      committedOnly: options.committed,
    });
    const rows = result.values.map((v) => ({
      key: v.key,
      value: displayValue(v),
      secret: v.secret,
      source: describeSource(v.source),
      ...(v.reference ? { reference: describeReference(v.reference) } : {}),
    }));
    if (options.format === "json") {
      const report = jsonReport("print", result.findings);
      process.stdout.write(
        `${JSON.stringify({ ...report, environment: result.environment, values: rows }, null, 2)}\n`,
      );
    } else {
      const paint = painter(options.color);
      const keyWidth = Math.min(48, Math.max(3, ...rows.map((r) => r.key.length)));
      const valueWidth = Math.min(48, Math.max(5, ...rows.map((r) => r.value.length)));
      const out = [paint("bold", `${"key".padEnd(keyWidth)}  ${"value".padEnd(valueWidth)}  source`)];
      for (const r of rows) {
        const via = r.reference && r.value !== r.reference ? ` via ${r.reference}` : "";
        out.push(
          `${printable(r.key).padEnd(keyWidth)}  ${printable(r.value).padEnd(valueWidth)}  ${paint("dim", printable(r.source + via))}`,
        );
      }
      process.stdout.write(`${out.join("\n")}\n\n`);
      if (result.findings.length > 0) {
        process.stdout.write(renderText(result.findings, [], { color: options.color, allEnvironments: [] }));
      }
    }
    return hasErrors(result.findings) ? EXIT.findings : EXIT.ok;
  } catch (error) {
    const findings = couldNotRunFindings(error);
    if (!findings) throw error;
    reportCouldNotRun("print", findings, options.format);
    return EXIT.couldNotRun;
  }
}

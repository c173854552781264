import path from "node:path";

import { resolveProjectConfig } from "../config/load.js";
import { hasErrors } from "../report/finding.js";
import { jsonReport } from "../report/json.js";
import { renderText } from "../report/text.js";
import { renderValueRows, valueRows } from "../report/values.js";
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

export async function runPrint(options: PrintCommandOptions): Promise<ExitCode> {
  try {
    const result = resolveProjectConfig({
      cwd: path.resolve(options.root),
      env: options.environment,
      policyFile: options.policyFile,
      committedOnly: options.committed,
    });
    const rows = valueRows(result.values);
    if (options.format === "json") {
      const report = jsonReport("print", result.findings);
      process.stdout.write(
        `${JSON.stringify({ ...report, environment: result.environment, values: rows }, null, 2)}\n`,
      );
    } else {
      process.stdout.write(`${renderValueRows(rows, options.color)}\n`);
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

import { CouldNotRunError } from "../config/errors.js";
import type { Finding } from "../report/finding.js";
import { renderJson } from "../report/json.js";
import { printable } from "../report/sanitize.js";
import { SourceError } from "../scan/sources/source-error.js";

/** The errors that mean "envguard could not run" (exit 2), each carrying its findings. */
export function couldNotRunFindings(error: unknown): Finding[] | undefined {
  if (error instanceof CouldNotRunError || error instanceof SourceError) {
    return error.findings;
  }
  return undefined;
}

/** Writes could-not-run findings: JSON on stdout for machines, `file:line: message` on stderr for people. */
export function reportCouldNotRun(command: string, findings: Finding[], format: string): void {
  if (format === "json") process.stdout.write(renderJson(command, findings));
  for (const f of findings) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ""}` : ""}: ` : "";
    process.stderr.write(`envguard: ${printable(where + f.message)}\n`);
    if (f.fix) process.stderr.write(`  fix: ${printable(f.fix)}\n`);
  }
}

import { printable } from "../report/sanitize.js";
import { EXIT, type ExitCode } from "./exit-codes.js";

/** An error no command turned into findings: said on stderr (its stack with ENVGUARD_DEBUG); exit 2. */
export function reportCrash(error: unknown): ExitCode {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`envguard: could not run: ${printable(message)}\n`);
  if (process.env.ENVGUARD_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT.couldNotRun;
}

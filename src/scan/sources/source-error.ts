import { type Finding, makeFinding } from "../../report/finding.js";

/**
 * A source could not read what it was asked to scan: git failed, a commit is missing, a path does
 * not exist. A scan that meets one must stop (exit 2), never report "no secrets".
 */
export class SourceError extends Error {
  /** What went wrong, in one sentence. */
  readonly problem: string;
  /** What to do about it (a command to run, a setting to change), when there is something. */
  readonly fix: string | undefined;
  /** git's own words (stderr, trimmed), when git failed. */
  readonly gitMessage: string | undefined;

  constructor(problem: string, options: { fix?: string; gitMessage?: string } = {}) {
    const parts = [problem];
    if (options.gitMessage) parts.push(`git said: ${options.gitMessage}`);
    if (options.fix) parts.push(`fix: ${options.fix}`);
    super(parts.join("\n"));
    this.name = "SourceError";
    this.problem = problem;
    this.fix = options.fix;
    this.gitMessage = options.gitMessage;
  }

  /** The one finding of a scan that could not run, as every door reports it (exit 2). */
  get findings(): Finding[] {
    return [
      makeFinding({
        rule: "scan/could-not-scan",
        severity: "error",
        message: `could not scan: ${this.problem}${this.gitMessage ? ` (git said: ${this.gitMessage})` : ""}.`,
        fix: this.fix ? `${this.fix[0]?.toUpperCase()}${this.fix.slice(1)}.` : undefined,
      }),
    ];
  }
}

import type { Finding } from "../report/finding.js";

// The errors that stop a run (exit 2), each carrying findings with file and line. Here, apart from
// the modules that throw them, so catching one does not load the YAML parser or ajv.

/** The policy could not be read or is invalid: nothing can be checked (exit 2). */
export class PolicyError extends Error {
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => f.message).join("\n"));
    this.name = "PolicyError";
  }
}

/** envguard could not run: no config directory, unreadable files, unknown environment (exit 2). */
export class ProjectError extends Error {
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => f.message).join("\n"));
    this.name = "ProjectError";
  }
}

/** The schema could not be used at all: envguard cannot check anything (exit 2). */
export class SchemaError extends Error {
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => f.message).join("\n"));
    this.name = "SchemaError";
  }
}

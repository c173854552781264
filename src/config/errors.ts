import type { Finding } from "../report/finding.js";

// The errors that stop a run (exit 2), each carrying findings with file and line. Here, apart from
// the modules that throw them, so catching one does not load the YAML parser or ajv.

/** envguard could not run (exit 2); `findings` say where and what to do. */
export class CouldNotRunError extends Error {
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => f.message).join("\n"));
    this.name = new.target.name;
  }
}

/** The policy could not be read or is invalid: nothing can be checked. */
export class PolicyError extends CouldNotRunError {}

/** No config directory, unreadable files, unknown environment. */
export class ProjectError extends CouldNotRunError {}

/** The schema could not be used at all: envguard cannot check anything. */
export class SchemaError extends CouldNotRunError {}

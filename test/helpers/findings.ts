import { type FindingInput, makeFinding } from "../../src/report/finding.js";

/** A config finding as `envguard check` makes one; `over` changes any field. */
export const configFinding = (over: Partial<FindingInput> = {}) =>
  makeFinding({
    rule: "config/invalid-value",
    severity: "error",
    file: "config/staging.json",
    line: 4,
    column: 11,
    environment: "staging",
    key: "port",
    message: "port must be an integer, not a string.",
    fix: "Correct the value in config/staging.json.",
    ...over,
  });

/** A secret finding as the scanner makes one (masked match); `over` changes any field. */
export const secretFinding = (over: Partial<FindingInput> = {}) =>
  makeFinding({
    rule: "secretlint/aws",
    severity: "error",
    file: "src/app.ts",
    line: 12,
    column: 7,
    match: "AKIA…MPLE (20 chars)",
    message: "An AWS access key ID is committed.",
    fix: "Remove it and rotate the key.",
    ...over,
  });

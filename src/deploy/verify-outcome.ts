import type { EnvironmentStatus } from "../checks/check-project.js";
import type { ResolvedConfig } from "../config/load.js";
import { summarize } from "../report/json.js";
import { type ValueRow, valueRows } from "../report/values.js";
import { configFingerprint } from "./fingerprint.js";

/** What `envguard verify` and the Action's mode verify report about one resolved environment. */
export interface VerifyOutcome {
  environment: string;
  /** No error: the environment may be deployed. */
  ok: boolean;
  /** Only when ok: the fingerprint a deployed service must report. */
  fingerprint: string | undefined;
  /** The values, masked, with their sources. */
  rows: ValueRow[];
  /** The environment's status line, as `check` reports each environment. */
  status: EnvironmentStatus;
}

export function verifyOutcome(resolved: ResolvedConfig, production: boolean): VerifyOutcome {
  const { errors, warnings } = summarize(resolved.findings);
  return {
    environment: resolved.environment,
    ok: resolved.ok,
    fingerprint: resolved.ok ? configFingerprint(resolved) : undefined,
    rows: valueRows(resolved.values),
    status: {
      name: resolved.environment,
      production,
      status: errors > 0 ? "fail" : "pass",
      errors,
      warnings,
      files: [],
    },
  };
}

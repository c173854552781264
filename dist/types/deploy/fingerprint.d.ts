import type { ResolvedConfig } from "../config/load.js";
/**
 * A short, stable identity of one environment's resolved config: `sha256:` and 16 hex digits over
 * the environment name and every key (sorted) with its non-secret value or its secret's origin.
 * It holds no secret, no path, no line number and no time, so verify (before a deploy), the
 * running service (its health route) and smoke (after) compute the same one from the same config.
 */
export declare function configFingerprint(resolved: Pick<ResolvedConfig, "environment" | "values">): string;

import type { ResolvedConfig } from "../config/load.js";
import { describeReference } from "../config/reference.js";
import type { ResolvedValue } from "../config/resolve.js";
import { maskUrlPassword } from "../report/mask.js";
import { sha256Hex } from "../report/sha256.js";
import { isSecretValue } from "../report/values.js";

/**
 * What one key contributes: a non-secret's value; a secret's origin (the reference as written, or
 * the variable that sets it, or the kind of layer). A referenced value, secret or not, counts by its
 * reference, so a fingerprint computed without fetching anything (smoke, health) equals verify's.
 */
function keyIdentity(v: ResolvedValue): unknown {
  if (v.reference) return { from: describeReference(v.reference) };
  if (isSecretValue(v)) {
    const source = v.source;
    return source.kind === "env" || source.kind === "dotenv"
      ? { from: `variable ${source.variable}` }
      : { from: source.kind };
  }
  // A password inside a URL is a secret too: rotating it must not change the fingerprint.
  return { value: typeof v.value === "string" ? maskUrlPassword(v.value) : v.value };
}

/** JSON with object keys sorted, so equal data gives equal text on every machine. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * A short, stable identity of one environment's resolved config: `sha256:` and 16 hex digits over
 * the environment name and every key (sorted) with its non-secret value or its secret's origin.
 * It holds no secret, no path, no line number and no time, so verify (before a deploy), the
 * running service (its health route) and smoke (after) compute the same one from the same config.
 */
export function configFingerprint(resolved: Pick<ResolvedConfig, "environment" | "values">): string {
  const keys = [...resolved.values]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((v) => [v.key, keyIdentity(v)]);
  const canonical = canonicalJson({ version: 1, environment: resolved.environment, keys });
  return `sha256:${sha256Hex(canonical).slice(0, 16)}`;
}

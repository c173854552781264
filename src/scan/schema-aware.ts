import { formatOf } from "../config/format.js";
import type { Policy } from "../config/policy-base.js";

// The schema-aware rule's id and which files it reads. The rule itself (secret-literals.ts) parses
// config and is imported by the scanner only when a fragment is a config layer.

export const SCHEMA_AWARE_RULE = "config/secret-literal";

/** The environment a committed config layer belongs to ("" for base), or undefined if it is not one. */
export function layerOf(path: string, policy: Policy): string | undefined {
  const dir = `${policy.configDir.replace(/\/+$/, "")}/`;
  if (!path.startsWith(dir) || !formatOf(path)) return undefined;
  const name = path.slice(dir.length);
  if (name.includes("/")) return undefined;
  const stem = name.replace(/\.(json|ya?ml)$/i, "");
  if (stem === "base") return "";
  return policy.environments.includes(stem) ? stem : undefined;
}

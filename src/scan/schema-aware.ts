import { checkDocumentKeys } from "../checks/document-keys.js";
import { formatOf, parseConfigDocument } from "../config/document.js";
import type { Policy } from "../config/policy.js";
import type { LoadedSchema } from "../config/schema.js";
import type { RawMatch } from "./detect.js";
import type { Fragment } from "./fragment.js";

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

/**
 * The schema-aware rule: a literal value for an `x-secret` key in a committed config layer,
 * reported only on the fragment's lines (the added ones, for a change). `fullText` is the whole
 * file, which positions and parsing need.
 */
export function detectSecretLiterals(
  fragment: Fragment,
  fullText: string,
  schema: LoadedSchema,
  policy: Policy,
): RawMatch[] {
  const environment = layerOf(fragment.path, policy);
  if (environment === undefined) return [];
  const doc = parseConfigDocument(fragment.path, fullText);
  if (doc.value === undefined) return [];
  const counted = fragment.lineNumbers ? new Set(fragment.lineNumbers) : undefined;
  const textLineOf = new Map((fragment.lineNumbers ?? []).map((line, i) => [line, i + 1]));
  const matches: RawMatch[] = [];
  checkDocumentKeys(doc, schema, environment || undefined, (path, value) => {
    const place = doc.locate(path).value;
    if (counted && !counted.has(place.line)) return;
    matches.push({
      rule: SCHEMA_AWARE_RULE,
      line: place.line,
      column: place.column,
      secret: value,
      textLine: counted ? textLineOf.get(place.line) : place.line,
    });
  });
  return matches;
}

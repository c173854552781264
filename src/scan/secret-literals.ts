import { checkDocumentKeys } from "../checks/document-keys.js";
import { parseConfigDocument } from "../config/document.js";
import type { Policy } from "../config/policy-base.js";
import type { LoadedSchema } from "../config/schema.js";
import type { RawMatch } from "./detect.js";
import type { Fragment } from "./fragment.js";
import { layerOf, SCHEMA_AWARE_RULE } from "./schema-aware.js";

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

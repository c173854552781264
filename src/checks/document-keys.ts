import type { AnySchemaObject } from "ajv";
import type { ConfigDocument } from "../config/document.js";
import { dottedKey } from "../config/key-path.js";
import { parseReference } from "../config/reference.js";
import type { LoadedSchema } from "../config/schema.js";
import { closestName } from "../config/suggest.js";
import { type Finding, makeFinding } from "../report/finding.js";
import { maskSecret } from "../report/mask.js";

/**
 * One walk over a committed config file: keys the schema does not know (typos, with a
 * suggestion) and secrets written as literals instead of references.
 */
export function checkDocumentKeys(
  doc: ConfigDocument,
  schema: LoadedSchema,
  environment?: string,
  /** Told each secret literal's path and value: the scanner's baseline needs the value's hash. */
  onSecretLiteral?: (path: readonly string[], value: string) => void,
): Finding[] {
  const findings: Finding[] = [];
  if (doc.value === undefined) return findings;
  const at = (path: string[]) => {
    const place = doc.locate(path);
    const pos = place.key ?? place.value;
    return { file: doc.file, line: pos.line, column: pos.column };
  };
  // Data and schema are walked together, one step at a time (no lookups from the root).
  const visit = (value: unknown, path: string[], node: AnySchemaObject | undefined) => {
    if (node?.["x-secret"] === true) {
      forEachString(value, path, (p, s) => {
        if (s === "" || parseReference(s)) return;
        onSecretLiteral?.(p, s);
        findings.push(
          makeFinding({
            rule: "config/secret-literal",
            severity: "error",
            ...at(p),
            environment,
            key: dottedKey(p),
            match: maskSecret(s),
            message: `${dottedKey(p)} is a secret (x-secret) but ${doc.file} holds a literal value for it.`,
            fix: `Remove the value and supply it at run time: env://VAR, vault://mount/path#field or aws-sm://id; rotate it if it was ever pushed.`,
          }),
        );
      });
      return;
    }
    if (typeof value !== "object" || value === null || !node) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        const index = String(i);
        const itemNode = schema.child(node, index);
        // A scalar item holds no keys; it matters only when the items are secrets.
        if ((typeof item !== "object" || item === null) && itemNode?.["x-secret"] !== true) continue;
        path.push(index);
        visit(item, path, itemNode);
        path.pop();
      }
      return;
    }
    const shape = schema.shapeOf(node);
    for (const k of Object.keys(value)) {
      if (shape && !shape.open && !shape.properties.includes(k)) {
        const child = [...path, k];
        const guess = closestName(k, shape.properties);
        const close = guess !== undefined;
        findings.push(
          makeFinding({
            rule: "config/unknown-key",
            severity: "error",
            ...at(child),
            environment,
            key: dottedKey(child),
            message: `${dottedKey(child)} is not a key the schema knows${close ? ` (did you mean "${dottedKey([...path, guess])}"?)` : ""}.`,
            fix: close
              ? `Rename it to "${guess}", or add "${k}" to the schema.`
              : `Remove it, or add "${k}" to the schema${path.length ? ` under ${dottedKey(path)}` : ""}.`,
          }),
        );
        continue;
      }
      path.push(k);
      visit((value as Record<string, unknown>)[k], path, schema.child(node, k));
      path.pop();
    }
  };
  visit(doc.value, [], schema.root);
  return findings;
}

function forEachString(value: unknown, path: string[], visit: (path: string[], s: string) => void): void {
  if (typeof value === "string") visit(path, value);
  else if (typeof value === "number" || typeof value === "boolean") visit(path, String(value));
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) forEachString(value[i], [...path, String(i)], visit);
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) forEachString(v, [...path, k], visit);
  }
}

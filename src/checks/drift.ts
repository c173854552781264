import type { AnySchemaObject } from "ajv";
import type { ConfigDocument } from "../config/document.js";
import { dottedKey } from "../config/key-path.js";
import { getIn } from "../config/resolve.js";
import type { LoadedSchema } from "../config/schema.js";
import { type Finding, makeFinding } from "../report/finding.js";

/**
 * The paths a file sets, cut at the schema's keys: a list or a map counts once, so a file
 * that sets 2,000 routes sets one thing, `routes`. Data and schema are walked together.
 */
function settablePaths(
  value: unknown,
  path: string[],
  node: AnySchemaObject | undefined,
  schema: LoadedSchema,
  out: Map<string, string[]>,
): void {
  const name = dottedKey(path);
  const key = path.length > 0 ? schema.keyByName.get(name) : undefined;
  // Keys supplied at run time (x-env, x-secret) are set per environment by design.
  if (key?.runtime) return;
  const shape = schema.shapeOf(node);
  if (!key && node && shape && typeof value === "object" && value !== null && !Array.isArray(value)) {
    for (const k of Object.keys(value)) {
      // Keys the schema does not declare are reported as unknown keys, not as drift.
      if (!shape.open && !shape.properties.includes(k)) continue;
      path.push(k);
      settablePaths((value as Record<string, unknown>)[k], path, schema.child(node, k), schema, out);
      path.pop();
    }
    return;
  }
  if (path.length > 0) out.set(name, [...path]);
}

/**
 * Cross-environment drift: a key one environment file sets that no sibling sets, and that
 * neither base nor a schema default provides, so every other environment runs without it.
 */
export function checkDrift(
  environmentFiles: { environment: string; doc: ConfigDocument }[],
  base: ConfigDocument | undefined,
  schema: LoadedSchema,
): Finding[] {
  const parsed = environmentFiles.filter((e) => e.doc.value !== undefined);
  if (parsed.length < 2) return [];
  const setBy = parsed.map((e) => {
    const paths = new Map<string, string[]>();
    settablePaths(e.doc.value, [], schema.root, schema, paths);
    return { ...e, paths };
  });
  // How many environment files set each key: drift is a count of one.
  const count = new Map<string, number>();
  for (const env of setBy) for (const name of env.paths.keys()) count.set(name, (count.get(name) ?? 0) + 1);
  const findings: Finding[] = [];
  for (const env of setBy) {
    for (const [name, path] of env.paths) {
      if ((count.get(name) ?? 0) > 1) continue;
      if (base?.value !== undefined && getIn(base.value, path).found) continue;
      if (getIn(schema.defaults, path).found) continue;
      const place = env.doc.locate(path);
      const pos = place.key ?? place.value;
      const others = setBy.filter((o) => o !== env).map((o) => o.environment);
      findings.push(
        makeFinding({
          rule: "config/drift",
          severity: "warning",
          file: env.doc.file,
          line: pos.line,
          column: pos.column,
          environment: env.environment,
          key: name,
          message: `${name} is set only for ${env.environment}; ${others.join(", ")} run without it (no base value or default).`,
          fix: `Set it in ${base?.file ?? "the base file"} or in the other environments, or give it a default in the schema.`,
        }),
      );
    }
  }
  return findings;
}

import type { ConfigDocument } from "../config/document.js";
import type { DotenvParseResult } from "../config/dotenv.js";
import { dottedKey } from "../config/key-path.js";
import { parseReference } from "../config/reference.js";
import { forEachLeaf } from "../config/resolve.js";
import type { LoadedSchema } from "../config/schema.js";
import { closestName } from "../config/suggest.js";
import { type Finding, makeFinding } from "../report/finding.js";
import { maskSecret } from "../report/mask.js";
import { looksLikeCredential } from "../scan/credential-shape.js";
import { isSecretKeyName } from "../scan/rules/generic/secret-key.js";

/** Variables an example may list that belong to envguard or Node rather than to the schema. */
const ALWAYS_KNOWN = new Set(["ENVGUARD_ENV", "NODE_ENV"]);

/**
 * `.env.example` must list every variable that is supplied at run time (keys with x-env or
 * x-secret), list nothing the schema does not know, and hold placeholders only.
 */
export function checkDotenvExample(
  example: { file: string; parsed: DotenvParseResult } | undefined,
  schema: LoadedSchema,
): Finding[] {
  const runtime = schema.keys.filter((k) => k.runtime);
  if (!example) {
    if (runtime.length === 0) return [];
    return [
      makeFinding({
        rule: "examples/missing-file",
        severity: "warning",
        file: ".env.example",
        message: `There is no .env.example, so nobody can see which ${runtime.length} variable(s) must be set at run time.`,
        fix: `Create .env.example with empty or placeholder values for: ${runtime.map((k) => k.envVar).join(", ")}.`,
      }),
    ];
  }
  const { file, parsed } = example;
  const findings: Finding[] = parsed.problems.map((p) =>
    makeFinding({
      rule: "examples/syntax",
      severity: "warning",
      file,
      line: p.line,
      column: p.column,
      message: `${file}: ${p.message}`,
    }),
  );
  const listed = new Set(parsed.entries.map((e) => e.key));
  for (const key of runtime) {
    if (listed.has(key.envVar)) continue;
    findings.push(
      makeFinding({
        rule: "examples/missing-variable",
        severity: "error",
        file,
        key: key.envVar,
        message: `${file} does not list ${key.envVar}, which ${key.name} reads at run time${key.secret ? " (a secret)" : ""}.`,
        fix: `Add the line ${key.envVar}= to ${file}.`,
      }),
    );
  }
  const known = new Map(schema.keys.map((k) => [k.envVar, k]));
  const knownNames = [...known.keys()];
  const reported = new Set<string>();
  for (const entry of parsed.entries) {
    const key = known.get(entry.key);
    if (!key && !ALWAYS_KNOWN.has(entry.key) && !reported.has(entry.key)) {
      reported.add(entry.key);
      const guess = closestName(entry.key, knownNames);
      findings.push(
        makeFinding({
          rule: "examples/unknown-variable",
          severity: "warning",
          file,
          line: entry.line,
          column: entry.column,
          key: entry.key,
          message: `${file} lists ${entry.key}, which sets no key in the schema${guess ? ` (did you mean ${guess}?)` : ""}.`,
          fix: "Remove the line, correct its name, or add the key to the schema.",
        }),
      );
    }
    const secretKey = key?.secret === true || isSecretKeyName(entry.key);
    if (!parseReference(entry.value) && looksLikeCredential(entry.value, { secretKey })) {
      findings.push(
        makeFinding({
          rule: "examples/real-secret",
          severity: "error",
          file,
          line: entry.valueLine,
          column: entry.valueColumn,
          key: entry.key,
          match: maskSecret(entry.value),
          message: `${file} holds what looks like a real credential for ${entry.key}, not a placeholder.`,
          fix: "Replace it with an empty value or a placeholder such as <your-token>, and rotate the credential.",
        }),
      );
    }
  }
  return findings;
}

/** `config/example.json` may show every key, but its secrets must be placeholders. */
export function checkConfigExample(doc: ConfigDocument | undefined, schema: LoadedSchema): Finding[] {
  if (!doc) return [];
  if (doc.value === undefined) return doc.problems;
  const findings: Finding[] = [...doc.problems];
  forEachLeaf(doc.value, [], (path, value) => {
    if (typeof value !== "string" || parseReference(value)) return;
    const secretKey =
      schema.nodeAt(path)?.["x-secret"] === true || isSecretKeyName(String(path[path.length - 1]));
    if (!looksLikeCredential(value, { secretKey })) return;
    const place = doc.locate(path);
    findings.push(
      makeFinding({
        rule: "examples/real-secret",
        severity: "error",
        file: doc.file,
        line: place.value.line,
        column: place.value.column,
        key: dottedKey(path),
        match: maskSecret(value),
        message: `${doc.file} holds what looks like a real credential at ${dottedKey(path)}, not a placeholder.`,
        fix: "Replace it with a placeholder such as <your-token>, and rotate the credential.",
      }),
    );
  });
  return findings;
}

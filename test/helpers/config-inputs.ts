import { type ConfigDocument, parseConfigDocument } from "../../src/config/document.js";
import { defaultPolicy, type Policy } from "../../src/config/policy-base.js";
import { compileSchema, type LoadedSchema } from "../../src/config/schema.js";
import type { Finding } from "../../src/report/finding.js";

/** Lines joined with LF; `crlf` and `bom` make the same text as Windows editors save it. */
export function text(...lines: string[]): string {
  return `${lines.join("\n")}\n`;
}

export function crlf(source: string): string {
  return source.replace(/\n/g, "\r\n");
}

export function bom(source: string): string {
  return `\uFEFF${source}`;
}

/** A config document built in memory; the format follows the file name. */
export function configDoc(file: string, source: string): ConfigDocument {
  return parseConfigDocument(file, source);
}

/** A schema compiled from an object, written out as `config/schema.json` with two-space indentation. */
export function schemaFrom(schema: object, envPrefix = ""): LoadedSchema {
  return compileSchema(parseConfigDocument("config/schema.json", JSON.stringify(schema, null, 2)), envPrefix);
}

export function policyWith(overrides: Partial<Policy> = {}): Policy {
  return { ...defaultPolicy("/project"), ...overrides };
}

/** What a person reads first: rule, severity and the place to edit. */
export function placeOf(
  f: Finding,
): [string, string, string | undefined, number | undefined, number | undefined] {
  return [f.rule, f.severity, f.file, f.line, f.column];
}

/** `${NAME}` as a config file writes it (built here so that no string literal holds a template placeholder). */
export function interpolation(name: string): string {
  return `\${${name}}`;
}

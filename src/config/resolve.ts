import type { ErrorObject } from "ajv";
import { type Finding, makeFinding, type Severity } from "../report/finding.js";
import type { ConfigDocument, KeyPath } from "./document.js";
import type { DotenvParseResult } from "./dotenv.js";
import { dottedKey, pointerToPath } from "./key-path.js";
import type { Policy } from "./policy.js";
import { looksLikeReference, parseReference, type SecretReference } from "./reference.js";
import type { LoadedSchema, SchemaKey } from "./schema.js";
import { setIn } from "./schema.js";
import { expectation } from "./validation-message.js";

/** Where a resolved value came from. */
export type Source =
  | { kind: "default"; file: string; line: number; column: number }
  | { kind: "file"; file: string; line: number; column: number }
  | { kind: "dotenv"; file: string; line: number; column: number; variable: string }
  | { kind: "env"; variable: string };

export interface ResolvedValue {
  key: string;
  path: string[];
  value: unknown;
  secret: boolean;
  source: Source;
  /** Set when the value is a secret-manager or variable reference rather than the value itself. */
  reference?: SecretReference;
}

/** The layers of one environment, lowest precedence first. */
export interface EnvironmentLayers {
  environment: string;
  base?: ConfigDocument | undefined;
  environmentFile?: ConfigDocument | undefined;
  /** Present only for environments that read a `.env` file (local by default). */
  dotenv?: { file: string; parsed: DotenvParseResult } | undefined;
  /** Process environment; omitted when checking committed files only. */
  environ?: Record<string, string | undefined> | undefined;
}

export interface Resolution {
  environment: string;
  config: Record<string, unknown>;
  findings: Finding[];
  /** Where the value at `path` came from (the highest layer that sets it). */
  sourceOf(path: KeyPath): Source | undefined;
  /** Every schema key that has a value, plus any other leaf set by a file. */
  values(): ResolvedValue[];
}

interface Layer {
  kind: Source["kind"];
  value: Record<string, unknown>;
  doc?: ConfigDocument;
  /** For env and dotenv layers: the variable (and its line) that set each key. */
  variables?: Map<string, { variable: string; line?: number; column?: number }>;
  file?: string;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Objects merge key by key; anything else (lists included) replaces what was below it. */
export function deepMerge(lower: unknown, higher: unknown): unknown {
  if (!isPlainObject(lower) || !isPlainObject(higher)) return higher;
  const out: Record<string, unknown> = { ...lower };
  for (const k of Object.keys(higher)) out[k] = k in lower ? deepMerge(lower[k], higher[k]) : higher[k];
  return out;
}

/** The value at `path`, and whether it is there at all (a key set to undefined still is). */
export function getIn(value: unknown, path: KeyPath): { found: boolean; value?: unknown } {
  let node = value;
  for (const seg of path) {
    if (typeof node !== "object" || node === null) return { found: false };
    const key = String(seg);
    if (!Object.hasOwn(node, key)) return { found: false };
    node = (node as Record<string, unknown>)[key];
  }
  return { found: true, value: node };
}

// ---------------------------------------------------------------- coercion of environment strings

type Coerced = { ok: true; value: unknown } | { ok: false; expected: string };

function coerceScalar(text: string, types: string[]): Coerced {
  const order = types.length === 0 ? ["string"] : types;
  for (const t of order) {
    if (t === "string") return { ok: true, value: text };
    if (t === "integer" && /^[+-]?\d+$/.test(text.trim())) return { ok: true, value: Number(text) };
    // Decimal only: Number() would also read 0x10, 0b1 and 1_000-like surprises.
    if (t === "number" && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim())) {
      return { ok: true, value: Number(text) };
    }
    if (t === "boolean") {
      const b = /^(true|1|yes|on)$/i.test(text.trim())
        ? true
        : /^(false|0|no|off)$/i.test(text.trim())
          ? false
          : undefined;
      if (b !== undefined) return { ok: true, value: b };
    }
    if (t === "null" && /^null$/i.test(text.trim())) return { ok: true, value: null };
  }
  const names: Record<string, string> = {
    integer: "an integer",
    number: "a number",
    boolean: "true/false, 1/0, yes/no or on/off",
    null: "null",
  };
  return { ok: false, expected: order.map((t) => names[t] ?? t).join(" or ") };
}

/** Reads an environment string as the schema's type: numbers, booleans, lists (JSON or a,b,c), objects (JSON). */
export function coerceEnvironmentString(text: string, key: Pick<SchemaKey, "types" | "itemTypes">): Coerced {
  if (parseReference(text)) return { ok: true, value: text };
  const types = key.types;
  if (types.includes("array")) {
    const trimmed = text.trim();
    if (trimmed.startsWith("[")) {
      try {
        const parsed = JSON.parse(trimmed);
        if (Array.isArray(parsed)) return { ok: true, value: parsed };
      } catch {
        return { ok: false, expected: "a JSON list" };
      }
    }
    const items = trimmed === "" ? [] : trimmed.split(",").map((s) => s.trim());
    const out: unknown[] = [];
    for (const item of items) {
      const c = coerceScalar(item, key.itemTypes);
      if (!c.ok) return { ok: false, expected: `a comma-separated list whose items are each ${c.expected}` };
      out.push(c.value);
    }
    return { ok: true, value: out };
  }
  if (types.includes("object")) {
    try {
      const parsed = JSON.parse(text);
      if (isPlainObject(parsed)) return { ok: true, value: parsed };
    } catch {
      // reported below
    }
    return { ok: false, expected: "a JSON object" };
  }
  return coerceScalar(text, types);
}

// ---------------------------------------------------------------- resolution

export type Dereference = (
  reference: SecretReference,
) => { ok: true; value: string } | { ok: false; problem: string };

export interface ResolveOptions {
  /** `committed`: only what is in git (check). `runtime`: also .env and the process environment. */
  mode: "committed" | "runtime";
  /** Replaces references by their values (runtime); without it references stay as written. */
  dereference?: Dereference | undefined;
}

export function resolveEnvironment(
  schema: LoadedSchema,
  policy: Policy,
  input: EnvironmentLayers,
  { mode, dereference }: ResolveOptions,
): Resolution {
  const environment = input.environment;
  const findings: Finding[] = [];
  const layers: Layer[] = [{ kind: "default", value: schema.defaults, file: schema.file }];
  if (input.base?.value !== undefined) layers.push(fileLayer(input.base));
  if (input.environmentFile?.value !== undefined) layers.push(fileLayer(input.environmentFile));

  if (mode === "runtime" && input.dotenv) {
    const values: Record<string, string | undefined> = input.dotenv.parsed.values;
    const lines = new Map(input.dotenv.parsed.entries.map((e) => [e.key, e]));
    layers.push(
      variableLayer(schema, "dotenv", values, environment, findings, input.dotenv.file, (name) =>
        lines.get(name),
      ),
    );
  }
  if (mode === "runtime" && input.environ) {
    layers.push(variableLayer(schema, "env", input.environ, environment, findings));
    if (policy.envPrefix) findings.push(...unknownPrefixedVariables(schema, policy.envPrefix, input.environ));
  }

  let config: Record<string, unknown> = {};
  for (const layer of layers) config = deepMerge(config, layer.value) as Record<string, unknown>;

  const sourceOf = (path: KeyPath): Source | undefined => {
    for (let i = layers.length - 1; i >= 0; i--) {
      const layer = layers[i] as Layer;
      if (!getIn(layer.value, path).found) continue;
      return sourceIn(layer, path, schema);
    }
    return undefined;
  };
  const place = (path: KeyPath) => placeOf(sourceOf(path));

  // References stand in for values supplied later: check their syntax, and skip schema checks on them.
  const referencePaths = new Set<string>();
  const references = new Map<string, SecretReference>();
  const wellFormed: [string[], SecretReference][] = [];
  for (const [path, value] of mergedReferences(layers, config)) {
    const parsed = parseReference(value);
    if (!parsed) continue;
    referencePaths.add(pathId(path));
    if (parsed.ok) {
      references.set(pathId(path), parsed.reference);
      wellFormed.push([path, parsed.reference]);
    } else {
      findings.push(
        makeFinding({
          rule: "config/invalid-reference",
          severity: "error",
          ...place(path),
          environment,
          key: dottedKey(path),
          message: `${dottedKey(path)} holds a malformed reference: ${parsed.problem}.`,
          fix: "Correct the reference; the README lists the reference forms.",
        }),
      );
    }
  }

  if (dereference && wellFormed.length > 0) {
    config = structuredClone(config);
    for (const [path, reference] of wellFormed) {
      const got = dereference(reference);
      if (!got.ok) {
        findings.push(
          makeFinding({
            rule: "config/unresolved-reference",
            severity: "error",
            ...place(path),
            environment,
            key: dottedKey(path),
            message: `${dottedKey(path)} could not be resolved: ${got.problem}.`,
            fix: "Make the referenced secret available to this process, or change the reference.",
          }),
        );
        continue;
      }
      const key = schema.keyFor(path);
      const coerced = key ? coerceEnvironmentString(got.value, key) : { ok: true as const, value: got.value };
      if (!coerced.ok) {
        findings.push(
          makeFinding({
            rule: "config/invalid-value",
            severity: "error",
            ...place(path),
            environment,
            key: dottedKey(path),
            message: `The value behind ${dottedKey(path)}'s reference must be ${coerced.expected}.`,
            fix: "Correct the referenced secret.",
          }),
        );
        continue;
      }
      setIn(config, path, coerced.value);
      referencePaths.delete(pathId(path));
    }
  }

  const validate = schema.validate;
  if (!validate(config)) {
    const seen = new Set<string>();
    for (const error of (validate.errors ?? []) as ErrorObject[]) {
      const finding = validationFinding(error, {
        schema,
        config,
        environment,
        mode,
        referencePaths,
        sourceOf,
        input,
      });
      if (!finding || seen.has(finding.fingerprint)) continue;
      seen.add(finding.fingerprint);
      findings.push(finding);
    }
  }

  const values = (): ResolvedValue[] => {
    const out: ResolvedValue[] = [];
    const emit = (path: string[], value: unknown) => {
      const source = sourceOf(path);
      if (!source) return;
      const reference = references.get(pathId(path));
      const rv: ResolvedValue = {
        key: dottedKey(path),
        path,
        value,
        // A schema key's own flag (an object key holding a secret is one); else the node's.
        secret: schema.keyByName.get(dottedKey(path))?.secret ?? schema.nodeAt(path)?.["x-secret"] === true,
        source,
      };
      if (reference) rv.reference = reference;
      out.push(rv);
    };
    walkResolved(config, [], schema, emit);
    // Schema order reads like the schema's documentation; keys it does not declare go last.
    const rank = new Map(schema.keys.map((k, i) => [k.name, i]));
    const rankOf = (v: ResolvedValue) =>
      rank.get(v.key) ?? rank.get(schema.keyFor(v.path)?.name ?? "") ?? Infinity;
    return out.sort((a, b) => rankOf(a) - rankOf(b) || a.key.localeCompare(b.key));
  };

  return { environment, config, findings, sourceOf, values };
}

/** Leaves for printing: schema keys as a whole (a list, a map), other values down to scalars. */
function walkResolved(
  value: unknown,
  path: string[],
  schema: LoadedSchema,
  emit: (path: string[], value: unknown) => void,
): void {
  const isKey = path.length > 0 && schema.keyByName.has(dottedKey(path));
  if (isPlainObject(value) && !isKey) {
    for (const k of Object.keys(value)) walkResolved(value[k], [...path, k], schema, emit);
    return;
  }
  if (path.length > 0) emit(path, value);
}

/**
 * Calls `visit` for every scalar, with its path. The path array is reused between calls:
 * copy it to keep it.
 */
export function forEachLeaf(
  value: unknown,
  path: string[],
  visit: (path: string[], value: unknown) => void,
): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(String(i));
      forEachLeaf(value[i], path, visit);
      path.pop();
    }
  } else if (isPlainObject(value)) {
    for (const k of Object.keys(value)) {
      path.push(k);
      forEachLeaf(value[k], path, visit);
      path.pop();
    }
  } else {
    visit(path, value);
  }
}

// A layer's value never changes, and the base file is shared by every environment: scan each once.
const referencesByLayer = new WeakMap<object, [string[], string][]>();

/** The strings in a layer that claim to be references, with their paths. */
function layerReferences(value: Record<string, unknown>): [string[], string][] {
  let found = referencesByLayer.get(value);
  if (!found) {
    const out: [string[], string][] = [];
    forEachLeaf(value, [], (path, leaf) => {
      if (looksLikeReference(leaf)) out.push([[...path], leaf]);
    });
    referencesByLayer.set(value, out);
    found = out;
  }
  return found;
}

/** References that survive the merge: those whose path still holds the same string in the result. */
function mergedReferences(layers: Layer[], config: Record<string, unknown>): [string[], string][] {
  const out: [string[], string][] = [];
  const seen = new Set<string>();
  for (let i = layers.length - 1; i >= 0; i--) {
    for (const [path, value] of layerReferences((layers[i] as Layer).value)) {
      const id = pathId(path);
      if (seen.has(id) || getIn(config, path).value !== value) continue;
      seen.add(id);
      out.push([path, value]);
    }
  }
  return out;
}

function fileLayer(doc: ConfigDocument): Layer {
  return { kind: "file", value: doc.value as Record<string, unknown>, doc, file: doc.file };
}

function variableLayer(
  schema: LoadedSchema,
  kind: "env" | "dotenv",
  variables: Record<string, string | undefined>,
  environment: string,
  findings: Finding[],
  file?: string,
  lineOf?: (name: string) => { line: number; column: number } | undefined,
): Layer {
  const value: Record<string, unknown> = {};
  const names = new Map<string, { variable: string; line?: number; column?: number }>();
  for (const key of schema.keys) {
    const text = variables[key.envVar];
    if (text === undefined || text === "") continue;
    const coerced = coerceEnvironmentString(text, key);
    const at = lineOf?.(key.envVar);
    if (!coerced.ok) {
      findings.push(
        makeFinding({
          rule: "env/invalid-value",
          severity: "error",
          file,
          line: at?.line,
          column: at?.column,
          environment,
          key: key.name,
          message: `${key.envVar}${kind === "dotenv" ? ` in ${file}` : ""} sets ${key.name}, which must be ${coerced.expected}; its value could not be read as one.`,
          fix: `Set ${key.envVar} to ${coerced.expected}.`,
        }),
      );
      continue;
    }
    setIn(value, key.path, coerced.value);
    names.set(pathId(key.path), { variable: key.envVar, ...at });
  }
  const layer: Layer = { kind, value, variables: names };
  if (file) layer.file = file;
  return layer;
}

function unknownPrefixedVariables(
  schema: LoadedSchema,
  prefix: string,
  environ: Record<string, string | undefined>,
): Finding[] {
  const known = new Set(schema.keys.map((k) => k.envVar));
  return Object.keys(environ)
    .filter((name) => name.startsWith(prefix) && !known.has(name))
    .map((name) =>
      makeFinding({
        rule: "env/unknown-variable",
        severity: "warning",
        key: name,
        message: `${name} starts with the prefix ${prefix} but sets no key in the schema.`,
        fix: "Check its spelling, or add the key to the schema.",
      }),
    );
}

function sourceIn(layer: Layer, path: KeyPath, schema: LoadedSchema): Source {
  if (layer.kind === "default") {
    const at = schema.locateDefault(path);
    return { kind: "default", file: schema.file, ...at };
  }
  if (layer.kind === "file" && layer.doc) {
    const at = layer.doc.locate(path);
    const pos = at.key ?? at.value;
    return { kind: "file", file: layer.doc.file, line: pos.line, column: pos.column };
  }
  // Variables set whole keys; find the one at or above the path.
  for (let n = path.length; n > 0; n--) {
    const v = layer.variables?.get(pathId(path.slice(0, n)));
    if (!v) continue;
    if (layer.kind === "dotenv") {
      return {
        kind: "dotenv",
        file: layer.file ?? ".env",
        line: v.line ?? 1,
        column: v.column ?? 1,
        variable: v.variable,
      };
    }
    return { kind: "env", variable: v.variable };
  }
  return { kind: "env", variable: "?" };
}

function placeOf(source: Source | undefined): { file?: string; line?: number; column?: number } {
  if (!source || source.kind === "env") return {};
  return { file: source.file, line: source.line, column: source.column };
}

/** Says where a value came from in words: `config/staging.json:12`, `DATABASE_PORT`, the schema default. */
export function describeSource(source: Source): string {
  switch (source.kind) {
    case "default":
      return `default (${source.file}:${source.line})`;
    case "file":
      return `${source.file}:${source.line}`;
    case "dotenv":
      return `${source.variable} (${source.file}:${source.line})`;
    case "env":
      return `env ${source.variable}`;
  }
}

/** A required object that holds only keys supplied at run time (a group of secrets) is not missing from files. */
function onlyRuntimeKeysIn(schema: LoadedSchema, path: string[]): boolean {
  const prefix = `${dottedKey(path)}.`;
  const inside = schema.keys.filter((k) => k.name.startsWith(prefix));
  return inside.length > 0 && inside.every((k) => k.runtime || !k.required);
}

interface ValidationContext {
  schema: LoadedSchema;
  config: Record<string, unknown>;
  environment: string;
  mode: "committed" | "runtime";
  referencePaths: Set<string>;
  sourceOf: (path: KeyPath) => Source | undefined;
  input: EnvironmentLayers;
}

function validationFinding(error: ErrorObject, ctx: ValidationContext): Finding | undefined {
  const path = pointerToPath(error.instancePath);
  const { schema, environment } = ctx;
  // Unknown keys are reported once per file, with a suggestion (see checks/unknown-keys).
  if (error.keyword === "additionalProperties") return undefined;
  // A reference replaces its value: the real value is checked when the reference is resolved.
  for (let n = path.length; n >= 1; n--)
    if (ctx.referencePaths.has(pathId(path.slice(0, n)))) return undefined;

  if (error.keyword === "required") {
    const missing = String((error.params as { missingProperty: string }).missingProperty);
    const keyPath = [...path, missing];
    const key = schema.keyByName.get(dottedKey(keyPath));
    const runtime = key?.runtime ?? false;
    if (ctx.mode === "committed" && (runtime || onlyRuntimeKeysIn(schema, keyPath))) return undefined;
    const name = dottedKey(keyPath);
    const envVar = key?.envVar;
    const anchorSource = ctx.sourceOf(path);
    const fallbackDoc = ctx.input.environmentFile ?? ctx.input.base;
    const anchor =
      anchorSource && anchorSource.kind === "file"
        ? { file: anchorSource.file, line: anchorSource.line, column: anchorSource.column }
        : fallbackDoc
          ? { file: fallbackDoc.file, line: 1, column: 1 }
          : {};
    const where = [ctx.input.base?.file, ctx.input.environmentFile?.file].filter(Boolean).join(" or ");
    const fix = runtime
      ? `Set the environment variable ${envVar}${key?.secret ? " (a secret: from your secret store, never a committed file)" : ""}.`
      : `Set ${name} in ${where || `config/base.json or config/${environment}.json`}, give it a default in the schema${envVar ? `, or set ${envVar}` : ""}.`;
    return makeFinding({
      rule: "config/missing-key",
      severity: "error",
      ...anchor,
      environment,
      key: name,
      message: runtime
        ? `${name} is required but ${envVar} is not set.`
        : `${name} is required but no layer sets it.`,
      fix,
    });
  }

  const actual = getIn(ctx.config, path).value;
  const source = ctx.sourceOf(path);
  const name = dottedKey(path) || "the config";
  const secret = schema.nodeAt(path)?.["x-secret"] === true;
  const via =
    source?.kind === "env" || source?.kind === "dotenv"
      ? `${source.variable} sets ${name}, which`
      : source?.kind === "default"
        ? `The schema's default for ${name}`
        : name;
  return makeFinding({
    rule: "config/invalid-value",
    severity: "error" as Severity,
    ...placeOf(source),
    environment,
    key: dottedKey(path),
    message: `${via} ${expectation(error, actual)}${secret ? " (secret value not shown)" : ""}.`,
    fix:
      source?.kind === "env" || source?.kind === "dotenv"
        ? `Correct ${source.variable}.`
        : `Correct the value${source?.kind === "file" ? ` in ${source.file}` : ""}; the schema (${schema.file}) says what is allowed.`,
  });
}

/** A cheap, unambiguous map key for a path. */
function pathId(path: KeyPath): string {
  return path.join("\u0000");
}

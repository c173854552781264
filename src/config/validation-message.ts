import type { ErrorObject } from "ajv";

const TYPE_NAMES: Record<string, string> = {
  integer: "an integer",
  number: "a number",
  string: "a string",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  null: "null",
};

function typeName(t: unknown): string {
  if (Array.isArray(t)) return t.map(typeName).join(" or ");
  return TYPE_NAMES[String(t)] ?? String(t);
}

/** Describes what was actually there without ever showing the value itself. */
export function describeKind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  if (typeof value === "boolean") return "a boolean";
  if (typeof value === "string") return "a string";
  return `${typeof value === "object" ? "an" : "a"} ${typeof value}`;
}

function list(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => JSON.stringify(v));
  return shown.join(", ") + (values.length > 12 ? `, … (${values.length} in all)` : "");
}

/**
 * What the schema expects, in words, from an ajv error; never the value that failed, since
 * it may be a secret. `actual` is only used to name its kind.
 */
export function expectation(error: ErrorObject, actual: unknown): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "type":
      return `must be ${typeName(p.type)}, not ${describeKind(actual)}`;
    case "enum":
      return `must be one of ${list(p.allowedValues as unknown[])}`;
    case "const":
      return `must be exactly ${JSON.stringify(p.allowedValue)}`;
    case "format":
      return `must be a valid ${p.format}`;
    case "pattern":
      return `must match the pattern ${p.pattern}`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `must be ${p.comparison} ${p.limit}`;
    case "multipleOf":
      return `must be a multiple of ${p.multipleOf}`;
    case "minLength":
      return `must be at least ${plural(p.limit, "character")} long`;
    case "maxLength":
      return `must be at most ${plural(p.limit, "character")} long`;
    case "minItems":
      return `must have at least ${plural(p.limit, "item")}`;
    case "maxItems":
      return `must have at most ${plural(p.limit, "item")}`;
    case "uniqueItems":
      return `must not repeat an item (items ${p.j} and ${p.i} are the same)`;
    case "minProperties":
      return `must have at least ${plural(p.limit, "key")}`;
    case "maxProperties":
      return `must have at most ${plural(p.limit, "key")}`;
    case "propertyNames":
      return `has a key name that is not allowed (${p.propertyName})`;
    case "oneOf":
      return "must match exactly one of the shapes the schema allows";
    case "anyOf":
      return "must match at least one of the shapes the schema allows";
    case "not":
      return "must not match the shape the schema forbids";
    case "if":
      return `must match the schema's "${p.failingKeyword}" branch`;
    case "contains":
      return "must contain an item the schema asks for";
    case "dependentRequired":
    case "dependencies":
      return `needs ${p.missingProperty} when ${p.property} is set`;
    default:
      return error.message ?? `fails the schema's "${error.keyword}" rule`;
  }
}

function plural(n: unknown, noun: string): string {
  return `${n} ${noun}${Number(n) === 1 ? "" : "s"}`;
}

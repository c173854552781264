import { printable } from "../report/sanitize.js";
import { type ReferenceOutcome, referenceFailed } from "./reference-outcome.js";

const NAMES_SHOWN = 20;

/**
 * One field of a secret that holds a JSON object (Vault's data, an AWS secret with #field):
 * strings as they are, anything else as JSON. `secret` names the secret and its store for the
 * problem; a missing field lists the field names there are, never a value.
 */
export function pickSecretField(
  object: Record<string, unknown>,
  field: string,
  secret: string,
): ReferenceOutcome {
  if (!Object.hasOwn(object, field) || object[field] === undefined) {
    const names = Object.keys(object);
    const shown = names.slice(0, NAMES_SHOWN).map(printable).join(", ");
    const more = names.length > NAMES_SHOWN ? ` and ${names.length - NAMES_SHOWN} more` : "";
    return referenceFailed(
      "field-missing",
      `the secret ${secret} has no field "${printable(field)}"; it has: ${names.length > 0 ? `${shown}${more}` : "no fields"}`,
    );
  }
  const value = object[field];
  return { ok: true, value: typeof value === "string" ? value : JSON.stringify(value) };
}

/** #field of a secret stored as text: the text must be a JSON object. */
export function pickJsonField(text: string, field: string, secret: string): ReferenceOutcome {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return referenceFailed(
      "not-json",
      `the value of the secret ${secret} is not JSON, so #${printable(field)} cannot be read; store a JSON object or drop #${printable(field)}`,
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return referenceFailed(
      "not-json",
      `the value of the secret ${secret} is JSON but not an object, so #${printable(field)} cannot be read; store a JSON object or drop #${printable(field)}`,
    );
  }
  return pickSecretField(parsed as Record<string, unknown>, field, secret);
}

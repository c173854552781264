import { describeReference } from "../config/reference.js";
import { describeSource, type ResolvedValue } from "../config/resolve.js";
import { isSecretKeyName } from "../scan/rules/generic/secret-key.js";
import { maskSecret, maskUrlPassword } from "./mask.js";
import { printable } from "./sanitize.js";
import { painter } from "./text.js";

/** A secret by the schema (`x-secret`) or by its key's name (`password`, `api_key`, …). */
export function isSecretValue(v: Pick<ResolvedValue, "secret" | "path">): boolean {
  return v.secret || isSecretKeyName(v.path[v.path.length - 1] ?? "");
}

/**
 * Never shown in clear: a secret, or a value fetched from a secret store or a secrets file whatever
 * its key. What every door masks, and what the Action registers with the runner's log masking.
 */
export function isHiddenValue(v: ResolvedValue): boolean {
  return isSecretValue(v) || (v.reference !== undefined && v.reference.scheme !== "env");
}

/** How a value may be shown: secrets masked, passwords in URLs hidden, long lists shortened. */
export function displayValue(v: ResolvedValue): string {
  const secret = isHiddenValue(v);
  if (typeof v.value === "string") {
    if (v.reference && v.value === describeReference(v.reference)) return v.value;
    if (secret) return maskSecret(v.value);
    return maskUrlPassword(v.value);
  }
  if (secret && v.value !== null && v.value !== undefined) return maskSecret(JSON.stringify(v.value));
  const json = JSON.stringify(v.value) ?? "undefined";
  if (Array.isArray(v.value) && json.length > 80) return `[${v.value.length} items]`;
  if (typeof v.value === "object" && v.value !== null && json.length > 80) {
    return `{${Object.keys(v.value).length} keys}`;
  }
  return json;
}

export interface ValueRow {
  key: string;
  value: string;
  secret: boolean;
  source: string;
  reference?: string;
}

/** Each resolved value as `print` and `verify` show it: masked, with its source. */
export function valueRows(values: readonly ResolvedValue[]): ValueRow[] {
  return values.map((v) => ({
    key: v.key,
    value: displayValue(v),
    secret: v.secret,
    source: describeSource(v.source),
    ...(v.reference ? { reference: describeReference(v.reference) } : {}),
  }));
}

/** The table of keys, masked values and sources (`print`'s layout). */
export function renderValueRows(rows: ValueRow[], color: boolean): string {
  const paint = painter(color);
  const keyWidth = Math.min(48, Math.max(3, ...rows.map((r) => r.key.length)));
  const valueWidth = Math.min(48, Math.max(5, ...rows.map((r) => r.value.length)));
  const out = [paint("bold", `${"key".padEnd(keyWidth)}  ${"value".padEnd(valueWidth)}  source`)];
  for (const r of rows) {
    const via = r.reference && r.value !== r.reference ? ` via ${r.reference}` : "";
    out.push(
      `${printable(r.key).padEnd(keyWidth)}  ${printable(r.value).padEnd(valueWidth)}  ${paint("dim", printable(r.source + via))}`,
    );
  }
  return `${out.join("\n")}\n`;
}

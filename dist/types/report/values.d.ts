import { type ResolvedValue } from "../config/resolve.js";
/** A secret by the schema (`x-secret`) or by its key's name (`password`, `api_key`, …). */
export declare function isSecretValue(v: Pick<ResolvedValue, "secret" | "path">): boolean;
/**
 * Never shown in clear: a secret, or a value fetched from a secret store or a secrets file whatever
 * its key. What every door masks, and what the Action registers with the runner's log masking.
 */
export declare function isHiddenValue(v: ResolvedValue): boolean;
/** How a value may be shown: secrets masked, passwords in URLs hidden, long lists shortened. */
export declare function displayValue(v: ResolvedValue): string;
export interface ValueRow {
    key: string;
    value: string;
    secret: boolean;
    source: string;
    reference?: string;
}
/** Each resolved value as `print` and `verify` show it: masked, with its source. */
export declare function valueRows(values: readonly ResolvedValue[]): ValueRow[];
/** The table of keys, masked values and sources (`print`'s layout). */
export declare function renderValueRows(rows: ValueRow[], color: boolean): string;

import { type ResolvedValue } from "../config/resolve.js";
/** A secret by the schema (`x-secret`) or by its key's name (`password`, `api_key`, …). */
export declare function isSecretValue(v: Pick<ResolvedValue, "secret" | "path">): boolean;
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

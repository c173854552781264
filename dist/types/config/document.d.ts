import { type Finding } from "../report/finding.js";
import { type DocumentFormat } from "./format.js";
export { type DocumentFormat, formatOf } from "./format.js";
export type KeyPath = readonly (string | number)[];
/** Where a key and its value stand in a document. */
export interface NodePlace {
    key?: {
        line: number;
        column: number;
    };
    value: {
        line: number;
        column: number;
    };
}
/**
 * A parsed JSON or YAML config file. `value` is plain data; positions are computed on demand,
 * because most runs never need one (a clean check reports nothing).
 */
export interface ConfigDocument {
    file: string;
    format: DocumentFormat;
    /** The parsed value; undefined when the file does not parse. */
    value: unknown;
    /** Parse errors, duplicate keys, a top level that is not an object. */
    problems: Finding[];
    /** Position of the value at `path` (and of its key), or of the deepest ancestor that exists. */
    locate(path: KeyPath): NodePlace;
}
/**
 * Parses a config file. `requireObject` (the default) reports a top level that is not an object;
 * the schema loader turns it off and says so in its own words.
 */
export declare function parseConfigDocument(file: string, rawText: string, format?: DocumentFormat, requireObject?: boolean): ConfigDocument;

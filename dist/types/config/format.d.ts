/** The two formats a config file may be written in. */
export type DocumentFormat = "json" | "yaml";
/** A config file's format, by its extension; undefined for any other file. */
export declare function formatOf(file: string): DocumentFormat | undefined;

/** The two formats a config file may be written in. */
export type DocumentFormat = "json" | "yaml";

/** A config file's format, by its extension; undefined for any other file. */
export function formatOf(file: string): DocumentFormat | undefined {
  if (/\.json$/i.test(file)) return "json";
  if (/\.ya?ml$/i.test(file)) return "yaml";
  return undefined;
}

import type { ConfigDocument } from "../config/document.js";
import type { LoadedSchema } from "../config/schema.js";
import { type Finding } from "../report/finding.js";
/**
 * One walk over a committed config file: keys the schema does not know (typos, with a
 * suggestion) and secrets written as literals instead of references.
 */
export declare function checkDocumentKeys(doc: ConfigDocument, schema: LoadedSchema, environment?: string, 
/** Told each secret literal's path and value: the scanner's baseline needs the value's hash. */
onSecretLiteral?: (path: readonly string[], value: string) => void): Finding[];

import type { ConfigDocument } from "../config/document.js";
import type { DotenvParseResult } from "../config/dotenv.js";
import type { LoadedSchema } from "../config/schema.js";
import { type Finding } from "../report/finding.js";
/**
 * `.env.example` must list every variable that is supplied at run time (keys with x-env or
 * x-secret), list nothing the schema does not know, and hold placeholders only.
 */
export declare function checkDotenvExample(example: {
    file: string;
    parsed: DotenvParseResult;
} | undefined, schema: LoadedSchema): Finding[];
/** `config/example.json` may show every key, but its secrets must be placeholders. */
export declare function checkConfigExample(doc: ConfigDocument | undefined, schema: LoadedSchema): Finding[];

import type { ConfigDocument } from "../config/document.js";
import type { LoadedSchema } from "../config/schema.js";
import { type Finding } from "../report/finding.js";
/**
 * Cross-environment drift: a key one environment file sets that no sibling sets, and that
 * neither base nor a schema default provides, so every other environment runs without it.
 */
export declare function checkDrift(environmentFiles: {
    environment: string;
    doc: ConfigDocument;
}[], base: ConfigDocument | undefined, schema: LoadedSchema): Finding[];

import { type Finding } from "../report/finding.js";
import { type ConfigDocument } from "./document.js";
import { type DotenvParseResult } from "./dotenv.js";
import { type Policy } from "./policy.js";
import { type LoadedSchema } from "./schema.js";
/** Everything a check reads from disk, parsed: the I/O edge of the config side. */
export interface Project {
    policy: Policy;
    schema: LoadedSchema;
    /** The environments this run covers, in policy order. */
    environments: string[];
    base?: ConfigDocument;
    environmentFiles: Map<string, ConfigDocument>;
    dotenvExample?: {
        file: string;
        parsed: DotenvParseResult;
    };
    configExample?: ConfigDocument;
    /** Problems met while finding files: two files for one layer, files for unknown environments. */
    problems: Finding[];
}
export { ProjectError } from "./errors.js";
/** Reads a file as UTF-8 text; any failure is a "could not run" error naming the file. */
export declare function readProjectFile(root: string, file: string): string;
export interface LoadProjectOptions {
    policyFile?: string | undefined;
    /** An already loaded policy (then `policyFile` is not read). */
    policy?: Policy | undefined;
    /** Limit the run to these environments (all when empty). */
    environments?: string[] | undefined;
    /**
     * Read only the schema and the layers (`loadConfig` at an app's start): not the example files, and
     * no look for config files no environment reads. Those are `check`'s business; an app must not
     * fail to start over a template.
     */
    layersOnly?: boolean;
}
/** The project's schema, read and compiled (the scanner's schema-aware rule needs only this). */
export declare function loadSchema(root: string, policy: Policy): LoadedSchema;
export declare function loadProject(root: string, options?: LoadProjectOptions): Project;

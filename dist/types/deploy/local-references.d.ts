import type { SecretReference } from "../config/reference.js";
import { type ReferenceOutcome } from "./reference-outcome.js";
type EnvReference = Extract<SecretReference, {
    scheme: "env";
}>;
type FileReference = Extract<SecretReference, {
    scheme: "file";
}>;
/** env:// and ${NAME}: the variable from the given environment; unset and empty are both missing. */
export declare function resolveEnvReference(ref: EnvReference, environ: Record<string, string | undefined>): ReferenceOutcome;
/**
 * file://: the file's text less one trailing line break, as secret files (Docker, Kubernetes) are
 * written; a relative path is read from `root`. Synchronous: a secret file is a few bytes.
 */
export declare function resolveFileReference(ref: FileReference, root: string): ReferenceOutcome;
export {};

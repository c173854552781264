import type { SecretReference } from "../config/reference.js";
import { type ReferenceOutcome, type ResolverSettings } from "./reference-outcome.js";
type EnvReference = Extract<SecretReference, {
    scheme: "env";
}>;
type FileReference = Extract<SecretReference, {
    scheme: "file";
}>;
/** env:// and ${NAME}: the variable from the given environment; unset and empty are both missing. */
export declare function resolveEnvReference(ref: EnvReference, settings: ResolverSettings): ReferenceOutcome;
/** file://: the file's text less one trailing line break, as secret files (Docker, Kubernetes) are written. */
export declare function resolveFileReference(ref: FileReference, settings: ResolverSettings): Promise<ReferenceOutcome>;
export {};

import type { SecretReference } from "../config/reference.js";
/** Why a reference has no value: what the person has to fix differs for each. */
export type ReferenceFailure = "not-found" | "access-denied" | "timeout" | "field-missing" | "not-json" | "unavailable" | "misconfigured";
/** A secret's value, or one sentence for a person that never contains a secret value or a token. */
export type ReferenceOutcome = {
    ok: true;
    value: string;
} | {
    ok: false;
    failure: ReferenceFailure;
    problem: string;
};
/** resolveReferences' options with every default filled in: what each resolver is given. */
export interface ResolverSettings {
    environ: Record<string, string | undefined>;
    root: string;
    timeoutMs: number;
    retries: number;
    concurrency: number;
}
/** Fetches references of one remote store; made once per resolveReferences call and closed at its end. */
export interface StoreResolver<Ref extends SecretReference> {
    resolve(ref: Ref): Promise<ReferenceOutcome>;
    close(): void;
}
export declare function referenceFailed(failure: ReferenceFailure, problem: string): ReferenceOutcome;

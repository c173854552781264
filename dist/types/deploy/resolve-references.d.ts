import { type SecretReference } from "../config/reference.js";
import { type ReferenceOutcome } from "./reference-outcome.js";
export type { ReferenceFailure, ReferenceOutcome } from "./reference-outcome.js";
interface ResolveReferencesOptions {
    /** Where VAULT_ADDR, VAULT_TOKEN, VAULT_ROLE_ID/VAULT_SECRET_ID, VAULT_NAMESPACE, AWS_* and env:// variables are read. */
    environ: Record<string, string | undefined>;
    /** file:// paths that are relative resolve against this. */
    root: string;
    /** Per attempt; default 5000. */
    timeoutMs?: number;
    /** Extra attempts on transient errors (timeouts, connection errors, HTTP 429/5xx, AWS throttling/internal errors); default 2. */
    retries?: number;
    /** References fetched at the same time; default 16. 1 = one at a time (the bench compares the two). */
    concurrency?: number;
}
/**
 * Each distinct reference (by describeReference) is fetched once; all run concurrently up to
 * `concurrency`; never throws; a `problem` never contains a secret value.
 */
export declare function resolveReferences(refs: Iterable<SecretReference>, options: ResolveReferencesOptions): Promise<Map<string, ReferenceOutcome>>;

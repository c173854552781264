import { type ReferenceOutcome } from "./reference-outcome.js";
/**
 * One field of a secret that holds a JSON object (Vault's data, an AWS secret with #field):
 * strings as they are, anything else as JSON. `secret` names the secret and its store for the
 * problem; a missing field lists the field names there are, never a value.
 */
export declare function pickSecretField(object: Record<string, unknown>, field: string, secret: string): ReferenceOutcome;
/** #field of a secret stored as text: the text must be a JSON object. */
export declare function pickJsonField(text: string, field: string, secret: string): ReferenceOutcome;

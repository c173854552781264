import { type Policy } from "./policy-base.js";
export { PolicyError } from "./errors.js";
export { POLICY_FILES, type Policy, type RuleSetting } from "./policy-base.js";
/**
 * Reads `.envguard.yml` (or `explicitFile`) from `root` and lays it over the defaults.
 * A missing default policy file is fine; a missing explicit one is an error.
 */
export declare function loadPolicy(root: string, explicitFile?: string, 
/** The policy file, when the caller has looked for it already (readPolicy). */
found?: string | undefined): Policy;

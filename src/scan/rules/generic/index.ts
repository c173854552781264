import type { EnvguardRule } from "../rule.js";

/** Generic credential rules: a secret-looking key assigned a credential-shaped value. */
export const GENERIC_RULES: readonly EnvguardRule[] = [];

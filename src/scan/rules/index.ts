import { GENERIC_RULES } from "./generic/index.js";
import { PRESET_RULES } from "./preset.js";
import { PROVIDER_RULES } from "./providers/index.js";
import type { EnvguardRule } from "./rule.js";

/** Every content rule, most specific first: where two overlap, the earlier one is reported. */
export const CONTENT_RULES: readonly EnvguardRule[] = [...PROVIDER_RULES, ...PRESET_RULES, ...GENERIC_RULES];

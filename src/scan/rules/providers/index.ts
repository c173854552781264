import type { EnvguardRule } from "../rule.js";
import { googleApiKey } from "./google-api-key.js";

/** Provider token rules of envguard's own, from each provider's documented format. */
export const PROVIDER_RULES: readonly EnvguardRule[] = [googleApiKey];

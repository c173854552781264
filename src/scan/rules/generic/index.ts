import type { EnvguardRule } from "../rule.js";
import { genericAssignment } from "./assignment.js";
import { genericUrlPassword } from "./url-password.js";

/** Generic credential rules: a secret-looking key assigned a credential-shaped value, a password in a URL. */
export const GENERIC_RULES: readonly EnvguardRule[] = [genericUrlPassword, genericAssignment];

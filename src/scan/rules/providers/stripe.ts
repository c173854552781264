import { regexRule } from "../regex-rule.js";
import { looksPlaceholder } from "./shared.js";

/**
 * Stripe live-mode secret and restricted keys: `sk_live_` / `rk_live_` followed by letters and
 * digits (24 in older keys, longer now), as Stripe's "API keys" documentation shows them.
 * Publishable keys (`pk_live_`) are public by design; test-mode keys reach no real money.
 */
export const stripe = regexRule({
  id: "secret/stripe",
  title: "Stripe live secret or restricted key",
  description:
    "A Stripe live-mode secret key (sk_live_…) or restricted key (rk_live_…): the prefix and 24 or more letters and digits (Stripe documentation, 'API keys').",
  fix: "Roll the key in the Stripe Dashboard (Developers › API keys) and load the new one from a secret store.",
  severity: "error",
  keywords: ["sk_live_", "rk_live_"],
  pattern: /(?<![0-9A-Za-z_])(?<secret>[rs]k_live_[0-9A-Za-z]{24,247})(?![0-9A-Za-z_])/g,
  accept: (secret) => !looksPlaceholder(secret),
  samples: {
    positive: [
      "STRIPE_SECRET_KEY=«sk_live_51Hq8ZtK2eLm4Vr7Wp0Xy3Nb6Qc9Sd1Fg5Jh»",
      'const stripeKey = "«sk_live_Tn4Wm9Zp2Lx7Rk5Nv8Bs3Hd6Jf»";',
      "stripe:\n  restricted_key: «rk_live_7Pq2Zr9Xm4Wn6Bv1Cx8Sd3Fg5Hj0Kl2Ty»",
    ],
    negative: [
      "pk_live_51Hq8ZtK2eLm4Vr7Wp0Xy3Nb6Qc9Sd1Fg5Jh", // publishable: public by design
      "sk_test_51Hq8ZtK2eLm4Vr7Wp0Xy3Nb6Qc9Sd1Fg5Jh", // test mode
      "sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "sk_live_short12345",
    ],
  },
});

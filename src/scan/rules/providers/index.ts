import type { EnvguardRule } from "../rule.js";
import { atlassian } from "./atlassian.js";
import { azureStorage } from "./azure-storage.js";
import { datadog } from "./datadog.js";
import { digitalocean } from "./digitalocean.js";
import { discord } from "./discord.js";
import { doppler } from "./doppler.js";
import { googleApiKey } from "./google-api-key.js";
import { heroku } from "./heroku.js";
import { jwt } from "./jwt.js";
import { mailgun } from "./mailgun.js";
import { paypalBraintree } from "./paypal-braintree.js";
import { postman } from "./postman.js";
import { privateKey } from "./private-key.js";
import { pypi } from "./pypi.js";
import { sentry } from "./sentry.js";
import { square } from "./square.js";
import { stripe } from "./stripe.js";
import { telegram } from "./telegram.js";
import { terraformCloud } from "./terraform-cloud.js";
import { twilio } from "./twilio.js";

/**
 * Provider token rules of envguard's own, from each provider's documented format. Fixed-prefix
 * rules come first, then rules that need context or decoding, then JWTs (a provider token may be
 * a JWT) — where two report overlapping text, the earlier one is kept.
 */
export const PROVIDER_RULES: readonly EnvguardRule[] = [
  privateKey,
  googleApiKey,
  pypi,
  digitalocean,
  doppler,
  postman,
  terraformCloud,
  square,
  paypalBraintree,
  stripe,
  atlassian,
  sentry,
  heroku,
  telegram,
  mailgun,
  discord,
  azureStorage,
  twilio,
  datadog,
  jwt,
];

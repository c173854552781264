import { regexRule } from "../regex-rule.js";

/**
 * PayPal / Braintree access tokens (the credential PayPal's Braintree SDK integration takes):
 * `access_token$production$`, the 16-character merchant id, `$`, and 32 hex characters.
 * Sandbox tokens (`$sandbox$`) reach no money and are left alone.
 */
export const paypalBraintree = regexRule({
  id: "secret/paypal-braintree",
  title: "PayPal Braintree production access token",
  description:
    "A Braintree (PayPal) production access token: access_token$production$, a 16-character merchant id, $, and 32 hex characters (Braintree developer documentation, 'Access tokens' for the PayPal/Braintree SDK integration).",
  fix: "Revoke the access token in the PayPal developer dashboard (or the Braintree Control Panel's API settings), generate a new one, and keep it in a secret store.",
  severity: "error",
  keywords: ["access_token$production$"],
  pattern:
    /(?<![0-9A-Za-z_])(?<secret>access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32})(?![0-9A-Za-z_])/g,
  samples: {
    positive: [
      "BRAINTREE_ACCESS_TOKEN=«access_token$production$dph75qs7iccw8gx5$8b298c82b8f3a4a60ce6d28612003aed»",
      "gateway = braintree.BraintreeGateway(access_token='«access_token$production$ljdvb7g07zeesbf1$84c526859dc7265c027ee8e9a8a84aaa»')",
      '{ "paypal": { "accessToken": "«access_token$production$cpqlc2biujb3gho6$15fcc99d82fd66f6a0d4d193a6b255ef»" } }',
    ],
    negative: [
      "BRAINTREE_ACCESS_TOKEN=access_token$sandbox$fqnuf5fjiy2nhof6$edb24b3bd564f7ed7f591e4a11bc10e5", // sandbox
      "BRAINTREE_ACCESS_TOKEN=access_token$production$fqnuf5fjiy2nhof6$edb24b3bd564f7ed7f591e4a11bc10", // 30 hex
      "BRAINTREE_ACCESS_TOKEN=access_token$production$<merchant_id>$<token>",
      "BRAINTREE_ACCESS_TOKEN=access_token$production$fqnuf5fjiy2nhof$edb24b3bd564f7ed7f591e4a11bc10e5", // 15-char id
    ],
  },
});

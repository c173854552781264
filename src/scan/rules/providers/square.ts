import { regexRule } from "../regex-rule.js";
import { looksPlaceholder } from "./shared.js";

/**
 * Square credentials: access tokens (`EAAA` and 60 more characters, 64 in all, as Square's OAuth
 * reference gives their length; older ones `sq0atp-` and 22 characters) and OAuth application
 * secrets (`sq0csp-` and 43 characters). Application ids (`sq0idp-`) are public identifiers.
 */
export const square = regexRule({
  id: "secret/square",
  title: "Square access token or application secret",
  description:
    "A Square access token: EAAA followed by 60 URL-safe base64 characters (64 in all, Square API reference, ObtainToken), or the older sq0atp- followed by 22; or an OAuth application secret, sq0csp- followed by 43 (Square Developer documentation, 'Access Tokens and Other Square Credentials'). Sandbox and production tokens share the EAAA shape.",
  fix: "Revoke the token in the Square Developer Dashboard (the application's Credentials page: replace the personal access token, or replace the application secret on the OAuth page; revoke OAuth tokens with RevokeToken), and keep the new value in a secret store.",
  severity: "error",
  keywords: ["eaaa", "sq0atp-", "sq0csp-"],
  pattern:
    /(?<![0-9A-Za-z_-])(?<secret>EAAA[0-9A-Za-z_-]{60}|sq0atp-[0-9A-Za-z_-]{22}|sq0csp-[0-9A-Za-z_-]{43})(?![0-9A-Za-z_-])/g,
  accept: (secret) => !looksPlaceholder(secret.replace(/^(?:EAAA|sq0[ac][st]p-)/, "")),
  samples: {
    positive: [
      "SQUARE_ACCESS_TOKEN=«EAAAQYJh919OdaU1bun7Z7Ef8gYc076Eu6Y6VItOX6XAzfZ3Ld_PPlgFFRwMhdFz»",
      "square:\n  environment: production\n  access_token: «EAAAmSd0sJiGXkA-kumNythwf6jK003SMEZXY56PwbGIGnAPSgxyCj0_9V55mS0l»",
      "client = Client(access_token='«sq0atp-b0oHRFuKHw9i4nlGww5UBL»', environment='production')",
      '{ "applicationId": "sq0idp-8ZdfMcHo82qUjZcDgSctUh", "applicationSecret": "«sq0csp-pJ7oeBI3OvzK0E6e9m9-88JaUxAKxagCZz-q7Tofj5M»" }',
    ],
    negative: [
      "SQUARE_APPLICATION_ID=sq0idp-qVka8GL3tw8ll7zYvj4OEs", // the application id is public
      "SQUARE_ACCESS_TOKEN=EAAA5pCLQEjt54RjKk-3TJ9_G6DVI7Sl1KZdC0pEYOEb25nS0QDTATYbFl3KqJj", // 63 characters
      "SQUARE_ACCESS_TOKEN=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "FB_TOKEN=EAAACVZL6F3g1lLQhKIIybTzlWPg4kxv1fZg3J1qo8Rmr0xHWxiRHAU3dFfpnzkLENBKhwGgKUHfst2CQsMr8YxubP1opVNEC", // longer: not Square's 64
      "SQUARE_ACCESS_TOKEN=sq0atp-dIGqYWHtH9GWhnoUTPN4v", // 21 characters
    ],
  },
});

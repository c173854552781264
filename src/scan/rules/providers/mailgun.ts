import { shapesRule } from "./shared.js";

/**
 * Mailgun API keys. The classic private key is `key-` and 32 hex characters. Keys created since
 * Mailgun's multi-key API (account and domain sending keys) are 32 hex characters, `-`, and the
 * key's id, two groups of 8 hex characters as the Keys API lists them; that shape carries no
 * prefix, so it counts only with "mailgun" close by. The public validation key (`pubkey-…`) is
 * not a secret.
 */
export const mailgun = shapesRule({
  id: "secret/mailgun",
  title: "Mailgun API key",
  description:
    "A Mailgun private API key: key- followed by 32 hex characters; or a current account or domain sending key, 32 hex characters, '-', then the key id (8 hex, '-', 8 hex), when 'mailgun' appears within a few lines (Mailgun documentation, 'Authentication' and the Keys API). Public validation keys (pubkey-) are not reported.",
  fix: "Delete or reset the key in the Mailgun dashboard (Account settings › API Security, or the domain's Sending API keys), create a new one — a domain sending key where sending is all it does — and keep it in a secret store.",
  severity: "error",
  keywords: ["key-", "mailgun"],
  shapes: [
    {
      pattern: /(?<![0-9A-Za-z_-])(?<secret>key-[0-9a-f]{32})(?![0-9A-Za-z_-])/g,
      accept: (secret) => !/^key-(?:0{32}|x{32})$/.test(secret) && new Set(secret.slice(4)).size >= 6,
    },
    {
      pattern: /(?<![0-9A-Za-z_-])(?<secret>[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![0-9A-Za-z_-])/g,
      accept: (secret, m, text) =>
        new Set(secret.slice(0, 32)).size >= 6 &&
        /mailgun/i.test(text.slice(Math.max(0, m.index - 300), m.index + secret.length + 300)),
    },
  ],
  samples: {
    positive: [
      "MAILGUN_API_KEY=«key-0dc052f64cadb3a90fef6ea465e1e306»",
      "curl -s --user 'api:«key-c7c4994d6d07aad46773ea6848954fc2»' https://api.mailgun.net/v3/mg.corp.test/messages",
      "MAILGUN_API_KEY=«e5402147454413034e13a0ae89160c6d-c734b536-edbcaf44»",
      'mailgun:\n  domain: mg.corp.test\n  secret: "«57fc06b23f1539929578c2b0e8bc91d3-cb973552-315bd5a0»"',
      "const mg = mailgun.client({ username: 'api', key: '«key-e5402147454413034e13a0ae89160c6d»' });",
    ],
    negative: [
      "MAILGUN_PUBLIC_KEY=pubkey-57fc06b23f1539929578c2b0e8bc91d3", // the public validation key
      "MAILGUN_API_KEY=key-0dc052f64cadb3a90fef6ea465e1e30", // 31 hex
      "MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "CACHE_ID=e5402147454413034e13a0ae89160c6d-654248b8-fa8dc9ad", // the new shape without Mailgun near
      "MAILGUN_API_KEY=key-<your-api-key>",
      "MAILGUN_KEY_ID=dd2f8974-32b48b7b", // a key id alone
    ],
  },
});

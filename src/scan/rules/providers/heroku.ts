import { ASSIGN, shapesRule } from "./shared.js";

const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
const HRKU = `HRKU-(?:[0-9A-Za-z_-]{60}|${UUID})`;

/** A UUID that is not a run of one digit or a counting sequence (`00000000-…`, `12345678-…`). */
function plausibleUuid(value: string): boolean {
  const digits = value.replace(/-/g, "").toLowerCase();
  return new Set(digits).size >= 8 && !/0123456|1234567|abcdef/.test(digits);
}

/** The key a value is assigned to names a credential, not an app, team or pipeline id. */
function credentialKey(key: string): boolean {
  return (
    /key|token|auth|pass|secret|cred/i.test(key) &&
    !/(?:app|team|pipeline|space|org)[_-]?(?:id|uuid)/i.test(key)
  );
}

/**
 * Heroku API credentials: OAuth tokens since 2024 carry the prefix `HRKU-` (65 characters in all);
 * older API keys and authorizations are bare UUIDs, which are everywhere, so those count only when
 * assigned to a credential key beside a Heroku keyword, or in the `.netrc` entry for
 * api.heroku.com that the Heroku CLI writes.
 */
export const heroku = shapesRule({
  id: "secret/heroku",
  title: "Heroku API key",
  description:
    "A Heroku OAuth token or API key: HRKU- followed by 60 URL-safe characters (Heroku Dev Center, 'Heroku OAuth', prefixed tokens, 65 characters in all); or a legacy UUID API key assigned to a credential key named with 'heroku' (or under a 'heroku' section), or the password of the api.heroku.com entry in .netrc.",
  fix: "Revoke the key: 'heroku authorizations:revoke <id>' or regenerate the API key in the Heroku Dashboard (Account settings › API Key); create a scoped authorization with 'heroku authorizations:create' and keep it in a secret store.",
  severity: "error",
  keywords: ["hrku-", "heroku"],
  shapes: [
    {
      pattern: new RegExp(`(?<![0-9A-Za-z_-])(?<secret>${HRKU})(?![0-9A-Za-z_-])`, "g"),
      accept: (secret) => !/^HRKU-(?:x{8,}|0{8})/i.test(secret),
    },
    {
      pattern: new RegExp(
        `(?<![\\w.-])(?<key>[\\w.-]*(?:key|token|auth|pass|secret|cred)[\\w.-]*)${ASSIGN}(?<secret>${UUID})(?![0-9A-Za-z_-])`,
        "gi",
      ),
      accept: (secret, m, text) => {
        const key = m.groups?.key ?? "";
        const before = text.slice(Math.max(0, m.index - 160), m.index);
        return credentialKey(key) && plausibleUuid(secret) && (/heroku/i.test(key) || /heroku/i.test(before));
      },
    },
    {
      pattern: new RegExp(
        `machine\\s+(?:api|git)\\.heroku\\.com\\s+login\\s+\\S+\\s+password\\s+(?<secret>${HRKU}|${UUID})(?![0-9A-Za-z_-])`,
        "g",
      ),
      accept: (secret) => secret.startsWith("HRKU-") || plausibleUuid(secret),
    },
  ],
  samples: {
    positive: [
      "HEROKU_API_KEY=«HRKU-3O9jgIQnSCz8Xt9Pl4vmIHiVZj9uolgXU_nK3SZDSgGgWWaD2qxNRN0QgYcj»",
      'curl -H "Authorization: Bearer «HRKU-xVAyo2zV3UNhvIu0X6rER_F2IzEtLIyqlp9mjs4EiVcXxh6RooE35OCwRUNP»" https://api.heroku.com/apps',
      "export HEROKU_API_KEY=«91b5d525-e5c6-4177-9e74-26a1f8d0ed56»",
      "deploy:\n  heroku:\n    api_key: «f1ed2ad6-2f6c-43a7-8c5c-b54533bd7197»",
      '{ "herokuApiToken": "«fa16d367-eb84-4067-beda-af2a63afa001»" }',
      "machine api.heroku.com\n  login dev@corp.test\n  password «ccbdd8ab-7e11-4ac0-8224-603a6d382737»",
    ],
    negative: [
      "HEROKU_APP_ID=91b5d525-e5c6-4177-9e74-26a1f8d0ed56", // an app id is an identifier
      "API_KEY=f1ed2ad6-2f6c-43a7-8c5c-b54533bd7197", // a UUID with nothing about Heroku
      "HEROKU_API_KEY=00000000-0000-0000-0000-000000000000",
      "HEROKU_API_KEY=HRKU-FyRBotShhwl4cUyb52eUISK7e7bIWDFTPdLYuc-qfDb5yZ-hTCHCMH1w2jY", // 59 after the prefix
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
      "heroku_api_key: ${{ secrets.HEROKU_API_KEY }}",
      "HEROKU_API_KEY=HRKU-<your token>",
    ],
  },
});

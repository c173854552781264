import { decodeJsonObject, shapesRule } from "./shared.js";

/**
 * Sentry credentials:
 * - user auth tokens `sntryu_` (and the user-app and integration tokens `sntrya_` / `sntryi_`
 *   made the same way): the prefix and 64 lower-case hex characters;
 * - organization auth tokens `sntrys_`: the prefix, a base64 JSON payload (with `iat`, `url`,
 *   `region_url`, `org`), `_`, and 43 base64 characters — the payload is decoded to confirm it;
 * - legacy DSNs that still carry the secret key, `https://<public>:<secret>@host/<project>`.
 * A DSN with only the public key is meant to ship in client code and is not reported.
 */
export const sentry = shapesRule({
  id: "secret/sentry",
  title: "Sentry auth token or DSN secret",
  description:
    "A Sentry user auth token (sntryu_ + 64 hex; sntrya_ / sntryi_ alike), an organization auth token (sntrys_ + base64 JSON payload with 'iat' + '_' + 43 base64 characters, decoded and checked), or the secret key of a legacy DSN, https://<32 hex>:<32 hex>@…sentry…/<project> (Sentry documentation, 'Auth Tokens', 'Token and Credential Formats' and 'Data Source Name (DSN)').",
  fix: "Revoke the token in Sentry (User settings › Personal Tokens, or Organization settings › Auth Tokens / the internal integration), or for a DSN secret rotate the project's client key (Project settings › Client Keys) and use the public-key-only DSN; keep tokens in the CI secret store.",
  severity: "error",
  keywords: ["sntry", "sentry"],
  shapes: [
    {
      pattern: /(?<![0-9A-Za-z_])(?<secret>sntry[uai]_[0-9a-f]{64})(?![0-9A-Za-z_])/g,
      accept: (secret) => new Set(secret.slice(7)).size >= 8,
    },
    {
      pattern:
        /(?<![0-9A-Za-z_])(?<secret>sntrys_(?<payload>eyJ[0-9A-Za-z+/]+={0,2})_[0-9A-Za-z+/]{43})(?![0-9A-Za-z+/=_-])/g,
      accept: (_secret, m) => {
        const payload = decodeJsonObject(m.groups?.payload ?? "");
        return payload !== undefined && typeof payload.iat === "number";
      },
    },
    {
      pattern:
        /\bhttps?:\/\/(?<public>[0-9a-f]{32}):(?<secret>[0-9a-f]{32})@(?<host>[0-9A-Za-z.-]+)(?::\d+)?\/(?:[\w.-]+\/)*\d+(?![\w.-])/g,
      accept: (secret, m, text) => {
        if (new Set(secret).size < 8 || secret === m.groups?.public) return false;
        const before = text.slice(Math.max(0, m.index - 120), m.index);
        return /sentry/i.test(m.groups?.host ?? "") || /sentry/i.test(before);
      },
    },
  ],
  samples: {
    positive: [
      "SENTRY_AUTH_TOKEN=«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»",
      "[auth]\ntoken=«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»",
      "- run: sentry-cli releases new $VERSION\n  env:\n    SENTRY_AUTH_TOKEN: «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»",
      "sentry_sdk.init(dsn='https://8a4040ac97194a6227152707b1cddc20:«d900be239c433a4fcf74c79bd1db436b»@o4501.ingest.sentry.io/4504')",
      'SENTRY_DSN="https://9af5c40b7fecaa770a185350743ab785:«ad961f84eeafd7a374dc70b4299ff7fc»@errors.corp.test/12"',
      '{ "sentryToken": "«sntryi_b35cd2650e743c54081bbe80ef5b07a7eea97d5b5703d41ed100ddad6dc18a4f»" }',
    ],
    negative: [
      // A modern DSN: public key only, meant for client code.
      "Sentry.init({ dsn: 'https://8a4040ac97194a6227152707b1cddc20@o4501.ingest.sentry.io/4504' });",
      "SENTRY_AUTH_TOKEN=sntryu_92d3f8f2c2474de4e86e2df36db65e833378401b83e1df885ee9fb200bab01d", // 63 hex
      // An org token whose payload lacks 'iat'.
      "SENTRY_AUTH_TOKEN=sntrys_eyJ1cmwiOiJodHRwczovL3NlbnRyeS5pbyIsIm9yZyI6IngifQ==_24h8Il72kCS+ow9aAINNTZWKbrMypuC3h967t2meCpw",
      "SENTRY_DSN=https://<key>:<secret>@sentry.io/<project>",
      "SENTRY_AUTH_TOKEN=sntryu_YOUR_TOKEN_HERE",
      // Two hex strings in a URL with nothing about Sentry.
      "MIRROR=https://9af5c40b7fecaa770a185350743ab785:ad961f84eeafd7a374dc70b4299ff7fc@mirror.corp.test/12",
    ],
  },
});

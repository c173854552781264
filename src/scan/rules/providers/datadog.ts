import { ASSIGN, shapesRule } from "./shared.js";

/** Names Datadog in the key itself: DD_API_KEY, dd-application-key, DATADOG_APP_KEY, ddApiKey. */
const DATADOG_KEY = /(?:^|[^a-z0-9])dd[_-]?(?:api|app)|datadog/i;

/** Hex with some variety: not 000…, not abcdef0123… counting. */
function randomHex(value: string): boolean {
  return new Set(value.toLowerCase()).size >= 8 && !/0123456|abcdef/i.test(value);
}

/**
 * Datadog API keys (32 hex characters) and application keys (40 hex characters). Bare hex of those
 * lengths is everywhere (MD5 and SHA-1 digests, commit ids), so a value counts only when assigned
 * to an api-key / app-key name that itself says Datadog (`DD_API_KEY`, `DD-APPLICATION-KEY`,
 * `DATADOG_APP_KEY`, `ddApiKey`) or sits under a `datadog` section, and only with the length
 * that kind of key has. Newer application keys carry the prefix `ddapp_`.
 */
export const datadog = shapesRule({
  id: "secret/datadog",
  title: "Datadog API or application key",
  description:
    "A Datadog API key (32 hex characters) or application key (40 hex characters) assigned to a key such as DD_API_KEY, DD_APP_KEY, DD-APPLICATION-KEY or DATADOG_API_KEY, or to api_key/app_key under a 'datadog' section (Datadog documentation, 'API and Application Keys'); or a prefixed application key, ddapp_ followed by 34 characters.",
  fix: "Revoke the key in Datadog (Organization Settings › API Keys or Application Keys), create a new one (a scoped application key where possible), and give it to the agent or CI from a secret store, e.g. DD_API_KEY from the orchestrator's secrets.",
  severity: "error",
  keywords: ["datadog", "dd_", "dd-", "ddapi", "ddapp"],
  shapes: [
    {
      pattern: new RegExp(
        `(?<![\\w.-])(?<key>[\\w.-]*?(?:(?<api>api)|app(?:lication)?)[_.-]?key)${ASSIGN}(?<secret>[0-9a-f]{40}|[0-9a-f]{32})(?![0-9A-Za-z_-])`,
        "gi",
      ),
      accept: (secret, m, text) => {
        const key = m.groups?.key ?? "";
        const wanted = m.groups?.api !== undefined ? 32 : 40;
        if (secret.length !== wanted || !randomHex(secret)) return false;
        const before = text.slice(Math.max(0, m.index - 200), m.index);
        return DATADOG_KEY.test(key) || /datadog/i.test(before);
      },
    },
    {
      pattern: /(?<![0-9A-Za-z_-])(?<secret>ddapp_[0-9A-Za-z_]{34})(?![0-9A-Za-z_-])/g,
      accept: (secret) => !/x{8}/i.test(secret),
    },
  ],
  samples: {
    positive: [
      "DD_API_KEY=«92d064d9556656f22ad84c682fc9c125»",
      "export DD_APP_KEY='«fcb83b7baa75b525f66e1e021d1665ff81d6fffa»'",
      "datadog:\n  site: datadoghq.eu\n  apiKey: «a66dfe4fc086563f18fb83f31a2442ae»\n  appKey: «b123a13fced16f067560293e7211328449895e37»",
      'curl -X GET "https://api.datadoghq.com/api/v1/validate" -H "DD-API-KEY: «ad7b028ca01cd6ce6e0e3d4f5bebdbfd»"',
      '{ "datadogApplicationKey": "«6b6e10a8e79eebfe38acd4f0742dcb2731cded22»" }',
      "DATADOG_APP_KEY=«ddapp_9_Px0yBKBIrXAj8LaZZsskWmiwlMtxVWif»",
    ],
    negative: [
      "API_KEY=16eccd36ed15a936c607914739ac0344", // 32 hex with nothing about Datadog
      "DD_API_KEY=d06a81ce53ddb54b5ee40eb7d4e2098b59259bf8", // 40 hex: an API key has 32
      "DD_APP_KEY=16eccd36ed15a936c607914739ac0344", // 32 hex: an application key has 40
      "DD_API_KEY=<YOUR_DATADOG_API_KEY>",
      "DD_API_KEY=00000000000000000000000000000000",
      "GIT_COMMIT=d06a81ce53ddb54b5ee40eb7d4e2098b59259bf8",
      "DATADOG_APP_KEY=ddapp_T_Tvu13QptFK6a4IToetJlmpjtJH3sL", // ddapp_ with 31 characters
    ],
  },
});

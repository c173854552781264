import { decodeBase64, looksPlaceholder, shapesRule } from "./shared.js";

const DISCORD_EPOCH = 1_420_070_400_000;

/** The base64 first part of a bot token decodes to a snowflake id minted since Discord began. */
function isSnowflake(part: string): boolean {
  const id = decodeBase64(part)?.toString("latin1") ?? "";
  if (!/^[1-9][0-9]{16,19}$/.test(id)) return false;
  const created = Number(BigInt(id) >> 22n) + DISCORD_EPOCH;
  return created >= Date.UTC(2015, 0, 1) && created <= Date.now() + 366 * 24 * 3600 * 1000;
}

/**
 * Discord credentials:
 * - bot tokens: three dot-separated parts — the bot's user id (a snowflake) in base64, a
 *   timestamp (6 characters), and an HMAC (27 or 38 characters). The rule decodes the first part
 *   and requires a numeric snowflake of a plausible date. The shape has no fixed prefix, so it
 *   counts only in text that mentions "discord" or "token".
 * - webhook URLs: https://discord.com/api/webhooks/<id>/<token>; the token is reported.
 */
export const discord = shapesRule({
  id: "secret/discord",
  title: "Discord bot token or webhook URL",
  description:
    "A Discord bot token — base64 of the bot's snowflake id, '.', a 6-character timestamp, '.', a 27-38 character HMAC, decoded and checked — in text that mentions Discord or a token; or the token of a Discord webhook URL, https://discord.com/api/webhooks/<id>/<token> (Discord Developer documentation, 'Authentication' and 'Webhook resource').",
  fix: "Reset the bot token in the Discord Developer Portal (Applications › Bot › Reset Token) or delete the webhook in the channel's Integrations settings and create a new one; keep the replacement in a secret store.",
  severity: "error",
  keywords: ["discord", "token"],
  shapes: [
    {
      pattern:
        /(?<![0-9A-Za-z_.-])(?<secret>(?<id>[MNO][0-9A-Za-z]{22,26})\.[0-9A-Za-z_-]{6,7}\.[0-9A-Za-z_-]{27,40})(?![0-9A-Za-z_-]|\.[0-9A-Za-z_-])/g,
      accept: (_secret, m, text) => isSnowflake(m.groups?.id ?? "") && /discord|token/i.test(text),
    },
    {
      pattern:
        /https?:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api\/(?:v\d+\/)?webhooks\/\d{17,20}\/(?<secret>[0-9A-Za-z_-]{60,80})(?![0-9A-Za-z_-])/g,
      accept: (secret) => !looksPlaceholder(secret),
    },
  ],
  samples: {
    positive: [
      "DISCORD_TOKEN=«NTczMjk3NjAzMzc5MjU4NjU1.mcf6ng.YxJiXUn8vxVpzKbTDBZ0oACwWw5»",
      "import discord\nclient = discord.Client(intents=discord.Intents.default())\nclient.run('«MTA0MzY3NzA1MjkzMTIwOTM1OA.O8QJew.EiulBDebMsNcQnrt865VJaWq9LwyHL_FrmzYK-»')",
      '{ "token": "«MTIxNTgxMTI4OTA5MTcwNzE5Mg.ZF8Xyw.AMfnXKa9lvyHyuyGL1LEhMkWJNKHa_gXFdIMFc»", "prefix": "!" }',
      "DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/849074769101913877/«sDjUbJjlY1ZnwzsAQkUjh-dZLXqAI2PlZRJ7ZxTC7_BjGcwHj1PZqgoKZNdmug2WMCmJ»",
      "notify:\n  url: 'https://discordapp.com/api/webhooks/1063970773403160271/«6WEsvjDYj2FSr6aD6jk1wWqOyXb8P0JumRg-gBVKL4YmzUkaBFodwfOw93foWdeHGap2»'",
    ],
    negative: [
      // The first part decodes to a 20-digit number whose timestamp lies centuries ahead.
      "DISCORD_TOKEN=OTg3NjU0MzIxMDk4NzY1NDMyMTA.mcf6ng.YxJiXUn8vxVpzKbTDBZ0oACwWw5",
      // The right shape with nothing about Discord or a token anywhere.
      "checksum: MzQ2ODA1MTg3MzgyMDk4ODE3.pZCj9A.1utafr3UokKuq67ZRzVF8mbxUAn",
      "DISCORD_TOKEN=MzQ2ODA1MTg3MzgyMDk4ODE3.pZCj9A.1utafr3Uok", // the HMAC part is too short
      "DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/<id>/<token>",
      "DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/849074769101913877/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/849074769101913877/P_Kirn17yn_px6Brdb", // token cut short
    ],
  },
});

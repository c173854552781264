import { regexRule } from "../regex-rule.js";
import { looksPlaceholder } from "./shared.js";

/**
 * Telegram bot tokens as @BotFather issues them: the bot's numeric id (8 to 10 digits), a colon,
 * and 35 URL-safe base64 characters, which in issued tokens begin `AA`. In the Bot API's URLs the
 * token follows `bot` directly (`https://api.telegram.org/bot<token>/getMe`).
 */
export const telegram = regexRule({
  id: "secret/telegram",
  title: "Telegram bot token",
  description:
    "A Telegram bot token: the bot id (8-10 digits), ':', then 35 URL-safe base64 characters beginning AA (Telegram Bot API documentation, 'Authorizing your bot', and @BotFather).",
  fix: "Revoke the token with @BotFather (/revoke, or /token to issue a new one), update the bot's deployment, and keep the token in a secret store.",
  severity: "error",
  keywords: [":aa"],
  pattern: /(?<=^|[^0-9A-Za-z_-]|bot)(?<secret>[1-9][0-9]{7,9}:AA[0-9A-Za-z_-]{33})(?![0-9A-Za-z_-])/g,
  accept: (secret) => !looksPlaceholder(secret.slice(secret.indexOf(":") + 3)),
  samples: {
    positive: [
      "TELEGRAM_BOT_TOKEN=«1392622740:AA0Uasp5da-4vFD4KaD9wvG9-GoU-8YerIQ»",
      "curl https://api.telegram.org/bot«664231583:AAaja7TFkmhWTONG5QXPDdqnBfuGJuvv1Q8»/getMe",
      "bot = telebot.TeleBot('«2347992810:AAEHg-_sKud6JzAKNev5SH4gN92uaVB1KO_»')",
      '{ "telegram": { "token": "«720888303:AAvcfSmWNvSmnb40gKNAgHz4SiXuWJx4zr4»" } }',
    ],
    negative: [
      "TELEGRAM_BOT_TOKEN=1392622740:AA0Uasp5da-4vFD4KaD9wvG9-GoU-8YerI", // 32 after AA
      "TELEGRAM_BOT_TOKEN=1234567:AAaja7TFkmhWTONG5QXPDdqnBfuGJuvv1Q8", // 7-digit id
      "TELEGRAM_BOT_TOKEN=6949301997:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "TELEGRAM_BOT_TOKEN=<bot_id>:<token>",
      "TELEGRAM_BOT_TOKEN=9654947851:ZZEHg-_sKud6JzAKNev5SH4gN92uaVB1KO_", // does not begin AA
    ],
  },
});

import { regexRule } from "../regex-rule.js";
import { looksPlaceholder } from "./shared.js";

/**
 * Google API keys: "AIza" followed by 35 characters from [0-9A-Za-z_-] (39 in all), as Google's
 * API key documentation shows them.
 */
export const googleApiKey = regexRule({
  id: "secret/google-api-key",
  title: "Google API key",
  description:
    "A Google Cloud / Firebase API key: AIza followed by 35 URL-safe base64 characters (Google Cloud documentation, 'Using API keys').",
  fix: "Delete the key in the Google Cloud console (APIs & Services › Credentials), create a restricted one, and keep it in a secret store.",
  severity: "error",
  keywords: ["aiza"],
  pattern: /(?<![0-9A-Za-z_-])(?<secret>AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g,
  accept: (secret) => !looksPlaceholder(secret.slice(4)),
  samples: {
    positive: [
      "GOOGLE_API_KEY=«AIzaSyD3mQ8vX2kLp9Rt4Wn6Yb1Zc7Hf0Jg5U-A»",
      '{ "firebase": { "apiKey": "«AIzaQq7Rk2Lm9Xv4Bn6Ct1Dw8Ez3Fy5Gs0Hp_uV»" } }',
      "const key = '«AIzaB1c2D3e4F5g6H7i8J9k0L1m2N3o4P5q6R7s»';",
    ],
    negative: [
      "AIza is the prefix of Google API keys",
      "AIzaSyD3mQ8vX2kLp9Rt4Wn6Yb1Zc7Hf0Jg5U", // 38 characters: one short
      "AIzaSyD3mQ8vX2kLp9Rt4Wn6Yb1Zc7Hf0Jg5U-AB", // 40: part of something longer
      "XAIzaSyD3mQ8vX2kLp9Rt4Wn6Yb1Zc7Hf0Jg5U-A",
      "GOOGLE_API_KEY=AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", // a placeholder of the right length
    ],
  },
});

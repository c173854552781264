import { ASSIGN, mixedAlphanumeric, shapesRule } from "./shared.js";

const ACCOUNT_SID = "AC[0-9a-f]{32}";
const API_KEY_SID = /SK[0-9a-f]{32}(?![0-9A-Za-z])/;

/** Hex with some variety: not 000…, not 0123… counting. */
function randomHex(value: string): boolean {
  return new Set(value).size >= 8 && !/0123456|abcdef/.test(value);
}

function near(text: string, m: RegExpExecArray, radius: number): string {
  return text.slice(Math.max(0, m.index - radius), m.index + m[0].length + radius);
}

/**
 * Twilio credentials. Account SIDs (`AC` + 32 hex) and API key SIDs (`SK` + 32 hex) are
 * identifiers and are never reported themselves. What is reported:
 * - an auth token (32 hex) assigned to a token key named with "twilio" (or an auth-token key
 *   under a twilio section), written after the account SID as `AC…:token`, or passed right after
 *   it as in `Client("AC…", "token")` in a file that mentions Twilio;
 * - an API key secret (32 alphanumerics) written right after its `SK…` SID (`SK…:secret`,
 *   `Client("SK…", "secret", …)`) or assigned to a *secret* key with an `SK…` SID close by.
 */
export const twilio = shapesRule({
  id: "secret/twilio",
  title: "Twilio auth token or API key secret",
  description:
    "A Twilio auth token (32 hex characters) assigned next to a Twilio keyword or paired with an account SID (AC + 32 hex), or a Twilio API key secret (32 alphanumerics) paired with its API key SID (SK + 32 hex) (Twilio documentation, 'Auth Tokens and How to Change Them' and 'API Keys'). SIDs alone are identifiers and are not reported.",
  fix: "Rotate the credential in the Twilio Console: promote a secondary auth token (Account › API keys & tokens › Auth tokens) or delete the API key and create a new one; keep it in a secret store and prefer API keys over the account auth token.",
  severity: "error",
  keywords: ["twilio", "sk"],
  shapes: [
    {
      // TWILIO_AUTH_TOKEN=…, twilioAuthToken: "…", or auth_token: … under a twilio section.
      pattern: new RegExp(
        `(?<![\\w.-])(?<key>[\\w.-]*token)${ASSIGN}(?<secret>[0-9a-f]{32})(?![0-9A-Za-z_-])`,
        "gi",
      ),
      requires: /twilio/i,
      accept: (secret, m, text) => {
        const key = m.groups?.key ?? "";
        if (!randomHex(secret) || /sid/i.test(key)) return false;
        if (/twilio/i.test(key)) return true;
        return (
          /auth[_.-]?token$/i.test(key) && /twilio/i.test(text.slice(Math.max(0, m.index - 200), m.index))
        );
      },
    },
    {
      // https://AC…:token@api.twilio.com/…, curl -u AC…:token
      pattern: new RegExp(`(?<![0-9A-Za-z])${ACCOUNT_SID}:(?<secret>[0-9a-f]{32})(?![0-9A-Za-z_-])`, "g"),
      requires: /twilio/i,
      accept: (secret, m, text) => randomHex(secret) && /twilio/i.test(near(text, m, 300)),
    },
    {
      // Client("AC…", "token")
      pattern: new RegExp(`["']${ACCOUNT_SID}["']\\s*,\\s*["'](?<secret>[0-9a-f]{32})["']`, "g"),
      requires: /twilio/i,
      accept: (secret, _m, text) => randomHex(secret) && /twilio/i.test(text),
    },
    {
      // SK…:secret, Client("SK…", "secret", "AC…")
      pattern:
        /(?<![0-9A-Za-z])SK[0-9a-f]{32}(?::|["']\s*,\s*["'])(?<secret>[0-9A-Za-z]{32})(?![0-9A-Za-z_-])/g,
      accept: (secret) => mixedAlphanumeric(secret),
    },
    {
      // TWILIO_API_SECRET=… with TWILIO_API_KEY=SK… on a line close by.
      pattern: new RegExp(
        `(?<![\\w.-])(?<key>[\\w.-]*secret[\\w.-]*)${ASSIGN}(?<secret>[0-9A-Za-z]{32})(?![0-9A-Za-z_-])`,
        "gi",
      ),
      requires: /SK[0-9a-f]{32}/,
      accept: (secret, m, text) => mixedAlphanumeric(secret) && API_KEY_SID.test(near(text, m, 300)),
    },
  ],
  samples: {
    positive: [
      "TWILIO_ACCOUNT_SID=AC2af17adeb88ea7e37176a213a39342d6\nTWILIO_AUTH_TOKEN=«adf2f896a3db0018f6cfceba9217205b»",
      "twilio:\n  account_sid: AC845edb04e3c3090f29fbb71082861df2\n  auth_token: «6e034b5ff405540ca1a069473892dd4c»",
      "curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC716a5dcf4600721fd14d0391d8ed38fc/Messages.json -u AC716a5dcf4600721fd14d0391d8ed38fc:«bfc6eeb3f1d4e1b5016b0eaf452d4783»",
      "from twilio.rest import Client\nclient = Client('AC2af17adeb88ea7e37176a213a39342d6', '«eff26ce9350a77e4c145b0ba82e90589»')",
      "TWILIO_API_KEY=SK36957aca29f0782c8d20741bec0286cc\nTWILIO_API_SECRET=«vjAPlPXChFU7IjmUAISYEWceZ0rUPm7S»",
      "const client = twilio('SKadf2f896a3db0018f6cfceba9217205b', '«woLPHlQvJ2tEqxet1W3UbOvMx8ykIiS7»', { accountSid: 'AC845edb04e3c3090f29fbb71082861df2' });",
      '{ "twilioAuthToken": "«36957aca29f0782c8d20741bec0286cc»" }',
    ],
    negative: [
      "TWILIO_ACCOUNT_SID=AC2af17adeb88ea7e37176a213a39342d6", // an identifier
      "TWILIO_API_KEY_SID=SK36957aca29f0782c8d20741bec0286cc", // an identifier
      "TWILIO_AUTH_TOKEN=your_auth_token",
      "TWILIO_AUTH_TOKEN=adf2f896a3db0018f6cfceba9217205", // 31 hex
      "AUTH_TOKEN=6e034b5ff405540ca1a069473892dd4c", // 32 hex with nothing about Twilio
      "TWILIO_AUTH_TOKEN=00000000000000000000000000000000",
      // An API key SID next to a secret that is not one (all lower case and digits: a digest).
      "TWILIO_API_KEY=SK36957aca29f0782c8d20741bec0286cc\nWEBHOOK_SECRET=bfc6eeb3f1d4e1b5016b0eaf452d4783",
      // A secret-looking value with no SK SID anywhere near.
      "APP_SECRET=pdu14fm7kHEREjyRLPy29ZNcjjOX6tkv",
    ],
  },
});

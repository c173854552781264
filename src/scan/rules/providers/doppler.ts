import { regexRule } from "../regex-rule.js";
import { looksPlaceholder } from "./shared.js";

/**
 * Doppler tokens: `dp.` and a type (`pt` personal, `st` service — which may carry the config's
 * name, as in `dp.st.prd.…` — `sa` service account, `ct` CLI, `scim`, `audit`), a dot, and 40 or
 * more alphanumeric characters.
 */
export const doppler = regexRule({
  id: "secret/doppler",
  title: "Doppler token",
  description:
    "A Doppler personal (dp.pt.), service (dp.st., optionally followed by the config name), service account (dp.sa.), CLI (dp.ct.), SCIM (dp.scim.) or audit (dp.audit.) token: the prefix then 40 or more alphanumeric characters (Doppler API reference, 'Authentication', which lists the token types, and 'Service Tokens').",
  fix: "Revoke the token in the Doppler dashboard (the config's Access tab for service tokens, Team › Service Accounts, or your personal Tokens page), generate a new one, and pass it as DOPPLER_TOKEN from your deployment's secret store.",
  severity: "error",
  keywords: ["dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."],
  pattern:
    /(?<![0-9A-Za-z_.-])(?<secret>dp\.(?:pt|sa|ct|scim|audit|st(?:\.[a-z0-9][a-z0-9_-]{0,59})?)\.[0-9A-Za-z]{40,})(?![0-9A-Za-z_-])/g,
  accept: (secret) => !looksPlaceholder(secret.slice(secret.lastIndexOf(".") + 1)),
  samples: {
    positive: [
      "DOPPLER_TOKEN=«dp.st.prd.1HaPDQqPY5fcAxU0SWRAGdZ3sFgltmNKdGTaYz8PyPo»",
      "export DOPPLER_TOKEN='«dp.pt.G6dhAxQETjzQypuemRSLGkViVGJ9kEgQV0f91y7dBUg»'",
      "doppler:\n  token: «dp.sa.2OA4XJorlKTQXCerLvOH3IDi2hlZhsATsxde7NGQaOHL»",
      '{ "scimToken": "«dp.scim.5rLLKPdgTrsO7RxgyuR7GiDury6vKN5Q8Ywnux2kJTkW»" }',
      "const token = '«dp.st.C6aeBQS5BsG1kvDYuyzxWhS1GoHOSBFL6y5mxqf1yns»';",
    ],
    negative: [
      "echo 'dp.st.prd.xxxx' | doppler configure set token --scope /usr/src/app",
      "DOPPLER_TOKEN=dp.pt.LnbkJCDzsgcGw5suAWVnLLvFXGVD8cIwrq02mny", // 39 characters
      "DOPPLER_TOKEN=dp.xx.tt8E9THo3J7gn1i4W35xPjdukpfuH5wBWaEbOFHq", // unknown type
      "DOPPLER_TOKEN=dp.ct.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "DOPPLER_TOKEN=dp.pt.G4Qi0YDpwsWPeCf3Zq0QMPS-WR1LEaUejZbItgW4wWNhcg5cjt", // '-' is not in the alphabet
    ],
  },
});

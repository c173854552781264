import { regexRule } from "../regex-rule.js";
import { looksPlaceholder } from "./shared.js";

/**
 * Atlassian Cloud API tokens (Jira, Confluence, Bitbucket), created at id.atlassian.com since
 * 2023: `ATATT3` and a long URL-safe base64 body, usually ending in `=` and an 8-character hex
 * checksum. Bitbucket repository/project/workspace access tokens share the shape with `ATCTT3`.
 * Atlassian documents no fixed length ("we use a varied API token length"), so the rule asks for a
 * body of at least 100 characters rather than an exact count.
 */
export const atlassian = regexRule({
  id: "secret/atlassian",
  title: "Atlassian API token",
  description:
    "An Atlassian Cloud API token (Jira, Confluence, Bitbucket): ATATT3 — or ATCTT3 for Bitbucket access tokens — followed by at least 100 URL-safe base64 characters, optionally '=' and an 8-character hex checksum (Atlassian Support, 'Manage API tokens for your Atlassian account'; the length varies by design).",
  fix: "Revoke the token at id.atlassian.com › Security › API tokens (for Bitbucket access tokens: the repository, project or workspace's Access tokens page), create a new one with an expiry and the narrowest scopes, and keep it in a secret store.",
  severity: "error",
  keywords: ["atatt3", "atctt3"],
  pattern: /(?<![0-9A-Za-z_-])(?<secret>AT[AC]TT3[0-9A-Za-z_-]{100,}(?:=[0-9A-Fa-f]{8})?)(?![0-9A-Za-z_=-])/g,
  accept: (secret) => !looksPlaceholder(secret.slice(6)),
  samples: {
    positive: [
      "JIRA_API_TOKEN=«ATATT3qMeakqD-8rkrlZpdY0JZMGESn6kAU1ZlCUYIasn2TgLE_bDM_N1_oGVBvsDAUOaLismYXR5TK-GXQrEpO_nQJ8zkfXWIUZDNIygtbXaPYYlESGcHAmic1ytPw8plLNAgokgiKDH2WVYDi81xRcmMJUEHrKp3pg8-hKYrScjaNzC_FoPK=3A0F9C1E»",
      "curl -u dev@corp.test:«ATATT3zpemBLZQPfNCTKTKUp0s1ZrCVBAvOwS7gBdHRdTo6brilg6UcM6gtMIkoM0yijvlIR4oTDmukChLP4YhFGw_HYH4m4ER-qOms9Z4oVDb45UYoIqNrjlvrgIvgauuP07Dqw0olJWpH8Qrad8tzebe9s2ZW0jUDVYw0dXI2H2gNLhiLRlw=B7D2E640» https://corp.atlassian.net/rest/api/3/myself",
      'confluence:\n  token: "«ATATT3jtfyEyH9cLUDD-xx1smPVFR2292EEpl7fYQzE_t24wiqQGDsGhax546aA7t3fl8YiBrjXvvEZ0ZCdnSOeL2bmrZTxo5rkxACOXf2f0FxhipVa9VL9zgXoin7CKaCJM1sWeMpkwu0-f7r85J8pOCaT-x4WosjMezXJmTmc7zyYV7skwb5»"',
      "BITBUCKET_ACCESS_TOKEN='«ATCTT3K7rOQ_MQ9JsQA0JgXxyFvk14hKR0YLezK4lP3KnXO72NhbDpisW83w3RaUi6HCZmW1K16uOTNkVqx7uTyBTmek49ITHVr8WeFngnrsuj0R4uNnjpB5fFYUtdcc--l_gYwJdJgaUdWIyvfBMQMCoUh1xhL7u20Us3CShP7fFjeebpRsk8=5C18AF93»'",
    ],
    negative: [
      "JIRA_API_TOKEN=ATATT3kMLKCPJLSGL2wCQ8yMDgE9QY", // far too short
      "JIRA_API_TOKEN=kMLKCPJLSGL2wCQ8yMDgE9QYWCN2VHqwgRmLwwb0bz0xD1fn", // a legacy token without the prefix
      "JIRA_API_TOKEN=ATATT3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "Atlassian API tokens start with ATATT3.",
    ],
  },
});

import { rules } from "@secretlint/secretlint-rule-preset-recommend";
import type { SecretLintRuleCreator } from "@secretlint/types";
import type { EnvguardRule } from "./rule.js";

// Keywords are chosen from each rule's source (secretlint-rule-preset-recommend 12.0.0): every
// listed substring, lower-cased, is one of which at least one must occur in any text the rule can
// report on. test/scan/rules/preset-keywords.test.ts fuzzes that claim against the rules
// themselves; re-read the rules (and re-run it) when the preset is upgraded.
//
// Keywords also avoid containing another rule's keyword (the generic rules' "secret", "auth",
// "access_key", the URL rules' "://"): where a rule needs such a word, it shares that keyword, so
// that no rule's keyword can hide another's however the prefilter treats overlapping matches.
//
// Where a rule reports a range that is not the secret itself (aws, npm's `_authToken=` and
// x-oauth-basic cases, basicauth, database-connection-string, privatekey, gcp), the samples say
// so, and mark with « » only ranges that are exactly what the rule reports.
//
// All sample values below are random fakes made up for these tests.

const PREFIX = "@secretlint/secretlint-rule-";

function creator(short: string): SecretLintRuleCreator {
  const found = rules.find((r) => r.meta.id === `${PREFIX}${short}`);
  if (!found) throw new Error(`secretlint's recommended preset has no rule ${PREFIX}${short}`);
  return found as SecretLintRuleCreator;
}

function preset(short: string, spec: Omit<EnvguardRule, "id" | "rule">): EnvguardRule {
  return { id: `secretlint/${short}`, rule: creator(short), ...spec };
}

/** A PEM block with the body wrapped at 64 columns, joined with `eol` (a real or an escaped newline). */
function pem(label: string, body: string, eol = "\n"): string {
  const lines = body.match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join(eol);
}

const KEY_BODY_1 =
  "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC4aw63sDJ9pMIHPbyLabAypDSYbFWP/GWpbGsOYKv/iuaHTep0IG5Zy" +
  "xmYGOksFaB3Bc8zesq+lsfozfQqPN6IwwSGd02IcMCQocO5wF9HhGvHHN1Z1SmEp7J0FOKhKMBgOEH7SG+bhhqDg+Nn9xpdsC1x9e+7lM5" +
  "Kyw0OSd2owD0Dq1VV+inE8nvOs7SPSTcfbdTJVYxx2mGywo+MSD4ptgk7y80dxOF1aJ7ppYfO/D4kSobPih/JzKBA8EgFrOCBw3wkm2fo";
const KEY_BODY_2 =
  "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACDjApVdeci58tH3cxaNkqfec" +
  "ezLBD90tqi0OdB665SXBAaLulhHub5gjyhX6C38EYeEsoXkZ8fAovvdAVt1BGjLpDSo90yb0pjT+ngN3FwMwKZwQUH5M8Z1kUaZPlZjwW05";

const OPS_1 =
  "ops_eyJlbWFpbCI6InZ1dHl2bGxrcW9hY3lAMXBhc3N3b3Jkc2VydmljZWFjY291bnRzLmxjbCIsIm11ayI6eyJhbGciOiJBMjU2R0NNIiwiZXh0Ijp0cnVlLCJrIjoiYnNUa2wzemVlRkRBVmRPcmV3cFRwU2s4Z0J0d0RuMktQRm1mc0xhRmRrbiIsImtleV9vcHMiOlsiZW5jcnlwdCIsImRlY3J5cHQiXSwia3R5Ijoib2N0Iiwia2lkIjoibXAifSwic2VjcmV0S2V5IjoiQTMtQ1hNRjNNLVhUOU5STCIsInNycFgiOiIwMWNkNDI3MzYzYjMzNTNmY2M0NjRlZmI5ODU1MGYzZDU0NjdlM2M2OWEwODdiMjIwMDY0MDZkNGNmZTgzNzNkIiwic2lnbkluQWRkcmVzcyI6Im15LjFwYXNzd29yZC5jb20ifQ==";
const OPS_2 =
  "ops_eyJlbWFpbCI6InducXN2dmxicWtsb29AMXBhc3N3b3Jkc2VydmljZWFjY291bnRzLmxjbCIsIm11ayI6eyJhbGciOiJBMjU2R0NNIiwiZXh0Ijp0cnVlLCJrIjoid1JvNkRLMnJ2ZG5hdVlHN2h5MHg2R2xFMFM5Q0lKY0ZkZnNUdXoxYmNXbSIsImtleV9vcHMiOlsiZW5jcnlwdCIsImRlY3J5cHQiXSwia3R5Ijoib2N0Iiwia2lkIjoibXAifSwic2VjcmV0S2V5IjoiQTMtQ003QzUzLUdFNzhXWSIsInNycFgiOiI4NTU1ZDM1Y2UxMjQzZWQ3MjQ3YjRkMTMwNDMwYjZiODcxNGRiZWQ1Y2Y1MmJhNmRmMWQwYzFkNTAxYjM0NjgxIiwic2lnbkluQWRkcmVzcyI6Im15LjFwYXNzd29yZC5jb20ifQ==";

/** A GCP service-account key file (JSON), as `gcloud iam service-accounts keys create` writes it. */
function serviceAccountJson(project: string, keyId: string, body: string): string {
  return JSON.stringify(
    {
      type: "service_account",
      project_id: project,
      private_key_id: keyId,
      private_key: `${pem("PRIVATE KEY", body)}\n`,
      client_email: `deployer@${project}.iam.gserviceaccount.com`,
      client_id: "104829360173552810465",
      token_uri: "https://oauth2.googleapis.com/token",
    },
    null,
    2,
  );
}

/**
 * secretlint's recommended preset, rule by rule, each with the keywords that gate it.
 *
 * `secretlint/gcp` reports only on `.json` (and `.p12`) paths and `secretlint/filter-comments`
 * reports nothing (it withdraws other rules' findings on lines with `secretlint-disable…`
 * comments): their samples are checked, with a path and in their own sense, by
 * preset-keywords.test.ts.
 */
export const PRESET_RULES: readonly EnvguardRule[] = [
  preset("aws", {
    title: "AWS secret access key",
    description:
      "An AWS secret access key (40 characters of [A-Za-z0-9/+=]) assigned to a key named like aws_secret_access_key / SecretAccessKey, as in AWS's credential files (secretlint's git-secrets-derived pattern; access key ids alone are not reported, and AWS's documented example key is ignored). The reported range starts at the key name.",
    fix: "Deactivate and delete the access key in IAM (Users › Security credentials), create a new one if still needed, and load it from the environment, an AWS profile or a role instead of a file.",
    severity: "error",
    // (SECRET|secret|Secret)_?(ACCESS|access|Access)_?(KEY|key|Key): lower-cased, the text holds
    // "access_key" or "accesskey" (the generic rules' keywords too: shared, so neither hides the
    // other, as "secret_access" would hide their "secret").
    keywords: ["access_key", "accesskey"],
    samples: {
      // Unmarked: secretlint reports the 40 characters from the start of the key name.
      positive: [
        "AWS_SECRET_ACCESS_KEY=MUADeQUPIAWlzyADlUXME8kuVYs4KIyYRumwT4fc",
        'aws_secret_access_key = "nGbFoOCtarL6txZoNHNIyw8ofD4y9bTfigh8Nzme"',
        '{ "SecretAccessKey": "nGbFoOCtarL6txZoNHNIyw8ofD4y9bTfigh8Nzme" }',
      ],
      negative: [
        "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", // AWS's documented example
        "AWS_SECRET_ACCESS_KEY=MUADeQUPIAWlzyADlUXME8kuVYs4KIyYRumwT4f", // 39 characters
        "AWS_SECRET_ACCESS_KEY=MUADeQUPIAWlzyADlUXME8kuVYs4KIyYRumwT4fcX", // 41 characters
        `AWS_SECRET_ACCESS_KEY=\${AWS_SECRET_ACCESS_KEY}`,
        "AWS_ACCESS_KEY_ID=AKIAQ3EGRJ5XMPLW4N7Z", // an access key id alone is not reported
      ],
    },
  }),
  preset("gcp", {
    title: "Google Cloud service-account key file",
    description:
      "A Google Cloud service-account key: a JSON file with private_key_id and a private_key holding a PEM private key (as `gcloud iam service-accounts keys create` writes it), or a .p12 key file protected with Google's fixed password `notasecret`. Reported on the whole file.",
    fix: "Delete the key in the Google Cloud console (IAM › Service accounts › Keys), prefer workload identity federation or attached service accounts, and keep any key file out of the repository.",
    severity: "error",
    // The JSON branch needs the keys private_key_id and private_key, written literally or with
    // \uXXXX escapes. The .p12 branch reads the file from disk by path and never looks at the
    // text; a .p12 file is binary, and sources skip binary files before content rules run.
    keywords: ["private_key", "\\u"],
    samples: {
      positive: [
        serviceAccountJson("billing-prod-4821", "3f1c9a7be05d42e8b61f0c7d2a9e4b5c8d7f6a01", KEY_BODY_1),
        serviceAccountJson(
          "etl-staging-2207",
          "a93e5d10c4b7f2869e0d1c3b5a7f9e2d4c6b8a0f",
          KEY_BODY_1.slice(0, 200),
        ),
      ],
      negative: [
        // No private_key_id.
        JSON.stringify({ type: "service_account", private_key: `${pem("PRIVATE KEY", KEY_BODY_1)}\n` }),
        // A private_key that is not a PEM private key.
        JSON.stringify({ private_key_id: "3f1c9a7be05d42e8", private_key: `\${GCP_PRIVATE_KEY}` }),
      ],
    },
  }),
  preset("privatekey", {
    title: "Private key (PEM)",
    description:
      "A PEM private key block (-----BEGIN [RSA|DSA|EC|OPENSSH|PGP ]PRIVATE KEY-----) whose body is at least 100 base64 characters starting like DER (MI…) or an OpenSSH key, also inside JSON strings with \\n escapes. Reported on the whole block.",
    fix: "Treat the key pair as compromised: revoke or replace it wherever its public key is trusted (servers' authorized_keys, certificates, deploy keys) and keep private keys in a secret store or agent.",
    severity: "error",
    // The pattern needs the literal "PRIVATE KEY" (case-sensitive) between BEGIN and the dashes.
    keywords: ["private key"],
    samples: {
      positive: [
        `«${pem("RSA PRIVATE KEY", KEY_BODY_1)}»`,
        `key: |\n  «${pem("OPENSSH PRIVATE KEY", KEY_BODY_2, "\n  ")}»\n`,
        `{ "key": "«${pem("PRIVATE KEY", KEY_BODY_1, "\\n")}»\\n" }`,
      ],
      negative: [
        pem("RSA PRIVATE KEY", "..."),
        pem("PRIVATE KEY", `AAAA${KEY_BODY_1.slice(4)}`), // not DER, not OpenSSH
        pem("PUBLIC KEY", KEY_BODY_1),
        pem("PRIVATE KEY", KEY_BODY_1.slice(0, 90)), // too short to be a key
      ],
    },
  }),
  preset("npm", {
    title: "npm access token",
    description:
      "An npm access token (npm_ followed by 36 characters, npm's 2021 format); in .npmrc files also any literal _authToken= value, and in package.json a GitHub token in a https://<token>:x-oauth-basic@github.com/ URL.",
    fix: `Revoke the token on npmjs.com (Access Tokens) or with 'npm token revoke', create a granular token, and reference it from .npmrc as \${NPM_TOKEN}.`,
    severity: "error",
    // npm_…; "_authToken=" and "x-oauth-basic" both contain "auth" — the generic rules' keyword:
    // "_authtoken=" itself would hide their "auth" and "token" from the prefilter.
    keywords: ["npm_", "auth"],
    samples: {
      positive: [
        "//registry.npmjs.org/:_authToken=«npm_6DasT8agXNn3GR5egI3WqWkANFlbXjLIdF6o»",
        "NPM_TOKEN=«npm_SAMi7rb6v4QEj9QZI7fi1jHzDB8rEvL1UyDu»",
      ],
      negative: [
        `//registry.npmjs.org/:_authToken=\${NPM_TOKEN}`,
        "NPM_TOKEN=npm_SAMi7rb6v4QEj9QZI7fi1jHzDB8rEvL1UyD", // 35 characters
        "echo $npm_config_registry $npm_package_version",
      ],
    },
  }),
  preset("basicauth", {
    title: "Credentials in a URL",
    description: `A user name and password in an http(s)/ftp(s) URL (scheme://user:password@host.tld), skipping placeholders (password, \${…}, {{…}}, localhost, YOUR_PASSWORD…). Reported on the URL up to the host.`,
    fix: "Change the password of that account, and build the URL at run time from a secret (or use a credential helper / token header) instead of writing it in the URL.",
    severity: "error",
    // The scheme is http, https, ftp or ftps, always followed by "://".
    keywords: ["://"],
    samples: {
      positive: [
        "git remote add origin «https://deploy:zzY4Arzj6TWYaLbW@git.corp-example.net»/infra.git",
        'PROXY_URL="«http://svc_proxy:S4ynBbZ9qUBYD2@proxy.internal.io»:3128"',
      ],
      negative: [
        "https://user:password@example.com/",
        `https://admin:\${ADMIN_PASSWORD}@registry.internal.io/`,
        "https://deploy:abc@git.corp-example.net", // password too short
        "https://git.corp-example.net/infra.git",
      ],
    },
  }),
  preset("slack", {
    title: "Slack token or incoming webhook",
    description:
      "A Slack token (xoxb-, xoxp-, xoxa-, xoxo-, xoxr- or xapp- followed by dash-separated parts) or an incoming webhook URL https://hooks.slack.com/services/T…/B…/…, per Slack's token-types documentation.",
    fix: "Revoke the token (api.slack.com › your app › OAuth & Permissions, or auth.revoke) or regenerate the webhook, and load it from a secret store.",
    severity: "error",
    keywords: ["xoxb-", "xoxp-", "xoxa-", "xoxo-", "xoxr-", "xapp-", "hooks.slack.com/services/"],
    samples: {
      positive: [
        "SLACK_BOT_TOKEN=«xoxb-243610041653-3319339355030-r0Eo3BJFBpQH4mmxxHrhjlLp»",
        "webhook: «https://hooks.slack.com/services/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»",
        'token = "«xoxp-481273868865-839949506493-1182892697518-8379237b12adbadb9979998e3021fd66»"',
      ],
      negative: [
        `SLACK_BOT_TOKEN=xoxb-\${SLACK_TOKEN}`,
        "Bot tokens start with xoxb-",
        "https://hooks.slack.com/services/",
        "xoxc-243610041653-3319339355030", // a client token prefix the rule does not cover
      ],
    },
  }),
  preset("sendgrid", {
    title: "SendGrid API key",
    description:
      "A SendGrid API key: SG. followed by two dot-separated base64url parts, 69 characters in all (SendGrid's API key format).",
    fix: "Delete the key in SendGrid (Settings › API Keys), create one with the least scopes needed, and load it from a secret store.",
    severity: "error",
    keywords: ["sg."],
    samples: {
      positive: [
        "SENDGRID_API_KEY=«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»",
        "sendgrid.setApiKey('«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»');",
      ],
      negative: [
        "SENDGRID_API_KEY=SG.jrAPhy7UtPAo1JUs3QV2Sq.Cj7mrbuGMwkoHB9jd5Ts3-MF2QM87K0jyIkTycYKWI", // 68
        "SENDGRID_API_KEY=SG.your-key-here",
        "See SG.setApiKey in the docs.",
      ],
    },
  }),
  preset("shopify", {
    title: "Shopify access token or app secret",
    description:
      "A Shopify token: shpat_ (admin API access token), shpca_ (custom app), shppa_ (legacy private app) or shpss_ (app shared secret) followed by 32 to 64 alphanumeric characters (Shopify changelog).",
    fix: "Rotate it in the Shopify admin or Partners dashboard (uninstall/reinstall the custom app, or regenerate the app secret), and load it from a secret store.",
    severity: "error",
    keywords: ["shpat_", "shpca_", "shppa_", "shpss_"],
    samples: {
      positive: [
        "SHOPIFY_ACCESS_TOKEN=«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»",
        "shopify:\n  api_secret: «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»",
      ],
      negative: [
        "SHOPIFY_ACCESS_TOKEN=shpat_45e336575b049bca75d5ed18f454ac4", // 31 characters
        "SHOPIFY_ACCESS_TOKEN=shpat_<token>",
        "shpxx_45e336575b049bca75d5ed18f454ac4a",
      ],
    },
  }),
  preset("github", {
    title: "GitHub token",
    description:
      "A GitHub token in the 2021 formats: ghp_ (personal), gho_ (OAuth), ghu_ (user-to-server), ghs_ (server-to-server) or ghr_ (refresh) followed by 36 characters, or github_pat_ followed by 82 (fine-grained personal access token).",
    fix: "Revoke the token (GitHub › Settings › Developer settings, or the app's settings), create a narrower one, and use GITHUB_TOKEN or a secret store in CI.",
    severity: "error",
    keywords: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"],
    samples: {
      positive: [
        "GITHUB_TOKEN=«ghp_elUfZgFo9HYZt2BZNgXRwj9S948V6QVdlmD8»",
        'const token = "«gho_LBaBwhVE7rlgiwpJQayvcL3WY5FKbV8dkUES»";',
        "GH_PAT=«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»",
      ],
      negative: [
        "GITHUB_TOKEN=ghp_elUfZgFo9HYZt2BZNgXRwj9S948V6QVdlmD", // 35 characters
        "GITHUB_TOKEN=ghp_elUfZgFo9HYZt2BZNgXRwj9S948V6QVdlmD8x", // part of something longer
        `GITHUB_TOKEN=\${{ secrets.GITHUB_TOKEN }}`,
      ],
    },
  }),
  preset("gitlab", {
    title: "GitLab personal access token",
    description:
      "A GitLab personal, project or group access token: glpat- followed by 20 to 128 characters of [A-Za-z0-9_-] (GitLab token overview).",
    fix: "Revoke the token in GitLab (User settings › Access tokens, or the project's/group's), create one with an expiry and the least scopes, and load it from CI/CD variables.",
    severity: "error",
    keywords: ["glpat-"],
    samples: {
      positive: ["GITLAB_TOKEN=«glpat-ub2BIlawYULhDY6MwT4G»", "private_token: «glpat-m9yRHaxB6GwW-HjI9jSB»"],
      negative: [
        "GITLAB_TOKEN=glpat-ub2BIlawYULhDY6MwT4", // 19 characters
        "GITLAB_TOKEN=glpat-<token>",
        "Tokens look like glpat-…",
      ],
    },
  }),
  preset("grafana", {
    title: "Grafana Cloud or service-account token",
    description:
      "A Grafana Cloud access policy / API token (glc_ followed by 32 to 400 base64 characters) or a Grafana service-account token (glsa_, 32 alphanumerics, _, an 8-hex-digit checksum).",
    fix: "Delete the token in Grafana Cloud (Access policies) or in Grafana (Administration › Service accounts), create a new one, and load it from a secret store.",
    severity: "error",
    keywords: ["glc_", "glsa_"],
    samples: {
      positive: [
        "GRAFANA_CLOUD_TOKEN=«glc_eyJzSalA9XWIAuogCdDIkHnwsujgwXZ5rD9fGmyJgUhhPVCD0nIHz3YtgArcPoqymi6wzFwxMUEXMcCuBYjTxIJMY88ER==»",
        "GRAFANA_SA_TOKEN=«glsa_K4MwBkgrS3otcwVxnKRuiYgwOVgUkYXz_70ed0dfb»",
      ],
      negative: [
        "GRAFANA_CLOUD_TOKEN=glc_eyJzSalA9XWIAuogCdDIkHnwsujg", // 31 characters
        "GRAFANA_SA_TOKEN=glsa_K4MwBkgrS3otcwVxnKRuiYgwOVgUkYXz_70ed0dfz", // checksum not hex
        "GRAFANA_SA_TOKEN=glsa_<token>",
      ],
    },
  }),
  preset("openai", {
    title: "OpenAI API key",
    description:
      "An OpenAI API key: sk-proj-, sk-svcacct- or sk-admin- keys, or legacy sk- keys, identified by the T3BlbkFJ marker (base64 of 'OpenAI') in the middle.",
    fix: "Revoke the key on platform.openai.com (API keys), create a project-scoped one, and load it from a secret store.",
    severity: "error",
    // Every alternative of the pattern contains the literal "T3BlbkFJ".
    keywords: ["t3blbkfj"],
    samples: {
      positive: [
        "OPENAI_API_KEY=«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»",
        'openai.api_key = "«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»"',
      ],
      negative: [
        "OPENAI_API_KEY=sk-w9C6GHfkH0efgsCc3NSKX3BlbkFJG9ugc87eAQJ5zSEGAl0b", // no T3BlbkFJ
        "OPENAI_API_KEY=sk-proj-your-key-here",
        "OPENAI_API_KEY=sk-w9C6GHfkH0efgsCc3NST3BlbkFJG9ugc87eAQJ5zSEGAl0b", // 19 before the marker
      ],
    },
  }),
  preset("anthropic", {
    title: "Anthropic API key",
    description:
      "An Anthropic (Claude) API key: sk-ant-api03- (or -api04-) followed by 90 to 128 base64url characters ending in AA (Anthropic API overview).",
    fix: "Delete the key in the Anthropic Console (Settings › API keys), create a new one, and load it from a secret store.",
    severity: "error",
    keywords: ["sk-ant-api0"],
    samples: {
      positive: [
        "ANTHROPIC_API_KEY=«sk-ant-api03-GfmblSHAYzmATbeEa9xLbVf8uSJ-CQXHzKzb_QQmsNCdSOOioGkl2dWZwbZpM_6yMYkozi7gIRGh4yDor0q_4QuMjEiPsAA»",
        'client = Anthropic(api_key="«sk-ant-api03-AQaFzsDGb3OYsND58OOmontFksh-JvprUe71owMb90T-YsYaFK95_zqxC8gBzmrzp3SrZEOqn8WD-1IUIcFzyUcLJS3kXAA»")',
      ],
      negative: [
        "ANTHROPIC_API_KEY=sk-ant-api03-GfmblSHAYzmATbeEa9xLbVf8uSJ-CQXHzKzb_QQmsNCdSOOioGkl2dWZwbZpM_6yMYkozi7gIRGh4yDor0q_4QuMjEiPsAB", // not ending in AA
        "ANTHROPIC_API_KEY=sk-ant-api03-...",
        "ANTHROPIC_API_KEY=sk-ant-admin01-GfmblSHAYzmATbeEa9xLbVf8uSJ-CQXHzKzb_QQmsNCdSOOioGkl2dWZwbZpM_6yMYkozi7gIRGh4yDor0q_4QuMjEiPsAA",
      ],
    },
  }),
  preset("groq", {
    title: "Groq API key",
    description: "A Groq API key: gsk_ followed by 52 alphanumeric characters (Groq quickstart).",
    fix: "Delete the key in the Groq console (API Keys), create a new one, and load it from a secret store.",
    severity: "error",
    keywords: ["gsk_"],
    samples: {
      positive: [
        "GROQ_API_KEY=«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»",
        'groq_key: "«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»"',
      ],
      negative: [
        "GROQ_API_KEY=gsk_8l4s4ftE0BXqMYUpzHHTUkw8Yy8EmfxqASPc2sWJFpAv68afnKv", // 51 characters
        "GROQ_API_KEY=gsk_8l4s4ftE0BXqMYUpzHHTUkw8Yy8EmfxqASPc2sWJFpAv68afnKvBq", // 53
        "GROQ_API_KEY=gsk_...",
      ],
    },
  }),
  preset("huggingface", {
    title: "Hugging Face access token",
    description:
      "A Hugging Face user access token: hf_ followed by 34 letters (Hugging Face Hub security tokens).",
    fix: "Invalidate the token at huggingface.co (Settings › Access Tokens), create a fine-grained one, and load it from a secret store.",
    severity: "error",
    keywords: ["hf_"],
    samples: {
      positive: [
        "HF_TOKEN=«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»",
        "login(token='«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»')",
      ],
      negative: [
        "HF_TOKEN=hf_OgFgPFxXjqUEhcUfsTwgfJnmhgiqOXTno", // 33 letters
        "HF_TOKEN=hf_OgFgPFxXjqUEhc1fsTwgfJnmhgiqOXTnoC", // a digit
        "HF_TOKEN=hf_xxx",
      ],
    },
  }),
  preset("linear", {
    title: "Linear API key",
    description: "A Linear personal API key: lin_api_ followed by 32 to 128 characters of [A-Za-z0-9_].",
    fix: "Revoke the key in Linear (Settings › Account › Security & access › API keys), create a new one, and load it from a secret store.",
    severity: "error",
    keywords: ["lin_api_"],
    samples: {
      positive: [
        "LINEAR_API_KEY=«lin_api_MnE5qI2XU4rYkfToog3hypc6RtHkqetdNCzcLzcm»",
        "headers = { Authorization: '«lin_api_2pmoqN7suKiiLUDLy4ilXwB8cI8Oym2wKxABSPBY»' }",
      ],
      negative: [
        "LINEAR_API_KEY=lin_api_MnE5qI2XU4rYkfToog3hypc6RtHk", // 28 characters
        "LINEAR_API_KEY=lin_api_<key>",
        "LINEAR_API_KEY=xlin_api_MnE5qI2XU4rYkfToog3hypc6RtHkqetdNCzcLzcm",
      ],
    },
  }),
  preset("notion", {
    title: "Notion integration token",
    description:
      "A Notion integration token in the 2024 format: ntn_ followed by 11 digits and 35 alphanumeric characters (legacy secret_ tokens are too generic to match).",
    fix: "Refresh the integration's secret at notion.so/my-integrations, and load it from a secret store.",
    severity: "error",
    keywords: ["ntn_"],
    samples: {
      positive: [
        "NOTION_TOKEN=«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»",
        'notion = Client(auth="«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»")',
      ],
      negative: [
        "NOTION_TOKEN=ntn_2467715954fBjkndOEIBMeJkKn9oqMhTdwfKgTPxTJCQgx", // 10 digits
        "NOTION_TOKEN=ntn_24677159546fBjkndOEIBMeJkKn9oqMhTdwfKgTPxTJCQ", // 34 after the digits
        "NOTION_TOKEN=secret_fBjkndOEIBMeJkKn9oqMhTdwfKgTPxTJCQg24677159546",
      ],
    },
  }),
  preset("1password", {
    title: "1Password service-account token",
    description:
      "A 1Password service-account token: ops_ followed by the base64 of a JSON object (ops_eyJ…fQ==), checked by decoding it (1Password developer docs).",
    fix: "Revoke the service account's token in 1Password (Developer › Service accounts), issue a new one, and load it from your CI's secret store.",
    severity: "error",
    // The body must start with "ey" right after "ops_".
    keywords: ["ops_ey"],
    samples: {
      positive: [`OP_SERVICE_ACCOUNT_TOKEN=«${OPS_1}»`, `op:\n  token: "«${OPS_2}»"`],
      negative: [
        "OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ...",
        `OP_SERVICE_ACCOUNT_TOKEN=${OPS_1.slice(0, 60)}XfQ==`, // does not decode to JSON
        `OP_SERVICE_ACCOUNT_TOKEN=\${OP_TOKEN}`,
      ],
    },
  }),
  preset("database-connection-string", {
    title: "Database connection string with a password",
    description:
      "A MongoDB (mongodb://, mongodb+srv://), MySQL (mysql://, mysqlx://, jdbc:mysql://) or PostgreSQL (postgres://, postgresql://) URI with user:password@, skipping placeholder and variable passwords. Reported on the whole URI.",
    fix: "Change that database user's password, and build the connection string at run time from a secret (or use IAM / certificate authentication).",
    severity: "error",
    // The schemes, matched case-insensitively: mongodb(+srv), (jdbc:)mysql(x), postgres(ql).
    // Without their "://", which would hide the URL rules' "://" keyword.
    keywords: ["mongodb", "mysql", "postgres"],
    samples: {
      positive: [
        "DATABASE_URL=«postgres://app_rw:4NqPXzCGUdrc9LFz4G@db.internal:5432/orders»",
        "MONGO_URI=«mongodb+srv://reporting:gRVVuMuVD0hk@cluster0.ab1cd.mongodb.net/analytics?retryWrites=true»",
        "spring.datasource.url=«jdbc:mysql://svc_billing:S4ynBbZ9qUBYD2@mysql-primary:3306/billing»",
      ],
      negative: [
        "DATABASE_URL=postgres://postgres:password@localhost:5432/dev",
        "MONGO_URI=mongodb://localhost:27017/analytics",
        `DATABASE_URL=mysql://app:\${DB_PASSWORD}@db:3306/app`,
        "DATABASE_URL=postgresql://app@db.internal/orders",
      ],
    },
  }),
  preset("hashicorp-vault", {
    title: "HashiCorp Vault token",
    description:
      "A HashiCorp Vault token in the Vault 1.10+ formats: hvs. (service, 90–120 characters), hvb. (batch, 138–300) or hvr. (recovery, 90–120).",
    fix: "Revoke the token (`vault token revoke`, or its accessor), and have the workload authenticate (AppRole, Kubernetes, OIDC) instead of carrying a token.",
    severity: "error",
    keywords: ["hvs.", "hvb.", "hvr."],
    samples: {
      positive: [
        "VAULT_TOKEN=«hvs.YAA-p6Q-nusaW7Q9F9RSpL9aeeZQSmGG8JOw5hRCPndQfxM3JIHJ_txRr7bpmMng4eheFlHx7Hz4SduDcswewFUyKOT9qtk»",
        "vault_token: «hvb.wrLC5kzUnoZKARdCOS9FES5us7gpwu7r6SLO7HI1H8-OrIwppoh8QL8nV0W_5SqzQOgLMoJRYkbszk8nwBQJbsrEQ4yvT1OopsAMD6VhYaW5P0Qzs9snJu0jCQGbRQ23ZTmlYXBkSCpS»",
      ],
      negative: [
        "VAULT_TOKEN=hvs.YAA-p6Q-nusaW7Q9F9RSpL9aeeZQSmGG8JOw5hRCPndQfxM3JIHJ_txRr7bpmMng4eheFlHx7Hz4SduDc", // 80
        "VAULT_TOKEN=hvs.CAESI...",
        "VAULT_TOKEN=s.Ab12Cd34Ef56Gh78Ij90Kl12", // pre-1.10 tokens are not covered
      ],
    },
  }),
  preset("vercel", {
    title: "Vercel token",
    description:
      "A Vercel token: vcp_ (personal access), vci_ (integration), vca_ (app access), vcr_ (app refresh) or vck_ (AI Gateway API key) followed by 20 to 60 alphanumeric characters.",
    fix: "Delete the token in Vercel (Account settings › Tokens, or the integration), create a scoped one with an expiry, and load it from a secret store.",
    severity: "error",
    keywords: ["vcp_", "vci_", "vca_", "vcr_", "vck_"],
    samples: {
      positive: [
        "VERCEL_TOKEN=«vcp_uUiZBgjjl76gOBYgNEJ32aP1»",
        'AI_GATEWAY_API_KEY="«vck_WGgp59MrhqtIgFLCaIDEhjp6o10LIstCk1ygQgLT»"',
      ],
      negative: [
        "VERCEL_TOKEN=vcp_uUiZBgjjl76gOBYgNEJ", // 17 characters
        "VERCEL_TOKEN=vcp_<token>",
        "VERCEL_TOKEN=vcx_uUiZBgjjl76gOBYgNEJ32aP1",
      ],
    },
  }),
  preset("databricks", {
    title: "Databricks personal access token",
    description:
      "A Databricks personal access token: dapi followed by 32 hex digits, optionally -<digit> (Databricks PAT documentation).",
    fix: "Revoke the token in the Databricks workspace (Settings › Developer › Access tokens), prefer OAuth service principals, and load any token from a secret scope.",
    severity: "error",
    keywords: ["dapi"],
    samples: {
      positive: [
        "DATABRICKS_TOKEN=«dapiaf8486ba790db57072be07f1aea45891»",
        "token = «dapi2d3c6594ccadf30fdd357841b3b7a001-2»",
      ],
      negative: [
        "DATABRICKS_TOKEN=dapiaf8486ba790db57072be07f1aea4589", // 31 hex digits
        "DATABRICKS_TOKEN=dapiaf8486ba790db57072be07f1aea4589g", // not hex
        "DATABRICKS_TOKEN=dapi<token>",
      ],
    },
  }),
  preset("docker", {
    title: "Docker Hub personal access token",
    description: "A Docker Hub personal access token: dckr_pat_ followed by 27 characters of [A-Za-z0-9_-].",
    fix: "Delete the token in Docker Hub (Account settings › Personal access tokens), create a new one, and log in from CI with a secret.",
    severity: "error",
    keywords: ["dckr_pat_"],
    samples: {
      positive: [
        "DOCKERHUB_TOKEN=«dckr_pat_icEHlciBR4suHGBzUo04HNr8fQ5»",
        "echo «dckr_pat_ME1dJS_sIGhIyBvqOvaButviJze» | docker login -u ci --password-stdin",
      ],
      negative: [
        "DOCKERHUB_TOKEN=dckr_pat_icEHlciBR4suHGBzUo04HNr8fQ", // 26 characters
        "DOCKERHUB_TOKEN=dckr_pat_icEHlciBR4suHGBzUo04HNr8fQ5x", // 28
        "DOCKERHUB_TOKEN=dckr_pat_...",
      ],
    },
  }),
  preset("figma", {
    title: "Figma personal access token",
    description: "A Figma personal access token: figd_ followed by 40 to 200 characters of [A-Za-z0-9_-].",
    fix: "Revoke the token in Figma (Settings › Security › Personal access tokens), create a new one with an expiry, and load it from a secret store.",
    severity: "error",
    keywords: ["figd_"],
    samples: {
      positive: [
        "FIGMA_TOKEN=«figd_4gUI9lauMU0dyFaTIwfd59oTQz1A37Q5aK7QOGAT»",
        "headers: { 'X-Figma-Token': '«figd_D1Rqj009MyhoU4RHpNX_97Q1Iw4oLBcma5BJ-D9xJ11cdqrQ»' }",
      ],
      negative: [
        "FIGMA_TOKEN=figd_4gUI9lauMU0dyFaTIwfd59oTQz1A37Q5aK7QOGA", // 39 characters
        "FIGMA_TOKEN=figd_<token>",
        "FIGMA_TOKEN=xfigd_4gUI9lauMU0dyFaTIwfd59oTQz1A37Q5aK7QOGAT",
      ],
    },
  }),
  preset("filter-comments", {
    title: "secretlint-disable comments",
    description:
      "Not a detector: honours secretlint's inline comments (secretlint-disable-line, secretlint-disable-next-line, secretlint-disable … secretlint-enable, optionally naming rule ids) by withdrawing the other rules' findings they cover.",
    fix: "Nothing to fix: it never reports. Prefer envguard's own suppressions, which say why.",
    severity: "warning",
    // Only the three disable forms withdraw findings; each contains "secretlint-disable", and so
    // "lint-disable" (which, unlike the whole word, does not hide the generic rules' "secret").
    keywords: ["lint-disable"],
    samples: {
      // Positives: a finding of another rule is withdrawn. Negatives: the comment covers nothing.
      // (secretlint 12 ignores a disable-line comment on a last line without a newline after it.)
      positive: [
        "GITHUB_TOKEN=ghp_elUfZgFo9HYZt2BZNgXRwj9S948V6QVdlmD8 # secretlint-disable-line\n",
        "// secretlint-disable-next-line\nconst token = 'gho_LBaBwhVE7rlgiwpJQayvcL3WY5FKbV8dkUES';\n",
        "<!-- secretlint-disable -->\nGROQ_API_KEY=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\n<!-- secretlint-enable -->",
      ],
      negative: [
        "# secretlint-disable-line\nGITHUB_TOKEN=ghp_elUfZgFo9HYZt2BZNgXRwj9S948V6QVdlmD8",
        "<!-- secretlint-disable -->\n<!-- secretlint-enable -->\nGITHUB_TOKEN=ghp_elUfZgFo9HYZt2BZNgXRwj9S948V6QVdlmD8",
        "GITHUB_TOKEN=ghp_elUfZgFo9HYZt2BZNgXRwj9S948V6QVdlmD8 # secretlint-disable-line @secretlint/secretlint-rule-npm",
      ],
    },
  }),
];

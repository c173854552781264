#!/usr/bin/env node
// The labelled detection corpus: positives for every provider rule (src/scan/rules/providers/) and
// every provider of secretlint's recommended preset, generated from each provider's documented
// format (not from our rules' patterns) and written in several file syntaxes; and hard negatives
// (placeholders, hashes, UUIDs, lockfile integrity, documented EXAMPLE keys, base64 images,
// minified code, versions, public identifiers, local-dev URLs, prose).
//
//   node test/corpus/generate.mjs           writes test/corpus/corpus.jsonl
//   node test/corpus/generate.mjs --check   exits 1 when corpus.jsonl is not what it would write
//
// Deterministic: one seeded PRNG (mulberry32), no Math.random, no clock. Every value is random
// output of that PRNG behind a documented prefix: none is a real credential.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SEED = 0x5eed2024;
export const CORPUS_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), "corpus.jsonl");

// --- randomness ----------------------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const DIGITS = "0123456789";
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = "0123456789abcdef";
const B64URL = `${ALNUM}-_`;

function makeRandom(seed) {
  const next = mulberry32(seed);
  const r = {
    float: next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    chars: (alphabet, n) => {
      let s = "";
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    },
    bytes: (n) => {
      const b = Buffer.alloc(n);
      for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256);
      return b;
    },
    hex: (n) => r.chars(HEX, n),
    alnum: (n) => r.chars(ALNUM, n),
    digits: (n) => r.chars("123456789", 1) + r.chars(DIGITS, n - 1),
    b64: (nBytes) => r.bytes(nBytes).toString("base64"),
    b64url: (nBytes) => r.bytes(nBytes).toString("base64url"),
    uuid: () =>
      `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(["8", "9", "a", "b"])}${r.hex(3)}-${r.hex(12)}`,
    word: () => r.pick(WORDS),
  };
  return r;
}

const WORDS = [
  "orders",
  "billing",
  "reports",
  "ingest",
  "payments",
  "catalog",
  "search",
  "notify",
  "analytics",
  "backup",
  "gateway",
  "worker",
];

const b64json = (value) => Buffer.from(JSON.stringify(value)).toString("base64");
const b64urlJson = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");

// --- file syntaxes -------------------------------------------------------------------------------

const SYNTAXES = ["env", "json", "yaml", "ts", "py", "sh"];
const PATHS = {
  env: [".env", ".env.production", "deploy/.env.staging", "services/api/.env.local"],
  json: ["config/production.json", "appsettings.json", "config/secrets.json", "settings/credentials.json"],
  yaml: ["deploy/values.yaml", "config/settings.yml", ".github/workflows/deploy.yml", "docker-compose.yml"],
  ts: ["src/config.ts", "src/lib/client.ts", "scripts/seed.ts", "src/env.ts"],
  py: ["app/settings.py", "scripts/upload.py", "conftest.py", "app/clients.py"],
  sh: ["scripts/deploy.sh", "bin/release.sh", "ci/setup.sh", "scripts/bootstrap.sh"],
};
const FILLER = {
  env: ["NODE_ENV=production", "PORT=8080", "LOG_LEVEL=info", "# service settings", "TZ=UTC"],
  json: [],
  yaml: [],
  ts: ['import { z } from "zod";', "// service settings", "export const port = 8080;"],
  py: ["import os", "DEBUG = False", "# service settings"],
  sh: ["#!/usr/bin/env bash", "set -euo pipefail", 'cd "$(dirname "$0")/.."'],
};

const camel = (name) => name.toLowerCase().replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const snake = (name) => name.toLowerCase();

/**
 * `name` (UPPER_SNAKE) assigned `value` in `syntax`. `keyed` keeps the secret's own key name next
 * to the value (rules that need the key's name to tell a secret from a hash get it).
 */
function assign(r, syntax, name, value, { keyed = false, section } = {}) {
  const sec = section ?? r.pick(["app", "service", "integrations", "prod"]);
  const before = FILLER[syntax].length > 0 && r.chance(0.5) ? `${r.pick(FILLER[syntax])}\n` : "";
  const after = FILLER[syntax].length > 0 && r.chance(0.3) ? `\n${r.pick(FILLER[syntax])}` : "";
  const multi = value.includes("\n");
  let body;
  switch (syntax) {
    case "env":
      body = multi
        ? `${name}="${value.replace(/\n/g, "\\n")}"`
        : r.pick([`${name}=${value}`, `${name}="${value}"`, `${name}='${value}'`]);
      break;
    case "json": {
      const key = r.pick([name, camel(name)]);
      const obj = r.chance(0.5) ? { [key]: value } : { name: `${r.word()}-service`, [sec]: { [key]: value } };
      body = JSON.stringify(obj, null, 2);
      break;
    }
    case "yaml":
      if (multi) body = `${sec}:\n  ${snake(name)}: |\n    ${value.split("\n").join("\n    ")}`;
      else if (!keyed && r.chance(0.3))
        body = `env:\n  - name: ${name}\n    value: "${value}"\n  - name: LOG_LEVEL\n    value: info`;
      else body = `${sec}:\n  ${snake(name)}: ${r.pick([value, `"${value}"`, `'${value}'`])}`;
      break;
    case "ts":
      if (multi) body = `export const ${camel(name)} = \`${value}\`;`;
      else if (r.chance(0.5)) body = `export const ${camel(name)} = "${value}";`;
      else body = `export const config = {\n  ${camel(name)}: "${value}",\n  timeoutMs: 5000,\n};`;
      break;
    case "py":
      if (multi) body = `${name} = """${value}"""`;
      else if (!keyed && r.chance(0.3)) body = `os.environ.setdefault("${name}", "${value}")`;
      else body = r.pick([`${name} = "${value}"`, `${name} = '${value}'`]);
      break;
    case "sh":
      if (multi) body = `cat > /tmp/${snake(name)}.pem <<'EOF'\n${value}\nEOF`;
      else
        body = r.pick([
          `export ${name}='${value}'`,
          `export ${name}="${value}"`,
          `${name}=${value} ./run.sh`,
        ]);
      break;
    default:
      throw new Error(`unknown syntax ${syntax}`);
  }
  return { path: r.pick(PATHS[syntax]), text: `${before}${body}${after}\n` };
}

// --- provider formats (from each provider's documentation, as each rule's description cites) -----

/** A PEM block, 64 columns. */
function pem(label, der) {
  const body = der
    .toString("base64")
    .match(/.{1,64}/g)
    .join("\n");
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
}

/** DER-shaped private keys: each format's fixed leading bytes, then random bytes. */
const KEY_FORMATS = [
  // PKCS#1 RSA 2048 (SEQUENCE, version 0, modulus INTEGER of 257 bytes)
  { label: "RSA PRIVATE KEY", head: "308204a40201000282010100", size: 1192 },
  // PKCS#8 RSA 2048
  {
    label: "PRIVATE KEY",
    head: "308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100",
    size: 1217,
  },
  // SEC1 EC P-256 (121 bytes: base64 starts "MHc")
  { label: "EC PRIVATE KEY", head: "30770201010420", size: 121, tail: "a00a06082a8648ce3d030107a144034200" },
  // PKCS#8 EC P-256
  {
    label: "PRIVATE KEY",
    head: "308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420",
    size: 138,
  },
];

function privateKeyPem(r, format) {
  const fmt = format ?? r.pick(KEY_FORMATS);
  const head = Buffer.from(fmt.head, "hex");
  if (fmt.tail) {
    const tail = Buffer.from(fmt.tail, "hex");
    const der = Buffer.concat([head, r.bytes(32), tail, Buffer.from([4]), r.bytes(64)]);
    return pem(fmt.label, der.subarray(0, fmt.size));
  }
  return pem(fmt.label, Buffer.concat([head, r.bytes(fmt.size - head.length)]));
}

function opensshKey(r) {
  const magic = Buffer.from("openssh-key-v1\0", "latin1");
  const rest = Buffer.concat([
    Buffer.from(
      "000000046e6f6e65000000046e6f6e650000000000000001000000330000000b7373682d6564323535313900000020",
      "hex",
    ),
    r.bytes(32),
    Buffer.from("000000", "hex"),
    r.bytes(300),
  ]);
  return pem("OPENSSH PRIVATE KEY", Buffer.concat([magic, rest]));
}

function discordBotToken(r) {
  const epoch = 1_420_070_400_000n;
  const created = BigInt(Date.UTC(2016, 0, 1) + r.int(0, 8 * 365) * 86_400_000);
  const id = ((created - epoch) << 22n) | BigInt(r.int(0, 4_194_303));
  const first = Buffer.from(id.toString()).toString("base64").replace(/=+$/, "");
  return `${first}.${r.chars(B64URL, 6)}.${r.chars(B64URL, r.pick([27, 38]))}`;
}

function pypiToken(r) {
  const loc = Buffer.from("pypi.org");
  const id = Buffer.from(r.uuid());
  const caveat = Buffer.from(
    JSON.stringify({ version: 1, permissions: r.pick(["user", { projects: [r.word()] }]) }),
  );
  const bytes = Buffer.concat([
    Buffer.from([2, 1, loc.length]),
    loc,
    Buffer.from([2, id.length]),
    id,
    Buffer.from([0, 2, caveat.length]),
    caveat,
    Buffer.from([0, 0, 6, 32]),
    r.bytes(32),
  ]);
  return `pypi-${bytes.toString("base64url")}`;
}

function jwtToken(r) {
  const header = r.pick([
    { alg: "HS256", typ: "JWT" },
    { alg: "RS256", typ: "JWT", kid: r.hex(16) },
    { alg: "ES256", typ: "JWT" },
  ]);
  const now = 1_700_000_000 + r.int(0, 50_000_000);
  const payload = r.pick([
    { sub: r.uuid(), role: r.pick(["admin", "service"]), iat: now, exp: now + 3600 },
    { iss: `https://auth.${r.word()}.corp.test/`, sub: `svc-${r.word()}`, aud: "api", iat: now },
    { iss: "supabase", ref: r.chars(LOWER, 20), role: "service_role", iat: now, exp: now + 315_360_000 },
  ]);
  const sigBytes = header.alg === "RS256" ? 256 : header.alg === "ES256" ? 64 : 32;
  return `${b64urlJson(header)}.${b64urlJson(payload)}.${r.b64url(sigBytes)}`;
}

/** Base64 JSON of varying length, as 1Password service-account tokens are. */
function opsToken(r) {
  const json = {
    signInAddress: `${r.word()}.1password.com`,
    userAuth: { method: "SRPg-4096", alg: "PBES2g-HS256", iterations: 650000, salt: r.b64url(16) },
    email: `${r.chars(LOWER, r.int(10, 16))}@1passwordserviceaccounts.com`,
    srpX: r.hex(64),
    muk: {
      alg: "A256GCM",
      ext: true,
      k: r.b64url(32),
      key_ops: ["encrypt", "decrypt"],
      kty: "oct",
      kid: "mp",
    },
    secretKey: `A3-${r.chars("ABCDEFGHJKLMNPQRSTVWXYZ23456789", 6)}-${r.chars("ABCDEFGHJKLMNPQRSTVWXYZ23456789", 6)}-${r.chars("ABCDEFGHJKLMNPQRSTVWXYZ23456789", 5)}`,
    throttleSecret: { seed: r.hex(r.int(60, 64)), deviceUuid: r.chars(LOWER + DIGITS, 26) },
    deviceUuid: r.chars(LOWER + DIGITS, 26),
  };
  return `ops_${b64json(json)}`;
}

function grafanaCloudToken(r) {
  const payload = {
    o: r.digits(6),
    n: `stack-${r.digits(6)}-hm-${r.word()}`,
    k: r.alnum(24),
    m: { r: "prod-us-east-0" },
  };
  return `glc_${b64json(payload)}`;
}

function sentryOrgToken(r) {
  const payload = {
    iat: 1_700_000_000 + r.int(0, 50_000_000) + r.int(0, 999_999) / 1_000_000,
    url: "https://sentry.io",
    region_url: "https://us.sentry.io",
    org: r.word(),
  };
  return `sntrys_${b64json(payload)}_${r.chars(`${ALNUM}+/`, 43)}`;
}

function sasQuery(r) {
  const sig = encodeURIComponent(r.b64(32));
  return `sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-0${r.int(1, 9)}-01T00:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig=${sig}`;
}

function serviceAccountJson(r) {
  const project = `${r.word()}-${r.pick(["prod", "staging", "dev"])}-${r.digits(4)}`;
  return `${JSON.stringify(
    {
      type: "service_account",
      project_id: project,
      private_key_id: r.hex(40),
      private_key: `${privateKeyPem(r, KEY_FORMATS[1])}\n`,
      client_email: `${r.word()}@${project}.iam.gserviceaccount.com`,
      client_id: r.digits(21),
      auth_uri: "https://accounts.google.com/o/oauth2/auth",
      token_uri: "https://oauth2.googleapis.com/token",
    },
    null,
    2,
  )}\n`;
}

/**
 * One spec per rule: env-style names, a value generator, and options. `keyed`: the rule needs the
 * key's name; `custom`: builds whole texts (for shapes that live in URLs, connection strings, code
 * calls or whole files).
 */
const PROVIDERS = [
  // ---- envguard's provider rules
  {
    rule: "secret/google-api-key",
    names: ["GOOGLE_API_KEY", "FIREBASE_API_KEY", "MAPS_API_KEY"],
    value: (r) => `AIza${r.chars(B64URL, 35)}`,
  },
  { rule: "secret/pypi", names: ["PYPI_TOKEN", "TWINE_PASSWORD", "PYPI_API_TOKEN"], value: pypiToken },
  {
    rule: "secret/digitalocean",
    names: ["DIGITALOCEAN_TOKEN", "DO_API_TOKEN"],
    value: (r) => `${r.pick(["dop", "doo", "dor"])}_v1_${r.hex(64)}`,
  },
  {
    rule: "secret/doppler",
    names: ["DOPPLER_TOKEN", "DOPPLER_SERVICE_TOKEN"],
    value: (r) => `dp.${r.pick(["pt", "st", "st.prd", "sa", "ct"])}.${r.alnum(r.pick([40, 43, 44]))}`,
  },
  { rule: "secret/postman", names: ["POSTMAN_API_KEY"], value: (r) => `PMAK-${r.hex(24)}-${r.hex(34)}` },
  {
    rule: "secret/stripe",
    names: ["STRIPE_SECRET_KEY", "STRIPE_RESTRICTED_KEY", "stripeKey"],
    value: (r) => `${r.pick(["sk", "rk"])}_live_${r.alnum(r.pick([24, 99]))}`,
  },
  {
    rule: "secret/terraform-cloud",
    names: ["TF_TOKEN_app_terraform_io", "TFC_TOKEN", "ATLAS_TOKEN"],
    value: (r) => `${r.alnum(14)}.atlasv1.${r.chars(B64URL, 67)}`,
  },
  {
    rule: "secret/square",
    names: ["SQUARE_ACCESS_TOKEN", "SQUARE_APPLICATION_SECRET"],
    value: (r) =>
      r.pick([
        `EAAA${r.chars(B64URL, 60)}`,
        `sq0atp-${r.chars(B64URL, 22)}`,
        `sq0csp-${r.chars(B64URL, 43)}`,
      ]),
  },
  {
    rule: "secret/paypal-braintree",
    names: ["BRAINTREE_ACCESS_TOKEN", "PAYPAL_ACCESS_TOKEN"],
    value: (r) => `access_token$production$${r.chars(LOWER + DIGITS, 16)}$${r.hex(32)}`,
  },
  {
    rule: "secret/atlassian",
    names: ["JIRA_API_TOKEN", "CONFLUENCE_TOKEN", "ATLASSIAN_API_TOKEN", "BITBUCKET_ACCESS_TOKEN"],
    value: (r) =>
      `${r.pick(["ATATT3", "ATATT3", "ATCTT3"])}x${r.chars(B64URL, r.int(170, 180))}=${r.chars("0123456789ABCDEF", 8)}`,
  },
  {
    rule: "secret/sentry",
    names: ["SENTRY_AUTH_TOKEN", "SENTRY_TOKEN"],
    value: (r) =>
      r.chance(0.5) ? `${r.pick(["sntryu", "sntrya", "sntryi"])}_${r.hex(64)}` : sentryOrgToken(r),
    custom: (r, syntax) =>
      syntax === "env" || syntax === "yaml"
        ? assign(
            r,
            syntax,
            "SENTRY_DSN",
            `https://${r.hex(32)}:${r.hex(32)}@o${r.digits(6)}.ingest.sentry.io/${r.digits(7)}`,
          )
        : undefined,
  },
  {
    rule: "secret/heroku",
    names: ["HEROKU_API_KEY", "HEROKU_OAUTH_TOKEN"],
    keyed: true,
    value: (r) => (r.chance(0.6) ? `HRKU-${r.chars(B64URL, 60)}` : r.uuid()),
    custom: (r, syntax) =>
      syntax === "sh" && r.chance(0.5)
        ? {
            syntax: "netrc",
            path: ".netrc",
            text: `machine api.heroku.com\n  login ${r.word()}@corp.test\n  password ${r.uuid()}\n`,
          }
        : undefined,
  },
  {
    rule: "secret/telegram",
    names: ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"],
    value: (r) => `${r.digits(r.int(8, 10))}:AA${r.chars(B64URL, 33)}`,
  },
  {
    rule: "secret/mailgun",
    names: ["MAILGUN_API_KEY", "MAILGUN_SENDING_KEY"],
    value: (r) => (r.chance(0.5) ? `key-${r.hex(32)}` : `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`),
  },
  {
    rule: "secret/discord",
    names: ["DISCORD_BOT_TOKEN", "DISCORD_TOKEN"],
    value: discordBotToken,
    custom: (r, syntax) =>
      syntax === "ts" || syntax === "py"
        ? assign(
            r,
            syntax,
            "DISCORD_WEBHOOK_URL",
            `https://discord.com/api/webhooks/${r.digits(19)}/${r.chars(B64URL, 68)}`,
          )
        : undefined,
  },
  {
    rule: "secret/azure-storage",
    names: ["AZURE_STORAGE_KEY", "AZURE_STORAGE_ACCOUNT_KEY"],
    keyed: true,
    value: (r) => r.b64(64),
    custom: (r, syntax) => {
      const account = r.chars(LOWER + DIGITS, 12);
      const roll = r.float();
      if (roll < 0.4)
        return assign(
          r,
          syntax,
          "AZURE_STORAGE_CONNECTION_STRING",
          `DefaultEndpointsProtocol=https;AccountName=${account};AccountKey=${r.b64(64)};EndpointSuffix=core.windows.net`,
        );
      if (roll < 0.6)
        return assign(
          r,
          syntax,
          "BACKUP_BLOB_URL",
          `https://${account}.blob.core.windows.net/${r.word()}?${sasQuery(r)}`,
        );
      return undefined;
    },
  },
  {
    rule: "secret/twilio",
    names: ["TWILIO_AUTH_TOKEN"],
    keyed: true,
    value: (r) => r.hex(32),
    custom: (r, syntax) => {
      const sid = `AC${r.hex(32)}`;
      if (syntax === "py")
        return {
          path: "app/sms.py",
          text: `from twilio.rest import Client\n\nclient = Client("${sid}", "${r.hex(32)}")\n`,
        };
      if (syntax === "sh")
        return {
          path: "scripts/sms.sh",
          text: `curl -X POST "https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json" \\\n  -u "${sid}:${r.hex(32)}" \\\n  --data-urlencode "Body=deploy finished"\n`,
        };
      if (syntax === "ts" && r.chance(0.5))
        return {
          path: "src/sms.ts",
          text: `import twilio from "twilio";\n\nconst client = twilio("SK${r.hex(32)}", "${r.alnum(32)}", { accountSid: "${sid}" });\n`,
        };
      return undefined;
    },
  },
  {
    rule: "secret/datadog",
    names: ["DD_API_KEY", "DATADOG_API_KEY", "DD_APP_KEY", "DATADOG_APPLICATION_KEY"],
    keyed: true,
    value: (r, name) => (/APP/.test(name) ? r.hex(40) : r.hex(32)),
  },
  {
    rule: "secret/jwt",
    names: ["AUTH_TOKEN", "SERVICE_ROLE_KEY", "API_JWT", "REFRESH_TOKEN"],
    value: jwtToken,
  },
  {
    rule: "secret/private-key",
    also: ["secretlint/privatekey"],
    names: ["PRIVATE_KEY", "TLS_KEY", "SSH_PRIVATE_KEY", "JWT_SIGNING_KEY"],
    value: (r) => (r.chance(0.2) ? opensshKey(r) : privateKeyPem(r)),
    custom: (r, syntax) =>
      syntax === "sh" && r.chance(0.5)
        ? {
            syntax: "pem",
            path: r.pick(["certs/server.key", "deploy/id_ed25519", "keys/signing.pem"]),
            text: `${r.chance(0.5) ? opensshKey(r) : privateKeyPem(r)}\n`,
          }
        : undefined,
  },
  // ---- secretlint's recommended preset
  {
    rule: "secretlint/aws",
    names: ["AWS_SECRET_ACCESS_KEY"],
    keyed: true,
    value: (r) => r.chars(`${ALNUM}+/`, 40),
  },
  // A key file is found when its private key is: the provider private-key rule reports the key
  // inside it, and the detector keeps that over secretlint/gcp's whole-file range.
  {
    rule: "secretlint/gcp",
    also: ["secret/private-key", "secretlint/privatekey"],
    names: [],
    value: serviceAccountJson,
    custom: (r) => ({ syntax: "json", path: `keys/${r.word()}-sa.json`, text: serviceAccountJson(r) }),
  },
  {
    rule: "secretlint/npm",
    names: ["NPM_TOKEN", "NODE_AUTH_TOKEN"],
    value: (r) => `npm_${r.alnum(36)}`,
    custom: (r, syntax) =>
      syntax === "env" && r.chance(0.5)
        ? {
            syntax: "npmrc",
            path: ".npmrc",
            text: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=npm_${r.alnum(36)}\n`,
          }
        : undefined,
  },
  {
    rule: "secretlint/basicauth",
    names: ["GIT_REMOTE", "PROXY_URL", "ARTIFACTORY_URL", "WEBHOOK_URL"],
    value: (r) =>
      `${r.pick(["https", "https", "http", "ftp"])}://${r.pick(["deploy", "ci-bot", "svc_backup", "jenkins", "release"])}:${r.chars(`${ALNUM}-_`, r.int(12, 24))}@${r.pick(["git", "proxy", "repo", "files"])}.${r.word()}-corp.${r.pick(["net", "io", "dev"])}/${r.word()}`,
  },
  {
    rule: "secretlint/slack",
    names: ["SLACK_BOT_TOKEN", "SLACK_TOKEN", "SLACK_APP_TOKEN", "SLACK_WEBHOOK_URL"],
    value: (r, name) => {
      if (name === "SLACK_WEBHOOK_URL")
        return `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 8)}/B${r.chars(UPPER + DIGITS, 10)}/${r.alnum(24)}`;
      if (name === "SLACK_APP_TOKEN")
        return `xapp-1-A${r.chars(UPPER + DIGITS, 10)}-${r.digits(13)}-${r.hex(64)}`;
      return r.chance(0.5)
        ? `xoxb-${r.digits(12)}-${r.digits(13)}-${r.alnum(24)}`
        : `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`;
    },
  },
  {
    rule: "secretlint/sendgrid",
    names: ["SENDGRID_API_KEY"],
    value: (r) => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`,
  },
  {
    rule: "secretlint/shopify",
    names: ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_API_SECRET"],
    value: (r) => `${r.pick(["shpat", "shpca", "shppa", "shpss"])}_${r.hex(32)}`,
  },
  {
    rule: "secretlint/github",
    names: ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"],
    value: (r) =>
      r.chance(0.75)
        ? `${r.pick(["ghp", "gho", "ghu", "ghs", "ghr"])}_${r.alnum(36)}`
        : `github_pat_${r.alnum(22)}_${r.alnum(59)}`,
  },
  {
    rule: "secretlint/gitlab",
    names: ["GITLAB_TOKEN", "CI_PUSH_TOKEN"],
    value: (r) => `glpat-${r.chars(B64URL, 20)}`,
  },
  {
    rule: "secretlint/grafana",
    names: ["GRAFANA_CLOUD_TOKEN", "GRAFANA_SA_TOKEN"],
    value: (r) => (r.chance(0.5) ? grafanaCloudToken(r) : `glsa_${r.alnum(32)}_${r.hex(8)}`),
  },
  {
    rule: "secretlint/openai",
    names: ["OPENAI_API_KEY"],
    value: (r) =>
      r.chance(0.7)
        ? `sk-${r.pick(["proj", "svcacct", "admin"])}-${r.chars(B64URL, 74)}T3BlbkFJ${r.chars(B64URL, 74)}`
        : `sk-${r.alnum(20)}T3BlbkFJ${r.alnum(20)}`,
  },
  {
    rule: "secretlint/anthropic",
    names: ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"],
    value: (r) => `sk-ant-api03-${r.chars(B64URL, 93)}AA`,
  },
  { rule: "secretlint/groq", names: ["GROQ_API_KEY"], value: (r) => `gsk_${r.alnum(52)}` },
  {
    rule: "secretlint/huggingface",
    names: ["HF_TOKEN", "HUGGINGFACE_TOKEN"],
    value: (r) => `hf_${r.chars(UPPER + LOWER, 34)}`,
  },
  { rule: "secretlint/linear", names: ["LINEAR_API_KEY"], value: (r) => `lin_api_${r.alnum(40)}` },
  {
    rule: "secretlint/notion",
    names: ["NOTION_TOKEN", "NOTION_API_KEY"],
    value: (r) => `ntn_${r.digits(11)}${r.alnum(35)}`,
  },
  { rule: "secretlint/1password", names: ["OP_SERVICE_ACCOUNT_TOKEN"], value: opsToken },
  {
    rule: "secretlint/database-connection-string",
    names: ["DATABASE_URL", "MONGO_URI", "MYSQL_URL"],
    value: (r, name) => {
      const user = r.pick(["app_rw", "svc_orders", "reporting", "etl"]);
      const pw = r.alnum(r.int(14, 24));
      if (name === "MONGO_URI")
        return `mongodb+srv://${user}:${pw}@cluster0.${r.chars(LOWER + DIGITS, 5)}.mongodb.net/${r.word()}?retryWrites=true&w=majority`;
      if (name === "MYSQL_URL") return `mysql://${user}:${pw}@mysql-${r.word()}.internal:3306/${r.word()}`;
      return `postgres${r.pick(["", "ql"])}://${user}:${pw}@db-${r.word()}.internal:5432/${r.word()}`;
    },
  },
  {
    rule: "secretlint/hashicorp-vault",
    names: ["VAULT_TOKEN"],
    value: (r) =>
      r.chance(0.7)
        ? `hvs.CAESI${r.chars(B64URL, r.int(86, 100))}`
        : `hvb.AAAAAQ${r.chars(B64URL, r.int(140, 180))}`,
  },
  {
    rule: "secretlint/vercel",
    names: ["VERCEL_TOKEN", "AI_GATEWAY_API_KEY"],
    value: (r) => `${r.pick(["vcp", "vci", "vca", "vcr", "vck"])}_${r.alnum(24)}`,
  },
  {
    rule: "secretlint/databricks",
    names: ["DATABRICKS_TOKEN"],
    value: (r) => `dapi${r.hex(32)}${r.chance(0.3) ? `-${r.int(2, 9)}` : ""}`,
  },
  {
    rule: "secretlint/docker",
    names: ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"],
    value: (r) => `dckr_pat_${r.chars(B64URL, 27)}`,
  },
  { rule: "secretlint/figma", names: ["FIGMA_TOKEN"], value: (r) => `figd_${r.chars(B64URL, 40)}` },
];

/** Positives per rule and syntax. */
const PER_SYNTAX = 2;

function positives(r) {
  const out = [];
  for (const spec of PROVIDERS) {
    let n = 0;
    for (const syntax of SYNTAXES) {
      for (let k = 0; k < PER_SYNTAX; k++) {
        const custom = spec.custom?.(r, syntax);
        let entry = custom;
        if (!entry) {
          const name = r.pick(spec.names);
          entry = assign(r, syntax, name, spec.value(r, name), { keyed: spec.keyed });
        }
        out.push({
          id: `pos-${spec.rule.replace(/\//g, "-")}-${++n}`,
          label: "positive",
          rule: spec.rule,
          ...(spec.also ? { also: spec.also } : {}),
          syntax: entry.syntax ?? syntax,
          path: entry.path,
          text: entry.text,
        });
      }
    }
  }
  return out;
}

// --- hard negatives ------------------------------------------------------------------------------

const SECRET_NAMES = [...new Set(PROVIDERS.flatMap((p) => p.names))];

/** Token-prefix placeholders as .env.example files write them. */
const PREFIX_PLACEHOLDERS = [
  `ghp_${"x".repeat(36)}`,
  "ghp_your_token_here",
  `glpat-${"x".repeat(20)}`,
  "xoxb-your-bot-token",
  `xoxb-${"0".repeat(12)}-${"0".repeat(13)}-${"x".repeat(24)}`,
  `AIza${"X".repeat(35)}`,
  "sk-proj-...",
  `sk-ant-api03-${"x".repeat(20)}`,
  `npm_${"X".repeat(36)}`,
  "SG.xxxxxxxx.yyyyyyyy",
  `hf_${"x".repeat(34)}`,
  "dapi<your-token>",
  "HRKU-<your token>",
  "dop_v1_<token>",
  "AKIA................",
  "key-<your-mailgun-key>",
  "pypi-AgEIcHlwaS5vcmc...",
];

function placeholderValue(r, syntax, name) {
  const generic = [
    "changeme",
    "change-me",
    "<token>",
    "<YOUR_API_KEY>",
    "your-api-key-here",
    "REPLACE_ME",
    "xxxxxxxxxxxxxxxxxxxxxxxx",
    "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "********",
    "TODO",
    "dummy",
    "test",
    "{{ api_key }}",
    "%(token)s",
    "secret",
    "insert-token-here",
  ];
  const interpolations = {
    env: [`\${${name}}`, `\${${name}:-}`, `$${name}`],
    json: [`\${${name}}`, `{{ ${snake(name)} }}`],
    yaml: [`\${{ secrets.${name} }}`, `{{ .Values.${camel(name)} }}`, `\${${name}}`],
    ts: [`\${process.env.${name}}`, "<set in the environment>"],
    py: [`{${snake(name)}}`, `%(${snake(name)})s`],
    sh: [`$${name}`, `\${${name}:?missing}`, `$(vault kv get -field=token secret/${snake(name)})`],
  };
  return r.chance(0.6) ? r.pick(generic) : r.pick(interpolations[syntax]);
}

const AWS_EXAMPLES = [
  ["AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"],
  ["AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
  ["AWS_ACCESS_KEY_ID", "AKIAI44QH8DHBEXAMPLE"],
  ["AWS_SECRET_ACCESS_KEY", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"],
  ["AWS_SESSION_TOKEN", "AQoDYXdzEJr...<remainder of security token>"],
];
// Azure's storage emulator (Azurite) account: published, fixed, and only ever local.
const AZURITE =
  "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";

function minified(r) {
  const id = () => r.pick(["e", "t", "n", "r", "o", "i", "a", "s", "u", "c"]);
  const chunks = Array.from({ length: r.int(4, 8) }, () => `${r.int(10, 999)}:"${r.hex(8)}"`).join(",");
  const parts = [
    `!function(${id()},${id()}){"object"==typeof exports&&"undefined"!=typeof module?module.exports=${id()}():"function"==typeof define&&define.amd?define(${id()}):(${id()}=${id()}||self).${r.word()}=${id()}()}(this,function(){"use strict";`,
    `var ${id()}="${r.chars(LOWER + UPPER + DIGITS, r.int(24, 64))}",${id()}=${id()}.split("");`,
    `${id()}.p+"static/js/"+({${chunks}}[${id()}]||${id()})+"."+{${chunks}}[${id()}]+".chunk.js";`,
    `function ${id()}(${id()}){return ${id()}&&${id()}.__esModule?${id()}:{default:${id()}}}`,
    `.css-${r.chars(LOWER + DIGITS, 7)}{display:flex}.css-${r.chars(LOWER + DIGITS, 7)}:hover{opacity:.${r.int(1, 9)}}`,
    `var ${id()}=[${Array.from({ length: r.int(6, 14) }, () => `0x${r.hex(8)}`).join(",")}];`,
  ];
  const n = r.int(2, 4);
  let s = "";
  for (let i = 0; i < n; i++) s += r.pick(parts);
  return s;
}

function negatives(r) {
  const out = [];
  const push = (kind, syntax, entry) =>
    out.push({
      id: `neg-${kind}-${out.filter((e) => e.kind === kind).length + 1}`,
      label: "negative",
      kind,
      syntax,
      path: entry.path,
      text: entry.text,
    });

  // Placeholders under every secret name.
  for (const name of SECRET_NAMES) {
    for (let k = 0; k < 3; k++) {
      const syntax = r.pick(SYNTAXES);
      push("placeholder", syntax, assign(r, syntax, name, placeholderValue(r, syntax, name)));
    }
  }
  for (const value of PREFIX_PLACEHOLDERS) {
    const syntax = r.pick(["env", "yaml", "json"]);
    push("placeholder-prefix", syntax, assign(r, syntax, "API_TOKEN_EXAMPLE", value));
  }

  // Hashes: digests and commit ids.
  const hashNames = [
    "GIT_COMMIT",
    "COMMIT_SHA",
    "BUILD_SHA",
    "CHECKSUM_SHA256",
    "EXPECTED_SHA1",
    "ETAG",
    "ARTIFACT_DIGEST",
    "SOURCE_VERSION",
  ];
  for (let i = 0; i < 100; i++) {
    const syntax = SYNTAXES[i % SYNTAXES.length];
    const kind = r.pick(["sha1", "sha256", "md5", "sha512", "short"]);
    const value =
      kind === "sha1"
        ? r.hex(40)
        : kind === "sha256"
          ? r.hex(64)
          : kind === "md5"
            ? r.hex(32)
            : kind === "sha512"
              ? r.hex(128)
              : r.hex(7);
    const roll = r.float();
    if (roll < 0.15 && syntax === "sh")
      push("hash", syntax, {
        path: "Dockerfile",
        text: `RUN echo "${r.hex(64)}  node-v20.11.1-linux-x64.tar.xz" | sha256sum -c -\n`,
      });
    else if (roll < 0.3 && syntax === "yaml")
      push("hash", syntax, {
        path: "deploy/values.yaml",
        text: `image:\n  repository: ghcr.io/acme/${r.word()}\n  digest: sha256:${r.hex(64)}\n`,
      });
    else if (roll < 0.45 && syntax === "json")
      push("hash", syntax, {
        path: "build/manifest.json",
        text: `${JSON.stringify({ commit: r.hex(40), tree: r.hex(40), files: { [`${r.word()}.js`]: r.hex(32) } }, null, 2)}\n`,
      });
    else push("hash", syntax, assign(r, syntax, r.pick(hashNames), value));
  }

  // UUIDs: request/tenant/app ids, including ids next to provider names.
  const uuidNames = [
    "REQUEST_ID",
    "TENANT_ID",
    "AZURE_CLIENT_ID",
    "SUBSCRIPTION_ID",
    "HEROKU_APP_ID",
    "TRACE_ID",
    "PROJECT_UUID",
    "DATADOG_ORG_ID",
    "CORRELATION_ID",
  ];
  for (let i = 0; i < 80; i++) {
    const syntax = SYNTAXES[i % SYNTAXES.length];
    push(
      "uuid",
      syntax,
      assign(r, syntax, r.pick(uuidNames), r.chance(0.2) ? r.uuid().toUpperCase() : r.uuid()),
    );
  }

  // Lockfile and subresource integrity.
  for (let i = 0; i < 70; i++) {
    const pkg =
      `${r.pick(["@babel", "@types", "@aws-sdk", ""])}${r.chance(0.5) ? "/" : ""}${r.word()}-${r.word()}`.replace(
        /^\//,
        "",
      );
    const version = `${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 20)}`;
    const integrity = `sha512-${r.b64(64)}`;
    const style = i % 4;
    if (style === 0)
      push("integrity", "json", {
        path: "package-lock.json",
        text: `${JSON.stringify({ [`node_modules/${pkg}`]: { version, resolved: `https://registry.npmjs.org/${pkg}/-/${pkg.split("/").pop()}-${version}.tgz`, integrity, dev: true } }, null, 2)}\n`,
      });
    else if (style === 1)
      push("integrity", "yaml", {
        path: "yarn.lock",
        text: `"${pkg}@^${version}":\n  version "${version}"\n  resolved "https://registry.yarnpkg.com/${pkg}/-/${pkg.split("/").pop()}-${version}.tgz#${r.hex(40)}"\n  integrity ${integrity}\n`,
      });
    else if (style === 2)
      push("integrity", "yaml", {
        path: "pnpm-lock.yaml",
        text: `  /${pkg}@${version}:\n    resolution: {integrity: ${integrity}}\n    engines: {node: '>=14'}\n`,
      });
    else
      push("integrity", "ts", {
        path: "src/index.html",
        text: `<script src="https://cdn.jsdelivr.net/npm/${pkg}@${version}/dist/index.min.js" integrity="sha384-${r.b64(48)}" crossorigin="anonymous"></script>\n`,
      });
  }

  // Documented example keys (AWS's EXAMPLE keys, Azure's emulator account).
  for (const [name, value] of AWS_EXAMPLES) {
    for (const syntax of SYNTAXES) push("example-key", syntax, assign(r, syntax, name, value));
  }
  for (const syntax of SYNTAXES)
    push("example-key", syntax, assign(r, syntax, "AZURE_STORAGE_CONNECTION_STRING", AZURITE));

  // Base64 images.
  for (let i = 0; i < 60; i++) {
    const [mime, magic] = r.pick([
      ["image/png", "89504e470d0a1a0a0000000d49484452"],
      ["image/gif", "47494638396101000100"],
      ["image/jpeg", "ffd8ffe000104a46494600010101"],
      [
        "image/svg+xml",
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">').toString("hex"),
      ],
    ]);
    const data = Buffer.concat([Buffer.from(magic, "hex"), r.bytes(r.int(150, 900))]).toString("base64");
    const style = i % 3;
    if (style === 0)
      push("base64-image", "ts", {
        path: "src/styles/icons.css",
        text: `.icon-${r.word()} {\n  background-image: url("data:${mime};base64,${data}");\n}\n`,
      });
    else if (style === 1)
      push("base64-image", "ts", {
        path: "src/assets.ts",
        text: `export const ${camel(`${r.word()}_icon`)} = "data:${mime};base64,${data}";\n`,
      });
    else
      push("base64-image", "json", {
        path: "public/manifest.json",
        text: `${JSON.stringify({ icons: [{ src: `data:${mime};base64,${data}`, sizes: "64x64" }] }, null, 2)}\n`,
      });
  }

  // Minified code and source maps.
  for (let i = 0; i < 70; i++) {
    const text = minified(r);
    push("minified", "ts", {
      path: `dist/assets/${r.word()}-${r.hex(8)}.js`,
      text: `${text}\n//# sourceMappingURL=${r.word()}-${r.hex(8)}.js.map\n`,
    });
  }

  // Version strings.
  const versionValues = [
    () => `${r.int(0, 20)}.${r.int(0, 40)}.${r.int(0, 30)}`,
    () => `v${r.int(0, 3)}.${r.int(0, 30)}.${r.int(0, 9)}-rc.${r.int(1, 5)}+build.${r.digits(8)}`,
    () => `v0.0.0-${r.digits(14)}-${r.hex(12)}`,
    () => `${r.int(18, 22)}.${r.int(0, 12)}.${r.int(0, 9)}-alpine3.${r.int(16, 20)}`,
    () => `sha-${r.hex(7)}`,
    () => `${r.int(2020, 2025)}.${r.int(1, 12)}.${r.int(1, 28)}.post${r.int(0, 3)}`,
  ];
  const versionNames = [
    "VERSION",
    "APP_VERSION",
    "IMAGE_TAG",
    "NODE_VERSION",
    "GO_MODULE_VERSION",
    "RELEASE",
  ];
  for (let i = 0; i < 70; i++) {
    const syntax = SYNTAXES[i % SYNTAXES.length];
    push("version", syntax, assign(r, syntax, r.pick(versionNames), r.pick(versionValues)()));
  }

  // Public identifiers and local-development URLs that look like credentials.
  const publicValues = [
    ["TWILIO_ACCOUNT_SID", () => `AC${r.hex(32)}`],
    ["TWILIO_API_KEY_SID", () => `SK${r.hex(32)}`],
    ["SQUARE_APPLICATION_ID", () => `sq0idp-${r.chars(B64URL, 22)}`],
    ["GOOGLE_CLIENT_ID", () => `${r.digits(12)}-${r.chars(LOWER + DIGITS, 32)}.apps.googleusercontent.com`],
    ["SENTRY_DSN", () => `https://${r.hex(32)}@o${r.digits(6)}.ingest.sentry.io/${r.digits(7)}`],
    ["MAILGUN_PUBLIC_KEY", () => `pubkey-${r.hex(32)}`],
    ["STRIPE_PUBLISHABLE_KEY", () => `pk_live_${r.alnum(24)}`],
    ["DATABASE_URL", () => `postgres://${r.word()}@localhost:5432/${r.word()}_dev`],
    ["REDIS_URL", () => `redis://cache:6379/${r.int(0, 9)}`],
    ["MONGO_URL", () => `mongodb://mongo:27017/${r.word()}`],
    ["AMQP_URL", () => "amqp://guest:guest@localhost:5672/"],
    ["DATABASE_URL", () => `postgres://user:password@localhost:5432/${r.word()}`],
    ["REPO_URL", () => `https://github.com/acme/${r.word()}.git`],
    [
      "KEYCLOAK_REALM_PUBLIC_KEY_URL",
      () => `https://auth.corp.test/realms/${r.word()}/protocol/openid-connect/certs`,
    ],
  ];
  for (let i = 0; i < 84; i++) {
    const syntax = SYNTAXES[i % SYNTAXES.length];
    const [name, value] = publicValues[i % publicValues.length];
    push("public-or-local", syntax, assign(r, syntax, name, value()));
  }

  // Prose about tokens.
  const prose = [
    "Set GITHUB_TOKEN to a personal access token (classic tokens start with ghp_, fine-grained ones with github_pat_).",
    "Slack bot tokens start with xoxb- and app-level tokens with xapp-.",
    "Create an API key in the Google Cloud console; it starts with AIza.",
    "Paste your OpenAI key (sk-proj-…) into OPENAI_API_KEY.",
    "The private key must be PEM (-----BEGIN PRIVATE KEY-----).",
    "Use `npm token create` and put the npm_… token in NODE_AUTH_TOKEN.",
    "Vault tokens look like hvs.<random>; never commit one.",
    "Run `heroku authorizations:create` and export HEROKU_API_KEY.",
    "PyPI tokens begin with pypi- and are scoped per project.",
    "Connection string: postgres://<user>:<password>@<host>:5432/<db>",
  ];
  for (let i = 0; i < 40; i++) {
    const line = prose[i % prose.length];
    const style = i % 4;
    const text =
      style === 0
        ? `- ${line}\n`
        : style === 1
          ? `# ${line}\n`
          : style === 2
            ? `// ${line}\n`
            : `"""${line}"""\n`;
    push("prose", ["yaml", "sh", "ts", "py"][style], {
      path: ["docs/setup.md", "scripts/README.sh", "src/setup.ts", "app/docs.py"][style],
      text,
    });
  }
  return out;
}

/** The corpus, in a fixed order. */
export function generateCorpus(seed = SEED) {
  const r = makeRandom(seed);
  return [...positives(r), ...negatives(r)];
}

export function serialize(entries) {
  return `${entries.map((e) => JSON.stringify(e)).join("\n")}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = serialize(generateCorpus());
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(CORPUS_PATH, "utf8");
    } catch {}
    if (current !== text) {
      console.error(
        `${path.relative(process.cwd(), CORPUS_PATH)} is stale: run node test/corpus/generate.mjs`,
      );
      process.exit(1);
    }
    console.log("corpus.jsonl is up to date");
  } else {
    writeFileSync(CORPUS_PATH, text);
    const entries = text
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    const pos = entries.filter((e) => e.label === "positive").length;
    console.log(
      `wrote ${entries.length} entries (${pos} positive, ${entries.length - pos} negative), ${text.length} bytes`,
    );
  }
}

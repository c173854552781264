import { isPlaceholder } from "../credential-shape.js";
import type { Fragment } from "../fragment.js";

/**
 * File-level rules: files that must not be committed because of what they are (a `.env` file, a
 * private key, a credentials file), whatever secret-looking text they hold or do not hold.
 *
 * Some rules also look at the content, to let through the same name holding nothing secret (a
 * `.pem` with certificates only, an `.npmrc` whose token is `${NPM_TOKEN}`). Those checks look
 * for evidence in the text they are given, which for a change is only the added lines: a change
 * that adds no token line to an `.npmrc` adds no token. A fragment whose content was not read
 * (binary, too large, unreadable) is decided by its name alone, and blocked: the scan fails closed.
 */

export interface SensitiveFileRule {
  id: string;
  title: string;
  description: string;
  fix: string;
}

export interface SensitiveFileHit {
  rule: string;
  message: string;
  fix: string;
}

/**
 * `.env.<suffix>` files that are templates, meant to be committed. `dist` is Symfony's name for
 * the committed template (`.env.dist`).
 */
export const DEFAULT_ALLOWED_DOTENV_SUFFIXES: readonly string[] = ["example", "sample", "template", "dist"];

const DOTENV: SensitiveFileRule = {
  id: "file/dotenv",
  title: "dotenv file",
  description:
    "A .env file (.env, .env.local, .env.production, config/.env, .env-prod, …) anywhere in the tree. It holds one machine's settings and secrets, so it is blocked whatever it holds. Templates are allowed: a last suffix of example, sample, template or dist (.env.example, .env.production.example; configurable with scan.allowedDotenvSuffixes), and documentation or code named after it (.env.md, .env.ts).",
  fix: "Remove it from git (git rm --cached -- <file>), add it to .gitignore, commit a .env.example with placeholders instead, and rotate every secret it held.",
};

const PRIVATE_KEY: SensitiveFileRule = {
  id: "file/private-key",
  title: "private key file",
  description:
    "A private key file: SSH keys (id_rsa, id_dsa, id_ecdsa, id_ed25519 and their _sk and suffixed variants; .pub is allowed), *.key, *.pem, PuTTY *.ppk and PKCS#8 *.p8 keys. A .pem or .key whose text holds only certificates or public keys (no PRIVATE KEY block), and an id_* file that holds only an OpenSSH public key, are allowed.",
  fix: "Remove the file from git, add its name to .gitignore, and replace the key: generate a new one and revoke the old one wherever it is trusted (authorized_keys, the CA, the provider's console).",
};

const KEYSTORE: SensitiveFileRule = {
  id: "file/keystore",
  title: "key store",
  description:
    "A PKCS#12 or Java key store (*.p12, *.pfx, *.pkcs12, *.jks, *.jceks, *.keystore): binary containers of private keys and certificates. Android's debug.keystore is allowed.",
  fix: "Remove the key store from git, keep it in a secret store or CI secret, and re-issue the keys it held (and change its password).",
};

const NPMRC_TOKEN: SensitiveFileRule = {
  id: "file/npmrc-token",
  title: "npm or Yarn credentials",
  description: `An .npmrc or .yarnrc with an _authToken, _auth or _password, or a .yarnrc.yml with an npmAuthToken or npmAuthIdent, whose value is not an environment reference (\${NPM_TOKEN}) or a placeholder.`,
  fix: `Replace the value with \${NPM_TOKEN} (set in CI and in each developer's environment), revoke the token on the registry, and create a new one.`,
};

const PYPIRC_PASSWORD: SensitiveFileRule = {
  id: "file/pypirc-password",
  title: "PyPI credentials",
  description: "A .pypirc with a password (an API token or an account password) that is not a placeholder.",
  fix: "Remove the password line (twine reads TWINE_PASSWORD, or use trusted publishing), revoke the token on PyPI, and create a new one.",
};

const CLOUD_CREDENTIALS: SensitiveFileRule = {
  id: "file/cloud-credentials",
  title: "cloud credentials file",
  description:
    'A cloud CLI\'s credentials: .aws/credentials or .aws/config with aws_secret_access_key or aws_session_token; gcloud\'s application_default_credentials.json with a private key, refresh token or client secret, its credentials.db, access_tokens.db and legacy_credentials; any JSON service-account key ("private_key": "-----BEGIN …"); the Azure CLI\'s token caches and service principal entries under .azure/, and .azure/credentials with a secret.',
  fix: "Remove the file from git, deactivate or delete the key or token in the provider's console (IAM access keys, service account keys, app registrations), and use workload identity or a secret store instead of a key file.",
};

const DOCKER_CONFIG: SensitiveFileRule = {
  id: "file/docker-config",
  title: "Docker registry credentials",
  description:
    'A Docker client config (.docker/config.json, .dockercfg) with an "auth", "identitytoken" or "registrytoken": base64 user:password pairs or tokens for registries. A config that only names credential helpers is allowed.',
  fix: "Remove the file from git, log out and back in with a credential helper (credsStore), and rotate the registry password or token.",
};

const GIT_CREDENTIALS: SensitiveFileRule = {
  id: "file/git-credentials",
  title: "git credential store",
  description:
    "A .git-credentials file: git's plain-text credential store, one https://user:token@host per line.",
  fix: "Remove it from git, revoke every token it lists, and use a credential helper that keeps them out of the work tree.",
};

const NETRC: SensitiveFileRule = {
  id: "file/netrc",
  title: "netrc with a password",
  description:
    "A .netrc or _netrc with a password token (machine host login user password secret) that is not a placeholder.",
  fix: "Remove it from git, change the passwords it held, and keep it in your home directory only (chmod 600).",
};

const KEEPASS: SensitiveFileRule = {
  id: "file/keepass",
  title: "password database",
  description:
    "A KeePass database (*.kdbx, *.kdb): encrypted, but open to offline guessing of its master password once committed.",
  fix: "Remove it from git and keep it outside the repository; if it may have been pushed, change its master password and the passwords it holds.",
};

const TERRAFORM_STATE: SensitiveFileRule = {
  id: "file/terraform-state",
  title: "Terraform state",
  description:
    "A Terraform state file (*.tfstate, *.tfstate.backup): it records every resource's attributes in plain text, generated passwords and keys included.",
  fix: "Remove it from git, add *.tfstate* to .gitignore, keep state in a remote backend with encryption and access control, and rotate the secrets it recorded.",
};

export const SENSITIVE_FILE_RULES: readonly SensitiveFileRule[] = [
  DOTENV,
  PRIVATE_KEY,
  KEYSTORE,
  NPMRC_TOKEN,
  PYPIRC_PASSWORD,
  CLOUD_CREDENTIALS,
  DOCKER_CONFIG,
  GIT_CREDENTIALS,
  NETRC,
  KEEPASS,
  TERRAFORM_STATE,
];

function hit(rule: SensitiveFileRule, message: string): SensitiveFileHit {
  return { rule: rule.id, message, fix: rule.fix };
}

/** Extensions of documentation and source files: `.env.md`, `.env.ts` are about a .env file, not one. */
const NOT_DOTENV = new Set([
  "md",
  "mdx",
  "markdown",
  "rst",
  "adoc",
  "html",
  "ts",
  "mts",
  "cts",
  "tsx",
  "js",
  "mjs",
  "cjs",
  "jsx",
  "py",
  "rb",
  "go",
  "rs",
  "java",
  "kt",
  "php",
]);

/** Values that are not a credential: empty, an environment reference, or a placeholder. */
function isStandIn(raw: string): boolean {
  const value = raw
    .replace(/\s+#.*$/, "") // a YAML comment after the value
    .trim()
    .replace(/^(["'])(.*)\1$/, "$2");
  return value === "" || isPlaceholder(value); // isPlaceholder knows ${VAR}, ${VAR:-default}, $VAR
}

/** The values of `name = value` lines (INI, .npmrc) whose name matches, comments left out. */
function values(text: string, name: RegExp, separator = "[=:]"): string[] {
  const line = new RegExp(`^[ \\t]*(?:${name.source})["']?[ \\t]*${separator}[ \\t]*(.*?)[ \\t]*$`, "gim");
  return [...text.matchAll(line)].map((m) => m[1] ?? "");
}

/** The BEGIN or END line of a private key block (PKCS#1, PKCS#8, encrypted, EC, OpenSSH, PGP). */
const PRIVATE_BLOCK = / PRIVATE KEY(?: BLOCK)?-----/;
const PEM_MARKER = /-----(?:BEGIN|END) [A-Z0-9 ]+-----/;
const OPENSSH_PUBLIC =
  /^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) AAAA[A-Za-z0-9+/=]+(?: .*)?$/;

/**
 * Whether a key-like file's text holds a private key. Without a PRIVATE KEY block: certificates
 * and public keys (PEM blocks, OpenSSH public key lines) are not; text that is neither (a raw key
 * such as Rails' master.key, or base64 lines of a key changed without its BEGIN line) is.
 */
function holdsPrivateKey(text: string): boolean {
  if (PRIVATE_BLOCK.test(text)) return true;
  if (PEM_MARKER.test(text)) return false;
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length === 0) return false;
  return !lines.every((l) => OPENSSH_PUBLIC.test(l.trim()));
}

function dotenvHit(name: string, path: string, allowed: readonly string[]): SensitiveFileHit | undefined {
  if (!/^\.env(?:[._-].+)?$/.test(name)) return undefined;
  const extension = name.slice(name.lastIndexOf(".") + 1);
  if (name !== ".env" && NOT_DOTENV.has(extension)) return undefined;
  for (const raw of allowed) {
    const suffix = raw.replace(/^\./, "").toLowerCase();
    if (suffix !== "" && [".", "-", "_"].some((sep) => name.endsWith(`${sep}${suffix}`))) return undefined;
  }
  return hit(
    DOTENV,
    `${path} is a dotenv file: it holds one machine's settings and secrets and must not be committed.`,
  );
}

/**
 * Whether `path` names a dotenv file: envguard's one definition, for the scan's `file/dotenv` rule
 * and `check`'s `repo/tracked-dotenv`. Case-insensitive; templates (`allowed` last suffixes after
 * `.`, `-` or `_`) and documentation or code named after one (`.env.md`, `.env.ts`) are not.
 */
export function isDotenvPath(
  path: string,
  allowed: readonly string[] = DEFAULT_ALLOWED_DOTENV_SUFFIXES,
): boolean {
  const lower = path.replace(/\\/g, "/").toLowerCase();
  return dotenvHit(lower.slice(lower.lastIndexOf("/") + 1), path, allowed) !== undefined;
}

/**
 * The sensitive-file rule a fragment's file breaks, if any. `allowedDotenvSuffixes`: the last
 * suffixes that make a `.env.*` file a template (with or without the dot, any case).
 */
export function detectSensitiveFile(
  fragment: Fragment,
  allowedDotenvSuffixes: readonly string[] = DEFAULT_ALLOWED_DOTENV_SUFFIXES,
): SensitiveFileHit | undefined {
  const path = fragment.path.replace(/\\/g, "/");
  const lower = path.toLowerCase();
  const name = lower.slice(lower.lastIndexOf("/") + 1);
  const dirs = `/${lower.slice(0, lower.length - name.length)}`;
  /** The text to look at, or undefined when the content was not read. */
  const text = fragment.skipped ? undefined : fragment.text;
  /** Blocked unless the text was read and holds no evidence. */
  const unlessCleared = (evidence: (t: string) => boolean) => text === undefined || evidence(text);

  const dotenv = dotenvHit(name, path, allowedDotenvSuffixes);
  if (dotenv) return dotenv;

  // Private keys and key stores.
  if (/^id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?(?:[._-].*)?$/.test(name) && !name.endsWith(".pub")) {
    if (unlessCleared(holdsPrivateKey)) {
      return hit(PRIVATE_KEY, `${path} is an SSH private key.`);
    }
    return undefined;
  }
  if (/\.(?:pem|key)$/.test(name)) {
    if (unlessCleared(holdsPrivateKey)) {
      return hit(
        PRIVATE_KEY,
        `${path} holds a private key (or content that could not be shown to be certificates only).`,
      );
    }
    return undefined;
  }
  if (/\.(?:ppk|p8)$/.test(name)) return hit(PRIVATE_KEY, `${path} is a private key file.`);
  if (/\.(?:p12|pfx|pkcs12|jks|jceks|keystore)$/.test(name) && name !== "debug.keystore") {
    return hit(KEYSTORE, `${path} is a key store: it holds private keys.`);
  }

  // Package registry credentials.
  if (name === ".npmrc" || name === ".yarnrc") {
    const tokenLines = (t: string) =>
      values(
        t,
        /(?:\/\/\S*?:)?_(?:authtoken|auth|password)|"\/\/\S*?:_(?:authtoken|auth|password)"/,
        "[=: ]",
      ).some((v) => !isStandIn(v));
    if (unlessCleared(tokenLines))
      return hit(NPMRC_TOKEN, `${path} holds a registry auth token or password.`);
    return undefined;
  }
  if (name === ".yarnrc.yml" || name === ".yarnrc.yaml") {
    if (unlessCleared((t) => values(t, /npmauthtoken|npmauthident/, ":").some((v) => !isStandIn(v)))) {
      return hit(NPMRC_TOKEN, `${path} holds a registry auth token.`);
    }
    return undefined;
  }
  if (name === ".pypirc") {
    if (unlessCleared((t) => values(t, /password/).some((v) => !isStandIn(v)))) {
      return hit(PYPIRC_PASSWORD, `${path} holds a PyPI password or token.`);
    }
    return undefined;
  }

  // Cloud CLIs.
  if (dirs.endsWith("/.aws/") && (name === "credentials" || name === "config")) {
    if (
      unlessCleared((t) => values(t, /aws_secret_access_key|aws_session_token/).some((v) => !isStandIn(v)))
    ) {
      return hit(CLOUD_CREDENTIALS, `${path} holds an AWS secret access key or session token.`);
    }
    return undefined;
  }
  if (name === "application_default_credentials.json") {
    const secretField = /"(?:private_key|refresh_token|client_secret)"\s*:\s*"([^"]*)"/g;
    if (unlessCleared((t) => [...t.matchAll(secretField)].some((m) => !isStandIn(m[1] ?? "")))) {
      return hit(CLOUD_CREDENTIALS, `${path} holds Google Cloud application default credentials.`);
    }
    return undefined;
  }
  if (
    /\/gcloud\//.test(dirs) &&
    (name === "credentials.db" || name === "access_tokens.db" || dirs.includes("/legacy_credentials/"))
  ) {
    return hit(CLOUD_CREDENTIALS, `${path} is part of gcloud's credential store.`);
  }
  if (dirs.includes("/.azure/")) {
    if (
      /^(?:accesstokens\.json|msal_token_cache\.(?:json|bin)|msal_http_cache\.bin|service_principal_entries\.(?:json|bin))$/.test(
        name,
      )
    ) {
      return hit(CLOUD_CREDENTIALS, `${path} is one of the Azure CLI's token caches.`);
    }
    if (name === "credentials") {
      if (unlessCleared((t) => values(t, /secret|password/).some((v) => !isStandIn(v)))) {
        return hit(CLOUD_CREDENTIALS, `${path} holds an Azure client secret.`);
      }
      return undefined;
    }
  }
  if (name.endsWith(".json") && text !== undefined) {
    const key = /"private_key"\s*:\s*"(-----BEGIN[^"]*)"/.exec(text);
    if (key && PRIVATE_BLOCK.test(key[1] ?? "")) {
      return hit(CLOUD_CREDENTIALS, `${path} is a service account key: it holds a private key.`);
    }
  }

  // Docker.
  if ((dirs.endsWith("/.docker/") && name === "config.json") || name === ".dockercfg") {
    const auth = /"(?:auth|identitytoken|registrytoken)"\s*:\s*"([^"]*)"/gi;
    if (unlessCleared((t) => [...t.matchAll(auth)].some((m) => !isStandIn(m[1] ?? "")))) {
      return hit(DOCKER_CONFIG, `${path} holds Docker registry credentials.`);
    }
    return undefined;
  }

  // Plain-text credential stores.
  if (name === ".git-credentials")
    return hit(GIT_CREDENTIALS, `${path} is git's plain-text credential store.`);
  if (name === ".netrc" || name === "_netrc") {
    const password = /(?:^|\s)password\s+(\S+)/g;
    if (unlessCleared((t) => [...t.matchAll(password)].some((m) => !isStandIn(m[1] ?? "")))) {
      return hit(NETRC, `${path} holds a password.`);
    }
    return undefined;
  }
  if (/\.kdbx?$/.test(name)) return hit(KEEPASS, `${path} is a KeePass password database.`);
  if (/\.tfstate(?:\.backup)?$/.test(name)) {
    return hit(TERRAFORM_STATE, `${path} is Terraform state: it records secrets in plain text.`);
  }
  return undefined;
}

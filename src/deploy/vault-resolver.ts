import { setTimeout as sleep } from "node:timers/promises";
import type { SecretReference } from "../config/reference.js";
import {
  type ReferenceOutcome,
  type ResolverSettings,
  referenceFailed,
  type StoreResolver,
} from "./reference-outcome.js";
import { pickSecretField } from "./secret-field.js";

type VaultReference = Extract<SecretReference, { scheme: "vault" }>;

/** Where and as whom to reach Vault, read from the environment once per resolveReferences call. */
interface VaultConnection {
  /** VAULT_ADDR without credentials or a trailing slash: requests go below it and problems show it. */
  address: string;
  namespace?: string;
  auth: { token: string } | { roleId: string; secretId: string };
}

/** What one call to Vault came to, after its retries. */
type VaultExchange =
  | { kind: "answer"; status: number; body: unknown }
  | { kind: "timeout"; attempts: number }
  | { kind: "unreachable"; attempts: number; cause: string }
  | { kind: "busy"; attempts: number; status: number };

type TokenOutcome = { ok: true; token: string } | { ok: false; outcome: ReferenceOutcome };
type SecretRead = { ok: true; fields: Record<string, unknown> } | { ok: false; outcome: ReferenceOutcome };

/**
 * Reads KV version 2 secrets over Vault's HTTP API with the global fetch. Logs in with AppRole at
 * most once, on the first reference, and shares the token with every other vault reference.
 */
export function createVaultResolver(settings: ResolverSettings): StoreResolver<VaultReference> {
  const connection = readVaultConnection(settings.environ);
  if (typeof connection === "string") {
    return { resolve: async () => referenceFailed("misconfigured", connection), close: () => {} };
  }
  let token: Promise<TokenOutcome> | undefined;
  // Two fields of one secret are one read.
  const reads = new Map<string, Promise<SecretRead>>();
  return {
    async resolve(ref) {
      const secret = `${ref.mount}/${ref.path}`;
      // URLs resolve "." and "..": the request would read another path than the one written.
      if (secret.split("/").some((segment) => segment === "" || segment === "." || segment === "..")) {
        return referenceFailed(
          "misconfigured",
          `the Vault path ${secret} has an empty, "." or ".." segment; write the secret's path in full`,
        );
      }
      token ??= obtainToken(connection, settings);
      const obtained = await token;
      if (!obtained.ok) return obtained.outcome;
      let read = reads.get(secret);
      if (!read) {
        read = readSecret(ref, connection, obtained.token, settings);
        reads.set(secret, read);
      }
      const fields = await read;
      return fields.ok
        ? pickSecretField(fields.fields, ref.field, `${secret} in ${vaultAt(connection)}`)
        : fields.outcome;
    },
    close: () => {},
  };
}

/** The connection, or the problem that keeps envguard from reaching Vault at all. */
function readVaultConnection(environ: Record<string, string | undefined>): VaultConnection | string {
  const raw = environ.VAULT_ADDR?.trim();
  if (!raw)
    return "VAULT_ADDR is not set; set it to the Vault server's address, such as https://vault.example.com:8200";
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "VAULT_ADDR is not a URL; set it to the Vault server's address, such as https://vault.example.com:8200";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return "VAULT_ADDR must start with https:// or http://";
  }
  // origin drops any user:password@ (fetch refuses them, and a problem must not show them).
  const address = `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  const namespace = environ.VAULT_NAMESPACE?.trim() || undefined;
  if (namespace !== undefined && !HEADER_SAFE.test(namespace)) {
    return "VAULT_NAMESPACE holds characters that cannot be sent to Vault; set it to a namespace path such as admin/team";
  }
  const connection = (auth: VaultConnection["auth"]): VaultConnection =>
    namespace === undefined ? { address, auth } : { address, namespace, auth };

  const token = environ.VAULT_TOKEN?.trim();
  if (token) {
    return HEADER_SAFE.test(token)
      ? connection({ token })
      : "VAULT_TOKEN holds characters that cannot be sent to Vault; set it to the token alone";
  }
  const roleId = environ.VAULT_ROLE_ID?.trim();
  const secretId = environ.VAULT_SECRET_ID?.trim();
  if (roleId && secretId) return connection({ roleId, secretId });
  if (roleId)
    return "VAULT_ROLE_ID is set but VAULT_SECRET_ID is not; set both for an AppRole login, or set VAULT_TOKEN";
  if (secretId)
    return "VAULT_SECRET_ID is set but VAULT_ROLE_ID is not; set both for an AppRole login, or set VAULT_TOKEN";
  return `neither VAULT_TOKEN nor VAULT_ROLE_ID and VAULT_SECRET_ID is set, so envguard cannot log in to Vault at ${address}; set one of them`;
}

/** Visible ASCII only: anything else would make fetch throw an error that quotes the header's value. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;

function vaultAt(connection: VaultConnection): string {
  return `Vault at ${connection.address}${connection.namespace ? ` (namespace ${connection.namespace})` : ""}`;
}

function baseHeaders(connection: VaultConnection): Record<string, string> {
  return connection.namespace ? { "X-Vault-Namespace": connection.namespace } : {};
}

async function obtainToken(connection: VaultConnection, settings: ResolverSettings): Promise<TokenOutcome> {
  if ("token" in connection.auth) return { ok: true, token: connection.auth.token };
  const vault = vaultAt(connection);
  const login = await exchange(
    `${connection.address}/v1/auth/approle/login`,
    {
      method: "POST",
      headers: { ...baseHeaders(connection), "Content-Type": "application/json" },
      body: JSON.stringify({ role_id: connection.auth.roleId, secret_id: connection.auth.secretId }),
    },
    settings,
  );
  const failed = (outcome: ReferenceOutcome): TokenOutcome => ({ ok: false, outcome });
  if (login.kind !== "answer") return failed(exchangeFailed(login, vault, "the AppRole login", settings));
  if (login.status === 200) {
    const token = (login.body as { auth?: { client_token?: unknown } } | undefined)?.auth?.client_token;
    if (typeof token === "string" && HEADER_SAFE.test(token)) return { ok: true, token };
    return failed(
      referenceFailed(
        "unavailable",
        `${vault} answered the AppRole login without a client token; check VAULT_ADDR`,
      ),
    );
  }
  if (login.status === 400 || login.status === 401 || login.status === 403) {
    return failed(
      referenceFailed(
        "access-denied",
        `${vault} refused the AppRole login (HTTP ${login.status}); check VAULT_ROLE_ID and VAULT_SECRET_ID and that the secret ID has not expired`,
      ),
    );
  }
  if (login.status === 404) {
    return failed(
      referenceFailed(
        "misconfigured",
        `${vault} has no AppRole auth method at auth/approle (HTTP 404); enable it there or set VAULT_TOKEN`,
      ),
    );
  }
  return failed(
    referenceFailed(
      "unavailable",
      `${vault} rejected the AppRole login (HTTP ${login.status}); check VAULT_ADDR`,
    ),
  );
}

/** One secret's fields, or why they could not be read; nothing here depends on the field asked for. */
async function readSecret(
  ref: VaultReference,
  connection: VaultConnection,
  token: string,
  settings: ResolverSettings,
): Promise<SecretRead> {
  const vault = vaultAt(connection);
  const failed = (outcome: ReferenceOutcome): SecretRead => ({ ok: false, outcome });
  const secret = `${ref.mount}/${ref.path}`;
  const apiPath = `${ref.mount}/data/${ref.path}`;
  const encoded = apiPath.split("/").map(encodeURIComponent).join("/");
  const read = await exchange(
    `${connection.address}/v1/${encoded}`,
    { method: "GET", headers: { ...baseHeaders(connection), "X-Vault-Token": token } },
    settings,
  );
  if (read.kind !== "answer") return failed(exchangeFailed(read, vault, `reading ${apiPath}`, settings));
  const data = (
    read.body as { data?: { data?: unknown; metadata?: { deletion_time?: unknown } } } | undefined
  )?.data;
  switch (read.status) {
    case 200:
      break;
    case 404:
      return failed(
        typeof data?.metadata?.deletion_time === "string" && data.metadata.deletion_time !== ""
          ? referenceFailed(
              "not-found",
              `the latest version of ${secret} in ${vault} is deleted (HTTP 404); undelete it or write a new version`,
            )
          : referenceFailed(
              "not-found",
              `${vault} has no secret ${secret} (HTTP 404); check the mount and path`,
            ),
      );
    case 401:
    case 403:
      return failed(
        referenceFailed(
          "access-denied",
          `${vault} denied access (HTTP ${read.status}): the token's policy does not allow reading ${apiPath}, or the token is invalid or expired; check ${"token" in connection.auth ? "VAULT_TOKEN" : "the AppRole's policies"}`,
        ),
      );
    default:
      return failed(
        referenceFailed(
          "unavailable",
          `${vault} rejected reading ${apiPath} (HTTP ${read.status}); check that ${ref.mount} is a KV version 2 mount`,
        ),
      );
  }
  const fields = data?.data;
  if (fields === null && data?.metadata) {
    return failed(
      referenceFailed(
        "not-found",
        `the latest version of ${secret} in ${vault} is deleted or destroyed; write a new version`,
      ),
    );
  }
  if (typeof fields !== "object" || fields === null || Array.isArray(fields)) {
    return failed(
      referenceFailed(
        "unavailable",
        `${vault} answered for ${secret} without KV version 2 data; check that ${ref.mount} is a KV version 2 mount`,
      ),
    );
  }
  return { ok: true, fields: fields as Record<string, unknown> };
}

/** The failure for a call that never got a usable answer: timeouts, unreachable, 429/5xx to the end. */
function exchangeFailed(
  failure: Exclude<VaultExchange, { kind: "answer" }>,
  vault: string,
  what: string,
  settings: ResolverSettings,
): ReferenceOutcome {
  const attempts = `${failure.attempts} attempt${failure.attempts === 1 ? "" : "s"}`;
  switch (failure.kind) {
    case "timeout":
      return referenceFailed(
        "timeout",
        `${vault} did not answer ${what} within ${settings.timeoutMs} ms (${attempts}); check that it is reachable, or raise the timeout`,
      );
    case "unreachable":
      return referenceFailed(
        "unavailable",
        `could not reach ${vault} for ${what} (${failure.cause}, ${attempts}); check VAULT_ADDR and the network`,
      );
    case "busy":
      return referenceFailed(
        "unavailable",
        `${vault} answered ${what} with HTTP ${failure.status} (${attempts}); check that Vault is unsealed and healthy`,
      );
  }
}

/** One call with a per-attempt timeout, retried with backoff on timeouts, network errors and 429/5xx. */
async function exchange(url: string, init: RequestInit, settings: ResolverSettings): Promise<VaultExchange> {
  let last: Exclude<VaultExchange, { kind: "answer" }> = { kind: "timeout", attempts: 0 };
  for (let attempt = 1; attempt <= settings.retries + 1; attempt++) {
    if (attempt > 1) await sleep(backoffMs(attempt - 1));
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(settings.timeoutMs) });
      const text = await response.text();
      if (response.status === 429 || response.status >= 500) {
        last = { kind: "busy", status: response.status, attempts: attempt };
        continue;
      }
      return { kind: "answer", status: response.status, body: parseJson(text) };
    } catch (error) {
      if ((error as Error | undefined)?.name === "TimeoutError") {
        last = { kind: "timeout", attempts: attempt };
        continue;
      }
      // Only the code: fetch's messages may quote the request.
      const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
      last = {
        kind: "unreachable",
        attempts: attempt,
        cause: typeof cause === "string" ? cause : "network error",
      };
      if (typeof cause !== "string") return last;
    }
  }
  return last;
}

/** 100 ms × 2^(n-1), between half and one and a half times that, so retries from many references spread out. */
function backoffMs(retry: number): number {
  return Math.min(5000, 100 * 2 ** (retry - 1)) * (0.5 + Math.random());
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

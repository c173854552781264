// A small project whose staging config takes its secrets from every kind of reference, the fake
// stores that hold them, and an asynchronous CLI runner (the tests serve HTTP from this process).
import { spawn } from "node:child_process";
import { afterAll } from "vitest";
import { FAKE_VAULT_TOKEN, startFakeSecretsManager, startFakeVault } from "../deploy/fake-stores.js";
import { CLI, type RunResult, tempRepo } from "../helpers/project.js";

export const SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["server", "database", "api"],
  properties: {
    server: {
      type: "object",
      properties: {
        host: { type: "string", default: "0.0.0.0" },
        port: { type: "integer", minimum: 1, maximum: 65535, "x-env": "PORT", default: 8080 },
      },
    },
    database: {
      type: "object",
      required: ["url", "password"],
      properties: {
        url: { type: "string" },
        password: { type: "string", "x-secret": true, minLength: 12 },
        poolSize: { type: "integer", minimum: 1, default: 5 },
      },
    },
    api: {
      type: "object",
      properties: {
        token: { type: "string", "x-secret": true },
        signingKey: { type: "string", "x-secret": true },
        certificate: { type: "string", "x-secret": true },
        webhookSecret: { type: "string", "x-secret": true, "x-env": "WEBHOOK_SECRET" },
      },
    },
    features: { type: "array", items: { type: "string" }, default: [] },
  },
};

/** The secret values behind the references (what must never be printed). */
export const SECRETS = {
  dbPassword: "Vq8-db-pass-7HkLmN2pQ9rS",
  apiToken: "tok_Zx81Yw72Vu63Ts54Rq45",
  signingKey: "sig_Kp3Lm4Nn5Oo6Pp7Qq8Rr9",
  certificate: "-----BEGIN CERT-----\nMIIBcert4LinesAbCdEf0123\n-----END CERT-----",
  webhookSecret: "whsec_Jj1Kk2Ll3Mm4Nn5Oo6",
};

export const STAGING_CONFIG = {
  database: { password: "vault://secret/app/db#password" },
  api: {
    token: "aws-sm://staging/api#token",
    signingKey: "env://SIGNING_KEY",
    certificate: "file://secrets/cert.pem",
  },
  features: ["search", "checkout"],
};

/** A committed project; `staging` (default STAGING_CONFIG) may be replaced. */
export function deployProject(staging: object = STAGING_CONFIG): string {
  return tempRepo({
    ".gitignore": ".env\nsecrets/\n",
    "config/schema.json": JSON.stringify(SCHEMA, null, 2),
    "config/base.json": JSON.stringify({ database: { url: "postgres://app@db.internal/app" } }, null, 2),
    "config/staging.json": JSON.stringify(staging, null, 2),
    "config/production.json": JSON.stringify({ database: { password: "env://DB_PASSWORD" } }, null, 2),
    "secrets/cert.pem": `${SECRETS.certificate}\n`,
  });
}

export interface Stores {
  /** The variables that reach the stores and the env:// secrets. */
  env: Record<string, string>;
  vault: Awaited<ReturnType<typeof startFakeVault>>;
  secretsManager: Awaited<ReturnType<typeof startFakeSecretsManager>>;
}

/** Fake Vault and Secrets Manager on 127.0.0.1 holding SECRETS, closed after the test file. */
export async function startStores(
  vaultOptions: Partial<Parameters<typeof startFakeVault>[0]> = {},
  awsOptions: Partial<Parameters<typeof startFakeSecretsManager>[0]> = {},
): Promise<Stores> {
  const vault = await startFakeVault({
    secrets: {
      "secret/app/db": { password: SECRETS.dbPassword, user: "app" },
      "secret/app/denied": { key: "x" },
    },
    ...vaultOptions,
  });
  const secretsManager = await startFakeSecretsManager({
    secrets: {
      "staging/api": JSON.stringify({ token: SECRETS.apiToken }),
      "staging/plain": "not json",
      "staging/denied": JSON.stringify({ token: "x" }),
    },
    ...awsOptions,
  });
  afterAll(async () => {
    await vault.close();
    await secretsManager.close();
  });
  return {
    vault,
    secretsManager,
    env: {
      VAULT_ADDR: vault.url,
      VAULT_TOKEN: FAKE_VAULT_TOKEN,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: secretsManager.url,
      AWS_REGION: "us-east-1",
      AWS_ACCESS_KEY_ID: "AKIAFAKEFAKEFAKEFAKE",
      AWS_SECRET_ACCESS_KEY: "fake-secret-access-key-for-tests",
      SIGNING_KEY: SECRETS.signingKey,
      WEBHOOK_SECRET: SECRETS.webhookSecret,
    },
  };
}

/** The environment a CLI run starts from: this process's, without ENVGUARD_*, VAULT_* or AWS_* leaking in. */
export function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(ENVGUARD_|VAULT_|AWS_)/.test(k)) env[k] = v;
  }
  return env;
}

export interface AsyncRun extends RunResult {
  signal: NodeJS.Signals | null;
}

/** Runs the built CLI without blocking this process (so servers in it keep answering). */
export function runCliAsync(
  args: string[],
  options: {
    cwd: string;
    env?: Record<string, string>;
    /** Called once the process has started, e.g. to signal it. */
    started?: (pid: number) => void;
    timeoutMs?: number;
  },
): Promise<AsyncRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      env: { ...cleanEnv(), NO_COLOR: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString("utf8");
    });
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString("utf8");
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 25_000);
    child.on("error", reject);
    child.on("spawn", () => options.started?.(child.pid as number));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** The value, or an 8-character slice of it, anywhere in `output`; undefined when none is. */
export function leakedSlice(output: string, secret: string): string | undefined {
  if (output.includes(secret)) return secret;
  for (let i = 0; i + 8 <= secret.length; i++) {
    const piece = secret.slice(i, i + 8);
    if (output.includes(piece)) return piece;
  }
  return undefined;
}

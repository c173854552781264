import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseReference, type SecretReference } from "../../src/config/reference.js";
import type { ReferenceOutcome } from "../../src/deploy/resolve-references.js";
import { resolveReferences } from "../../src/deploy/resolve-references.js";
import { startFakeSecretsManager, startFakeVault } from "./fake-stores.js";

// Every value a store holds and every credential, each unlike any word a problem could contain.
const SECRETS = {
  vaultToken: "hvs.LEAKCANARY-vault-token",
  wrongToken: "hvs.LEAKCANARY-wrong-token",
  approleToken: "hvs.LEAKCANARY-approle-token",
  roleId: "LEAKCANARY-role-id",
  secretId: "LEAKCANARY-secret-id",
  wrongSecretId: "LEAKCANARY-wrong-secret-id",
  vaultPassword: "LEAKCANARY-vault-password",
  vaultUser: "LEAKCANARY-vault-user",
  awsSecretKey: "LEAKCANARY-aws-secret-access-key",
  awsSessionToken: "LEAKCANARY-aws-session-token",
  awsPlain: "LEAKCANARY-aws-plain-value",
  awsJsonPassword: "LEAKCANARY-aws-json-password",
  awsJsonString: "LEAKCANARY-aws-json-string",
  awsStage: "LEAKCANARY-aws-previous",
  envValue: "LEAKCANARY-env-value",
};
// What the stores' error bodies say: a problem is envguard's sentence, never a store's body.
const BODY_TEXT = [
  "invalid role or secret ID",
  "permission denied",
  "Rate exceeded",
  "can't find",
  "not authorized",
];

function parsed(text: string): SecretReference {
  const result = parseReference(text);
  if (!result?.ok) throw new Error(`not a reference: ${text}`);
  return result.reference;
}

let stores: { close(): Promise<void> }[] = [];
let vaultUrl = "";
let slowVaultUrl = "";
let busyVaultUrl = "";
let approleVaultUrl = "";
let awsUrl = "";
let slowAwsUrl = "";
let busyAwsUrl = "";

beforeAll(async () => {
  vi.stubEnv("AWS_EC2_METADATA_DISABLED", "true");
  vi.stubEnv("AWS_CONFIG_FILE", "/nonexistent/envguard-test/aws-config");
  vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/envguard-test/aws-credentials");
  for (const name of [
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_PROFILE",
  ]) {
    vi.stubEnv(name, undefined);
  }
  const vaultSecrets = { "kv/app/db": { user: SECRETS.vaultUser, password: SECRETS.vaultPassword } };
  const awsSecrets = {
    plain: SECRETS.awsPlain,
    json: JSON.stringify({ password: SECRETS.awsJsonPassword }),
    "json-string": JSON.stringify(SECRETS.awsJsonString),
    staged: { stages: { AWSCURRENT: SECRETS.awsPlain, AWSPREVIOUS: SECRETS.awsStage } },
    binary: { binary: Buffer.from(SECRETS.awsPlain) },
    denied: SECRETS.awsPlain,
  };
  const started = await Promise.all([
    startFakeVault({ secrets: vaultSecrets, token: SECRETS.vaultToken, deny: ["kv/app/denied"] }),
    startFakeVault({ secrets: vaultSecrets, token: SECRETS.vaultToken, delayMs: 2000 }),
    startFakeVault({ secrets: vaultSecrets, token: SECRETS.vaultToken, failFirst: 100 }),
    startFakeVault({
      secrets: vaultSecrets,
      approle: { roleId: SECRETS.roleId, secretId: SECRETS.secretId, token: SECRETS.approleToken },
      namespace: "team",
    }),
    startFakeSecretsManager({ secrets: awsSecrets, deny: ["denied"] }),
    startFakeSecretsManager({ secrets: awsSecrets, delayMs: 2000 }),
    startFakeSecretsManager({ secrets: awsSecrets, failFirst: 100 }),
  ]);
  stores = started;
  const [vault, slowVault, busyVault, approleVault, aws, slowAws, busyAws] = started;
  vaultUrl = vault.url;
  slowVaultUrl = slowVault.url;
  busyVaultUrl = busyVault.url;
  approleVaultUrl = approleVault.url;
  awsUrl = aws.url;
  slowAwsUrl = slowAws.url;
  busyAwsUrl = busyAws.url;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all(stores.map((store) => store.close()));
});

/** One failing run: the references and the environment they are resolved in. */
function failureCases(): [string, string[], Record<string, string | undefined>][] {
  const aws = (url: string) => ({
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "AKIAFAKEFORENVGUARD01",
    AWS_SECRET_ACCESS_KEY: SECRETS.awsSecretKey,
    AWS_SESSION_TOKEN: SECRETS.awsSessionToken,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: url,
  });
  const vault = { VAULT_ADDR: vaultUrl, VAULT_TOKEN: SECRETS.vaultToken };
  return [
    [
      "vault: missing secret, missing field",
      ["vault://kv/app/nope#password", "vault://kv/app/db#passwd"],
      vault,
    ],
    ["vault: denied", ["vault://kv/app/denied#password"], vault],
    ["vault: wrong token", ["vault://kv/app/db#password"], { ...vault, VAULT_TOKEN: SECRETS.wrongToken }],
    ["vault: timeout", ["vault://kv/app/db#password"], { ...vault, VAULT_ADDR: slowVaultUrl }],
    ["vault: busy", ["vault://kv/app/db#password"], { ...vault, VAULT_ADDR: busyVaultUrl }],
    [
      "vault: login refused",
      ["vault://kv/app/db#password"],
      {
        VAULT_ADDR: approleVaultUrl,
        VAULT_NAMESPACE: "team",
        VAULT_ROLE_ID: SECRETS.roleId,
        VAULT_SECRET_ID: SECRETS.wrongSecretId,
      },
    ],
    [
      "vault: wrong namespace",
      ["vault://kv/app/db#password"],
      { VAULT_ADDR: approleVaultUrl, VAULT_ROLE_ID: SECRETS.roleId, VAULT_SECRET_ID: SECRETS.secretId },
    ],
    [
      "vault: token that cannot be a header",
      ["vault://kv/app/db#password"],
      { VAULT_ADDR: vaultUrl, VAULT_TOKEN: `${SECRETS.vaultToken}\nX` },
    ],
    [
      "vault: half an AppRole",
      ["vault://kv/app/db#password"],
      { VAULT_ADDR: vaultUrl, VAULT_SECRET_ID: SECRETS.secretId },
    ],
    [
      "aws: missing secret, missing stage, denied, not JSON, JSON but not an object, missing field, binary",
      [
        "aws-sm://nope",
        "aws-sm://staged?versionStage=AWSPENDING",
        "aws-sm://denied",
        "aws-sm://plain#password",
        "aws-sm://json-string#password",
        "aws-sm://json#passwd",
        "aws-sm://binary#password",
      ],
      aws(awsUrl),
    ],
    ["aws: timeout", ["aws-sm://plain"], aws(slowAwsUrl)],
    ["aws: throttled", ["aws-sm://plain"], aws(busyAwsUrl)],
    ["aws: no region", ["aws-sm://plain"], { ...aws(awsUrl), AWS_REGION: undefined }],
    [
      "aws: no credentials",
      ["aws-sm://plain"],
      { ...aws(awsUrl), AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined },
    ],
    [
      "aws: half the credentials",
      ["aws-sm://plain"],
      { ...aws(awsUrl), AWS_SECRET_ACCESS_KEY: undefined, AWS_SESSION_TOKEN: SECRETS.awsSessionToken },
    ],
    ["env: unset and empty", ["env://NOPE", "env://EMPTY"], { EMPTY: "", OTHER: SECRETS.envValue }],
    ["file: missing", ["file:///run/secrets/envguard-nope"], {}],
  ];
}

describe("no problem ever contains a secret, a credential or a store's body", () => {
  it("holds for every failure of every store", async () => {
    const problems: string[] = [];
    for (const [name, refs, environ] of failureCases()) {
      const outcomes = await resolveReferences(refs.map(parsed), {
        environ,
        root: "/",
        timeoutMs: 150,
        retries: 1,
      });
      expect(outcomes.size, name).toBe(refs.length);
      for (const [ref, outcome] of outcomes as Map<string, ReferenceOutcome>) {
        expect(outcome.ok, `${name}: ${ref}`).toBe(false);
        if (!outcome.ok) problems.push(outcome.problem);
      }
    }
    expect(problems.length).toBeGreaterThanOrEqual(20);
    for (const problem of problems) {
      expect(problem).not.toMatch(/LEAKCANARY/);
      for (const text of BODY_TEXT) expect(problem).not.toContain(text);
      expect(problem).not.toContain("\n");
    }
  });
});

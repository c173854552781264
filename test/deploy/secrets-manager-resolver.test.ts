import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseReference, type SecretReference } from "../../src/config/reference.js";
import { resolveReferences } from "../../src/deploy/resolve-references.js";
import { type FakeSecretsManagerOptions, startFakeSecretsManager } from "./fake-stores.js";

const DB_JSON = JSON.stringify({ host: "db.internal", user: "app", password: "aws-db-password-1" });

function parsed(text: string): SecretReference {
  const result = parseReference(text);
  if (!result?.ok) throw new Error(`not a reference: ${text}`);
  return result.reference;
}

// The SDK also reads process.env and ~/.aws: keep this machine's own out, and never let it ask
// the instance metadata service (an address outside this machine) for a region or credentials.
const SDK_ENV = [
  "AWS_REGION",
  "AWS_DEFAULT_REGION",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_PROFILE",
  "AWS_ENDPOINT_URL",
  "AWS_ENDPOINT_URL_SECRETS_MANAGER",
  "AWS_WEB_IDENTITY_TOKEN_FILE",
  "AWS_ROLE_ARN",
  "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
];
beforeEach(() => {
  for (const name of SDK_ENV) vi.stubEnv(name, undefined);
  vi.stubEnv("AWS_EC2_METADATA_DISABLED", "true");
  vi.stubEnv("AWS_CONFIG_FILE", "/nonexistent/envguard-test/aws-config");
  vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/envguard-test/aws-credentials");
});

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(open.splice(0).map((store) => store.close()));
});

async function secretsManager(options: Partial<FakeSecretsManagerOptions> = {}) {
  const store = await startFakeSecretsManager({
    secrets: {
      "prod/db": DB_JSON,
      "prod/api-key": "aws-api-key-plain-1",
      "prod/rotating": { stages: { AWSCURRENT: "aws-current-2", AWSPREVIOUS: "aws-previous-1" } },
      "prod/cert": { binary: Uint8Array.from([0, 1, 2, 250]) },
    },
    ...options,
  });
  open.push(store);
  return store;
}

function awsEnviron(url: string): Record<string, string> {
  return {
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "AKIAFAKEFORENVGUARD01",
    AWS_SECRET_ACCESS_KEY: "fake-aws-secret-access-key-for-tests",
    AWS_ENDPOINT_URL_SECRETS_MANAGER: url,
  };
}

async function resolveOne(ref: string, environ: Record<string, string | undefined>, extra = {}) {
  const outcomes = await resolveReferences([parsed(ref)], {
    environ,
    root: "/",
    timeoutMs: 500,
    retries: 2,
    ...extra,
  });
  return outcomes.get(ref);
}

// First in the file: the SDK warns once per process, so a later test could not see it.
describe("aws-sm:// output", () => {
  it("prints no SDK warning about Node versions into a run's output", async () => {
    const warnings: string[] = [];
    const collect = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on("warning", collect);
    try {
      const store = await secretsManager();
      expect(await resolveOne("aws-sm://prod/api-key", awsEnviron(store.url))).toMatchObject({ ok: true });
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", collect);
    }
    expect(warnings.filter((w) => /NodeVersionSupportWarning/.test(w))).toEqual([]);
    expect(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED).toBeUndefined();
  });
});

describe("aws-sm:// through the AWS SDK", () => {
  it("reads a plain secret with a signed GetSecretValue", async () => {
    const store = await secretsManager();
    const outcome = await resolveOne("aws-sm://prod/api-key", awsEnviron(store.url));
    expect(outcome).toEqual({ ok: true, value: "aws-api-key-plain-1" });
    expect(store.requests).toHaveLength(1);
    const request = store.requests[0];
    expect(request?.method).toBe("POST");
    expect(request?.headers["x-amz-target"]).toBe("secretsmanager.GetSecretValue");
    expect(request?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAFAKEFORENVGUARD01\//);
    expect(JSON.parse(request?.body ?? "")).toEqual({ SecretId: "prod/api-key" });
  });

  it("reads a field of a JSON secret", async () => {
    const store = await secretsManager();
    const outcome = await resolveOne("aws-sm://prod/db#password", awsEnviron(store.url));
    expect(outcome).toEqual({ ok: true, value: "aws-db-password-1" });
  });

  it("asks for the version stage and reads that version", async () => {
    const store = await secretsManager();
    const environ = awsEnviron(store.url);
    expect(await resolveOne("aws-sm://prod/rotating?versionStage=AWSPREVIOUS", environ)).toEqual({
      ok: true,
      value: "aws-previous-1",
    });
    expect(JSON.parse(store.requests[0]?.body ?? "")).toEqual({
      SecretId: "prod/rotating",
      VersionStage: "AWSPREVIOUS",
    });
    expect(await resolveOne("aws-sm://prod/rotating", environ)).toEqual({ ok: true, value: "aws-current-2" });
  });

  it("gives a binary secret as base64", async () => {
    const store = await secretsManager();
    const outcome = await resolveOne("aws-sm://prod/cert", awsEnviron(store.url));
    expect(outcome).toEqual({ ok: true, value: Buffer.from([0, 1, 2, 250]).toString("base64") });
  });

  it("names the secret and the endpoint when there is no such secret, or no such stage", async () => {
    const store = await secretsManager();
    const environ = awsEnviron(store.url);
    expect(await resolveOne("aws-sm://prod/nope", environ)).toEqual({
      ok: false,
      failure: "not-found",
      problem: `AWS Secrets Manager at ${store.url} has no secret prod/nope (ResourceNotFoundException, HTTP 400); check the secret ID, the region and the account`,
    });
    const stage = await resolveOne("aws-sm://prod/db?versionStage=AWSPENDING", environ);
    expect(stage).toMatchObject({ ok: false, failure: "not-found" });
    expect(stage?.ok === false && stage.problem).toContain("has no secret prod/db with the stage AWSPENDING");
  });

  it("reports access denied from the policy", async () => {
    const store = await secretsManager({ deny: ["prod/db"] });
    const outcome = await resolveOne("aws-sm://prod/db#password", awsEnviron(store.url));
    expect(outcome).toEqual({
      ok: false,
      failure: "access-denied",
      problem: `AWS Secrets Manager at ${store.url} denied secretsmanager:GetSecretValue on prod/db (AccessDeniedException, HTTP 400); allow it in the IAM policy of the credentials in use or in the secret's resource policy`,
    });
  });

  it("says the value is not JSON when #field is asked of a plain secret", async () => {
    const store = await secretsManager();
    const outcome = await resolveOne("aws-sm://prod/api-key#password", awsEnviron(store.url));
    expect(outcome).toEqual({
      ok: false,
      failure: "not-json",
      problem: `the value of the secret prod/api-key in AWS Secrets Manager at ${store.url} is not JSON, so #password cannot be read; store a JSON object or drop #password`,
    });
  });

  it("lists the field names (not values) when the field is missing", async () => {
    const store = await secretsManager();
    const outcome = await resolveOne("aws-sm://prod/db#passwd", awsEnviron(store.url));
    expect(outcome).toEqual({
      ok: false,
      failure: "field-missing",
      problem: `the secret prod/db in AWS Secrets Manager at ${store.url} has no field "passwd"; it has: host, user, password`,
    });
  });

  it("times out per attempt and retries, then says how long and how often", async () => {
    const store = await secretsManager({ delayMs: 3000 });
    const outcome = await resolveOne("aws-sm://prod/db#password", awsEnviron(store.url), {
      timeoutMs: 200,
      retries: 1,
    });
    expect(outcome).toMatchObject({ ok: false, failure: "timeout" });
    expect(outcome?.ok === false && outcome.problem).toBe(
      `AWS Secrets Manager at ${store.url} did not answer reading prod/db within 200 ms (2 attempts); check that it is reachable, or raise the timeout`,
    );
    expect(store.requests).toHaveLength(2);
  });

  it("retries throttling and then reads the secret", async () => {
    const store = await secretsManager({ failFirst: 1 });
    const outcome = await resolveOne("aws-sm://prod/api-key", awsEnviron(store.url));
    expect(outcome).toEqual({ ok: true, value: "aws-api-key-plain-1" });
    expect(store.requests).toHaveLength(2);
  });

  it("retries an internal service error and then reads the secret", async () => {
    const store = await secretsManager({ failFirst: 2, failWith: "internal" });
    const outcome = await resolveOne("aws-sm://prod/api-key", awsEnviron(store.url));
    expect(outcome).toEqual({ ok: true, value: "aws-api-key-plain-1" });
    expect(store.requests).toHaveLength(3);
  });

  it("gives up on throttling after the retries", async () => {
    const store = await secretsManager({ failFirst: 10 });
    const outcome = await resolveOne("aws-sm://prod/api-key", awsEnviron(store.url), { retries: 1 });
    expect(outcome).toMatchObject({ ok: false, failure: "unavailable" });
    expect(outcome?.ok === false && outcome.problem).toContain("throttled reading prod/api-key");
    expect(store.requests).toHaveLength(2);
  });

  it("reads the new value after a rotation: nothing is cached across calls", async () => {
    const store = await secretsManager();
    const environ = awsEnviron(store.url);
    expect(await resolveOne("aws-sm://prod/api-key", environ)).toEqual({
      ok: true,
      value: "aws-api-key-plain-1",
    });
    store.set("prod/api-key", "aws-api-key-plain-2");
    expect(await resolveOne("aws-sm://prod/api-key", environ)).toEqual({
      ok: true,
      value: "aws-api-key-plain-2",
    });
  });

  it("fetches a secret once for every reference to it, per version stage", async () => {
    const store = await secretsManager();
    const outcomes = await resolveReferences(
      [
        parsed("aws-sm://prod/db#password"),
        parsed("aws-sm://prod/db#password"),
        parsed("aws-sm://prod/db#user"),
        parsed("aws-sm://prod/db"),
        parsed("aws-sm://prod/rotating?versionStage=AWSPREVIOUS"),
        parsed("aws-sm://prod/rotating"),
      ],
      { environ: awsEnviron(store.url), root: "/" },
    );
    expect(Object.fromEntries(outcomes)).toEqual({
      "aws-sm://prod/db#password": { ok: true, value: "aws-db-password-1" },
      "aws-sm://prod/db#user": { ok: true, value: "app" },
      "aws-sm://prod/db": { ok: true, value: DB_JSON },
      "aws-sm://prod/rotating?versionStage=AWSPREVIOUS": { ok: true, value: "aws-previous-1" },
      "aws-sm://prod/rotating": { ok: true, value: "aws-current-2" },
    });
    expect(store.requests).toHaveLength(3);
  });

  it("finds a secret by its ARN", async () => {
    const store = await secretsManager();
    const arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";
    const outcome = await resolveOne(`aws-sm://${arn}#user`, awsEnviron(store.url));
    expect(outcome).toEqual({ ok: true, value: "app" });
  });
});

describe("aws-sm:// misconfigured", () => {
  it("says to set a region when neither environ nor the SDK's chain has one", async () => {
    const store = await secretsManager();
    const { AWS_REGION: _region, ...environ } = awsEnviron(store.url);
    const outcome = await resolveOne("aws-sm://prod/db#password", environ);
    expect(outcome).toEqual({
      ok: false,
      failure: "misconfigured",
      problem:
        "no AWS region is set to read prod/db from AWS Secrets Manager; set AWS_REGION (or AWS_DEFAULT_REGION, or region in the AWS profile)",
    });
    expect(store.requests).toHaveLength(0);
  });

  it("takes AWS_DEFAULT_REGION and AWS_ENDPOINT_URL too", async () => {
    const store = await secretsManager();
    const {
      AWS_REGION: _region,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: _endpoint,
      ...environ
    } = awsEnviron(store.url);
    const outcome = await resolveOne("aws-sm://prod/api-key", {
      ...environ,
      AWS_DEFAULT_REGION: "eu-west-1",
      AWS_ENDPOINT_URL: store.url,
    });
    expect(outcome).toEqual({ ok: true, value: "aws-api-key-plain-1" });
    expect(store.requests[0]?.headers.authorization).toContain("/eu-west-1/secretsmanager/aws4_request");
  });

  it("says what to set when there are no credentials anywhere", async () => {
    const store = await secretsManager();
    const outcome = await resolveOne("aws-sm://prod/db#password", {
      AWS_REGION: "us-east-1",
      AWS_ENDPOINT_URL_SECRETS_MANAGER: store.url,
    });
    expect(outcome).toMatchObject({ ok: false, failure: "misconfigured" });
    expect(outcome?.ok === false && outcome.problem).toContain(
      "no AWS credentials were found to read prod/db from AWS Secrets Manager at",
    );
    expect(store.requests).toHaveLength(0);
  });

  it("refuses a key ID without its secret key", async () => {
    const outcome = await resolveOne("aws-sm://prod/db", {
      AWS_REGION: "us-east-1",
      AWS_ACCESS_KEY_ID: "AKIAFAKEFORENVGUARD01",
    });
    expect(outcome).toEqual({
      ok: false,
      failure: "misconfigured",
      problem:
        "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not; set both, or neither to use a profile or role",
    });
  });

  it("says so when nothing listens at the endpoint", async () => {
    const store = await secretsManager();
    await store.close();
    const outcome = await resolveOne("aws-sm://prod/db", awsEnviron(store.url), { retries: 0 });
    expect(outcome).toEqual({
      ok: false,
      failure: "unavailable",
      problem: `could not reach AWS Secrets Manager at ${store.url} to read prod/db (ECONNREFUSED, 1 attempt); check the region, the endpoint and the network`,
    });
  });
});

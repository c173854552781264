import {
  GetSecretValueCommand,
  type GetSecretValueCommandOutput,
  SecretsManagerClient,
  type SecretsManagerClientConfig,
} from "@aws-sdk/client-secrets-manager";
import type { SecretReference } from "../config/reference.js";
import {
  type ReferenceOutcome,
  type ResolverSettings,
  referenceFailed,
  type StoreResolver,
} from "./reference-outcome.js";
import { pickJsonField } from "./secret-field.js";

type SecretsManagerReference = Extract<SecretReference, { scheme: "aws-sm" }>;

/** What an SDK error carries that a problem may show: its name, code and HTTP status, never its message. */
interface SdkError {
  name?: string;
  code?: string;
  /** Read only to recognise the SDK's own "Region is missing". */
  message?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

/** Errors that say the credentials themselves were refused, as opposed to the policy refusing the secret. */
const REFUSED_CREDENTIALS = new Set([
  "UnrecognizedClientException",
  "InvalidClientTokenId",
  "InvalidSignatureException",
  "SignatureDoesNotMatch",
  "IncompleteSignatureException",
  "MissingAuthenticationTokenException",
  "ExpiredTokenException",
  "ExpiredToken",
]);

type SecretRead = { ok: true; output: GetSecretValueCommandOutput } | { ok: false; error: SdkError };

const THROTTLED = new Set(["ThrottlingException", "TooManyRequestsException", "RequestLimitExceeded"]);

/**
 * Reads secrets with one SecretsManagerClient per resolveReferences call. Region, endpoint and
 * static credentials come from `environ` when it has them (it need not be process.env); anything
 * it lacks falls to the SDK's own chain (process.env, profiles, web identity, container, instance).
 */
export function createSecretsManagerResolver(
  settings: ResolverSettings,
): StoreResolver<SecretsManagerReference> {
  const config = clientConfig(settings);
  if (typeof config === "string") {
    return { resolve: async () => referenceFailed("misconfigured", config), close: () => {} };
  }
  const client = createClientQuietly(config);
  const reads = new Map<string, Promise<SecretRead>>();
  let storeName: Promise<string> | undefined;
  const describeStore = (): Promise<string> => {
    storeName ??= describeSecretsManager(config, client);
    return storeName;
  };
  return {
    async resolve(ref) {
      const secret = `${ref.secretId}${ref.versionStage ? ` (stage ${ref.versionStage})` : ""}`;
      // Two fields of one secret (and stage) are one request.
      const key = `${ref.secretId}?${ref.versionStage ?? ""}`;
      let read = reads.get(key);
      if (!read) {
        read = client
          .send(
            new GetSecretValueCommand({
              SecretId: ref.secretId,
              ...(ref.versionStage ? { VersionStage: ref.versionStage } : {}),
            }),
          )
          .then(
            (output) => ({ ok: true as const, output }),
            (error: unknown) => ({ ok: false as const, error: error as SdkError }),
          );
        reads.set(key, read);
      }
      const answer = await read;
      if (!answer.ok) {
        // A missing region fails before any request, and asking for it again would search for it again.
        if (answer.error?.message === "Region is missing") {
          return referenceFailed(
            "misconfigured",
            `no AWS region is set to read ${ref.secretId} from AWS Secrets Manager; set AWS_REGION (or AWS_DEFAULT_REGION, or region in the AWS profile)`,
          );
        }
        return sdkFailure(answer.error, ref, await describeStore(), settings);
      }
      const output = answer.output;
      const store = await describeStore();
      if (typeof output.SecretString === "string") {
        return ref.field
          ? pickJsonField(output.SecretString, ref.field, `${secret} in ${store}`)
          : { ok: true, value: output.SecretString };
      }
      if (output.SecretBinary !== undefined) {
        return ref.field
          ? referenceFailed(
              "not-json",
              `the secret ${secret} in ${store} is binary, not JSON, so #${ref.field} cannot be read; drop #${ref.field}`,
            )
          : { ok: true, value: Buffer.from(output.SecretBinary).toString("base64") };
      }
      return referenceFailed("unavailable", `${store} answered for ${secret} without a value`);
    },
    close: () => client.destroy(),
  };
}

const SDK_NODE_WARNING = "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED";

/**
 * On Node 20 the SDK's constructor warns that its releases from 2027 will need Node 22: news for
 * envguard's engines field, not for a person reading `verify` output. A user's own setting wins.
 */
function createClientQuietly(config: SecretsManagerClientConfig): SecretsManagerClient {
  if (process.env[SDK_NODE_WARNING] !== undefined) return new SecretsManagerClient(config);
  process.env[SDK_NODE_WARNING] = "true";
  try {
    return new SecretsManagerClient(config);
  } finally {
    delete process.env[SDK_NODE_WARNING];
  }
}

/** The client's configuration, or the problem that keeps envguard from making one. */
function clientConfig(settings: ResolverSettings): SecretsManagerClientConfig | string {
  const { environ, timeoutMs, retries } = settings;
  const config: SecretsManagerClientConfig = {
    maxAttempts: retries + 1,
    // The request timeout throws (rather than only warning) so a silent server ends the attempt.
    requestHandler: { requestTimeout: timeoutMs, connectionTimeout: timeoutMs, throwOnRequestTimeout: true },
  };
  const region = environ.AWS_REGION?.trim() || environ.AWS_DEFAULT_REGION?.trim();
  if (region) config.region = region;
  const endpoint = environ.AWS_ENDPOINT_URL_SECRETS_MANAGER?.trim() || environ.AWS_ENDPOINT_URL?.trim();
  if (endpoint) {
    if (!URL.canParse(endpoint)) {
      return "AWS_ENDPOINT_URL_SECRETS_MANAGER (or AWS_ENDPOINT_URL) is not a URL; set it to the endpoint's address or unset it";
    }
    config.endpoint = endpoint;
  }
  const accessKeyId = environ.AWS_ACCESS_KEY_ID?.trim();
  const secretAccessKey = environ.AWS_SECRET_ACCESS_KEY?.trim();
  if (accessKeyId && secretAccessKey) {
    const sessionToken = environ.AWS_SESSION_TOKEN?.trim();
    config.credentials = { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
  } else if (accessKeyId) {
    return "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not; set both, or neither to use a profile or role";
  } else if (environ.AWS_PROFILE?.trim()) {
    config.profile = environ.AWS_PROFILE.trim();
  }
  return config;
}

/** "AWS Secrets Manager at <endpoint>" or "… in <region>": where a person looks when a read fails. */
async function describeSecretsManager(
  config: SecretsManagerClientConfig,
  client: SecretsManagerClient,
): Promise<string> {
  if (typeof config.endpoint === "string") {
    const url = new URL(config.endpoint);
    return `AWS Secrets Manager at ${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  }
  try {
    return `AWS Secrets Manager in ${await client.config.region()}`;
  } catch {
    return "AWS Secrets Manager";
  }
}

function sdkFailure(
  error: SdkError,
  ref: SecretsManagerReference,
  store: string,
  settings: ResolverSettings,
): ReferenceOutcome {
  const name = error?.name ?? "Error";
  const secret = ref.secretId;
  const attempts = error?.$metadata?.attempts ?? 1;
  const tries = `${attempts} attempt${attempts === 1 ? "" : "s"}`;
  const status = error?.$metadata?.httpStatusCode;
  const answered = `${name}${status ? `, HTTP ${status}` : ""}`;

  if (name === "ResourceNotFoundException") {
    return referenceFailed(
      "not-found",
      ref.versionStage
        ? `${store} has no secret ${secret} with the stage ${ref.versionStage} (${answered}); check the secret ID, the stage, the region and the account`
        : `${store} has no secret ${secret} (${answered}); check the secret ID, the region and the account`,
    );
  }
  if (name === "AccessDeniedException") {
    return referenceFailed(
      "access-denied",
      `${store} denied secretsmanager:GetSecretValue on ${secret} (${answered}); allow it in the IAM policy of the credentials in use or in the secret's resource policy`,
    );
  }
  if (name === "DecryptionFailure") {
    return referenceFailed(
      "access-denied",
      `${store} could not decrypt ${secret} with its KMS key (${answered}); allow kms:Decrypt on that key to the credentials in use`,
    );
  }
  if (REFUSED_CREDENTIALS.has(name)) {
    return referenceFailed(
      "access-denied",
      `${store} refused the AWS credentials (${answered}); check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN or the profile, and that they have not expired`,
    );
  }
  if (name === "CredentialsProviderError" || name === "TokenProviderError") {
    return referenceFailed(
      "misconfigured",
      `no AWS credentials were found to read ${secret} from ${store}; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, or run with a role`,
    );
  }
  if (name === "TimeoutError" || error?.code === "ETIMEDOUT") {
    return referenceFailed(
      "timeout",
      `${store} did not answer reading ${secret} within ${settings.timeoutMs} ms (${tries}); check that it is reachable, or raise the timeout`,
    );
  }
  if (THROTTLED.has(name)) {
    return referenceFailed(
      "unavailable",
      `${store} throttled reading ${secret} (${answered}, ${tries}); try again later or resolve fewer references at once`,
    );
  }
  if (name === "InvalidParameterException" || name === "InvalidRequestException") {
    return referenceFailed(
      "misconfigured",
      `${store} rejected the request for ${secret} (${answered}); check the secret ID and versionStage, and that the secret is not scheduled for deletion`,
    );
  }
  if (typeof error?.code === "string" && status === undefined) {
    return referenceFailed(
      "unavailable",
      `could not reach ${store} to read ${secret} (${error.code}, ${tries}); check the region, the endpoint and the network`,
    );
  }
  return referenceFailed(
    "unavailable",
    `${store} failed reading ${secret} (${answered}, ${tries}); try again later`,
  );
}

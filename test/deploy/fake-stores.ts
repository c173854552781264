/**
 * Servers on 127.0.0.1 that speak the HTTP APIs of HashiCorp Vault (KV version 2, AppRole login)
 * and AWS Secrets Manager (JSON 1.1, GetSecretValue), for tests and benches that drive the real
 * clients (fetch, the AWS SDK) against them. Each records its requests and the most requests it
 * had in flight at once.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface FakeStore<Value> {
  /** http://127.0.0.1:<port> */
  url: string;
  requests: RecordedRequest[];
  /** The most requests the server was answering at once. */
  readonly maxInFlight: number;
  /** Rotates (or adds) a secret: later reads see the new value. */
  set(id: string, value: Value): void;
  close(): Promise<void>;
}

interface Behaviour {
  /** Each answer waits this long (a timeout test sets it past the client's timeout). */
  delayMs?: number;
  /** The first N requests fail as a busy store would (Vault: 503; Secrets Manager: see failWith). */
  failFirst?: number;
}

export interface FakeVaultOptions extends Behaviour {
  /** "mount/path" → the secret's fields. */
  secrets: Record<string, Record<string, unknown>>;
  /** The token the server accepts; default "fake-vault-root-token". */
  token?: string;
  /** Accepts this AppRole login and issues `token`, which then reads every secret. */
  approle?: { roleId: string; secretId: string; token: string };
  /** When set, every request must carry this X-Vault-Namespace. */
  namespace?: string;
  /** "mount/path"s that no token's policy allows reading (HTTP 403). */
  deny?: string[];
}

export type FakeAwsSecret = string | { stages: Record<string, string> } | { binary: Uint8Array };

export interface FakeSecretsManagerOptions extends Behaviour {
  /** Secret name → its value (the AWSCURRENT stage), values by stage, or a binary value. */
  secrets: Record<string, FakeAwsSecret>;
  /** Secret names that the caller's policy does not allow reading (AccessDeniedException). */
  deny?: string[];
  /** What the first `failFirst` requests answer; default "throttle" (HTTP 400 ThrottlingException). */
  failWith?: "throttle" | "internal";
}

export const FAKE_VAULT_TOKEN = "fake-vault-root-token";

export async function startFakeVault(options: FakeVaultOptions): Promise<FakeStore<Record<string, unknown>>> {
  const secrets = new Map(
    Object.entries(options.secrets).map(([id, fields]) => [id, { fields, version: 1 }]),
  );
  const tokens = new Set([options.token ?? FAKE_VAULT_TOKEN]);
  const deny = new Set(options.deny ?? []);
  let failures = options.failFirst ?? 0;

  const store = await serve(options.delayMs ?? 0, (request, response) => {
    const send = (status: number, body: unknown) => json(response, status, body);
    if (failures > 0) {
      failures--;
      return send(503, { errors: ["Vault is sealed"] });
    }
    if (options.namespace !== undefined && request.headers["x-vault-namespace"] !== options.namespace) {
      return send(403, { errors: ["permission denied"] });
    }
    if (request.method === "POST" && request.path === "/v1/auth/approle/login") {
      const login = parseJsonBody(request.body) as { role_id?: unknown; secret_id?: unknown } | undefined;
      const approle = options.approle;
      if (!approle || login?.role_id !== approle.roleId || login?.secret_id !== approle.secretId) {
        // What Vault answers for a wrong role or secret ID.
        return send(400, { errors: ["invalid role or secret ID"] });
      }
      tokens.add(approle.token);
      return send(200, {
        request_id: "00000000-0000-0000-0000-000000000001",
        lease_id: "",
        renewable: false,
        lease_duration: 0,
        data: null,
        wrap_info: null,
        warnings: null,
        auth: {
          client_token: approle.token,
          accessor: "fake-accessor",
          policies: ["default", "app"],
          token_policies: ["default", "app"],
          metadata: { role_name: "app" },
          lease_duration: 3600,
          renewable: true,
          entity_id: "",
          token_type: "service",
          orphan: true,
        },
      });
    }
    const read = /^\/v1\/([^/]+)\/data\/(.+)$/.exec(request.path);
    if (request.method !== "GET" || !read) {
      return send(404, { errors: [`no handler for route "${request.path.slice(4)}"`] });
    }
    const token = request.headers["x-vault-token"];
    const id = `${decodeURIComponent(read[1] as string)}/${(read[2] as string).split("/").map(decodeURIComponent).join("/")}`;
    if (typeof token !== "string" || !tokens.has(token) || deny.has(id)) {
      return send(403, { errors: ["permission denied"] });
    }
    const secret = secrets.get(id);
    if (!secret) return send(404, { errors: [] });
    return send(200, {
      request_id: "00000000-0000-0000-0000-000000000002",
      lease_id: "",
      renewable: false,
      lease_duration: 0,
      data: {
        data: secret.fields,
        metadata: {
          created_time: "2024-01-01T00:00:00.000000Z",
          custom_metadata: null,
          deletion_time: "",
          destroyed: false,
          version: secret.version,
        },
      },
      wrap_info: null,
      warnings: null,
      auth: null,
    });
  });
  // Object.assign keeps maxInFlight a live getter, which a spread would freeze.
  return Object.assign(store, {
    set(id: string, fields: Record<string, unknown>) {
      secrets.set(id, { fields, version: (secrets.get(id)?.version ?? 0) + 1 });
    },
  });
}

export const FAKE_AWS_ACCOUNT = "123456789012";

export async function startFakeSecretsManager(
  options: FakeSecretsManagerOptions,
): Promise<FakeStore<FakeAwsSecret>> {
  const secrets = new Map(Object.entries(options.secrets));
  const deny = new Set(options.deny ?? []);
  const versions = new Map<string, number>();
  let failures = options.failFirst ?? 0;
  const arn = (name: string) => `arn:aws:secretsmanager:us-east-1:${FAKE_AWS_ACCOUNT}:secret:${name}-AbCdEf`;

  const store = await serve(options.delayMs ?? 0, (request, response) => {
    const error = (status: number, type: string, message: string) =>
      json(response, status, { __type: type, message }, "application/x-amz-json-1.1", {
        "x-amzn-ErrorType": type,
      });
    if (!request.headers.authorization) {
      return error(400, "MissingAuthenticationTokenException", "Missing Authentication Token");
    }
    if (
      request.method !== "POST" ||
      request.headers["x-amz-target"] !== "secretsmanager.GetSecretValue" ||
      !String(request.headers["content-type"]).startsWith("application/x-amz-json-1.1")
    ) {
      return error(400, "UnknownOperationException", "");
    }
    if (failures > 0) {
      failures--;
      return options.failWith === "internal"
        ? error(500, "InternalServiceError", "An error occurred on the server side.")
        : error(400, "ThrottlingException", "Rate exceeded");
    }
    const body = parseJsonBody(request.body) as { SecretId?: unknown; VersionStage?: unknown } | undefined;
    const requested = typeof body?.SecretId === "string" ? body.SecretId : "";
    const name = [...secrets.keys()].find((id) => id === requested || arn(id) === requested);
    if (name === undefined) {
      return error(400, "ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
    }
    if (deny.has(name)) {
      return error(
        400,
        "AccessDeniedException",
        `User: arn:aws:iam::${FAKE_AWS_ACCOUNT}:user/test is not authorized to perform: secretsmanager:GetSecretValue on resource: ${name} because no identity-based policy allows the secretsmanager:GetSecretValue action`,
      );
    }
    const secret = secrets.get(name) as FakeAwsSecret;
    const stage = typeof body?.VersionStage === "string" ? body.VersionStage : "AWSCURRENT";
    const value: { SecretString?: string; SecretBinary?: string } | undefined =
      typeof secret === "string"
        ? stage === "AWSCURRENT"
          ? { SecretString: secret }
          : undefined
        : "stages" in secret
          ? secret.stages[stage] === undefined
            ? undefined
            : { SecretString: secret.stages[stage] }
          : stage === "AWSCURRENT"
            ? { SecretBinary: Buffer.from(secret.binary).toString("base64") }
            : undefined;
    if (value === undefined) {
      return error(
        400,
        "ResourceNotFoundException",
        `Secrets Manager can't find the specified secret value for staging label: ${stage}`,
      );
    }
    return json(
      response,
      200,
      {
        ARN: arn(name),
        Name: name,
        ...value,
        VersionId: `00000000-0000-0000-0000-${String(versions.get(name) ?? 1).padStart(12, "0")}`,
        VersionStages: [stage],
        CreatedDate: 1.7040672e9,
      },
      "application/x-amz-json-1.1",
    );
  });
  return Object.assign(store, {
    set(id: string, value: FakeAwsSecret) {
      secrets.set(id, value);
      versions.set(id, (versions.get(id) ?? 1) + 1);
    },
  });
}

type Handler = (request: RecordedRequest, response: ServerResponse) => void;

async function serve(delayMs: number, handle: Handler): Promise<Omit<FakeStore<never>, "set">> {
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer((incoming: IncomingMessage, response: ServerResponse) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let finished = false;
    const finish = () => {
      if (!finished) inFlight--;
      finished = true;
    };
    response.on("close", finish);
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const request: RecordedRequest = {
        method: incoming.method ?? "GET",
        path: new URL(incoming.url ?? "/", "http://127.0.0.1").pathname,
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(request);
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!response.destroyed) handle(request, response);
      }, delayMs);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function json(
  response: ServerResponse,
  status: number,
  body: unknown,
  contentType = "application/json",
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { "Content-Type": contentType, ...headers });
  response.end(JSON.stringify(body));
}

function parseJsonBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

#!/usr/bin/env node
// A Vault KV v2 and an AWS Secrets Manager endpoint on 127.0.0.1, for bench/verify.mjs. Runs in
// its own process (the bench's runner blocks its event loop while a command runs) and prints one
// JSON line `{"vault": url, "aws": url}` when it listens. Every answer waits --latency ms, a
// stand-in for the network round trip to a real store; a secret's value is derived from its name.
//
//   node bench/fake-stores.mjs [--latency 20]
import http from "node:http";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { latency: { type: "string", default: "20" } } });
const latency = Number(values.latency);
const BENCH_VAULT_TOKEN = "bench-vault-token";

const secretValueOf = (name) => `value-of-${name}-${"x".repeat(24)}`;

function answer(res, status, body, headers = {}) {
  setTimeout(() => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  }, latency);
}

const vault = http.createServer((req, res) => {
  // GET /v1/<mount>/data/<path>
  const m = /^\/v1\/([^/]+)\/data\/(.+)$/.exec(req.url ?? "");
  if (req.method !== "GET" || !m) return answer(res, 404, { errors: [] });
  if (req.headers["x-vault-token"] !== BENCH_VAULT_TOKEN)
    return answer(res, 403, { errors: ["permission denied"] });
  return answer(res, 200, {
    data: { data: { value: secretValueOf(`${m[1]}/${m[2]}`) }, metadata: { version: 1 } },
  });
});

const aws = http.createServer((req, res) => {
  let body = "";
  req.on("data", (chunk) => {
    body += chunk;
  });
  req.on("end", () => {
    if (req.headers["x-amz-target"] !== "secretsmanager.GetSecretValue") {
      return answer(
        res,
        400,
        { __type: "UnknownOperationException" },
        { "x-amzn-errortype": "UnknownOperationException" },
      );
    }
    const { SecretId: id } = JSON.parse(body);
    return answer(
      res,
      200,
      {
        ARN: `arn:aws:secretsmanager:eu-west-1:000000000000:secret:${id}`,
        Name: id,
        SecretString: secretValueOf(id),
        VersionId: "v1",
        VersionStages: ["AWSCURRENT"],
        CreatedDate: 1_700_000_000,
      },
      { "content-type": "application/x-amz-json-1.1" },
    );
  });
});

const listen = (server) =>
  new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${server.address().port}`)),
  );
const urls = { vault: await listen(vault), aws: await listen(aws) };
process.stdout.write(`${JSON.stringify(urls)}\n`);
process.on("SIGTERM", () => process.exit(0));

import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { VERSION } from "../../src/version.js";
import { deployProject, runCliAsync, startStores } from "./deploy-project.js";

type Handler = (request: http.IncomingMessage, response: http.ServerResponse, count: number) => void;

const servers: http.Server[] = [];
afterAll(async () => {
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

/** A service's health route on 127.0.0.1; `count` is the 1-based request number. */
async function serve(handler: Handler): Promise<{ url: string; requests: () => number }> {
  let count = 0;
  const server = http.createServer((request, response) => handler(request, response, ++count));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`, requests: () => count };
}

const json = (response: http.ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
};

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("envguard smoke", async () => {
  const stores = await startStores();
  const dir = deployProject();
  const verified = await runCliAsync(["verify", "--env", "staging", "--format", "json"], {
    cwd: dir,
    env: stores.env,
  });
  const fingerprint = JSON.parse(verified.stdout).fingerprint as string;
  const healthy = { status: "ok", environment: "staging", fingerprint, envguard: VERSION };
  const smoke = (url: string, ...extra: string[]) =>
    runCliAsync(["smoke", "--url", url, "--env", "staging", "--interval", "50", ...extra], {
      cwd: dir,
      env: stores.env,
    });

  it("passes a healthy service, computing verify's fingerprint without fetching a secret", async () => {
    expect(fingerprint).toMatch(/^sha256:[0-9a-f]{16}$/);
    const service = await serve((_req, res) => json(res, 200, healthy));
    const storeRequests = stores.vault.requests.length + stores.secretsManager.requests.length;
    const run = await smoke(service.url);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `✔ ${service.url} is healthy after 1 attempt: environment staging, fingerprint ${fingerprint}\n`,
    );
    expect(stores.vault.requests.length + stores.secretsManager.requests.length).toBe(storeRequests);
  });

  it("never prints the URL's query string, where a health route may take a token", async () => {
    const token = "hc_tok_9Qz7Lm2Xv8Rw4Kp1";
    const service = await serve((_req, res) => json(res, 200, healthy));
    const up = await smoke(`${service.url}?token=${token}`);
    expect(up.code).toBe(0);
    expect(up.stdout).toContain(`${service.url}?…`);
    const down = await smoke(
      `http://127.0.0.1:${await closedPort()}/healthz?token=${token}`,
      "--timeout",
      "300",
    );
    expect(down.code).toBe(2);
    for (const run of [up, down]) expect(run.stdout + run.stderr).not.toContain(token);
  });

  it("fails (1) a service that runs another config or environment, naming both values", async () => {
    const other = "sha256:0123456789abcdef";
    const wrongConfig = await serve((_req, res) => json(res, 200, { ...healthy, fingerprint: other }));
    const run = await smoke(wrongConfig.url);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`wrong config fingerprint: it reports ${other}, expected ${fingerprint}`);
    const wrongEnvironment = await serve((_req, res) =>
      json(res, 200, { ...healthy, environment: "production" }),
    );
    const env = await smoke(wrongEnvironment.url);
    expect(env.code).toBe(1);
    expect(env.stdout).toContain("wrong environment: it reports production, expected staging");
    // An explicit --fingerprint is what is expected, whatever this machine would compute.
    expect((await smoke(wrongConfig.url, "--fingerprint", other)).code).toBe(0);
    const bare = await serve((_req, res) => json(res, 200, { status: "ok" }));
    const none = await smoke(bare.url);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain("it reports no environment");
  });

  it("waits for a service that starts slowly, with backoff", async () => {
    const service = await serve((_req, res, n) =>
      n <= 3 ? json(res, 503, { status: "starting" }) : json(res, 200, healthy),
    );
    const run = await smoke(service.url, "--timeout", "10000");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("is healthy after 4 attempts");
    expect(run.stderr).toContain("attempt 1: HTTP 503; retrying in 50 ms");
    expect(run.stderr).toContain("attempt 2: HTTP 503; retrying in 100 ms");
    expect(run.stderr).toContain("attempt 3: HTTP 503; retrying in 200 ms");
    expect(service.requests()).toBe(4);
  });

  it("gives up (2) within the deadline when nothing listens, saying what it last saw", async () => {
    const url = `http://127.0.0.1:${await closedPort()}/healthz`;
    const started = Date.now();
    const run = await smoke(url, "--timeout", "1500");
    const elapsed = Date.now() - started;
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /was not up within 1500 ms \(\d+ attempts\); last seen: connection refused\.\n$/,
    );
    expect(elapsed).toBeLessThan(1500 + 2500);
    expect(elapsed).toBeGreaterThanOrEqual(1500);
  });

  it("does not take a page that is not JSON, or an endpoint that never answers, for a healthy service", async () => {
    const html = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html>It works!</html>");
    });
    const page = await smoke(html.url, "--timeout", "600");
    expect(page.code).toBe(2);
    expect(page.stdout).toContain("last seen: HTTP 200 but not JSON (content-type text/html).");
    const hanging = await serve(() => undefined);
    const silent = await smoke(hanging.url, "--timeout", "600");
    expect(silent.code).toBe(2);
    expect(silent.stdout).toMatch(/last seen: timeout \(no answer within \d+ ms\)\.\n$/);
  });

  it("exits 2 for a bad URL or an unknown environment", async () => {
    expect((await smoke("ftp://example.com/")).code).toBe(2);
    const unknown = await runCliAsync(["smoke", "--url", "http://127.0.0.1:9/", "--env", "qa"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"qa" is not one of this project\'s environments');
  });

  it("refuses (2) a URL that holds a password, and never prints it", async () => {
    const service = await serve((_request, response) => json(response, 200, healthy));
    const withPassword = service.url.replace("http://", "http://deployer:Hunter2-Smoke-Pass@");
    const result = await smoke(withPassword);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/must not hold a user name or password/);
    expect(`${result.stdout}${result.stderr}`).not.toContain("Hunter2-Smoke-Pass");
    expect(service.requests()).toBe(0);
  });
});

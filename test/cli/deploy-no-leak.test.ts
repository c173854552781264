// No resolved secret leaves verify, exec, smoke or the Action's mode verify: every output is searched
// for each value and every 8-character slice of it. The one allowed appearance is `::add-mask::`,
// which registers the value with the runner, and only when running on GitHub.
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadPayload, runAction } from "../action/harness.js";
import { FAKE_VAULT_TOKEN } from "../deploy/fake-stores.js";
import { deployProject, leakedSlice, runCliAsync, SECRETS, startStores } from "./deploy-project.js";

/** Every resolved secret value, each line of the multi-line one, and the store credentials. */
const WATCHED = [
  ...Object.values(SECRETS),
  ...SECRETS.certificate.split("\n"),
  FAKE_VAULT_TOKEN,
  "fake-secret-access-key-for-tests",
];

function assertNoLeak(what: string, output: string): void {
  const outside = output
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith("::add-mask::"))
    .join("\n");
  for (const secret of WATCHED) {
    const slice = leakedSlice(outside, secret);
    expect(slice, `${what} shows ${JSON.stringify(slice)}`).toBeUndefined();
  }
}

describe("no resolved secret in any deployment output", async () => {
  const stores = await startStores();
  const dir = deployProject();
  const server = http.createServer();
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("verify (text and JSON), on success and on failure", async () => {
    for (const format of ["text", "json"]) {
      const ok = await runCliAsync(["verify", "--env", "staging", "--format", format], {
        cwd: dir,
        env: stores.env,
      });
      expect(ok.code).toBe(0);
      assertNoLeak(`verify ${format}`, ok.stdout + ok.stderr);
      // Resolved, then invalid: the values behind the references are known and must stay hidden.
      const bad = await runCliAsync(["verify", "--env", "staging", "--format", format], {
        cwd: dir,
        env: { ...stores.env, PORT: SECRETS.webhookSecret },
      });
      expect(bad.code).toBe(1);
      assertNoLeak(`failing verify ${format}`, bad.stdout + bad.stderr);
    }
  });

  it("exec with a config that fails validation", async () => {
    const marker = path.join(dir, "started");
    const run = await runCliAsync(["exec", "--env", "staging", "--", "sh", "-c", `touch ${marker}`], {
      cwd: dir,
      env: { ...stores.env, PORT: SECRETS.signingKey },
    });
    expect(run.code).toBe(1);
    expect(existsSync(marker)).toBe(false);
    assertNoLeak("exec", run.stdout + run.stderr);
  });

  it("smoke, healthy and not", async () => {
    const verified = await runCliAsync(["verify", "--env", "staging", "--format", "json"], {
      cwd: dir,
      env: stores.env,
    });
    const fingerprint = JSON.parse(verified.stdout).fingerprint;
    let answer: unknown = { status: "ok", environment: "staging", fingerprint };
    server.on("request", (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(answer));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`;
    const healthy = await runCliAsync(["smoke", "--url", url, "--env", "staging"], {
      cwd: dir,
      env: stores.env,
    });
    expect(healthy.code).toBe(0);
    assertNoLeak("smoke", healthy.stdout + healthy.stderr);
    answer = { status: "ok", environment: "staging", fingerprint: "sha256:0000000000000000" };
    const wrong = await runCliAsync(["smoke", "--url", url, "--env", "staging"], {
      cwd: dir,
      env: stores.env,
    });
    expect(wrong.code).toBe(1);
    assertNoLeak("smoke", wrong.stdout + wrong.stderr);
  });

  for (const onGitHub of [true, false]) {
    it(`the Action in mode verify ${onGitHub ? "on GitHub (values masked with ::add-mask::)" : "off GitHub (no ::add-mask::)"}`, async () => {
      for (const failing of [false, true]) {
        const result = await runAction({
          workspace: dir,
          eventName: "workflow_dispatch",
          payload: loadPayload("workflow_dispatch"),
          inputs: { mode: "verify", environments: "staging" },
          env: {
            ...stores.env,
            GITHUB_ACTIONS: onGitHub ? "true" : undefined,
            ...(failing ? { PORT: SECRETS.apiToken } : {}),
          },
        });
        expect(result.code).toBe(failing ? 1 : 0);
        const files = [
          result.files.output,
          result.files.summary,
          result.outputs.report,
          result.outputs["sarif-file"],
        ];
        const written = files.map((f) => (f && existsSync(f) ? readFileSync(f, "utf8") : "")).join("\n");
        expect(written).toContain("staging");
        assertNoLeak("the Action", `${result.stdout}\n${result.stderr}\n${written}`);
        const masked = result.stdout.split("\n").filter((l) => l.startsWith("::add-mask::"));
        if (onGitHub) {
          for (const secret of Object.values(SECRETS)) expect(result.masks).toContain(secret);
        } else {
          expect(masked).toEqual([]);
          expect(result.masks).toEqual([]);
        }
      }
    });
  }
});

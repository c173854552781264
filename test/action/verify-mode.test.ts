// The Action's mode verify, run as the runner runs it (test/action/harness.ts), with the job's
// secrets in its environment and the fake Vault and Secrets Manager on 127.0.0.1.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deployProject, SECRETS, startStores } from "../cli/deploy-project.js";
import { type ActionResult, loadPayload, runAction } from "./harness.js";

/**
 * The resolved secrets, by name, found anywhere the run wrote apart from its `::add-mask::` lines:
 * the log, the summary, the outputs and the report file.
 */
function leaked(result: ActionResult): string[] {
  const log = result.stdout
    .split("\n")
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");
  const report = result.outputs.report ? readFileSync(result.outputs.report, "utf8") : "";
  const written = [log, result.stderr, result.summary, JSON.stringify(result.outputs), report].join("\n");
  return Object.entries(SECRETS)
    .filter(([, value]) => value.split("\n").some((part) => part.length >= 8 && written.includes(part)))
    .map(([name]) => name);
}

describe("the Action in mode verify", async () => {
  const stores = await startStores();

  it("verifies one environment with the job's secrets: masks them first, outputs the fingerprint", async () => {
    const workspace = deployProject();
    const result = await runAction({
      workspace,
      eventName: "workflow_dispatch",
      payload: loadPayload("workflow_dispatch"),
      inputs: { mode: "verify", environments: "staging" },
      env: stores.env,
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.fileCommandErrors).toEqual([]);
    expect(result.outputs.fingerprint).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(result.outputs).toMatchObject({ errors: "0", findings: "0", secrets: "0" });
    expect(JSON.parse(result.outputs.environments ?? "")).toEqual([
      { name: "staging", status: "pass", errors: 0, warnings: 0 },
    ]);
    // Every resolved secret is registered with the runner, before any line about the resolution.
    for (const secret of [SECRETS.dbPassword, SECRETS.apiToken, SECRETS.signingKey, SECRETS.webhookSecret])
      expect(result.masks).toContain(secret);
    expect(result.masks).toContain(SECRETS.certificate);
    for (const line of SECRETS.certificate.split("\n")) expect(result.masks).toContain(line);
    const lines = result.stdout.split("\n");
    const lastMask = lines.findLastIndex((l) => l.startsWith("::add-mask::"));
    const firstRow = lines.findIndex((l) => l.startsWith("database.password"));
    expect(lastMask).toBeGreaterThan(0);
    expect(firstRow).toBeGreaterThan(lastMask);
    expect(result.stdout).toContain(`staging is ready to deploy: fingerprint ${result.outputs.fingerprint}`);
    expect(result.summary.replace(/\\/g, "")).toContain(
      `staging is ready to deploy (fingerprint ${result.outputs.fingerprint})`,
    );
    const report = JSON.parse(readFileSync(result.outputs.report ?? "", "utf8"));
    expect(report).toMatchObject({
      mode: "verify",
      environment: "staging",
      fingerprint: result.outputs.fingerprint,
    });
    expect(leaked(result)).toEqual([]);
  });

  it("the fingerprint equals the CLI's", async () => {
    const workspace = deployProject();
    const result = await runAction({
      workspace,
      eventName: "push",
      payload: loadPayload("push"),
      inputs: { mode: "verify", environments: "staging" },
      env: stores.env,
    });
    const { runCliAsync } = await import("../cli/deploy-project.js");
    const cli = await runCliAsync(["verify", "--env", "staging", "--format", "json"], {
      cwd: workspace,
      env: stores.env,
    });
    expect(result.outputs.fingerprint).toBe(JSON.parse(cli.stdout).fingerprint);
  });

  it("fails (1) with annotations and a summary that name the problems, never a value", async () => {
    const workspace = deployProject({
      database: { password: "vault://secret/app/missing#password" },
      api: { token: "aws-sm://staging/api#token" },
    });
    const result = await runAction({
      workspace,
      eventName: "workflow_dispatch",
      payload: loadPayload("workflow_dispatch"),
      inputs: { mode: "verify", environments: "staging", "fail-on": "never" },
      env: stores.env,
    });
    expect(result.code).toBe(1);
    expect(result.outputs.fingerprint).toBe("");
    expect(result.outputs.errors).toBe("1");
    const annotation = result.annotations.find((a) => a.level === "error");
    expect(annotation).toMatchObject({ file: "config/staging.json", line: 3 });
    expect(annotation?.message).toContain(
      "database.password could not be resolved: vault://secret/app/missing#password in staging (not-found)",
    );
    // Markdown escapes punctuation: compare without the backslashes.
    const summary = result.summary.replace(/\\/g, "");
    expect(summary).toContain("staging must not be deployed");
    expect(summary).toContain(
      "database.password could not be resolved: vault://secret/app/missing#password in staging",
    );
    expect(leaked(result)).toEqual([]);
  });

  it("needs exactly one environment (2)", async () => {
    const workspace = deployProject();
    for (const environments of ["", "staging,production"]) {
      const result = await runAction({
        workspace,
        eventName: "workflow_dispatch",
        payload: loadPayload("workflow_dispatch"),
        inputs: { mode: "verify", environments },
        env: stores.env,
      });
      expect(result.code).toBe(2);
      expect(result.annotations.map((a) => a.message).join("\n")).toContain(
        "mode verify checks the one environment this job deploys: set input environments to exactly one name",
      );
      expect(result.outputs.fingerprint).toBe("");
    }
  });
});

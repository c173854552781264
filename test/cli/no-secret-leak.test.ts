import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCheck } from "../../src/cli/check-command.js";
import { runPrint } from "../../src/cli/print-command.js";
import { ConfigError, loadConfig } from "../../src/config/load.js";
import { runCli, tempRepo, writeFiles } from "../helpers/project.js";

const SCHEMA = {
  type: "object",
  properties: {
    database: {
      type: "object",
      properties: {
        url: { type: "string" },
        password: { type: "string", "x-secret": true, pattern: "^[a-z]{4}$" },
        port: { type: "integer", "x-secret": true },
      },
    },
    api: {
      type: "object",
      properties: { token: { type: "string", "x-secret": true, "x-env": "API_TOKEN" } },
    },
  },
};

/** Plants `secret` everywhere a secret can sit in a project: literals, examples, URLs, .env, bad lines. */
function plant(dir: string, secret: string): void {
  writeFiles(dir, {
    "config/schema.json": JSON.stringify(SCHEMA, null, 2),
    "config/base.json": JSON.stringify(
      { database: { url: `postgres://app:${secret}@db.example.com/app` } },
      null,
      2,
    ),
    "config/production.json": JSON.stringify({ database: { password: secret } }, null, 2),
    "config/staging.json": JSON.stringify({ api: { token: secret } }, null, 2),
    "config/example.json": JSON.stringify({ api: { token: secret } }, null, 2),
    // A pasted token on a line of its own (with "=" or ":" it would be an assignment whose key is a name).
    ".env.example": `DATABASE_PASSWORD=${secret}\n${secret.replace(/[=:]/g, "")}\nAPI_TOKEN="${secret}\n`,
    ".env": `DATABASE_PASSWORD=${secret}\nDATABASE_PORT=${secret}\n`,
  });
}

/** The secret, or any 9-character piece of it, anywhere in `output`. */
function leaks(output: string, secret: string): string | undefined {
  for (let i = 0; i + 9 <= secret.length; i++) {
    const piece = secret.slice(i, i + 9);
    if (output.includes(piece)) return piece;
  }
  return undefined;
}

function capture(): { text: () => string } {
  let out = "";
  const collect = (chunk: unknown) => {
    out += String(chunk);
    return true;
  };
  vi.spyOn(process.stdout, "write").mockImplementation(collect as typeof process.stdout.write);
  vi.spyOn(process.stderr, "write").mockImplementation(collect as typeof process.stderr.write);
  return { text: () => out };
}

afterEach(() => {
  vi.restoreAllMocks();
});

// Credential-shaped secrets: at least 12 characters with upper case, lower case and digits.
const secretArb = fc
  .string({
    unit: fc.constantFrom(..."ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789+/=_-!#%"),
    minLength: 12,
    maxLength: 48,
  })
  .filter((s) => /[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s) && new Set(s).size >= 6);

describe("no secret value ever appears in any output", () => {
  it("check, print (text and JSON) and loadConfig errors, for generated secrets", async () => {
    const dir = tempRepo({ ".gitignore": ".env\n" });
    await fc.assert(
      fc.asyncProperty(secretArb, async (secret) => {
        plant(dir, secret);
        const outputs: string[] = [];
        for (const format of ["text", "json"] as const) {
          const out = capture();
          await runCheck({ root: dir, format, color: false });
          for (const environment of ["local", "staging", "production"]) {
            await runPrint({ root: dir, environment, format, committed: false, color: false });
          }
          outputs.push(out.text());
          vi.restoreAllMocks();
        }
        for (const env of ["local", "production"]) {
          try {
            loadConfig({ cwd: dir, env, environ: { API_TOKEN: secret, DATABASE_PORT: secret } });
          } catch (error) {
            expect(error).toBeInstanceOf(ConfigError);
            outputs.push(String((error as Error).message), JSON.stringify((error as ConfigError).findings));
          }
        }
        for (const output of outputs) expect(leaks(output, secret)).toBeUndefined();
        // The planted values were really read: the literal secret is reported, masked.
        expect(outputs[0]).toContain("config/secret-literal");
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it("holds for the built CLI as a process too", () => {
    const secret = "Tq4Wm9Zp2Lx7Rk5Nv8Bs3Hd6";
    const dir = tempRepo({ ".gitignore": ".env\n" });
    plant(dir, secret);
    const runs = [
      runCli(["check"], { cwd: dir }),
      runCli(["check", "--format", "json"], { cwd: dir }),
      runCli(["print", "--env", "local"], { cwd: dir, env: { API_TOKEN: secret } }),
      runCli(["print", "--env", "local", "--format", "json"], { cwd: dir, env: { API_TOKEN: secret } }),
      runCli(["print", "--env", "production", "--committed"], { cwd: dir }),
    ];
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(leaks(run.stdout + run.stderr, secret)).toBeUndefined();
    }
    expect(runs[2]?.stdout).toMatch(/api\.token +Tq…d6 \(24 chars\) +env API_TOKEN/);
  });
});

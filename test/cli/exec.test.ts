import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, writeFiles } from "../helpers/project.js";
import { cleanEnv, deployProject, runCliAsync, SECRETS } from "./deploy-project.js";

/** Only env:// and file:// references here: exec's own behaviour, no store needed. */
const LOCAL_STAGING = {
  server: { host: "10.0.0.5" },
  database: { password: "env://DB_SECRET" },
  api: { token: "file://secrets/token" },
  features: ["search", "checkout"],
};
const ENV = { DB_SECRET: SECRETS.dbPassword, PORT: "9000" };

function project(): string {
  const dir = deployProject(LOCAL_STAGING);
  writeFiles(dir, { "secrets/token": `${SECRETS.apiToken}\n` });
  return dir;
}

const exec = (dir: string, script: string, env: Record<string, string> = ENV, extra: string[] = []) =>
  runCliAsync(["exec", "--env", "staging", ...extra, "--", "sh", "-c", script, "child"], { cwd: dir, env });

describe("envguard exec", () => {
  it("runs a program in another language with every key in its environment", async () => {
    const dir = project();
    const run = await exec(
      dir,
      'printf "%s|%s|%s|%s|%s|%s|%s|%s\\n" "$ENVGUARD_ENV" "$SERVER_HOST" "$PORT" "$DATABASE_POOL_SIZE" "$FEATURES" "$DATABASE_URL" "$API_TOKEN" "$1"; test "$DATABASE_PASSWORD" = "$DB_SECRET" && echo password-ok',
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `staging|10.0.0.5|9000|5|["search","checkout"]|postgres://app@db.internal/app|${SECRETS.apiToken}|\npassword-ok\n`,
    );
  });

  it("passes the exit code through", async () => {
    const dir = project();
    for (const code of [0, 3, 42]) {
      const run = await exec(dir, `exit ${code}`);
      expect(run.code).toBe(code);
      expect(run.signal).toBeNull();
    }
  });

  it("dies of the signal that killed the program", async () => {
    const dir = project();
    for (const signal of ["SIGTERM", "SIGKILL"] as const) {
      const run = await exec(dir, `kill -${signal.slice(3)} $$`);
      expect(run.signal).toBe(signal);
      expect(run.code).toBeNull();
    }
    // A shell running envguard sees what it would see of the program itself: 128 + the signal's number.
    const shell = spawnSync(
      "sh",
      ["-c", `"${process.execPath}" "${CLI}" exec --env staging -- sh -c 'kill -TERM $$'; echo "status=$?"`],
      { cwd: dir, env: { ...cleanEnv(), ...ENV }, encoding: "utf8" },
    );
    expect(shell.stdout).toBe("status=143\n");
  });

  it("forwards SIGTERM to the program, which decides how it ends", async () => {
    const dir = project();
    const marker = path.join(dir, "ready");
    // The shell waits in the foreground for a child `sleep`; its trap runs when the wait is interrupted.
    const script = `trap 'echo got-term; exit 17' TERM; touch ${marker}; while true; do sleep 0.05; done`;
    const run = await runCliAsync(["exec", "--env", "staging", "--", "sh", "-c", script], {
      cwd: dir,
      env: ENV,
      started: (pid) => {
        const poll = setInterval(() => {
          if (existsSync(marker)) {
            clearInterval(poll);
            process.kill(pid, "SIGTERM");
          }
        }, 20);
      },
    });
    expect(run.stdout).toBe("got-term\n");
    expect(run.code).toBe(17);
    expect(run.signal).toBeNull();
  });

  it("never starts the program when the config is invalid", async () => {
    const dir = project();
    const marker = path.join(dir, "started");
    const run = await exec(dir, `touch ${marker}`, { PORT: "not-a-port" });
    expect(run.code).toBe(1);
    expect(existsSync(marker)).toBe(false);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(
      "database.password could not be resolved: environment variable DB_SECRET is not set; set it where envguard runs.",
    );
    expect(run.stderr).toContain("PORT sets server.port, which must be an integer");
    expect(run.stderr).toContain("envguard: sh was not started: the config for staging is invalid.");
  });

  it("exits 127 when the command does not exist, 2 when envguard cannot run", async () => {
    const dir = project();
    const missing = await runCliAsync(["exec", "--env", "staging", "--", "no-such-command-xyz", "a"], {
      cwd: dir,
      env: ENV,
    });
    expect(missing.code).toBe(127);
    expect(missing.stderr).toBe("envguard: no-such-command-xyz: command not found\n");
    const unknown = await runCliAsync(["exec", "--env", "qa", "--", "true"], { cwd: dir, env: ENV });
    expect(unknown.code).toBe(2);
    expect((await runCliAsync(["exec", "--env", "staging"], { cwd: dir, env: ENV })).code).toBe(2);
  });
});

import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { resolveProjectConfigUnfetched } from "../config/load.js";
import { configFingerprint } from "../deploy/fingerprint.js";
import { printable } from "../report/sanitize.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { couldNotRunFindings, reportCouldNotRun } from "./run-errors.js";

export interface SmokeCommandOptions {
  root: string;
  policyFile?: string | undefined;
  environment: string;
  url: string;
  /** The overall deadline, in milliseconds. */
  timeoutMs?: number | undefined;
  /** The first wait between attempts; it doubles up to `MAX_INTERVAL_MS`. */
  intervalMs?: number | undefined;
  /** The expected fingerprint; computed from the project when absent. */
  fingerprint?: string | undefined;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_INTERVAL_MS = 1_000;
const MAX_INTERVAL_MS = 10_000;
const REQUEST_TIMEOUT_MS = 10_000;
const MAX_BODY_BYTES = 1024 * 1024;

/** One attempt: the health JSON, or what was seen instead (for "last seen"). */
export type Probe = { up: true; body: unknown } | { up: false; seen: string };

/** What a failed fetch means, in the words a person debugging a deploy wants. */
function describeFetchError(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (e?.name === "TimeoutError" || e?.name === "AbortError")
    return `timeout (no answer within ${timeoutMs} ms)`;
  const code = e?.cause?.code;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host not found";
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return "connection reset";
  if (code?.startsWith("UND_ERR_") && code.includes("TIMEOUT")) return `timeout (${code})`;
  // Never the error's message: fetch's messages can quote the whole URL.
  return code ? `connection failed (${code})` : `request failed (${e?.name ?? "error"})`;
}

/** Reads at most `MAX_BODY_BYTES` of the body: a misbehaving endpoint cannot exhaust memory. */
async function readBody(response: Response): Promise<string | undefined> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function probeHealth(url: string, timeoutMs: number): Promise<Probe> {
  try {
    const response = await fetch(url, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await readBody(response);
    if (response.status < 200 || response.status > 299) return { up: false, seen: `HTTP ${response.status}` };
    if (text === undefined) return { up: false, seen: `HTTP ${response.status} with a body over 1 MiB` };
    try {
      return { up: true, body: JSON.parse(text) };
    } catch {
      const type = response.headers.get("content-type");
      return {
        up: false,
        seen: `HTTP ${response.status} but not JSON${type ? ` (content-type ${printable(type.slice(0, 80))})` : ""}`,
      };
    }
  } catch (error) {
    return { up: false, seen: describeFetchError(error, timeoutMs) };
  }
}

const shown = (value: unknown) =>
  typeof value === "string"
    ? printable(value.slice(0, 120))
    : `${printable(String(JSON.stringify(value)).slice(0, 120))}`;

/**
 * After a deploy: polls the health endpoint (per-request timeout, exponential backoff, one overall
 * deadline) until it answers 2xx JSON, then checks it runs the expected environment and config.
 * Exit 0 healthy; 1 wrong environment or fingerprint; 2 never up, or envguard could not run.
 */
export async function runSmoke(options: SmokeCommandOptions): Promise<ExitCode> {
  let url: URL;
  try {
    url = new URL(options.url);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("not http");
  } catch {
    process.stderr.write("envguard: --url must be an http:// or https:// URL.\n");
    return EXIT.couldNotRun;
  }
  if (url.username !== "" || url.password !== "") {
    // fetch refuses such a URL, and a password in it would be printed with every attempt.
    process.stderr.write(
      "envguard: --url must not hold a user name or password; put the health endpoint where it needs no credentials.\n",
    );
    return EXIT.couldNotRun;
  }
  let expected = options.fingerprint;
  if (expected === undefined) {
    try {
      // The fingerprint holds no secret value, so none is fetched: references stay as written.
      expected = configFingerprint(
        resolveProjectConfigUnfetched({
          cwd: path.resolve(options.root),
          env: options.environment,
          policyFile: options.policyFile,
          environ: process.env,
        }),
      );
    } catch (error) {
      const findings = couldNotRunFindings(error);
      if (!findings) throw error;
      reportCouldNotRun("smoke", findings, "text");
      return EXIT.couldNotRun;
    }
  }

  // Without the query string or fragment: a health route may take a token there (`?token=…`).
  const where = printable(`${url.origin}${url.pathname}${url.search ? "?…" : ""}`);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  let interval = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  let attempt = 0;
  let seen = "no answer";
  for (;;) {
    attempt++;
    const left = deadline - Date.now();
    const probe = await probeHealth(url.href, Math.max(1, Math.min(REQUEST_TIMEOUT_MS, left)));
    if (probe.up) return judge(probe.body, options.environment, expected, where, attempt);
    seen = probe.seen;
    const wait = Math.min(interval, deadline - Date.now());
    if (wait <= 0) break;
    process.stderr.write(`envguard: attempt ${attempt}: ${seen}; retrying in ${wait} ms\n`);
    await sleep(wait);
    interval = Math.min(interval * 2, MAX_INTERVAL_MS);
    if (Date.now() >= deadline) break;
  }
  process.stdout.write(
    `✖ ${where} was not up within ${timeoutMs} ms (${attempt} attempt${attempt === 1 ? "" : "s"}); last seen: ${seen}.\n`,
  );
  return EXIT.couldNotRun;
}

function judge(
  body: unknown,
  environment: string,
  expected: string,
  where: string,
  attempt: number,
): ExitCode {
  const payload = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const problems: string[] = [];
  if (payload.environment !== environment) {
    problems.push(
      payload.environment === undefined
        ? `it reports no environment (expected ${printable(environment)}; does the route return envguardHealth()?)`
        : `wrong environment: it reports ${shown(payload.environment)}, expected ${printable(environment)}`,
    );
  }
  if (payload.fingerprint !== expected) {
    problems.push(
      payload.fingerprint === undefined
        ? `it reports no config fingerprint (expected ${printable(expected)})`
        : `wrong config fingerprint: it reports ${shown(payload.fingerprint)}, expected ${printable(expected)}`,
    );
  }
  if (problems.length > 0) {
    process.stdout.write(`✖ ${where} is up but does not run the verified config:\n`);
    for (const p of problems) process.stdout.write(`  - ${p}\n`);
    return EXIT.findings;
  }
  process.stdout.write(
    `✔ ${where} is healthy after ${attempt} attempt${attempt === 1 ? "" : "s"}: environment ${printable(environment)}, fingerprint ${printable(expected)}\n`,
  );
  return EXIT.ok;
}

#!/usr/bin/env node
// `envguard verify` with 200 secret references (100 vault://, 100 aws-sm://) against local stores
// that answer after a fixed latency: references fetched concurrently (the default) against one at a
// time (--concurrency 1).
//
//   node bench/verify.mjs [--runs 7] [--json out.json] [--latency 20] [--refs 200] [--cli dist/cli.cjs]
//
// Rows, interleaved (A B C, A B C, …), one warm-up round then --runs measured rounds, each a fresh
// Node process: envguard verify (default concurrency) | envguard verify --concurrency 1 | node -e 0.
// The stores (bench/fake-stores.mjs) run in their own process; each answer waits --latency ms, a
// stand-in for a real store's round trip, so the rows measure how envguard schedules the fetches.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { median, min, REPO, Runner, seconds, table, times } from "./lib.mjs";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "7" },
    json: { type: "string" },
    latency: { type: "string", default: "20" },
    refs: { type: "string", default: "200" },
    cli: { type: "string", default: path.join(REPO, "dist", "cli.cjs") },
    // Accepted for run.mjs's sake; this bench makes its own workload.
    root: { type: "string" },
  },
});
const runs = Number(values.runs);
const refs = Number(values.refs);
const latency = Number(values.latency);
const cli = path.resolve(values.cli);

/** A project whose production config holds `refs` secret references, half in each store. */
function makeProject() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "envguard-verify-bench-"));
  mkdirSync(path.join(dir, "config"));
  const properties = {};
  const base = {};
  for (let i = 0; i < refs; i++) {
    const key = `secret${String(i).padStart(3, "0")}`;
    properties[key] = { type: "string", minLength: 8, "x-secret": true, description: `secret ${i}` };
    base[key] = i % 2 === 0 ? `vault://kv/app/${key}#value` : `aws-sm://app/${key}`;
  }
  const schema = { $schema: "https://json-schema.org/draft/2020-12/schema", type: "object", properties };
  writeFileSync(path.join(dir, "config", "schema.json"), `${JSON.stringify(schema, null, 2)}\n`);
  writeFileSync(path.join(dir, "config", "base.json"), `${JSON.stringify(base, null, 2)}\n`);
  for (const env of ["local", "dev", "staging", "production"]) {
    writeFileSync(path.join(dir, "config", `${env}.json`), "{}\n");
  }
  return dir;
}

async function startStores() {
  const child = spawn(
    process.execPath,
    [path.join(REPO, "bench", "fake-stores.mjs"), "--latency", String(latency)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`fake stores exited with ${code}`)));
  });
  return { urls: JSON.parse(line), stop: () => child.kill("SIGTERM") };
}

const project = makeProject();
const stores = await startStores();
const runner = new Runner();
try {
  Object.assign(process.env, {
    VAULT_ADDR: stores.urls.vault,
    VAULT_TOKEN: "bench-vault-token",
    AWS_ENDPOINT_URL_SECRETS_MANAGER: stores.urls.aws,
    AWS_REGION: "eu-west-1",
    AWS_ACCESS_KEY_ID: "AKIDBENCHBENCHBENCH0",
    AWS_SECRET_ACCESS_KEY: "bench-secret-access-key-not-real",
    AWS_EC2_METADATA_DISABLED: "true",
  });
  const verify = (extra) => [
    process.execPath,
    cli,
    "verify",
    "--env",
    "production",
    "--format",
    "json",
    ...extra,
  ];
  const variants = [
    { label: "envguard verify (concurrent, default)", argv: verify([]) },
    { label: "envguard verify --concurrency 1", argv: verify(["--concurrency", "1"]) },
    { label: "node -e 0", argv: [process.execPath, "-e", "0"] },
  ];
  for (const v of variants) v.runs = [];
  console.log(
    `verify — ${refs} references (${refs / 2} vault://, ${refs / 2} aws-sm://), each store answering after ${latency} ms; ${runs} runs after one warm-up`,
  );
  for (let round = 0; round <= runs; round++) {
    for (const v of variants) {
      const r = runner.run(v.argv, { cwd: project });
      if (r.status !== 0) {
        throw new Error(
          `${v.label} exited ${r.status}:\n${r.stderr.slice(0, 2000)}\n${r.stdout.slice(0, 2000)}`,
        );
      }
      if (round === 0 && v.label.startsWith("envguard")) {
        const report = JSON.parse(r.stdout);
        const count = JSON.stringify(report).match(/"secret\d{3}"/g)?.length ?? 0;
        if (count < refs) throw new Error(`${v.label}: the report names ${count} of ${refs} keys`);
      }
      if (round > 0) v.runs.push(r);
    }
  }
  const [concurrent, sequential, node] = variants.map((v) => median(v.runs.map((r) => r.wallMs)));
  const rows = variants.map((v) => {
    const wall = v.runs.map((r) => r.wallMs);
    return [
      v.label,
      seconds(median(wall)),
      seconds(min(wall)),
      times(median(wall) / concurrent),
      `${Math.round(median(v.runs.map((r) => r.rssKiB)) / 1024)} MiB`,
    ];
  });
  console.log(table(["command", "median wall", "min wall", "÷ concurrent", "peak RSS"], rows));
  const speedup = (sequential - node) / (concurrent - node);
  console.log(
    `verify: one at a time takes ${times(sequential / concurrent)} as long as concurrent (${times(speedup)} without Node's start-up); ` +
      `the floor for ${refs} sequential round trips is ${seconds(refs * latency)}`,
  );
  if (values.json) {
    writeFileSync(
      values.json,
      `${JSON.stringify({ refs, latency, runs, concurrentMs: concurrent, sequentialMs: sequential, nodeMs: node, speedup }, null, 2)}\n`,
    );
  }
} finally {
  stores.stop();
  runner.dispose();
  rmSync(project, { recursive: true, force: true });
}

#!/usr/bin/env node
// `npm run bench`: makes sure the reference workloads exist, then runs every bench, each in its own
// Node process so one bench's heap never weighs on the next.
//
//   npm run bench [-- --only check] [--runs 7] [--root /tmp/envguard-perf] [--json <dir>]
//
// --only    comma-separated bench names (default: all)
// --runs    measured runs per command, after one warm-up (default 7)
// --root    the workload folder (default /tmp/envguard-perf, or ENVGUARD_PERF_ROOT)
// --json    a folder: each bench writes its figures to <dir>/<name>.json
//
// A later bench (scan, hook, action) plugs in as one more entry in BENCHES: its script, which takes
// --runs, --root and --json like check.mjs does, and the workload folders it needs.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_ROOT, ensureWorkloads, REPO } from "./lib.mjs";

const BENCHES = [
  {
    name: "check",
    script: "bench/check.mjs",
    workloads: ["envcfg", "envcfg-large"],
    what: "envguard check vs bare ajv (floor) and ajv-cli",
  },
  {
    name: "scan",
    script: "bench/scan.mjs",
    workloads: ["typical", "bigdiff", "tree"],
    what: "envguard scan --staged / --diff / --no-git vs git, one-regex floor and secretlint; linearity; recall",
  },
  {
    name: "action",
    script: "bench/action.mjs",
    workloads: ["bigdiff", "envcfg"],
    what: "the Action's pr mode (config check + diff scan) on bigdiff/ + envcfg/'s config vs git diff and secretlint; recall",
  },
  {
    name: "verify",
    script: "bench/verify.mjs",
    workloads: [],
    what: "envguard verify with 200 vault:// and aws-sm:// references against local stores: concurrent vs one at a time",
  },
];

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    runs: { type: "string", default: "7" },
    root: { type: "string", default: DEFAULT_ROOT },
    json: { type: "string" },
    list: { type: "boolean", default: false },
  },
});

if (values.list) {
  for (const b of BENCHES) console.log(`${b.name.padEnd(8)} ${b.what}`);
  process.exit(0);
}
const wanted = values.only ? values.only.split(",").map((s) => s.trim()) : BENCHES.map((b) => b.name);
const unknown = wanted.filter((n) => !BENCHES.some((b) => b.name === n));
if (unknown.length > 0) {
  console.error(`unknown bench ${unknown.join(", ")}; known: ${BENCHES.map((b) => b.name).join(", ")}`);
  process.exit(2);
}
const selected = BENCHES.filter((b) => wanted.includes(b.name));
const root = path.resolve(values.root);

try {
  ensureWorkloads(
    root,
    selected.flatMap((b) => b.workloads),
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
if (values.json) mkdirSync(values.json, { recursive: true });

let failed = 0;
for (const bench of selected) {
  const args = [bench.script, "--runs", values.runs, "--root", root];
  if (values.json) args.push("--json", path.resolve(values.json, `${bench.name}.json`));
  const run = spawnSync(process.execPath, args, { cwd: REPO, stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`bench ${bench.name} failed (exit ${run.status ?? run.signal})`);
    failed++;
  }
}
process.exit(failed > 0 ? 1 : 0);

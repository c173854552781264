#!/usr/bin/env node
// `envguard check` against its floor and against ajv-cli, on the generated config projects.
//
//   node bench/check.mjs [--runs 7] [--root /tmp/envguard-perf] [--json out.json] [--cli dist/cli.cjs]
//
// --cli times another build of the CLI (e.g. a copy of dist/ taken before a change); default dist/cli.cjs.
//
// For each workload (envcfg: 4 environments × 300 keys; envcfg-large: 50 × 2,000) it runs, interleaved
// (A B C D A B C D …), one warm-up round and then --runs measured rounds of:
//   check    node dist/cli.cjs check -C <dir> --config <policy> --format json
//   floor    node bench/floor-ajv.mjs <dir>       (bare ajv: load, compile once, merge, validate all)
//   ajv-cli  ajv validate on the pre-merged files in <root>/_aux/merged/<name>/
//   node     node -e 0                            (Node's start-up, the part nobody can remove)
// and prints medians, minima, ratios against the floor and ajv-cli, peak RSS, and a verdict per
// workload against the goals: check ≤ 1.2× the floor, and faster than ajv-cli.
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import {
  buildHash,
  cliBuild,
  DEFAULT_ROOT,
  ensureWorkloads,
  mebibytes,
  median,
  min,
  REPO,
  Runner,
  seconds,
  table,
  times,
} from "./lib.mjs";

export const WORKLOADS = ["envcfg", "envcfg-large"];
const FLOOR_GOAL = 1.2;

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

/** The commands of one workload, in the order they run within a round. */
function commandsFor(root, name, policyFile, cli) {
  const dir = path.join(root, name);
  const project = readJson(path.join(dir, "envguard.config.json"));
  const mergedDir = path.join(root, "_aux", "merged", name);
  const merged = project.environments.map((env) => path.join(mergedDir, `${env}.json`));
  const missing = merged.filter((f) => !existsSync(f));
  if (missing.length > 0) throw new Error(`pre-merged files missing: ${missing.join(", ")}`);
  // ajv-cli is a Node script; run it with this Node so every command uses the same runtime. Files are
  // listed one by one (no glob for ajv-cli to expand), in environment order.
  const ajvCli = realpathSync(path.join(REPO, "node_modules", ".bin", "ajv"));
  const schema = path.join(dir, project.schema);
  return {
    environments: project.environments,
    commands: [
      {
        id: "check",
        label: "envguard check",
        argv: [process.execPath, cli, "check", "-C", dir, "--config", policyFile, "--format", "json"],
      },
      { id: "floor", label: "floor (bare ajv)", argv: [process.execPath, "bench/floor-ajv.mjs", dir] },
      {
        id: "ajvCli",
        label: "ajv-cli, pre-merged",
        argv: [
          process.execPath,
          ajvCli,
          "validate",
          "--spec=draft7",
          "--strict=false",
          "--all-errors",
          "-c",
          "ajv-formats",
          "-s",
          schema,
          ...merged.flatMap((f) => ["-d", f]),
        ],
      },
      { id: "node", label: "node -e 0", argv: [process.execPath, "-e", "0"] },
    ],
  };
}

/** Fails loudly on a result that would make the timing meaningless; describes check's report once. */
function verify(cmd, result, name) {
  const fail = (why) => {
    throw new Error(
      `${name}: ${cmd.label} ${why}\n$ ${cmd.argv.join(" ")}\n${result.stderr.slice(0, 4000)}${result.stdout.slice(0, 2000)}`,
    );
  };
  if (cmd.id !== "check") {
    if (result.status !== 0) fail(`exited ${result.status}, expected 0`);
    return undefined;
  }
  if (result.status !== 0 && result.status !== 1) fail(`exited ${result.status}, expected 0 or 1`);
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    fail("did not print a JSON report");
  }
  const { errors, warnings, notes } = report.summary;
  // Exit 1 is acceptable only when the report has findings to show for it.
  if (result.status === 1 && errors === 0) fail("exited 1 without an error finding");
  const rules = [...new Set(report.findings.map((f) => f.rule))];
  return `exit ${result.status}: ${errors} errors, ${warnings} warnings, ${notes} notes${rules.length ? ` (${rules.join(", ")})` : ""}`;
}

/** The command as a reader would type it: paths in the repository relative, the -d list shortened. */
function display(argv) {
  const shown = argv.map((a) => a.replace(`${REPO}/`, "")).join(" ");
  return shown.replace(/(-d (\S+)\/[^/\s]+ )(-d \S+ )+-d \S+/, (_, first, dir) => {
    const count = argv.filter((a) => a === "-d").length;
    return `${first}… (-d for each of the ${count} files in ${dir}/)`;
  });
}

function writePolicy(tmp, name, environments) {
  const file = path.join(tmp, `${name}.envguard.yml`);
  const lines = [
    "# written by bench/check.mjs",
    "environments:",
    ...environments.map((e) => `  - ${JSON.stringify(e)}`),
  ];
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

export async function main(argv = process.argv.slice(2)) {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: "string", default: "7" },
      root: { type: "string", default: DEFAULT_ROOT },
      json: { type: "string" },
      cli: { type: "string", default: "dist/cli.cjs" },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a positive integer, not ${values.runs}`);
  const root = path.resolve(values.root);
  const cliPath = path.resolve(values.cli);
  const cli = cliPath.startsWith(`${REPO}/`) ? path.relative(REPO, cliPath) : cliPath;
  if (!existsSync(path.resolve(REPO, cli))) throw new Error(`${cli} is missing: run npm run build`);
  // The launcher loads dist/cli/ (or, for the hook, dist/hook/): together, the build being timed.
  const buildDir = cliBuild(path.resolve(REPO, cli));
  const { seed } = ensureWorkloads(root, WORKLOADS);

  const runner = new Runner();
  const tmp = mkdtempSync(path.join(os.tmpdir(), "envguard-bench-policy-"));
  const out = {
    bench: "check",
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    loadavg: os.loadavg(),
    ajv: readJson(path.join(REPO, "node_modules", "ajv", "package.json")).version,
    ajvCli: readJson(path.join(REPO, "node_modules", "ajv-cli", "package.json")).version,
    rssMethod: runner.rssMethod,
    cli,
    build: buildHash(buildDir),
    root,
    seed,
    runs,
    warmups: 1,
    goals: { checkOverFloorAtMost: FLOOR_GOAL, checkOverAjvCliBelow: 1 },
    workloads: {},
  };
  console.log(
    `envguard check bench — ${cli} (build ${out.build}), node ${out.node}, ${out.cpus} CPUs, ` +
      `ajv ${out.ajv}, ajv-cli ${out.ajvCli}; ` +
      `workloads ${root} (seed ${seed}); 1 warm-up + ${runs} interleaved runs; peak RSS by ${runner.rssMethod}`,
  );
  const rows = [];
  const verdicts = [];
  try {
    for (const name of WORKLOADS) {
      const environments = readJson(path.join(root, name, "envguard.config.json")).environments;
      const policyFile = writePolicy(tmp, name, environments);
      const { commands } = commandsFor(root, name, policyFile, cli);
      console.log(`\n${name}: ${environments.length} environments`);
      for (const cmd of commands) console.log(`  ${cmd.id.padEnd(6)} $ ${display(cmd.argv)}`);
      const samples = Object.fromEntries(commands.map((c) => [c.id, { wallMs: [], rssKiB: [] }]));
      for (let round = 0; round <= runs; round++) {
        for (const cmd of commands) {
          const result = runner.run(cmd.argv);
          const summary = verify(cmd, result, name);
          if (round === 0) {
            if (summary) console.log(`  check report: ${summary}`);
            continue; // the warm-up round fills the page cache and is not counted
          }
          samples[cmd.id].wallMs.push(result.wallMs);
          samples[cmd.id].rssKiB.push(result.rssKiB);
        }
        process.stderr.write(round === 0 ? "  warm-up done; runs: " : `${round} `);
      }
      process.stderr.write("\n");

      const stats = {};
      for (const cmd of commands) {
        const s = samples[cmd.id];
        stats[cmd.id] = {
          label: cmd.label,
          argv: cmd.argv,
          ...s,
          medianMs: median(s.wallMs),
          minMs: min(s.wallMs),
          medianRssKiB: median(s.rssKiB),
        };
      }
      const floor = stats.floor.medianMs;
      const ajvCli = stats.ajvCli.medianMs;
      for (const cmd of commands) {
        const s = stats[cmd.id];
        rows.push([
          name,
          cmd.label,
          seconds(s.medianMs),
          seconds(s.minMs),
          times(s.medianMs / floor),
          times(s.medianMs / ajvCli),
          mebibytes(s.medianRssKiB),
        ]);
      }
      const overFloor = stats.check.medianMs / floor;
      const overAjvCli = stats.check.medianMs / ajvCli;
      const verdict = {
        checkOverFloor: overFloor,
        checkOverAjvCli: overAjvCli,
        withinFloorGoal: overFloor <= FLOOR_GOAL,
        fasterThanAjvCli: overAjvCli < 1,
      };
      verdicts.push(
        `${name}: check is ${times(overFloor)} the floor (goal ≤ ${times(FLOOR_GOAL)}: ${verdict.withinFloorGoal ? "met" : "MISSED"}) ` +
          `and ${times(overAjvCli)} ajv-cli (goal < 1.00×: ${verdict.fasterThanAjvCli ? "met" : "MISSED"})`,
      );
      out.workloads[name] = { environments: environments.length, commands: stats, verdict };
    }
  } finally {
    runner.dispose();
    rmSync(tmp, { recursive: true, force: true });
  }

  console.log(
    `\n${table(["workload", "command", "median wall", "min wall", "÷ floor", "÷ ajv-cli", "peak RSS"], rows, 2)}`,
  );
  console.log(`\n${verdicts.join("\n")}`);
  if (buildHash(buildDir) !== out.build) {
    out.buildChangedDuringRun = true;
    console.log(
      `\nWARNING: ${buildDir.map((p) => path.relative(REPO, p)).join(", ")} changed during the run; the check figures mix two builds.`,
    );
  }
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`\nfigures written to ${values.json}`);
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  });
}

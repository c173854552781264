#!/usr/bin/env node
// The GitHub Action's pr mode (`node dist/index.js`) against the bare `git diff` of the same range and
// against the secretlint CLI on the same files, on the bigdiff/ workload carrying envcfg/'s config.
//
//   node bench/action.mjs [--runs 7] [--root /tmp/envguard-perf] [--json out.json]
//                         [--action dist/index.js] [--skip-secretlint] [--strict]
//
// --action           times another build of the Action (e.g. a copy of dist/ taken before a change)
// --skip-secretlint  leaves out the two single secretlint runs over the ~3,000 changed files (~2 min)
// --strict           exit 1 when a planted secret is missed or the config check did not run
//
// Off the clock, once: a scratch clone of bigdiff/ (`git clone --shared`, head checked out), with
// envcfg/'s config project (config/schema.json, base and four environment layers, .env.example) and
// a .envguard.yml naming its environments committed on top of head, so that base...<new head> adds
// the config files too; a pull_request payload (synchronize, HEAD = the PR head, not the merge ref).
//
// Then, interleaved (A B C A B C …), one warm-up round and --runs measured rounds, all in the clone:
//   action  env -i PATH HOME INPUT_FAIL-ON=never GITHUB_*… RUNNER_TEMP… node dist/index.js
//   floor   git diff -U0 <base> <new head> > /dev/null
//   node    node -e 0
// and once each, unless --skip-secretlint: secretlint on the same changed files, as shipped and
// with its profiler a no-op. Then the recall check of the warm-up run's JSON report.
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import {
  buildHash,
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
import { matchPlanted, parseStylish } from "./scan.mjs";

const WORKLOADS = ["bigdiff", "envcfg"];
const GOALS = { actionOverGitDiffAtMost: 3, actionPeakRssMiBBelow: 300 };
const SECRETLINT_RC = { rules: [{ id: "@secretlint/secretlint-rule-preset-recommend" }] };
const REPOSITORY = "bench/bigdiff";

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));
const megabytes = (b) => (b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${(b / 1e3).toFixed(1)} kB`);

function git(cwd, args, { maxBuffer = 1 << 28 } = {}) {
  const r = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")} failed in ${cwd}:\n${r.stderr}`);
  return r.stdout;
}

/** Every regular file under `dir`, relative, sorted. */
function listFiles(dir, rel = "") {
  const out = [];
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(dir, child));
    else if (e.isFile()) out.push(child);
  }
  return out.sort();
}

/**
 * The scratch clone: bigdiff's head plus envcfg's config project and a policy, committed as the
 * pull request's new head. Returns the clone, both commits and what was added.
 */
function makeClone(root, tmp) {
  const clone = path.join(tmp, "bigdiff-pr");
  git(tmp, ["clone", "--quiet", "--no-checkout", "--shared", path.join(root, "bigdiff"), clone]);
  git(clone, ["checkout", "--quiet", "head"]);
  const envcfg = path.join(root, "envcfg");
  const project = readJson(path.join(envcfg, "envguard.config.json"));
  const added = [];
  for (const rel of listFiles(envcfg)) {
    const target = path.join(clone, rel);
    if (existsSync(target)) throw new Error(`${rel} of envcfg/ is already in bigdiff's head`);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(envcfg, rel), target);
    added.push(rel);
  }
  // The policy, as bench/check.mjs writes it: the workload's environments (schema and config folder
  // are envguard's defaults, config/schema.json and config/, which is where envcfg/ keeps them).
  const policy = [
    "# written by bench/action.mjs",
    "environments:",
    ...project.environments.map((e) => `  - ${JSON.stringify(e)}`),
  ];
  writeFileSync(path.join(clone, ".envguard.yml"), `${policy.join("\n")}\n`);
  added.push(".envguard.yml");
  git(clone, ["add", "--", ...added]);
  git(clone, [
    "-c",
    "user.name=envguard bench",
    "-c",
    "user.email=bench@envguard.invalid",
    "-c",
    "commit.gpgsign=false",
    "-c",
    "core.hooksPath=/dev/null",
    "commit",
    "--quiet",
    "--no-verify",
    "-m",
    "bench: add the envcfg config project",
  ]);
  const base = git(clone, ["rev-parse", "base^{commit}"]).trim();
  const head = git(clone, ["rev-parse", "HEAD"]).trim();
  return { clone, base, head, added, environments: project.environments };
}

/** GITHUB_OUTPUT's `name<<DELIM\nvalue\nDELIM` blocks (and plain `name=value` lines) as an object. */
export function parseGithubOutput(text) {
  const out = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]);
      out[name] = value.join("\n");
      continue;
    }
    const eq = lines[i].indexOf("=");
    if (eq > 0) out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
  }
  return out;
}

/** The Action's files for one run: fresh, empty GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, an empty RUNNER_TEMP. */
function freshRunFiles(runDir) {
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(path.join(runDir, "runner-temp"), { recursive: true });
  const files = {
    output: path.join(runDir, "github-output"),
    summary: path.join(runDir, "step-summary"),
    temp: path.join(runDir, "runner-temp"),
  };
  writeFileSync(files.output, "");
  writeFileSync(files.summary, "");
  return files;
}

/** The Action's outputs and JSON report after a run, or a thrown error saying what it printed instead. */
function actionResult(cmd, result, files) {
  const fail = (why) => {
    throw new Error(
      `${cmd.label} ${why}\n$ ${cmd.shown}\n${result.stderr.slice(0, 4000)}${result.stdout.slice(-4000)}`,
    );
  };
  if (result.status !== 0 && result.status !== 1) fail(`exited ${result.status}, expected 0 (fail-on never)`);
  const outputs = parseGithubOutput(readFileSync(files.output, "utf8"));
  if (!outputs.report) fail("set no `report` output");
  let report;
  try {
    report = readJson(outputs.report);
  } catch {
    fail(`left no JSON report at ${outputs.report}`);
  }
  if (result.status === 1 && report.summary.errors === 0) fail("exited 1 without an error finding");
  const summaryBytes = readFileSync(files.summary).length;
  return { outputs, report, summaryBytes };
}

function describeReport({ report, outputs, summaryBytes }, result) {
  const byRule = {};
  for (const f of report.findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  const rules = Object.entries(byRule)
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r} ${n}`)
    .join(", ");
  const skipped = {};
  for (const s of report.scan?.skipped ?? []) skipped[s.reason] = (skipped[s.reason] ?? 0) + 1;
  const skippedText = Object.entries(skipped)
    .map(([r, n]) => `${n} ${r}`)
    .join(", ");
  const envs = (report.environments ?? []).map((e) => `${e.name} ${e.status}`).join(", ");
  return [
    `exit ${result.status}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notes} notes (${rules || "none"})`,
    `compared ${report.compared ?? "—"}; scanned ${report.scan?.files} files, ${megabytes(report.scan?.bytes ?? 0)}` +
      (skippedText ? `; skipped ${skippedText}` : ""),
    `environments: ${envs || "none (the config check did not run)"}`,
    `outputs: findings ${outputs.findings}, secrets ${outputs.secrets}, errors ${outputs.errors}; ` +
      `step summary ${megabytes(summaryBytes)}; log ${megabytes(Buffer.byteLength(result.stdout))} on stdout, ` +
      `${result.stderr.trim() === "" ? "nothing" : megabytes(Buffer.byteLength(result.stderr))} on stderr`,
  ];
}

function display(argv) {
  return argv.map((a) => (a === process.execPath ? "node" : a.replace(`${REPO}/`, ""))).join(" ");
}

export async function main(argv = process.argv.slice(2)) {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: "string", default: "7" },
      root: { type: "string", default: DEFAULT_ROOT },
      json: { type: "string" },
      action: { type: "string", default: "dist/index.js" },
      "skip-secretlint": { type: "boolean", default: false },
      strict: { type: "boolean", default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a positive integer, not ${values.runs}`);
  const root = path.resolve(values.root);
  const action = path.resolve(REPO, values.action);
  if (!existsSync(action)) throw new Error(`${values.action} is missing: run npm run build`);
  // dist/index.js imports ./action/index.js: that folder is the build being timed.
  const buildDir = path.join(path.dirname(action), "action");
  const { seed } = ensureWorkloads(root, WORKLOADS);
  const node = process.execPath;
  const secretlintBin = realpathSync(path.join(REPO, "node_modules", ".bin", "secretlint"));
  const noProfiler = path.join(REPO, "bench", "secretlint-noprofiler.mjs");

  const runner = new Runner();
  const tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), "envguard-bench-action-")));
  const out = {
    bench: "action",
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    loadavg: os.loadavg(),
    secretlint: readJson(path.join(REPO, "node_modules", "secretlint", "package.json")).version,
    git: spawnSync("git", ["--version"], { encoding: "utf8" }).stdout.trim(),
    rssMethod: runner.rssMethod,
    action: action.startsWith(`${REPO}/`) ? path.relative(REPO, action) : action,
    build: buildHash(buildDir),
    root,
    seed,
    runs,
    warmups: 1,
    goals: GOALS,
  };
  console.log(
    `envguard Action bench — ${out.action} (build ${out.build}), node ${out.node}, ${out.cpus} CPUs, ` +
      `secretlint ${out.secretlint}, ${out.git}; workloads ${root} (seed ${seed}); ` +
      `1 warm-up + ${runs} interleaved runs; peak RSS by ${runner.rssMethod}`,
  );

  let recallFailed = false;
  try {
    process.stderr.write("  making the scratch clone …");
    const setupStart = process.hrtime.bigint();
    const { clone, base, head, added, environments } = makeClone(root, tmp);
    process.stderr.write(` ${seconds(Number(process.hrtime.bigint() - setupStart) / 1e6)}\n`);
    const changed = git(clone, ["diff", "--name-only", "--no-renames", "--diff-filter=AM", base, head])
      .split("\n")
      .filter((l) => l !== "");
    const listed = readFileSync(path.join(root, "_aux", "bigdiff.changed.txt"), "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "");
    const expectedChanged = new Set([...listed, ...added]);
    if (changed.length !== expectedChanged.size || !changed.every((f) => expectedChanged.has(f)))
      throw new Error(
        `base...new head changes ${changed.length} files, not the ${listed.length} of _aux/bigdiff.changed.txt + ${added.length} added`,
      );
    const eventFile = path.join(tmp, "event.json");
    const payload = {
      action: "synchronize",
      number: 1,
      pull_request: {
        number: 1,
        base: { sha: base, repo: { full_name: REPOSITORY } },
        head: { sha: head, repo: { full_name: REPOSITORY } },
      },
      repository: { full_name: REPOSITORY },
    };
    writeFileSync(eventFile, `${JSON.stringify(payload, null, 2)}\n`);
    const runDir = path.join(tmp, "run");
    const files = freshRunFiles(runDir);
    const actionEnv = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: process.env.HOME ?? tmp,
      "INPUT_FAIL-ON": "never",
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_WORKSPACE: clone,
      GITHUB_SHA: head,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: files.temp,
    };
    if (runner.preload) {
      // Without GNU time, the Runner measures RSS through NODE_OPTIONS, which env -i would drop.
      actionEnv.NODE_OPTIONS = `--require "${runner.preload}"`;
      actionEnv.ENVGUARD_BENCH_RSS_FILE = runner.rssFile;
    }
    const envArgs = Object.entries(actionEnv).map(([k, v]) => `${k}=${v}`);
    const commands = [
      {
        id: "action",
        label: "envguard Action (mode pr)",
        argv: ["/usr/bin/env", "-i", ...envArgs, node, action],
        shown: `env -i PATH HOME INPUT_FAIL-ON=never GITHUB_EVENT_NAME=pull_request GITHUB_EVENT_PATH GITHUB_WORKSPACE GITHUB_SHA=<new head> GITHUB_REPOSITORY GITHUB_OUTPUT GITHUB_STEP_SUMMARY RUNNER_TEMP ${display([node, action])}`,
        before: () => freshRunFiles(runDir),
      },
      {
        id: "floor",
        label: "git diff -U0 base newhead",
        argv: ["sh", "-c", `git diff -U0 ${base} ${head} > /dev/null`],
        shown: `sh -c 'git diff -U0 ${base.slice(0, 12)} ${head.slice(0, 12)} > /dev/null'`,
      },
      { id: "node", label: "node -e 0", argv: [node, "-e", "0"], shown: "node -e 0" },
    ];
    console.log(
      `\npr mode — a pull_request (synchronize) on a checkout of its head: base ${base.slice(0, 12)}...${head.slice(0, 12)}, ` +
        `${changed.length} added or modified files (bigdiff's ${listed.length} + ${added.length} of the config project: ${added.join(", ")}); ` +
        `in ${clone}`,
    );
    for (const c of commands) console.log(`  ${c.id.padEnd(10)} $ ${c.shown}`);

    const samples = Object.fromEntries(commands.map((c) => [c.id, { wallMs: [], rssKiB: [] }]));
    let warm;
    for (let round = 0; round <= runs; round++) {
      for (const cmd of commands) {
        cmd.before?.();
        const result = runner.run(cmd.argv, { cwd: clone });
        if (cmd.id === "action") {
          const got = actionResult(cmd, result, files);
          if (round === 0) {
            warm = { ...got, result };
            for (const line of describeReport(got, result)) console.log(`  action: ${line}`);
            if (result.stderr.trim() !== "")
              console.log(
                `  action stderr (first lines):\n    ${result.stderr.trim().split("\n").slice(0, 5).join("\n    ")}`,
              );
          }
        } else if (result.status !== 0) {
          throw new Error(
            `${cmd.label} exited ${result.status}\n$ ${cmd.shown}\n${result.stderr.slice(0, 4000)}`,
          );
        }
        if (round === 0) continue; // the warm-up round fills the page cache and is not counted
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
        command: cmd.shown,
        ...s,
        medianMs: median(s.wallMs),
        minMs: min(s.wallMs),
        medianRssKiB: median(s.rssKiB),
        maxRssKiB: Math.max(...s.rssKiB),
      };
    }

    // secretlint, once each, on the files the pull request adds or modifies: as shipped and with
    // its profiler a no-op (as bench/scan.mjs does for bigdiff/).
    const once = {};
    let secretlintFindings;
    if (!values["skip-secretlint"]) {
      const rcFile = path.join(tmp, ".secretlintrc.json");
      writeFileSync(rcFile, `${JSON.stringify(SECRETLINT_RC, null, 2)}\n`);
      const slArgv = [node, secretlintBin, "--secretlintrc", rcFile, "--no-color", ...changed];
      const variants = [
        { id: "secretlint", label: `secretlint, ${changed.length} files, once`, argv: slArgv },
        {
          id: "secretlintNoProfiler",
          label: "secretlint, profiler no-op, once",
          argv: [node, "--import", pathToFileURL(noProfiler).href, ...slArgv.slice(1)],
        },
      ];
      for (const v of variants) {
        const shown = `${display(v.argv.slice(0, v.argv.length - changed.length)).replace(`${tmp}/`, "<tmp>/")} <the ${changed.length} changed files>`;
        console.log(`  ${v.id.padEnd(10)} $ ${shown}`);
        process.stderr.write(`  running ${v.label} …`);
        const result = runner.run(v.argv, { cwd: clone });
        process.stderr.write(` ${seconds(result.wallMs)}\n`);
        if (result.status !== 0 && result.status !== 1)
          throw new Error(
            `${v.label} exited ${result.status}\n${result.stderr.slice(0, 4000)}${result.stdout.slice(0, 2000)}`,
          );
        const problems = /✖ (\d+) problems?/.exec(result.stdout);
        console.log(`  ${v.id}: exit ${result.status}: ${problems ? problems[1] : 0} problems`);
        once[v.id] = { label: v.label, command: shown, wallMs: result.wallMs, rssKiB: result.rssKiB };
        if (v.id === "secretlint") secretlintFindings = parseStylish(result.stdout, clone);
      }
    }

    const floor = stats.floor.medianMs;
    const sl = once.secretlint?.wallMs;
    const rows = commands.map((c) => {
      const s = stats[c.id];
      return [
        c.label,
        seconds(s.medianMs),
        seconds(s.minMs),
        times(s.medianMs / floor),
        sl ? times(s.medianMs / sl) : "—",
        mebibytes(s.medianRssKiB),
        mebibytes(s.maxRssKiB),
      ];
    });
    for (const o of Object.values(once))
      rows.push([
        o.label,
        seconds(o.wallMs),
        "(1 run)",
        times(o.wallMs / floor),
        times(o.wallMs / sl),
        mebibytes(o.rssKiB),
        mebibytes(o.rssKiB),
      ]);
    console.log(
      `\n${table(["command", "median wall", "min wall", "÷ git diff", "÷ secretlint", "peak RSS", "max peak RSS"], rows, 1)}`,
    );

    const overFloor = stats.action.medianMs / floor;
    const netOverFloor = (stats.action.medianMs - stats.node.medianMs) / floor;
    const peakMiB = stats.action.maxRssKiB / 1024;
    const speedup = sl ? sl / stats.action.medianMs : undefined;
    const verdict = {
      actionOverGitDiff: overFloor,
      actionMinusNodeOverGitDiff: netOverFloor,
      peakRssMiB: peakMiB,
      secretlintOverAction: speedup,
      secretlintNoProfilerOverAction: once.secretlintNoProfiler
        ? once.secretlintNoProfiler.wallMs / stats.action.medianMs
        : undefined,
      withinGitDiffGoal: overFloor <= GOALS.actionOverGitDiffAtMost,
      withinRssGoal: peakMiB < GOALS.actionPeakRssMiBBelow,
    };
    console.log(
      [
        "",
        `action: pr mode (config check + diff scan) is ${times(overFloor)} git diff ` +
          `(goal ≤ ${times(GOALS.actionOverGitDiffAtMost)}: ${verdict.withinGitDiffGoal ? "met" : "MISSED"}); ` +
          `${times(netOverFloor)} without Node's start-up (median node -e 0 subtracted)`,
        `action: peak RSS ${mebibytes(stats.action.maxRssKiB)} at most over the runs ` +
          `(goal < ${GOALS.actionPeakRssMiBBelow} MiB: ${verdict.withinRssGoal ? "met" : "MISSED"})`,
        speedup === undefined
          ? "action: secretlint skipped (--skip-secretlint)"
          : `action: secretlint as shipped takes ${times(speedup)} as long as the Action` +
            (verdict.secretlintNoProfilerOverAction
              ? `, with its profiler a no-op ${times(verdict.secretlintNoProfilerOverAction)}`
              : ""),
      ].join("\n"),
    );

    // ------------------------------------------------------------------------------------ recall
    const expected = readJson(path.join(root, "_aux", "expected-findings.json")).bigdiff;
    const { report } = warm;
    const cache = new Map();
    const content = (file) => {
      if (!cache.has(file)) {
        const r = spawnSync("git", ["show", `${head}:${file}`], {
          cwd: clone,
          encoding: "utf8",
          maxBuffer: 1 << 28,
        });
        cache.set(file, r.status === 0 ? r.stdout : undefined);
      }
      return cache.get(file);
    };
    // Secret findings (the scan's detectors) apart from the config check's (config/, repo/, …) and
    // the scan's own notes (scan/).
    const isSecret = (f) => f.rule.startsWith("secret/") || f.rule.startsWith("secretlint/");
    const secretFindings = report.findings.filter(isSecret);
    const checkFindings = report.findings.filter((f) => !isSecret(f) && !f.rule.startsWith("scan/"));
    const { results, used } = matchPlanted(expected.inAddedLines, secretFindings, content);
    const forbidden = matchPlanted(expected.inBaseOnly_mustNotReportForDiff, secretFindings, content);
    const found = results.filter((r) => r.found).length;
    const missed = results.filter((r) => !r.found).map((r) => `${r.kind} ${r.file}`);
    const wrong = forbidden.results.filter((r) => r.found).map((r) => `${r.kind} ${r.file}`);
    const countOf = (rows) => {
      const by = {};
      for (const f of rows) by[f.rule] = (by[f.rule] ?? 0) + 1;
      return (
        Object.entries(by)
          .sort((a, b) => b[1] - a[1])
          .map(([r, n]) => `${r} ${n}`)
          .join(", ") || "none"
      );
    };
    console.log(
      `\nrecall — the Action's JSON report (warm-up run): ${found}/${results.length} planted secrets found ` +
        `(${secretFindings.length} secret findings; output secrets=${warm.outputs.secrets})`,
    );
    for (const r of results.filter((x) => !x.found)) console.log(`  MISSED ${r.kind} ${r.file}`);
    console.log(
      `  secrets in base on unchanged lines (must not report, ${forbidden.results.length}): ${wrong.length === 0 ? "none reported" : `REPORTED ${wrong.join(", ")}`}`,
    );
    const changedSet = new Set(changed);
    const outside = secretFindings.filter((f) => !changedSet.has(f.file));
    if (outside.length > 0)
      console.log(
        `  ${outside.length} SECRET FINDINGS OUTSIDE THE CHANGED FILES, e.g. ${outside
          .slice(0, 3)
          .map((f) => `${f.rule} ${f.file}`)
          .join("; ")}`,
      );
    const other = secretFindings.filter((f) => !used.has(f) && !forbidden.used.has(f));
    if (other.length > 0)
      console.log(`  ${other.length} other secret findings on lines with nothing planted: ${countOf(other)}`);
    if (Number(warm.outputs.secrets) !== secretFindings.length)
      console.log(
        `  NOTE: output secrets=${warm.outputs.secrets} but the report has ${secretFindings.length} secret findings`,
      );
    const envNames = (report.environments ?? []).map((e) => e.name);
    const configRan = envNames.length > 0;
    const allEnvs = environments.every((e) => envNames.includes(e));
    console.log(
      `  config check: ${configRan ? `ran on ${envNames.length} environments (${(report.environments ?? []).map((e) => `${e.name} ${e.status}`).join(", ")})` : "DID NOT RUN (report.environments is empty)"}` +
        `${configRan && !allEnvs ? `; MISSING ${environments.filter((e) => !envNames.includes(e)).join(", ")}` : ""}; ` +
        `its findings: ${countOf(checkFindings)}`,
    );
    if (secretlintFindings) {
      const sl = matchPlanted(expected.inAddedLines, secretlintFindings, content).results;
      const slMissed = sl.filter((r) => !r.found).map((r) => `${r.kind} ${r.file}`);
      console.log(
        `  for comparison, secretlint (whole files): ${sl.length - slMissed.length}/${sl.length} planted found` +
          `${slMissed.length ? `; missed ${slMissed.join(", ")}` : ""}; ${secretlintFindings.length} problems in all`,
      );
    }
    recallFailed = missed.length > 0 || wrong.length > 0 || !configRan || !allEnvs;
    console.log(
      `\nrecall: ${recallFailed ? "planted secrets missed, base secrets reported or the config check missing (see above)" : "every planted secret found, no base secret reported, config check ran on every environment"}` +
        `${recallFailed ? (values.strict ? " — failing (--strict)" : " — not failing the bench (use --strict)") : ""}`,
    );

    Object.assign(out, {
      pullRequest: { base, head, changedFiles: changed.length, addedConfigFiles: added },
      commands: stats,
      once,
      verdict,
      warmup: {
        exit: warm.result.status,
        summary: report.summary,
        environments: report.environments,
        compared: report.compared,
        scan: report.scan && { files: report.scan.files, bytes: report.scan.bytes },
        outputs: warm.outputs,
        stderr: warm.result.stderr.slice(0, 2000),
      },
      recall: {
        found,
        planted: results.length,
        missed,
        wronglyReported: wrong,
        otherFindings: other.length,
        configCheckRan: configRan,
        environments: envNames,
      },
    });
  } finally {
    runner.dispose();
    rmSync(tmp, { recursive: true, force: true });
  }
  if (buildHash(buildDir) !== out.build) {
    out.buildChangedDuringRun = true;
    console.log(`\nWARNING: ${buildDir} changed during the run; the figures mix two builds.`);
  }
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`\nfigures written to ${values.json}`);
  }
  out.failed = values.strict && recallFailed;
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main()
    .then((out) => process.exit(out.failed ? 1 : 0))
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(2);
    });
}

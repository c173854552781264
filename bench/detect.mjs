#!/usr/bin/env node
// `npm run bench:detect`: scores the detector on the labelled corpus (test/corpus/corpus.jsonl):
// per rule, positives, found (recall), false positives on the negatives (rate), precision; then
// the totals, and the aims (recall ≥ 95% for every provider rule, false-positive rate ≤ 1%).
//
//   npm run bench:detect [-- --strict] [--misses] [--json out.json]
//
// --strict   exit 1 when a rule (or the total) misses an aim; without it the misses are listed
//            and the exit code is 0
// --misses   also list every missed positive and every flagged negative by corpus id
// --json     write the whole score to a file
//
// The detector and rules are TypeScript sources, not part of the built library's API, and Node 20
// runs no TypeScript: the scorer (test/corpus/score.ts) is bundled with @vercel/ncc — the bundler
// the build already uses — into a temporary folder and imported from there.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    strict: { type: "boolean", default: false },
    misses: { type: "boolean", default: false },
    json: { type: "string" },
  },
});

const corpus = path.join(root, "test", "corpus", "corpus.jsonl");
if (!existsSync(corpus)) {
  console.error("test/corpus/corpus.jsonl is missing: run node test/corpus/generate.mjs");
  process.exit(2);
}

const out = mkdtempSync(path.join(os.tmpdir(), "envguard-bench-detect-"));
try {
  const ncc = path.join(root, "node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");
  const started = performance.now();
  execFileSync(
    process.execPath,
    [ncc, "build", "test/corpus/score.ts", "-o", out, "--target", "es2022", "-t", "-q"],
    {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const entry = readdirSync(out).find((f) => /^index\.m?js$/.test(f));
  if (!entry) throw new Error(`ncc wrote no index.js to ${out}`);
  const bundled = ((performance.now() - started) / 1000).toFixed(1);

  const { loadCorpus, scoreCorpus, formatScore, percent, AIMS } = await import(
    pathToFileURL(path.join(out, entry)).href
  );
  const entries = loadCorpus(corpus);
  const t0 = performance.now();
  const score = await scoreCorpus(entries);
  const seconds = ((performance.now() - t0) / 1000).toFixed(2);

  const positives = entries.filter((e) => e.label === "positive").length;
  console.log(
    `corpus: ${entries.length} entries (${positives} positive, ${entries.length - positives} negative); ` +
      `scored in ${seconds} s (bundled in ${bundled} s)\n`,
  );
  console.log(formatScore(score));
  console.log(
    `\naims: recall ≥ ${percent(AIMS.recall)} for every provider rule (and in total), ` +
      `false-positive rate ≤ ${percent(AIMS.fpRate)} for every rule (and in total)`,
  );
  if (values.misses) {
    console.log("\nmissed positives:");
    for (const m of score.misses)
      console.log(`  ${m.id}  (${m.rule}; reported: ${m.reported.join(", ") || "nothing"})`);
    console.log("\nflagged negatives:");
    for (const f of score.falsePositives) console.log(`  ${f.id}  [${f.kind}] ${f.rules.join(", ")}`);
  }
  if (values.json) writeFileSync(values.json, `${JSON.stringify(score, null, 2)}\n`);
  if (score.failures.length === 0) {
    console.log("every aim met");
  } else {
    console.log(`\n${score.failures.length} aim(s) missed:`);
    for (const f of score.failures) console.log(`  ✗ ${f}`);
    if (values.strict) process.exitCode = 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

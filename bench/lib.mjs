// Shared by the benches: where the repository and the workloads are, making sure the workloads exist,
// running one command with its wall time and peak RSS, and the small statistics the tables print.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (bench/ is directly under it). */
export const REPO = fileURLToPath(new URL("..", import.meta.url)).replace(/\/$/, "");

/** The generator's own default; `ENVGUARD_PERF_ROOT` or `--root` choose another folder. */
export const DEFAULT_ROOT = process.env.ENVGUARD_PERF_ROOT || "/tmp/envguard-perf";

/** shared/ sits beside the repository: /work/shared here, a copy beside the clone in CI. */
export function generatorScript() {
  return process.env.ENVGUARD_WORKLOADS_SCRIPT || path.resolve(REPO, "../shared/bench/make-workloads.mjs");
}

/** The seed the generator would use now: SEED from the environment, else its default (read from it). */
function expectedSeed(script) {
  if (process.env.SEED) return Number(process.env.SEED) >>> 0;
  const text = existsSync(script) ? readFileSync(script, "utf8") : "";
  const found = /process\.env\.SEED\s*\|\|\s*(\d+)/.exec(text);
  return Number(found ? found[1] : 20261127) >>> 0;
}

/**
 * Reuses the workloads under `root` when `_aux/sizes.json` there has the expected seed and the folders
 * the caller needs exist; otherwise runs the generator (which empties `root` first: 25–75 s, ~0.7 GB).
 */
export function ensureWorkloads(root, needed = []) {
  const script = generatorScript();
  const seed = expectedSeed(script);
  const sizesFile = path.join(root, "_aux", "sizes.json");
  const present = () => {
    try {
      const sizes = JSON.parse(readFileSync(sizesFile, "utf8"));
      return sizes.seed === seed && needed.every((name) => existsSync(path.join(root, name)));
    } catch {
      return false;
    }
  };
  if (present()) return { root, seed, generated: false };
  if (!existsSync(script)) {
    throw new Error(
      `No workloads with seed ${seed} in ${root}, and the generator ${script} is missing ` +
        "(set ENVGUARD_WORKLOADS_SCRIPT to its path).",
    );
  }
  console.error(`generating workloads in ${root} (seed ${seed}) with ${path.relative(REPO, script)} …`);
  const run = spawnSync(process.execPath, [script, root], { cwd: REPO, stdio: "inherit" });
  if (run.status !== 0 || !present()) throw new Error(`the workload generator failed (exit ${run.status})`);
  return { root, seed, generated: true };
}

/**
 * A short hash of a build: a built folder (e.g. dist/action) or a list of folders and files (the
 * CLI is dist/cli.cjs, dist/cli/ and dist/hook/), to tell which build a run measured.
 */
export function buildHash(paths) {
  const hash = createHash("sha256");
  for (const p of [paths].flat()) {
    const names = statSync(p).isDirectory() ? readdirSync(p).sort() : [""];
    for (const name of names) {
      hash.update(path.join(path.basename(p), name));
      hash.update(readFileSync(path.join(p, name)));
    }
  }
  return hash.digest("hex").slice(0, 12);
}

/** What runs for `node <cli>`: the launcher, the ESM CLI it loads and the hook's engine. */
export function cliBuild(cli) {
  const dist = path.dirname(cli);
  return [cli, path.join(dist, "cli"), path.join(dist, "hook")].filter((p) => existsSync(p));
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
export const min = (xs) => Math.min(...xs);

/** One measurer for every command of a run, so they all carry the same wrapper overhead. */
export class Runner {
  constructor() {
    this.tmp = mkdtempSync(path.join(os.tmpdir(), "envguard-bench-"));
    this.rssFile = path.join(this.tmp, "rss");
    // GNU time (`-f %M`: peak RSS in KiB) when present; otherwise a preload in every (Node) child
    // that writes process.resourceUsage().maxRSS, also KiB, when it exits.
    const probe = spawnSync("/usr/bin/time", ["-f", "%M", "-o", "/dev/null", "true"]);
    this.rssMethod = probe.status === 0 ? "/usr/bin/time -f %M" : "process.resourceUsage().maxRSS";
    if (probe.status !== 0) {
      this.preload = path.join(this.tmp, "rss-probe.cjs");
      writeFileSync(
        this.preload,
        'process.on("exit", () => require("node:fs").writeFileSync(process.env.ENVGUARD_BENCH_RSS_FILE, ' +
          "String(process.resourceUsage().maxRSS)));\n",
      );
    }
  }

  /** Runs `argv` to completion: wall time (ms) around spawnSync, exit status, output, peak RSS (KiB). */
  run(argv, { cwd = REPO, env: extraEnv = {} } = {}) {
    rmSync(this.rssFile, { force: true });
    let command = argv;
    const env = { ...process.env, ...extraEnv };
    if (this.preload) {
      env.ENVGUARD_BENCH_RSS_FILE = this.rssFile;
      env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --require "${this.preload}"`.trim();
    } else {
      command = ["/usr/bin/time", "-f", "%M", "-o", this.rssFile, ...argv];
    }
    const start = process.hrtime.bigint();
    const result = spawnSync(command[0], command.slice(1), {
      cwd,
      env,
      encoding: "utf8",
      maxBuffer: 1 << 28,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.error) throw result.error;
    let rssKiB = Number.NaN;
    try {
      // GNU time writes "Command exited with non-zero status N" before the figure.
      const lines = readFileSync(this.rssFile, "utf8").trim().split("\n");
      rssKiB = Number(lines[lines.length - 1]);
    } catch {}
    return { wallMs, status: result.status, stdout: result.stdout, stderr: result.stderr, rssKiB };
  }

  dispose() {
    rmSync(this.tmp, { recursive: true, force: true });
  }
}

export const seconds = (ms) => `${(ms / 1000).toFixed(3)} s`;
export const mebibytes = (kib) => (Number.isFinite(kib) ? `${(kib / 1024).toFixed(0)} MiB` : "n/a");
export const times = (x) => `${x.toFixed(2)}×`;

/** Plain text table: the first `left` columns left-aligned, the rest right-aligned. */
export function table(header, rows, left = 1) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells.map((c, i) => (i < left ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

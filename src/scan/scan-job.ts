import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Policy } from "../config/policy.js";
import type { LoadedSchema } from "../config/schema.js";
import { type Finding, makeFinding } from "../report/finding.js";
import { type Baseline, parseBaseline } from "./baseline.js";
import { ruleCatalogue } from "./catalogue.js";
import { Detector } from "./detect.js";
import type { ScanStats } from "./fragment.js";
import { CONTENT_RULES } from "./rules/index.js";
import { detectSensitiveFile, SENSITIVE_FILE_RULES } from "./rules/sensitive-files.js";
import { type RuleInfo, type ScanResult, scanFragments } from "./scan.js";
import { openSource, type ScanTarget, SourceError } from "./sources/open-source.js";

export interface ScanJobOptions {
  /** Absolute project root. */
  root: string;
  policy: Policy;
  target: ScanTarget;
  /** The baseline file (relative to the policy root), or false for none; default: the policy's. */
  baseline?: string | false | undefined;
  /** Where the baseline is read from, when not the project root (the Action reads it from the base branch). */
  baselineRoot?: string | undefined;
  progress?: ((done: number, total: number) => void) | undefined;
  /**
   * Run the schema-aware rule (secrets written as literals in config layers); default true. The
   * pre-commit hook turns it off: it runs `check` on every commit that touches a config layer,
   * which reports the same literals with their environment.
   */
  schemaAware?: boolean;
}

export interface ScanJobResult {
  /** Secret findings, then stale baseline entries and unreadable files. */
  findings: Finding[];
  stats: ScanStats;
  /** One line: files and bytes scanned, what was skipped, suppressed and baselined. */
  summary: string;
  rules: RuleInfo[];
  /** Files that could not be read: the scan is incomplete and must not pass. */
  unreadable: number;
  /** The raw matches kept, for `--update-baseline` only: never rendered. */
  accepted: ScanResult["accepted"];
  suppressed: number;
  baselined: number;
  ignoredPaths: number;
}

function formatBytes(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} kB`;
  return `${n} B`;
}

/** `scanned 6 files (88.0 kB); skipped 2 (binary 1, too-large 1)`. */
function describeStats(
  stats: ScanStats,
  extra: { suppressed: number; baselined: number; ignoredPaths: number },
): string {
  const reasons = new Map<string, number>();
  for (const s of stats.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  const skipped = stats.skipped.length
    ? `; skipped ${stats.skipped.length} (${[...reasons].map(([r, n]) => `${r} ${n}`).join(", ")})`
    : "";
  const quiet = [
    extra.suppressed ? `${extra.suppressed} suppressed inline` : "",
    extra.baselined ? `${extra.baselined} in the baseline` : "",
    extra.ignoredPaths ? `${extra.ignoredPaths} ignored by scan.ignorePaths` : "",
  ].filter(Boolean);
  return `scanned ${stats.files} file${stats.files === 1 ? "" : "s"} (${formatBytes(stats.bytes)})${skipped}${quiet.length ? `; ${quiet.join(", ")}` : ""}`;
}

/** The scan's statistics as the JSON reports (the CLI's and the Action's) carry them. */
export function scanReport(job: ScanJobResult) {
  return {
    files: job.stats.files,
    bytes: job.stats.bytes,
    skipped: job.stats.skipped,
    suppressed: job.suppressed,
    baselined: job.baselined,
    ignoredPaths: job.ignoredPaths,
  };
}

/** Reads a baseline file; undefined when it does not exist, a SourceError when it is unusable. */
export function loadBaseline(root: string, file: string): Baseline | undefined {
  const full = path.resolve(root, file);
  if (!existsSync(full)) return undefined;
  const parsed = parseBaseline(readFileSync(full, "utf8"));
  if (!parsed.ok) {
    throw new SourceError(`${file} cannot be used as a baseline: ${parsed.problem}`, {
      fix: "correct it, or delete it and run envguard scan --update-baseline",
    });
  }
  return parsed.baseline;
}

/**
 * The schema, when the project has one: the schema-aware rule needs it; a scan works without.
 * Imported on first need, so a scan of a change that touches no config never loads ajv.
 */
async function loadSchemaQuietly(root: string, policy: Policy): Promise<LoadedSchema | undefined> {
  if (!existsSync(path.resolve(root, policy.schema))) return undefined;
  const { loadSchema } = await import("../config/project.js");
  return loadSchema(root, policy);
}

/**
 * One scan, as every door runs it: open the source, run the rules, apply suppressions and the
 * baseline, and add findings for stale baseline entries and files that could not be read.
 * Throws SourceError (or PolicyError) when the scan cannot run at all.
 */
export async function runScanJob(options: ScanJobOptions): Promise<ScanJobResult> {
  const { root, policy, target } = options;
  const baselineFile = options.baseline === false ? undefined : (options.baseline ?? policy.scan.baseline);
  const baseline = baselineFile ? loadBaseline(options.baselineRoot ?? root, baselineFile) : undefined;
  let schema: Promise<LoadedSchema | undefined> | undefined;
  const lazySchema = () => {
    schema ??= loadSchemaQuietly(root, policy);
    return schema;
  };
  const source = await openSource(root, target, policy, options.progress);
  const rules = ruleCatalogue(SENSITIVE_FILE_RULES);
  const result = await scanFragments(source.fragments, {
    policy,
    detector: new Detector(CONTENT_RULES),
    rules,
    fileRule: (fragment) => detectSensitiveFile(fragment, policy.scan.allowedDotenvSuffixes),
    schema: options.schemaAware === false ? undefined : lazySchema,
    readFullText: source.readFullText,
    baseline,
    reportStale: target.kind === "tree",
  });
  const stats = source.stats();
  const unreadable = stats.skipped.filter((s) => s.reason === "unreadable");
  const findings: Finding[] = [...result.findings];
  for (const e of result.stale) {
    findings.push(
      makeFinding({
        rule: "baseline/stale",
        severity: "note",
        file: e.path,
        message: `${baselineFile} has an entry for ${e.rule} in ${e.path} that matches nothing any more.`,
        fix: "Run envguard scan --update-baseline to drop it.",
      }),
    );
  }
  for (const u of unreadable) {
    findings.push(
      makeFinding({
        rule: "scan/unreadable",
        severity: "error",
        file: u.path,
        message: `${u.path} could not be read, so it was not scanned.`,
        fix: "Make it readable, or list it under scan.ignorePaths in .envguard.yml.",
      }),
    );
  }
  return {
    findings,
    stats,
    summary: describeStats(stats, result),
    rules: [...rules.values()],
    unreadable: unreadable.length,
    accepted: result.accepted,
    suppressed: result.suppressed,
    baselined: result.baselined,
    ignoredPaths: result.ignoredPaths,
  };
}

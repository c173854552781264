import type { Policy, RuleSetting } from "../config/policy.js";
import type { LoadedSchema } from "../config/schema.js";
import { type Finding, makeFinding, type Severity } from "../report/finding.js";
import { maskSecret } from "../report/mask.js";
import { sha256Hex } from "../report/sha256.js";
import { type Baseline, type BaselineEntry, entryKey, secretHash } from "./baseline.js";
import type { Detector, RawMatch } from "./detect.js";
import type { Fragment } from "./fragment.js";
import { layerOf } from "./schema-aware.js";
import { inlineAllows, pathIgnorer } from "./suppress.js";

/** What a person is told about a rule's findings. */
export interface RuleInfo {
  id: string;
  title: string;
  description: string;
  fix: string;
  severity: Severity;
}

export interface ScanOptions {
  policy: Policy;
  detector: Detector;
  rules: ReadonlyMap<string, RuleInfo>;
  /** File-level rules (a `.env`, a private key file): blocked whatever the content. */
  fileRule?: (fragment: Fragment) => { rule: string; message: string; fix: string } | undefined;
  /**
   * For the schema-aware rule: the project's schema, loaded on first need (a change that touches
   * no config file never compiles it), and a way to read a config layer whole.
   */
  schema?: (() => Promise<LoadedSchema | undefined>) | undefined;
  readFullText?: ((fragment: Fragment) => Promise<string | undefined>) | undefined;
  baseline?: Baseline | undefined;
  /** A whole-tree scan: baseline entries for scanned paths that matched nothing are stale. */
  reportStale?: boolean;
}

export interface ScanResult {
  findings: Finding[];
  /** The raw matches kept, for `--update-baseline` only: never rendered. */
  accepted: { rule: string; path: string; secret?: string }[];
  suppressed: number;
  baselined: number;
  stale: BaselineEntry[];
  ignoredPaths: number;
}

/** Never the secret itself: rule, path and a hash of the secret, so edits elsewhere keep it stable. */
function secretFingerprint(rule: string, path: string, secret: string | undefined): string[] {
  const digest = secret === undefined ? "" : sha256Hex(`envguard\u0000${secret}`);
  return [rule, path, digest];
}

/**
 * Runs every rule over the fragments a source yields and turns matches into findings: masked,
 * suppressed inline or by the baseline, disabled or re-graded by the policy.
 */
export async function scanFragments(
  fragments: AsyncIterable<Fragment>,
  options: ScanOptions,
): Promise<ScanResult> {
  const { policy, detector, rules, baseline } = options;
  const ignored = pathIgnorer(policy.scan.ignorePaths);
  const baselineKeys = new Map((baseline?.entries ?? []).map((e) => [entryKey(e), e]));
  const usedEntries = new Set<string>();
  const scannedPaths = new Set<string>();
  const result: ScanResult = {
    findings: [],
    accepted: [],
    suppressed: 0,
    baselined: 0,
    stale: [],
    ignoredPaths: 0,
  };
  const setting = (rule: string): RuleSetting | undefined => policy.rules[rule];

  for await (const fragment of fragments) {
    if (ignored(fragment.path)) {
      result.ignoredPaths++;
      continue;
    }
    scannedPaths.add(fragment.path);
    // Split into lines only when a match needs its line checked for an inline allow.
    let lines: string[] | undefined;
    const lineText = (n: number) => {
      lines ??= fragment.text.split("\n");
      return lines[n - 1] ?? "";
    };
    const matches: RawMatch[] = [];
    const fileHit = options.fileRule?.(fragment);
    if (fileHit) matches.push({ rule: fileHit.rule });
    matches.push(...(await detector.detect(fragment)));
    const schema =
      options.schema && !fragment.skipped && layerOf(fragment.path, policy) !== undefined
        ? await options.schema()
        : undefined;
    if (schema) {
      const full = fragment.lineNumbers ? await options.readFullText?.(fragment) : fragment.text;
      if (full !== undefined) {
        // Loaded with the schema, on the first config layer: it parses YAML and JSON.
        const { detectSecretLiterals } = await import("./secret-literals.js");
        matches.push(...detectSecretLiterals(fragment, full, schema, policy));
      }
    }
    for (const match of matches) {
      const configured = setting(match.rule);
      if (configured === "off") continue;
      if (match.textLine !== undefined && inlineAllows(lineText(match.textLine), match.rule)) {
        result.suppressed++;
        continue;
      }
      if (baseline) {
        const key = entryKey({
          rule: match.rule,
          path: fragment.path,
          secretHash: secretHash(baseline, match.secret),
        });
        if (baselineKeys.has(key)) {
          usedEntries.add(key);
          result.baselined++;
          continue;
        }
      }
      const info = rules.get(match.rule);
      const title = info?.title ?? match.rule;
      result.accepted.push({ rule: match.rule, path: fragment.path, secret: match.secret });
      result.findings.push(
        makeFinding({
          rule: match.rule,
          severity: configured ?? info?.severity ?? "error",
          file: fragment.path,
          line: match.line,
          column: match.column,
          endLine: match.endLine,
          endColumn: match.endColumn,
          match: match.secret === undefined ? undefined : maskSecret(match.secret),
          message:
            match.secret === undefined
              ? (fileHit?.message ?? `${title}.`)
              : `${title} in ${fragment.commit ? "a line this commit added" : fragment.lineNumbers ? "an added line" : "this file"}.`,
          fix: match.secret === undefined ? fileHit?.fix : info?.fix,
          commit: fragment.commit?.sha,
          author: fragment.commit ? `${fragment.commit.author} <${fragment.commit.email}>` : undefined,
          date: fragment.commit?.date,
          fingerprintParts: secretFingerprint(match.rule, fragment.path, match.secret),
        }),
      );
    }
  }
  if (baseline && options.reportStale) {
    result.stale = baseline.entries.filter((e) => scannedPaths.has(e.path) && !usedEntries.has(entryKey(e)));
  }
  return result;
}

import { readFileSync } from "node:fs";
import { Detector } from "../../src/scan/detect.js";
import { CONTENT_RULES } from "../../src/scan/rules/index.js";
import type { EnvguardRule } from "../../src/scan/rules/rule.js";
import type { CorpusEntry } from "./generate.mjs";

// Scores a Detector on the labelled corpus (test/corpus/corpus.jsonl): per rule, how many of its
// positives it finds (recall), how many negatives it fires on (false-positive rate), and its
// precision. Used by test/scan/rules/corpus.test.ts and by bench/detect.mjs.

export type { CorpusEntry };

/** The aims: every provider rule finds ≥ 95% of its positives; no rule fires on > 1% of negatives. */
export const AIMS = { recall: 0.95, fpRate: 0.01 } as const;

export interface RuleScore {
  rule: string;
  /** provider (envguard's), preset (secretlint's), generic. */
  group: "provider" | "preset" | "generic";
  /** Positives labelled with this rule. */
  positives: number;
  /** Of those, found by this rule (or a rule the entry lists in `also`). */
  found: number;
  /** Of those, not found by it but reported by another rule. */
  other: number;
  /** Negatives this rule fired on. */
  falsePositives: number;
  /** Positives labelled with another rule on which this rule reported something else. */
  wrong: number;
  /** found / positives; undefined without positives. */
  recall?: number;
  /** falsePositives / negatives. */
  fpRate: number;
  /** found / (found + falsePositives + wrong); undefined when it reported nothing. */
  precision?: number;
  /** Misses of the aims, in words; empty when it meets them. */
  failures: string[];
}

export interface CorpusScore {
  rules: RuleScore[];
  totals: {
    positives: number;
    found: number;
    /** Positives some rule reported, though not the expected one. */
    other: number;
    recall: number;
    negatives: number;
    /** Negatives on which any rule reported anything. */
    negativesFlagged: number;
    fpRate: number;
    precision: number;
  };
  /** Positives the expected rule missed, with what was reported instead. */
  misses: { id: string; rule: string; reported: string[] }[];
  /** Negatives something reported on. */
  falsePositives: { id: string; kind: string; rules: string[] }[];
  /** Labels in the corpus that name no loaded rule. */
  unknownRules: string[];
  failures: string[];
}

export function parseCorpus(text: string): CorpusEntry[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as CorpusEntry);
}

export function loadCorpus(file: string): CorpusEntry[] {
  return parseCorpus(readFileSync(file, "utf8"));
}

function groupOf(rule: string): RuleScore["group"] {
  if (rule.startsWith("secretlint/")) return "preset";
  return rule.includes("generic") ? "generic" : "provider";
}

/** Runs every entry through a Detector with `rules` (by default every content rule) and scores it. */
export async function scoreCorpus(
  entries: readonly CorpusEntry[],
  rules: readonly EnvguardRule[] = CONTENT_RULES,
): Promise<CorpusScore> {
  const detector = new Detector(rules);
  const loaded = new Set(rules.map((r) => r.id));
  const stats = new Map<string, RuleScore>();
  const stat = (rule: string): RuleScore => {
    let s = stats.get(rule);
    if (!s) {
      s = {
        rule,
        group: groupOf(rule),
        positives: 0,
        found: 0,
        other: 0,
        falsePositives: 0,
        wrong: 0,
        fpRate: 0,
        failures: [],
      };
      stats.set(rule, s);
    }
    return s;
  };
  for (const r of rules) if (r.id !== "secretlint/filter-comments") stat(r.id);

  const misses: CorpusScore["misses"] = [];
  const falsePositives: CorpusScore["falsePositives"] = [];
  const unknown = new Set<string>();
  let positives = 0;
  let found = 0;
  let other = 0;
  let negatives = 0;
  let flagged = 0;
  let fpFindings = 0;
  let wrongFindings = 0;

  for (const entry of entries) {
    const matches = await detector.detect({
      path: entry.path,
      text: entry.text,
      bytes: Buffer.byteLength(entry.text),
    });
    const reported = [...new Set(matches.map((m) => m.rule))];
    if (entry.label === "positive") {
      const expected = entry.rule ?? "";
      if (!loaded.has(expected)) {
        unknown.add(expected);
        continue;
      }
      const accepted = new Set([expected, ...(entry.also ?? [])]);
      const s = stat(expected);
      s.positives++;
      positives++;
      if (reported.some((r) => accepted.has(r))) {
        s.found++;
        found++;
      } else {
        misses.push({ id: entry.id, rule: expected, reported });
        if (reported.length > 0) {
          s.other++;
          other++;
        }
      }
      for (const r of reported) {
        if (accepted.has(r)) continue;
        stat(r).wrong++;
        wrongFindings++;
      }
    } else {
      negatives++;
      if (reported.length > 0) {
        flagged++;
        falsePositives.push({ id: entry.id, kind: entry.kind ?? "", rules: reported });
      }
      for (const r of reported) {
        stat(r).falsePositives++;
        fpFindings++;
      }
    }
  }

  const failures: string[] = [];
  const scores = [...stats.values()];
  for (const s of scores) {
    s.recall = s.positives > 0 ? s.found / s.positives : undefined;
    s.fpRate = negatives > 0 ? s.falsePositives / negatives : 0;
    const reports = s.found + s.falsePositives + s.wrong;
    s.precision = reports > 0 ? s.found / reports : undefined;
    if (s.group !== "generic" && s.recall !== undefined && s.recall < AIMS.recall) {
      s.failures.push(`recall ${percent(s.recall)} < ${percent(AIMS.recall)}`);
    }
    if (s.fpRate > AIMS.fpRate)
      s.failures.push(`false-positive rate ${percent(s.fpRate)} > ${percent(AIMS.fpRate)}`);
    for (const f of s.failures) failures.push(`${s.rule}: ${f}`);
  }
  const recall = positives > 0 ? found / positives : 0;
  const fpRate = negatives > 0 ? flagged / negatives : 0;
  if (recall < AIMS.recall) failures.push(`total recall ${percent(recall)} < ${percent(AIMS.recall)}`);
  if (fpRate > AIMS.fpRate)
    failures.push(`total false-positive rate ${percent(fpRate)} > ${percent(AIMS.fpRate)}`);
  if (unknown.size > 0)
    failures.push(`corpus labels name rules that are not loaded: ${[...unknown].join(", ")}`);

  const order = { provider: 0, preset: 1, generic: 2 };
  scores.sort((a, b) => order[a.group] - order[b.group] || a.rule.localeCompare(b.rule));
  const reportsTotal = found + fpFindings + wrongFindings;
  return {
    rules: scores,
    totals: {
      positives,
      found,
      other,
      recall,
      negatives,
      negativesFlagged: flagged,
      fpRate,
      precision: reportsTotal > 0 ? found / reportsTotal : 1,
    },
    misses,
    falsePositives,
    unknownRules: [...unknown],
    failures,
  };
}

export function percent(x: number | undefined): string {
  return x === undefined ? "-" : `${(x * 100).toFixed(1)}%`;
}

/** The per-rule table and the totals, as plain text. */
export function formatScore(score: CorpusScore): string {
  const head = ["rule", "positives", "found", "recall", "other", "FP", "FP rate", "wrong", "precision", ""];
  const rows = score.rules.map((s) => [
    s.rule,
    String(s.positives),
    String(s.found),
    percent(s.recall),
    String(s.other),
    String(s.falsePositives),
    percent(s.fpRate),
    String(s.wrong),
    percent(s.precision),
    s.failures.length > 0 ? "✗" : "",
  ]);
  const t = score.totals;
  const total = [
    "total",
    String(t.positives),
    String(t.found),
    percent(t.recall),
    String(t.other),
    String(t.negativesFlagged),
    percent(t.fpRate),
    "",
    percent(t.precision),
    score.failures.some((f) => f.startsWith("total")) ? "✗" : "",
  ];
  const all = [head, ...rows, total];
  const widths = head.map((_, i) => Math.max(...all.map((row) => (row[i] ?? "").length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(head), rule, ...rows.map(line), rule, line(total)].join("\n");
}

import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { CONTENT_RULES } from "../../../src/scan/rules/index.js";
import { CORPUS_PATH, generateCorpus, serialize } from "../../corpus/generate.mjs";
import {
  AIMS,
  type CorpusScore,
  formatScore,
  parseCorpus,
  percent,
  scoreCorpus,
} from "../../corpus/score.js";

// The labelled corpus (test/corpus/corpus.jsonl) run through a Detector with every content rule:
// CI fails when detection falls below the aims. `npm run bench:detect` prints the per-rule table.

const text = readFileSync(CORPUS_PATH, "utf8");
const entries = parseCorpus(text);
const positives = entries.filter((e) => e.label === "positive");
const negatives = entries.filter((e) => e.label === "negative");

describe("the detection corpus", () => {
  it("is what test/corpus/generate.mjs writes (run it after changing the generator)", () => {
    expect(serialize(generateCorpus()) === text).toBe(true);
  });

  it("has hundreds of positives in every syntax, at least as many hard negatives, and stays small", () => {
    expect(Buffer.byteLength(text)).toBeLessThan(1_000_000);
    expect(positives.length).toBeGreaterThanOrEqual(300);
    expect(negatives.length).toBeGreaterThanOrEqual(positives.length);
    const syntaxes = new Set(positives.map((e) => e.syntax));
    for (const s of ["env", "json", "yaml", "ts", "py", "sh"]) expect(syntaxes, s).toContain(s);
    const kinds = new Set(negatives.map((e) => e.kind));
    for (const k of [
      "placeholder",
      "placeholder-prefix",
      "hash",
      "uuid",
      "integrity",
      "example-key",
      "base64-image",
      "minified",
      "version",
    ]) {
      expect(kinds, k).toContain(k);
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it("labels positives for every provider and preset rule, and only rules that exist", () => {
    const ids = new Set(CONTENT_RULES.map((r) => r.id));
    const labelled = new Map<string, number>();
    for (const e of positives) {
      expect(ids, `${e.id} is labelled ${e.rule}`).toContain(e.rule);
      for (const r of [e.rule ?? "", ...(e.also ?? [])]) labelled.set(r, (labelled.get(r) ?? 0) + 1);
    }
    const reporting = CONTENT_RULES.filter(
      (r) => !r.id.includes("generic") && r.id !== "secretlint/filter-comments",
    );
    for (const r of reporting) expect(labelled.get(r.id) ?? 0, r.id).toBeGreaterThanOrEqual(6);
  });
});

describe("detection on the corpus, with every content rule", () => {
  let score: CorpusScore;
  beforeAll(async () => {
    score = await scoreCorpus(entries, CONTENT_RULES);
  });

  it(`finds ≥ ${percent(AIMS.recall)} of the positives with the expected rule`, () => {
    const why = `${formatScore(score)}\n\nmissed:\n${score.misses.map((m) => `  ${m.id} (reported: ${m.reported.join(", ") || "nothing"})`).join("\n")}`;
    expect(score.unknownRules, why).toEqual([]);
    expect(score.totals.recall, why).toBeGreaterThanOrEqual(AIMS.recall);
  });

  it(`flags ≤ ${percent(AIMS.fpRate)} of the hard negatives`, () => {
    const why = `${formatScore(score)}\n\nflagged negatives:\n${score.falsePositives.map((f) => `  ${f.id} [${f.kind}] ${f.rules.join(", ")}`).join("\n")}`;
    expect(score.totals.fpRate, why).toBeLessThanOrEqual(AIMS.fpRate);
  });
});

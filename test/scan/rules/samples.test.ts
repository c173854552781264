import { describe, expect, it } from "vitest";
import { Detector } from "../../../src/scan/detect.js";
import { CONTENT_RULES } from "../../../src/scan/rules/index.js";

/** `a «secret» b` → the text without markers, and the marked secret. */
function unmark(sample: string): { text: string; secret?: string } {
  const start = sample.indexOf("«");
  const end = sample.indexOf("»");
  if (start < 0 || end < start) return { text: sample };
  return {
    text: sample.slice(0, start) + sample.slice(start + 1, end) + sample.slice(end + 1),
    secret: sample.slice(start + 1, end),
  };
}

/** Every rule's own samples: each true positive is found, no near miss fires (gitleaks' discipline). */
// gcp reads service-account key files, so its samples are JSON files.
const pathFor = (id: string) => (id === "secretlint/gcp" ? "sample.json" : "sample.txt");

// filter-comments reports nothing itself: it withdraws other rules' findings (tested in preset-keywords).
const reporting = CONTENT_RULES.filter((r) => r.id !== "secretlint/filter-comments");

describe.each(reporting.map((r) => [r.id, r] as const))("%s", (_id, rule) => {
  const alone = new Detector([rule]);
  const path = pathFor(rule.id);
  const everything = new Detector(CONTENT_RULES);

  it("has samples", () => {
    expect(rule.samples.positive.length).toBeGreaterThan(0);
    expect(rule.samples.negative.length).toBeGreaterThan(0);
  });

  it.each(rule.samples.positive.map((s) => [s]))("finds %s", async (sample) => {
    const { text, secret } = unmark(sample);
    const found = await alone.detect({ path, text, bytes: text.length });
    expect(found.map((m) => m.rule)).toContain(rule.id);
    if (secret !== undefined) expect(found.find((m) => m.rule === rule.id)?.secret).toBe(secret);
    // The prefilter must let it through when every rule is loaded, too.
    const all = await everything.detect({ path, text, bytes: text.length });
    expect(all.length).toBeGreaterThan(0);
  });

  it.each(rule.samples.negative.map((s) => [s]))("ignores %s", async (sample) => {
    const found = await alone.detect({ path, text: sample, bytes: sample.length });
    expect(found.map((m) => m.rule)).not.toContain(rule.id);
  });
});

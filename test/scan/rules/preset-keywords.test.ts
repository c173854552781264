import { lintSource } from "@secretlint/core";
import { rules as presetCreators } from "@secretlint/secretlint-rule-preset-recommend";
import type { SecretLintRuleCreator } from "@secretlint/types";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Detector } from "../../../src/scan/detect.js";
import { CONTENT_RULES } from "../../../src/scan/rules/index.js";
import { PRESET_RULES } from "../../../src/scan/rules/preset.js";
import type { EnvguardRule } from "../../../src/scan/rules/rule.js";

// Soundness of the preset rules' keywords: whenever a secretlint rule, run alone, reports anything
// on a text, the detector's prefilter must pick that rule for the text — with only that rule
// loaded, and with every content rule loaded (whose keywords compete in one scan). The texts are
// fuzzed around the rules' own positives: random text around them (other rules' keywords and
// tokens among it), edits inside them, and case changes.

/** `a «secret» b` → the text without markers. */
function unmark(sample: string): string {
  return sample.replace(/[«»]/g, "");
}

function byId(id: string): EnvguardRule {
  const rule = PRESET_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no preset rule ${id}`);
  return rule;
}

async function reports(rules: readonly SecretLintRuleCreator[], path: string, text: string): Promise<number> {
  const dot = path.lastIndexOf(".");
  const result = await lintSource({
    source: {
      filePath: path,
      content: text,
      contentType: "text",
      ext: dot > path.lastIndexOf("/") + 1 ? path.slice(dot) : "",
    },
    options: {
      config: { rules: rules.map((rule) => ({ id: rule.meta.id, rule, options: {} })) },
      maskSecrets: true,
      noPhysicFilePath: true,
    },
  });
  return result.messages.length;
}

const everything = new Detector(CONTENT_RULES);

// --- random material -------------------------------------------------------------------------

const ALPHABET = [..."abcxyzABCXYZ0189_-.=:/+@ \t\n\"'`,;{}[]()<>\\#$%?*&", "é", "ж", "\r\n", "\u00a0"];
const KEYWORDS = [...new Set(CONTENT_RULES.flatMap((r) => r.keywords))];
/** Keywords' proper prefixes and suffixes: glued to a positive, they make keyword occurrences overlap. */
const KEYWORD_PARTS = [
  ...new Set(KEYWORDS.flatMap((k) => [...k].flatMap((_, i) => (i === 0 ? [] : [k.slice(0, i), k.slice(i)])))),
];
const POSITIVES = CONTENT_RULES.flatMap((r) => r.samples.positive.map(unmark)).filter((s) => s.length < 400);

/** Text to put around a positive: random characters, other rules' keywords and other positives. */
const junk = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 10 }) },
      { weight: 2, arbitrary: fc.constantFrom(...KEYWORDS) },
      { weight: 2, arbitrary: fc.constantFrom(...KEYWORD_PARTS) },
      { weight: 1, arbitrary: fc.constantFrom(...POSITIVES) },
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join(""));

const edit = fc.record({
  at: fc.nat(),
  op: fc.constantFrom("delete", "insert", "replace", "duplicate"),
  ch: fc.constantFrom(...ALPHABET),
});
type Edit = { at: number; op: string; ch: string };

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of edits) {
    if (out.length === 0) break;
    const i = e.at % out.length;
    if (e.op === "delete") out = out.slice(0, i) + out.slice(i + 1);
    else if (e.op === "insert") out = out.slice(0, i) + e.ch + out.slice(i);
    else if (e.op === "replace") out = out.slice(0, i) + e.ch + out.slice(i + 1);
    else out = out.slice(0, i) + out.slice(i, i + 8) + out.slice(i);
  }
  return out;
}

/** Upper, lower or per-character random case, driven by `flips`. */
function recase(text: string, mode: string, flips: readonly boolean[]): string {
  if (mode === "upper") return text.toUpperCase();
  if (mode === "lower") return text.toLowerCase();
  if (mode === "none" || flips.length === 0) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    out += flips[i % flips.length] ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c;
  }
  return out;
}

// --- per-rule fuzz configuration -------------------------------------------------------------

interface FuzzSpec {
  /** Paths the text is linted under (some rules look at the file name). */
  paths: readonly string[];
  /** The rule matches case-insensitively (at least in part): change case more often. */
  caseInsensitive?: boolean;
  /** Seeds beyond the rule's own samples, for branches the samples' path cannot reach. */
  extra?: readonly string[];
}

const DEFAULT_PATHS = ["sample.txt", "config/.env", "src/settings.ts"];
const FUZZ: Record<string, FuzzSpec> = {
  "secretlint/npm": {
    paths: ["sample.txt", ".npmrc", "package.json", "package-lock.json", "packages/a/.npmrc"],
    extra: [
      "//registry.npmjs.org/:_authToken=0f3c8a1e-5b7d-4c2a-9e6f-1d2b3c4d5e6f",
      '"repository": "git+https://ghp_elUfZgFo9HYZt2BZNgXRwj9S948V6QVdlmD8:x-oauth-basic@github.com/acme/app.git"',
    ],
  },
  "secretlint/slack": { paths: DEFAULT_PATHS, caseInsensitive: true },
  "secretlint/database-connection-string": { paths: DEFAULT_PATHS, caseInsensitive: true },
  "secretlint/aws": {
    paths: DEFAULT_PATHS,
    extra: [
      "secretAccessKey: MUADeQUPIAWlzyADlUXME8kuVYs4KIyYRumwT4fc",
      "Secret_AccessKey => 'nGbFoOCtarL6txZoNHNIyw8ofD4y9bTfigh8Nzme'",
    ],
  },
};

const FUZZED = PRESET_RULES.filter((r) => r.id !== "secretlint/gcp" && r.id !== "secretlint/filter-comments");
const RUNS = 300;

describe("preset rules: the entries", () => {
  it("has every rule of the recommended preset once, with its own creator", () => {
    expect(PRESET_RULES.length).toBe(presetCreators.length);
    presetCreators.forEach((creator, i) => {
      expect(PRESET_RULES[i]?.rule).toBe(creator);
    });
    for (const r of PRESET_RULES) {
      expect(r.id).toBe(`secretlint/${r.rule.meta.id.replace("@secretlint/secretlint-rule-", "")}`);
    }
    expect(new Set(PRESET_RULES.map((r) => r.id)).size).toBe(PRESET_RULES.length);
  });

  it("has lower-case, non-empty keywords and at least two positives and two near misses", () => {
    for (const r of PRESET_RULES) {
      for (const k of r.keywords) {
        expect(k, r.id).toBe(k.toLowerCase());
        expect(k.length, r.id).toBeGreaterThan(0);
      }
      expect(r.samples.positive.length, r.id).toBeGreaterThanOrEqual(2);
      expect(r.samples.negative.length, r.id).toBeGreaterThanOrEqual(2);
      expect(r.title.length, r.id).toBeGreaterThan(0);
      expect(r.description.length, r.id).toBeGreaterThan(0);
      expect(r.fix.length, r.id).toBeGreaterThan(0);
    }
  });
});

describe("preset keywords hide no other rule's keyword from the prefilter", () => {
  it("every other rule's positives still pick it when the preset rules are loaded too", () => {
    const others = CONTENT_RULES.filter((r) => !PRESET_RULES.includes(r));
    const without = new Detector(others);
    for (const r of others) {
      for (const s of r.samples.positive.map(unmark)) {
        if (!without.candidates(s).includes(r)) continue; // its own keywords' business
        expect(everything.candidates(s), `${r.id}: ${s}`).toContain(r);
      }
    }
  });
});

describe.each(FUZZED.map((r) => [r.id, r] as const))("%s: keywords are sound", (id, rule) => {
  const spec = FUZZ[id] ?? { paths: DEFAULT_PATHS };
  const alone = new Detector([rule]);
  const seeds = [...rule.samples.positive.map(unmark), ...(spec.extra ?? [])];

  it("every seed is reported under some path (the fuzzing starts from real positives)", async () => {
    for (const seed of seeds) {
      const counts = await Promise.all(spec.paths.map((p) => reports([rule.rule], p, seed)));
      expect(Math.max(...counts), seed).toBeGreaterThan(0);
    }
  });

  it("picks it when another keyword overlaps one of its keywords", async () => {
    // The prefilter scans for all keywords at once; glue every other keyword onto each keyword
    // occurrence in the seeds (sharing 0..n characters) and check the rule is still picked.
    for (const seed of seeds) {
      const lower = seed.toLowerCase();
      for (const k of rule.keywords) {
        for (let at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1)) {
          for (const other of KEYWORDS) {
            for (let shared = 0; shared < other.length; shared++) {
              if (shared > 0 && !lower.startsWith(other.slice(other.length - shared), at)) continue;
              const text = seed.slice(0, at) + other.slice(0, other.length - shared) + seed.slice(at);
              for (const path of spec.paths) {
                if ((await reports([rule.rule], path, text)) === 0) continue;
                expect(everything.candidates(text), text).toContain(rule);
              }
            }
          }
        }
      }
    }
  });

  it("whenever the rule reports, the prefilter picks it", async () => {
    let reported = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.constantFrom(...seeds),
          path: fc.constantFrom(...spec.paths),
          before: junk,
          after: junk,
          edits: fc.array(edit, { maxLength: 2 }),
          twice: fc.boolean(),
          caseMode: spec.caseInsensitive
            ? fc.constantFrom("none", "upper", "lower", "random", "random")
            : fc.constantFrom("none", "none", "none", "none", "random", "upper"),
          flips: fc.array(fc.boolean(), { minLength: 1, maxLength: 17 }),
        }),
        async (c) => {
          const core = applyEdits(c.seed, c.edits);
          const text = recase(c.before + core + (c.twice ? `\n${core}` : "") + c.after, c.caseMode, c.flips);
          if ((await reports([rule.rule], c.path, text)) === 0) return;
          reported++;
          expect(alone.candidates(text)).toContain(rule);
          expect(everything.candidates(text)).toContain(rule);
        },
      ),
      { numRuns: RUNS, seed: 20240611 },
    );
    // Not vacuous: many runs keep a reportable secret.
    expect(reported).toBeGreaterThan(RUNS / 6);
  });
});

// --- gcp: JSON service-account files, keys and values written with \u escapes at random ----------

/** JSON text of `value` where each character of a string is \u-escaped when the PRNG says so. */
function jsonWithEscapes(value: unknown, rate: number, seed: number): string {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
  const str = (t: string) =>
    `"${[...JSON.stringify(t).slice(1, -1)]
      .map((c) =>
        /[A-Za-z0-9_-]/.test(c) && next() < rate ? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}` : c,
      )
      .join("")}"`;
  const walk = (v: unknown): string => {
    if (typeof v === "string") return str(v);
    if (Array.isArray(v)) return `[${v.map(walk).join(",")}]`;
    if (v && typeof v === "object") {
      return `{\n  ${Object.entries(v)
        .map(([k, x]) => `${str(k)}: ${walk(x)}`)
        .join(",\n  ")}\n}`;
    }
    return JSON.stringify(v);
  };
  return walk(value);
}

describe("secretlint/gcp: keywords are sound", () => {
  const rule = byId("secretlint/gcp");
  const alone = new Detector([rule]);
  const files = rule.samples.positive.map((s) => JSON.parse(unmark(s)) as Record<string, unknown>);

  it("its samples are reported on a .json path, its near misses are not", async () => {
    for (const s of rule.samples.positive) {
      const found = await alone.detect({ path: "keys/sa.json", text: s, bytes: s.length });
      expect(found.map((m) => m.rule)).toContain(rule.id);
    }
    for (const s of rule.samples.negative) {
      const found = await alone.detect({ path: "keys/sa.json", text: s, bytes: s.length });
      expect(found).toEqual([]);
    }
  });

  it("whenever the rule reports, the prefilter picks it", async () => {
    let reported = 0;
    let escapedKeys = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          file: fc.constantFrom(...files),
          extra: fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string(), fc.integer()), {
            maxKeys: 3,
          }),
          drop: fc.constantFrom(undefined, "private_key_id", "private_key"),
          keyCase: fc.constantFrom("same", "same", "same", "upper"),
          rate: fc.constantFrom(0, 0, 0.05, 0.3, 1),
          seed: fc.integer(),
          path: fc.constantFrom("sa.json", "keys/prod.json", "sa.txt"),
        }),
        async (c) => {
          const entries = Object.entries({ ...c.extra, ...c.file }).filter(([k]) => k !== c.drop);
          const object = Object.fromEntries(
            entries.map(([k, v]) => [c.keyCase === "upper" ? k.toUpperCase() : k, v]),
          );
          const text = jsonWithEscapes(object, c.rate, c.seed);
          if ((await reports([rule.rule], c.path, text)) === 0) return;
          reported++;
          if (!text.includes("private_key")) escapedKeys++;
          expect(alone.candidates(text)).toContain(rule);
          expect(everything.candidates(text)).toContain(rule);
        },
      ),
      { numRuns: RUNS, seed: 20240611 },
    );
    expect(reported).toBeGreaterThan(RUNS / 8);
    // Some reported files had no literal "private_key": the "\u" keyword is what let them through.
    expect(escapedKeys).toBeGreaterThan(0);
  });
});

// --- filter-comments: whenever its comments withdraw a finding, the prefilter must load it --------

describe("secretlint/filter-comments: keywords are sound", () => {
  const filter = byId("secretlint/filter-comments");
  const detectors = PRESET_RULES.filter((r) => r !== filter);
  const withFilter = new Detector(CONTENT_RULES);
  const withoutFilter = new Detector(CONTENT_RULES.filter((r) => r !== filter));
  const count = async (d: Detector, text: string) =>
    (await d.detect({ path: "sample.txt", text, bytes: text.length })).length;

  it("its positives withdraw a finding, its near misses withdraw none", async () => {
    for (const s of filter.samples.positive) {
      expect(await count(withFilter, s), s).toBeLessThan(await count(withoutFilter, s));
    }
    for (const s of filter.samples.negative) {
      const n = await count(withoutFilter, s);
      expect(n, s).toBeGreaterThan(0);
      expect(await count(withFilter, s), s).toBe(n);
    }
  });

  const TOKENS = detectors
    .flatMap((r) => r.samples.positive.map(unmark))
    .filter((s) => s.length < 200 && !s.includes("\n"));
  const directive = fc
    .record({
      kind: fc.constantFrom(
        "secretlint-disable-line",
        "secretlint-disable-next-line",
        "secretlint-disable",
        "secretlint-enable",
      ),
      ids: fc.array(
        fc.constantFrom(
          ...detectors.map((r) => r.rule.meta.id),
          "secret/google-api-key",
          "--",
          "-- a reason",
        ),
        { maxLength: 2 },
      ),
      open: fc.constantFrom("# ", "// ", "<!-- ", "/* ", "", "; "),
      close: fc.constantFrom("", " -->", " */"),
    })
    .map((d) => `${d.open}${d.kind}${d.ids.length ? ` ${d.ids.join(", ")}` : ""}${d.close}`);
  const line = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...TOKENS) },
    { weight: 2, arbitrary: directive },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...TOKENS), directive).map(([t, d]) => `${t} ${d}`) },
    { weight: 1, arbitrary: junk },
  );

  it("whenever its comments withdraw a finding, the prefilter picks it", async () => {
    let withdrawn = 0;
    const creators = detectors.map((r) => r.rule);
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 1, maxLength: 6 }),
        fc.constantFrom("none", "none", "none", "random", "upper"),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 13 }),
        async (lines, caseMode, flips) => {
          const text = recase(lines.join("\n"), caseMode, flips);
          const plain = await reports(creators, "sample.txt", text);
          const filtered = await reports([...creators, filter.rule], "sample.txt", text);
          if (filtered === plain) return;
          withdrawn++;
          expect(new Detector([filter]).candidates(text)).toContain(filter);
          expect(everything.candidates(text)).toContain(filter);
        },
      ),
      { numRuns: RUNS, seed: 20240611 },
    );
    expect(withdrawn).toBeGreaterThan(RUNS / 10);
  });
});

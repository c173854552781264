import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Detector } from "../../src/scan/detect.js";
import { KeywordAutomaton } from "../../src/scan/keyword-automaton.js";
import { CONTENT_RULES } from "../../src/scan/rules/index.js";

/** The reference: the keywords a case-insensitive (non-Unicode) regex finds anywhere in the text. */
function byRegex(keywords: readonly string[], text: string): number[] {
  return keywords
    .map((k, i) => [k, i] as const)
    .filter(([k]) => new RegExp(k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i").test(text))
    .map(([, i]) => i);
}

function byAutomaton(automaton: KeywordAutomaton, text: string): number[] {
  const found: number[] = [];
  automaton.scan(text, (k) => {
    found.push(k);
    return undefined;
  });
  return found.sort((a, b) => a - b);
}

const RULE_KEYWORDS = [...new Set(CONTENT_RULES.flatMap((r) => r.keywords.map((k) => k.toLowerCase())))];

/** The two ways it searches: a regex while warming up, then the table. */
const MODES = [
  ["table", { warmUpChars: 0 }],
  ["regex (warm-up)", { warmUpChars: Number.POSITIVE_INFINITY }],
] as const;

/** A keyword occurrence ends at `end` and starts at `from` or later. */
function occurrenceEndsAt(keywords: readonly string[], text: string, from: number, end: number): boolean {
  return keywords.some(
    (k) =>
      end - k.length >= from &&
      text.slice(end - k.length, end).replace(/[A-Z]/g, (c) => c.toLowerCase()) === k,
  );
}

/** The first start of a keyword at `from` or later, and the end of the longest keyword starting there. */
function firstStart(keywords: readonly string[], text: string, from: number): [number, number] | undefined {
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  for (let p = from; p < text.length; p++) {
    const here = keywords.filter((k) => lower.startsWith(k, p));
    if (here.length > 0) return [p, p + Math.max(...here.map((k) => k.length))];
  }
  return undefined;
}

describe.each(MODES)("KeywordAutomaton (%s)", (_mode, options) => {
  it("finds overlapping, nested and repeated keywords, ignoring ASCII case only", () => {
    const automaton = new KeywordAutomaton(
      ["ddapp", "postgres", "sk", "task", "pass", "password", "k"],
      options,
    );
    expect(byAutomaton(automaton, "DDAPPostgres")).toEqual([0, 1]);
    expect(byAutomaton(automaton, "a TASK")).toEqual([2, 3, 6]);
    expect(byAutomaton(automaton, "PassWord")).toEqual([4, 5]);
    // The Kelvin sign lower-cases to "k", but no regex /k/i matches it: neither does the automaton.
    expect(byAutomaton(automaton, "s\u212A")).toEqual([]);
    expect(byAutomaton(automaton, "İpass")).toEqual([4]);
    expect(byAutomaton(automaton, "")).toEqual([]);
  });

  it("stops when told to", () => {
    const automaton = new KeywordAutomaton(["a", "b", "c"], options);
    const found: number[] = [];
    automaton.scan("cba", (k) => {
      found.push(k);
      return found.length === 2;
    });
    expect(found).toEqual([2, 1]);
  });

  it("refuses keywords it cannot match as the regex would", () => {
    expect(() => new KeywordAutomaton(["Token"])).toThrow(/lower-case ASCII/);
    expect(() => new KeywordAutomaton(["ключ"])).toThrow(/lower-case ASCII/);
    expect(() => new KeywordAutomaton([""])).toThrow(/non-empty/);
  });

  it("agrees with a case-insensitive regex per keyword, on the rules' keywords and random text", () => {
    const automaton = new KeywordAutomaton(RULE_KEYWORDS, options);
    // Text built from pieces of keywords, their upper-case forms, and odd characters.
    const piece = fc.oneof(
      fc.constantFrom(...RULE_KEYWORDS),
      fc.constantFrom(...RULE_KEYWORDS).map((k) => k.toUpperCase()),
      fc.constantFrom(...RULE_KEYWORDS).map((k) => k.slice(0, Math.max(1, k.length - 1))),
      fc.constantFrom(...RULE_KEYWORDS).map((k) => k.slice(1)),
      fc.constantFrom("\u212A", "İ", "ı", "ſ", "\u00e9", "😀", "\n", " ", "_", "-", "."),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(byAutomaton(automaton, text)).toEqual(byRegex(RULE_KEYWORDS, text));
      }),
      { numRuns: 3000 },
    );
  });

  it("random keyword sets agree with the regex too", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "_", "."), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 8 }),
        fc.string({ unit: fc.constantFrom("a", "b", "c", "A", "B", "_", ".", "x"), maxLength: 30 }),
        (keywords, text) => {
          expect(byAutomaton(new KeywordAutomaton(keywords, options), text)).toEqual(byRegex(keywords, text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("firstEnd: the end of an occurrence inside the first one to start, from any position", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "_"), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 8 }),
        fc.string({ unit: fc.constantFrom("a", "b", "c", "A", "B", "_", "x"), maxLength: 30 }),
        fc.nat(30),
        (keywords, text, at) => {
          const from = Math.min(at, text.length);
          const end = new KeywordAutomaton(keywords, options).firstEnd(text, from);
          const first = firstStart(keywords, text, from);
          if (!first) {
            expect(end).toBe(-1);
            return;
          }
          expect(end).toBeGreaterThan(first[0]);
          expect(end).toBeLessThanOrEqual(first[1]);
          expect(occurrenceEndsAt(keywords, text, from, end)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("the detector's candidates are the rules of the keywords found (and those without keywords)", () => {
    const detector = new Detector(CONTENT_RULES);
    const text = "const TOKEN = process.env.X; // ddappostgres://";
    const expected = CONTENT_RULES.filter(
      (r) => r.keywords.length === 0 || r.keywords.some((k) => text.toLowerCase().includes(k.toLowerCase())),
    );
    expect(new Set(detector.candidates(text))).toEqual(new Set(expected));
  });
});

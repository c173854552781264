import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextSecretName } from "../../../src/scan/rules/generic/assignment.js";
import { SECRET_KEY_END, SECRET_KEY_END_WORDS } from "../../../src/scan/rules/generic/secret-key.js";

/** The reference: the regex search the generic rule used, and the name around its match. */
function byRegex(text: string, from: number): [number, number] | undefined {
  const word = new RegExp(SECRET_KEY_END, "gi");
  word.lastIndex = from;
  const m = word.exec(text);
  if (!m) return undefined;
  const nameChar = /[\w$.-]/;
  let start = m.index;
  while (start > 0 && nameChar.test(text.charAt(start - 1))) start--;
  let end = m.index + m[0].length;
  while (end < text.length && nameChar.test(text.charAt(end))) end++;
  return [start, end];
}

describe("nextSecretName (the generic assignment rule's search for secret words)", () => {
  it("finds the name around the first secret word from a position on", () => {
    expect(nextSecretName("x = 1; DB_PASSWORD=abc", 0)).toEqual([7, 18]);
    expect(nextSecretName("myApiKey: 1", 0)).toEqual([0, 8]);
    expect(nextSecretName("passwordpass", 3)).toEqual([0, 12]);
    expect(nextSecretName("nothing here", 0)).toBeUndefined();
    expect(nextSecretName("s\u212Aecret token", 0)).toEqual([8, 13]);
  });

  it.each(["while warming up (regex)", "after the warm-up (table)"])(
    "agrees with SECRET_KEY_END's case-insensitive regex on random text and start positions, %s",
    (phase) => {
      // The automaton searches its first 256 KiB with a regex: read past them for the second phase.
      if (phase.startsWith("after")) nextSecretName("x".repeat(300 * 1024), 0);
      const piece = fc.oneof(
        fc.constantFrom(...SECRET_KEY_END_WORDS),
        fc.constantFrom(...SECRET_KEY_END_WORDS).map((w) => w.toUpperCase()),
        fc.constantFrom(...SECRET_KEY_END_WORDS).map((w) => w.slice(1)),
        fc.constantFrom(...SECRET_KEY_END_WORDS).map((w) => w.slice(0, -1)),
        fc.constantFrom(" ", "=", "_", ".", "-", "$", ":", "\n", '"', "\u212A", "İ", "é", "Key", "KEY"),
        fc.string({ maxLength: 3 }),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 10 }), fc.nat(60), (pieces, at) => {
          const text = pieces.join("");
          const from = Math.min(at, text.length);
          expect(nextSecretName(text, from)).toEqual(byRegex(text, from));
        }),
        { numRuns: 5000 },
      );
    },
  );
});

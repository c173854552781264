import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/report/sha256.js";

// Fingerprints and baseline entries written before the hash moved off node:crypto must still match:
// the digests have to be node:crypto's, byte for byte, for any string (UTF-8, lone surrogates as U+FFFD).
const node = (text: string) => createHash("sha256").update(text).digest("hex");

describe("sha256Hex", () => {
  it("gives node:crypto's digests", () => {
    for (const text of [
      "",
      "a",
      "envguard\u0000sk_live_x",
      "ü€𝄞",
      "lone \ud800 surrogate",
      "\udfff",
      "x".repeat(100_000),
    ])
      expect(sha256Hex(text)).toBe(node(text));
    // The standard's test vector.
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("gives node:crypto's digests for arbitrary strings, unpaired surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => sha256Hex(text) === node(text)),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
        (text) => sha256Hex(text) === node(text),
      ),
      { numRuns: 500 },
    );
  });
});

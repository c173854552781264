import { lintSource } from "@secretlint/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Detector } from "../../../../src/scan/detect.js";
import { PROVIDER_RULES } from "../../../../src/scan/rules/providers/index.js";
import { privateKey } from "../../../../src/scan/rules/providers/private-key.js";
import type { EnvguardRule } from "../../../../src/scan/rules/rule.js";

function unmark(sample: string): string {
  return sample.replace(/[«»]/g, "");
}

async function reports(rule: EnvguardRule, text: string): Promise<number> {
  const result = await lintSource({
    source: { filePath: "sample.txt", content: text, contentType: "text", ext: ".txt" },
    options: {
      config: { rules: [{ id: rule.rule.meta.id, rule: rule.rule, options: {} }] },
      maskSecrets: true,
      noPhysicFilePath: true,
    },
  });
  return result.messages.length;
}

async function secrets(rule: EnvguardRule, text: string): Promise<string[]> {
  const found = await new Detector([rule]).detect({ path: "sample.txt", text, bytes: text.length });
  return found.map((m) => m.secret ?? "");
}

describe("provider rules: the entries", () => {
  it("have unique secret/<name> ids, lower-case keywords, error severity and enough samples", () => {
    expect(new Set(PROVIDER_RULES.map((r) => r.id)).size).toBe(PROVIDER_RULES.length);
    for (const r of PROVIDER_RULES) {
      expect(r.id).toMatch(/^secret\/[a-z0-9-]+$/);
      expect(r.rule.meta.id).toBe(r.id);
      expect(r.severity).toBe("error");
      expect(r.keywords.length, r.id).toBeGreaterThan(0);
      for (const k of r.keywords) expect(k, r.id).toBe(k.toLowerCase());
      expect(r.samples.positive.length, r.id).toBeGreaterThanOrEqual(3);
      expect(r.samples.negative.length, r.id).toBeGreaterThanOrEqual(3);
      for (const p of r.samples.positive) expect(p, r.id).toMatch(/«[^«»]+»/);
    }
  });
});

// Keyword soundness beyond the samples: whenever a rule reports on a text, its own keywords must
// occur in it. The texts are the rule's positives with random material around them, random
// edits inside them, and case changes.
const ALPHABET = [..."abcxyzABCXYZ0189_-.=:/+@ \t\n\"'`,;{}[]()<>\\#$%?&"];
const junk = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 12 });
const edit = fc.record({
  at: fc.nat(),
  op: fc.constantFrom("delete", "insert", "replace"),
  ch: fc.constantFrom(...ALPHABET),
});

describe.each(PROVIDER_RULES.map((r) => [r.id, r] as const))("%s: keywords are sound", (_id, rule) => {
  const alone = new Detector([rule]);
  const seeds = rule.samples.positive.map(unmark);

  it("picks the rule for every fuzzed text it reports on", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...seeds),
        junk,
        junk,
        fc.array(edit, { maxLength: 3 }),
        fc.constantFrom("none", "upper", "lower"),
        async (seed, before, after, edits, mode) => {
          let text = before + seed + after;
          for (const e of edits) {
            const i = e.at % text.length;
            if (e.op === "delete") text = text.slice(0, i) + text.slice(i + 1);
            else if (e.op === "insert") text = text.slice(0, i) + e.ch + text.slice(i);
            else text = text.slice(0, i) + e.ch + text.slice(i + 1);
          }
          if (mode === "upper") text = text.toUpperCase();
          if (mode === "lower") text = text.toLowerCase();
          if ((await reports(rule, text)) === 0) return;
          expect(alone.candidates(text), text).toContain(rule);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("secret/private-key", () => {
  const body = [
    "MHcCAQEEIBEOJ72xGOdreZTOFfSLpB9D86ZyM8Ht7LfPHGTsW5r1oAoGCCqGSM49",
    "AwEHoUQDQgAE384nf/vBYc4nqEyg2ja94UnK7wYbO4NJCATv2dLfFOfGqsw+2TU/",
    "J1fY1CMOH86KV7B8V0GGMO20h+VE53trvA==",
  ].join("\n");
  const block = `-----BEGIN EC PRIVATE KEY-----\n${body}\n-----END EC PRIVATE KEY-----`;

  it("finds a real key after a placeholder BEGIN line that has no END", async () => {
    const text = `# paste your key:\n-----BEGIN EC PRIVATE KEY-----\n...\n\n${block}\n`;
    expect(await secrets(privateKey, text)).toEqual([block]);
  });

  it("reports each of two keys in one file as its own block", async () => {
    const text = `${block}\n\nsome text\n\n${block.replace(/EC /g, "")}\n`;
    const found = await secrets(privateKey, text);
    expect(found).toHaveLength(2);
    expect(found[1]?.startsWith("-----BEGIN PRIVATE KEY-----")).toBe(true);
  });

  it("finds a key with Windows line endings", async () => {
    const text = block.replace(/\n/g, "\r\n");
    expect(await secrets(privateKey, text)).toEqual([text]);
  });
});

describe("secret/jwt", () => {
  const jwt = PROVIDER_RULES.find((r) => r.id === "secret/jwt")!;
  const token =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtZGVwbG95Iiwic2NvcGUiOiJkZXBsb3k6d3JpdGUiLCJpYXQiOjE3MzU2ODk2MDB9.dCulmGgqTX3qX4WMlLvWkNedzhL_rVj4VGRSBTCuFlE";

  it("does not report the first three parts of a longer dotted run (JWE, five parts)", async () => {
    expect(await secrets(jwt, `TOKEN=${token}.c2VjcmV0.aXY`)).toEqual([]);
  });

  it("reports a token that ends a sentence", async () => {
    expect(await secrets(jwt, `The token is ${token}.`)).toEqual([token]);
  });
});

describe("secret/azure-storage", () => {
  const azure = PROVIDER_RULES.find((r) => r.id === "secret/azure-storage")!;
  const key = "r7G0dRNQxlEGqPw0u7X/HPVRPmOAliX5nmODEg5rR6RVaauP+yPJlzejC9jT7aMSiJJuCEpikj5cCa/u4q4JSQ==";

  it("reports a connection string's key once, although two shapes match it", async () => {
    const text = `DefaultEndpointsProtocol=https;AccountName=yd59k27avedf;AccountKey=${key};EndpointSuffix=core.windows.net`;
    expect(await secrets(azure, text)).toEqual([key]);
  });
});

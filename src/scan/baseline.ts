import { nodeCrypto } from "../report/node-crypto.js";
import { sha256Hex } from "../report/sha256.js";

/**
 * Accepted findings, keyed by rule + path + a salted hash of the secret — never by line, so an
 * edit elsewhere in the file keeps the entry valid, and never by the secret itself.
 */
export interface BaselineEntry {
  rule: string;
  path: string;
  /** sha256(salt + secret) in hex; "" for file-level findings, which have no secret. */
  secretHash: string;
}

export interface Baseline {
  version: 1;
  tool: "envguard";
  /** Per-file random salt, so the hashes cannot be looked up in a table of known secrets. */
  salt: string;
  entries: BaselineEntry[];
}

export function emptyBaseline(): Baseline {
  return { version: 1, tool: "envguard", salt: nodeCrypto().randomBytes(16).toString("hex"), entries: [] };
}

export function secretHash(baseline: Pick<Baseline, "salt">, secret: string | undefined): string {
  if (secret === undefined) return "";
  return sha256Hex(`${baseline.salt}\u0000${secret}`);
}

export function entryKey(e: BaselineEntry): string {
  return `${e.rule}\u0000${e.path}\u0000${e.secretHash}`;
}

/** Parses a baseline file; returns a problem in words when it is not one. */
export function parseBaseline(
  text: string,
): { ok: true; baseline: Baseline } | { ok: false; problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: "it is not valid JSON" };
  }
  const b = data as Partial<Baseline>;
  if (
    b?.version !== 1 ||
    typeof b.salt !== "string" ||
    !/^[0-9a-f]{16,}$/.test(b.salt) ||
    !Array.isArray(b.entries)
  ) {
    return { ok: false, problem: 'it is not an envguard baseline (version 1, with "salt" and "entries")' };
  }
  for (const [i, e] of b.entries.entries()) {
    if (typeof e?.rule !== "string" || typeof e.path !== "string" || typeof e.secretHash !== "string") {
      return { ok: false, problem: `entry ${i + 1} needs "rule", "path" and "secretHash"` };
    }
  }
  return { ok: true, baseline: { version: 1, tool: "envguard", salt: b.salt, entries: b.entries } };
}

/** Stable text: entries sorted, one per line, so baseline diffs review well. */
export function renderBaseline(baseline: Baseline): string {
  const entries = [...baseline.entries].sort(
    (a, b) =>
      a.path.localeCompare(b.path) ||
      a.rule.localeCompare(b.rule) ||
      a.secretHash.localeCompare(b.secretHash),
  );
  const lines = entries.map((e) => `    ${JSON.stringify(e)}`);
  return `{\n  "version": 1,\n  "tool": "envguard",\n  "salt": ${JSON.stringify(baseline.salt)},\n  "entries": [\n${lines.join(",\n")}${lines.length ? "\n" : ""}  ]\n}\n`;
}

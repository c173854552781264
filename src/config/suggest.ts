import { distance } from "fastest-levenshtein";

const normalise = (s: string) => s.toLowerCase().replace(/[-_.\s]/g, "");

/**
 * The name a person most likely meant: the same name in other case or separators, then a name
 * that starts with what was typed (`prod` → `production`), then the nearest by edit distance if at
 * most a third of it differs. Undefined when nothing is close enough to suggest.
 */
export function closestName(typed: string, options: readonly string[]): string | undefined {
  const t = normalise(typed);
  if (t === "") return undefined;
  const same = options.find((o) => normalise(o) === t);
  if (same !== undefined) return same;
  const prefixed = options.filter((o) => {
    const n = normalise(o);
    return Math.min(n.length, t.length) >= 3 && (n.startsWith(t) || t.startsWith(n));
  });
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const o of prefixed.length > 1 ? prefixed : options) {
    const n = normalise(o);
    // Two swapped neighbours (`prot` for `port`) are one slip, not two edits.
    const d = isAdjacentSwap(t, n) ? 1 : distance(t, n);
    if (d < bestDistance) {
      best = o;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  if (prefixed.length > 1) return best;
  return bestDistance <= Math.max(1, Math.floor(Math.max(t.length, normalise(best).length) / 3))
    ? best
    : undefined;
}

/** ` (did you mean "x"?)`, or nothing. */
export function didYouMean(typed: string, options: readonly string[], quote = '"'): string {
  const guess = closestName(typed, options);
  return guess === undefined ? "" : ` (did you mean ${quote}${guess}${quote}?)`;
}

function isAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

import picomatch from "picomatch";

/**
 * `envguard:allow` on a line suppresses every finding on it; `envguard:allow rule-a, rule-b` only
 * those rules. (secretlint's own `secretlint-disable-line` comments work through its filter rule.)
 */
export function inlineAllows(lineText: string, rule: string): boolean {
  const m = /envguard:allow(?![-\w])(?:[ \t]+([\w/.,\t -]+))?/.exec(lineText);
  if (!m) return false;
  const listed = (m[1] ?? "")
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => /^[a-z]+\/[a-z0-9-]+$/.test(s));
  return listed.length === 0 || listed.includes(rule);
}

/** Matches repo-relative paths against the policy's `scan.ignorePaths` globs. */
export function pathIgnorer(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const match = picomatch([...globs], { dot: true });
  return (path) => match(path);
}

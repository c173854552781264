const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };

/**
 * Reads a path as git prints it in a patch header: either plain, or C-quoted
 * (`"a/\303\244 b\n.txt"`: escapes, and octal bytes that together make UTF-8).
 * Returns the path and where it ends in `text`, or undefined when the quoting is broken.
 */
export function readGitPath(text: string, start: number): { path: string; end: number } | undefined {
  if (text.charCodeAt(start) !== 34) return { path: text.slice(start), end: text.length };
  const bytes: number[] = [];
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34) return { path: Buffer.from(bytes).toString("utf8"), end: i + 1 };
    if (c !== 92) {
      // Inside quotes git escapes every non-ASCII byte, so one char is one byte here; guard anyway.
      if (c < 128) bytes.push(c);
      else bytes.push(...Buffer.from(text[i] as string, "utf8"));
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === undefined) return undefined;
    const simple = ESCAPES[next];
    if (simple !== undefined) {
      bytes.push(simple);
      i += 2;
      continue;
    }
    const octal = /^[0-7]{3}/.exec(text.slice(i + 1, i + 4));
    if (!octal) return undefined;
    bytes.push(Number.parseInt(octal[0], 8));
    i += 4;
  }
  return undefined;
}

/** The path in a `--- a/x` / `+++ b/x` line after the marker: unquoted, prefix and git's trailing tab removed. */
export function readPrefixedPath(text: string, start: number, prefix: string): string | undefined {
  const read = readGitPath(text, start);
  if (!read) return undefined;
  let path = read.path;
  // git ends the name with a tab when it contains a space (for patch(1)); a real tab would be quoted.
  if (text.charCodeAt(start) !== 34 && path.endsWith("\t")) path = path.slice(0, -1);
  return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}

/**
 * The two paths of a `diff --git a/x b/y` header (after "diff --git "). Unquoted names may contain
 * spaces, so an unquoted pair is split only when both halves are the same path (always true except
 * for renames and copies, whose `rename from/to` lines give the paths anyway).
 */
export function readHeaderPaths(rest: string): { from: string; to: string } | undefined {
  if (rest.charCodeAt(0) === 34) {
    const first = readGitPath(rest, 0);
    if (!first || rest.charCodeAt(first.end) !== 32) return undefined;
    const second = readGitPath(rest, first.end + 1);
    if (!second) return undefined;
    return strip(first.path, second.path);
  }
  const quotedSecond = rest.indexOf(' "b/');
  if (quotedSecond !== -1 && rest.endsWith('"')) {
    const second = readGitPath(rest, quotedSecond + 1);
    if (second && second.end === rest.length) return strip(rest.slice(0, quotedSecond), second.path);
  }
  if ((rest.length - 5) % 2 !== 0) return undefined;
  const length = (rest.length - 5) / 2;
  const from = rest.slice(0, length + 2);
  const to = rest.slice(length + 3);
  if (rest.slice(length + 2, length + 3) !== " " || from.slice(2) !== to.slice(2)) return undefined;
  return strip(from, to);
}

function strip(from: string, to: string): { from: string; to: string } | undefined {
  if (!from.startsWith("a/") || !to.startsWith("b/")) return undefined;
  return { from: from.slice(2), to: to.slice(2) };
}

/**
 * A `.env` parser that keeps positions.
 *
 * `values` is exactly what `dotenv.parse(text)` (dotenv 18, default parser) returns, so envguard validates what
 * the application will really see. dotenv matches each assignment with one multi-line regular expression; this
 * module walks the text instead and reproduces that expression's behaviour step by step, including its odd
 * corners (each is named where it is handled). On top of that it records where every key and value starts and
 * reports what dotenv silently ignores or misreads.
 *
 * Nothing is ever executed or expanded: `$(cmd)` and `${VAR}` stay literal text, as in dotenv.
 *
 * Terms used below (all offsets are into the normalised text, see {@link normalise}):
 * - whitespace is JavaScript's `\s`: space, tab, VT, FF, NBSP, BOM, Unicode spaces and the line terminators;
 * - a line terminator is LF, U+2028 or U+2029 (dotenv's regex treats all three as line ends). Line numbers we
 *   report count LF only, since that is what editors and git show (CRLF and lone CR become LF first).
 *
 * Problem messages never quote the text of a value or of an ignored line (either may be a secret); they name
 * keys of accepted assignments and line numbers only.
 */

import { LineIndex } from "./location.js";

export interface DotenvEntry {
  key: string;
  value: string;
  /** 1-based line and column of the key (after any `export ` prefix and leading whitespace). */
  line: number;
  column: number;
  /** 1-based line and column where the value starts (the opening quote for quoted values). */
  valueLine: number;
  valueColumn: number;
}

export interface DotenvProblem {
  line: number;
  column: number;
  message: string;
}

export interface DotenvParseResult {
  /** Every assignment in file order, duplicates included. */
  entries: DotenvEntry[];
  /** What `dotenv.parse` would return (the last duplicate wins). */
  values: Record<string, string>;
  problems: DotenvProblem[];
}

const LF = 0x0a;
const HASH = 0x23;
const EQUALS = 0x3d;
const COLON = 0x3a;
const BACKSLASH = 0x5c;
const DOUBLE_QUOTE = 0x22;
const BOM = "\ufeff";

/** JavaScript's `\s` (the same set `String.prototype.trim` removes). NaN (past the end) is not whitespace. */
function isWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Line terminators as dotenv's multi-line regex sees them (CR is gone after normalisation). */
function isTerminator(c: number): boolean {
  return c === LF || c === 0x2028 || c === 0x2029 || c === 0x0d;
}

/** dotenv key characters: ASCII letters, digits, `_`, `.` and `-` (so `1BAD` and `a.b-c` are keys). */
function isKeyChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5f ||
    c === 0x2e ||
    c === 0x2d
  );
}

function isQuote(c: number): boolean {
  return c === 0x27 || c === DOUBLE_QUOTE || c === 0x60;
}

/**
 * dotenv turns every CRLF and every lone CR into LF before parsing. A leading BOM is whitespace to dotenv, so
 * dropping it changes no value, and it keeps the BOM out of line 1's columns.
 */
function normalise(text: string): string {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (!body.includes("\r")) return body;
  let out = "";
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    if (body.charCodeAt(i) !== 0x0d) continue;
    out += `${body.slice(from, i)}\n`;
    if (body.charCodeAt(i + 1) === LF) i++;
    from = i + 1;
  }
  return out + body.slice(from);
}

function skipWhitespace(s: string, from: number): number {
  let i = from;
  while (i < s.length && isWhitespace(s.charCodeAt(i))) i++;
  return i;
}

/** The offset just after the first line terminator at or after `from` (or the end of the text). */
function nextLineStart(s: string, from: number): number {
  let i = from;
  while (i < s.length && !isTerminator(s.charCodeAt(i))) i++;
  return Math.min(i + 1, s.length);
}

/**
 * After a closing quote, dotenv accepts only whitespace and an optional `#` comment before the end of the line.
 * Its regex lets that whitespace run over line breaks, so: fine if the first non-whitespace character after `from`
 * is a `#`, or is the end of the text, or lies on a later line.
 */
function restOfLineIsEmpty(s: string, from: number): boolean {
  const next = skipWhitespace(s, from);
  if (next >= s.length || s.charCodeAt(next) === HASH) return true;
  for (let i = from; i < next; i++) if (isTerminator(s.charCodeAt(i))) return true;
  return false;
}

/**
 * Where a quoted value opened at `open` closes, or -1. Inside the quotes a quote character preceded by a
 * backslash does not close the value (the backslash stays in the value; dotenv does not unescape it). The
 * value closes at the first unescaped quote of the same kind if only whitespace or a comment follows it there;
 * failing that, dotenv's regex backtracks and tries each backslash-preceded quote before it, last first
 * (so `A="x\"` gives `x\`). Quoted values may run over any number of lines.
 */
function findClosingQuote(s: string, open: number): number {
  const quote = s.charCodeAt(open);
  const escaped: number[] = [];
  let close = -1;
  for (let i = open + 1; i < s.length; i++) {
    if (s.charCodeAt(i) !== quote) continue;
    if (s.charCodeAt(i - 1) === BACKSLASH) {
      escaped.push(i);
      continue;
    }
    close = i;
    break;
  }
  if (close !== -1 && restOfLineIsEmpty(s, close + 1)) return close;
  for (let k = escaped.length - 1; k >= 0; k--) {
    const candidate = escaped[k] as number;
    if (restOfLineIsEmpty(s, candidate + 1)) return candidate;
  }
  return -1;
}

/**
 * dotenv strips a matching pair of quotes from an unquoted value that starts and ends with the same quote
 * character (`A='a'b'` gives `a'b`). It does so with a multi-line, global replace, so a value holding U+2028 or
 * U+2029 has the pair stripped on each of those "lines". Returns the result and whether the pair at the very
 * start was stripped.
 */
function stripQuotePairs(value: string): { text: string; strippedAtStart: boolean } {
  const c0 = value.charCodeAt(0);
  if (!value.includes("\u2028") && !value.includes("\u2029")) {
    const strip = value.length >= 2 && isQuote(c0) && value.charCodeAt(value.length - 1) === c0;
    return { text: strip ? value.slice(1, -1) : value, strippedAtStart: strip };
  }
  let out = "";
  let from = 0;
  let strippedAtStart = false;
  let i = 0;
  while (i < value.length) {
    const atLineStart = i === 0 || isTerminator(value.charCodeAt(i - 1));
    const c = value.charCodeAt(i);
    if (atLineStart && isQuote(c)) {
      const close = lastQuoteBeforeLineEnd(value, i);
      if (close > i) {
        out += value.slice(from, i) + value.slice(i + 1, close);
        if (i === 0) strippedAtStart = true;
        from = close + 1;
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  return { text: out + value.slice(from), strippedAtStart };
}

/** The last offset after `open` holding the same quote right before a line end (or the end), else -1. */
function lastQuoteBeforeLineEnd(value: string, open: number): number {
  const quote = value.charCodeAt(open);
  for (let j = value.length - 1; j > open; j--) {
    if (value.charCodeAt(j) !== quote) continue;
    if (j + 1 === value.length || isTerminator(value.charCodeAt(j + 1))) return j;
  }
  return -1;
}

/** Double-quoted values (and unquoted ones starting with `"`) turn `\n` and `\r` into line breaks; nothing else. */
function expandNewlines(value: string): string {
  if (!value.includes("\\")) return value;
  return value.split("\\n").join("\n").split("\\r").join("\r");
}

interface ValueMatch {
  value: string;
  /** Offset of the opening quote or of the first non-whitespace character; undefined for an empty value. */
  start: number | undefined;
  /** Offset just past the value (past the closing quote for quoted values). */
  end: number;
  /** Set when the value starts with a quote that dotenv could not close, so it read the line unquoted. */
  brokenQuote?: { at: number; quote: string; closedEarlier: boolean };
}

/** Reads the value that starts right after the separator, at `from`. */
function matchValue(s: string, from: number): ValueMatch {
  // A quoted value may start after whitespace that includes line breaks: `A=` then `'x'` on the next line
  // gives A=x in dotenv (its regex allows `\s*` before the opening quote).
  const open = skipWhitespace(s, from);
  const openChar = s.charCodeAt(open);
  if (isQuote(openChar)) {
    const close = findClosingQuote(s, open);
    if (close !== -1) {
      const body = s.slice(open + 1, close);
      return { value: openChar === DOUBLE_QUOTE ? expandNewlines(body) : body, start: open, end: close + 1 };
    }
  }
  // Unquoted: everything up to `#` or LF (U+2028 and U+2029 do not end it), trimmed; empty when that is nothing.
  const first = s.charCodeAt(from);
  if (from >= s.length || first === HASH || first === LF) return { value: "", start: undefined, end: from };
  let end = from;
  while (end < s.length && s.charCodeAt(end) !== HASH && s.charCodeAt(end) !== LF) end++;
  const start = skipWhitespace(s, from);
  const trimmed = s.slice(from, end).trim();
  if (trimmed === "") return { value: "", start: undefined, end };
  const stripped = stripQuotePairs(trimmed);
  const value = trimmed.charCodeAt(0) === DOUBLE_QUOTE ? expandNewlines(stripped.text) : stripped.text;
  const result: ValueMatch = { value, start, end };
  if (isQuote(trimmed.charCodeAt(0)) && !stripped.strippedAtStart) {
    result.brokenQuote = {
      at: start,
      quote: trimmed.charAt(0),
      closedEarlier: trimmed.includes(trimmed.charAt(0), 1),
    };
  }
  return result;
}

interface AssignmentMatch extends ValueMatch {
  keyStart: number;
  keyEnd: number;
  separator: number;
}

/** `KEY=value` or `KEY: value` with the key at `keyStart`, or undefined when that is not an assignment. */
function matchFromKey(s: string, keyStart: number): AssignmentMatch | undefined {
  let keyEnd = keyStart;
  while (keyEnd < s.length && isKeyChar(s.charCodeAt(keyEnd))) keyEnd++;
  if (keyEnd === keyStart) return undefined;
  // `=` may follow whitespace, line breaks included (dotenv reads `FOO` then `=bar` on the next line as FOO=bar).
  const equals = skipWhitespace(s, keyEnd);
  if (s.charCodeAt(equals) === EQUALS) {
    return { keyStart, keyEnd, separator: equals, ...matchValue(s, equals + 1) };
  }
  // `:` must come right after the key and be followed by one whitespace character, which may be a line break
  // (so `FOO:` at the end of a line takes the next line as FOO's value).
  if (s.charCodeAt(keyEnd) === COLON && isWhitespace(s.charCodeAt(keyEnd + 1))) {
    return { keyStart, keyEnd, separator: keyEnd, ...matchValue(s, keyEnd + 2) };
  }
  return undefined;
}

/** An assignment whose first non-whitespace character is at `at`, with an optional `export ` prefix. */
function matchAssignment(s: string, at: number): AssignmentMatch | undefined {
  // `export` needs whitespace after it, which may include line breaks. If what follows is not an assignment,
  // dotenv falls back to reading `export` itself as the key (so `export =1` sets a variable named export).
  if (s.startsWith("export", at) && isWhitespace(s.charCodeAt(at + 6))) {
    const prefixed = matchFromKey(s, skipWhitespace(s, at + 6));
    if (prefixed) return prefixed;
  }
  return matchFromKey(s, at);
}

/** Why the line starting at `at` is not an assignment. Never quotes the line: it may be a pasted secret. */
function notAnAssignment(s: string, at: number): string {
  let keyEnd = at;
  while (keyEnd < s.length && isKeyChar(s.charCodeAt(keyEnd))) keyEnd++;
  const ignored = "dotenv ignores this line";
  if (keyEnd === at) {
    return `${ignored}: it does not start with a key name (letters, digits, "_", "." or "-"). Write it as KEY=value, or start it with "#" to make it a comment.`;
  }
  if (s.charCodeAt(keyEnd) === COLON) {
    return `${ignored}: in the KEY: value form the ":" must be followed by a space. Write it as KEY=value.`;
  }
  return `${ignored}: the key name is not followed by "=". Write it as KEY=value (key names cannot contain spaces), or start it with "#" to make it a comment.`;
}

export function parseDotenv(text: string): DotenvParseResult {
  const s = normalise(text);
  const positions = new LineIndex(s);
  const entries: DotenvEntry[] = [];
  const values: Record<string, string> = {};
  const problems: DotenvProblem[] = [];
  const firstLine = new Map<string, number>();
  const problem = (offset: number, message: string): void => {
    problems.push({ ...positions.position(offset), message });
  };

  // Each candidate assignment starts at the first non-whitespace character of a line (dotenv's `^\s*`). After
  // an assignment, scanning resumes on the line after its value ends, so lines inside a multi-line quoted value
  // are never read as assignments; after anything else, on the next line.
  let pos = 0;
  while (pos < s.length) {
    const at = skipWhitespace(s, pos);
    if (at >= s.length) break;
    if (s.charCodeAt(at) === HASH) {
      pos = nextLineStart(s, at);
      continue;
    }
    const match = matchAssignment(s, at);
    if (!match) {
      problem(at, notAnAssignment(s, at));
      pos = nextLineStart(s, at);
      continue;
    }
    pos = nextLineStart(s, match.end);

    const key = s.slice(match.keyStart, match.keyEnd);
    const keyPos = positions.position(match.keyStart);
    const separatorPos = positions.position(match.separator);
    const separator = s.charAt(match.separator);
    const valuePos = positions.position(match.start ?? match.separator + 1);
    entries.push({
      key,
      value: match.value,
      line: keyPos.line,
      column: keyPos.column,
      valueLine: valuePos.line,
      valueColumn: valuePos.column,
    });

    if (separatorPos.line > keyPos.line) {
      problem(
        match.separator,
        `The "=" for ${key} is on line ${separatorPos.line}, not on line ${keyPos.line} with the key; dotenv joins the lines into one assignment. Put ${key}= on one line, or remove line ${keyPos.line} if ${key} was not meant to be set.`,
      );
    }
    if (match.start !== undefined && valuePos.line > separatorPos.line) {
      problem(
        match.start,
        `The value of ${key} starts on line ${valuePos.line}, not on line ${separatorPos.line} with its "${separator}"; dotenv reads past the line break and takes it as the value. Put the value on line ${separatorPos.line}, or write ${key}="" if it should be empty.`,
      );
    }
    if (match.brokenQuote) {
      const { at: quoteAt, quote, closedEarlier } = match.brokenQuote;
      const what = closedEarlier
        ? `the value of ${key} starts with ${quote} but its closing ${quote} is followed by more text`
        : `the value of ${key} starts with ${quote} but the quote is never closed`;
      const fix = closedEarlier
        ? `Move the extra text inside the quotes, or after a " #" to make it a comment.`
        : `Add the closing ${quote}.`;
      problem(
        quoteAt,
        `Unterminated quote: ${what}, so dotenv reads the rest of the line up to any "#" as an unquoted value and keeps the ${quote}. ${fix}`,
      );
    }

    if (key === "__proto__") {
      problem(
        match.keyStart,
        "dotenv drops a variable named __proto__ (it cannot be set on a plain object). Rename the key.",
      );
      continue;
    }
    const first = firstLine.get(key);
    if (first === undefined) firstLine.set(key, keyPos.line);
    else {
      problem(
        match.keyStart,
        `${key} is set again here; line ${first} set it first and the last one wins. Remove one of them.`,
      );
    }
    values[key] = match.value;
  }

  return { entries, values, problems };
}

import { type Node as JsonNode, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import { type ErrorCode, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from "yaml";
import { type Finding, makeFinding } from "../report/finding.js";
import { type DocumentFormat, formatOf } from "./format.js";
import { dottedKey } from "./key-path.js";
import { LineIndex } from "./location.js";

export { type DocumentFormat, formatOf } from "./format.js";
export type KeyPath = readonly (string | number)[];

/** Where a key and its value stand in a document. */
export interface NodePlace {
  key?: { line: number; column: number };
  value: { line: number; column: number };
}

/**
 * A parsed JSON or YAML config file. `value` is plain data; positions are computed on demand,
 * because most runs never need one (a clean check reports nothing).
 */
export interface ConfigDocument {
  file: string;
  format: DocumentFormat;
  /** The parsed value; undefined when the file does not parse. */
  value: unknown;
  /** Parse errors, duplicate keys, a top level that is not an object. */
  problems: Finding[];
  /** Position of the value at `path` (and of its key), or of the deepest ancestor that exists. */
  locate(path: KeyPath): NodePlace;
}

const BOM = "\uFEFF";

/**
 * Parses a config file. `requireObject` (the default) reports a top level that is not an object;
 * the schema loader turns it off and says so in its own words.
 */
export function parseConfigDocument(
  file: string,
  rawText: string,
  format = formatOf(file) ?? "json",
  requireObject = true,
): ConfigDocument {
  const text = rawText.startsWith(BOM) ? rawText.slice(1) : rawText;
  const doc = format === "json" ? parseJson(file, text) : parseYaml(file, text);
  if (text.trim() === "") {
    doc.value = {};
    doc.problems.push(
      makeFinding({
        rule: "config/empty-file",
        severity: "warning",
        file,
        line: 1,
        column: 1,
        message: `${file} is empty and is read as {}.`,
        fix: "Write {} (JSON) or delete the file if it has no settings.",
      }),
    );
  } else if (
    requireObject &&
    doc.value !== undefined &&
    (typeof doc.value !== "object" || doc.value === null || Array.isArray(doc.value))
  ) {
    const found =
      doc.value === null ? "null" : Array.isArray(doc.value) ? "an array" : `a ${typeof doc.value}`;
    doc.problems.push(
      makeFinding({
        rule: "config/parse",
        severity: "error",
        file,
        line: 1,
        column: 1,
        message: `${file} must hold an object of settings at the top level, not ${found}.`,
        fix: "Wrap the settings in { ... } (JSON) or key: value lines (YAML).",
      }),
    );
    doc.value = undefined;
  }
  return doc;
}

function parseProblem(file: string, line: number, column: number, what: string): Finding {
  return makeFinding({
    rule: "config/parse",
    severity: "error",
    file,
    line,
    column,
    message: `${file} does not parse: ${what}.`,
    fix: "Fix the syntax at this position; nothing in this file was checked.",
  });
}

function duplicateProblem(
  file: string,
  key: string,
  line: number,
  column: number,
  firstLine: number,
): Finding {
  return makeFinding({
    rule: "config/duplicate-key",
    severity: "error",
    file,
    line,
    column,
    key,
    message: `"${key}" is set twice in the same object (first at line ${firstLine}); only one of them takes effect.`,
    fix: "Delete one of the two keys.",
  });
}

// ---------------------------------------------------------------- JSON

const PARSE_ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':'",
  CommaExpected: "expected ',' (or a closing bracket)",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: "unexpected content after the end of the document",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "unterminated comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid unicode escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in a string (control characters must be escaped)",
};

/** Counts the keys JSON.parse saw, to learn cheaply whether the text repeats one. */
function countParsedKeys(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) n += countParsedKeys(item);
    return n;
  }
  for (const k in value) n += 1 + countParsedKeys((value as Record<string, unknown>)[k]);
  return n;
}

/** Counts `"...":` tokens; outside strings JSON has no quote, so a left-to-right match stays aligned. */
function countKeyTokens(text: string): number {
  const token = /"(?:[^"\\]|\\.)*"(\s*:)?/g;
  let n = 0;
  for (let m = token.exec(text); m; m = token.exec(text)) if (m[1]) n++;
  return n;
}

function parseJson(file: string, text: string): ConfigDocument {
  const lines = new LineIndex(text);
  let tree: JsonNode | undefined;
  const treeOf = (): JsonNode | undefined => {
    tree ??= parseTree(text, [], {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: true,
    });
    return tree;
  };
  const doc: ConfigDocument = {
    file,
    format: "json",
    value: undefined,
    problems: [],
    locate: (path) => locateJson(treeOf(), path, lines),
  };
  if (text.trim() === "") return doc;
  try {
    doc.value = JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const comma = first ? trailingCommaBefore(text, first.offset) : undefined;
    const where = lines.position(comma ?? first?.offset ?? 0);
    const what =
      comma !== undefined
        ? "trailing commas are not allowed in JSON"
        : first
          ? (PARSE_ERROR_TEXT[printParseErrorCode(first.error)] ?? "syntax error")
          : "syntax error";
    doc.problems.push(parseProblem(file, where.line, where.column, what));
    return doc;
  }
  if (countKeyTokens(text) !== countParsedKeys(doc.value)) {
    findJsonDuplicates(file, treeOf(), lines, [], doc.problems);
  }
  return doc;
}

/** `{"a": 1,}`: the parser stops at the bracket, but the comma before it is what must go. */
function trailingCommaBefore(text: string, offset: number): number | undefined {
  if (text[offset] !== "}" && text[offset] !== "]") return undefined;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i] as string)) i--;
  return text[i] === "," ? i : undefined;
}

function findJsonDuplicates(
  file: string,
  node: JsonNode | undefined,
  lines: LineIndex,
  path: string[],
  out: Finding[],
): void {
  if (!node) return;
  if (node.type === "object") {
    const seen = new Map<string, number>();
    for (const prop of node.children ?? []) {
      const keyNode = prop.children?.[0];
      if (!keyNode) continue;
      const key = String(keyNode.value);
      const at = lines.position(keyNode.offset);
      const first = seen.get(key);
      if (first !== undefined)
        out.push(duplicateProblem(file, dottedKey([...path, key]), at.line, at.column, first));
      else seen.set(key, at.line);
      findJsonDuplicates(file, prop.children?.[1], lines, [...path, key], out);
    }
  } else if (node.type === "array") {
    node.children?.forEach((child, i) => {
      findJsonDuplicates(file, child, lines, [...path, String(i)], out);
    });
  }
}

function locateJson(root: JsonNode | undefined, path: KeyPath, lines: LineIndex): NodePlace {
  let node = root;
  let keyNode: JsonNode | undefined;
  for (const segment of path) {
    if (!node) break;
    let next: JsonNode | undefined;
    let nextKey: JsonNode | undefined;
    if (node.type === "object") {
      // The last duplicate wins in JSON.parse, so locate the last one too.
      for (const prop of node.children ?? []) {
        if (prop.children?.[0]?.value === String(segment)) {
          nextKey = prop.children[0];
          next = prop.children[1];
        }
      }
    } else if (node.type === "array") {
      next = node.children?.[Number(segment)];
    }
    if (!next) break;
    node = next;
    keyNode = nextKey;
  }
  const value = lines.position(node?.offset ?? 0);
  return keyNode ? { key: lines.position(keyNode.offset), value } : { value };
}

// ---------------------------------------------------------------- YAML

/**
 * What a YAML syntax error says, by the `yaml` library's error code. Never its own message: some
 * quote the source (an alias's or a tag's name, an escape sequence inside a quoted value), and the
 * line of a config file may hold a secret. The position says where.
 */
const YAML_PROBLEMS: Record<ErrorCode, string> = {
  ALIAS_PROPS: "an alias cannot have an anchor or a tag",
  BAD_ALIAS: "an alias refers to no anchor defined before it",
  BAD_COLLECTION_TYPE: "a tag does not fit the collection it is on",
  BAD_DIRECTIVE: "a % directive is not valid",
  BAD_DQ_ESCAPE: "a double-quoted value holds an invalid escape sequence",
  BAD_INDENT: "the indentation is wrong here",
  BAD_PROP_ORDER: "an anchor or a tag must come before the value",
  BAD_SCALAR_START: "a plain value cannot start with this character (quote the value)",
  BLOCK_AS_IMPLICIT_KEY: "a block collection cannot be a key",
  BLOCK_IN_FLOW: "a block collection cannot be inside a flow collection ([…] or {…})",
  DUPLICATE_KEY: "a key appears twice",
  IMPOSSIBLE: "the YAML parser could not read this",
  KEY_OVER_1024_CHARS: "an implicit key is longer than 1024 characters",
  MISSING_CHAR: "a closing quote or bracket is missing",
  MULTILINE_IMPLICIT_KEY: "an implicit key spans more than one line (quote it, or use `? key`)",
  MULTIPLE_ANCHORS: "a value has more than one anchor",
  MULTIPLE_DOCS: "the file holds more than one YAML document (`---`)",
  MULTIPLE_TAGS: "a value has more than one tag",
  NON_STRING_KEY: "a key is not a string",
  RESOURCE_EXHAUSTION: "aliases expand the document too far",
  TAB_AS_INDENT: "a tab is used as indentation (YAML indents with spaces only)",
  TAG_RESOLVE_FAILED: "a tag could not be resolved",
  UNEXPECTED_TOKEN: "unexpected text here",
};

function parseYaml(file: string, text: string): ConfigDocument {
  // Duplicates are found by our own walk below, which knows each key's position.
  const parsed = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: true });
  const lines = new LineIndex(text);
  const doc: ConfigDocument = {
    file,
    format: "yaml",
    value: undefined,
    problems: [],
    locate: (path) => locateYaml(parsed.contents as YamlNode | null, path, lines),
  };
  const firstError = parsed.errors[0];
  if (firstError) {
    const at = lines.position(firstError.pos[0]);
    const what = YAML_PROBLEMS[firstError.code] ?? "a YAML syntax error";
    doc.problems.push(parseProblem(file, at.line, at.column, what));
    return doc;
  }
  findYamlDuplicates(file, parsed.contents as YamlNode | null, lines, [], doc.problems);
  try {
    // No content node at all (blank, or comments only) is an empty file, not a null document.
    doc.value = parsed.contents === null ? {} : (parsed.toJS({ maxAliasCount: 100 }) ?? null);
  } catch {
    // toJS throws for aliases (unresolved, or too many); its message can quote an alias's name.
    doc.problems.push(
      parseProblem(file, 1, 1, "its aliases cannot be resolved (one is unknown, or they expand too far)"),
    );
  }
  return doc;
}

function findYamlDuplicates(
  file: string,
  node: YamlNode | null | undefined,
  lines: LineIndex,
  path: string[],
  out: Finding[],
): void {
  if (isMap(node)) {
    const seen = new Map<string, number>();
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      const key = String(isScalar(keyNode) ? keyNode.value : keyNode);
      const at = lines.position(keyNode?.range?.[0] ?? 0);
      const first = seen.get(key);
      if (first !== undefined)
        out.push(duplicateProblem(file, dottedKey([...path, key]), at.line, at.column, first));
      else seen.set(key, at.line);
      findYamlDuplicates(file, pair.value as YamlNode | null, lines, [...path, key], out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      findYamlDuplicates(file, item as YamlNode | null, lines, [...path, String(i)], out);
    });
  }
}

function locateYaml(root: YamlNode | null, path: KeyPath, lines: LineIndex): NodePlace {
  let node: YamlNode | null | undefined = root;
  let keyOffset: number | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = [...node.items].reverse().find((p) => {
        const k = p.key;
        return String(isScalar(k) ? k.value : k) === String(segment);
      });
      if (!pair) break;
      keyOffset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      node = pair.value as YamlNode | null;
      if (!node) {
        // `key:` with nothing after it: the key is the place to point at.
        return keyOffset === undefined
          ? { value: { line: 1, column: 1 } }
          : { key: lines.position(keyOffset), value: lines.position(keyOffset) };
      }
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as YamlNode | undefined;
      if (!item) break;
      node = item;
      keyOffset = undefined;
    } else {
      break;
    }
  }
  const value = lines.position(node?.range?.[0] ?? 0);
  return keyOffset === undefined ? { value } : { key: lines.position(keyOffset), value };
}

import { describe, expect, it } from "vitest";
import { type DotenvEntry, type DotenvParseResult, parseDotenv } from "../../src/config/dotenv.js";

const lines = (...parts: string[]): string => parts.join("\n");

function entry(result: DotenvParseResult, key: string): DotenvEntry {
  const found = result.entries.filter((e) => e.key === key);
  expect(found, `entries for ${key}`).toHaveLength(1);
  return found[0] as DotenvEntry;
}

/** The problems as [line, column] pairs, plus a check that no message leaks any of `secrets`. */
function problemsAt(result: DotenvParseResult, ...secrets: string[]): Array<[number, number]> {
  for (const p of result.problems) for (const secret of secrets) expect(p.message).not.toContain(secret);
  return result.problems.map((p) => [p.line, p.column]);
}

describe("parseDotenv: syntax and positions", () => {
  it("reads KEY=value, export, comments and blank lines with key and value positions", () => {
    const result = parseDotenv(
      lines(
        "# a comment",
        "",
        "BASIC=basic",
        "  export  API_URL = https://api.example  # trailing comment",
        "\t# indented comment",
        "   ",
        "LAST=1",
      ),
    );
    expect(result.values).toEqual({ BASIC: "basic", API_URL: "https://api.example", LAST: "1" });
    expect(result.entries).toEqual([
      { key: "BASIC", value: "basic", line: 3, column: 1, valueLine: 3, valueColumn: 7 },
      { key: "API_URL", value: "https://api.example", line: 4, column: 11, valueLine: 4, valueColumn: 21 },
      { key: "LAST", value: "1", line: 7, column: 1, valueLine: 7, valueColumn: 6 },
    ]);
    expect(result.problems).toEqual([]);
  });

  it("accepts the KEY: value form (a space after the colon is required)", () => {
    const result = parseDotenv(lines("HOST: db.internal", "PORT:\t5432"));
    expect(result.values).toEqual({ HOST: "db.internal", PORT: "5432" });
    expect(entry(result, "HOST")).toMatchObject({ line: 1, column: 1, valueLine: 1, valueColumn: 7 });
    expect(entry(result, "PORT")).toMatchObject({ line: 2, column: 1, valueLine: 2, valueColumn: 7 });
    expect(result.problems).toEqual([]);
  });

  it("reads empty values as empty strings, positioned just after the separator", () => {
    const result = parseDotenv(lines("EMPTY=", "ALSO_EMPTY=   # nothing here", "COLON: ", "NEXT=1"));
    expect(result.values).toEqual({ EMPTY: "", ALSO_EMPTY: "", COLON: "", NEXT: "1" });
    expect(entry(result, "EMPTY")).toMatchObject({ valueLine: 1, valueColumn: 7 });
    expect(entry(result, "ALSO_EMPTY")).toMatchObject({ valueLine: 2, valueColumn: 12 });
    expect(entry(result, "COLON")).toMatchObject({ valueLine: 3, valueColumn: 7 });
    expect(result.problems).toEqual([]);
  });

  it("trims unquoted values and cuts them at #", () => {
    const result = parseDotenv(lines("A=  some value  ", "B=value # comment", "C=val#ue", "D = spaced"));
    expect(result.values).toEqual({ A: "some value", B: "value", C: "val", D: "spaced" });
    expect(entry(result, "A")).toMatchObject({ valueLine: 1, valueColumn: 5 });
    expect(entry(result, "D")).toMatchObject({ line: 4, column: 1, valueLine: 4, valueColumn: 5 });
  });

  it("keeps inner quotes of unquoted values (think JSON)", () => {
    expect(parseDotenv('JSON={"foo": "bar"}').values).toEqual({ JSON: '{"foo": "bar"}' });
  });

  it("strips single, double and backtick quotes and keeps whitespace and # inside them", () => {
    const result = parseDotenv(
      lines("S='  single # not a comment  '", 'D="  double  " # comment', "B=`  backtick  `", "E=''"),
    );
    expect(result.values).toEqual({
      S: "  single # not a comment  ",
      D: "  double  ",
      B: "  backtick  ",
      E: "",
    });
    expect(entry(result, "S")).toMatchObject({ valueLine: 1, valueColumn: 3 });
    expect(entry(result, "D")).toMatchObject({ valueLine: 2, valueColumn: 3 });
    expect(result.problems).toEqual([]);
  });

  it("keeps quotes of one kind inside quotes of another kind", () => {
    const result = parseDotenv(
      lines(`A="it's"`, `B='say "hi"'`, "C=`This has 'single' and \"double\" quotes inside of it.`"),
    );
    expect(result.values).toEqual({
      A: "it's",
      B: 'say "hi"',
      C: `This has 'single' and "double" quotes inside of it.`,
    });
  });

  it("expands \\n and \\r only inside double quotes", () => {
    const result = parseDotenv(
      lines('D="new\\nline\\rcr"', "S='new\\nline'", "B=`new\\nline`", "U=new\\nline"),
    );
    expect(result.values).toEqual({
      D: "new\nline\rcr",
      S: "new\\nline",
      B: "new\\nline",
      U: "new\\nline",
    });
  });

  it("keeps the backslash of an escaped quote (dotenv does not unescape)", () => {
    expect(parseDotenv('A="a\\"b"').values).toEqual({ A: 'a\\"b' });
  });

  it("reads multi-line quoted values and positions the entries after them", () => {
    const result = parseDotenv(
      lines(
        "A=1",
        'PRIVATE_KEY="-----BEGIN KEY-----',
        "abc=def",
        '-----END KEY-----"',
        "B='two",
        "lines'  # c",
        "C=3",
      ),
    );
    expect(result.values).toEqual({
      A: "1",
      PRIVATE_KEY: "-----BEGIN KEY-----\nabc=def\n-----END KEY-----",
      B: "two\nlines",
      C: "3",
    });
    expect(entry(result, "PRIVATE_KEY")).toMatchObject({ line: 2, column: 1, valueLine: 2, valueColumn: 13 });
    expect(entry(result, "B")).toMatchObject({ line: 5, column: 1, valueLine: 5, valueColumn: 3 });
    expect(entry(result, "C")).toMatchObject({ line: 7, column: 1 });
    expect(result.problems).toEqual([]);
  });

  it("counts CRLF as one line break and turns CRLF inside values into LF", () => {
    const result = parseDotenv('A=1\r\nB="two\r\nlines"\r\n\r\n  C=3 \r\n');
    expect(result.values).toEqual({ A: "1", B: "two\nlines", C: "3" });
    expect(result.entries.map((e) => [e.key, e.line, e.column, e.valueLine, e.valueColumn])).toEqual([
      ["A", 1, 1, 1, 3],
      ["B", 2, 1, 2, 3],
      ["C", 5, 3, 5, 5],
    ]);
  });

  it("treats a lone CR as a line break, as dotenv does", () => {
    const result = parseDotenv("A=1\rB='x\ry'\rC=3");
    expect(result.values).toEqual({ A: "1", B: "x\ny", C: "3" });
    expect(entry(result, "C")).toMatchObject({ line: 4, column: 1 });
  });

  it("ignores a leading BOM for values and columns", () => {
    const result = parseDotenv("\ufeffA=1\nB=2");
    expect(result.values).toEqual({ A: "1", B: "2" });
    expect(entry(result, "A")).toMatchObject({ line: 1, column: 1, valueLine: 1, valueColumn: 3 });
    const exported = parseDotenv("\ufeff  export KEY=v\r\n");
    expect(exported.values).toEqual({ KEY: "v" });
    expect(entry(exported, "KEY")).toMatchObject({ line: 1, column: 10, valueColumn: 14 });
  });

  it("never expands or executes anything", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${VAR} is the point of this test
    const result = parseDotenv(lines("A=$(rm -rf /)", "B=${HOME}/x", 'C="$(whoami) `id`"', "D=`echo hi`"));
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${VAR} is the point of this test
    expect(result.values).toEqual({ A: "$(rm -rf /)", B: "${HOME}/x", C: "$(whoami) `id`", D: "echo hi" });
  });

  it("accepts keys with leading digits, dots and dashes, as dotenv does", () => {
    expect(parseDotenv(lines("1ST=x", "a.b-c=y", "_=z")).values).toEqual({
      "1ST": "x",
      "a.b-c": "y",
      _: "z",
    });
  });

  it("lists every assignment, duplicates included, while values keep the last", () => {
    const result = parseDotenv(lines("A=one", "B=two", "A=three"));
    expect(result.entries.map((e) => [e.key, e.value, e.line])).toEqual([
      ["A", "one", 1],
      ["B", "two", 2],
      ["A", "three", 3],
    ]);
    expect(result.values).toEqual({ A: "three", B: "two" });
  });
});

describe("parseDotenv: problems", () => {
  it("reports lines that are not assignments, without quoting them", () => {
    const result = parseDotenv(
      lines(
        "OK=1",
        "FOO",
        "my key=value-s3cret",
        "  ghp_BareTokenS3cret",
        "$DOLLAR=value-s3cret",
        "COLON:value-s3cret",
        "export",
        "export A B=value-s3cret",
      ),
    );
    expect(result.values).toEqual({ OK: "1" });
    expect(problemsAt(result, "s3cret", "S3cret", "FOO", "my", "DOLLAR", "COLON")).toEqual([
      [2, 1],
      [3, 1],
      [4, 3],
      [5, 1],
      [6, 1],
      [7, 1],
      [8, 1],
    ]);
    const messages = result.problems.map((p) => p.message);
    expect(messages[0]).toMatch(/dotenv ignores this line: the key name is not followed by "="/);
    expect(messages[3]).toMatch(/does not start with a key name/);
    expect(messages[4]).toMatch(/":" must be followed by a space/);
  });

  it("does not report comments, blank lines or the inside of multi-line values", () => {
    const result = parseDotenv(
      lines("# comment", "   ", "\t# x y z", 'A="line one', "not an assignment", '"'),
    );
    expect(result.values).toEqual({ A: "line one\nnot an assignment\n" });
    expect(result.problems).toEqual([]);
  });

  it("reports an unterminated quote at the opening quote, without the value", () => {
    const result = parseDotenv(lines("A=1", 'PASSWORD="hunter2-s3cret', "B=2"));
    // dotenv keeps the quote and reads the rest of the line as an unquoted value.
    expect(result.values).toEqual({ A: "1", PASSWORD: '"hunter2-s3cret', B: "2" });
    expect(problemsAt(result, "hunter2", "s3cret")).toEqual([[2, 10]]);
    expect(result.problems[0]?.message).toMatch(
      /Unterminated quote: the value of PASSWORD starts with " but/,
    );
    expect(result.problems[0]?.message).toMatch(/Add the closing "/);
  });

  it("reports text after a closing quote", () => {
    const result = parseDotenv("TOKEN='k7Q-s3cret' xW2-s3cret # c");
    expect(result.values).toEqual({ TOKEN: "'k7Q-s3cret' xW2-s3cret" });
    expect(problemsAt(result, "s3cret", "k7Q", "xW2")).toEqual([[1, 7]]);
    expect(result.problems[0]?.message).toMatch(/closing ' is followed by more text/);
  });

  it("reports each repeated key at the repeat, naming the first line", () => {
    const result = parseDotenv(
      lines("API_KEY=v1-s3cret", "OTHER=x", "API_KEY=v2-s3cret", "  API_KEY=v3-s3cret"),
    );
    expect(result.values).toEqual({ API_KEY: "v3-s3cret", OTHER: "x" });
    expect(problemsAt(result, "s3cret", "v1-", "v2-", "v3-")).toEqual([
      [3, 1],
      [4, 3],
    ]);
    expect(result.problems[0]?.message).toBe(
      "API_KEY is set again here; line 1 set it first and the last one wins. Remove one of them.",
    );
  });

  it("reports __proto__, which dotenv drops", () => {
    const result = parseDotenv(lines("__proto__=polluted-s3cret", "B=1"));
    expect(result.values).toEqual({ B: "1" });
    expect(Object.keys(result.values)).toEqual(["B"]);
    expect(result.entries.map((e) => e.key)).toEqual(["__proto__", "B"]);
    expect(problemsAt(result, "s3cret")).toEqual([[1, 1]]);
  });
});

describe("parseDotenv: dotenv's line-spanning corners (matched, and reported)", () => {
  // dotenv's regex lets whitespace before "=" and before an opening quote run over line breaks, and takes
  // the character after "KEY:" even when it is a line break. We return the same values and say so.
  it('joins a key with an "=" on a later line', () => {
    const result = parseDotenv(lines("FOO", "  =bar-s3cret", "B=1"));
    expect(result.values).toEqual({ FOO: "bar-s3cret", B: "1" });
    expect(entry(result, "FOO")).toMatchObject({ line: 1, column: 1, valueLine: 2, valueColumn: 4 });
    expect(problemsAt(result, "s3cret", "bar")).toEqual([[2, 3]]);
    expect(result.problems[0]?.message).toMatch(/The "=" for FOO is on line 2, not on line 1/);
  });

  it("takes a quoted value from the line after an empty KEY=", () => {
    const result = parseDotenv(lines("FOO=", "  'bar-s3cret'", "B=1"));
    expect(result.values).toEqual({ FOO: "bar-s3cret", B: "1" });
    expect(entry(result, "FOO")).toMatchObject({ valueLine: 2, valueColumn: 3 });
    expect(problemsAt(result, "s3cret", "bar")).toEqual([[2, 3]]);
    expect(result.problems[0]?.message).toMatch(
      /The value of FOO starts on line 2, not on line 1 with its "="/,
    );
  });

  it("does not take an unquoted next line after an empty KEY=", () => {
    const result = parseDotenv(lines("FOO=", "BAR=1"));
    expect(result.values).toEqual({ FOO: "", BAR: "1" });
    expect(result.problems).toEqual([]);
  });

  it('takes the whole next line as the value after "KEY:" at the end of a line', () => {
    const result = parseDotenv(lines("FOO:", "BAR=1", "C=2"));
    expect(result.values).toEqual({ FOO: "BAR=1", C: "2" });
    expect(entry(result, "FOO")).toMatchObject({ line: 1, valueLine: 2, valueColumn: 1 });
    expect(problemsAt(result)).toEqual([[2, 1]]);
    expect(result.problems[0]?.message).toMatch(
      /The value of FOO starts on line 2, not on line 1 with its ":"/,
    );
  });

  it("reads export followed by a line break as a prefix", () => {
    const result = parseDotenv(lines("export", "FOO=1"));
    expect(result.values).toEqual({ FOO: "1" });
    expect(entry(result, "FOO")).toMatchObject({ line: 2, column: 1 });
    expect(result.problems).toEqual([]);
  });
});

describe("parseDotenv: near misses", () => {
  it("reads export as a key when nothing assignable follows it", () => {
    expect(parseDotenv("export=1").values).toEqual({ export: "1" });
    expect(parseDotenv("export =1").values).toEqual({ export: "1" });
    expect(parseDotenv("export export=1").values).toEqual({ export: "1" });
    expect(parseDotenv("exportFOO=1").values).toEqual({ exportFOO: "1" });
  });

  it("ignores a space before the colon, := and a commented-out assignment", () => {
    const result = parseDotenv(lines("A : b", "B:=c", "#C=1", "   # D=1"));
    expect(result.values).toEqual({});
    expect(problemsAt(result)).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });

  it("keeps = and : inside values", () => {
    expect(parseDotenv(lines("A==b", "B=a:b=c", "C: d: e")).values).toEqual({
      A: "=b",
      B: "a:b=c",
      C: "d: e",
    });
  });

  it("accepts a comment straight after a closing quote", () => {
    const result = parseDotenv(lines("A='x'#c", 'B="y"   # c "z"'));
    expect(result.values).toEqual({ A: "x", B: "y" });
    expect(result.problems).toEqual([]);
  });

  it("strips an outer pair of quotes from a line that also has inner ones, without a problem", () => {
    // The first closing quote is followed by text, so dotenv reads the line unquoted, then strips the outer pair.
    const result = parseDotenv(lines(`A="x"y"`, "B='a'b'"));
    expect(result.values).toEqual({ A: 'x"y', B: "a'b" });
    expect(result.problems).toEqual([]);
  });

  it("closes on an escaped quote when nothing else closes the value (dotenv's backtracking)", () => {
    // `A="a\"` has no unescaped closing quote; dotenv's regex then accepts the escaped one, leaving `a\`.
    expect(parseDotenv('A="a\\"').values).toEqual({ A: "a\\" });
    expect(parseDotenv(lines('A="a\\"', "B=1")).values).toEqual({ A: "a\\", B: "1" });
  });

  it("does not let an unterminated quote swallow lines when a later quote is followed by text", () => {
    const result = parseDotenv(lines("A='abc", "B='xyz'"));
    expect(result.values).toEqual({ A: "'abc", B: "xyz" });
    expect(problemsAt(result, "abc")).toEqual([[1, 3]]);
  });

  it("lets a quoted value run to a matching quote many lines later", () => {
    // This is dotenv's multi-line rule: everything up to the closing quote belongs to A.
    const result = parseDotenv(lines("A='abc", "B=xyz'", "C=1"));
    expect(result.values).toEqual({ A: "abc\nB=xyz", C: "1" });
    expect(entry(result, "C")).toMatchObject({ line: 3 });
  });

  it("treats an unquoted value that starts with a double quote as double-quoted for \\n", () => {
    const result = parseDotenv('A="abc\\ndef');
    expect(result.values).toEqual({ A: '"abc\ndef' });
    expect(result.problems).toHaveLength(1);
  });

  it("returns nothing for empty and whitespace-only input", () => {
    for (const text of ["", "\n", "\ufeff", "  \r\n\t\n"]) {
      expect(parseDotenv(text)).toEqual({ entries: [], values: {}, problems: [] });
    }
  });
});

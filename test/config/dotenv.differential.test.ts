/**
 * Differential tests: `parseDotenv(text).values` must deep-equal `dotenv.parse(text)` (dotenv's default parser).
 *
 * No dotenv behaviour is excluded from the generators below: parseDotenv reproduces even the corners that look
 * like bugs rather than documented syntax, because envguard must validate what the application really loads.
 * Those corners are pinned (with the problems we report for them) in dotenv.test.ts:
 * - "=" or an opening quote on the line after the key (`FOO` / `=bar`, `FOO=` / `'bar'`) still assigns FOO;
 * - `FOO:` at the end of a line takes the whole next line as FOO's value;
 * - an escaped quote closes a value when nothing else can (`A="a\"` gives `a\`), and `\"` keeps its backslash;
 * - an unquoted value that starts and ends with the same quote loses that pair (`A='a'b'` gives `a'b`);
 * - `__proto__` is dropped.
 */
import dotenv from "dotenv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDotenv } from "../../src/config/dotenv.js";

function expectSameValues(text: string): void {
  expect(parseDotenv(text).values, JSON.stringify(text)).toEqual(dotenv.parse(text));
}

/** One case per documented rule, plus the corners found while matching dotenv's regex. */
const cases: Record<string, string> = {
  basic: "BASIC=basic",
  "empty lines": "A=1\n\n\nB=2\n",
  "comment lines": "# comment\n  # indented\nA=1 # inline\n#B=2",
  "inline comment": "A=value # comment\nB=val#ue\nC=#all comment",
  "empty values": "EMPTY=\nEMPTY2=  \nEMPTY3=   # c\nNEXT=x",
  "inner quotes (JSON)": 'JSON={"foo": "bar"}',
  "trimmed unquoted": "FOO=  some value  \nBAR=\tx\t",
  "single quotes": "SINGLE_QUOTE='quoted'\nS2=' spaced  '",
  "double quotes": 'DOUBLE="quoted"\nD2="  spaced  "',
  backticks: "BACKTICK_KEY=`This has 'single' and \"double\" quotes inside of it.`",
  "quotes keep #": "A='a # b'\nB=\"c # d\" # e\nC=`#`",
  "double quotes expand newlines": 'MULTILINE="new\\nline"\nCR="a\\rb"\nBOTH="\\r\\n"',
  "single quotes do not expand": "A='new\\nline'\nB=`new\\nline`\nC=new\\nline",
  "multi-line double": 'KEY="-----BEGIN-----\nabc\n-----END-----"\nNEXT=1',
  "multi-line single": "KEY='line one\n  line two'\nNEXT=1",
  "multi-line backtick": "KEY=`a\n\nb`\nNEXT=1",
  "export prefix": "export A=1\n  export   B = 2\nexport\tC=3",
  "export as key": "export=1\nexport =2\nexport export=3\nexportX=4",
  "colon form": "A: 1\nB:\tvalue here\nC:bad\nD : bad",
  "keys with digits, dots and dashes": "1BAD=x\na.b=y\nc-d=z\n_=w",
  "not assignments": "FOO\nmy key=value\n$X=1\n=nokey\n'Q'=1\nOK=1",
  duplicates: "A=1\nB=2\nA=3",
  crlf: "A=1\r\nB='two\r\nlines'\r\nC=\"x\\ny\"\r\n",
  "lone cr": "A=1\rB='x\ry'\rC=3",
  "mixed endings": "A=1\r\nB=2\rC=3\nD='a\r\nb\rc\nd'",
  bom: "\ufeffA=1\nB=2",
  "bom then comment": "\ufeff# c\nA=1",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${VAR} is the point of this case
  "no expansion": 'A=$(rm -rf /)\nB=${HOME}\nC="${X} $(y)"',
  "escaped quotes": 'A="a\\"b"\nB=\'c\\\'d\'\nC="e\\"',
  "text after closing quote": "A='x' y\nB=\"x\"y\"\nC='a'b'",
  "unterminated quotes": "A='abc\nB=\"def\nC=`ghi\nD=1",
  "unterminated quote closed later": "A='abc\nB=xyz'\nC=1",
  "= on next line": "FOO\n=bar\nBAR\n\n  = baz",
  "quoted value on next line": "FOO=\n'bar'\nBAR=\n\n  \"baz\"",
  "colon at end of line": "FOO:\nBAR=1\nBAZ: \nQUX=2",
  "export on its own line": "export\nFOO=1",
  __proto__: "__proto__=x\nconstructor=y\ntoString=z",
  "unicode line separators": "A=x\u2028B=y\nC='p'\u2028D=q\nE=\u2028F",
  "unicode whitespace": "\u00a0A=\u00a01\u00a0\n\u3000B=2",
  "comment after value on later line": "A='x'\n\n# c\nB=2",
};

describe("parseDotenv matches dotenv.parse", () => {
  for (const [name, text] of Object.entries(cases)) {
    it(`on ${name}`, () => expectSameValues(text));
  }
});

// ---------- generated files in dotenv's documented syntax ----------

const NEWLINE = "\u0000NL\u0000"; // placeholder inside quoted values, replaced by the line's own line ending

const text = (units: string[], maxLength = 12): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...units), { maxLength }).map((parts) => parts.join(""));

const keyArb = fc.oneof(
  fc.constantFrom("A", "B", "DB_URL", "API_KEY", "export", "_"),
  fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/),
  fc.stringMatching(/^[A-Za-z0-9_.-]{1,8}$/),
);
const spaceArb = fc.constantFrom("", "", " ", "  ", "\t");

const plain = ["a", "Z", "0", "_", "-", "/", ":", "=", "$", "{", "}", "(", ")", ".", "é", " "];
const unquotedArb = text([...plain, "\t", "#", "'", '"', "`", "\\n", "\\"]);
const quotedArb = fc.oneof(
  text([...plain, "#", '"', "`", "\\n", "\\", NEWLINE]).map((v) => `'${v}'`),
  text([...plain, "#", "'", "`", "\\n", "\\r", '\\"', "\\", NEWLINE]).map((v) => `"${v}"`),
  text([...plain, "#", "'", '"', "\\n", NEWLINE]).map((v) => `\`${v}\``),
);
const commentArb = text([...plain, "#", "'", '"', "`", "\\"]).map((c) => `#${c}`);

const assignmentArb = fc
  .record({
    indent: spaceArb,
    exported: fc.boolean(),
    key: keyArb,
    separator: fc.constantFrom("=", "=", " = ", "= ", "\t=", ": "),
    value: fc.oneof(
      { weight: 3, arbitrary: unquotedArb },
      { weight: 3, arbitrary: quotedArb },
      fc.constant(""),
    ),
    after: spaceArb,
    comment: fc.option(
      commentArb.map((c) => ` ${c}`),
      { nil: "" },
    ),
  })
  .map(
    (a) => `${a.indent}${a.exported ? "export " : ""}${a.key}${a.separator}${a.value}${a.after}${a.comment}`,
  );

const lineArb = fc.oneof(
  { weight: 6, arbitrary: assignmentArb },
  { weight: 1, arbitrary: fc.tuple(spaceArb, commentArb).map(([s, c]) => s + c) },
  { weight: 1, arbitrary: spaceArb },
);

const fileArb = fc
  .record({
    bom: fc.boolean(),
    lines: fc.array(fc.tuple(lineArb, fc.constantFrom("\n", "\n", "\r\n", "\r")), { maxLength: 12 }),
    finalBreak: fc.boolean(),
  })
  .map(({ bom, lines, finalBreak }) => {
    const body = lines.map(([line, eol], i) => {
      const withBreaks = line.split(NEWLINE).join(eol);
      return i < lines.length - 1 || finalBreak ? withBreaks + eol : withBreaks;
    });
    return (bom ? "\ufeff" : "") + body.join("");
  });

describe("parseDotenv on generated files", () => {
  it("returns the same values as dotenv.parse", () => {
    fc.assert(
      fc.property(fileArb, (file) => {
        expect(parseDotenv(file).values).toEqual(dotenv.parse(file));
      }),
      { numRuns: 500 },
    );
  });

  it("points every entry at its key and value in the original text, and never leaks a value", () => {
    fc.assert(
      fc.property(fileArb, (file) => {
        const result = parseDotenv(file);
        const rows = file.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
        for (const e of result.entries) {
          expect(rows[e.line - 1]?.slice(e.column - 1).startsWith(e.key)).toBe(true);
          const row = rows[e.valueLine - 1] ?? "";
          const at = row.charAt(e.valueColumn - 1);
          if (e.value === "") {
            // Just after the "=" or ":", or at the opening quote of an empty quoted value.
            expect(/^[=:]$/.test(row.charAt(e.valueColumn - 2)) || /^['"`]$/.test(at)).toBe(true);
          } else {
            expect(at).not.toMatch(/\s/);
            if (!["'", '"', "`"].includes(at))
              expect(row.slice(e.valueColumn - 1).startsWith(e.value)).toBe(true);
          }
        }
        const lastKey = new Map(result.entries.map((e) => [e.key, e.value]));
        lastKey.delete("__proto__");
        expect(result.values).toEqual(Object.fromEntries(lastKey));
        for (const p of result.problems) {
          for (const e of result.entries) if (e.value.length >= 10) expect(p.message).not.toContain(e.value);
        }
      }),
      { numRuns: 300 },
    );
  });
});

// ---------- beyond the documented syntax ----------

describe("parseDotenv on arbitrary text", () => {
  // Random strings over the characters that matter to dotenv's regex, to catch corners no rule describes.
  const tokens = [
    ..."Ab_1.-x=:#'\"`\\n $",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\n\n",
    "export ",
    "export",
    "\u2028",
    "\u2029",
    "\u00a0",
    "\ufeff",
    "A=",
    "B: ",
    "'x'",
    '"a\\nb"',
    "\\'",
    '\\"',
    "__proto__",
  ];
  it("returns the same values as dotenv.parse", () => {
    fc.assert(
      fc.property(text(tokens, 40), (file) => {
        expect(parseDotenv(file).values).toEqual(dotenv.parse(file));
      }),
      { numRuns: 1000 },
    );
  });
});

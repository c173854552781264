import * as core from "@actions/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type Annotation, planAnnotations } from "../../src/report/annotations.js";
import { makeFinding, type Severity } from "../../src/report/finding.js";
import { configFinding as configError, secretFinding as secret } from "../helpers/findings.js";

const many = (n: number, severity: Severity, rule = "config/unknown-key") =>
  Array.from({ length: n }, (_, i) =>
    makeFinding({
      rule,
      severity,
      file: `config/f${String(i).padStart(3, "0")}.json`,
      line: 1,
      message: `m${i}`,
    }),
  );

/** The same escaping as @actions/core's command.js (toCommandValue, escapeData, escapeProperty). */
function issueCommandLine(a: Annotation): string {
  const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  // toCommandProperties: the names the runner reads.
  const props: Record<string, string | number | undefined> = {
    title: a.properties.title,
    file: a.properties.file,
    line: a.properties.startLine,
    endLine: a.properties.endLine,
    col: a.properties.startColumn,
    endColumn: a.properties.endColumn,
  };
  const listed = Object.entries(props)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${escapeProperty(typeof v === "string" ? v : JSON.stringify(v))}`);
  return `::${a.level}${listed.length ? ` ${listed.join(",")}` : ""}::${escapeData(a.message)}`;
}

/** What the runner does with a command line: unescape the message and each property. */
function runnerReads(line: string): { command: string; properties: Record<string, string>; message: string } {
  const m = /^::([\w-]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!m) throw new Error(`not a command: ${line}`);
  const decode = (s: string) =>
    s
      .replace(/%0D/g, "\r")
      .replace(/%0A/g, "\n")
      .replace(/%3A/g, ":")
      .replace(/%2C/g, ",")
      .replace(/%25/g, "%");
  const properties: Record<string, string> = {};
  for (const pair of (m[2] ?? "").split(",").filter(Boolean)) {
    const eq = pair.indexOf("=");
    properties[pair.slice(0, eq)] = decode(pair.slice(eq + 1));
  }
  return { command: m[1]!, properties, message: decode(m[3]!) };
}

describe("planAnnotations", () => {
  it("maps a finding to one annotation: message, masked match, environment, commit and fix on their own lines", () => {
    const f = configError({ environment: undefined });
    const withEnvs = { ...f, environments: ["staging", "production"], environment: "staging, production" };
    const leaked = secret({ commit: "0123456789abcdef0123456789abcdef01234567" });
    const { annotations, omitted } = planAnnotations([withEnvs, leaked]);
    expect(omitted).toEqual({ error: 0, warning: 0, notice: 0 });
    expect(annotations).toEqual([
      {
        level: "error",
        message: [
          "An AWS access key ID is committed.",
          "Match: AKIA…MPLE (20 chars)",
          "Commit: 0123456789ab",
          "Fix: Remove it and rotate the key.",
        ].join("\n"),
        properties: { title: "secretlint/aws", file: "src/app.ts", startLine: 12, startColumn: 7 },
      },
      {
        level: "error",
        message: [
          "port must be an integer, not a string.",
          "Environment: staging, production",
          "Fix: Correct the value in config/staging.json.",
        ].join("\n"),
        properties: {
          title: "config/invalid-value (staging, production)",
          file: "config/staging.json",
          startLine: 4,
          startColumn: 11,
        },
      },
    ]);
  });

  it("maps severities error → error, warning → warning, note → notice", () => {
    const levels = planAnnotations([
      configError({ severity: "note" }),
      configError({ severity: "warning" }),
      configError(),
    ]).annotations.map((a) => a.level);
    expect(levels).toEqual(["error", "warning", "notice"]);
  });

  it("keeps a multi-line range, and drops columns and lines that are not 1-based whole numbers", () => {
    const block = secret({ line: 3, column: 1, endLine: 30, endColumn: 36 });
    expect(planAnnotations([block]).annotations[0]!.properties).toEqual({
      title: "secretlint/aws",
      file: "src/app.ts",
      startLine: 3,
      startColumn: 1,
      endLine: 30,
      endColumn: 36,
    });
    const bad = secret({ line: 0, column: 2.5, endLine: -1 });
    expect(planAnnotations([bad]).annotations[0]!.properties).toEqual({
      title: "secretlint/aws",
      file: "src/app.ts",
    });
    const backwards = secret({ line: 9, endLine: 2, column: Number.NaN });
    expect(planAnnotations([backwards]).annotations[0]!.properties).toEqual({
      title: "secretlint/aws",
      file: "src/app.ts",
      startLine: 9,
    });
  });

  it("annotates a finding without a file with no file or position at all", () => {
    const project = makeFinding({
      rule: "examples/missing-file",
      severity: "note",
      line: 3,
      message: "There is no .env.example.",
    });
    const [a] = planAnnotations([project]).annotations;
    expect(a).toEqual({
      level: "notice",
      message: "There is no .env.example.",
      properties: { title: "examples/missing-file" },
    });
  });

  it("caps each level at 10 and appends one notice with what was left out", () => {
    const findings = [...many(13, "error"), ...many(4, "warning"), ...many(2, "note")];
    const { annotations, omitted } = planAnnotations(findings);
    const count = (level: Annotation["level"]) => annotations.filter((a) => a.level === level).length;
    expect(omitted).toEqual({ error: 3, warning: 0, notice: 0 });
    expect([count("error"), count("warning"), count("notice")]).toEqual([10, 4, 3]);
    const last = annotations.at(-1)!;
    expect(last.level).toBe("notice");
    expect(last.properties).toEqual({ title: "envguard: more findings than annotations" });
    expect(last.message).toContain("Not annotated here: 3 errors");
    expect(last.message).toContain("The job summary and the SARIF file list every finding.");
    // The first ten in compareFindings order, not an arbitrary ten.
    expect(annotations.slice(0, 10).map((a) => a.properties.file)).toEqual(
      many(10, "error").map((f) => f.file),
    );
  });

  it("keeps a notice slot for the omission notice, so GitHub's 10 notices include it", () => {
    const { annotations, omitted } = planAnnotations([...many(25, "note"), ...many(11, "warning")]);
    const notices = annotations.filter((a) => a.level === "notice");
    expect(notices).toHaveLength(10);
    expect(omitted).toEqual({ error: 0, warning: 1, notice: 16 });
    expect(notices.at(-1)!.message).toContain("Not annotated here: 1 warning, 16 notices");
  });

  it("adds no omission notice at exactly the cap (near miss)", () => {
    const { annotations, omitted } = planAnnotations([
      ...many(10, "error"),
      ...many(10, "warning"),
      ...many(10, "note"),
    ]);
    expect(annotations).toHaveLength(30);
    expect(omitted).toEqual({ error: 0, warning: 0, notice: 0 });
    expect(annotations.some((a) => a.properties.title.includes("more findings"))).toBe(false);
  });

  it("gives secrets the error slots before config errors, whatever the file order", () => {
    const configErrors = many(8, "error");
    const secrets = Array.from({ length: 5 }, (_, i) => secret({ file: `z/${i}.ts` }));
    const { annotations, omitted } = planAnnotations([...configErrors, ...secrets], { perLevel: 6 });
    const errors = annotations.filter((a) => a.level === "error");
    expect(errors.map((a) => a.properties.title)).toEqual([
      ...Array(5).fill("secretlint/aws"),
      "config/unknown-key",
    ]);
    expect(omitted.error).toBe(7);
  });

  it("honours perLevel, including 0, and rejects a negative or fractional cap", () => {
    expect(planAnnotations(many(3, "warning"), { perLevel: 2 }).omitted.warning).toBe(1);
    const none = planAnnotations(many(3, "error"), { perLevel: 0 });
    expect(none.annotations).toHaveLength(1);
    expect(none.annotations[0]!.message).toContain("3 errors");
    expect(() => planAnnotations([], { perLevel: -1 })).toThrow(RangeError);
    expect(() => planAnnotations([], { perLevel: 1.5 })).toThrow(RangeError);
  });

  it("returns nothing for no findings", () => {
    expect(planAnnotations([])).toEqual({ annotations: [], omitted: { error: 0, warning: 0, notice: 0 } });
  });

  it("does not reorder or change the caller's array", () => {
    const findings = [configError({ file: "b.json" }), configError({ file: "a.json" })];
    const before = [...findings];
    planAnnotations(findings);
    expect(findings).toEqual(before);
  });
});

describe("planAnnotations output through @actions/core's escaping", () => {
  const crafted = [
    "a\n::add-mask::x",
    "x::stop-commands::y",
    "%0A::error::forged",
    "::warning file=evil::forged",
    "b\r\n::set-output name=x::y",
    "c\u2028::error::x",
    "tab\t%25%0D::error::x,file=other",
  ];

  it.each(crafted)("a file, key and message built from %j make exactly one command line", (name) => {
    const f = makeFinding({
      rule: "config/unknown-key",
      severity: "error",
      file: name,
      line: 1,
      environment: name,
      key: name,
      message: `${name} is not in the schema.`,
      fix: `Remove ${name}.`,
      match: name,
      commit: name,
    });
    const { annotations } = planAnnotations([f]);
    expect(annotations).toHaveLength(1);
    for (const annotation of annotations) {
      const line = issueCommandLine(annotation);
      expect(line.split(/\r\n|\r|\n/)).toHaveLength(1);
      expect(line.startsWith(`::${annotation.level} `)).toBe(true);
      const read = runnerReads(line);
      expect(read.command).toBe("error");
      expect(Object.keys(read.properties).sort()).toEqual(["file", "line", "title"]);
      expect(read.properties.file).toBe(annotation.properties.file);
      expect(read.properties.line).toBe("1");
      // Even the decoded message: every line is ours or starts with a label, none is a command.
      for (const shown of read.message.split("\n")) expect(shown).not.toMatch(/^\s*::/);
      expect(read.message.split("\n")).toHaveLength(5);
    }
  });

  it("a message that itself starts with `::` is shown with a leading backslash", () => {
    const f = configError({ message: "::add-mask::secret is not in the schema." });
    const [a] = planAnnotations([f]).annotations;
    expect(a!.message.split("\n")[0]).toBe("\\::add-mask::secret is not in the schema.");
  });

  it("the escaping above is what @actions/core really writes", () => {
    const f = makeFinding({
      rule: "config/unknown-key",
      severity: "warning",
      file: "x::stop-commands::y,%0A.json",
      line: 2,
      column: 3,
      environment: "dev",
      message: "100% wrong: a\nb",
      fix: "fix it",
    });
    const written: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const [a] = planAnnotations([f]).annotations;
    core.warning(a!.message, a!.properties);
    expect(written).toEqual([`${issueCommandLine(a!)}\n`]);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });
});

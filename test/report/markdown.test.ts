import { describe, expect, it } from "vitest";
import type { EnvironmentStatus } from "../../src/checks/check-project.js";
import type { Finding, FindingInput } from "../../src/report/finding.js";
import {
  checkFamily,
  encodeSegment,
  markdownText,
  renderSummary,
  type SummaryInput,
} from "../../src/report/markdown.js";
import { configFinding, secretFinding } from "../helpers/findings.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const links = { serverUrl: "https://github.com", repository: "octo/app", sha: SHA };

const env = (name: string, over: Partial<EnvironmentStatus> = {}): EnvironmentStatus => ({
  name,
  production: name === "production",
  status: "pass",
  errors: 0,
  warnings: 0,
  files: ["config/schema.json", "config/base.json", `config/${name}.json`],
  ...over,
});
const environments = [env("dev"), env("staging"), env("production")];

const summary = (over: Partial<SummaryInput> = {}): string =>
  renderSummary({
    title: "envguard",
    mode: "pr",
    environments: [],
    checkFindings: [],
    scanFindings: [],
    ...over,
  });

/** Cells of a GFM table row: split on `|` that no backslash escapes. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = "";
  for (let i = 0; i < row.length; i++) {
    const ch = row[i]!;
    if (ch === "\\") {
      cell += ch + (row[i + 1] ?? "");
      i++;
    } else if (ch === "|") {
      out.push(cell);
      cell = "";
    } else cell += ch;
  }
  out.push(cell);
  return out.slice(1, -1).map((c) => c.trim());
}

/** Every table in the output: a header row's cell count must hold for each of its rows. */
function tables(markdown: string): string[][][] {
  const found: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("|")) {
      current ??= [];
      current.push(cells(line));
    } else if (current) {
      found.push(current);
      current = undefined;
    }
  }
  if (current) found.push(current);
  return found;
}

function expectWellFormedTables(markdown: string): void {
  for (const table of tables(markdown)) {
    const width = table[0]!.length;
    for (const row of table) expect(row).toHaveLength(width);
    expect(table[1]!.every((c) => c === "---")).toBe(true);
  }
}

/** The only HTML the summary writes itself (the fix section's code spans show `<rule>` as text). */
function expectOnlyOurTags(markdown: string): void {
  const untrusted = markdown.replace(/### How to fix\n[\s\S]*?\n\n/, "");
  for (const m of untrusted.matchAll(/<\/?([A-Za-z][\w-]*)[^>]*>/g)) {
    expect(["code", "br", "i", "sub"]).toContain(m[1]);
    expect(m[0]).toMatch(/^<\/?(code|br|i|sub)>$/);
  }
}

const rowsOf = (markdown: string, heading: string): string[][] => {
  const after = markdown.slice(markdown.indexOf(heading));
  return tables(after)[0]!.slice(2);
};

describe("renderSummary: verdict and environments", () => {
  it("says all checks passed when nothing was found, with a green table and no fix section", () => {
    const out = summary({ environments, scanSummary: "scanned 6 files (88.0 kB); skipped 2 (binary 1)" });
    expect(out).toContain("## envguard\n");
    expect(out).toContain("✅ **All checks passed**: no configuration problems, no secrets found.");
    expect(out).toContain(
      "| Environment | Schema & keys | Drift | Production rules | Environment variables | Examples & repo |",
    );
    expect(out).toContain("| dev | ✅ | ✅ | — | ✅ | ✅ |");
    expect(out).toContain("| production | ✅ | ✅ | ✅ | ✅ | ✅ |");
    expect(out).not.toContain("How to fix");
    expect(out).not.toContain("findings (");
    expect(out).toContain(
      "<sub>Secret scan: scanned 6 files \\(88\\.0 kB\\); skipped 2 \\(binary 1\\)</sub>",
    );
    expectWellFormedTables(out);
  });

  it("says so when neither side ran, and draws no environment table", () => {
    const out = summary({ mode: "check" });
    expect(out).toContain("✅ **All checks passed**: nothing needed checking.");
    expect(out).not.toContain("|");
    expect(out).toContain("Mode: <code>check</code>");
  });

  it("names only the side that ran in the verdict", () => {
    expect(summary({ environments })).toContain("**All checks passed**: no configuration problems.");
    expect(summary({ scanSummary: "scanned 1 file" })).toContain("**All checks passed**: no secrets found.");
  });

  it("counts every finding in the verdict; warnings alone still pass", () => {
    const failed = summary({
      checkFindings: [configFinding(), configFinding({ severity: "warning", line: 9 })],
      scanFindings: [secretFinding()],
    });
    expect(failed).toContain("❌ **Failed**: 2 errors, 1 warning.");
    const passed = summary({
      checkFindings: [configFinding({ severity: "warning" }), configFinding({ severity: "note", line: 2 })],
    });
    expect(passed).toContain("✅ **Passed** with 1 warning and 1 note.");
  });

  it("shows the mode and what was compared, escaped", () => {
    const out = summary({ compared: "abc1234..def5678 (merge | base)" });
    expect(out).toContain("Mode: <code>pr</code> · compared abc1234\\.\\.def5678 \\(merge \\| base\\)");
  });

  it("fills one cell per environment and check family from the rule prefixes", () => {
    const checkFindings: Finding[] = [
      configFinding(),
      configFinding({
        rule: "config/drift",
        severity: "warning",
        environment: "dev",
        file: "config/dev.json",
      }),
      configFinding({
        rule: "production/localhost",
        environment: "production",
        file: "config/production.json",
      }),
      configFinding({ rule: "production/debug-log", environment: "production", line: 8 }),
      configFinding({ rule: "env/invalid-value", severity: "warning", environment: "dev", file: undefined }),
      configFinding({
        rule: "examples/missing-file",
        severity: "note",
        environment: undefined,
        file: undefined,
      }),
      // No environment, but base.json is read by every environment.
      configFinding({ rule: "config/parse", environment: undefined, file: "config/base.json" }),
    ];
    const out = summary({ environments, checkFindings });
    expect(out).toContain("| dev | ❌ 1 error | ⚠️ 1 warning | — | ⚠️ 1 warning | ✅ |");
    expect(out).toContain("| staging | ❌ 2 errors | ✅ | — | ✅ | ✅ |");
    expect(out).toContain("| production | ❌ 1 error | ✅ | ❌ 2 errors | ✅ | ✅ |");
    expect(out).toContain("| <i>whole project</i> | ✅ | ✅ | — | ✅ | ℹ️ 1 note |");
    expect(out).not.toContain("| Other |");
    expectWellFormedTables(out);
  });

  it("adds an Other column only for rules outside the known families (near miss)", () => {
    const out = summary({
      environments: [env("dev")],
      checkFindings: [configFinding({ rule: "custom/thing", severity: "warning", environment: "dev" })],
    });
    expect(out).toContain("| Examples & repo | Other |");
    expect(out).toContain("| dev | ✅ | ✅ | — | ✅ | ✅ | ⚠️ 1 warning |");
    expectWellFormedTables(out);
  });

  it("draws columns only for the check families that ran", () => {
    const out = summary({
      environments: [env("production")],
      checkFindings: [configFinding({ environment: "production" })],
      families: ["Schema & keys", "Environment variables"],
    });
    expect(out).toContain("| Environment | Schema & keys | Environment variables |");
    expect(out).toContain("| production | ❌ 1 error | ✅ |");
    expect(out).not.toContain("Drift");
    expectWellFormedTables(out);
  });

  it("shows errors and warnings together in one cell", () => {
    const out = summary({
      environments: [env("staging")],
      checkFindings: [configFinding(), configFinding({ severity: "warning", line: 7 })],
    });
    expect(out).toContain("| staging | ❌ 1 error, ⚠️ 1 warning |");
  });
});

describe("checkFamily", () => {
  it("maps rule prefixes to the table's columns", () => {
    expect(checkFamily("config/invalid-value")).toBe("Schema & keys");
    expect(checkFamily("config/drift")).toBe("Drift");
    expect(checkFamily("schema/invalid")).toBe("Schema & keys");
    expect(checkFamily("policy/invalid")).toBe("Schema & keys");
    expect(checkFamily("production/localhost")).toBe("Production rules");
    expect(checkFamily("env/unknown-variable")).toBe("Environment variables");
    expect(checkFamily("examples/syntax")).toBe("Examples & repo");
    expect(checkFamily("repo/tracked-dotenv")).toBe("Examples & repo");
  });

  it("does not match on a prefix without its slash, or a rule without one", () => {
    expect(checkFamily("configx/drift")).toBe("Other");
    expect(checkFamily("config-drift")).toBe("Other");
    expect(checkFamily("")).toBe("Other");
  });
});

describe("renderSummary: findings", () => {
  it("lists config findings with a linked location, environments and the fix", () => {
    const f = { ...configFinding(), environments: ["dev", "staging"], environment: "dev, staging" };
    const out = summary({ environments, checkFindings: [f], links });
    const [row] = rowsOf(out, "### Configuration findings (1)");
    expect(row).toEqual([
      "❌ error",
      "<code>config/invalid\\-value</code>",
      `[<code>config/staging\\.json:4:11</code>](https://github.com/octo/app/blob/${SHA}/config/staging.json#L4)`,
      "dev, staging",
      "port must be an integer, not a string\\.<br>Fix: Correct the value in config/staging\\.json\\.",
    ]);
    expect(out).toContain("### How to fix");
    expect(out).toContain("run `envguard check` locally");
    expect(out).not.toContain("--update-baseline");
  });

  it("lists secrets with only the masked match from the secret, and says how to fix them", () => {
    const f = secretFinding({ author: "Mallory <m@example.com>", date: "2024-01-02T03:04:05Z", key: "aws" });
    const out = summary({ scanFindings: [f], scanSummary: "scanned 1 file" });
    const [row] = rowsOf(out, "### Secrets found (1)");
    expect(row).toEqual([
      "❌ error",
      "<code>secretlint/aws</code>",
      "<code>src/app\\.ts:12:7</code>",
      "<code>AKIA…MPLE \\(20 chars\\)</code>",
      "An AWS access key ID is committed\\.<br>Fix: Remove it and rotate the key\\.",
    ]);
    expect(out).not.toMatch(/Mallory|example\\\.com|2024|Commit/);
    expect(out).not.toContain(f.fingerprint);
    for (const hint of [
      ".env",
      "secret manager",
      "Rotate every leaked key",
      "`envguard:allow <rule>`",
      "`envguard scan --update-baseline`",
      "`git commit --no-verify` skips only the local pre-commit hook",
    ]) {
      expect(out).toContain(hint);
    }
  });

  it("adds a commit column for history findings and links to the commit that added the line", () => {
    const old = secretFinding({ commit: "fedcba9876543210fedcba9876543210fedcba98" });
    const current = secretFinding({ file: "src/b.ts" });
    const out = summary({ scanFindings: [old, current], links, mode: "history" });
    const rows = rowsOf(out, "### Secrets found (2)");
    expect(out).toContain("| Severity | Rule | Location | Commit | Match | Message |");
    expect(rows[0]![2]).toContain("/blob/fedcba9876543210fedcba9876543210fedcba98/src/app.ts#L12");
    expect(rows[0]![3]).toBe("<code>fedcba987654</code>");
    expect(rows[1]![2]).toContain(`/blob/${SHA}/src/b.ts#L12`);
    expect(rows[1]![3]).toBe("—");
    expectWellFormedTables(out);
  });

  it("orders errors before warnings before notes, then by file and line", () => {
    const out = summary({
      checkFindings: [
        configFinding({ severity: "note", file: "a.json", message: "n" }),
        configFinding({ severity: "warning", file: "a.json", message: "w" }),
        configFinding({ file: "z.json", line: 2, message: "e2" }),
        configFinding({ file: "z.json", line: 1, message: "e1" }),
        configFinding({ file: undefined, message: "e0" }),
      ],
    });
    const messages = rowsOf(out, "### Configuration findings").map((r) => r[4]!.split("<br>")[0]);
    expect(messages).toEqual(["e0", "e1", "e2", "w", "n"]);
  });

  it("shows a finding without a file as — and never links it", () => {
    const f = configFinding({ file: undefined, line: 3, rule: "examples/missing-file" });
    const [row] = rowsOf(summary({ checkFindings: [f], links }), "### Configuration findings");
    expect(row![2]).toBe("—");
  });
});

describe("renderSummary: untrusted strings", () => {
  const hostile = [
    "a|b.json",
    "<script>alert(1)</script>.json",
    "x](javascript:alert(1)).json",
    "[click](javascript:alert(1))",
    "`code` and ``more``",
    "line\nbreak | fake | cells",
    "cr\r\n## heading",
    "<img src=x onerror=alert(1)>",
    "*bold* _em_ ~~del~~ $x$ &amp; &#124; \\| \\",
    "<!-- comment",
    "![img](https://evil.example/x.png)",
  ];

  it.each(hostile)("a file, message, match and environment %j cannot break a row or add markup", (text) => {
    const out = summary({
      title: text,
      compared: text,
      scanSummary: text,
      environments: [env(text, { files: [text] })],
      checkFindings: [configFinding({ file: text, environment: text, message: text, fix: text })],
      scanFindings: [secretFinding({ file: text, message: text, match: text, commit: text })],
      links,
    });
    expectWellFormedTables(out);
    expectOnlyOurTags(out);
    expect(out).not.toContain("<script");
    expect(out).not.toContain("javascript:alert(");
    expect(out).not.toMatch(/\]\((?!https:\/\/github\.com\/octo\/app\/blob\/)/);
    expect(out).not.toContain("\r");
    // The title is the first line's heading; no other line is a heading we did not write.
    for (const line of out.split("\n").slice(1)) {
      expect(line).not.toMatch(/^\s*#{1,6} (?!Environments|Configuration findings|Secrets found|How to fix)/);
    }
    // Backticks from the input stay escaped; only the fix section writes code spans.
    const beforeFix = out.slice(0, out.indexOf("### How to fix"));
    expect(beforeFix).not.toMatch(/(^|[^\\])`/m);
    const table = rowsOf(out, "### Configuration findings");
    expect(table).toHaveLength(1);
    expect(rowsOf(out, "### Secrets found")).toHaveLength(1);
  });

  it("escapes for Markdown and HTML, keeping letters, digits, spaces and emoji", () => {
    expect(markdownText("a|b")).toBe("a\\|b");
    expect(markdownText('<b>&"')).toBe("&lt;b&gt;&amp;&quot;");
    expect(markdownText("[x](y)")).toBe("\\[x\\]\\(y\\)");
    expect(markdownText("`x`*_~$\\")).toBe("\\`x\\`\\*\\_\\~\\$\\\\");
    expect(markdownText("a\nb")).toBe("a\\\\nb");
    expect(markdownText("café 🔑 Ab1, it's a/b; x=y? 5%")).toBe("café 🔑 Ab1, it's a/b; x=y? 5%");
  });

  it("cuts a long string to a length without splitting an emoji", () => {
    expect(markdownText("a".repeat(20), 10)).toBe(`${"a".repeat(9)}…`);
    expect(markdownText("🔑".repeat(20), 10)).toBe(`${"🔑".repeat(9)}…`);
    expect(markdownText("🔑".repeat(10), 10)).toBe("🔑".repeat(10));
    expect(markdownText("a".repeat(10), 10)).toBe("a".repeat(10));
  });
});

describe("renderSummary: links", () => {
  const linkOf = (file: string, over: Partial<FindingInput> = {}, l: SummaryInput["links"] = links) => {
    const [row] = rowsOf(
      summary({ checkFindings: [configFinding({ file, ...over })], links: l }),
      "### Config",
    );
    return /\]\(([^)]*)\)$/.exec(row![2]!)?.[1];
  };

  it("percent-encodes each path segment, including characters Markdown or URLs treat specially", () => {
    expect(linkOf("dir with space/a(1)#?%.ts")).toBe(
      `https://github.com/octo/app/blob/${SHA}/dir%20with%20space/a%281%29%23%3F%25.ts#L4`,
    );
    expect(linkOf("x/<y>|'*!\"`.json")).toBe(
      `https://github.com/octo/app/blob/${SHA}/x/%3Cy%3E%7C%27%2A%21%22%60.json#L4`,
    );
    expect(linkOf("ünï/кириллица.json")).toContain("/%C3%BCn%C3%AF/");
  });

  it("links a range of lines, a file without a line, and a GitHub Enterprise server with a trailing slash", () => {
    expect(linkOf("k.pem", { line: 3, endLine: 30 })).toMatch(/\/k\.pem#L3-L30$/);
    expect(linkOf("k.pem", { line: undefined })).toMatch(/\/k\.pem$/);
    expect(linkOf("a.json", {}, { ...links, serverUrl: "https://ghe.example.com/" })).toBe(
      `https://ghe.example.com/octo/app/blob/${SHA}/a.json#L4`,
    );
  });

  it("does not link paths that would leave the file's page", () => {
    expect(linkOf("../../settings")).toBeUndefined();
    expect(linkOf("a/./b")).toBeUndefined();
    expect(linkOf("a//b")).toBeUndefined();
    expect(linkOf("/etc/passwd")).toBeUndefined();
  });

  it("does not link at all with a server, repository or sha that is not well formed", () => {
    for (const bad of [
      { ...links, serverUrl: "javascript:alert(1)" },
      { ...links, serverUrl: "not a url" },
      { ...links, serverUrl: "https://user:pw@github.com" },
      { ...links, repository: "octo/app) [x](javascript:alert(1)" },
      { ...links, repository: "../x" },
      { ...links, repository: "octo" },
      { ...links, sha: "main" },
      { ...links, sha: "abc) x" },
    ]) {
      expect(linkOf("a.json", {}, bad)).toBeUndefined();
    }
  });

  it("encodes a segment as encodeURIComponent does, plus !'()*", () => {
    expect(encodeSegment("a b(c)!'*.ts")).toBe("a%20b%28c%29%21%27%2A.ts");
    expect(encodeSegment("plain-name_1.~x")).toBe("plain-name_1.~x");
  });
});

describe("renderSummary: size", () => {
  const manyFindings = (n: number, make: (i: number) => Finding) =>
    Array.from({ length: n }, (_, i) => make(i));

  it("stops adding findings at maxBytes and says how many were left out", () => {
    const checkFindings = manyFindings(4000, (i) =>
      configFinding({ file: `config/f${i}.json`, severity: i % 2 ? "warning" : "error", message: `m${i}` }),
    );
    const scanFindings = manyFindings(1000, (i) => secretFinding({ file: `src/s${i}.ts` }));
    const out = summary({ environments, checkFindings, scanFindings, links, scanSummary: "scanned a lot" });
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(512 * 1024);
    const shownConfig = rowsOf(out, "### Configuration findings (4000)").length;
    const shownSecrets = rowsOf(out, "### Secrets found (1000)").length;
    const omitted = Number(/… and (\d+) more findings \(see the SARIF file \/ JSON report\)/.exec(out)?.[1]);
    expect(shownConfig + shownSecrets + omitted).toBe(5000);
    // Secret errors first, then config errors; no warning shown while an error is left out.
    expect(shownSecrets).toBe(1000);
    expect(shownConfig).toBeGreaterThan(0);
    expect(rowsOf(out, "### Configuration findings").every((r) => r[0] === "❌ error")).toBe(true);
    // The rest of the page is still there.
    expect(out).toContain("### How to fix");
    expect(out).toContain("<sub>Secret scan: scanned a lot</sub>");
    expectWellFormedTables(out);
  });

  it("keeps huge file names, messages and environment names short", () => {
    const huge = `${"d/".repeat(50_000)}${"x".repeat(1_000_000)}.json`;
    const out = summary({
      environments: [env("e".repeat(100_000))],
      checkFindings: [configFinding({ file: huge, message: huge, environment: huge, fix: huge })],
      scanFindings: [secretFinding({ file: huge, match: huge, message: huge })],
      links,
      maxBytes: 20_000,
    });
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(20_000);
    expect(out).toContain("…");
    expect(out).not.toContain("more findings");
    expectWellFormedTables(out);
  });

  it("fits any maxBytes, down to a verdict and a count, and to nothing", () => {
    const checkFindings = manyFindings(50, (i) => configFinding({ file: `f${i}.json` }));
    for (const maxBytes of [3000, 1500, 300, 120, 10, 0]) {
      const out = summary({ environments, checkFindings, maxBytes });
      expect(Buffer.byteLength(out)).toBeLessThanOrEqual(maxBytes);
      expectWellFormedTables(out);
    }
    expect(summary({ environments, checkFindings, maxBytes: 300 })).toContain("… and 50 more findings");
  });

  it("keeps the whole summary when it fits exactly (near miss)", () => {
    const input = { environments, checkFindings: [configFinding()] };
    const full = summary(input);
    expect(summary({ ...input, maxBytes: Buffer.byteLength(full) })).toBe(full);
    expect(summary({ ...input, maxBytes: Buffer.byteLength(full) - 1 })).toContain("… and 1 more finding (");
  });

  it("rejects a negative or fractional maxBytes", () => {
    expect(() => summary({ maxBytes: -1 })).toThrow(RangeError);
    expect(() => summary({ maxBytes: 1.5 })).toThrow(RangeError);
    expect(() => summary({ maxBytes: Number.NaN })).toThrow(RangeError);
  });
});

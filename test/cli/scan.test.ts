import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, git, runCli, tempDir, tempRepo, writeFiles } from "../helpers/project.js";

// Fake, well-formed values (AIza + 35 characters); never real credentials.
const KEY = "AIzaTq4Wm9Zp2Lx7Rk5Nv8Bs3Hd6Jf1Gc0Yb2Qe";
const KEY2 = "AIzaPl3Mn8Bv5Cx2Za7Sd4Fg9Hj6Kl1Qw0Er7Ty";

interface JsonFinding {
  rule: string;
  severity: string;
  file?: string;
  line?: number;
  column?: number;
  match?: string;
  commit?: string;
  fingerprint: string;
}

function findings(stdout: string): JsonFinding[] {
  return JSON.parse(stdout).findings as JsonFinding[];
}

const rows = (stdout: string) => findings(stdout).map((f) => `${f.rule} ${f.file}:${f.line ?? ""}`);

describe("envguard scan --staged", () => {
  it("blocks a staged .env file and a key on an added line, and only the index counts", () => {
    const dir = tempRepo({ "src/app.ts": "export const a = 1;\n" });
    writeFiles(dir, { ".env": "TOKEN=abc\n", "src/app.ts": `export const a = 1;\nconst key = "${KEY}";\n` });
    git(dir, "add", ".env", "src/app.ts");
    // An unstaged edit adds a second key: not in the index, not reported.
    writeFiles(dir, {
      "src/app.ts": `export const a = 1;\nconst key = "${KEY}";\nconst other = "${KEY2}";\n`,
    });
    const run = runCli(["scan", "--staged", "--format", "json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(rows(run.stdout).sort()).toEqual(["file/dotenv .env:", "secret/google-api-key src/app.ts:2"]);
    const key = findings(run.stdout).find((f) => f.rule === "secret/google-api-key");
    expect(key?.column).toBe(14);
    // 39 characters: three shown at each end, never more than a fifth in all.
    expect(key?.match).toBe(`${KEY.slice(0, 3)}…${KEY.slice(-3)} (39 chars)`);
    expect(run.stdout).not.toContain(KEY);
    expect(run.stdout).not.toContain(KEY2.slice(4, 20));
  });

  it("in a project below the top of its repository, scans that project's changes with its own paths", () => {
    const dir = tempRepo({ "packages/api/src/app.ts": "export const a = 1;\n", "web/app.ts": "x\n" });
    writeFiles(dir, {
      "packages/api/src/app.ts": `export const a = 1;\nconst key = "${KEY}";\n`,
      "packages/api/.envguard.yml": "scan:\n  ignorePaths: ['fixtures/**']\n",
      "packages/api/fixtures/sample.ts": `const key = "${KEY2}";\n`,
      "web/app.ts": `x\nconst key = "${KEY2}";\n`,
    });
    git(dir, "add", "-A");
    const api = path.join(dir, "packages", "api");
    const staged = runCli(["scan", "--staged", "--format", "json"], { cwd: api });
    expect(staged.code).toBe(1);
    expect(rows(staged.stdout)).toEqual(["secret/google-api-key src/app.ts:2"]);
    git(dir, "commit", "-q", "-m", "change");
    const diff = runCli(["scan", "--diff", "HEAD~1..HEAD", "--format", "json"], { cwd: api });
    expect(rows(diff.stdout)).toEqual(["secret/google-api-key src/app.ts:2"]);
    const history = runCli(["scan", "--history", "--format", "json"], { cwd: api });
    expect(rows(history.stdout)).toEqual(["secret/google-api-key src/app.ts:2"]);
  });

  it("passes a clean commit, a deletion and a removed secret", () => {
    const dir = tempRepo({ ".env.example": "TOKEN=\n", "src/key.ts": `const key = "${KEY}";\n` });
    git(dir, "rm", "-q", "src/key.ts");
    writeFiles(dir, { "README.md": "# hello\n" });
    git(dir, "add", "README.md");
    const run = runCli(["scan", "--staged"], { cwd: dir });
    expect(run.stdout).toContain("✔ no errors");
    expect(run.stdout).toMatch(/scanned 1 file/);
    expect(run.code).toBe(0);
  });

  it("reports a secret literal in a staged config layer at its line (schema-aware)", () => {
    const dir = tempRepo({
      "config/schema.json": JSON.stringify({
        type: "object",
        properties: {
          db: { type: "object", properties: { password: { type: "string", "x-secret": true } } },
        },
      }),
      "config/base.json": '{\n  "db": {}\n}\n',
    });
    writeFiles(dir, {
      "config/production.json": '{\n  "db": {\n    "password": "hunter2-but-longer"\n  }\n}\n',
    });
    git(dir, "add", "config/production.json");
    const run = runCli(["scan", "--staged", "--format", "json"], { cwd: dir });
    expect(rows(run.stdout)).toEqual(["config/secret-literal config/production.json:3"]);
    expect(run.stdout).not.toContain("hunter2-but-longer");
    expect(run.code).toBe(1);
  });
});

describe("suppressions", () => {
  it("honours envguard:allow on the line, for all rules or the named one", () => {
    const dir = tempRepo();
    writeFiles(dir, {
      "a.ts": [
        `const a = "${KEY}"; // envguard:allow`,
        `const b = "${KEY}"; // envguard:allow secret/google-api-key`,
        `const c = "${KEY}"; // envguard:allow secret/jwt`,
        `const d = "${KEY}"; // secretlint-disable-line`,
      ].join("\n"),
    });
    git(dir, "add", "a.ts");
    const run = runCli(["scan", "--staged", "--format", "json"], { cwd: dir });
    expect(rows(run.stdout)).toEqual(["secret/google-api-key a.ts:3"]);
    expect(JSON.parse(run.stdout).scan.suppressed).toBeGreaterThanOrEqual(2);
  });

  it("accepts findings into a baseline that survives edits elsewhere, and reports stale entries", () => {
    const dir = tempRepo({ "a.ts": `const a = "${KEY}";\n` });
    const update = runCli(["scan", "--update-baseline"], { cwd: dir });
    expect(update.code).toBe(0);
    const baseline = readFileSync(path.join(dir, ".envguard-baseline.json"), "utf8");
    expect(baseline).not.toContain(KEY);
    expect(JSON.parse(baseline).entries).toEqual([
      { rule: "secret/google-api-key", path: "a.ts", secretHash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    // Lines added above move the secret; the baseline still matches.
    writeFileSync(path.join(dir, "a.ts"), `// a comment\n\nconst a = "${KEY}";\n`);
    const again = runCli(["scan", "--format", "json"], { cwd: dir });
    expect(findings(again.stdout)).toEqual([]);
    expect(JSON.parse(again.stdout).scan.baselined).toBe(1);
    expect(again.code).toBe(0);
    // A new secret in the same file is not covered.
    writeFileSync(path.join(dir, "a.ts"), `const a = "${KEY}";\nconst b = "${KEY2}";\n`);
    expect(rows(runCli(["scan", "--format", "json"], { cwd: dir }).stdout)).toEqual([
      "secret/google-api-key a.ts:2",
    ]);
    // The secret removed: its entry is stale.
    writeFileSync(path.join(dir, "a.ts"), "const a = 1;\n");
    const stale = runCli(["scan", "--format", "json"], { cwd: dir });
    expect(rows(stale.stdout)).toEqual(["baseline/stale a.ts:"]);
    expect(stale.code).toBe(0);
  });

  it("skips paths and turns rules off as .envguard.yml says", () => {
    const dir = tempRepo({
      ".envguard.yml": "scan:\n  ignorePaths: ['fixtures/**']\nrules:\n  file/dotenv: off\n",
      "fixtures/key.ts": `const a = "${KEY}";\n`,
      "src/.env": "A=1\n",
      "src/key.ts": `const a = "${KEY}";\n`,
    });
    const run = runCli(["scan", "--format", "json"], { cwd: dir });
    expect(rows(run.stdout)).toEqual(["secret/google-api-key src/key.ts:1"]);
    expect(JSON.parse(run.stdout).scan.ignoredPaths).toBe(1);
  });
});

describe("output formats", () => {
  it("writes SARIF 2.1.0 that code scanning reads, without the secret", () => {
    const dir = tempRepo({ "src/my file.ts": `const a = "${KEY}";\n`, ".env": "X=1\n" });
    const out = path.join(tempDir(), "envguard.sarif");
    const run = runCli(["scan", "--format", "sarif", "--output", out], { cwd: dir });
    expect(run.code).toBe(1);
    const text = readFileSync(out, "utf8");
    expect(text).not.toContain(KEY);
    const sarif = JSON.parse(text);
    expect(sarif.version).toBe("2.1.0");
    const runOut = sarif.runs[0];
    expect(runOut.tool.driver.name).toBe("envguard");
    const ruleIds = runOut.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds).toEqual(["file/dotenv", "secret/google-api-key"]);
    for (const r of runOut.tool.driver.rules) {
      expect(r.shortDescription.text.length).toBeGreaterThan(3);
      expect(r.help.text).toContain("Fix:");
    }
    const key = runOut.results.find((r: { ruleId: string }) => r.ruleId === "secret/google-api-key");
    expect(key.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "src/my%20file.ts", uriBaseId: "%SRCROOT%" },
      region: { startLine: 1, startColumn: 12, endLine: 1, endColumn: 51 },
    });
    expect(key.partialFingerprints["envguard/v1"]).toMatch(/^[0-9a-f]{16}$/);
    expect(ruleIds[key.ruleIndex]).toBe("secret/google-api-key");
  });

  it("prints text with the fix and a summary, and honours --fail-on", () => {
    const dir = tempRepo({ "a.ts": `const a = "${KEY}";\n` });
    const text = runCli(["scan"], { cwd: dir });
    expect(text.stdout).toMatch(
      /^ {2}a\.ts:1:12 {2}error {4}secret\/google-api-key {2}Google API key in this file\. {2}\[AIz…/m,
    );
    expect(text.stdout).toContain("envguard:allow");
    expect(text.stdout).toMatch(/scanned 1 file \(\d+ B\)/);
    expect(runCli(["scan", "--fail-on", "never"], { cwd: dir }).code).toBe(0);
  });
});

describe("other sources through the CLI", () => {
  it("scans stdin under the name given", () => {
    const dir = tempDir();
    const run = spawnSync(
      process.execPath,
      [CLI, "scan", "-", "--stdin-filename", "deploy/.env", "--format", "json"],
      {
        cwd: dir,
        input: `API=${KEY}\n`,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      },
    );
    expect(rows(run.stdout).sort()).toEqual([
      "file/dotenv deploy/.env:",
      "secret/google-api-key deploy/.env:1",
    ]);
    expect(run.stdout).not.toContain(KEY);
    expect(run.status).toBe(1);
  });

  it("fails closed on a shallow clone whose base is missing", () => {
    const origin = tempRepo({ "a.txt": "1\n" });
    git(origin, "commit", "-q", "--allow-empty", "-m", "two");
    writeFiles(origin, { "b.txt": "2\n" });
    git(origin, "add", "b.txt");
    git(origin, "commit", "-q", "-m", "three");
    const clone = path.join(tempDir(), "clone");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${origin}`, clone]);
    const run = runCli(["scan", "--diff", "HEAD~2...HEAD"], { cwd: clone });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/fetch/i);
    expect(run.stdout).not.toContain("no errors");
  });

  it("finds a secret that history added and a later commit removed, with its commit", () => {
    const dir = tempRepo({ "a.ts": `const a = "${KEY}";\n` });
    writeFiles(dir, { "a.ts": "const a = 1;\n" });
    git(dir, "commit", "-q", "-am", "remove the key");
    const added = git(dir, "rev-list", "--max-parents=0", "HEAD").trim();
    const run = runCli(["scan", "--history", "--format", "json"], { cwd: dir });
    const hits = findings(run.stdout);
    expect(hits.map((f) => `${f.rule} ${f.file}:${f.line} ${f.commit}`)).toEqual([
      `secret/google-api-key a.ts:1 ${added}`,
    ]);
    expect(run.code).toBe(1);
  });

  it("refuses two sources at once", () => {
    const dir = tempRepo();
    const run = runCli(["scan", "--staged", "--diff", "a...b"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("choose one of --staged, --diff, --history or paths");
  });
});

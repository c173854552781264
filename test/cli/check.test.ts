import { cpSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { git, REPO_ROOT, runCli, tempDir, tempRepo, writeFiles } from "../helpers/project.js";

interface JsonFinding {
  rule: string;
  severity: string;
  file?: string;
  line?: number;
  column?: number;
  environment?: string;
  key?: string;
  message: string;
  match?: string;
}

function brokenRepo(): string {
  const dir = tempRepo({}, "broken-project");
  // A committed .env: the fixture cannot hold one (this repository's own .gitignore ignores it).
  writeFileSync(path.join(dir, ".env"), "LOCAL_ONLY=1\n");
  git(dir, "add", ".env");
  git(dir, "commit", "-q", "-m", "add .env");
  return dir;
}

const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

describe("envguard check on a deliberately broken project", () => {
  const dir = brokenRepo();
  const run = runCli(["check", "--format", "json"], { cwd: dir });
  const report = JSON.parse(run.stdout) as {
    findings: JsonFinding[];
    environments: { name: string; status: string }[];
  };
  const rows = report.findings.map((f) =>
    [f.severity, f.rule, `${f.file ?? ""}:${f.line ?? ""}`, f.environment ?? "", f.key ?? ""].join(" "),
  );

  it("exits 1 and reports every defect at the line a person must edit", () => {
    expect(run.code).toBe(1);
    expect(rows.sort()).toEqual(
      [
        // 1. a config file that does not parse, and duplicate keys (JSON and YAML)
        "error config/parse config/local.json:3  ",
        "error config/duplicate-key config/dev.json:13  logging.level",
        "error config/duplicate-key config/staging.yaml:11  feature.beta",
        // 2. wrong type, enum, pattern, range, format
        "error config/invalid-value config/dev.json:3 dev server.port",
        "error config/invalid-value config/staging.yaml:2 staging server.region",
        "error config/invalid-value config/staging.yaml:3 staging server.workerId",
        "error config/invalid-value config/staging.yaml:6 staging database.poolSize",
        "error config/invalid-value config/staging.yaml:8 staging api.baseUrl",
        // 3. a required key no layer sets (pointed at the object that should hold it)
        "error config/missing-key config/production.json:5 production database.name",
        // 4. a typo, with a suggestion
        "error config/unknown-key config/dev.json:5 dev databse",
        // 5. a literal secret, and a malformed reference
        "error config/secret-literal config/production.json:6 production database.password",
        "error config/invalid-reference config/production.json:10 production api.token",
        // 6. examples
        "error examples/missing-variable .env.example:  API_TOKEN",
        "warning examples/unknown-variable .env.example:2  LEGACY_KEY",
        "error examples/real-secret .env.example:1  DATABASE_PASSWORD",
        "error examples/real-secret config/example.json:3  api.token",
        // 7. .env tracked, and not ignored
        "error repo/tracked-dotenv .env:  ",
        "error repo/dotenv-not-ignored .gitignore:  .env",
        // 8. production rules
        "warning production/insecure-url config/production.json:3 production server.publicUrl",
        "warning production/localhost config/production.json:9 production api.baseUrl",
        "warning production/debug-log config/production.json:13 production logging.level",
        // 9. drift: keys only staging sets, with no base value or default
        "warning config/drift config/staging.yaml:2 staging server.region",
        "warning config/drift config/staging.yaml:3 staging server.workerId",
        "warning config/drift config/staging.yaml:6 staging database.poolSize",
        "warning config/drift config/staging.yaml:11 staging feature.beta",
        // a config file no environment reads
        "warning config/unknown-environment config/prod.json:  ",
      ].sort(),
    );
  });

  it("gives messages that say what to do, with suggestions", () => {
    const unknown = report.findings.find((f) => f.rule === "config/unknown-key");
    expect(unknown?.message).toContain('did you mean "database"?');
    const missing = report.findings.find((f) => f.rule === "config/missing-key");
    expect(missing?.message).toBe("database.name is required but no layer sets it.");
    const type = report.findings.find((f) => f.key === "server.port");
    expect(type?.message).toBe("server.port must be an integer, not a string.");
    expect(type?.column).toBe(5);
  });

  it("marks every environment failed and never prints a secret", () => {
    expect(report.environments.map((e) => `${e.name}:${e.status}`)).toEqual([
      "local:fail",
      "dev:fail",
      "staging:fail",
      "production:fail",
    ]);
    for (const secret of [
      "Sup3rS3cretPassw0rd!",
      "q8Zr2LmP0xWv7Tn4Ks9B",
      "Xq7pL2vR9sT4wY8zK3mN6bV1cJ5hG0fD",
    ]) {
      expect(run.stdout).not.toContain(secret);
      expect(run.stdout).not.toContain(secret.slice(0, 9));
    }
  });

  it("prints the same findings as text, grouped by environment, each as file:line:column", () => {
    const text = runCli(["check"], { cwd: dir });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^staging$/m);
    expect(text.stdout).toContain(
      "config/staging.yaml:6:3  error    config/invalid-value  database.poolSize must be >= 1.",
    );
    expect(text.stdout).toContain("config/local.json:3:24  error    config/parse");
    expect(text.stdout.trim().split("\n").pop()).toBe("✖ 17 errors, 9 warnings");
    expect(text.stdout).not.toContain("Sup3rS3cretPassw0rd!");
    expect(text.stdout).not.toContain("\u001b[");
  });

  it("limits the run with --env", () => {
    const only = runCli(["check", "--env", "dev", "--format", "json"], { cwd: dir });
    const envs = JSON.parse(only.stdout).environments.map((e: { name: string }) => e.name);
    expect(envs).toEqual(["dev"]);
  });
});

describe("envguard check on a clean project", () => {
  it("passes the bundled example with no errors", () => {
    const dir = tempRepo();
    cpSync(path.join(REPO_ROOT, "examples"), dir, { recursive: true });
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "example");
    const run = runCli(["check", "--format", "json"], { cwd: dir });
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout);
    expect(report.findings).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, notes: 0 });
    expect(run.code).toBe(0);
  });

  it("without a .gitignore, says so and points at no file (there is none to annotate or link)", () => {
    const dir = tempRepo();
    cpSync(path.join(REPO_ROOT, "examples"), dir, { recursive: true });
    writeFileSync(path.join(dir, ".gitignore"), "");
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "example");
    const withEmpty = JSON.parse(runCli(["check", "--format", "json"], { cwd: dir }).stdout);
    const onFile = withEmpty.findings.find((f: JsonFinding) => f.rule === "repo/dotenv-not-ignored");
    expect(onFile).toMatchObject({ file: ".gitignore", key: ".env" });

    git(dir, "rm", "-q", ".gitignore");
    git(dir, "commit", "-q", "-m", "no .gitignore");
    const run = runCli(["check", "--format", "json"], { cwd: dir });
    expect(run.code).toBe(1);
    const finding = JSON.parse(run.stdout).findings.find(
      (f: JsonFinding) => f.rule === "repo/dotenv-not-ignored",
    );
    expect(finding.file).toBeUndefined();
    expect(finding.key).toBe(".env");
    expect(finding.message).toContain("the project has no .gitignore");
    expect(finding.fix).toContain("Create .gitignore");
  });

  it("calls the same files .env files as the scanner does", () => {
    const dir = tempRepo();
    cpSync(path.join(REPO_ROOT, "examples"), dir, { recursive: true });
    const names = {
      ".env-prod": true,
      "deploy/.env_local": true,
      "config/.ENV.staging": true,
      ".env.md": false,
      "docs/.env.ts": false,
      ".env.production.example": false,
      ".env-sample": false,
      ".envrc": false,
    };
    writeFiles(dir, Object.fromEntries(Object.keys(names).map((n) => [n, "A=1\n"])));
    git(dir, "add", "-f", "-A");
    git(dir, "commit", "-q", "-m", "example");
    const expected = Object.entries(names)
      .filter(([, is]) => is)
      .map(([n]) => n)
      .sort();
    const check = JSON.parse(runCli(["check", "--format", "json"], { cwd: dir }).stdout);
    const tracked = check.findings.filter((f: JsonFinding) => f.rule === "repo/tracked-dotenv");
    expect(tracked.map((f: JsonFinding) => f.file).sort()).toEqual(expected);
    const scan = JSON.parse(runCli(["scan", "--format", "json", "."], { cwd: dir }).stdout);
    const blocked = scan.findings.filter((f: JsonFinding) => f.rule === "file/dotenv");
    expect(blocked.map((f: JsonFinding) => f.file).sort()).toEqual(expected);
  });

  it("reads BOM and CRLF files and still points at the right lines", () => {
    const dir = tempRepo({
      ".gitignore": ".env\n",
      "config/schema.json":
        '\uFEFF{\r\n  "type": "object",\r\n  "properties": { "port": { "type": "integer" } }\r\n}\r\n',
      "config/base.json": '\uFEFF{\r\n  "port": 80\r\n}\r\n',
      "config/dev.json": '{\r\n\r\n  "port": "eighty"\r\n}\r\n',
      "config/local.yaml": "\uFEFFport: 81\r\n",
    });
    const run = runCli(["check", "--format", "json"], { cwd: dir });
    const findings = JSON.parse(run.stdout).findings as JsonFinding[];
    expect(findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`)).toEqual([
      "config/invalid-value config/dev.json:3:3",
    ]);
    expect(run.code).toBe(1);
  });
});

describe("bad input: a clear message, the right exit code, never a stack trace", () => {
  const base = {
    ".gitignore": ".env\n",
    "config/schema.json": '{ "type": "object", "properties": { "port": { "type": "integer" } } }\n',
    "config/base.json": '{ "port": 80 }\n',
  };
  const cases: {
    name: string;
    files: Record<string, string>;
    args?: string[];
    code: number;
    says: RegExp;
  }[] = [
    {
      name: "invalid JSON in an environment file",
      files: { "config/dev.json": '{\n  "port": 80,,\n}\n' },
      code: 1,
      says: /config\/dev\.json:2:\d+ +error +config\/parse +config\/dev\.json does not parse/,
    },
    {
      name: "invalid YAML in an environment file",
      files: { "config/staging.yaml": "port: [1, 2\nother: x\n" },
      code: 1,
      says: /config\/staging\.yaml:\d+:\d+ +error +config\/parse/,
    },
    {
      name: "an empty environment file",
      files: { "config/dev.json": "" },
      code: 0,
      says: /config\/dev\.json:1:1 +warning +config\/empty-file/,
    },
    {
      name: "a schema that is not an object",
      files: { "config/schema.json": "[1, 2]\n" },
      code: 2,
      says: /config\/schema\.json:1:1: config\/schema\.json must be a JSON Schema object/,
    },
    {
      name: "a schema that does not parse",
      files: { "config/schema.json": '{\n  "type": "object"\n  "properties": {}\n}\n' },
      code: 2,
      says: /config\/schema\.json:3:3: config\/schema\.json does not parse/,
    },
    {
      name: "a schema with an unknown keyword (strict mode)",
      files: { "config/schema.json": '{\n  "type": "object",\n  "propertees": {}\n}\n' },
      code: 2,
      says: /config\/schema\.json:3:3: .*strict mode.*propertees/,
    },
    {
      name: "a bad x-env annotation",
      files: {
        "config/schema.json":
          '{\n  "type": "object",\n  "properties": { "a": { "type": "string", "x-env": "1 BAD" } }\n}\n',
      },
      code: 2,
      says: /config\/schema\.json:3:\d+: .*x-env.*must match/,
    },
    {
      name: "a typo in .envguard.yml",
      files: { ".envguard.yml": "environments: [dev]\nenviroment: dev\n" },
      code: 2,
      says: /\.envguard\.yml:2:1: \.envguard\.yml: unknown setting "enviroment" \(did you mean "environments"\?\)/,
    },
    {
      name: "a wrong type in .envguard.yml",
      files: { ".envguard.yml": "environments: dev\n" },
      code: 2,
      says: /\.envguard\.yml:1:15: \.envguard\.yml: environments must be a list, not a string/,
    },
    {
      name: "a missing config directory",
      files: { ".envguard.yml": "configDir: settings\n" },
      code: 2,
      says: /The config directory settings\/ does not exist/,
    },
    {
      name: "an unknown --env",
      files: {},
      args: ["--env", "prod"],
      code: 2,
      says: /"prod" is not one of this project's environments \(local, dev, staging, production\) \(did you mean "production"\?\)\./,
    },
    {
      name: "an unknown --format",
      files: {},
      args: ["--format", "xml"],
      code: 2,
      says: /argument 'xml' is invalid/,
    },
    {
      name: "an unknown option",
      files: {},
      args: ["--frobnicate"],
      code: 2,
      says: /unknown option '--frobnicate'/,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const dir = tempRepo({ ...base, ...c.files });
      const run = runCli(["check", ...(c.args ?? [])], { cwd: dir });
      expect(`${run.stdout}${run.stderr}`).toMatch(c.says);
      expect(run.code).toBe(c.code);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_TRACE);
    });
  }

  it("says so when the project is not a git repository", () => {
    const dir = tempDir();
    writeFiles(dir, base);
    const run = runCli(["check", "--format", "json"], { cwd: dir });
    const rules = JSON.parse(run.stdout).findings.map((f: JsonFinding) => f.rule);
    expect(rules).toEqual(["repo/not-a-repository"]);
    expect(run.code).toBe(0);
  });

  it("exits 2 when a config file cannot be read", () => {
    // A directory in the file's place cannot be read as a file by anyone, root included.
    const dir = tempRepo(base);
    writeFiles(dir, { "config/dev.json/x": "" });
    const run = runCli(["check"], { cwd: dir });
    expect(run.stderr).toMatch(/config\/dev\.json could not be read \(it is a directory\)/);
    expect(run.code).toBe(2);
  });
});

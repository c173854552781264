import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ActionResult,
  assertNoUnexpectedCommands,
  createMergeGroupRepo,
  createPullRequestRepo,
  createPushRepo,
  type FakeGitHub,
  loadPayload,
  runAction,
  startFakeGitHub,
} from "./harness.js";

// Built at run time so no token-shaped literal sits in the repository.
const GITHUB_PAT = ["ghp", "_", "Zq8Lm2Xv7Tb4Nw9Rk3Hs6Jd1Fg5Pc0Ya2UeW"].join("");
const STRIPE_KEY = ["sk", "_live_", "51Hq8LmZv7Tb4Nw9Rk3Hs6Jd1Fg5Pc0YaUe"].join("");

const SCHEMA = JSON.stringify({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  additionalProperties: false,
  required: ["server"],
  properties: {
    server: {
      type: "object",
      additionalProperties: false,
      required: ["port"],
      properties: { port: { type: "integer", minimum: 1, maximum: 65535 } },
    },
    database: {
      type: "object",
      additionalProperties: false,
      properties: { password: { type: "string", "x-secret": true, "x-env": "DB_PASSWORD" } },
    },
  },
});

/** A small project that passes `envguard check`. */
const PROJECT: Record<string, string> = {
  ".gitignore": ".env\n",
  ".env.example": "DB_PASSWORD=\n",
  "config/schema.json": `${SCHEMA}\n`,
  "config/base.json": '{ "server": { "port": 8080 } }\n',
  "config/local.json": "{}\n",
  "config/dev.json": "{}\n",
  "config/staging.json": "{}\n",
  "config/production.json": "{}\n",
  "src/app.ts": "export const name = 'app';\n",
};

/** The planted secrets found anywhere the run wrote, by name (a failing assertion must not print them). */
function secrets(result: ActionResult): string[] {
  const everything = [result.stdout, result.stderr, result.summary, JSON.stringify(result.outputs)].join(
    "\n",
  );
  const sarif = result.outputs["sarif-file"] ? readFileSync(result.outputs["sarif-file"], "utf8") : "";
  const report = result.outputs.report ? readFileSync(result.outputs.report, "utf8") : "";
  return Object.entries({ GITHUB_PAT, STRIPE_KEY })
    .filter(([, s]) =>
      [everything, sarif, report].some((text) => text.includes(s) || text.includes(s.slice(4, 20))),
    )
    .map(([name]) => name);
}

let api: FakeGitHub;
beforeAll(async () => {
  api = await startFakeGitHub();
});
afterAll(async () => {
  await api.close();
});

describe("the Action on pull_request (merge ref checkout)", () => {
  it("a clean PR passes: outputs, summary and no annotations", async () => {
    const repo = createPullRequestRepo({
      base: PROJECT,
      commits: [{ files: { "src/feature.ts": "export const feature = true;\n" } }],
    });
    const result = await runAction({ ...repo.event, workspace: repo.workspace, apiUrl: api.url });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(result.outputs.report ?? "", "utf8"));
    expect(report.findings).toEqual([]);
    expect(result.outputs).toMatchObject({ findings: "0", secrets: "0", errors: "0" });
    expect(JSON.parse(result.outputs.environments ?? "")).toEqual([
      { name: "local", status: "pass", errors: 0, warnings: 0 },
      { name: "dev", status: "pass", errors: 0, warnings: 0 },
      { name: "staging", status: "pass", errors: 0, warnings: 0 },
      { name: "production", status: "pass", errors: 0, warnings: 0 },
    ]);
    expect(result.annotations).toEqual([]);
    expect(result.summary).toMatch(/All checks passed/);
    expect(result.summary).toMatch(/\| production \|/);
    // The depth-1 checkout lacked the merge commit's first parent: it was fetched.
    expect(result.stdout).toMatch(/fetched the merge commit's first parent/);
    expect(result.stdout).toContain(`${repo.sha.base.slice(0, 12)}..${repo.sha.merge.slice(0, 12)}`);
    const sarif = JSON.parse(readFileSync(result.outputs["sarif-file"] ?? "", "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results).toEqual([]);
    expect(report).toMatchObject({ tool: "envguard", command: "action", summary: { errors: 0 } });
    assertNoUnexpectedCommands(result, ["stop-commands"]);
  });

  it("a leaked key and a broken staging config fail with annotations on the lines", async () => {
    const repo = createPullRequestRepo({
      base: PROJECT,
      commits: [
        {
          files: {
            "src/client.ts": `export const client = 1;\nconst token = "${GITHUB_PAT}";\n`,
            "config/staging.json": '{ "server": { "port": "eighty" } }\n',
          },
        },
      ],
    });
    const result = await runAction({ ...repo.event, workspace: repo.workspace, apiUrl: api.url });
    expect(result.code).toBe(1);
    const secret = result.annotations.find((a) => a.file === "src/client.ts");
    expect(secret).toMatchObject({ level: "error", line: 2 });
    const config = result.annotations.find((a) => a.file === "config/staging.json");
    expect(config).toMatchObject({ level: "error", line: 1 });
    expect(result.outputs.secrets).toBe("1");
    expect(Number(result.outputs.errors)).toBeGreaterThanOrEqual(2);
    const environments = JSON.parse(result.outputs.environments ?? "[]");
    expect(environments.find((e: { name: string }) => e.name === "staging").status).toBe("fail");
    expect(environments.find((e: { name: string }) => e.name === "dev").status).toBe("pass");
    expect(result.summary).toMatch(/src\/client\.ts/);
    expect(result.summary).toContain(`/blob/${repo.sha.merge}/src/client.ts#L2`);
    const sarif = JSON.parse(readFileSync(result.outputs["sarif-file"] ?? "", "utf8"));
    const uris = sarif.runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0]?.physicalLocation.artifactLocation.uri,
    );
    expect(uris).toEqual(expect.arrayContaining(["src/client.ts", "config/staging.json"]));
    expect(secrets(result)).toEqual([]);
  });

  it("reports only the lines the PR adds, not what main gained meanwhile", async () => {
    const repo = createPullRequestRepo({
      base: PROJECT,
      mainMovesOn: [{ files: { "src/main-only.ts": `const t = "${GITHUB_PAT}";\n` } }],
      commits: [{ files: { "src/feature.ts": "export const ok = 1;\n" } }],
    });
    const result = await runAction({ ...repo.event, workspace: repo.workspace, apiUrl: api.url });
    expect(result.code).toBe(0);
    expect(result.outputs.secrets).toBe("0");
  });

  it("fail-on never reports but passes; fail-on warning fails on warnings", async () => {
    const repo = createPullRequestRepo({
      base: PROJECT,
      commits: [{ files: { "src/client.ts": `const token = "${GITHUB_PAT}";\n` } }],
    });
    const never = await runAction({
      ...repo.event,
      workspace: repo.workspace,
      apiUrl: api.url,
      inputs: { "fail-on": "never" },
    });
    expect(never.code).toBe(0);
    expect(never.outputs.secrets).toBe("1");
    expect(never.annotations.some((a) => a.level === "error")).toBe(true);

    // Without .env.example the check warns: only fail-on warning fails on that.
    const { ".env.example": _example, ...withoutExample } = PROJECT;
    const warned = createPullRequestRepo({ base: withoutExample, commits: [{ files: { "a.txt": "a\n" } }] });
    const lenient = await runAction({ ...warned.event, workspace: warned.workspace, apiUrl: api.url });
    expect(lenient.code).toBe(0);
    expect(lenient.annotations).toEqual([
      expect.objectContaining({ level: "warning", file: ".env.example" }),
    ]);
    const strict = await runAction({
      ...warned.event,
      workspace: warned.checkout(),
      apiUrl: api.url,
      inputs: { "fail-on": "warning" },
    });
    expect(strict.code).toBe(1);
  });

  it("scan-commits finds a key added and removed again inside the PR", async () => {
    const repo = createPullRequestRepo({
      base: PROJECT,
      commits: [
        { files: { "src/client.ts": `const token = "${GITHUB_PAT}";\n` } },
        { files: { "src/client.ts": "const token = process.env.TOKEN;\n" } },
      ],
    });
    const diffOnly = await runAction({ ...repo.event, workspace: repo.workspace, apiUrl: api.url });
    expect(diffOnly.code).toBe(0);
    const history = await runAction({
      ...repo.event,
      workspace: repo.checkout(),
      apiUrl: api.url,
      inputs: { "scan-commits": "true" },
    });
    expect(history.code).toBe(1);
    expect(history.outputs.secrets).toBe("1");
    expect(history.summary).toContain(repo.sha.commits[0]?.slice(0, 7));
    expect(secrets(history)).toEqual([]);
  });

  it("works at fetch-depth 2 and 0 without fetching", async () => {
    const repo = createPullRequestRepo({
      base: PROJECT,
      commits: [{ files: { "src/client.ts": `const token = "${GITHUB_PAT}";\n` } }],
      fetchDepth: 2,
    });
    const two = await runAction({ ...repo.event, workspace: repo.workspace, apiUrl: api.url });
    expect(two.code).toBe(1);
    expect(two.stdout).not.toMatch(/^fetched/m);
    const full = await runAction({
      ...repo.event,
      workspace: repo.checkout({ fetchDepth: 0 }),
      apiUrl: api.url,
    });
    expect(full.code).toBe(1);
    expect(full.outputs.secrets).toBe("1");
  });

  it("fails closed with the checkout setting to change when the base cannot be fetched", async () => {
    const repo = createPullRequestRepo({
      base: PROJECT,
      commits: [{ files: { "src/feature.ts": "export const ok = 1;\n" } }],
    });
    // The remote is gone: nothing missing can be fetched.
    const result = await runAction({
      ...repo.event,
      workspace: repo.workspace,
      apiUrl: api.url,
      env: {
        GIT_CONFIG_COUNT: "1",
        GIT_CONFIG_KEY_0: "remote.origin.url",
        GIT_CONFIG_VALUE_0: "/nonexistent",
      },
    });
    expect(result.code).toBe(2);
    expect(result.annotations.some((a) => a.level === "error" && /fetch-depth: 0/.test(a.message))).toBe(
      true,
    );
    expect(result.summary).toMatch(/could not/i);
  });
});

describe("the Action on other events", () => {
  it("pull_request_target reads the policy from the base, not from the PR", async () => {
    const repo = createPullRequestRepo({
      eventName: "pull_request_target",
      checkout: "head",
      base: PROJECT,
      commits: [
        {
          files: {
            // The PR tries to switch the scan off for its own file.
            ".envguard.yml": "scan:\n  ignorePaths: ['src/**']\n",
            "src/client.ts": `const token = "${GITHUB_PAT}";\n`,
          },
        },
      ],
    });
    const result = await runAction({ ...repo.event, workspace: repo.workspace, apiUrl: api.url });
    expect(result.stdout).toMatch(/read from the base commit/);
    expect(result.code).toBe(1);
    expect(result.outputs.secrets).toBe("1");
  });

  it("pull_request_target with the default checkout (the base) checks and scans the PR's head", async () => {
    const repo = createPullRequestRepo({
      eventName: "pull_request_target",
      checkout: "base",
      base: PROJECT,
      commits: [
        {
          files: {
            "config/staging.json": '{ "server": { "port": "eighty" } }\n',
            "src/client.ts": `const token = "${GITHUB_PAT}";\n`,
          },
        },
      ],
    });
    const result = await runAction({ ...repo.event, workspace: repo.workspace, apiUrl: api.url });
    expect(result.code).toBe(1);
    expect(result.outputs.secrets).toBe("1");
    const environments = JSON.parse(result.outputs.environments ?? "[]");
    expect(environments.find((e: { name: string }) => e.name === "staging").status).toBe("fail");
    expect(result.annotations.some((a) => a.file === "config/staging.json")).toBe(true);
    // The workspace itself still holds the base: nothing was checked out from the PR.
    expect(readFileSync(`${repo.workspace}/config/staging.json`, "utf8")).toBe("{}\n");
  });

  it("working-directory: a monorepo package's changes, annotated with repository paths", async () => {
    const pkg = Object.fromEntries(
      Object.entries(PROJECT).map(([file, text]) => [`packages/api/${file}`, text]),
    );
    const repo = createPullRequestRepo({
      base: pkg,
      commits: [
        {
          files: {
            "packages/api/src/client.ts": `const token = "${GITHUB_PAT}";\n`,
            "web/other.ts": `const token = "${GITHUB_PAT}";\n`,
          },
        },
      ],
    });
    const result = await runAction({
      ...repo.event,
      workspace: repo.workspace,
      apiUrl: api.url,
      inputs: { "working-directory": "packages/api" },
    });
    expect(result.code).toBe(1);
    expect(result.outputs.secrets).toBe("1");
    expect(result.annotations.filter((a) => a.level === "error").map((a) => a.file)).toEqual([
      "packages/api/src/client.ts",
    ]);
  });

  it("push: before..after", async () => {
    const repo = createPushRepo({
      base: PROJECT,
      pushed: [{ files: { "deploy/key.txt": `stripe: ${STRIPE_KEY}\n` } }],
    });
    const result = await runAction({ ...repo.event, workspace: repo.workspace, apiUrl: api.url });
    expect(result.code).toBe(1);
    expect(result.annotations.some((a) => a.file === "deploy/key.txt")).toBe(true);
    expect(secrets(result)).toEqual([]);
  });

  it("push of a new branch compares with the default branch", async () => {
    const repo = createPushRepo({
      kind: "create",
      base: { ...PROJECT, "old/leak.txt": `const t = "${GITHUB_PAT}";\n` },
      pushed: [{ files: { "src/feature.ts": "export const ok = 1;\n" } }],
    });
    const result = await runAction({ ...repo.event, workspace: repo.workspace, apiUrl: api.url });
    // The old leak on main is not this branch's doing.
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/default branch main/);
  });

  it("force push: from where old and new history meet", async () => {
    const repo = createPushRepo({
      kind: "force",
      base: PROJECT,
      pushed: [{ files: { "src/client.ts": `const token = "${GITHUB_PAT}";\n` } }],
    });
    const result = await runAction({ ...repo.event, workspace: repo.workspace, apiUrl: api.url });
    expect(result.code).toBe(1);
    expect(result.outputs.secrets).toBe("1");
  });

  it("merge_group: the queue's merge against its base", async () => {
    const repo = createMergeGroupRepo({
      base: PROJECT,
      commits: [{ files: { "src/client.ts": `const token = "${GITHUB_PAT}";\n` } }],
    });
    const result = await runAction({ ...repo.event, workspace: repo.workspace, apiUrl: api.url });
    expect(result.code).toBe(1);
    expect(result.outputs.secrets).toBe("1");
  });

  it("schedule scans the whole tree; mode history every commit", async () => {
    const repo = createPushRepo({
      base: { ...PROJECT, "old/leak.txt": `const t = "${GITHUB_PAT}";\n` },
      history: [{ delete: ["old/leak.txt"] }],
      pushed: [{ files: { "src/feature.ts": "export const ok = 1;\n" } }],
    });
    const tree = await runAction({
      workspace: repo.workspace,
      eventName: "schedule",
      payload: loadPayload("schedule"),
      apiUrl: api.url,
    });
    expect(tree.code).toBe(0);
    const history = await runAction({
      workspace: repo.checkout(),
      eventName: "workflow_dispatch",
      payload: loadPayload("workflow_dispatch"),
      apiUrl: api.url,
      inputs: { mode: "history" },
    });
    expect(history.code).toBe(1);
    expect(history.stdout).toMatch(/--unshallow/);
    expect(history.outputs.secrets).toBe("1");
  });
});

describe("the sticky comment", () => {
  it("is created once and then updated in place", async () => {
    const repo = createPullRequestRepo({
      base: PROJECT,
      commits: [{ files: { "src/client.ts": `const token = "${GITHUB_PAT}";\n` } }],
      number: 41,
    });
    api.addComment(41, "an unrelated human comment");
    const options = { ...repo.event, apiUrl: api.url, inputs: { comment: "on-failure" } };
    const first = await runAction({ ...options, workspace: repo.workspace });
    expect(first.code).toBe(1);
    expect(api.comments(41)).toHaveLength(2);
    const second = await runAction({ ...options, workspace: repo.checkout() });
    expect(second.code).toBe(1);
    const comments = api.comments(41);
    expect(comments).toHaveLength(2);
    expect(comments[1]?.body).toMatch(/^<!-- envguard:sticky-comment -->/);
    expect(comments[1]?.body).toContain("src/client.ts");
    expect(comments.map((c) => c.body).join("\n")).not.toContain(GITHUB_PAT);
    const writes = api.requests.filter(
      (r) => r.method !== "GET" && (r.path.includes("/issues/41/") || r.path.includes("/issues/comments/")),
    );
    expect(writes.map((r) => r.method)).toEqual(["POST", "PATCH"]);
    expect(api.unknownRequests()).toEqual([]);
    const auth = api.requests.find((r) => r.route === "listComments")?.headers.authorization;
    expect(auth).toMatch(/fake-token-for-envguard-tests/);
  });

  it("on a 403 warns and carries on: annotations, summary and exit status still work", async () => {
    const repo = createPullRequestRepo({
      base: PROJECT,
      fork: true,
      commits: [{ files: { "src/client.ts": `const token = "${GITHUB_PAT}";\n` } }],
      number: 42,
    });
    const forbidden = await startFakeGitHub({ mode: "forbidden" });
    try {
      const result = await runAction({
        ...repo.event,
        workspace: repo.workspace,
        apiUrl: forbidden.url,
        inputs: { comment: "always" },
      });
      expect(result.code).toBe(1);
      expect(result.annotations.some((a) => a.level === "warning" && /403/.test(a.message))).toBe(true);
      expect(result.annotations.some((a) => a.level === "error" && a.file === "src/client.ts")).toBe(true);
      expect(result.summary).toMatch(/src\/client\.ts/);
    } finally {
      await forbidden.close();
    }
  });

  it("is not written with comment off (the default)", async () => {
    const repo = createPullRequestRepo({
      base: PROJECT,
      commits: [{ files: { "src/client.ts": `const token = "${GITHUB_PAT}";\n` } }],
      number: 43,
    });
    const before = api.requests.length;
    const result = await runAction({ ...repo.event, workspace: repo.workspace, apiUrl: api.url });
    // The run got as far as reporting the secret: it just did not comment.
    expect(result.code).toBe(1);
    expect(result.outputs.secrets).toBe("1");
    expect(api.requests.slice(before)).toEqual([]);
  });
});

describe("bad input and hostile content", () => {
  it("a bad input exits 2 naming the input", async () => {
    const repo = createPullRequestRepo({ base: PROJECT, commits: [{ files: { "a.txt": "a\n" } }] });
    const result = await runAction({
      ...repo.event,
      workspace: repo.workspace,
      apiUrl: api.url,
      inputs: { "fail-on": "sometimes" },
    });
    expect(result.code).toBe(2);
    expect(result.annotations[0]?.message).toMatch(/fail-on is "sometimes"/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("an invalid schema stops the config check (exit 2) and is not counted as a secret", async () => {
    const repo = createPullRequestRepo({
      base: PROJECT,
      commits: [
        {
          files: {
            "config/schema.json": '{ "type": "object", "properties": { "a": { "type": "nope" } } }\n',
          },
        },
      ],
    });
    const result = await runAction({ ...repo.event, workspace: repo.workspace, apiUrl: api.url });
    expect(result.code).toBe(2);
    expect(result.outputs.secrets).toBe("0");
    expect(result.annotations.some((a) => a.level === "error" && a.file === "config/schema.json")).toBe(true);
    expect(result.summary).not.toMatch(/Secrets found/);
  });

  it("a payload that is not JSON exits 2", async () => {
    const repo = createPullRequestRepo({ base: PROJECT, commits: [{ files: { "a.txt": "a\n" } }] });
    const result = await runAction({
      ...repo.event,
      workspace: repo.workspace,
      apiUrl: api.url,
      env: { GITHUB_EVENT_PATH: "/nonexistent/event.json" },
    });
    expect(result.code).toBe(2);
    expect(result.annotations[0]?.message).toMatch(/event payload/);
  });

  it("crafted file names and contents cannot emit workflow commands", async () => {
    const names = [
      "::add-mask::x.txt",
      "a\n::set-output name=secrets::0.txt",
      "%0A::error::forged.txt",
      "::stop-commands::abc.env",
    ];
    const repo = createPullRequestRepo({
      base: PROJECT,
      commits: [
        {
          files: Object.fromEntries(
            names.map((n) => [
              `src/${n}`,
              `::warning::forged from content\nconst token = "${GITHUB_PAT}";\n`,
            ]),
          ),
        },
      ],
    });
    const result = await runAction({ ...repo.event, workspace: repo.workspace, apiUrl: api.url });
    expect(result.code).toBe(1);
    // stop-commands is the Action's own guard around the untrusted text it logs.
    assertNoUnexpectedCommands(result, ["error", "warning", "notice", "stop-commands"]);
    expect(result.masks).toEqual([]);
    expect(result.annotations.every((a) => !/forged from content/.test(a.message))).toBe(true);
    expect(result.annotations.filter((a) => a.level === "warning")).toEqual([]);
    expect(result.outputs.secrets).toBe(String(names.length));
    expect(secrets(result)).toEqual([]);
  });

  it("caps annotations at 10 per level and says how many more there are", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 14; i++) files[`src/leak${i}.ts`] = `const token = "${GITHUB_PAT}";\n`;
    const repo = createPullRequestRepo({ base: PROJECT, commits: [{ files }] });
    const result = await runAction({ ...repo.event, workspace: repo.workspace, apiUrl: api.url });
    expect(result.code).toBe(1);
    expect(result.annotations.filter((a) => a.level === "error")).toHaveLength(10);
    expect(result.annotations.some((a) => a.level === "notice" && /4/.test(a.message))).toBe(true);
    expect(result.outputs.secrets).toBe("14");
  });
});

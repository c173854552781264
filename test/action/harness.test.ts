// Proves the Action test harness itself: repo shapes match what actions/checkout@v4 produces, the fake
// GitHub API behaves like GitHub's, payload fixtures load, and runAction reads the runner protocol.
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assertNoUnexpectedCommands,
  createMergeGroupRepo,
  createPullRequestRepo,
  createPushRepo,
  FAKE_TOKEN,
  type FakeGitHub,
  gitSucceeds,
  inputEnvName,
  loadPayload,
  PAYLOADS_DIR,
  parseFileCommand,
  parseWorkflowCommands,
  runAction,
  runGit,
  startFakeGitHub,
  ZERO_SHA,
} from "./harness.js";

const PROBE = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "protocol-probe.mjs");

const git = (dir: string, ...args: string[]) => runGit(dir, args).trim();
const parents = (dir: string, rev = "HEAD") =>
  git(dir, "cat-file", "-p", rev)
    .split("\n")
    .filter((l) => l.startsWith("parent "))
    .map((l) => l.slice(7));
const has = (dir: string, sha: string) => gitSucceeds(dir, ["cat-file", "-e", `${sha}^{commit}`]);
const isShallow = (dir: string) => git(dir, "rev-parse", "--is-shallow-repository") === "true";
/** A `${{ expression }}` as action.yml writes it. */
const expr = (e: string) => `$${"{{"} ${e} }}`;
const detached = (dir: string) => !gitSucceeds(dir, ["symbolic-ref", "-q", "HEAD"]);

describe("payload fixtures", () => {
  it("holds one real excerpt per event shape", () => {
    const names = readdirSync(PAYLOADS_DIR).filter((f) => f.endsWith(".json"));
    expect(names.sort()).toEqual(
      [
        "merge_group",
        "pull_request.fork",
        "pull_request.opened",
        "pull_request.synchronize",
        "push",
        "push.created",
        "push.forced",
        "schedule",
        "workflow_dispatch",
      ]
        .map((n) => `${n}.json`)
        .sort(),
    );
    const opened = loadPayload("pull_request.opened");
    expect(opened).toMatchObject({
      action: "opened",
      number: 2,
      pull_request: {
        number: 2,
        base: { ref: "master", repo: { full_name: "Codertocat/Hello-World" } },
        head: { ref: "changes", sha: "ec26c3e57ca3a959ca5aad62de7213c562f8c821" },
      },
      repository: { full_name: "Codertocat/Hello-World", owner: { login: "Codertocat" } },
    });
    expect(Object.keys(opened.pull_request).sort()).toEqual(["base", "head", "html_url", "number"]);
    expect(loadPayload("pull_request.synchronize")).toMatchObject({ action: "synchronize" });
    const fork = loadPayload("pull_request.fork");
    expect(fork.pull_request.head.repo.full_name).not.toBe(fork.pull_request.base.repo.full_name);
    expect(fork.pull_request.head.repo.fork).toBe(true);
    expect(loadPayload("push.created")).toMatchObject({
      before: ZERO_SHA,
      created: true,
      ref: "refs/heads/master",
    });
    expect(loadPayload("push")).toMatchObject({ created: false, deleted: false, forced: false });
    expect(loadPayload("push.forced")).toMatchObject({ forced: true });
    expect(loadPayload("merge_group")).toMatchObject({
      action: "checks_requested",
      merge_group: {
        base_ref: "refs/heads/main",
        head_ref: expect.stringMatching(/^refs\/heads\/gh-readonly-queue\//),
      },
    });
    expect(loadPayload("workflow_dispatch")).toMatchObject({ ref: "refs/heads/main", inputs: {} });
    expect(loadPayload("schedule")).toEqual({ schedule: expect.any(String) });
  });

  it("returns deep copies with overrides merged", () => {
    const a = loadPayload("pull_request.opened", {
      number: 7,
      pull_request: { head: { sha: "abc" } },
      sender: undefined,
    });
    expect(a.number).toBe(7);
    expect(a.pull_request.head).toEqual({
      ref: "changes",
      sha: "abc",
      repo: { full_name: "Codertocat/Hello-World", fork: false },
    });
    expect(a.pull_request.base.ref).toBe("master");
    expect("sender" in a).toBe(false);
    a.pull_request.base.ref = "mutated";
    expect(loadPayload("pull_request.opened").pull_request.base.ref).toBe("master");
    expect(() => loadPayload("nope")).toThrow(/no payload fixture/);
  });
});

describe("pull request repos (actions/checkout@v4 shapes)", () => {
  const repo = createPullRequestRepo({
    base: { "config/app.env": "A=1\n", "README.md": "hi\n" },
    commits: [
      { files: { "config/app.env": "A=2\n" } },
      { files: { "new.txt": "x\n" }, delete: ["README.md"] },
    ],
    mainMovesOn: [{ files: { "main-only.txt": "m\n" } }],
  });
  const { sha } = repo;

  it("puts refs/pull/<n>/head and a real merge commit in the origin", () => {
    expect(git(repo.origin, "rev-parse", "refs/pull/7/head")).toBe(sha.head);
    expect(git(repo.origin, "rev-parse", "refs/pull/7/merge")).toBe(sha.merge);
    expect(git(repo.origin, "rev-parse", "refs/heads/main")).toBe(sha.base);
    expect(git(repo.origin, "rev-parse", "refs/heads/feature")).toBe(sha.head);
    expect(parents(repo.origin, sha.merge)).toEqual([sha.base, sha.head]);
    expect(git(repo.origin, "merge-base", sha.base, sha.head)).toBe(sha.mergeBase);
    expect(sha.base).not.toBe(sha.mergeBase);
    expect(sha.commits).toHaveLength(2);
    expect(sha.mainCommits).toHaveLength(1);
    expect(git(repo.origin, "config", "uploadpack.allowAnySHA1InWant")).toBe("true");
    expect(git(repo.origin, "config", "uploadpack.allowReachableSHA1InWant")).toBe("true");
    // base...head (what the PR changed) differs from base..head (the two tips)
    expect(git(repo.origin, "diff", "--name-only", `${sha.base}...${sha.head}`).split("\n")).toEqual([
      "README.md",
      "config/app.env",
      "new.txt",
    ]);
    expect(git(repo.origin, "diff", "--name-only", sha.base, sha.head).split("\n")).toContain(
      "main-only.txt",
    );
  });

  it("checks out the merge ref at depth 1 like actions/checkout", () => {
    const ws = repo.workspace;
    expect(ws.endsWith(path.join("work", "webapp", "webapp"))).toBe(true);
    expect(repo.checkoutCommands).toContain(
      `git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --progress --depth=1 origin +${sha.merge}:refs/remotes/pull/7/merge`,
    );
    expect(repo.checkoutCommands).toContain("git checkout --progress --force refs/remotes/pull/7/merge");
    expect(git(ws, "rev-parse", "HEAD")).toBe(sha.merge);
    expect(detached(ws)).toBe(true);
    expect(git(ws, "remote", "get-url", "origin")).toBe(repo.originUrl);
    expect(repo.originUrl.startsWith("file://")).toBe(true);
    expect(parents(ws)).toEqual([sha.base, sha.head]);
    expect(isShallow(ws)).toBe(true);
    expect(has(ws, sha.base)).toBe(false);
    expect(has(ws, sha.head)).toBe(false);
    expect(git(ws, "for-each-ref", "--format=%(refname)")).toBe("refs/remotes/pull/7/merge");
    expect(git(ws, "status", "--porcelain")).toBe("");
    expect(existsSync(path.join(ws, "new.txt"))).toBe(true);
    expect(existsSync(path.join(ws, "main-only.txt"))).toBe(true);
    expect(existsSync(path.join(ws, "README.md"))).toBe(false);
    expect(repo.event).toMatchObject({ eventName: "pull_request", sha: sha.merge, ref: "refs/pull/7/merge" });
    expect(repo.event.payload).toMatchObject({
      number: 7,
      pull_request: {
        number: 7,
        html_url: "https://github.com/acme/webapp/pull/7",
        base: { ref: "main", sha: sha.base, repo: { full_name: "acme/webapp" } },
        head: { ref: "feature", sha: sha.head, repo: { full_name: "acme/webapp", fork: false } },
      },
      repository: { full_name: "acme/webapp", name: "webapp", owner: { login: "acme" } },
    });
  });

  it("has both parents at depth 2 but not the merge-base", () => {
    const ws = repo.checkout({ fetchDepth: 2 });
    expect(git(ws, "rev-parse", "HEAD")).toBe(sha.merge);
    expect(has(ws, sha.base)).toBe(true);
    expect(has(ws, sha.head)).toBe(true);
    expect(has(ws, sha.mergeBase)).toBe(false);
    expect(gitSucceeds(ws, ["merge-base", "HEAD^1", "HEAD^2"])).toBe(false);
  });

  it("has all history and branches at fetch-depth 0", () => {
    const ws = repo.checkout({ fetchDepth: 0 });
    expect(git(ws, "rev-parse", "HEAD")).toBe(sha.merge);
    expect(detached(ws)).toBe(true);
    expect(isShallow(ws)).toBe(false);
    expect(git(ws, "merge-base", "HEAD^1", "HEAD^2")).toBe(sha.mergeBase);
    expect(git(ws, "rev-parse", "refs/remotes/origin/main")).toBe(sha.base);
    expect(git(ws, "rev-parse", "refs/remotes/origin/feature")).toBe(sha.head);
  });

  it("builds fork pull requests: the head lives in the fork, GitHub keeps refs/pull in the base", () => {
    const fork = createPullRequestRepo({
      number: 12,
      fork: true,
      commits: [{ files: { "f.txt": "fork\n" } }],
    });
    try {
      expect(fork.fork && existsSync(fork.fork)).toBe(true);
      expect(gitSucceeds(fork.origin, ["rev-parse", "--verify", "refs/heads/feature"])).toBe(false);
      expect(git(fork.fork!, "rev-parse", "refs/heads/feature")).toBe(fork.sha.head);
      expect(git(fork.origin, "rev-parse", "refs/pull/12/head")).toBe(fork.sha.head);
      expect(git(fork.origin, "rev-parse", "refs/pull/12/merge")).toBe(fork.sha.merge);
      expect(fork.headRepository).toBe("contributor/webapp");
      expect(fork.event.payload.pull_request.head.repo).toEqual({
        full_name: "contributor/webapp",
        fork: true,
      });
      expect(fork.event.payload.pull_request.base.repo.full_name).toBe("acme/webapp");
      expect(git(fork.workspace, "rev-parse", "HEAD")).toBe(fork.sha.merge);
      const full = fork.checkout({ fetchDepth: 0 });
      expect(has(full, fork.sha.head)).toBe(true);
      expect(gitSucceeds(full, ["rev-parse", "--verify", "refs/remotes/origin/feature"])).toBe(false);
    } finally {
      fork.cleanup();
      expect(existsSync(fork.root)).toBe(false);
    }
  });

  it("builds pull_request_target checkouts (base by default, or the head sha)", () => {
    const head = createPullRequestRepo({
      eventName: "pull_request_target",
      checkout: "head",
      commits: [{ files: { "x.txt": "x\n" } }],
    });
    expect(head.event).toMatchObject({
      eventName: "pull_request_target",
      sha: head.sha.base,
      ref: "refs/heads/main",
    });
    expect(git(head.workspace, "rev-parse", "HEAD")).toBe(head.sha.head);
    expect(detached(head.workspace)).toBe(true);
    expect(head.checkoutCommands).toContain(
      `git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --progress --depth=1 origin ${head.sha.head}`,
    );
    const base = head.checkout({ ref: "refs/heads/main", commit: head.sha.base });
    expect(git(base, "rev-parse", "HEAD")).toBe(head.sha.base);
    expect(git(base, "symbolic-ref", "HEAD")).toBe("refs/heads/main");
  });
});

describe("push repos", () => {
  it("builds a fast-forward push checked out on its branch", () => {
    const repo = createPushRepo({
      base: { "a.txt": "1\n" },
      history: [{ files: { "a.txt": "2\n" } }],
      pushed: [{ files: { "b.txt": "b\n" } }, { files: { "c.txt": "c\n" } }],
    });
    const { sha } = repo;
    expect(repo.event).toMatchObject({ eventName: "push", sha: sha.after, ref: "refs/heads/main" });
    expect(repo.event.payload).toMatchObject({
      before: sha.before,
      after: sha.after,
      created: false,
      forced: false,
      repository: { full_name: "acme/webapp" },
    });
    expect(sha.before).toBe(sha.base);
    expect(repo.checkoutCommands).toContain(
      `git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --progress --depth=1 origin +${sha.after}:refs/remotes/origin/main`,
    );
    expect(git(repo.workspace, "rev-parse", "HEAD")).toBe(sha.after);
    expect(git(repo.workspace, "symbolic-ref", "HEAD")).toBe("refs/heads/main");
    expect(has(repo.workspace, sha.before)).toBe(false);
    const full = repo.checkout({ fetchDepth: 0 });
    expect(gitSucceeds(full, ["merge-base", "--is-ancestor", sha.before, sha.after])).toBe(true);
    expect(git(full, "rev-list", "--count", `${sha.before}..${sha.after}`)).toBe("2");
  });

  it("builds a new-branch push (before = 40 zeros)", () => {
    const repo = createPushRepo({ kind: "create", pushed: [{ files: { "n.txt": "n\n" } }] });
    expect(repo.branch).toBe("feature");
    expect(repo.sha.before).toBe(ZERO_SHA);
    expect(repo.event).toMatchObject({ ref: "refs/heads/feature", sha: repo.sha.after });
    expect(repo.event.payload).toMatchObject({ before: ZERO_SHA, created: true, ref: "refs/heads/feature" });
    expect(git(repo.workspace, "symbolic-ref", "HEAD")).toBe("refs/heads/feature");
    expect(parents(repo.workspace)).toEqual([repo.sha.base]);
    expect(git(repo.origin, "rev-parse", "refs/heads/main")).toBe(repo.sha.base);
  });

  it("builds a force push whose before is no longer an ancestor (but still fetchable by sha)", () => {
    const repo = createPushRepo({ kind: "force", pushed: [{ files: { "new.txt": "n\n" } }] });
    const { sha } = repo;
    expect(repo.event.payload).toMatchObject({ forced: true, before: sha.before, after: sha.after });
    expect(sha.replaced).toEqual([sha.before]);
    const full = repo.checkout({ fetchDepth: 0 });
    expect(has(full, sha.before)).toBe(false);
    git(full, "fetch", "--no-tags", "origin", sha.before);
    expect(has(full, sha.before)).toBe(true);
    expect(gitSucceeds(full, ["merge-base", "--is-ancestor", sha.before, sha.after])).toBe(false);
    expect(git(full, "merge-base", sha.before, sha.after)).toBe(sha.base);
  });
});

describe("merge group repos", () => {
  it("checks out the gh-readonly-queue branch whose tip merges the PR into main", () => {
    const repo = createMergeGroupRepo({
      number: 9,
      commits: [{ files: { "q.txt": "q\n" } }],
      mainMovesOn: [{ files: { "m.txt": "m\n" } }],
    });
    const { sha } = repo;
    expect(repo.queueRef).toBe(`refs/heads/gh-readonly-queue/main/pr-9-${sha.base}`);
    expect(git(repo.origin, "rev-parse", repo.queueRef)).toBe(sha.queueHead);
    expect(parents(repo.origin, sha.queueHead)).toEqual([sha.base, sha.head]);
    expect(repo.event).toMatchObject({ eventName: "merge_group", sha: sha.queueHead, ref: repo.queueRef });
    expect(repo.event.payload.merge_group).toEqual({
      base_sha: sha.base,
      head_sha: sha.queueHead,
      base_ref: "refs/heads/main",
      head_ref: repo.queueRef,
    });
    expect(git(repo.workspace, "rev-parse", "HEAD")).toBe(sha.queueHead);
    expect(git(repo.workspace, "symbolic-ref", "HEAD")).toBe(
      `refs/heads/gh-readonly-queue/main/pr-9-${sha.base}`,
    );
    expect(has(repo.workspace, sha.base)).toBe(false);
  });
});

describe("fake GitHub API", () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub({
      comments: [
        { issue: 7, body: "one" },
        { issue: 7, body: "two", login: "github-actions[bot]" },
        { issue: 7, body: "three" },
        { issue: 7, body: "four" },
        { issue: 7, body: "five" },
      ],
      pulls: { 7: { head: { ref: "feature", sha: "a".repeat(40) } } },
    });
  });
  afterAll(() => gh.close());

  const api = (p: string, init: RequestInit = {}) =>
    fetch(`${gh.url}${p}`, {
      ...init,
      headers: { authorization: `token ${FAKE_TOKEN}`, "content-type": "application/json", ...init.headers },
    });

  it("lists comments with GitHub's pagination and Link header", async () => {
    const first = await api("/repos/acme/webapp/issues/7/comments?per_page=2");
    expect(first.status).toBe(200);
    const body = (await first.json()) as Array<{ body: string; user: { login: string; type: string } }>;
    expect(body.map((c) => c.body)).toEqual(["one", "two"]);
    expect(body[1]!.user).toMatchObject({ login: "github-actions[bot]", type: "Bot" });
    expect(body[0]!.user).toMatchObject({ login: "octocat", type: "User" });
    expect(first.headers.get("link")).toBe(
      `<${gh.url}/repos/acme/webapp/issues/7/comments?per_page=2&page=2>; rel="next", ` +
        `<${gh.url}/repos/acme/webapp/issues/7/comments?per_page=2&page=3>; rel="last"`,
    );
    const last = await api("/repos/acme/webapp/issues/7/comments?per_page=2&page=3");
    expect(((await last.json()) as unknown[]).length).toBe(1);
    expect(last.headers.get("link")).toContain('rel="prev"');
    expect(last.headers.get("link")).not.toContain('rel="next"');
    const all = await api("/repos/acme/webapp/issues/7/comments");
    expect(((await all.json()) as unknown[]).length).toBe(5);
    expect(all.headers.get("link")).toBeNull();
    const none = await api("/repos/acme/webapp/issues/8/comments");
    expect(await none.json()).toEqual([]);
  });

  it("creates and updates comments with GitHub-shaped bodies, and records every request", async () => {
    const before = gh.requests.length;
    const created = await api("/repos/acme/webapp/issues/7/comments", {
      method: "POST",
      body: JSON.stringify({ body: "<!-- envguard -->\nreport" }),
    });
    expect(created.status).toBe(201);
    const comment = (await created.json()) as Record<string, unknown>;
    expect(comment).toMatchObject({
      id: expect.any(Number),
      body: "<!-- envguard -->\nreport",
      user: { login: "github-actions[bot]", type: "Bot" },
      html_url: expect.stringMatching(/^https:\/\/github\.com\/acme\/webapp\/pull\/7#issuecomment-\d+$/),
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      updated_at: expect.any(String),
      url: `${gh.url}/repos/acme/webapp/issues/comments/${comment.id}`,
    });
    const updated = await api(`/repos/acme/webapp/issues/comments/${comment.id}`, {
      method: "PATCH",
      body: JSON.stringify({ body: "new body" }),
    });
    expect(updated.status).toBe(200);
    expect(((await updated.json()) as { body: string }).body).toBe("new body");
    expect(gh.comments(7).at(-1)).toMatchObject({ id: comment.id, body: "new body" });
    expect(
      (await api("/repos/acme/webapp/issues/comments/999", { method: "PATCH", body: "{}" })).status,
    ).toBe(404);
    expect((await api("/repos/acme/webapp/issues/7/comments", { method: "POST", body: "{}" })).status).toBe(
      422,
    );

    const log = gh.requests.slice(before);
    expect(log[0]).toEqual({
      method: "POST",
      path: "/repos/acme/webapp/issues/7/comments",
      query: {},
      headers: expect.objectContaining({ authorization: `token ${FAKE_TOKEN}` }),
      body: { body: "<!-- envguard -->\nreport" },
      route: "createComment",
      status: 201,
    });
    expect(log.map((r) => `${r.method} ${r.route} ${r.status}`)).toEqual([
      "POST createComment 201",
      "PATCH updateComment 200",
      "PATCH updateComment 404",
      "POST createComment 422",
    ]);
  });

  it("serves a minimal pull request", async () => {
    const res = await api("/repos/acme/webapp/pulls/7");
    expect(await res.json()).toMatchObject({
      number: 7,
      state: "open",
      head: { ref: "feature", sha: "a".repeat(40), repo: { full_name: "acme/webapp" } },
      base: { ref: "main" },
    });
    expect((await api("/repos/acme/webapp/pulls/8")).status).toBe(404);
  });

  it("answers unknown routes 404 and records them", async () => {
    const res = await api("/repos/acme/webapp/issues/7/labels", { method: "POST", body: "[]" });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ message: "Not Found" });
    expect((await api("/repos/acme/webapp/issues/comments/1", { method: "DELETE" })).status).toBe(404);
    expect(gh.unknownRequests().map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /repos/acme/webapp/issues/7/labels",
      "DELETE /repos/acme/webapp/issues/comments/1",
    ]);
  });

  it("switches modes: forbidden writes, notFound, and a delay", async () => {
    gh.setMode("forbidden");
    expect((await api("/repos/acme/webapp/issues/7/comments")).status).toBe(200);
    const denied = await api("/repos/acme/webapp/issues/7/comments", {
      method: "POST",
      body: '{"body":"x"}',
    });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({
      message: "Resource not accessible by integration",
      documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
      status: "403",
    });
    expect(
      (await api("/repos/acme/webapp/issues/comments/1000001", { method: "PATCH", body: '{"body":"x"}' }))
        .status,
    ).toBe(403);
    gh.setMode("notFound");
    expect((await api("/repos/acme/webapp/issues/7/comments")).status).toBe(404);
    gh.setMode("normal");
    gh.setDelay(150);
    const started = Date.now();
    expect((await api("/repos/acme/webapp/pulls/7")).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    gh.setDelay(0);
  });

  it("can require a token", async () => {
    const strict = await startFakeGitHub({ token: "right" });
    try {
      expect((await fetch(`${strict.url}/repos/a/b/issues/1/comments`)).status).toBe(401);
      const ok = await fetch(`${strict.url}/repos/a/b/issues/1/comments`, {
        headers: { authorization: "Bearer right" },
      });
      expect(ok.status).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

describe("runAction", () => {
  it("maps input names as the runner does", () => {
    expect(inputEnvName("fail-on")).toBe("INPUT_FAIL-ON");
    expect(inputEnvName("with space")).toBe("INPUT_WITH_SPACE");
    expect(inputEnvName("token")).toBe("INPUT_TOKEN");
  });

  it("runs a script like the runner and reads outputs, summary, commands and annotations back", async () => {
    const repo = createPullRequestRepo({ commits: [{ files: { "a.txt": "a\n" } }] });
    const gh = await startFakeGitHub({ comments: [1, 2, 3].map((n) => ({ issue: 7, body: `c${n}` })) });
    process.env.ENVGUARD_HARNESS_LEAK_CHECK = "leak";
    try {
      const result = await runAction({
        entry: PROBE,
        workspace: repo.workspace,
        ...repo.event,
        apiUrl: gh.url,
        inputs: { "fail-on": "error", "with space": "spaced", "call-api": true },
      });
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.signal).toBeNull();
      expect(result.outputs["fail-on"]).toBe("error");
      expect(result.outputs["with-space"]).toBe("spaced");
      expect(result.outputs.token).toBe(FAKE_TOKEN);
      expect(result.outputs.report).toBe("line one\nline two: a=b\n::error::not a command");
      expect(result.outputs.plain).toBe("value=with=equals");
      expect(result.outputs.cwd).toBe(repo.workspace);
      expect(result.fileCommandErrors).toEqual([]);
      expect(JSON.parse(result.outputs.context!)).toEqual({
        eventName: "pull_request",
        sha: repo.sha.merge,
        ref: "refs/pull/7/merge",
        repo: { owner: "acme", repo: "webapp" },
        issue: 7,
        apiUrl: gh.url,
      });

      // Environment built from scratch: nothing from the parent but PATH and HOME.
      const keys = result.outputs["env-keys"]!.split(",");
      expect(keys).not.toContain("ENVGUARD_HARNESS_LEAK_CHECK");
      expect(keys).toEqual(expect.arrayContaining(["PATH", "HOME", "GITHUB_ACTIONS", "CI", "RUNNER_TEMP"]));
      expect(
        keys.filter((k) => !/^(GITHUB_|RUNNER_|INPUT_)/.test(k) && !["PATH", "HOME", "CI"].includes(k)),
      ).toEqual([]);
      expect(result.env).toMatchObject({
        GITHUB_ACTIONS: "true",
        CI: "true",
        GITHUB_WORKSPACE: repo.workspace,
        GITHUB_EVENT_NAME: "pull_request",
        GITHUB_REPOSITORY: "acme/webapp",
        GITHUB_REPOSITORY_OWNER: "acme",
        GITHUB_SHA: repo.sha.merge,
        GITHUB_REF: "refs/pull/7/merge",
        GITHUB_HEAD_REF: "feature",
        GITHUB_BASE_REF: "main",
        GITHUB_SERVER_URL: "https://github.com",
        GITHUB_API_URL: gh.url,
        RUNNER_OS: "Linux",
        "INPUT_FAIL-ON": "error",
        INPUT_WITH_SPACE: "spaced",
        INPUT_TOKEN: FAKE_TOKEN,
      });

      expect(result.exportedEnv).toEqual({ PROBE_VAR: "exported" });
      expect(result.state).toEqual({ probe: "state-value" });
      expect(result.masks).toEqual(["s3cr3t-value"]);
      expect(result.summary).toBe("<h1>Probe summary</h1>\nbody text\n");

      expect(result.annotations).toEqual([
        {
          level: "error",
          message: "first line\nsecond line, 100%",
          file: "config/prod.env",
          line: 3,
          endLine: 4,
          title: "Leaked: a, b",
        },
        { level: "warning", message: "a warning" },
        { level: "notice", message: "a notice", file: "a.txt" },
      ]);
      // stop-commands is honoured, unknown names are not commands
      expect(result.commands.map((c) => c.command)).toEqual([
        "add-mask",
        "error",
        "warning",
        "notice",
        "debug",
        "stop-commands",
      ]);
      expect(result.commands.find((c) => c.command === "error")?.properties).toEqual({
        title: "Leaked: a, b",
        file: "config/prod.env",
        line: "3",
        endLine: "4",
      });
      expect(result.stdout).toContain("::error title=Leaked%3A a%2C b,file=config/prod.env");

      // The probe used @actions/github against the fake API: paginated list (per_page 2) + create.
      expect(result.outputs["comment-count"]).toBe("3");
      expect(gh.requests.map((r) => `${r.method} ${r.path} ${r.query.page ?? ""}`)).toEqual([
        "GET /repos/acme/webapp/issues/7/comments ",
        "GET /repos/acme/webapp/issues/7/comments 2",
        "POST /repos/acme/webapp/issues/7/comments ",
      ]);
      expect(gh.requests[0]!.headers.authorization).toBe(`token ${FAKE_TOKEN}`);
      expect(gh.unknownRequests()).toEqual([]);
      expect(gh.comments(7).at(-1)).toMatchObject({
        body: "<!-- probe -->\nhello",
        user: { login: "github-actions[bot]" },
      });
      expect(result.outputs["created-id"]).toBe(String(gh.comments(7).at(-1)!.id));

      expect(() =>
        assertNoUnexpectedCommands(result, [
          "add-mask",
          "error",
          "warning",
          "notice",
          "debug",
          "stop-commands",
        ]),
      ).toThrow(/not-a-runner-command/);
      assertNoUnexpectedCommands(result, [
        "add-mask",
        "error",
        "warning",
        "notice",
        "debug",
        "stop-commands",
        (c) => c.command === "not-a-runner-command",
      ]);
    } finally {
      delete process.env.ENVGUARD_HARNESS_LEAK_CHECK;
      await gh.close();
      repo.cleanup();
    }
  });

  it("applies action.yml input defaults as the runner does (given inputs win)", async () => {
    const repo = createPushRepo({ pushed: [{ files: { "p.txt": "p\n" } }] });
    const yml = path.join(repo.root, "action.yml");
    writeFileSync(
      yml,
      [
        "name: probe",
        "inputs:",
        "  token:",
        `    default: ${expr("github.token")}`,
        "  fail-on:",
        "    default: warning",
        "  with space:",
        `    default: ${expr("github.repository")}@${expr("github.event.ref")}`,
        "  no-default:",
        "    required: false",
        "runs:",
        "  using: node24",
        "  main: dist/index.js",
      ].join("\n"),
    );
    const result = await runAction({
      entry: PROBE,
      workspace: repo.workspace,
      ...repo.event,
      actionYml: yml,
    });
    expect(result.outputs["fail-on"]).toBe("warning");
    expect(result.outputs["with-space"]).toBe("acme/webapp@refs/heads/main");
    expect(result.outputs.token).toBe(FAKE_TOKEN);
    expect(result.env["INPUT_NO-DEFAULT"]).toBe(""); // declared inputs without a default are set, empty
    const given = await runAction({
      entry: PROBE,
      workspace: repo.workspace,
      ...repo.event,
      actionYml: yml,
      inputs: { "fail-on": "error", token: "other" },
    });
    expect(given.outputs["fail-on"]).toBe("error");
    expect(given.outputs.token).toBe("other");
  });

  it("reports failure, and derives GITHUB_SHA/GITHUB_REF for other events", async () => {
    const repo = createPushRepo({ pushed: [{ files: { "p.txt": "p\n" } }] });
    const result = await runAction({
      entry: PROBE,
      workspace: repo.workspace,
      ...repo.event,
      inputs: { fail: "true" },
    });
    expect(result.code).toBe(1);
    expect(result.annotations.at(-1)).toEqual({ level: "error", message: "failing as asked" });
    expect(JSON.parse(result.outputs.context!)).toMatchObject({
      eventName: "push",
      sha: repo.sha.after,
      ref: "refs/heads/main",
      issue: null,
    });
    expect(result.env.GITHUB_HEAD_REF).toBe("");
    expect(result.env.GITHUB_BASE_REF).toBe("");
    expect(result.env.GITHUB_API_URL).toMatch(/^http:\/\/127\.0\.0\.1:/);

    const scheduled = await runAction({
      entry: PROBE,
      workspace: repo.workspace,
      eventName: "schedule",
      payload: loadPayload("schedule"),
      env: { GITHUB_RUN_ID: "42" },
    });
    expect(scheduled.code).toBe(0);
    expect(scheduled.env).toMatchObject({
      GITHUB_SHA: repo.sha.after,
      GITHUB_REF: "refs/heads/main",
      GITHUB_REPOSITORY: "acme/webapp",
      GITHUB_RUN_ID: "42",
    });
  });
});

describe("protocol parsers", () => {
  it("parses GITHUB_OUTPUT heredocs and name=value lines like the runner", () => {
    expect(
      parseFileCommand(
        "a<<EOF\nx\n\ny\nEOF\nb=1=2\n\nc<<ghadelimiter_1\n\nghadelimiter_1\nd=a<<b\ne<<x=y\nz\nx=y\n",
      ),
    ).toEqual({ values: { a: "x\n\ny", b: "1=2", c: "", d: "a<<b", e: "z" }, errors: [] });
    expect(parseFileCommand("bad\nopen<<END\nnever closed\n").errors).toEqual([
      "Invalid format 'bad'",
      "Matching delimiter not found 'END'",
    ]);
  });

  it("reads workflow commands the way the runner does", () => {
    const text = [
      "plain line",
      "  ::warning file=a%2Cb.txt,line=2::indented%0Astill one",
      "x::error::not at line start",
      "::unknown::ignored",
      "::error::",
      "text\r::notice::after a lone CR",
    ].join("\n");
    expect(
      parseWorkflowCommands(text).map(({ command, properties, message }) => ({
        command,
        properties,
        message,
      })),
    ).toEqual([
      { command: "warning", properties: { file: "a,b.txt", line: "2" }, message: "indented\nstill one" },
      { command: "error", properties: {}, message: "" },
      { command: "notice", properties: {}, message: "after a lone CR" },
    ]);
  });

  it("flags injected commands on stdout or stderr", () => {
    expect(() =>
      assertNoUnexpectedCommands({ stdout: "ok\n", stderr: "oops\r::set-output name=x::y\n" }),
    ).toThrow(/\[stderr\].*set-output/);
    expect(() => assertNoUnexpectedCommands({ stdout: "%0A::error::escaped\n", stderr: "" })).not.toThrow();
    expect(() =>
      assertNoUnexpectedCommands({ stdout: "::stop-commands::t\n::error::x\n::t::\n", stderr: "" }, [
        "stop-commands",
      ]),
    ).not.toThrow();
  });
});

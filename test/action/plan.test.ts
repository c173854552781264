import { describe, expect, it } from "vitest";
import { type ActionInputs, InputError, parseInputs } from "../../src/action/inputs.js";
import { type EventContext, PlanError, planRun } from "../../src/action/plan.js";

const A = "a".repeat(40);
const B = "b".repeat(40);
const M = "c".repeat(40);
const ZERO = "0".repeat(40);

function inputs(raw: Record<string, string> = {}): ActionInputs {
  return parseInputs((name) => raw[name] ?? "");
}

function event(eventName: string, payload: unknown, sha = M): EventContext {
  return { eventName, payload, sha, ref: "" };
}

const pr = (extra: Record<string, unknown> = {}) => ({
  number: 7,
  pull_request: {
    number: 7,
    base: { sha: A, repo: { full_name: "o/r", fork: false } },
    head: { sha: B, repo: { full_name: "o/r", fork: false } },
    ...extra,
  },
});

describe("parseInputs", () => {
  it("defaults when nothing is set, so the policy decides", () => {
    expect(inputs()).toEqual({
      mode: "pr",
      environments: undefined,
      config: undefined,
      failOn: "error",
      sarifFile: undefined,
      comment: "off",
      token: undefined,
      base: undefined,
      head: undefined,
      scanCommits: false,
      workingDirectory: undefined,
    });
  });

  it("reads lists, enums in any case and booleans", () => {
    const parsed = inputs({
      mode: "Scan",
      environments: "dev, staging\nproduction\n",
      "fail-on": "WARNING",
      comment: "on-failure",
      "scan-commits": "true",
      base: "main",
    });
    expect(parsed).toMatchObject({
      mode: "scan",
      environments: ["dev", "staging", "production"],
      failOn: "warning",
      comment: "on-failure",
      scanCommits: true,
      base: "main",
    });
  });

  it("names the input and the allowed values when one is wrong", () => {
    expect(() => inputs({ "fail-on": "errors" })).toThrow(InputError);
    expect(() => inputs({ "fail-on": "errors" })).toThrow(
      /fail-on is "errors"; use one of: error, warning, never/,
    );
    expect(() => inputs({ mode: "deploy" })).toThrow(/mode/);
    expect(() => inputs({ "scan-commits": "maybe" })).toThrow(/scan-commits/);
  });

  it("refuses revisions that git would read as options or ranges", () => {
    expect(() => inputs({ base: "--upload-pack=evil" })).toThrow(/base is not a commit/);
    expect(() => inputs({ head: "main..x" })).toThrow(/head/);
    expect(() => inputs({ head: "a b" })).toThrow(/head/);
  });
});

describe("planRun", () => {
  it("pull_request: check and scan the PR, the merge commit named by GITHUB_SHA", () => {
    const plan = planRun(event("pull_request", pr()), inputs());
    expect(plan.check).toBe(true);
    expect(plan.scan).toEqual({ kind: "pull-request", base: A, head: B, merge: M, number: 7 });
    expect(plan.trustedPolicyCommit).toBeUndefined();
    expect(plan.pullRequest).toEqual({ number: 7, fork: false });
    expect(plan.eachCommit).toBe(false);
  });

  it("pull_request from a fork is marked as one", () => {
    const payload = pr({ head: { sha: B, repo: { full_name: "someone/r", fork: true } } });
    expect(planRun(event("pull_request", payload), inputs()).pullRequest).toEqual({ number: 7, fork: true });
  });

  it("pull_request_target: the policy comes from the base (GITHUB_SHA), and there is no merge commit", () => {
    const plan = planRun(event("pull_request_target", pr(), M), inputs());
    expect(plan.trustedPolicyCommit).toBe(M);
    expect(plan.scan).toMatchObject({ kind: "pull-request", merge: undefined });
  });

  it("scan-commits scans each commit of a PR, not of a tree", () => {
    expect(planRun(event("pull_request", pr()), inputs({ "scan-commits": "true" })).eachCommit).toBe(true);
    expect(planRun(event("workflow_dispatch", {}), inputs({ "scan-commits": "true" })).eachCommit).toBe(
      false,
    );
  });

  it("merge_group compares the queue's head with its base", () => {
    const plan = planRun(
      event("merge_group", { merge_group: { base_sha: A, head_sha: B, base_ref: "refs/heads/main" } }),
      inputs(),
    );
    expect(plan.scan).toEqual({ kind: "range", base: A, head: B, fromMergeBase: false });
  });

  it("push: before..after; a force push from the merge base", () => {
    const payload = {
      before: A,
      after: B,
      ref: "refs/heads/feature",
      repository: { default_branch: "main" },
    };
    expect(planRun(event("push", payload), inputs()).scan).toEqual({
      kind: "range",
      base: A,
      head: B,
      fromMergeBase: false,
    });
    expect(planRun(event("push", { ...payload, forced: true }), inputs()).scan).toMatchObject({
      fromMergeBase: true,
    });
  });

  it("push of a new branch compares with the default branch; the default branch's first push is a tree", () => {
    const payload = {
      before: ZERO,
      after: B,
      ref: "refs/heads/feature",
      repository: { default_branch: "main" },
    };
    expect(planRun(event("push", payload), inputs()).scan).toEqual({
      kind: "new-branch",
      defaultBranch: "main",
      head: B,
    });
    expect(planRun(event("push", { ...payload, ref: "refs/heads/main" }), inputs()).scan).toEqual({
      kind: "tree",
    });
  });

  it("push deleting a branch scans nothing", () => {
    const plan = planRun(event("push", { deleted: true, before: A, after: ZERO }), inputs());
    expect(plan.scan).toBeUndefined();
  });

  it("workflow_dispatch and schedule scan the tree, or the whole history in mode history", () => {
    expect(planRun(event("schedule", { schedule: "0 3 * * *" }), inputs()).scan).toEqual({ kind: "tree" });
    const history = planRun(event("workflow_dispatch", {}), inputs({ mode: "history" }));
    expect(history.scan).toEqual({ kind: "all-history" });
    expect(history.check).toBe(false);
  });

  it("mode check only checks; mode scan only scans", () => {
    const check = planRun(event("pull_request", pr()), inputs({ mode: "check" }));
    expect([check.check, check.scan]).toEqual([true, undefined]);
    const scan = planRun(event("pull_request", pr()), inputs({ mode: "scan" }));
    expect(scan.check).toBe(false);
    expect(scan.scan?.kind).toBe("pull-request");
  });

  it("inputs base/head override the event", () => {
    const plan = planRun(event("pull_request", pr()), inputs({ base: "main", head: B }));
    expect(plan.scan).toEqual({ kind: "range", base: "main", head: B, fromMergeBase: true });
  });

  it("a payload without the commits it needs is an error, not an empty scan", () => {
    expect(() => planRun(event("pull_request", { pull_request: { number: 1 } }), inputs())).toThrow(
      PlanError,
    );
    expect(() => planRun(event("merge_group", {}), inputs())).toThrow(/merge_group.base_sha/);
    expect(() => planRun(event("push", { before: A }), inputs())).toThrow(/after/);
  });

  it("mode verify plans one environment, and needs exactly one", () => {
    expect(() => inputs({ mode: "verify" })).toThrow(InputError);
    expect(() => inputs({ mode: "verify", environments: "staging,production" })).toThrow(/exactly one/);
    const plan = planRun(event("push", {}), inputs({ mode: "verify", environments: "staging" }));
    expect([plan.verify, plan.check, plan.scan]).toEqual(["staging", false, undefined]);
  });
});

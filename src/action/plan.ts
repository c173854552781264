import type { ActionInputs } from "./inputs.js";

/** The run as the runner describes it: event name, webhook payload and the checked-out commit. */
export interface EventContext {
  eventName: string;
  // biome-ignore lint/suspicious/noExplicitAny: a webhook payload; every field read is checked.
  payload: any;
  /** GITHUB_SHA: for pull_request the merge commit, for pull_request_target the base branch tip. */
  sha: string;
  ref: string;
}

export const ZERO_SHA = /^0{40}$|^0{64}$/;

/**
 * Which added lines to scan. Commits named here may be missing from a shallow checkout; the git
 * step fetches them (or fails with what to change), so this stays a pure decision.
 */
export type Comparison =
  /** A pull request: its merge commit against its first parent when HEAD is the merge ref, else base...head. */
  | { kind: "pull-request"; base: string; head: string; merge: string | undefined; number: number }
  /** Two commits: `base...head` from their merge base, or `base..head` tree to tree. */
  | { kind: "range"; base: string; head: string; fromMergeBase: boolean }
  /** A new branch: everything since it left the default branch. */
  | { kind: "new-branch"; defaultBranch: string; head: string }
  /** No earlier commit to compare with: the whole tree. */
  | { kind: "tree" }
  /** Every commit reachable from HEAD. */
  | { kind: "all-history" };

export interface Plan {
  /** Validate every environment's config (mode pr or check). */
  check: boolean;
  /** What to scan for secrets; undefined: no scan (mode check, or a deleted branch). */
  scan: Comparison | undefined;
  /** Scan each commit of the comparison (history), not only its final diff. */
  eachCommit: boolean;
  /**
   * pull_request_target runs with the base repository's token on code from the PR head: the
   * policy, baseline and allowlists are read from this commit (the base), never from the head.
   */
  trustedPolicyCommit: string | undefined;
  pullRequest: { number: number; fork: boolean } | undefined;
  /** Mode verify: the one environment to resolve for real (secrets included) before a deploy. */
  verify: string | undefined;
  /** One sentence on what is compared and why, for the log and the summary. */
  describe: string;
}

/** A full commit id (SHA-1 or SHA-256). */
export const isSha = (v: unknown): v is string =>
  typeof v === "string" && /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(v);

/** Thrown when the payload lacks what the event needs: the run cannot start. */
export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanError";
  }
}

function need(value: unknown, what: string, event: string): string {
  if (!isSha(value))
    throw new PlanError(`the ${event} event payload has no ${what}; cannot tell what to scan.`);
  return value;
}

function comparisonFor(
  event: EventContext,
  inputs: ActionInputs,
): { scan: Comparison | undefined; describe: string } {
  const { eventName: name, payload } = event;
  if (inputs.base || inputs.head) {
    const base =
      inputs.base ?? need(payload?.pull_request?.base?.sha ?? payload?.before, "base commit", name);
    const head = inputs.head ?? "HEAD";
    return {
      scan: { kind: "range", base, head, fromMergeBase: true },
      describe: `the lines ${head} adds since its merge base with ${base} (inputs base/head)`,
    };
  }
  switch (name) {
    case "pull_request":
    case "pull_request_target": {
      const pr = payload?.pull_request;
      if (!pr) throw new PlanError(`the ${name} event payload has no pull_request.`);
      const number = Number(pr.number ?? payload.number);
      const base = need(pr.base?.sha, "pull_request.base.sha", name);
      const head = need(pr.head?.sha, "pull_request.head.sha", name);
      // For pull_request GITHUB_SHA is the merge commit (refs/pull/N/merge); for _target it is the base tip.
      const merge = name === "pull_request" && isSha(event.sha) ? event.sha : undefined;
      return {
        scan: { kind: "pull-request", base, head, merge, number },
        describe: `the lines pull request #${number} adds`,
      };
    }
    case "merge_group": {
      const group = payload?.merge_group;
      const base = need(group?.base_sha, "merge_group.base_sha", name);
      const head = need(group?.head_sha, "merge_group.head_sha", name);
      return {
        scan: { kind: "range", base, head, fromMergeBase: false },
        describe: `the lines the merge queue adds to ${String(group?.base_ref ?? "the base branch")}`,
      };
    }
    case "push": {
      if (payload?.deleted === true)
        return { scan: undefined, describe: "a deleted branch: nothing to scan" };
      const after = need(payload?.after, "after", name);
      const before = payload?.before;
      const defaultBranch = String(payload?.repository?.default_branch ?? "");
      const branch = String(payload?.ref ?? "").replace(/^refs\/heads\//, "");
      if (!isSha(before) || ZERO_SHA.test(before)) {
        if (defaultBranch && branch !== defaultBranch) {
          return {
            scan: { kind: "new-branch", defaultBranch, head: after },
            describe: `the lines new branch ${branch} adds since it left ${defaultBranch}`,
          };
        }
        return { scan: { kind: "tree" }, describe: "the whole tree (the first push of the default branch)" };
      }
      // A force push may leave `before` off the new history: compare from where the two meet.
      const forced = payload?.forced === true;
      return {
        scan: { kind: "range", base: before, head: after, fromMergeBase: forced },
        describe: forced ? "the lines the force push adds since its merge base" : "the lines the push adds",
      };
    }
    default:
      return { scan: { kind: "tree" }, describe: `the whole tree (event ${name})` };
  }
}

/** Decides what a run checks and scans, from the event and the inputs alone. */
export function planRun(event: EventContext, inputs: ActionInputs): Plan {
  const pr = event.payload?.pull_request;
  const pullRequest =
    pr && (event.eventName === "pull_request" || event.eventName === "pull_request_target")
      ? {
          number: Number(pr.number ?? event.payload.number),
          fork:
            pr.head?.repo?.fork === true ||
            (pr.head?.repo?.full_name !== undefined && pr.head.repo.full_name !== pr.base?.repo?.full_name),
        }
      : undefined;
  const trustedPolicyCommit =
    event.eventName === "pull_request_target" && isSha(pr?.base?.sha)
      ? isSha(event.sha)
        ? event.sha
        : pr.base.sha
      : undefined;
  const base = { trustedPolicyCommit, pullRequest, verify: undefined };
  switch (inputs.mode) {
    case "check":
      return { ...base, check: true, scan: undefined, eachCommit: false, describe: "config check only" };
    case "verify": {
      const environment = inputs.environments?.length === 1 ? inputs.environments[0] : undefined;
      if (!environment)
        throw new PlanError("mode verify needs exactly one environment (input environments).");
      return {
        ...base,
        check: false,
        scan: undefined,
        eachCommit: false,
        verify: environment,
        describe: `verify ${environment} for deployment: every layer, the job's environment and the secret stores`,
      };
    }
    case "history": {
      const { scan, describe } = comparisonFor(event, inputs);
      if (!scan || scan.kind === "tree") {
        return {
          ...base,
          check: false,
          scan: { kind: "all-history" },
          eachCommit: true,
          describe: "every commit in the repository's history",
        };
      }
      return {
        ...base,
        check: false,
        scan,
        eachCommit: true,
        describe: `every commit of ${describe.replace(/^the lines /, "")}`,
      };
    }
    default: {
      const { scan, describe } = comparisonFor(event, inputs);
      return {
        ...base,
        check: inputs.mode === "pr",
        scan,
        eachCommit: inputs.scanCommits && scan !== undefined && scan.kind !== "tree",
        describe,
      };
    }
  }
}

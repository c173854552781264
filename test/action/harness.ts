// Test harness for the GitHub Action door: runs `node dist/index.js` exactly as the GitHub runner does
// (environment built from scratch, event payload file, file commands, workflow commands on stdout),
// against workspaces shaped like an actions/checkout@v4 result and a fake GitHub REST API.
//
//   - loadPayload()            real webhook payload excerpts (test/fixtures/payloads, see extract.mjs)
//   - createPullRequestRepo()  origin (+ fork) bare repos with refs/pull/<n>/{head,merge} and a checkout
//   - createPushRepo()         push events: update, new branch (before = 40 zeros), force push
//   - createMergeGroupRepo()   a gh-readonly-queue/main/pr-<n>-<sha> branch and its checkout
//   - actionsCheckout()        the actions/checkout@v4 fetch + checkout sequence, on its own
//   - startFakeGitHub()        the REST routes a sticky-PR-comment Action calls, with a request log
//   - runAction()              spawns the Action and parses outputs, summary and workflow commands
//   - assertNoUnexpectedCommands()  for injection tests: no line may read as another workflow command
import { execFileSync, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parse as parseYaml } from "yaml";
import { FIXTURES, REPO_ROOT, tempDir, writeFiles } from "../helpers/project.js";

// ---------------------------------------------------------------------------------------------------
// 1. Webhook payloads
// ---------------------------------------------------------------------------------------------------

export const PAYLOADS_DIR = path.join(FIXTURES, "payloads");

export type PayloadName =
  | "pull_request.opened"
  | "pull_request.synchronize"
  | "pull_request.fork"
  | "push"
  | "push.created"
  | "push.forced"
  | "merge_group"
  | "workflow_dispatch"
  | "schedule";

// biome-ignore lint/suspicious/noExplicitAny: webhook payloads are free-form JSON
export type Payload = Record<string, any>;

/** A JSON-ish deep-partial used for payload overrides. */
export type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Deep-merges `override` into a copy of `base`: objects merge, arrays and scalars replace, `undefined` deletes. */
export function deepMerge<T>(base: T, override: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(override)) return structuredClone(override as T);
  const out: Record<string, unknown> = structuredClone(base);
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) delete out[key];
    else
      out[key] =
        isPlainObject(out[key]) && isPlainObject(value) ? deepMerge(out[key], value) : structuredClone(value);
  }
  return out as T;
}

/** A deep copy of test/fixtures/payloads/<name>.json with `overrides` deep-merged in (undefined deletes a key). */
export function loadPayload(
  name: PayloadName | (string & {}),
  overrides: DeepPartial<Payload> = {},
): Payload {
  const file = path.join(PAYLOADS_DIR, `${name}.json`);
  if (!existsSync(file))
    throw new Error(`no payload fixture ${name} (run node test/fixtures/payloads/extract.mjs)`);
  return deepMerge(JSON.parse(readFileSync(file, "utf8")) as Payload, overrides);
}

// ---------------------------------------------------------------------------------------------------
// 2. Repositories shaped like what actions/checkout@v4 leaves in GITHUB_WORKSPACE
// ---------------------------------------------------------------------------------------------------

export const ZERO_SHA = "0000000000000000000000000000000000000000";
export const DEFAULT_REPOSITORY = "acme/webapp";
export const DEFAULT_FORK_OWNER = "contributor";
/** The token runAction passes as the `token` input unless the test gives one (obviously not a real token). */
export const FAKE_TOKEN = "fake-token-for-envguard-tests";

/** One commit: files to write (path → content) and files to delete. */
export interface CommitSpec {
  message?: string;
  files?: Record<string, string>;
  delete?: string[];
}

/** Runs git with a hermetic environment (no system/global config, fixed identity); throws with stderr on failure. */
export function runGit(cwd: string, args: string[], env: Record<string, string> = {}): string {
  try {
    return execFileSync("git", args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        PATH: process.env.PATH ?? "",
        HOME: cwd,
        LANG: "C",
        GIT_CONFIG_NOSYSTEM: "1",
        GIT_CONFIG_GLOBAL: "/dev/null",
        GIT_TERMINAL_PROMPT: "0",
        GIT_AUTHOR_NAME: "Test",
        GIT_AUTHOR_EMAIL: "test@example.com",
        GIT_COMMITTER_NAME: "Test",
        GIT_COMMITTER_EMAIL: "test@example.com",
        ...env,
      },
    });
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`git ${args.join(" ")} failed in ${cwd}:\n${e.stderr ?? e.message}`);
  }
}

/** True when `git <args>` exits 0 (e.g. `cat-file -e <sha>`). */
export function gitSucceeds(cwd: string, args: string[]): boolean {
  try {
    runGit(cwd, args);
    return true;
  } catch {
    return false;
  }
}

/** Commits made with increasing fixed dates, so equal inputs give equal shas and no two commits collide. */
class Author {
  private tick = 0;
  constructor(readonly dir: string) {}

  git(...args: string[]): string {
    const date = `${1_700_000_000 + this.tick * 60} +0000`;
    return runGit(this.dir, args, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }).trim();
  }

  commit(spec: CommitSpec, fallbackMessage: string): string {
    this.tick++;
    writeFiles(this.dir, spec.files ?? {});
    for (const file of spec.delete ?? []) rmSync(path.join(this.dir, file), { force: true });
    this.git("add", "-A");
    this.git("commit", "-q", "--allow-empty", "-m", spec.message ?? fallbackMessage);
    return this.head();
  }

  /** A merge commit of `other` into the current HEAD (first parent = HEAD), like GitHub's test merge. */
  merge(other: string, message: string): string {
    this.tick++;
    try {
      this.git("merge", "-q", "--no-ff", "--no-edit", "-m", message, other);
    } catch (error) {
      throw new Error(
        `the pull request does not merge cleanly (GitHub would not create a merge ref): ${error}`,
      );
    }
    return this.head();
  }

  head(): string {
    return this.git("rev-parse", "HEAD");
  }
}

function initBare(dir: string): string {
  mkdirSync(dir, { recursive: true });
  runGit(dir, ["init", "-q", "--bare", "-b", "main"]);
  // GitHub serves any commit by sha (even unreachable ones after a force push).
  runGit(dir, ["config", "uploadpack.allowReachableSHA1InWant", "true"]);
  runGit(dir, ["config", "uploadpack.allowAnySHA1InWant", "true"]);
  runGit(dir, ["config", "uploadpack.allowTipSHA1InWant", "true"]);
  return pathToFileURL(dir).href;
}

export interface CheckoutOptions {
  /** Where to check out (created if missing). */
  workspace: string;
  /** The file:// URL of the origin. */
  originUrl: string;
  /** actions/checkout's `ref` (e.g. refs/pull/7/merge, refs/heads/main); empty for a bare sha. */
  ref: string;
  /** actions/checkout's `commit` (GITHUB_SHA, or the sha given as `ref:`). */
  commit: string;
  /** `fetch-depth`: 1 by default; 0 = all history and all branches and tags. */
  fetchDepth?: number;
  /** `persist-credentials` (default true): writes the http extraheader into .git/config as v4 does. */
  persistCredentials?: boolean;
}

/**
 * The git commands actions/checkout@v4 runs (src/git-source-provider.ts, ref-helper.ts,
 * git-command-manager.ts), against a local origin. Returns the commands run, for debugging.
 */
export function actionsCheckout(options: CheckoutOptions): string[] {
  const { workspace, originUrl, ref, commit } = options;
  const fetchDepth = options.fetchDepth ?? 1;
  const ran: string[] = [];
  const git = (...args: string[]) => {
    ran.push(`git ${args.join(" ")}`);
    return runGit(workspace, args, { GIT_LFS_SKIP_SMUDGE: "1" }).trim();
  };
  mkdirSync(workspace, { recursive: true });
  git("init", workspace);
  git("remote", "add", "origin", originUrl);
  git("config", "--local", "gc.auto", "0");
  if (options.persistCredentials ?? true) {
    const basic = Buffer.from(`x-access-token:${FAKE_TOKEN}`).toString("base64");
    git("config", "--local", "http.https://github.com/.extraheader", `AUTHORIZATION: basic ${basic}`);
  }

  const upper = ref.toUpperCase();
  const tagsRefSpec = "+refs/tags/*:refs/tags/*";
  const refSpec = (): string[] => {
    if (upper.startsWith("REFS/HEADS/")) return [`+${commit}:refs/remotes/origin/${ref.slice(11)}`];
    if (upper.startsWith("REFS/PULL/")) return [`+${commit}:refs/remotes/pull/${ref.slice(10)}`];
    if (upper.startsWith("REFS/TAGS/")) return [`+${commit}:${ref}`];
    return [commit];
  };
  const fetch = (specs: string[], depth: number) => {
    const args = ["-c", "protocol.version=2", "fetch"];
    if (!specs.includes(tagsRefSpec)) args.push("--no-tags");
    args.push("--prune", "--no-recurse-submodules", "--progress");
    if (depth > 0) args.push(`--depth=${depth}`);
    else if (existsSync(path.join(workspace, ".git", "shallow"))) args.push("--unshallow");
    git(...args, "origin", ...specs);
  };

  if (fetchDepth <= 0) {
    const all = ["+refs/heads/*:refs/remotes/origin/*", tagsRefSpec];
    if (upper.startsWith("REFS/PULL/")) all.push(`+${commit || ref}:refs/remotes/pull/${ref.slice(10)}`);
    fetch(all, 0);
    // The ref may have moved since the event: fetch the event's commit explicitly (testRef()).
    let ok = true;
    if (!ref) ok = gitSucceeds(workspace, ["rev-parse", "--verify", "--quiet", `${commit}^{object}`]);
    else if (upper.startsWith("REFS/HEADS/"))
      ok =
        gitSucceeds(workspace, [
          "rev-parse",
          "--verify",
          "--quiet",
          `refs/remotes/origin/${ref.slice(11)}`,
        ]) && git("rev-parse", `refs/remotes/origin/${ref.slice(11)}`) === commit;
    else if (upper.startsWith("REFS/TAGS/"))
      ok =
        gitSucceeds(workspace, ["rev-parse", "--verify", "--quiet", ref]) && git("rev-parse", ref) === commit;
    if (!ok) fetch(refSpec(), 0);
  } else {
    fetch(refSpec(), fetchDepth);
  }

  // getCheckoutInfo(): branches are checked out with -B (not detached); pull refs and shas detached.
  if (!ref) git("checkout", "--progress", "--force", commit);
  else if (upper.startsWith("REFS/HEADS/"))
    git("checkout", "--progress", "--force", "-B", ref.slice(11), `refs/remotes/origin/${ref.slice(11)}`);
  else if (upper.startsWith("REFS/PULL/"))
    git("checkout", "--progress", "--force", `refs/remotes/pull/${ref.slice(10)}`);
  else git("checkout", "--progress", "--force", ref);
  return ran;
}

/** What runAction needs to know about the event besides the workspace: spread it into runAction(). */
export interface EventContext {
  eventName: string;
  payload: Payload;
  /** GITHUB_SHA */
  sha: string;
  /** GITHUB_REF */
  ref: string;
}

interface RepoBase {
  /** The temp directory holding everything below. */
  root: string;
  /** The bare "origin" repository (GitHub's copy of the base repository) and its file:// URL. */
  origin: string;
  originUrl: string;
  /** GITHUB_WORKSPACE: the checkout made by actionsCheckout(). */
  workspace: string;
  /** The git commands the checkout ran. */
  checkoutCommands: string[];
  /** "owner/name" of the base repository. */
  repository: string;
  event: EventContext;
  /** Another checkout of the same event (e.g. another fetch depth) in a new directory. */
  checkout(options?: { fetchDepth?: number; ref?: string; commit?: string }): string;
  /** Removes every directory made for this repo (also removed after the test file). */
  cleanup(): void;
}

function workspacePath(root: string, repository: string, suffix = ""): string {
  const name = repository.split("/")[1] ?? "repo";
  // Like /home/runner/work/<repo>/<repo>
  return path.join(root, `work${suffix}`, name, name);
}

function makeRepoBase(
  root: string,
  origin: string,
  originUrl: string,
  repository: string,
  event: EventContext,
  checkoutRef: string,
  checkoutCommit: string,
  fetchDepth: number | undefined,
): RepoBase {
  let checkouts = 0;
  const doCheckout = (opts: { fetchDepth?: number; ref?: string; commit?: string } = {}) => {
    const workspace = workspacePath(root, repository, checkouts === 0 ? "" : `-${checkouts}`);
    checkouts++;
    const commands = actionsCheckout({
      workspace,
      originUrl,
      ref: opts.ref ?? checkoutRef,
      commit: opts.commit ?? checkoutCommit,
      fetchDepth: opts.fetchDepth ?? fetchDepth,
    });
    return { workspace, commands };
  };
  const first = doCheckout();
  return {
    root,
    origin,
    originUrl,
    workspace: first.workspace,
    checkoutCommands: first.commands,
    repository,
    event,
    checkout: (opts) => doCheckout(opts).workspace,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface PullRequestRepoOptions {
  /** Pull request number (default 7). */
  number?: number;
  /** "owner/name" of the base repository (default acme/webapp). */
  repository?: string;
  /** Files of the base commit on main. */
  base?: Record<string, string>;
  /** The pull request's commits (at least one). */
  commits: CommitSpec[];
  /** Commits that land on main after the PR branched (so base...head differs from base..head). */
  mainMovesOn?: CommitSpec[];
  /** The PR branch (default "feature"). */
  headRef?: string;
  /** The head lives in a fork ("<forkOwner>/<name>", a second bare repo). */
  fork?: boolean;
  forkOwner?: string;
  /** pull_request (default) or pull_request_target. */
  eventName?: "pull_request" | "pull_request_target";
  /**
   * What the workflow checks out: "merge" (pull_request's default: refs/pull/<n>/merge), "base"
   * (pull_request_target's default: the base branch) or "head" (`ref: github.event.pull_request.head.sha`).
   */
  checkout?: "merge" | "base" | "head";
  /** actions/checkout fetch-depth (default 1; 0 = full history). */
  fetchDepth?: number;
  /** Payload fixture to start from (default pull_request.opened, or pull_request.fork for forks). */
  payload?: PayloadName;
}

export interface PullRequestRepo extends RepoBase {
  number: number;
  /** The bare fork repository and its URL (fork PRs only). */
  fork?: string;
  forkUrl?: string;
  headRepository: string;
  baseRef: string;
  headRef: string;
  sha: {
    /** The commit the PR branched from (merge-base of base and head). */
    mergeBase: string;
    /** Tip of main (pull_request.base.sha); equals mergeBase unless mainMovesOn. */
    base: string;
    /** Tip of the PR (pull_request.head.sha, refs/pull/<n>/head). */
    head: string;
    /** refs/pull/<n>/merge: parents [base, head]. */
    merge: string;
    /** The PR's commits, oldest first. */
    commits: string[];
    /** The commits main gained after the PR branched, oldest first. */
    mainCommits: string[];
  };
}

/** An origin with main, a PR branch, refs/pull/<n>/{head,merge}, and a workspace checked out as actions/checkout does. */
export function createPullRequestRepo(options: PullRequestRepoOptions): PullRequestRepo {
  if (options.commits.length === 0) throw new Error("a pull request needs at least one commit");
  const number = options.number ?? 7;
  const repository = options.repository ?? DEFAULT_REPOSITORY;
  const [owner, name] = repository.split("/") as [string, string];
  const headRef = options.headRef ?? "feature";
  const eventName = options.eventName ?? "pull_request";
  const root = tempDir("envguard-action-");
  const origin = path.join(root, "origin.git");
  const originUrl = initBare(origin);
  const headRepository = options.fork ? `${options.forkOwner ?? DEFAULT_FORK_OWNER}/${name}` : repository;
  const fork = options.fork ? path.join(root, "fork.git") : undefined;
  const forkUrl = fork ? initBare(fork) : undefined;

  const authorDir = path.join(root, "author");
  mkdirSync(authorDir);
  const author = new Author(authorDir);
  author.git("init", "-q", "-b", "main");
  const mergeBase = author.commit({ files: options.base ?? {} }, "base");
  author.git("checkout", "-q", "-b", headRef);
  const commits = options.commits.map((c, i) => author.commit(c, `pr commit ${i + 1}`));
  const head = commits.at(-1)!;
  author.git("checkout", "-q", "main");
  const mainCommits = (options.mainMovesOn ?? []).map((c, i) => author.commit(c, `main commit ${i + 1}`));
  const base = author.head();
  author.git("checkout", "-q", "--detach", base);
  const merge = author.merge(head, `Merge ${head} into ${base}`);

  author.git("push", "-q", originUrl, "main:refs/heads/main");
  if (forkUrl) {
    author.git("push", "-q", forkUrl, `${mergeBase}:refs/heads/main`, `${head}:refs/heads/${headRef}`);
  } else {
    author.git("push", "-q", originUrl, `${head}:refs/heads/${headRef}`);
  }
  author.git(
    "push",
    "-q",
    originUrl,
    `${head}:refs/pull/${number}/head`,
    `${merge}:refs/pull/${number}/merge`,
  );

  const payload = loadPayload(
    options.payload ?? (options.fork ? "pull_request.fork" : "pull_request.opened"),
    {
      number,
      pull_request: {
        number,
        html_url: `https://github.com/${repository}/pull/${number}`,
        base: {
          ref: "main",
          sha: base,
          repo: { full_name: repository, fork: false, default_branch: "main" },
        },
        head: { ref: headRef, sha: head, repo: { full_name: headRepository, fork: Boolean(options.fork) } },
      },
      repository: { full_name: repository, name, owner: { login: owner }, default_branch: "main" },
    },
  );
  if ("before" in payload) payload.before = mergeBase;
  if ("after" in payload) payload.after = head;

  const event: EventContext =
    eventName === "pull_request"
      ? { eventName, payload, sha: merge, ref: `refs/pull/${number}/merge` }
      : { eventName, payload, sha: base, ref: "refs/heads/main" };
  const mode = options.checkout ?? (eventName === "pull_request" ? "merge" : "base");
  const [checkoutRef, checkoutCommit] =
    mode === "merge"
      ? [`refs/pull/${number}/merge`, merge]
      : mode === "base"
        ? ["refs/heads/main", base]
        : ["", head];
  return {
    ...makeRepoBase(
      root,
      origin,
      originUrl,
      repository,
      event,
      checkoutRef,
      checkoutCommit,
      options.fetchDepth,
    ),
    number,
    fork,
    forkUrl,
    headRepository,
    baseRef: "main",
    headRef,
    sha: { mergeBase, base, head, merge, commits, mainCommits },
  };
}

export interface PushRepoOptions {
  repository?: string;
  /** Files of the first commit on main. */
  base?: Record<string, string>;
  /** More commits on main before the push. */
  history?: CommitSpec[];
  /**
   * "update": main moves from `before` to `after` (fast-forward); "create": a new branch is pushed
   * (before = 40 zeros); "force": main is rewritten, `before` is no longer an ancestor of `after`.
   */
  kind?: "update" | "create" | "force";
  /** The pushed branch (default main, or "feature" for "create"). */
  branch?: string;
  /** The commits the push brings, oldest first (may be empty for "create"). */
  pushed: CommitSpec[];
  /** "force" only: the commits that were on the branch and are thrown away (default one commit). */
  replaced?: CommitSpec[];
  fetchDepth?: number;
}

export interface PushRepo extends RepoBase {
  branch: string;
  sha: {
    /** payload.before (40 zeros for "create"). */
    before: string;
    /** payload.after = GITHUB_SHA. */
    after: string;
    /** Tip of main before the push (the parent of the first pushed commit). */
    base: string;
    pushed: string[];
    /** "force": the rewritten-away commits (still fetchable by sha, like on GitHub). */
    replaced: string[];
  };
}

/** An origin after a push event, and a workspace checked out as actions/checkout does for `push`. */
export function createPushRepo(options: PushRepoOptions): PushRepo {
  const kind = options.kind ?? "update";
  const repository = options.repository ?? DEFAULT_REPOSITORY;
  const [owner, name] = repository.split("/") as [string, string];
  const branch = options.branch ?? (kind === "create" ? "feature" : "main");
  const root = tempDir("envguard-action-");
  const origin = path.join(root, "origin.git");
  const originUrl = initBare(origin);
  const authorDir = path.join(root, "author");
  mkdirSync(authorDir);
  const author = new Author(authorDir);
  author.git("init", "-q", "-b", "main");
  author.commit({ files: options.base ?? {} }, "base");
  for (const [i, c] of (options.history ?? []).entries()) author.commit(c, `history ${i + 1}`);
  const base = author.head();
  author.git("push", "-q", originUrl, "main:refs/heads/main");
  if (branch !== "main") author.git("checkout", "-q", "-b", branch);

  let before = base;
  let replaced: string[] = [];
  if (kind === "create") {
    before = ZERO_SHA;
  } else if (kind === "force") {
    replaced = (
      options.replaced ?? [{ message: "to be rewritten", files: { "REWRITTEN.md": "gone\n" } }]
    ).map((c, i) => author.commit(c, `replaced ${i + 1}`));
    before = replaced.at(-1) ?? base;
    author.git("push", "-q", originUrl, `HEAD:refs/heads/${branch}`);
    author.git("reset", "-q", "--hard", base);
  }
  const pushed = options.pushed.map((c, i) => author.commit(c, `pushed ${i + 1}`));
  const after = author.head();
  author.git("push", "-q", "--force", originUrl, `HEAD:refs/heads/${branch}`);

  const payload = loadPayload(
    kind === "create" ? "push.created" : kind === "force" ? "push.forced" : "push",
    {
      ref: `refs/heads/${branch}`,
      before,
      after,
      created: kind === "create",
      deleted: false,
      forced: kind === "force",
      repository: { full_name: repository, name, owner: { login: owner }, default_branch: "main" },
    },
  );
  const ref = `refs/heads/${branch}`;
  const event: EventContext = { eventName: "push", payload, sha: after, ref };
  return {
    ...makeRepoBase(root, origin, originUrl, repository, event, ref, after, options.fetchDepth),
    branch,
    sha: { before, after, base, pushed, replaced },
  };
}

export interface MergeGroupRepoOptions
  extends Omit<PullRequestRepoOptions, "eventName" | "checkout" | "payload"> {}

export interface MergeGroupRepo extends PullRequestRepo {
  /** refs/heads/gh-readonly-queue/main/pr-<n>-<base sha> */
  queueRef: string;
  sha: PullRequestRepo["sha"] & {
    /** merge_group.head_sha: the queue branch tip (parents [base, head]). */
    queueHead: string;
  };
}

/** A merge-queue event: a gh-readonly-queue branch whose tip merges the PR into main, checked out as actions/checkout does. */
export function createMergeGroupRepo(options: MergeGroupRepoOptions): MergeGroupRepo {
  // The PR shape provides main, the PR head and the refs; the queue branch is added on top.
  const pr = createPullRequestRepo({ ...options, checkout: "base", fetchDepth: 1 });
  const author = new Author(path.join(pr.root, "author"));
  author.git("checkout", "-q", "--detach", pr.sha.base);
  const queueHead = author.merge(
    pr.sha.head,
    `Merge pull request #${pr.number} from ${pr.headRepository.split("/")[0]}/${pr.headRef}`,
  );
  const queueRef = `refs/heads/gh-readonly-queue/main/pr-${pr.number}-${pr.sha.base}`;
  author.git("push", "-q", pr.originUrl, `${queueHead}:${queueRef}`);
  const [owner, name] = pr.repository.split("/") as [string, string];
  const payload = loadPayload("merge_group", {
    merge_group: {
      base_sha: pr.sha.base,
      head_sha: queueHead,
      base_ref: "refs/heads/main",
      head_ref: queueRef,
    },
    repository: { full_name: pr.repository, name, owner: { login: owner }, default_branch: "main" },
  });
  const event: EventContext = { eventName: "merge_group", payload, sha: queueHead, ref: queueRef };
  rmSync(path.join(pr.root, "work"), { recursive: true, force: true });
  const base = makeRepoBase(
    pr.root,
    pr.origin,
    pr.originUrl,
    pr.repository,
    event,
    queueRef,
    queueHead,
    options.fetchDepth,
  );
  return { ...pr, ...base, queueRef, sha: { ...pr.sha, queueHead } };
}

// ---------------------------------------------------------------------------------------------------
// 3. A fake GitHub REST API
// ---------------------------------------------------------------------------------------------------

export interface FakeComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: { login: string; id: number; type: "User" | "Bot" };
  created_at: string;
  updated_at: string;
  author_association: string;
  performed_via_github_app: null;
}

export interface RecordedRequest {
  method: string;
  /** The path without the query string, e.g. /repos/acme/webapp/issues/7/comments */
  path: string;
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** The parsed JSON body (or the raw text when it is not JSON; undefined when empty). */
  body: unknown;
  /** Which route answered (e.g. "listComments"), or null for an unknown route (answered 404). */
  route: string | null;
  status: number;
}

export type FakeMode = "normal" | "forbidden" | "notFound";

export interface FakeGitHubOptions {
  /** Default repository for seeding (default acme/webapp). Every owner/repo is served. */
  repository?: string;
  /** Comments to seed: { issue, body, login?, repository? }. */
  comments?: Array<{ issue: number; body: string; login?: string; repository?: string }>;
  /** Pull requests GET /pulls/{n} knows (others answer 404); keyed by number. */
  pulls?: Record<number, DeepPartial<FakePull>>;
  /** "forbidden": writes get 403; "notFound": every known route gets 404. */
  mode?: FakeMode;
  /** Milliseconds to wait before answering each request. */
  delayMs?: number;
  /** When set, requests without `authorization: token|Bearer <token>` get 401 Bad credentials. */
  token?: string;
  /** The login comments created through the API get (default github-actions[bot]). */
  botLogin?: string;
}

export interface FakePull {
  number: number;
  state: string;
  title: string;
  html_url: string;
  draft: boolean;
  merged: boolean;
  user: { login: string };
  head: { ref: string; sha: string; repo: { full_name: string; fork: boolean } };
  base: { ref: string; sha: string; repo: { full_name: string; fork: boolean; default_branch: string } };
}

export interface FakeGitHub {
  /** Base URL for GITHUB_API_URL, e.g. http://127.0.0.1:54321 */
  url: string;
  /** Every request, in arrival order. */
  requests: RecordedRequest[];
  /** The requests no route matched. */
  unknownRequests(): RecordedRequest[];
  /** Current comments of an issue/PR, oldest first (copies). */
  comments(issue: number, repository?: string): FakeComment[];
  /** Adds a comment as if someone had posted it; returns it. */
  addComment(issue: number, body: string, options?: { login?: string; repository?: string }): FakeComment;
  setPull(number: number, pull: DeepPartial<FakePull>, repository?: string): void;
  setMode(mode: FakeMode): void;
  setDelay(ms: number): void;
  close(): Promise<void>;
}

const BOT = { login: "github-actions[bot]", id: 41898282, type: "Bot" as const };

function githubError(status: number, message: string, docs: string) {
  return { message, documentation_url: docs, status: String(status) };
}

/** Starts a fake api.github.com on 127.0.0.1 (random port) serving the sticky-comment routes. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const defaultRepo = options.repository ?? DEFAULT_REPOSITORY;
  let mode: FakeMode = options.mode ?? "normal";
  let delayMs = options.delayMs ?? 0;
  let nextId = 1_000_001;
  let clock = Date.parse("2024-01-01T00:00:00Z");
  const now = () => {
    clock += 1000;
    return new Date(clock).toISOString().replace(/\.\d{3}Z$/, "Z");
  };
  const comments = new Map<string, FakeComment[]>(); // "owner/repo#n" → comments
  const pulls = new Map<string, FakePull>(); // "owner/repo#n" → pull
  const requests: RecordedRequest[] = [];
  let baseUrl = "";

  const key = (repository: string, n: number) => `${repository.toLowerCase()}#${n}`;
  const makeComment = (repository: string, issue: number, body: string, login?: string): FakeComment => {
    const id = nextId++;
    const at = now();
    return {
      id,
      node_id: `IC_kwDOFake${id}`,
      url: `${baseUrl}/repos/${repository}/issues/comments/${id}`,
      html_url: `https://github.com/${repository}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${baseUrl}/repos/${repository}/issues/${issue}`,
      body,
      user:
        login === undefined || login === BOT.login
          ? { ...BOT }
          : { login, id: 1000 + login.length, type: login.endsWith("[bot]") ? "Bot" : "User" },
      created_at: at,
      updated_at: at,
      author_association: login === undefined || login.endsWith("[bot]") ? "NONE" : "CONTRIBUTOR",
      performed_via_github_app: null,
    };
  };
  const addComment = (issue: number, body: string, opts: { login?: string; repository?: string } = {}) => {
    const repository = opts.repository ?? defaultRepo;
    const comment = makeComment(repository, issue, body, opts.login ?? "octocat");
    const list = comments.get(key(repository, issue)) ?? [];
    list.push(comment);
    comments.set(key(repository, issue), list);
    return structuredClone(comment);
  };
  const setPull = (number: number, pull: DeepPartial<FakePull>, repository = defaultRepo) => {
    const full: FakePull = deepMerge(
      {
        number,
        state: "open",
        title: `Pull request #${number}`,
        html_url: `https://github.com/${repository}/pull/${number}`,
        draft: false,
        merged: false,
        user: { login: "octocat" },
        head: { ref: "feature", sha: ZERO_SHA, repo: { full_name: repository, fork: false } },
        base: {
          ref: "main",
          sha: ZERO_SHA,
          repo: { full_name: repository, fork: false, default_branch: "main" },
        },
      },
      pull,
    );
    pulls.set(key(repository, number), full);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: unknown;
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          body = raw;
        }
      }
      const url = new URL(req.url ?? "/", baseUrl);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = String(v);
      const record: RecordedRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers,
        body,
        route: null,
        status: 0,
      };
      requests.push(record);
      const send = (status: number, json: unknown, extra: Record<string, string> = {}) => {
        record.status = status;
        const text = json === undefined ? "" : JSON.stringify(json);
        const finish = () => {
          res.writeHead(status, {
            "content-type": "application/json; charset=utf-8",
            "x-github-request-id": `FAKE:${requests.length}`,
            "x-ratelimit-limit": "5000",
            "x-ratelimit-remaining": "4999",
            "x-ratelimit-resource": "core",
            ...extra,
          });
          res.end(text);
        };
        if (delayMs > 0) setTimeout(finish, delayMs);
        else finish();
      };
      handle(record, url, body, send);
    });
  });

  type Send = (status: number, json: unknown, extra?: Record<string, string>) => void;
  const handle = (record: RecordedRequest, url: URL, body: unknown, send: Send) => {
    const pathname = url.pathname.replace(/\/+$/, "");
    const routes: Array<[string, string, RegExp]> = [
      ["listComments", "GET", /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/],
      ["createComment", "POST", /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/],
      ["updateComment", "PATCH", /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/],
      ["getPull", "GET", /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/],
    ];
    let route: string | null = null;
    let match: RegExpMatchArray | null = null;
    for (const [name, method, pattern] of routes) {
      match = record.method === method ? pathname.match(pattern) : null;
      if (match) {
        route = name;
        break;
      }
    }
    record.route = route;
    if (!route || !match) {
      send(404, githubError(404, "Not Found", "https://docs.github.com/rest"));
      return;
    }
    const m = record.method;
    const repository = `${decodeURIComponent(match[1]!)}/${decodeURIComponent(match[2]!)}`;
    const number = Number(match[3]);

    if (options.token !== undefined) {
      const auth = record.headers.authorization ?? "";
      if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
        send(401, githubError(401, "Bad credentials", "https://docs.github.com/rest"));
        return;
      }
    }
    if (mode === "notFound") {
      send(404, githubError(404, "Not Found", "https://docs.github.com/rest"));
      return;
    }
    if (mode === "forbidden" && m !== "GET") {
      const docs =
        route === "createComment"
          ? "https://docs.github.com/rest/issues/comments#create-an-issue-comment"
          : "https://docs.github.com/rest/issues/comments#update-an-issue-comment";
      send(403, githubError(403, "Resource not accessible by integration", docs), {
        "x-accepted-github-permissions": "issues=write; pull_requests=write",
      });
      return;
    }

    switch (route) {
      case "listComments": {
        const all = comments.get(key(repository, number)) ?? [];
        const perPage = Math.min(Math.max(Number(url.searchParams.get("per_page") ?? 30) || 30, 1), 100);
        const page = Math.max(Number(url.searchParams.get("page") ?? 1) || 1, 1);
        const last = Math.max(Math.ceil(all.length / perPage), 1);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const link = (n: number, rel: string) => {
          const u = new URL(`${baseUrl}${url.pathname}`);
          for (const [k, v] of url.searchParams)
            if (k !== "page" && k !== "per_page") u.searchParams.set(k, v);
          u.searchParams.set("per_page", String(perPage));
          u.searchParams.set("page", String(n));
          return `<${u.href}>; rel="${rel}"`;
        };
        const links: string[] = [];
        if (page > 1) links.push(link(page - 1, "prev"));
        if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
        if (page > 1) links.push(link(1, "first"));
        send(200, slice, links.length ? { link: links.join(", ") } : {});
        return;
      }
      case "createComment": {
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== "string") {
          send(
            422,
            githubError(
              422,
              'Invalid request.\n\n"body" wasn\'t supplied.',
              "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
            ),
          );
          return;
        }
        const comment = makeComment(repository, number, text, options.botLogin);
        const list = comments.get(key(repository, number)) ?? [];
        list.push(comment);
        comments.set(key(repository, number), list);
        send(201, comment, { location: comment.url });
        return;
      }
      case "updateComment": {
        const prefix = `${repository.toLowerCase()}#`;
        const comment = [...comments.entries()]
          .filter(([k]) => k.startsWith(prefix))
          .flatMap(([, list]) => list)
          .find((c) => c.id === number);
        if (!comment) {
          send(
            404,
            githubError(
              404,
              "Not Found",
              "https://docs.github.com/rest/issues/comments#update-an-issue-comment",
            ),
          );
          return;
        }
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== "string") {
          send(
            422,
            githubError(422, 'Invalid request.\n\n"body" wasn\'t supplied.', "https://docs.github.com/rest"),
          );
          return;
        }
        comment.body = text;
        comment.updated_at = now();
        send(200, comment);
        return;
      }
      case "getPull": {
        const pull = pulls.get(key(repository, number));
        if (!pull)
          send(
            404,
            githubError(404, "Not Found", "https://docs.github.com/rest/pulls/pulls#get-a-pull-request"),
          );
        else send(200, pull);
        return;
      }
    }
  };

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const [n, pull] of Object.entries(options.pulls ?? {})) setPull(Number(n), pull);
  for (const c of options.comments ?? []) addComment(c.issue, c.body, c);

  return {
    url: baseUrl,
    requests,
    unknownRequests: () => requests.filter((r) => r.route === null),
    comments: (issue, repository = defaultRepo) =>
      structuredClone(comments.get(key(repository, issue)) ?? []),
    addComment,
    setPull,
    setMode: (m) => {
      mode = m;
    },
    setDelay: (ms) => {
      delayMs = ms;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

// ---------------------------------------------------------------------------------------------------
// 4. Running the Action the way the runner does
// ---------------------------------------------------------------------------------------------------

/** The Action's entry point as action.yml names it (`runs.main: dist/index.js`). */
export const ACTION_ENTRY = path.join(REPO_ROOT, "dist", "index.js");
export const ACTION_YML = path.join(REPO_ROOT, "action.yml");

export interface RunActionOptions {
  /** The script to run (default dist/index.js of this repository). */
  entry?: string;
  /** GITHUB_WORKSPACE and the process's cwd. */
  workspace: string;
  eventName: string;
  /** Written to a temp file as GITHUB_EVENT_PATH. */
  payload: Payload;
  /** GITHUB_SHA (default: derived from the payload, else the workspace HEAD). */
  sha?: string;
  /** GITHUB_REF (default: derived from the event). */
  ref?: string;
  /** GITHUB_REPOSITORY (default payload.repository.full_name). */
  repository?: string;
  /** `with:` inputs; each becomes INPUT_<NAME> (upper-cased, spaces → _, hyphens kept). `token` defaults to FAKE_TOKEN. */
  inputs?: Record<string, string | number | boolean>;
  /** Extra environment, applied last; undefined removes a variable. */
  env?: Record<string, string | undefined>;
  /** GITHUB_API_URL (the fake server's url). */
  apiUrl?: string;
  /** action.yml whose input defaults are applied as the runner does (default: the repository's, when present); false to skip. */
  actionYml?: string | false;
  /** Kill the process after this many ms (default 60 000). */
  timeoutMs?: number;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
  stream: "stdout" | "stderr";
}

export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export interface ActionResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT, parsed as the runner does. */
  outputs: Record<string, string>;
  /** GITHUB_ENV (core.exportVariable), parsed the same way. */
  exportedEnv: Record<string, string>;
  /** GITHUB_STATE (core.saveState). */
  state: Record<string, string>;
  /** Lines of GITHUB_PATH. */
  addedPaths: string[];
  /** Errors the runner would report for malformed file commands (it fails the step on them). */
  fileCommandErrors: string[];
  /** GITHUB_STEP_SUMMARY's text. */
  summary: string;
  /** Workflow commands, as the runner reads them from stdout then stderr (stop-commands honoured). */
  commands: WorkflowCommand[];
  /** The error/warning/notice commands. */
  annotations: Annotation[];
  /** Values registered with ::add-mask::. */
  masks: string[];
  /** The environment the process got (for debugging). */
  env: Record<string, string>;
  /** The temp files the run used. */
  files: {
    eventPath: string;
    output: string;
    summary: string;
    env: string;
    state: string;
    path: string;
    runnerTemp: string;
  };
}

/** The runner's `INPUT_` name for an input: upper-cased, spaces → underscores, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

function deriveShaAndRef(opts: RunActionOptions): { sha: string; ref: string } {
  const p = opts.payload;
  const head = () =>
    gitSucceeds(opts.workspace, ["rev-parse", "HEAD"])
      ? runGit(opts.workspace, ["rev-parse", "HEAD"]).trim()
      : ZERO_SHA;
  const defaultBranch = `refs/heads/${p.repository?.default_branch ?? "main"}`;
  switch (opts.eventName) {
    case "pull_request":
      return {
        sha: opts.sha ?? head(),
        ref: opts.ref ?? `refs/pull/${p.number ?? p.pull_request?.number}/merge`,
      };
    case "pull_request_target":
      return {
        sha: opts.sha ?? p.pull_request?.base?.sha ?? head(),
        ref: opts.ref ?? `refs/heads/${p.pull_request?.base?.ref ?? "main"}`,
      };
    case "push":
      return { sha: opts.sha ?? p.after ?? head(), ref: opts.ref ?? p.ref ?? defaultBranch };
    case "merge_group":
      return {
        sha: opts.sha ?? p.merge_group?.head_sha ?? head(),
        ref: opts.ref ?? p.merge_group?.head_ref ?? defaultBranch,
      };
    case "workflow_dispatch":
      return { sha: opts.sha ?? head(), ref: opts.ref ?? p.ref ?? defaultBranch };
    default:
      return { sha: opts.sha ?? head(), ref: opts.ref ?? defaultBranch };
  }
}

/** Evaluates the `${{ github.* }}` expressions action.yml defaults may hold. */
function evaluateDefault(value: string, github: Record<string, unknown>): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (whole, expression: string) => {
    const m = expression.match(/^github\.([\w.]+)$/);
    if (!m) throw new Error(`runAction cannot evaluate the action.yml default ${whole}`);
    let v: unknown = github;
    for (const k of m[1]!.split(".")) v = isPlainObject(v) ? v[k] : undefined;
    return v === undefined || v === null ? "" : String(v);
  });
}

/** Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file as the runner does (heredoc and name=value lines). */
export function parseFileCommand(text: string): { values: Record<string, string>; errors: string[] } {
  const values: Record<string, string> = {};
  const errors: string[] = [];
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "") continue;
    const eq = line.indexOf("=");
    const heredoc = line.indexOf("<<");
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      const name = line.slice(0, eq);
      if (!name) errors.push(`Invalid format '${line}'. Name must not be empty`);
      else values[name] = line.slice(eq + 1);
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!name || !delimiter) {
        errors.push(`Invalid format '${line}'`);
        continue;
      }
      const body: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        body.push(lines[i]!);
      }
      if (!closed) errors.push(`Matching delimiter not found '${delimiter}'`);
      else values[name] = body.join("\n");
    } else {
      errors.push(`Invalid format '${line}'`);
    }
  }
  return { values, errors };
}

const unescapeData = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
const unescapeProperty = (s: string) =>
  s
    .replace(/%0D/g, "\r")
    .replace(/%0A/g, "\n")
    .replace(/%3A/g, ":")
    .replace(/%2C/g, ",")
    .replace(/%25/g, "%");

/** Workflow commands the runner acts on (others starting with :: are printed as plain text). */
export const RUNNER_COMMANDS = new Set([
  "add-mask",
  "add-matcher",
  "add-path",
  "debug",
  "echo",
  "endgroup",
  "error",
  "group",
  "notice",
  "remove-matcher",
  "save-state",
  "set-env",
  "set-output",
  "stop-commands",
  "warning",
]);

/**
 * Reads workflow commands out of process output as the runner does (ActionCommand.TryParseV2): lines
 * split on \n, \r\n or a lone \r, leading whitespace ignored, `::name props::message`, properties
 * split on "," and "=", %-unescaping, and `::stop-commands::<token>` … `::<token>::` honoured. With
 * `anyName`, unknown command names count too (stricter than the runner, for injection checks).
 */
export function parseWorkflowCommands(
  text: string,
  stream: "stdout" | "stderr" = "stdout",
  anyName = false,
): Array<WorkflowCommand & { line: string }> {
  const out: Array<WorkflowCommand & { line: string }> = [];
  let stopToken: string | null = null;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart();
    if (stopToken !== null) {
      if (line === `::${stopToken}::`) stopToken = null;
      continue;
    }
    if (!line.startsWith("::")) continue;
    const end = line.indexOf("::", 2);
    if (end < 0) continue;
    const info = line.slice(2, end);
    const space = info.indexOf(" ");
    const command = space < 0 ? info : info.slice(0, space);
    if (!RUNNER_COMMANDS.has(command) && !anyName) continue;
    const properties: Record<string, string> = {};
    if (space > 0) {
      for (const pair of info
        .slice(space + 1)
        .trim()
        .split(",")) {
        if (!pair) continue;
        const eq = pair.indexOf("=");
        if (eq > 0 && eq < pair.length - 1)
          properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
      }
    }
    const message = unescapeData(line.slice(end + 2));
    out.push({ command, properties, message, stream, line: raw });
    if (command === "stop-commands" && message) stopToken = message;
  }
  return out;
}

function toAnnotation(c: WorkflowCommand): Annotation {
  const num = (v: string | undefined) => (v === undefined || Number.isNaN(Number(v)) ? undefined : Number(v));
  const a: Annotation = { level: c.command as Annotation["level"], message: c.message };
  const p = c.properties;
  if (p.file !== undefined) a.file = p.file;
  if (num(p.line) !== undefined) a.line = num(p.line);
  if (num(p.endLine) !== undefined) a.endLine = num(p.endLine);
  if (num(p.col) !== undefined) a.col = num(p.col);
  if (num(p.endColumn) !== undefined) a.endColumn = num(p.endColumn);
  if (p.title !== undefined) a.title = p.title;
  return a;
}

/** Runs the Action as the runner does: `node <entry>` in the workspace with a from-scratch environment. */
export async function runAction(opts: RunActionOptions): Promise<ActionResult> {
  const entry = opts.entry ?? ACTION_ENTRY;
  if (!existsSync(entry)) throw new Error(`no Action entry at ${entry} (build it first)`);
  const tmp = tempDir("envguard-runner-");
  const runnerTemp = path.join(tmp, "_temp");
  const commandsDir = path.join(runnerTemp, "_runner_file_commands");
  mkdirSync(commandsDir, { recursive: true });
  const id = randomUUID();
  const files = {
    eventPath: path.join(tmp, "_github_workflow", "event.json"),
    output: path.join(commandsDir, `set_output_${id}`),
    summary: path.join(commandsDir, `step_summary_${id}`),
    env: path.join(commandsDir, `set_env_${id}`),
    state: path.join(commandsDir, `save_state_${id}`),
    path: path.join(commandsDir, `add_path_${id}`),
    runnerTemp,
  };
  mkdirSync(path.dirname(files.eventPath), { recursive: true });
  writeFileSync(files.eventPath, JSON.stringify(opts.payload, null, 2));
  for (const f of [files.output, files.summary, files.env, files.state, files.path]) writeFileSync(f, "");

  const { sha, ref } = deriveShaAndRef(opts);
  const repository = opts.repository ?? opts.payload.repository?.full_name ?? DEFAULT_REPOSITORY;
  const isPr = opts.eventName === "pull_request" || opts.eventName === "pull_request_target";
  const apiUrl = opts.apiUrl ?? "http://127.0.0.1:9"; // the discard port: nothing reaches the real API
  const refName = ref.replace(/^refs\/(heads|tags|pull)\//, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? tmp,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: files.eventPath,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_PATH: files.path,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split("/")[0] ?? "",
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: refName,
    GITHUB_REF_TYPE: ref.startsWith("refs/tags/") ? "tag" : "branch",
    GITHUB_HEAD_REF: isPr ? (opts.payload.pull_request?.head?.ref ?? "") : "",
    GITHUB_BASE_REF: isPr ? (opts.payload.pull_request?.base?.ref ?? "") : "",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_RUN_ID: "1658821493",
    GITHUB_RUN_NUMBER: "3",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_JOB: "envguard",
    GITHUB_WORKFLOW: "envguard",
    GITHUB_ACTION: "__envguard",
    GITHUB_ACTOR: opts.payload.sender?.login ?? "octocat",
    GITHUB_TRIGGERING_ACTOR: opts.payload.sender?.login ?? "octocat",
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_NAME: "GitHub Actions 1",
    RUNNER_ENVIRONMENT: "github-hosted",
  };

  const inputs: Record<string, string> = {};
  const ymlPath = opts.actionYml === undefined ? ACTION_YML : opts.actionYml;
  if (ymlPath && existsSync(ymlPath)) {
    const yml = parseYaml(readFileSync(ymlPath, "utf8")) as {
      inputs?: Record<string, { default?: unknown }>;
    };
    const token = opts.inputs?.token !== undefined ? String(opts.inputs.token) : FAKE_TOKEN;
    const github = {
      token,
      repository,
      repository_owner: env.GITHUB_REPOSITORY_OWNER,
      event_name: opts.eventName,
      sha,
      ref,
      workspace: opts.workspace,
      server_url: env.GITHUB_SERVER_URL,
      api_url: apiUrl,
      event: opts.payload,
    };
    // Like ActionManifestManager.ConvertInputs: every declared input is set, "" when it has no default.
    for (const [name, spec] of Object.entries(yml.inputs ?? {}))
      inputs[name] =
        spec?.default === undefined || spec.default === null
          ? ""
          : evaluateDefault(String(spec.default), github);
  }
  inputs.token ??= FAKE_TOKEN;
  for (const [name, value] of Object.entries(opts.inputs ?? {})) inputs[name] = String(value);
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }

  const child = spawn(process.execPath, [entry], {
    cwd: opts.workspace,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (c: Buffer) => out.push(c));
  child.stderr.on("data", (c: Buffer) => err.push(c));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, opts.timeoutMs ?? 60_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (c, s) => resolve([c, s]));
  });
  clearTimeout(timer);

  const stdout = Buffer.concat(out).toString("utf8");
  const stderr = Buffer.concat(err).toString("utf8");
  const output = parseFileCommand(readFileSync(files.output, "utf8"));
  const exported = parseFileCommand(readFileSync(files.env, "utf8"));
  const state = parseFileCommand(readFileSync(files.state, "utf8"));
  const commands: WorkflowCommand[] = [
    ...parseWorkflowCommands(stdout, "stdout"),
    ...parseWorkflowCommands(stderr, "stderr"),
  ].map(({ line: _line, ...c }) => c);
  return {
    code,
    signal,
    timedOut,
    stdout,
    stderr,
    outputs: output.values,
    exportedEnv: exported.values,
    state: state.values,
    addedPaths: readFileSync(files.path, "utf8").split(/\r?\n/).filter(Boolean),
    fileCommandErrors: [
      ...output.errors.map((e) => `GITHUB_OUTPUT: ${e}`),
      ...exported.errors.map((e) => `GITHUB_ENV: ${e}`),
      ...state.errors.map((e) => `GITHUB_STATE: ${e}`),
    ],
    summary: readFileSync(files.summary, "utf8"),
    commands,
    annotations: commands
      .filter((c) => c.command === "error" || c.command === "warning" || c.command === "notice")
      .map(toAnnotation),
    masks: commands.filter((c) => c.command === "add-mask").map((c) => c.message),
    env,
    files,
  };
}

/**
 * For injection tests: throws unless every line of stdout and stderr that could be read as a workflow
 * command (any `::name …::` after leading whitespace, on \n, \r\n or lone-\r line breaks, outside
 * stop-commands blocks) is expected. `expected` holds command names ("error") or predicates.
 */
export function assertNoUnexpectedCommands(
  result: Pick<ActionResult, "stdout" | "stderr">,
  expected: Array<string | ((c: WorkflowCommand) => boolean)> = [],
): void {
  const found = [
    ...parseWorkflowCommands(result.stdout, "stdout", true),
    ...parseWorkflowCommands(result.stderr, "stderr", true),
  ];
  const unexpected = found.filter(
    (c) => !expected.some((e) => (typeof e === "string" ? e === c.command : e(c))),
  );
  if (unexpected.length > 0) {
    throw new Error(
      `unexpected workflow command(s) in the Action's output:\n${unexpected
        .map((c) => `  [${c.stream}] ${JSON.stringify(c.line)}`)
        .join("\n")}`,
    );
  }
}

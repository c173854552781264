import { type SimpleGit, simpleGit } from "simple-git";
import { gitEnvironment } from "../git/start-git.js";
import type { ScanTarget } from "../scan/sources/open-source.js";
import { SourceError } from "../scan/sources/source-error.js";
import { type Comparison, isSha } from "./plan.js";

/** The scan a comparison becomes once its commits are on disk. */
export interface ResolvedScan {
  target: ScanTarget;
  /** `abc1234..def5678` and what it means, for the log and the summary. */
  compared: string;
  /** The commit whose files the findings point at (for links), when there is one. */
  headCommit: string | undefined;
  /** What had to be fetched, for the log. */
  fetched: string[];
}

const CHECKOUT_FIX =
  "use actions/checkout with `fetch-depth: 0` (or a depth that reaches the merge base), and keep the `origin` remote";

/** Depths tried, in turn, when a merge base is not in a shallow clone; then the whole history. */
const DEEPEN_STEPS = [50, 500];

const short = (sha: string) => sha.slice(0, 12);

/**
 * Fetches what a comparison needs that a shallow actions/checkout left out, and turns it into a
 * scan target. When the commits cannot be had, throws a SourceError naming the checkout setting.
 */
export class CommitResolver {
  private readonly git: SimpleGit;
  readonly fetched: string[] = [];
  private shallow: boolean | undefined;

  constructor(root: string) {
    this.git = simpleGit({ baseDir: root, maxConcurrentProcesses: 2, trimmed: true }).env(gitEnvironment());
  }

  async resolve(comparison: Comparison, eachCommit: boolean): Promise<ResolvedScan> {
    switch (comparison.kind) {
      case "tree":
        return this.done({ kind: "tree", paths: [], git: true }, "the whole tree", await this.headSha());
      case "all-history": {
        await this.unshallow();
        return this.done({ kind: "history" }, "every commit in the repository", await this.headSha());
      }
      case "pull-request":
        return this.pullRequest(comparison, eachCommit);
      case "range":
        return this.range(comparison.base, comparison.head, comparison.fromMergeBase, eachCommit);
      case "new-branch": {
        const branch = comparison.defaultBranch;
        const remote = `refs/remotes/origin/${branch}`;
        await this.fetch([`+refs/heads/${branch}:${remote}`], 1, `the default branch ${branch}`);
        const head = await this.ensureCommit(comparison.head, "the pushed commit");
        const base = await this.revParse(remote);
        if (!base)
          throw new SourceError(`the default branch ${branch} could not be fetched`, { fix: CHECKOUT_FIX });
        await this.ensureMergeBase(base, head, `${branch}`);
        return this.range(base, head, true, eachCommit);
      }
    }
  }

  private async pullRequest(
    pr: Extract<Comparison, { kind: "pull-request" }>,
    eachCommit: boolean,
  ): Promise<ResolvedScan> {
    const head = await this.headSha();
    const parents = head ? await this.parentsOf(head) : [];
    // actions/checkout's default for pull_request: refs/pull/N/merge, the PR merged into its base.
    const isMergeRef = parents.length === 2 && (head === pr.merge || parents[1] === pr.head);
    if (isMergeRef && head) {
      const [first, second] = parents as [string, string];
      if (eachCommit) {
        await this.ensureCommit(first, "the merge commit's first parent (the base branch)");
        await this.ensureCommit(second, "the pull request's head commit");
        await this.ensureMergeBase(first, second, "the pull request's base");
        return this.done(
          { kind: "history", range: `${first}..${second}` },
          `every commit of pull request #${pr.number} (${short(first)}..${short(second)})`,
          second,
        );
      }
      await this.ensureCommit(first, "the merge commit's first parent (the base branch)");
      return this.done(
        { kind: "diff", range: `${first}..${head}` },
        `${short(first)}..${short(head)}: pull request #${pr.number}'s merge commit against its base`,
        head,
      );
    }
    // A checkout of the head (or, under pull_request_target, of the base): base...head.
    const resolved = await this.range(pr.base, pr.head, true, eachCommit);
    return { ...resolved, compared: `${resolved.compared} (pull request #${pr.number})` };
  }

  private async range(
    base: string,
    head: string,
    fromMergeBase: boolean,
    eachCommit: boolean,
  ): Promise<ResolvedScan> {
    const headCommit = await this.ensureCommit(head, "the head commit");
    const baseCommit = await this.ensureCommit(base, "the base commit");
    if (fromMergeBase || eachCommit) await this.ensureMergeBase(baseCommit, headCommit, "the base");
    if (eachCommit) {
      return this.done(
        { kind: "history", range: `${baseCommit}..${headCommit}` },
        `every commit in ${short(baseCommit)}..${short(headCommit)}`,
        headCommit,
      );
    }
    const dots = fromMergeBase ? "..." : "..";
    return this.done(
      { kind: "diff", range: `${baseCommit}${dots}${headCommit}` },
      `${short(baseCommit)}${dots}${short(headCommit)}`,
      headCommit,
    );
  }

  private done(target: ScanTarget, compared: string, headCommit: string | undefined): ResolvedScan {
    return { target, compared, headCommit, fetched: this.fetched };
  }

  private head: Promise<string | undefined> | undefined;

  /** The checked-out commit (asked of git once: fetching never moves HEAD). */
  headSha(): Promise<string | undefined> {
    this.head ??= this.revParse("HEAD");
    return this.head;
  }

  private async revParse(rev: string): Promise<string | undefined> {
    try {
      const out = await this.git.raw(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]);
      return out.trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** A commit's parents as its object records them (a shallow clone's grafts hide them from rev-list). */
  private async parentsOf(sha: string): Promise<string[]> {
    const raw = await this.git.raw(["cat-file", "-p", sha]);
    const parents: string[] = [];
    for (const line of raw.split("\n")) {
      if (line === "") break;
      if (line.startsWith("parent ")) parents.push(line.slice(7).trim());
    }
    return parents;
  }

  /** The commit, fetched by sha (depth 1) when the checkout does not have it. */
  async ensureCommit(rev: string, what: string): Promise<string> {
    const present = await this.revParse(rev);
    if (present) return present;
    if (!isSha(rev)) {
      await this.fetch([`+refs/heads/${rev}:refs/remotes/origin/${rev}`], 1, `${what} (${rev})`);
      const fetched = (await this.revParse(`refs/remotes/origin/${rev}`)) ?? (await this.revParse(rev));
      if (fetched) return fetched;
    } else {
      await this.fetch([rev], 1, `${what} (${short(rev)})`);
      if (await this.revParse(rev)) return rev;
    }
    throw new SourceError(
      `${what} (${rev.length === 40 ? short(rev) : rev}) is not in the checkout and could not be fetched`,
      {
        fix: CHECKOUT_FIX,
      },
    );
  }

  private async hasMergeBase(a: string, b: string): Promise<boolean> {
    try {
      return (await this.git.raw(["merge-base", a, b])).trim() !== "";
    } catch {
      return false;
    }
  }

  /** Deepens a shallow clone until `a` and `b` meet; a full clone that lacks it cannot gain it. */
  private async ensureMergeBase(a: string, b: string, what: string): Promise<void> {
    if (await this.hasMergeBase(a, b)) return;
    for (const depth of DEEPEN_STEPS) {
      if (!(await this.isShallow())) break;
      await this.fetch([a, b], depth, `history to the merge base with ${what}`);
      if (await this.hasMergeBase(a, b)) return;
    }
    if (await this.isShallow()) {
      await this.unshallow();
      if (await this.hasMergeBase(a, b)) return;
    }
    throw new SourceError(`${short(a)} and ${short(b)} have no merge base in this repository`, {
      fix: `${CHECKOUT_FIX}; if the branches share no history, give the input base explicitly`,
    });
  }

  /** Asked once: a depth fetch keeps a clone shallow, and only `unshallow` ends that. */
  private async isShallow(): Promise<boolean> {
    this.shallow ??= (await this.git.raw(["rev-parse", "--is-shallow-repository"])).trim() === "true";
    return this.shallow;
  }

  private async unshallow(): Promise<void> {
    if (!(await this.isShallow())) return;
    try {
      await this.git.raw(["fetch", "--no-tags", "--quiet", "--unshallow", "origin"]);
      this.shallow = false;
      this.fetched.push("the whole history (--unshallow)");
    } catch (error) {
      throw new SourceError("the checkout is shallow and its history could not be fetched", {
        fix: CHECKOUT_FIX,
        gitMessage: firstLine(error),
      });
    }
  }

  /** `git fetch --depth` of refspecs from origin; a failure is left for the caller's check to report. */
  private async fetch(refspecs: string[], depth: number, what: string): Promise<void> {
    try {
      const shallow = await this.isShallow();
      const args = [
        "fetch",
        "--no-tags",
        "--quiet",
        ...(shallow ? [`--depth=${depth}`] : []),
        "origin",
        ...refspecs,
      ];
      await this.git.raw(args);
      this.fetched.push(what);
    } catch {
      // Whether it arrived is checked next, with a message that says what to change.
    }
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.trim().split("\n")[0] ?? "";
}

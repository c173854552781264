import { existsSync } from "node:fs";
import path from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { CheckResult } from "../checks/check-project.js";
import { couldNotRunFindings } from "../cli/run-errors.js";
import { checkedPaths, type Policy } from "../config/policy-base.js";
import { snapshotIndex } from "../git/index-snapshot.js";
import type { Finding } from "../report/finding.js";

export interface ConfigCheckJob {
  /** The project root in the workspace. */
  root: string;
  policy: Policy;
  environments: string[] | undefined;
  /** Check this commit's config files instead of the workspace's (the head, when the base is checked out). */
  commit: string | undefined;
}

export interface ConfigCheckOutcome {
  result?: CheckResult | undefined;
  /** Why the check could not run (an invalid schema, an unknown environment). */
  couldNotRun?: Finding[] | undefined;
  /** Something to tell the user that is not a finding. */
  notice?: string | undefined;
}

/** Marks the worker the Action starts for the config check (the bundle's entry serves both). */
const JOB = "envguard-config-check";

/** `envguard check` as the Action runs it; findings carry paths relative to `root`. */
async function checkConfig(job: ConfigCheckJob): Promise<ConfigCheckOutcome> {
  const { root, policy, environments, commit } = job;
  const [{ loadProject }, { checkProject }, { checkDotenvFilesInGit }] = await Promise.all([
    import("../config/project.js"),
    import("../checks/check-project.js"),
    import("../checks/dotenv-files.js"),
  ]);
  const repoCheck = checkDotenvFilesInGit({ ...policy, root });
  repoCheck.catch(() => undefined);
  // The config as the change leaves it: the workspace when it is checked out, else that commit's files.
  const snapshot = commit ? await snapshotIndex(root, commit) : undefined;
  try {
    if (snapshot) {
      await snapshot.add(checkedPaths(policy));
    }
    const projectRoot = snapshot?.root ?? root;
    if (policy.file === undefined && !existsSync(path.resolve(projectRoot, policy.schema))) {
      // No policy and no schema: a project that uses envguard for secrets only.
      return {
        notice: `No ${policy.schema} and no .envguard.yml: the config check is skipped and only the secret scan runs. Add a schema (or a policy naming it) to check every environment.`,
      };
    }
    const project = loadProject(projectRoot, { policy: { ...policy, root: projectRoot }, environments });
    return { result: checkProject(project, await repoCheck) };
  } catch (error) {
    const findings = couldNotRunFindings(error);
    if (!findings) throw error;
    return { couldNotRun: findings };
  } finally {
    snapshot?.cleanup();
  }
}

/**
 * Runs the check on a worker thread, so it uses the runner's second core while the main thread
 * scans. Falls back to this thread when no worker can be started (the entry is not a file).
 */
export function checkConfigOffThread(job: ConfigCheckJob): Promise<ConfigCheckOutcome> {
  const entry = process.argv[1];
  if (!entry || !existsSync(entry)) return checkConfig(job);
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(entry, { workerData: { job: JOB, check: job }, stdout: false, stderr: false });
    worker.once(
      "message",
      (message: { ok: true; outcome: ConfigCheckOutcome } | { ok: false; error: string }) => {
        settled = true;
        if (message.ok) resolve(message.outcome);
        else reject(new Error(message.error));
      },
    );
    worker.once("error", (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`the config check's worker stopped (exit ${code}) without an answer`));
      settled = true;
    });
  });
}

/** In the worker the Action starts: run the check it was given and post the outcome. True when this is that worker. */
export async function serveConfigCheckWorker(): Promise<boolean> {
  if (isMainThread || workerData?.job !== JOB || !parentPort) return false;
  const port = parentPort;
  try {
    port.postMessage({ ok: true, outcome: await checkConfig(workerData.check as ConfigCheckJob) });
  } catch (error) {
    port.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
  return true;
}

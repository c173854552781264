import { randomUUID } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as core from "@actions/core";
import type { CheckResult, EnvironmentStatus } from "../checks/check-project.js";
import { variableText } from "../cli/exec-command.js";
import { EXIT } from "../cli/exit-codes.js";
import { couldNotRunFindings } from "../cli/run-errors.js";
import { resolveProjectEnvironmentAsync } from "../config/load.js";
import { loadPolicy, POLICY_FILES, type Policy } from "../config/policy.js";
import { describeReference } from "../config/reference.js";
import type { ResolvedValue } from "../config/resolve.js";
import { type VerifyOutcome, verifyOutcome } from "../deploy/verify-outcome.js";
import { snapshotIndex } from "../git/index-snapshot.js";
import { isSecretFinding, planAnnotations } from "../report/annotations.js";
import { type Finding, failsOn, makeFinding } from "../report/finding.js";
import { jsonReport, summarize } from "../report/json.js";
import { renderSummary } from "../report/markdown.js";
import { printable } from "../report/sanitize.js";
import { renderSarif } from "../report/sarif.js";
import { renderText } from "../report/text.js";
import { isHiddenValue, renderValueRows } from "../report/values.js";
import { runScanJob, type ScanJobResult, scanReport } from "../scan/scan-job.js";
import { VERSION } from "../version.js";
import { upsertComment } from "./comment.js";
import { CommitResolver, type ResolvedScan } from "./commits.js";
import { checkConfigOffThread } from "./config-check.js";
import { type ActionInputs, InputError, parseInputs } from "./inputs.js";
import { type EventContext, type Plan, PlanError, planRun } from "./plan.js";

/** Exit codes, as the CLI's: 1 found problems (per fail-on), 2 could not run. */

interface Outcome {
  inputs: ActionInputs | undefined;
  plan: Plan | undefined;
  check: CheckResult | undefined;
  scan: ScanJobResult | undefined;
  resolved: ResolvedScan | undefined;
  /** Mode verify: the environment resolved for deployment, its masked values and fingerprint. */
  verify: VerifyOutcome | undefined;
  /** Why the run could not finish: it fails whatever fail-on says. */
  couldNotRun: Finding[];
}

/** The event as the runner hands it over: GITHUB_EVENT_NAME, and the payload at GITHUB_EVENT_PATH. */
function readEvent(env: NodeJS.ProcessEnv): EventContext {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  if (eventName === "")
    throw new InputError("GITHUB_EVENT_NAME is not set: run envguard's Action inside a GitHub workflow.");
  const file = env.GITHUB_EVENT_PATH;
  let payload: unknown = {};
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new InputError(
        `the event payload ${file} could not be read (${(error as NodeJS.ErrnoException).code ?? "error"}).`,
      );
    }
    try {
      payload = JSON.parse(text);
    } catch {
      throw new InputError(`the event payload ${file} is not JSON.`);
    }
  }
  return { eventName, payload, sha: env.GITHUB_SHA ?? "", ref: env.GITHUB_REF ?? "" };
}

/** Untrusted text (file names, messages) goes to the log with workflow commands switched off around it. */
function logUntrusted(text: string): void {
  if (text.trim() === "") return;
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  for (const line of text.replace(/\n$/, "").split("\n")) core.info(printable(line));
  core.info(`::${token}::`);
}

/** Findings carry paths relative to the project; GitHub wants them relative to the repository. */
function relativeToRepository(findings: Finding[], prefix: string): Finding[] {
  if (prefix === "") return findings;
  return findings.map((f) => (f.file ? { ...f, file: `${prefix}/${f.file}` } : f));
}

/** The policy from a trusted commit (pull_request_target: the base), laid over the workspace. */
async function trustedPolicy(
  root: string,
  commit: string,
  file: string | undefined,
): Promise<{ policy: Policy; baselineRoot: string; cleanup(): void }> {
  const snapshot = await snapshotIndex(root, commit);
  try {
    await snapshot.add([...POLICY_FILES, ...(file ? [file] : [])]);
    const trusted = loadPolicy(snapshot.root, file);
    await snapshot.add([trusted.scan.baseline]);
    return { policy: { ...trusted, root }, baselineRoot: snapshot.root, cleanup: snapshot.cleanup };
  } catch (error) {
    snapshot.cleanup();
    throw error;
  }
}

async function evaluate(env: NodeJS.ProcessEnv, root: string): Promise<Outcome> {
  const outcome: Outcome = {
    inputs: undefined,
    plan: undefined,
    check: undefined,
    scan: undefined,
    resolved: undefined,
    verify: undefined,
    couldNotRun: [],
  };
  let cleanup: (() => void) | undefined;
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    outcome.inputs = inputs;
    const event = readEvent(env);
    const plan = planRun(event, inputs);
    outcome.plan = plan;
    const projectRoot = path.resolve(root, inputs.workingDirectory ?? ".");
    core.info(
      `envguard ${VERSION}: mode ${inputs.mode}, event ${printable(event.eventName)}: ${plan.describe}.`,
    );

    if (plan.verify) {
      const verified = await verifyEnvironment(env, projectRoot, plan.verify, inputs.config);
      outcome.check = verified.check;
      outcome.verify = verified.verify;
      return outcome;
    }

    const commits = new CommitResolver(projectRoot);
    let policy: Policy;
    let baselineRoot: string | undefined;
    if (plan.trustedPolicyCommit) {
      // The base may be missing from a checkout of the PR head: fetch it first.
      const base = await commits.ensureCommit(plan.trustedPolicyCommit, "the base commit");
      const trusted = await trustedPolicy(projectRoot, base, inputs.config);
      ({ policy, baselineRoot } = trusted);
      cleanup = trusted.cleanup;
      core.info(
        `pull_request_target: the policy and baseline are read from the base commit ${plan.trustedPolicyCommit.slice(0, 12)}, not from the pull request.`,
      );
    } else {
      policy = loadPolicy(projectRoot, inputs.config);
    }

    if (plan.scan) {
      outcome.resolved = await commits.resolve(plan.scan, plan.eachCommit);
      for (const what of outcome.resolved.fetched) core.info(`fetched ${what}`);
      core.info(`scanning ${outcome.resolved.compared}`);
    }
    const head = outcome.resolved?.headCommit;
    const checkCommit = plan.check && head && head !== (await commits.headSha()) ? head : undefined;
    // The config check runs on another thread (another core) while this one scans.
    const checking = plan.check
      ? checkConfigOffThread({
          root: projectRoot,
          policy,
          environments: inputs.environments,
          commit: checkCommit,
        })
      : undefined;
    checking?.catch(() => undefined);
    const scan = outcome.resolved
      ? await runScanJob({ root: projectRoot, policy, target: outcome.resolved.target, baselineRoot })
      : undefined;
    const checked = await checking;
    if (checked?.notice) core.notice(checked.notice);
    outcome.couldNotRun.push(...(checked?.couldNotRun ?? []));
    outcome.check = checked?.result;
    outcome.scan = scan;
    if (scan && scan.unreadable > 0) {
      outcome.couldNotRun.push(
        makeFinding({
          rule: "scan/incomplete",
          severity: "error",
          message: `${scan.unreadable} file(s) could not be read, so the scan is incomplete.`,
          fix: "See the scan/unreadable findings.",
        }),
      );
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof PlanError) {
      outcome.couldNotRun.push(
        makeFinding({
          rule: "action/invalid-input",
          severity: "error",
          message: error.message,
          fix: "Correct the workflow's `with:` inputs (see the README's Action section).",
        }),
      );
    } else {
      const findings = couldNotRunFindings(error);
      if (!findings) throw error;
      outcome.couldNotRun.push(...findings);
    }
  } finally {
    cleanup?.();
  }
  return outcome;
}

/** What the runner must hide from the log: secret values, and any value fetched through a reference. */
function valuesToMask(values: ResolvedValue[]): string[] {
  const out = new Set<string>();
  for (const v of values) {
    if (v.value === undefined || v.value === null) continue;
    const text = variableText(v.value);
    // Hidden values at any length; other referenced ones (env://) when long enough not to mask noise.
    if (!(isHiddenValue(v) || (v.reference && text.length >= 8))) continue;
    if (text === "" || (v.reference && text === describeReference(v.reference))) continue;
    out.add(text);
    // The runner masks line by line: a multi-line secret (a key, a certificate) is registered per line too.
    for (const line of text.split(/\r?\n/)) if (line.trim().length >= 4) out.add(line);
  }
  return [...out];
}

/** Mode verify: resolve one environment as the deploy will (the job's variables, the stores), validate it. */
async function verifyEnvironment(
  env: NodeJS.ProcessEnv,
  projectRoot: string,
  environment: string,
  policyFile: string | undefined,
): Promise<{ check: CheckResult; verify: VerifyOutcome }> {
  const { resolved, production } = await resolveProjectEnvironmentAsync({
    cwd: projectRoot,
    env: environment,
    policyFile,
    environ: env,
  });
  // Before anything about the resolution is logged. Only on GitHub: elsewhere setSecret prints the value.
  if (env.GITHUB_ACTIONS === "true") for (const value of valuesToMask(resolved.values)) core.setSecret(value);
  const verify = verifyOutcome(resolved, production);
  return { check: { findings: resolved.findings, environments: [verify.status] }, verify };
}

function statusLine(environments: EnvironmentStatus[]): string {
  return JSON.stringify(
    environments.map((e) => ({ name: e.name, status: e.status, errors: e.errors, warnings: e.warnings })),
  );
}

/** The Action: read the run, check and scan, then annotations, summary, SARIF, outputs, comment, exit code. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const outcome = await evaluate(env, workspace);
  const { inputs, check, scan } = outcome;
  const projectRoot = path.resolve(workspace, inputs?.workingDirectory ?? ".");
  const prefix = path.relative(workspace, projectRoot).split(path.sep).join("/");

  // What kept the run from finishing goes with its side: the scan's with the scan, the rest (inputs,
  // policy, schema) with the config.
  const scanStopped = outcome.couldNotRun.filter((f) => f.rule.startsWith("scan/"));
  const otherStopped = outcome.couldNotRun.filter((f) => !f.rule.startsWith("scan/"));
  const checkFindings = relativeToRepository([...(check?.findings ?? []), ...otherStopped], prefix);
  const scanFindings = relativeToRepository([...(scan?.findings ?? []), ...scanStopped], prefix);
  const all = [...checkFindings, ...scanFindings];
  const environments = check?.environments ?? [];

  if (check || otherStopped.length > 0)
    logUntrusted(
      renderText(checkFindings, environments, {
        color: false,
        allEnvironments: outcome.verify ? [] : environments.map((e) => e.name),
      }),
    );
  if (scanFindings.length > 0)
    logUntrusted(renderText(scanFindings, [], { color: false, allEnvironments: [], grouped: false }));
  if (scan) core.info(scan.summary);
  const verify = outcome.verify;
  if (verify?.ok) {
    logUntrusted(renderValueRows(verify.rows, false));
    core.info(`${printable(verify.environment)} is ready to deploy: fingerprint ${verify.fingerprint}`);
  }

  const { annotations } = planAnnotations(all);
  for (const a of annotations) {
    if (a.level === "error") core.error(a.message, a.properties);
    else if (a.level === "warning") core.warning(a.message, a.properties);
    else core.notice(a.message, a.properties);
  }

  const temp = env.RUNNER_TEMP || os.tmpdir();
  const sarifFile = path.resolve(workspace, inputs?.sarifFile ?? path.join(temp, "envguard.sarif"));
  const reportFile = path.join(temp, "envguard-report.json");
  writeFileSync(sarifFile, renderSarif(all, scan?.rules ?? [], VERSION));
  const report = {
    ...jsonReport("action", all, environments),
    mode: inputs?.mode,
    compared: outcome.resolved?.compared,
    ...(verify
      ? {
          environment: verify.environment,
          fingerprint: verify.fingerprint ?? null,
          values: verify.rows,
        }
      : {}),
    ...(scan
      ? {
          scan: scanReport(scan),
        }
      : {}),
  };
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);

  const secretFindings = scanFindings.filter((f) => f.severity !== "note" && isSecretFinding(f));
  const { errors } = summarize(all);
  core.setOutput("findings", String(all.length));
  core.setOutput("secrets", String(secretFindings.length));
  core.setOutput("errors", String(errors));
  core.setOutput("environments", statusLine(environments));
  core.setOutput("sarif-file", sarifFile);
  core.setOutput("report", reportFile);
  core.setOutput("fingerprint", verify?.fingerprint ?? "");

  const couldNotRun = outcome.couldNotRun.length > 0;
  // A deploy gate never lets an invalid config through, whatever fail-on says.
  const fails = couldNotRun || (verify ? !verify.ok : failsOn(all, inputs?.failOn ?? "error"));
  const verdict = couldNotRun
    ? "envguard could not run"
    : verify
      ? verify.ok
        ? `envguard: ${printable(verify.environment)} is ready to deploy (fingerprint ${verify.fingerprint})`
        : `envguard: ${printable(verify.environment)} must not be deployed: ${errors} error(s)`
      : all.length === 0
        ? "envguard: all checks passed"
        : `envguard: ${errors} error(s), ${all.length - errors} other finding(s)`;
  const serverUrl = env.GITHUB_SERVER_URL ?? "https://github.com";
  const repository = env.GITHUB_REPOSITORY ?? "";
  const linkSha = outcome.resolved?.headCommit;
  const markdown = renderSummary({
    title: verdict,
    mode: inputs?.mode ?? "pr",
    compared: outcome.resolved?.compared,
    environments,
    checkFindings,
    scanFindings,
    scanSummary: scan?.summary,
    links: repository && linkSha ? { serverUrl, repository, sha: linkSha } : undefined,
    // verify resolves and validates one environment: drift and examples are check's, not its.
    families: outcome.verify ? ["Schema & keys", "Production rules", "Environment variables"] : undefined,
  });
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();

  if (inputs && outcome.plan?.pullRequest && inputs.comment !== "off") {
    const [owner, repo] = repository.split("/");
    if (!inputs.token)
      core.warning("comment is on but no token was given; skipping the pull-request comment.");
    else if (owner && repo) {
      const result = await upsertComment(
        { token: inputs.token, owner, repo, number: outcome.plan.pullRequest.number },
        markdown,
        { createIfMissing: inputs.comment === "always" || fails },
      );
      if (result.status === "failed") {
        core.warning(
          `${result.reason}. Annotations, the job summary and the exit status still report every finding.`,
        );
      } else if (result.status !== "skipped") core.info(`pull-request comment ${result.status}`);
    }
  }

  core.info(verdict);
  if (couldNotRun) {
    process.exitCode = EXIT.couldNotRun;
  } else if (fails) {
    process.exitCode = EXIT.findings;
  }
}

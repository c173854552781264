import path from "node:path";
import { checkProject } from "../checks/check-project.js";
import { checkDotenvFilesInGit } from "../checks/dotenv-files.js";
import { loadPolicy, POLICY_FILES, type Policy } from "../config/policy.js";
import { checkedPaths } from "../config/policy-base.js";
import { loadProject } from "../config/project.js";
import { snapshotIndex } from "../git/index-snapshot.js";
import { hasErrors } from "../report/finding.js";
import { renderJson } from "../report/json.js";
import { renderText } from "../report/text.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { couldNotRunFindings, reportCouldNotRun } from "./run-errors.js";

export interface CheckCommandOptions {
  root: string;
  /** Check the staged (index) versions of the config files, not the working tree. */
  staged?: boolean;
  policyFile?: string | undefined;
  environments?: string[] | undefined;
  format: "text" | "json";
  color: boolean;
}

export async function runCheck(options: CheckCommandOptions): Promise<ExitCode> {
  const root = path.resolve(options.root);
  let snapshot: Awaited<ReturnType<typeof snapshotIndex>> | undefined;
  try {
    let projectRoot = root;
    let stagedPolicy: Policy | undefined;
    if (options.staged) {
      // The files the check reads, as the commit will hold them: policy first, then what it names.
      snapshot = await snapshotIndex(root);
      await snapshot.add([...POLICY_FILES, ...(options.policyFile ? [options.policyFile] : [])]);
      const staged = loadPolicy(snapshot.root, options.policyFile);
      await snapshot.add(checkedPaths(staged));
      projectRoot = snapshot.root;
      stagedPolicy = staged;
    }
    const policy = stagedPolicy ?? loadPolicy(projectRoot, options.policyFile);
    // git runs in its own processes while this one compiles the schema; it asks the real repository.
    const repoCheck = checkDotenvFilesInGit({ ...policy, root });
    repoCheck.catch(() => undefined);
    const project = loadProject(projectRoot, { policy, environments: options.environments });
    const repoFindings = await repoCheck;
    const result = checkProject(project, repoFindings);
    process.stdout.write(
      options.format === "json"
        ? renderJson("check", result.findings, result.environments)
        : renderText(result.findings, result.environments, {
            color: options.color,
            allEnvironments: project.policy.environments,
          }),
    );
    return hasErrors(result.findings) ? EXIT.findings : EXIT.ok;
  } catch (error) {
    const findings = couldNotRunFindings(error);
    if (!findings) throw error;
    reportCouldNotRun("check", findings, options.format);
    return EXIT.couldNotRun;
  } finally {
    snapshot?.cleanup();
  }
}

import path from "node:path";
import { checkProject } from "../checks/check-project.js";
import { checkDotenvFilesInGit } from "../checks/dotenv-files.js";
import { loadPolicy } from "../config/policy.js";
import { loadProject } from "../config/project.js";
import { hasErrors } from "../report/finding.js";
import { renderJson } from "../report/json.js";
import { renderText } from "../report/text.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { couldNotRunFindings, reportCouldNotRun } from "./run-errors.js";

export interface CheckCommandOptions {
  root: string;
  policyFile?: string | undefined;
  environments?: string[] | undefined;
  format: "text" | "json";
  color: boolean;
}

export async function runCheck(options: CheckCommandOptions): Promise<ExitCode> {
  const root = path.resolve(options.root);
  try {
    const policy = loadPolicy(root, options.policyFile);
    // git runs in its own processes while this one compiles the schema.
    const repoCheck = checkDotenvFilesInGit(policy);
    repoCheck.catch(() => undefined);
    const project = loadProject(root, { policy, environments: options.environments });
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
  }
}

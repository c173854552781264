import path from "node:path";
import { POLICY_FILES, type Policy, readPolicy } from "../config/policy-base.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { runScan } from "./scan-command.js";

export interface PreCommitOptions {
  root: string;
  policyFile?: string | undefined;
  color: boolean;
}

/** The worse of two exit codes: could not run (2) over findings (1) over clean (0). */
function worst(a: ExitCode, b: ExitCode): ExitCode {
  return Math.max(a, b) as ExitCode;
}

/** True when a staged path is one `envguard check` reads: config, schema, policy or examples. */
function touchesConfig(
  paths: Iterable<string>,
  configFiles: { configDir: string; files: string[] },
): boolean {
  const dir = `${configFiles.configDir.replace(/\/+$/, "")}/`;
  for (const p of paths) if (p.startsWith(dir) || configFiles.files.includes(p)) return true;
  return false;
}

/**
 * What the pre-commit hook runs: the staged changes scanned for secrets and sensitive files and,
 * only when the commit touches config, schema, policy or example files, `check` on their staged
 * versions (a commit that touches no config never loads ajv or the schema).
 */
export async function runPreCommit(options: PreCommitOptions): Promise<ExitCode> {
  const root = path.resolve(options.root);
  // Every path the staged change touches (added, modified, deleted, both names of a rename), taken
  // from the patch the scan reads: one git process for the whole hook.
  const changedPaths = new Set<string>();
  // Read once for the scan and for deciding whether to check; a broken one is left for the scan to
  // report, with its line (it reads the file again only then).
  const policy: Policy | undefined = await readPolicy(root, options.policyFile).catch(() => undefined);
  let code = await runScan({
    root,
    policy,
    policyFile: options.policyFile,
    // The summary counts the staged lines scanned rather than whole files: no `git cat-file`.
    target: { kind: "staged", blobSizes: false, changedPaths },
    format: "text",
    updateBaseline: false,
    failOn: "error",
    color: options.color,
    // A literal in a config layer is check's to report (it runs below whenever a layer is staged).
    schemaAware: false,
  });
  if (code === EXIT.couldNotRun) return code;
  const configFiles = {
    configDir: policy?.configDir ?? "config",
    files: [
      ...POLICY_FILES,
      ...(options.policyFile ? [options.policyFile] : []),
      ...(policy ? [policy.schema, policy.examples.dotenv, policy.examples.config] : []),
    ],
  };
  if (touchesConfig(changedPaths, configFiles)) {
    process.stdout.write("\n");
    // Loaded only now: a commit that touches no config never loads ajv or the schema.
    const { runCheck } = await import("./check-command.js");
    const checked = await runCheck({
      root,
      staged: true,
      policyFile: options.policyFile,
      format: "text",
      color: options.color,
    });
    if (checked !== EXIT.ok) {
      process.stdout.write(
        "Fix the config above and stage it again (git add). git commit --no-verify skips this hook, but the pull-request check runs the same checks.\n",
      );
    }
    code = worst(code, checked);
  }
  return code;
}

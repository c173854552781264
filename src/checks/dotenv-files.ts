import { simpleGit } from "simple-git";
import type { Policy } from "../config/policy.js";
import { type Finding, makeFinding } from "../report/finding.js";

const DOTENV_FILE = /(^|\/)\.env(\.[^/]*)?$/;
const EXAMPLE_SUFFIX = /\.(example|sample|template)$/;

/** True for `.env`, `.env.production`, `config/.env.local`; false for `.env.example` and friends. */
export function isDotenvFile(path: string): boolean {
  return DOTENV_FILE.test(path) && !EXAMPLE_SUFFIX.test(path);
}

/**
 * Asks git itself: which `.env` files are tracked, and whether `.gitignore` ignores the
 * `.env` files the policy names. Outside a git repository it says the checks were skipped.
 */
export async function checkDotenvFilesInGit(policy: Policy): Promise<Finding[]> {
  const git = simpleGit({ baseDir: policy.root });
  let isRepo = false;
  try {
    isRepo = await git.checkIsRepo();
  } catch {
    isRepo = false;
  }
  if (!isRepo) {
    return [
      makeFinding({
        rule: "repo/not-a-repository",
        severity: "warning",
        message: `${policy.root} is not inside a git repository: whether .env files are tracked or ignored was not checked.`,
        fix: "Run envguard check inside the project's git work tree.",
      }),
    ];
  }
  const findings: Finding[] = [];
  const tracked = (await git.raw(["ls-files", "-z", "--cached"])).split("\0").filter((p) => p !== "");
  for (const file of tracked.filter(isDotenvFile)) {
    findings.push(
      makeFinding({
        rule: "repo/tracked-dotenv",
        severity: "error",
        file,
        message: `${file} is tracked by git; .env files hold local secrets and must never be committed.`,
        fix: `Run git rm --cached -- ${JSON.stringify(file)}, make sure .gitignore ignores it, and rotate any secret it held.`,
      }),
    );
  }
  const lines = await git.raw([
    "check-ignore",
    "--no-index",
    "--verbose",
    "--non-matching",
    "--",
    ...policy.dotenv.files,
  ]);
  for (const line of lines.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab < 0) continue;
    const source = line.slice(0, tab);
    const file = line.slice(tab + 1);
    if (source !== "::") continue;
    findings.push(
      makeFinding({
        rule: "repo/dotenv-not-ignored",
        severity: "error",
        file: ".gitignore",
        key: file,
        message: `.gitignore does not ignore ${file}, so a local secrets file can be committed by accident.`,
        fix: `Add a line "${file}" to .gitignore (and "!.env.example" if you keep one).`,
      }),
    );
  }
  return findings;
}

import type { Policy } from "../config/policy.js";
import { runGit } from "../git/run-git.js";
import { type Finding, makeFinding } from "../report/finding.js";

const DOTENV_FILE = /(^|\/)\.env(\.[^/]*)?$/;

/**
 * True for `.env`, `.env.production`, `config/.env.local`; false for the templates
 * (`.env.example` and the other allowed suffixes, `scan.allowedDotenvSuffixes` in the policy).
 */
export function isDotenvFile(
  path: string,
  allowedSuffixes: readonly string[] = ["example", "sample", "template", "dist"],
): boolean {
  if (!DOTENV_FILE.test(path)) return false;
  const suffix = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  return !(path.includes(".env.") && allowedSuffixes.some((s) => s.toLowerCase() === suffix));
}

/**
 * Asks git itself: which `.env` files are tracked, and whether `.gitignore` ignores the
 * `.env` files the policy names. Outside a git repository it says the checks were skipped.
 */
export async function checkDotenvFilesInGit(policy: Policy): Promise<Finding[]> {
  const inside = await runGit(policy.root, ["rev-parse", "--is-inside-work-tree"]);
  const isRepo = inside.code === 0 && inside.stdout.trim() === "true";
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
  const listed = await runGit(policy.root, ["ls-files", "-z", "--cached"]);
  if (listed.code !== 0) throw new Error(`git ls-files failed: ${listed.stderr.trim()}`);
  const tracked = listed.stdout.split("\0").filter((p) => p !== "");
  for (const file of tracked.filter((p) => isDotenvFile(p, policy.scan.allowedDotenvSuffixes))) {
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
  const ignored = await runGit(policy.root, [
    "check-ignore",
    "--no-index",
    "--verbose",
    "--non-matching",
    "--",
    ...policy.dotenv.files,
  ]);
  // Exit 1 only says that some path is not ignored; 128 is a real failure.
  if (ignored.code > 1) throw new Error(`git check-ignore failed: ${ignored.stderr.trim()}`);
  const lines = ignored.stdout;
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

import { existsSync } from "node:fs";
import path from "node:path";
import type { Policy } from "../config/policy.js";
import { runGit } from "../git/run-git.js";
import { type Finding, makeFinding } from "../report/finding.js";
import { isDotenvPath } from "../scan/rules/sensitive-files.js";

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
  for (const file of tracked.filter((p) => isDotenvPath(p, policy.scan.allowedDotenvSuffixes))) {
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
  // Placed on .gitignore (an annotation and a link to edit) only when the project has one.
  const hasGitignore = existsSync(path.join(policy.root, ".gitignore"));
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
        ...(hasGitignore ? { file: ".gitignore" } : {}),
        key: file,
        message: hasGitignore
          ? `.gitignore does not ignore ${file}, so a local secrets file can be committed by accident.`
          : `Nothing ignores ${file} (the project has no .gitignore), so a local secrets file can be committed by accident.`,
        fix: hasGitignore
          ? `Add a line "${file}" to .gitignore (and "!.env.example" if you keep one).`
          : `Create .gitignore with a line "${file}" (and "!.env.example" if you keep one), and commit it.`,
      }),
    );
  }
  return findings;
}

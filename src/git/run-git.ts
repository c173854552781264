import { execFile } from "node:child_process";
import { gitEnvironment } from "./start-git.js";

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs one git command in `cwd` and returns its exit code and output; never throws for a
 * non-zero exit (callers decide what it means). Throws only when git cannot be started.
 */
export function runGit(cwd: string, args: string[], env: Record<string, string> = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      args,
      {
        cwd,
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
        env: { ...gitEnvironment(), ...env },
      },
      (error, stdout, stderr) => {
        if (error && typeof (error as NodeJS.ErrnoException).code === "string") {
          reject(
            new Error(
              `git could not be started (${(error as NodeJS.ErrnoException).code}); is git installed?`,
            ),
          );
          return;
        }
        const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { git, runCli, tempRepo, writeFiles } from "../helpers/project.js";

/** The secret, or any 9-character piece of it, anywhere in `output`. */
function leak(output: string, secret: string): string | undefined {
  for (let i = 0; i + 9 <= secret.length; i++) {
    const piece = secret.slice(i, i + 9);
    if (output.includes(piece)) return piece;
  }
  return undefined;
}

const ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const token = (n: number) => fc.string({ unit: fc.constantFrom(...ALNUM), minLength: n, maxLength: n });

/** Secrets of several kinds, each as it would sit in a file, with the exact secret to look for. */
const plantArb = fc.oneof(
  token(35).map((t) => ({ line: `const key = "AIza${t}";`, secret: `AIza${t}` })),
  token(36).map((t) => ({ line: `GITHUB_TOKEN=ghp_${t}`, secret: `ghp_${t}` })),
  token(28).map((t) => ({ line: `db_password: "Pw-${t}"`, secret: `Pw-${t}` })),
  token(24).map((t) => ({ line: `DATABASE_URL=postgres://app:${t}@db.internal:5432/app`, secret: t })),
  token(64).map((t) => ({
    line: `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA${t}\n${t.split("").reverse().join("")}AAAA\n-----END OPENSSH PRIVATE KEY-----`,
    secret: `b3BlbnNzaC1rZXktdjEAAAAA${t}`,
  })),
);

describe("envguard scan never prints a secret", () => {
  it("in text, JSON or SARIF, for staged, tree and history scans", async () => {
    await fc.assert(
      fc.asyncProperty(plantArb, async ({ line, secret }) => {
        const dir = tempRepo({ "README.md": "# app\n" });
        writeFiles(dir, { "src/settings.txt": `${line}\n` });
        git(dir, "add", "src/settings.txt");
        const outputs: string[] = [];
        const codes: (number | null)[] = [];
        let reported = false;
        for (const format of ["text", "json", "sarif"]) {
          const staged = runCli(["scan", "--staged", "--format", format], { cwd: dir });
          outputs.push(staged.stdout, staged.stderr);
          codes.push(staged.code);
          reported ||= staged.code === 1;
        }
        git(dir, "commit", "-q", "-m", "add settings");
        for (const args of [
          ["scan"],
          ["scan", "--history", "--format", "sarif"],
          ["scan", "--format", "json"],
        ]) {
          const run = runCli(args, { cwd: dir });
          outputs.push(run.stdout, run.stderr);
          codes.push(run.code);
        }
        expect(reported).toBe(true);
        // Every run found the secret: an output without it is proof only if the run reported it.
        expect(codes).toEqual([1, 1, 1, 1, 1, 1]);
        for (const output of outputs) expect(leak(output, secret)).toBeUndefined();
      }),
      { numRuns: 8 },
    );
  }, 240_000);
});

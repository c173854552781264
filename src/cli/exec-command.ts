import { spawn } from "node:child_process";
import { constants } from "node:os";
import path from "node:path";
import { type ResolvedConfig, resolveProjectEnvironmentAsync } from "../config/load.js";
import { getIn } from "../config/resolve.js";
import type { LoadedSchema } from "../config/schema.js";
import { hasErrors } from "../report/finding.js";
import { printable } from "../report/sanitize.js";
import { renderText } from "../report/text.js";
import { EXIT } from "./exit-codes.js";
import { couldNotRunFindings, reportCouldNotRun } from "./run-errors.js";

export interface ExecCommandOptions {
  root: string;
  policyFile?: string | undefined;
  environment: string;
  timeoutMs?: number | undefined;
  command: string;
  args: string[];
  color: boolean;
}

/** Shells' codes: 127 the command was not found, 126 it could not be run. */
const EXIT_NOT_FOUND = 127;
const EXIT_CANNOT_EXECUTE = 126;
const FORWARDED: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/** How a value reaches a program through its environment: strings as they are, everything else as JSON. */
export function variableText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Every schema key's variable set to its resolved value, and ENVGUARD_ENV. */
function programEnvironment(
  resolved: ResolvedConfig,
  schema: Pick<LoadedSchema, "keys">,
  base: NodeJS.ProcessEnv,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  for (const key of schema.keys) {
    const got = getIn(resolved.config, key.path);
    if (!got.found || got.value === undefined) continue;
    env[key.envVar] = variableText(got.value);
  }
  env.ENVGUARD_ENV = resolved.environment;
  return env;
}

/**
 * Resolves and validates one environment, then runs the program with it in its environment. Never
 * starts an invalid config. The program's exit code (or signal) becomes envguard's.
 */
export async function runExec(options: ExecCommandOptions): Promise<number> {
  let resolved: ResolvedConfig;
  let schema: LoadedSchema;
  try {
    ({ resolved, schema } = await resolveProjectEnvironmentAsync({
      cwd: path.resolve(options.root),
      env: options.environment,
      policyFile: options.policyFile,
      environ: process.env,
      timeoutMs: options.timeoutMs,
    }));
  } catch (error) {
    const findings = couldNotRunFindings(error);
    if (!findings) throw error;
    reportCouldNotRun("exec", findings, "text");
    return EXIT.couldNotRun;
  }
  // The program owns stdout: everything envguard says goes to stderr.
  if (hasErrors(resolved.findings)) {
    process.stderr.write(renderText(resolved.findings, [], { color: options.color, allEnvironments: [] }));
    process.stderr.write(
      `envguard: ${printable(options.command)} was not started: the config for ${printable(resolved.environment)} is invalid.\n`,
    );
    return EXIT.findings;
  }
  return runProgram(options.command, options.args, programEnvironment(resolved, schema, process.env));
}

/** Spawns the program with inherited stdio, forwards signals, and ends the way it ended. */
function runProgram(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    const forward = (signal: NodeJS.Signals) => {
      child.kill(signal);
    };
    for (const signal of FORWARDED) process.on(signal, forward);
    const stopForwarding = () => {
      for (const signal of FORWARDED) process.removeListener(signal, forward);
    };
    child.on("error", (error: NodeJS.ErrnoException) => {
      stopForwarding();
      if (error.code === "ENOENT") {
        process.stderr.write(`envguard: ${printable(command)}: command not found\n`);
        resolve(EXIT_NOT_FOUND);
      } else if (error.code === "EACCES") {
        process.stderr.write(`envguard: ${printable(command)}: permission denied\n`);
        resolve(EXIT_CANNOT_EXECUTE);
      } else {
        process.stderr.write(
          `envguard: ${printable(command)} could not be started (${error.code ?? "error"})\n`,
        );
        resolve(EXIT_CANNOT_EXECUTE);
      }
    });
    child.on("exit", (code, signal) => {
      stopForwarding();
      if (signal) {
        dieOf(signal);
        // Ignored signals (SIGPIPE) do not end us: report it as a shell does.
        resolve(128 + (constants.signals[signal] ?? 0));
        return;
      }
      resolve(code ?? 0);
    });
  });
}

/** Ends this process with the signal that ended the program, so its parent sees the same. */
function dieOf(signal: NodeJS.Signals): void {
  process.removeAllListeners(signal);
  try {
    process.kill(process.pid, signal);
  } catch {
    // fall back to the exit code
  }
}

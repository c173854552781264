import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkDocumentKeys } from "../checks/document-keys.js";
import {
  compareFindings,
  type Finding,
  hasErrors,
  makeFinding,
  mergeAcrossEnvironments,
} from "../report/finding.js";
import { type DotenvParseResult, parseDotenv } from "./dotenv.js";
import { PolicyError } from "./policy.js";
import { loadProject, ProjectError, readProjectFile } from "./project.js";
import type { SecretReference } from "./reference.js";
import { type Dereference, type ResolvedValue, resolveEnvironment } from "./resolve.js";
import { SchemaError } from "./schema.js";

export interface LoadConfigOptions {
  /** The environment to load; defaults to `ENVGUARD_ENV` from `environ`. */
  env?: string;
  /** The project root (where `.envguard.yml` and `config/` are); defaults to `process.cwd()`. */
  cwd?: string;
  /** Environment variables; defaults to `process.env`. */
  environ?: Record<string, string | undefined>;
  /** A policy file other than `.envguard.yml`, relative to `cwd`. */
  policyFile?: string | undefined;
  /** Read committed files only: no `.env`, no environment variables, references left as written. */
  committedOnly?: boolean;
}

export interface ResolvedConfig<T = Record<string, unknown>> {
  environment: string;
  /** The merged config; when `ok` is false it may be incomplete or invalid. */
  config: T;
  /** Every key's value and where it came from. Secret values are present here: do not log them. */
  values: ResolvedValue[];
  findings: Finding[];
  ok: boolean;
}

/** Thrown by `loadConfig`: lists every problem, never a secret value. */
export class ConfigError extends Error {
  constructor(
    readonly environment: string | undefined,
    readonly findings: Finding[],
  ) {
    super(describeProblems(environment, findings));
    this.name = "ConfigError";
  }
}

function describeProblems(environment: string | undefined, findings: Finding[]): string {
  const errors = findings.filter((f) => f.severity === "error");
  const lines = errors.map((f) => {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ""}: ` : "";
    return `  - ${where}${f.message}${f.fix ? ` ${f.fix}` : ""}`;
  });
  const head = `envguard: the config${environment ? ` for ${environment}` : ""} is invalid (${errors.length} problem${errors.length === 1 ? "" : "s"}):`;
  return [head, ...lines].join("\n");
}

/** Resolves env://, ${VAR} and file:// references; store references need `envguard exec` or `verify`. */
function syncDereference(root: string, environ: Record<string, string | undefined>): Dereference {
  return (ref: SecretReference) => {
    if (ref.scheme === "env") {
      const value = environ[ref.variable];
      return value === undefined || value === ""
        ? { ok: false, problem: `the environment variable ${ref.variable} is not set` }
        : { ok: true, value };
    }
    if (ref.scheme === "file") {
      try {
        return { ok: true, value: readFileSync(path.resolve(root, ref.path), "utf8").replace(/\r?\n$/, "") };
      } catch (error) {
        return {
          ok: false,
          problem: `the file ${ref.path} could not be read (${(error as NodeJS.ErrnoException).code})`,
        };
      }
    }
    return {
      ok: false,
      problem: `${ref.scheme}:// references are resolved by the secret-store support, which this version of loadConfig does not have`,
    };
  };
}

/**
 * Resolves one environment at run time: schema defaults, base file, environment file, `.env`
 * (local only, by default) and the process environment, highest last; validates it. Never throws
 * for problems in the config: they are in `findings`.
 */
export function resolveConfig<T = Record<string, unknown>>(
  options: LoadConfigOptions = {},
): ResolvedConfig<T> {
  try {
    return resolveProjectConfig<T>(options);
  } catch (error) {
    if (error instanceof PolicyError || error instanceof SchemaError || error instanceof ProjectError) {
      const environ = options.environ ?? process.env;
      return {
        environment: options.env ?? environ.ENVGUARD_ENV ?? "",
        config: {} as T,
        values: [],
        findings: error.findings,
        ok: false,
      };
    }
    throw error;
  }
}

/** As `resolveConfig`, but a project that cannot be read (policy, schema, files) throws. */
export function resolveProjectConfig<T = Record<string, unknown>>(
  options: LoadConfigOptions = {},
): ResolvedConfig<T> {
  const root = path.resolve(options.cwd ?? process.cwd());
  const environ = options.environ ?? process.env;
  const environment = options.env ?? environ.ENVGUARD_ENV;
  if (!environment) {
    throw new ProjectError([
      makeFinding({
        rule: "project/unknown-environment",
        severity: "error",
        message: "No environment was named.",
        fix: "Set ENVGUARD_ENV (for example ENVGUARD_ENV=staging) or pass { env } to loadConfig.",
      }),
    ]);
  }
  const runtime = options.committedOnly !== true;
  const project = loadProject(root, { policyFile: options.policyFile, environments: [environment] });
  const { policy, schema, base } = project;
  const environmentFile = project.environmentFiles.get(environment);
  const findings: Finding[] = project.problems.filter(
    (f) => f.file === base?.file || f.file === environmentFile?.file,
  );
  if (base) findings.push(...checkDocumentKeys(base, schema));
  if (environmentFile) findings.push(...checkDocumentKeys(environmentFile, schema, environment));
  let dotenv: { file: string; parsed: DotenvParseResult } | undefined;
  if (runtime && policy.dotenv.environments.includes(environment)) {
    for (const file of policy.dotenv.files) {
      if (!existsSync(path.resolve(root, file))) continue;
      const parsed = parseDotenv(readProjectFile(root, file));
      dotenv = dotenv
        ? { file, parsed: { ...parsed, values: { ...dotenv.parsed.values, ...parsed.values } } }
        : { file, parsed };
    }
  }
  const resolution = resolveEnvironment(
    schema,
    policy,
    { environment, base, environmentFile, dotenv, environ: runtime ? environ : undefined },
    {
      mode: runtime ? "runtime" : "committed",
      dereference: runtime ? syncDereference(root, environ) : undefined,
    },
  );
  findings.push(...resolution.findings);
  return {
    environment,
    config: resolution.config as T,
    values: resolution.values(),
    findings: mergeAcrossEnvironments(findings, [environment]).sort(compareFindings),
    ok: !hasErrors(findings),
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Loads, validates and freezes one environment's config; throws a `ConfigError` that lists
 * every problem (key, environment, source, what is expected, which variable to set).
 */
export function loadConfig<T = Record<string, unknown>>(options: LoadConfigOptions = {}): DeepReadonly<T> {
  const result = resolveConfig<T>(options);
  if (!result.ok) throw new ConfigError(result.environment || undefined, result.findings);
  return deepFreeze(result.config) as DeepReadonly<T>;
}

/** What `loadConfig` returns: frozen all the way down, and typed so. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

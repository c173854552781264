import { existsSync } from "node:fs";
import path from "node:path";
import { checkDocumentKeys } from "../checks/document-keys.js";
import { resolveEnvReference, resolveFileReference } from "../deploy/local-references.js";
import type { ReferenceFailure, ReferenceOutcome } from "../deploy/resolve-references.js";
import {
  compareFindings,
  type Finding,
  hasErrors,
  makeFinding,
  mergeAcrossEnvironments,
} from "../report/finding.js";
import { type DotenvParseResult, parseDotenv } from "./dotenv.js";
import { CouldNotRunError } from "./errors.js";
import type { Policy } from "./policy.js";
import { loadProject, ProjectError, readProjectFile } from "./project.js";
import { describeReference, type SecretReference } from "./reference.js";
import {
  type Dereference,
  type EnvironmentLayers,
  type ResolvedValue,
  resolveEnvironment,
} from "./resolve.js";
import type { LoadedSchema } from "./schema.js";

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

/** Resolves env://, ${VAR} and file:// references; store references need `loadConfigAsync` or `envguard exec`. */
function syncDereference(root: string, environ: Record<string, string | undefined>): Dereference {
  return (ref: SecretReference) => {
    if (ref.scheme === "env" || ref.scheme === "file") {
      const outcome =
        ref.scheme === "env" ? resolveEnvReference(ref, environ) : resolveFileReference(ref, root);
      return outcome.ok ? outcome : { ok: false, problem: outcome.problem };
    }
    return {
      ok: false,
      problem: `${ref.scheme}:// references are read from the secret store only by loadConfigAsync, envguard verify and envguard exec, not by the synchronous loadConfig`,
    };
  };
}

const isStoreReference = (ref: SecretReference) => ref.scheme === "vault" || ref.scheme === "aws-sm";

/** Options of the asynchronous resolution: how the secret stores are asked. */
export interface LoadConfigAsyncOptions extends LoadConfigOptions {
  /** Per request to a secret store, in milliseconds. */
  timeoutMs?: number;
  /** Retries of a store request that failed for a transient reason (timeout, 5xx, throttling). */
  retries?: number;
  /** Store requests in flight at once. */
  concurrency?: number;
}

/** One environment's layers, read once, ready to resolve (with or without dereferencing). */
interface PreparedEnvironment {
  root: string;
  environ: Record<string, string | undefined>;
  environment: string;
  runtime: boolean;
  schema: LoadedSchema;
  policy: Policy;
  layers: EnvironmentLayers;
  /** Problems of the files themselves (parse errors, unknown keys). */
  findings: Finding[];
}

function prepareEnvironment(options: LoadConfigOptions): PreparedEnvironment {
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
  const project = loadProject(root, {
    policyFile: options.policyFile,
    environments: [environment],
    layersOnly: true,
  });
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
  return {
    root,
    environ,
    environment,
    runtime,
    schema,
    policy,
    layers: { environment, base, environmentFile, dotenv, environ: runtime ? environ : undefined },
    findings,
  };
}

/** Resolves and validates prepared layers; without `dereference`, references stay as written. */
function finishResolution<T>(
  prepared: PreparedEnvironment,
  dereference: Dereference | undefined,
  fixFor: (ref: SecretReference) => string | undefined = () => undefined,
): ResolvedConfig<T> {
  const { schema, policy, layers, environment, runtime } = prepared;
  const resolution = resolveEnvironment(schema, policy, layers, {
    mode: runtime ? "runtime" : "committed",
    dereference,
  });
  const values = resolution.values();
  const referenceOf = new Map(values.filter((v) => v.reference).map((v) => [v.key, v.reference]));
  const findings = [
    ...prepared.findings,
    ...resolution.findings.map((f) => {
      const ref = f.rule === "config/unresolved-reference" && f.key ? referenceOf.get(f.key) : undefined;
      const fix = ref && fixFor(ref);
      return fix ? { ...f, fix } : f;
    }),
  ];
  return {
    environment,
    config: resolution.config as T,
    values,
    findings: mergeAcrossEnvironments(findings, [environment]).sort(compareFindings),
    ok: !hasErrors(findings),
  };
}

const syncFix = (environment: string) => (ref: SecretReference) =>
  isStoreReference(ref)
    ? `Use loadConfigAsync, or start the program with \`envguard exec --env ${environment} -- <command>\`, which fetch ${describeReference(ref)} from the store.`
    : undefined;

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
    const failed = projectFailure<T>(error, options);
    if (failed) return failed;
    throw error;
  }
}

function projectFailure<T>(error: unknown, options: LoadConfigOptions): ResolvedConfig<T> | undefined {
  if (error instanceof CouldNotRunError) {
    const environ = options.environ ?? process.env;
    return {
      environment: options.env ?? environ.ENVGUARD_ENV ?? "",
      config: {} as T,
      values: [],
      findings: error.findings,
      ok: false,
    };
  }
  return undefined;
}

/** As `resolveConfig`, but a project that cannot be read (policy, schema, files) throws. */
export function resolveProjectConfig<T = Record<string, unknown>>(
  options: LoadConfigOptions = {},
): ResolvedConfig<T> {
  const prepared = prepareEnvironment(options);
  return finishResolution<T>(
    prepared,
    prepared.runtime ? syncDereference(prepared.root, prepared.environ) : undefined,
    syncFix(prepared.environment),
  );
}

/**
 * The run-time layers (`.env`, environment variables) with every reference left as written: what
 * the config fingerprint is computed from when no secret may be fetched (`envguard smoke`,
 * `envguardHealth`). Validation skips referenced values. Throws when the project cannot be read.
 */
export function resolveProjectConfigUnfetched<T = Record<string, unknown>>(
  options: LoadConfigOptions = {},
): ResolvedConfig<T> {
  return finishResolution<T>(prepareEnvironment(options), undefined);
}

/** As `resolveProjectConfigAsync`, with the schema (for `envguard exec`'s variables) and whether production rules apply. */
export async function resolveProjectEnvironmentAsync<T = Record<string, unknown>>(
  options: LoadConfigAsyncOptions = {},
): Promise<{ resolved: ResolvedConfig<T>; schema: LoadedSchema; production: boolean }> {
  const prepared = prepareEnvironment(options);
  const { schema } = prepared;
  const production = prepared.policy.production.includes(prepared.environment);
  if (!prepared.runtime) return { resolved: finishResolution<T>(prepared, undefined), schema, production };
  // Both passes below read env:// and file:// references: each is read once.
  const read = syncDereference(prepared.root, prepared.environ);
  const localOutcomes = new Map<string, ReturnType<Dereference>>();
  const local: Dereference = (ref) => {
    const key = describeReference(ref);
    const outcome = localOutcomes.get(key) ?? read(ref);
    localOutcomes.set(key, outcome);
    return outcome;
  };
  // First pass: env:// and file:// resolved, store references recorded. Without any, it is the answer.
  const wanted = new Map<string, SecretReference>();
  const first = finishResolution<T>(prepared, (ref) => {
    if (!isStoreReference(ref)) return local(ref);
    wanted.set(describeReference(ref), ref);
    return { ok: false, problem: "not fetched yet" };
  });
  if (wanted.size === 0) return { resolved: first, schema, production };
  // Loaded only here: synchronous users never load the store clients.
  const { resolveReferences } = await import("../deploy/resolve-references.js");
  const outcomes: Map<string, ReferenceOutcome> = await resolveReferences(wanted.values(), {
    environ: prepared.environ,
    root: prepared.root,
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.retries !== undefined ? { retries: options.retries } : {}),
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
  });
  const environment = prepared.environment;
  const fetched: Dereference = (ref) => {
    if (!isStoreReference(ref)) return local(ref);
    const written = describeReference(ref);
    const outcome = outcomes.get(written);
    if (!outcome) return { ok: false, problem: `${written} in ${environment}: it was not fetched` };
    return outcome.ok
      ? outcome
      : { ok: false, problem: `${written} in ${environment} (${outcome.failure}): ${outcome.problem}` };
  };
  const fixFor = (ref: SecretReference): string | undefined => {
    const outcome = isStoreReference(ref) ? outcomes.get(describeReference(ref)) : undefined;
    return outcome && !outcome.ok ? storeFix(ref, outcome.failure) : undefined;
  };
  return { resolved: finishResolution<T>(prepared, fetched, fixFor), schema, production };
}

/** What to do about a store reference that could not be fetched, by why. */
function storeFix(ref: SecretReference, failure: ReferenceFailure): string {
  const store = ref.scheme === "vault" ? "Vault" : "AWS Secrets Manager";
  const credentials =
    ref.scheme === "vault"
      ? "VAULT_ADDR and VAULT_TOKEN"
      : "AWS_REGION and the AWS credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile or a role)";
  switch (failure) {
    case "not-found":
      return `Create the secret in ${store}, or correct the reference.`;
    case "field-missing":
      return `Add the field to the secret in ${store}, or correct the field after # in the reference.`;
    case "not-json":
      return "The secret is not JSON, so it has no fields: drop the #field from the reference, or store the secret as JSON.";
    case "access-denied":
      return `Grant this job read access to the secret in ${store} (check ${credentials}).`;
    case "misconfigured":
      return `Set ${credentials} for this process.`;
    case "timeout":
    case "unavailable":
      return `${store} did not answer in time: check the network path and its status, or raise --timeout.`;
  }
}

/**
 * As `resolveConfig`, but also fetches `vault://` and `aws-sm://` references from their stores
 * (each distinct reference once, concurrently). Never throws for problems in the config.
 */
export async function resolveConfigAsync<T = Record<string, unknown>>(
  options: LoadConfigAsyncOptions = {},
): Promise<ResolvedConfig<T>> {
  try {
    return await resolveProjectConfigAsync<T>(options);
  } catch (error) {
    const failed = projectFailure<T>(error, options);
    if (failed) return failed;
    throw error;
  }
}

/** As `resolveConfigAsync`, but a project that cannot be read (policy, schema, files) throws. */
async function resolveProjectConfigAsync<T = Record<string, unknown>>(
  options: LoadConfigAsyncOptions = {},
): Promise<ResolvedConfig<T>> {
  return (await resolveProjectEnvironmentAsync<T>(options)).resolved;
}

/** As `loadConfig`, with `vault://` and `aws-sm://` references fetched from their stores. */
export async function loadConfigAsync<T = Record<string, unknown>>(
  options: LoadConfigAsyncOptions = {},
): Promise<DeepReadonly<T>> {
  const result = await resolveConfigAsync<T>(options);
  if (!result.ok) throw new ConfigError(result.environment || undefined, result.findings);
  return deepFreeze(result.config) as DeepReadonly<T>;
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

import { type Finding } from "../report/finding.js";
import { type ResolvedValue } from "./resolve.js";
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
export declare class ConfigError extends Error {
    readonly environment: string | undefined;
    readonly findings: Finding[];
    constructor(environment: string | undefined, findings: Finding[]);
}
/** Options of the asynchronous resolution: how the secret stores are asked. */
export interface LoadConfigAsyncOptions extends LoadConfigOptions {
    /** Per request to a secret store, in milliseconds. */
    timeoutMs?: number;
    /** Retries of a store request that failed for a transient reason (timeout, 5xx, throttling). */
    retries?: number;
    /** Store requests in flight at once. */
    concurrency?: number;
}
/**
 * Resolves one environment at run time: schema defaults, base file, environment file, `.env`
 * (local only, by default) and the process environment, highest last; validates it. Never throws
 * for problems in the config: they are in `findings`.
 */
export declare function resolveConfig<T = Record<string, unknown>>(options?: LoadConfigOptions): ResolvedConfig<T>;
/** As `resolveConfig`, but a project that cannot be read (policy, schema, files) throws. */
export declare function resolveProjectConfig<T = Record<string, unknown>>(options?: LoadConfigOptions): ResolvedConfig<T>;
/**
 * The run-time layers (`.env`, environment variables) with every reference left as written: what
 * the config fingerprint is computed from when no secret may be fetched (`envguard smoke`,
 * `envguardHealth`). Validation skips referenced values. Throws when the project cannot be read.
 */
export declare function resolveProjectConfigUnfetched<T = Record<string, unknown>>(options?: LoadConfigOptions): ResolvedConfig<T>;
/** As `resolveProjectConfigAsync`, with the schema (for `envguard exec`'s variables) and whether production rules apply. */
export declare function resolveProjectEnvironmentAsync<T = Record<string, unknown>>(options?: LoadConfigAsyncOptions): Promise<{
    resolved: ResolvedConfig<T>;
    schema: LoadedSchema;
    production: boolean;
}>;
/**
 * As `resolveConfig`, but also fetches `vault://` and `aws-sm://` references from their stores
 * (each distinct reference once, concurrently). Never throws for problems in the config.
 */
export declare function resolveConfigAsync<T = Record<string, unknown>>(options?: LoadConfigAsyncOptions): Promise<ResolvedConfig<T>>;
/** As `loadConfig`, with `vault://` and `aws-sm://` references fetched from their stores. */
export declare function loadConfigAsync<T = Record<string, unknown>>(options?: LoadConfigAsyncOptions): Promise<DeepReadonly<T>>;
/**
 * Loads, validates and freezes one environment's config; throws a `ConfigError` that lists
 * every problem (key, environment, source, what is expected, which variable to set).
 */
export declare function loadConfig<T = Record<string, unknown>>(options?: LoadConfigOptions): DeepReadonly<T>;
/** What `loadConfig` returns: frozen all the way down, and typed so. */
export type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? {
    readonly [K in keyof T]: DeepReadonly<T[K]>;
} : T;

import { type Finding } from "../report/finding.js";
import { type ResolvedValue } from "./resolve.js";
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
/**
 * Resolves one environment at run time: schema defaults, base file, environment file, `.env`
 * (local only, by default) and the process environment, highest last; validates it. Never throws
 * for problems in the config: they are in `findings`.
 */
export declare function resolveConfig<T = Record<string, unknown>>(options?: LoadConfigOptions): ResolvedConfig<T>;
/** As `resolveConfig`, but a project that cannot be read (policy, schema, files) throws. */
export declare function resolveProjectConfig<T = Record<string, unknown>>(options?: LoadConfigOptions): ResolvedConfig<T>;
/**
 * Loads, validates and freezes one environment's config; throws a `ConfigError` that lists
 * every problem (key, environment, source, what is expected, which variable to set).
 */
export declare function loadConfig<T = Record<string, unknown>>(options?: LoadConfigOptions): DeepReadonly<T>;
/** What `loadConfig` returns: frozen all the way down, and typed so. */
export type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? {
    readonly [K in keyof T]: DeepReadonly<T[K]>;
} : T;

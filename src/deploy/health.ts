import path from "node:path";
import {
  type LoadConfigOptions,
  type ResolvedConfig,
  resolveProjectConfigUnfetched,
} from "../config/load.js";
import { VERSION } from "../version.js";
import { configFingerprint } from "./fingerprint.js";

/** What a service's health route reports, and what `envguard smoke` checks after a deploy. */
export interface HealthPayload {
  status: "ok";
  /** The environment the service runs as. */
  environment: string;
  /** `configFingerprint` of the config it runs with (no secret is in it). */
  fingerprint: string;
  /** The envguard version that computed the fingerprint. */
  envguard: string;
}

export function healthPayload(resolved: Pick<ResolvedConfig, "environment" | "values">): HealthPayload {
  return {
    status: "ok",
    environment: resolved.environment,
    fingerprint: configFingerprint(resolved),
    envguard: VERSION,
  };
}

// Per environ object (process.env by default), then per option values: a health route is called often.
const cache = new WeakMap<object, Map<string, HealthPayload>>();

/**
 * The health payload of this process's config, for a health route in one line:
 * `app.get("/healthz", (req, res) => res.json(envguardHealth()))`. Resolves the files and the
 * environment once (cached per options) with references left as written: no secret is fetched,
 * since the fingerprint does not depend on secret values. Throws when the project cannot be read.
 */
export function envguardHealth(options: LoadConfigOptions = {}): HealthPayload {
  const environ = options.environ ?? process.env;
  const id = JSON.stringify([
    options.env ?? environ.ENVGUARD_ENV ?? "",
    path.resolve(options.cwd ?? process.cwd()),
    options.policyFile ?? "",
    options.committedOnly === true,
  ]);
  let byOptions = cache.get(environ);
  if (!byOptions) {
    byOptions = new Map();
    cache.set(environ, byOptions);
  }
  let payload = byOptions.get(id);
  if (!payload) {
    payload = healthPayload(resolveProjectConfigUnfetched({ ...options, environ }));
    byOptions.set(id, payload);
  }
  return { ...payload };
}

import { type LoadConfigOptions, type ResolvedConfig } from "../config/load.js";
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
export declare function healthPayload(resolved: Pick<ResolvedConfig, "environment" | "values">): HealthPayload;
/**
 * The health payload of this process's config, for a health route in one line:
 * `app.get("/healthz", (req, res) => res.json(envguardHealth()))`. Resolves the files and the
 * environment once (cached per options) with references left as written: no secret is fetched,
 * since the fingerprint does not depend on secret values. Throws when the project cannot be read.
 */
export declare function envguardHealth(options?: LoadConfigOptions): HealthPayload;

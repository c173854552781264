import type { SecretReference } from "../config/reference.js";
import { type ResolverSettings, type StoreResolver } from "./reference-outcome.js";
type SecretsManagerReference = Extract<SecretReference, {
    scheme: "aws-sm";
}>;
/**
 * Reads secrets with one SecretsManagerClient per resolveReferences call. Region, endpoint and
 * static credentials come from `environ` when it has them (it need not be process.env); anything
 * it lacks falls to the SDK's own chain (process.env, profiles, web identity, container, instance).
 */
export declare function createSecretsManagerResolver(settings: ResolverSettings): StoreResolver<SecretsManagerReference>;
export {};

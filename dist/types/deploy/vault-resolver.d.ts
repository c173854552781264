import type { SecretReference } from "../config/reference.js";
import { type ResolverSettings, type StoreResolver } from "./reference-outcome.js";
type VaultReference = Extract<SecretReference, {
    scheme: "vault";
}>;
/**
 * Reads KV version 2 secrets over Vault's HTTP API with the global fetch. Logs in with AppRole at
 * most once, on the first reference, and shares the token with every other vault reference.
 */
export declare function createVaultResolver(settings: ResolverSettings): StoreResolver<VaultReference>;
export {};

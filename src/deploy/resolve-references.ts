import { describeReference, type SecretReference } from "../config/reference.js";
import { resolveEnvReference, resolveFileReference } from "./local-references.js";
import {
  type ReferenceOutcome,
  type ResolverSettings,
  referenceFailed,
  type StoreResolver,
} from "./reference-outcome.js";

export type { ReferenceFailure, ReferenceOutcome } from "./reference-outcome.js";

interface ResolveReferencesOptions {
  /** Where VAULT_ADDR, VAULT_TOKEN, VAULT_ROLE_ID/VAULT_SECRET_ID, VAULT_NAMESPACE, AWS_* and env:// variables are read. */
  environ: Record<string, string | undefined>;
  /** file:// paths that are relative resolve against this. */
  root: string;
  /** Per attempt; default 5000. */
  timeoutMs?: number;
  /** Extra attempts on transient errors (timeouts, connection errors, HTTP 429/5xx, AWS throttling/internal errors); default 2. */
  retries?: number;
  /** References fetched at the same time; default 16. 1 = one at a time (the bench compares the two). */
  concurrency?: number;
}

type VaultReference = Extract<SecretReference, { scheme: "vault" }>;
type SecretsManagerReference = Extract<SecretReference, { scheme: "aws-sm" }>;

/**
 * Each distinct reference (by describeReference) is fetched once; all run concurrently up to
 * `concurrency`; never throws; a `problem` never contains a secret value.
 */
export async function resolveReferences(
  refs: Iterable<SecretReference>,
  options: ResolveReferencesOptions,
): Promise<Map<string, ReferenceOutcome>> {
  const settings = withDefaults(options);
  const distinct = new Map<string, SecretReference>();
  for (const ref of refs) {
    const key = describeReference(ref);
    if (!distinct.has(key)) distinct.set(key, ref);
  }

  // Store clients load on first use, so a project with only env:// and file:// never loads them.
  let vault: Promise<StoreResolver<VaultReference>> | undefined;
  let secretsManager: Promise<StoreResolver<SecretsManagerReference>> | undefined;
  const resolveOne = async (ref: SecretReference): Promise<ReferenceOutcome> => {
    switch (ref.scheme) {
      case "env":
        return resolveEnvReference(ref, settings.environ);
      case "file":
        return resolveFileReference(ref, settings.root);
      case "vault":
        vault ??= import("./vault-resolver.js").then((m) => m.createVaultResolver(settings));
        return (await vault).resolve(ref);
      case "aws-sm":
        secretsManager ??= import("./secrets-manager-resolver.js").then((m) =>
          m.createSecretsManagerResolver(settings),
        );
        return (await secretsManager).resolve(ref);
    }
    // Unreachable for typed callers; a plain-JavaScript caller still gets an outcome, not undefined.
    throw new TypeError("unknown reference scheme");
  };

  const outcomes = new Map<string, ReferenceOutcome>();
  for (const key of distinct.keys()) outcomes.set(key, referenceFailed("unavailable", "not resolved"));
  const pending = [...distinct];
  const worker = async (): Promise<void> => {
    for (let next = pending.shift(); next; next = pending.shift()) {
      const [key, ref] = next;
      outcomes.set(key, await resolveSafely(key, () => resolveOne(ref)));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(settings.concurrency, pending.length) }, worker));
  } finally {
    await Promise.all([closeQuietly(vault), closeQuietly(secretsManager)]);
  }
  return outcomes;
}

function withDefaults(options: ResolveReferencesOptions): ResolverSettings {
  const whole = (value: number | undefined, fallback: number, least: number): number =>
    value === undefined || !Number.isFinite(value) ? fallback : Math.max(least, Math.floor(value));
  return {
    environ: options.environ,
    root: options.root,
    timeoutMs: whole(options.timeoutMs, 5000, 1),
    retries: whole(options.retries, 2, 0),
    concurrency: whole(options.concurrency, 16, 1),
  };
}

/** A resolver bug or a chunk that fails to load becomes one reference's failure, never a rejection. */
async function resolveSafely(
  key: string,
  resolve: () => Promise<ReferenceOutcome>,
): Promise<ReferenceOutcome> {
  try {
    return await resolve();
  } catch (error) {
    // Only the error's name and code: its message may quote what a store sent.
    const name = error instanceof Error ? error.name : typeof error;
    const code = (error as { code?: unknown } | undefined)?.code;
    return referenceFailed(
      "unavailable",
      `${key} could not be resolved: unexpected ${name}${typeof code === "string" ? ` (${code})` : ""}; please report this`,
    );
  }
}

async function closeQuietly(resolver: Promise<{ close(): void }> | undefined): Promise<void> {
  try {
    (await resolver)?.close();
  } catch {
    // The resolver never loaded; every reference that needed it already carries that failure.
  }
}

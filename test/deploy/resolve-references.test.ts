import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { SecretReference } from "../../src/config/reference.js";
import { resolveReferences } from "../../src/deploy/resolve-references.js";
import { REPO_ROOT } from "../helpers/project.js";
import { FAKE_VAULT_TOKEN, startFakeSecretsManager, startFakeVault } from "./fake-stores.js";

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()));
});

const N = 8;
const names = Array.from({ length: N }, (_, i) => `app/s${i}`);

async function vaultWithDelay(delayMs: number) {
  const store = await startFakeVault({
    secrets: Object.fromEntries(names.map((name, i) => [`kv/${name}`, { value: `v${i}` }])),
    delayMs,
  });
  open.push(store);
  return store;
}

async function secretsManagerWithDelay(delayMs: number) {
  const store = await startFakeSecretsManager({
    secrets: Object.fromEntries(names.map((name, i) => [name, `a${i}`])),
    delayMs,
  });
  open.push(store);
  return store;
}

const vaultRefs: SecretReference[] = names.map((name) => ({
  scheme: "vault",
  mount: "kv",
  path: name,
  field: "value",
}));
const awsRefs: SecretReference[] = names.map((secretId) => ({ scheme: "aws-sm", secretId }));

function environFor(vaultUrl: string, awsUrl: string) {
  return {
    VAULT_ADDR: vaultUrl,
    VAULT_TOKEN: FAKE_VAULT_TOKEN,
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "AKIAFAKEFORENVGUARD01",
    AWS_SECRET_ACCESS_KEY: "fake-aws-secret-access-key-for-tests",
    AWS_ENDPOINT_URL_SECRETS_MANAGER: awsUrl,
  };
}

describe("resolveReferences: concurrency", () => {
  it.each([1, 3, 16])(
    "never has more than %i requests in flight, and overlaps them up to it",
    async (limit) => {
      const vault = await vaultWithDelay(100);
      const aws = await secretsManagerWithDelay(100);
      const outcomes = await resolveReferences([...vaultRefs, ...awsRefs], {
        environ: environFor(vault.url, aws.url),
        root: "/",
        concurrency: limit,
      });
      expect([...outcomes.values()].every((outcome) => outcome.ok)).toBe(true);
      expect(vault.requests).toHaveLength(N);
      expect(aws.requests).toHaveLength(N);
      // Vault's references come first, so while they are fetched every slot holds one of them.
      expect(vault.maxInFlight).toBe(Math.min(limit, N));
      expect(aws.maxInFlight).toBeLessThanOrEqual(limit);
      if (limit > 1) expect(aws.maxInFlight).toBeGreaterThan(1);
    },
  );

  it("keeps the order of first appearance and one outcome per distinct reference", async () => {
    const vault = await vaultWithDelay(0);
    const aws = await secretsManagerWithDelay(0);
    const outcomes = await resolveReferences(
      [
        awsRefs[1],
        vaultRefs[0],
        { scheme: "env", variable: "X" },
        awsRefs[1],
        vaultRefs[0],
      ] as SecretReference[],
      { environ: { ...environFor(vault.url, aws.url), X: "x-value" }, root: "/" },
    );
    expect(Object.fromEntries(outcomes)).toEqual({
      "aws-sm://app/s1": { ok: true, value: "a1" },
      "vault://kv/app/s0#value": { ok: true, value: "v0" },
      "env://X": { ok: true, value: "x-value" },
    });
  });
});

describe("resolveReferences: robustness", () => {
  it("resolves nothing to an empty map", async () => {
    expect(await resolveReferences([], { environ: {}, root: "/" })).toEqual(new Map());
  });

  it("turns a reference it does not know into a failure instead of throwing", async () => {
    const odd = { scheme: "gopher", path: "x" } as unknown as SecretReference;
    const outcomes = await resolveReferences([odd, { scheme: "env", variable: "A" }], {
      environ: { A: "a" },
      root: "/",
    });
    expect([...outcomes.values()]).toEqual([
      { ok: false, failure: "unavailable", problem: expect.stringContaining("unexpected TypeError") },
      { ok: true, value: "a" },
    ]);
  });
});

describe("resolveReferences: the store clients load only when needed", () => {
  /** The modules a file loads when it is imported: static imports, followed; type-only and import() skipped. */
  function staticImports(file: string, seen = new Set<string>()): Set<string> {
    const source = readFileSync(file, "utf8");
    const specifiers = [...source.matchAll(/^(?:import|export)\s(?!type\s)[^;]*?\sfrom\s+"([^"]+)"/gms)].map(
      (match) => match[1] as string,
    );
    for (const specifier of specifiers) {
      const target = specifier.startsWith(".")
        ? path.resolve(path.dirname(file), specifier.replace(/\.js$/, ".ts"))
        : specifier;
      if (seen.has(target)) continue;
      seen.add(target);
      if (target.endsWith(".ts")) staticImports(target, seen);
    }
    return seen;
  }

  it("resolve-references.ts reaches neither resolver nor the AWS SDK through static imports", () => {
    const loaded = [...staticImports(path.join(REPO_ROOT, "src/deploy/resolve-references.ts"))];
    expect(loaded).toContain(path.join(REPO_ROOT, "src/deploy/local-references.ts"));
    expect(loaded.filter((m) => /vault-resolver|secrets-manager-resolver|@aws-sdk/.test(m))).toEqual([]);
    expect(readFileSync(path.join(REPO_ROOT, "src/deploy/resolve-references.ts"), "utf8")).toMatch(
      /import\("\.\/vault-resolver\.js"\)[\s\S]*import\("\.\/secrets-manager-resolver\.js"\)/,
    );
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { parseReference, type SecretReference } from "../../src/config/reference.js";
import { resolveReferences } from "../../src/deploy/resolve-references.js";
import { FAKE_VAULT_TOKEN, type FakeVaultOptions, startFakeVault } from "./fake-stores.js";

const DB = { host: "db.internal", user: "app", password: "vault-db-password-1" };

function parsed(text: string): SecretReference {
  const result = parseReference(text);
  if (!result?.ok) throw new Error(`not a reference: ${text}`);
  return result.reference;
}

function vaultRef(location: string, field: string): SecretReference {
  return parsed(`vault://${location}#${field}`);
}

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()));
});

async function vault(options: Partial<FakeVaultOptions> = {}) {
  const store = await startFakeVault({ secrets: { "kv/app/db": DB }, ...options });
  open.push(store);
  return store;
}

async function resolveOne(ref: SecretReference, environ: Record<string, string | undefined>, extra = {}) {
  const outcomes = await resolveReferences([ref], {
    environ,
    root: "/",
    timeoutMs: 200,
    retries: 2,
    ...extra,
  });
  return [...outcomes.values()][0];
}

describe("vault:// with a token", () => {
  it("reads a field of a KV v2 secret with X-Vault-Token", async () => {
    const store = await vault();
    const outcome = await resolveOne(vaultRef("kv/app/db", "password"), {
      VAULT_ADDR: store.url,
      VAULT_TOKEN: FAKE_VAULT_TOKEN,
    });
    expect(outcome).toEqual({ ok: true, value: "vault-db-password-1" });
    expect(store.requests).toHaveLength(1);
    expect(store.requests[0]).toMatchObject({ method: "GET", path: "/v1/kv/data/app/db" });
    expect(store.requests[0]?.headers["x-vault-token"]).toBe(FAKE_VAULT_TOKEN);
    expect(store.requests[0]?.headers["x-vault-namespace"]).toBeUndefined();
  });

  it("gives a field that is not a string as JSON", async () => {
    const store = await vault({ secrets: { "kv/app": { port: 5432, tags: ["a"], on: true } } });
    const environ = { VAULT_ADDR: `${store.url}/`, VAULT_TOKEN: FAKE_VAULT_TOKEN };
    const outcomes = await resolveReferences([vaultRef("kv/app", "port"), vaultRef("kv/app", "tags")], {
      environ,
      root: "/",
    });
    expect([...outcomes.values()]).toEqual([
      { ok: true, value: "5432" },
      { ok: true, value: '["a"]' },
    ]);
  });

  it("names the secret and the address when there is no such secret", async () => {
    const store = await vault();
    const outcome = await resolveOne(vaultRef("kv/app/missing", "password"), {
      VAULT_ADDR: store.url,
      VAULT_TOKEN: FAKE_VAULT_TOKEN,
    });
    expect(outcome).toEqual({
      ok: false,
      failure: "not-found",
      problem: `Vault at ${store.url} has no secret kv/app/missing (HTTP 404); check the mount and path`,
    });
  });

  it("reports access denied for a policy that does not allow the path, and for a wrong token", async () => {
    const store = await vault({ deny: ["kv/app/db"] });
    const denied = await resolveOne(vaultRef("kv/app/db", "password"), {
      VAULT_ADDR: store.url,
      VAULT_TOKEN: FAKE_VAULT_TOKEN,
    });
    expect(denied).toMatchObject({ ok: false, failure: "access-denied" });
    expect(denied?.ok === false && denied.problem).toContain("does not allow reading kv/data/app/db");
    expect(denied?.ok === false && denied.problem).toContain("HTTP 403");

    const wrongToken = await resolveOne(vaultRef("kv/app/db", "password"), {
      VAULT_ADDR: store.url,
      VAULT_TOKEN: "hvs.not-the-token",
    });
    expect(wrongToken).toMatchObject({ ok: false, failure: "access-denied" });
    expect(store.requests).toHaveLength(2);
  });

  it("lists the field names (not values) when the field is missing", async () => {
    const store = await vault();
    const outcome = await resolveOne(vaultRef("kv/app/db", "passwd"), {
      VAULT_ADDR: store.url,
      VAULT_TOKEN: FAKE_VAULT_TOKEN,
    });
    expect(outcome).toEqual({
      ok: false,
      failure: "field-missing",
      problem: `the secret kv/app/db in Vault at ${store.url} has no field "passwd"; it has: host, user, password`,
    });
  });

  it("times out per attempt and retries, then says how long and how often it waited", async () => {
    const store = await vault({ delayMs: 2000 });
    const outcome = await resolveOne(
      vaultRef("kv/app/db", "password"),
      { VAULT_ADDR: store.url, VAULT_TOKEN: FAKE_VAULT_TOKEN },
      { timeoutMs: 150, retries: 1 },
    );
    expect(outcome).toEqual({
      ok: false,
      failure: "timeout",
      problem: `Vault at ${store.url} did not answer reading kv/data/app/db within 150 ms (2 attempts); check that it is reachable, or raise the timeout`,
    });
    expect(store.requests).toHaveLength(2);
  });

  it("retries a 503 (sealed, overloaded) and then reads the secret", async () => {
    const store = await vault({ failFirst: 2 });
    const outcome = await resolveOne(vaultRef("kv/app/db", "user"), {
      VAULT_ADDR: store.url,
      VAULT_TOKEN: FAKE_VAULT_TOKEN,
    });
    expect(outcome).toEqual({ ok: true, value: "app" });
    expect(store.requests).toHaveLength(3);
  });

  it("gives up after the retries with the status it kept getting", async () => {
    const store = await vault({ failFirst: 10 });
    const outcome = await resolveOne(
      vaultRef("kv/app/db", "user"),
      { VAULT_ADDR: store.url, VAULT_TOKEN: FAKE_VAULT_TOKEN },
      { retries: 1 },
    );
    expect(outcome).toMatchObject({ ok: false, failure: "unavailable" });
    expect(outcome?.ok === false && outcome.problem).toContain("HTTP 503 (2 attempts)");
    expect(store.requests).toHaveLength(2);
  });

  it("says so when nothing listens at VAULT_ADDR", async () => {
    const store = await vault();
    await store.close();
    const outcome = await resolveOne(
      vaultRef("kv/app/db", "user"),
      { VAULT_ADDR: store.url, VAULT_TOKEN: FAKE_VAULT_TOKEN },
      { retries: 0 },
    );
    expect(outcome).toEqual({
      ok: false,
      failure: "unavailable",
      problem: `could not reach Vault at ${store.url} for reading kv/data/app/db (ECONNREFUSED, 1 attempt); check VAULT_ADDR and the network`,
    });
  });

  it("reads the new value after a rotation: nothing is cached across calls", async () => {
    const store = await vault();
    const environ = { VAULT_ADDR: store.url, VAULT_TOKEN: FAKE_VAULT_TOKEN };
    const ref = vaultRef("kv/app/db", "password");
    expect(await resolveOne(ref, environ)).toEqual({ ok: true, value: "vault-db-password-1" });
    store.set("kv/app/db", { ...DB, password: "vault-db-password-2" });
    expect(await resolveOne(ref, environ)).toEqual({ ok: true, value: "vault-db-password-2" });
  });

  it("fetches a secret once for every reference to it, whatever the field", async () => {
    const store = await vault({ secrets: { "kv/app/db": DB, "kv/app/api": { key: "k" } } });
    const outcomes = await resolveReferences(
      [
        parsed("vault://kv/app/db#password"),
        parsed("vault://kv/app/db#password"),
        parsed("vault://kv/app/db/#password"),
        parsed("vault://kv/app/db#user"),
        parsed("vault://kv/app/api#key"),
      ],
      { environ: { VAULT_ADDR: store.url, VAULT_TOKEN: FAKE_VAULT_TOKEN }, root: "/" },
    );
    expect(Object.fromEntries(outcomes)).toEqual({
      "vault://kv/app/db#password": { ok: true, value: "vault-db-password-1" },
      "vault://kv/app/db#user": { ok: true, value: "app" },
      "vault://kv/app/api#key": { ok: true, value: "k" },
    });
    expect(store.requests.map((r) => r.path).sort()).toEqual(["/v1/kv/data/app/api", "/v1/kv/data/app/db"]);
  });

  it("sends X-Vault-Namespace when VAULT_NAMESPACE is set", async () => {
    const store = await vault({ namespace: "admin/team" });
    const ref = vaultRef("kv/app/db", "password");
    const withNamespace = await resolveOne(ref, {
      VAULT_ADDR: store.url,
      VAULT_TOKEN: FAKE_VAULT_TOKEN,
      VAULT_NAMESPACE: "admin/team",
    });
    expect(withNamespace).toEqual({ ok: true, value: "vault-db-password-1" });
    expect(store.requests[0]?.headers["x-vault-namespace"]).toBe("admin/team");

    const without = await resolveOne(ref, { VAULT_ADDR: store.url, VAULT_TOKEN: FAKE_VAULT_TOKEN });
    expect(without).toMatchObject({ ok: false, failure: "access-denied" });
  });
});

describe("vault:// with AppRole", () => {
  const approle = {
    roleId: "role-1234",
    secretId: "approle-secret-id-5678",
    token: "hvs.approle-issued-token",
  };

  it("logs in once per call and reads every reference with the issued token", async () => {
    const store = await vault({ approle, secrets: { "kv/app/db": DB, "kv/app/api": { key: "k" } } });
    const outcomes = await resolveReferences(
      [vaultRef("kv/app/db", "password"), vaultRef("kv/app/db", "user"), vaultRef("kv/app/api", "key")],
      {
        environ: { VAULT_ADDR: store.url, VAULT_ROLE_ID: approle.roleId, VAULT_SECRET_ID: approle.secretId },
        root: "/",
      },
    );
    expect([...outcomes.values()]).toEqual([
      { ok: true, value: "vault-db-password-1" },
      { ok: true, value: "app" },
      { ok: true, value: "k" },
    ]);
    const logins = store.requests.filter((r) => r.path === "/v1/auth/approle/login");
    expect(logins).toHaveLength(1);
    expect(logins[0]?.method).toBe("POST");
    expect(JSON.parse(logins[0]?.body ?? "")).toEqual({
      role_id: approle.roleId,
      secret_id: approle.secretId,
    });
    const reads = store.requests.filter((r) => r.method === "GET");
    expect(reads).toHaveLength(2);
    for (const read of reads) expect(read.headers["x-vault-token"]).toBe(approle.token);
  });

  it("prefers VAULT_TOKEN when both are set", async () => {
    const store = await vault({ approle });
    const outcome = await resolveOne(vaultRef("kv/app/db", "user"), {
      VAULT_ADDR: store.url,
      VAULT_TOKEN: FAKE_VAULT_TOKEN,
      VAULT_ROLE_ID: approle.roleId,
      VAULT_SECRET_ID: approle.secretId,
    });
    expect(outcome).toEqual({ ok: true, value: "app" });
    expect(store.requests.map((r) => r.path)).toEqual(["/v1/kv/data/app/db"]);
  });

  it("fails every vault reference with the login's problem when the login is refused", async () => {
    const store = await vault({ approle });
    const outcomes = await resolveReferences(
      [vaultRef("kv/app/db", "password"), vaultRef("kv/app/db", "user")],
      {
        environ: { VAULT_ADDR: store.url, VAULT_ROLE_ID: approle.roleId, VAULT_SECRET_ID: "wrong-secret-id" },
        root: "/",
      },
    );
    const problem = `Vault at ${store.url} refused the AppRole login (HTTP 400); check VAULT_ROLE_ID and VAULT_SECRET_ID and that the secret ID has not expired`;
    expect([...outcomes.values()]).toEqual([
      { ok: false, failure: "access-denied", problem },
      { ok: false, failure: "access-denied", problem },
    ]);
    expect(store.requests).toHaveLength(1);
  });

  it("sends the namespace on the login too", async () => {
    const store = await vault({ approle, namespace: "admin" });
    const outcome = await resolveOne(vaultRef("kv/app/db", "user"), {
      VAULT_ADDR: store.url,
      VAULT_NAMESPACE: "admin",
      VAULT_ROLE_ID: approle.roleId,
      VAULT_SECRET_ID: approle.secretId,
    });
    expect(outcome).toEqual({ ok: true, value: "app" });
    expect(store.requests.map((r) => r.headers["x-vault-namespace"])).toEqual(["admin", "admin"]);
  });
});

describe("vault:// misconfigured", () => {
  it("refuses a path with . or .. segments, which the URL would resolve to another path", async () => {
    const store = await vault();
    const outcome = await resolveOne(vaultRef("kv/other/../app/db", "password"), {
      VAULT_ADDR: store.url,
      VAULT_TOKEN: FAKE_VAULT_TOKEN,
    });
    expect(outcome).toEqual({
      ok: false,
      failure: "misconfigured",
      problem:
        'the Vault path kv/other/../app/db has an empty, "." or ".." segment; write the secret\'s path in full',
    });
    expect(store.requests).toHaveLength(0);
  });

  it.each([
    [{}, "VAULT_ADDR is not set"],
    [
      { VAULT_ADDR: "vault.example.com:8200", VAULT_TOKEN: "t" },
      "VAULT_ADDR must start with https:// or http://",
    ],
    [
      { VAULT_ADDR: "http://127.0.0.1:1" },
      "neither VAULT_TOKEN nor VAULT_ROLE_ID and VAULT_SECRET_ID is set",
    ],
    [
      { VAULT_ADDR: "http://127.0.0.1:1", VAULT_ROLE_ID: "r" },
      "VAULT_ROLE_ID is set but VAULT_SECRET_ID is not",
    ],
    [{ VAULT_ADDR: "http://127.0.0.1:1", VAULT_TOKEN: "two\nlines" }, "VAULT_TOKEN holds characters"],
  ])("%j", async (environ, problem) => {
    const outcome = await resolveOne(vaultRef("kv/app/db", "user"), environ);
    expect(outcome).toMatchObject({ ok: false, failure: "misconfigured" });
    expect(outcome?.ok === false && outcome.problem).toContain(problem);
  });
});

import { describe, expect, it } from "vitest";
import type { ResolvedValue } from "../../src/config/resolve.js";
import { displayValue } from "../../src/report/values.js";

const value = (over: Partial<ResolvedValue>): ResolvedValue => ({
  key: "endpoint",
  path: ["endpoint"],
  value: "https://api.internal.example.com/v1",
  secret: false,
  source: { kind: "file", file: "config/base.json", line: 2, column: 3 },
  ...over,
});

describe("displayValue", () => {
  it("shows a plain non-secret value as it is", () => {
    expect(displayValue(value({}))).toBe("https://api.internal.example.com/v1");
  });

  it("masks what a store or secrets file returned, even for a key not marked secret", () => {
    const fetched = "Fetched-From-Vault-Value-42";
    for (const reference of [
      { scheme: "vault", mount: "kv", path: "app", field: "endpoint" },
      { scheme: "aws-sm", secretId: "app/endpoint" },
      { scheme: "file", path: "/run/secrets/endpoint" },
    ] as const) {
      const shown = displayValue(value({ value: fetched, reference }));
      expect(shown).not.toContain(fetched.slice(3, 20));
      expect(shown).toMatch(/chars\)/);
    }
  });

  it("shows a variable's value for a non-secret key (env:// is a variable, not a store)", () => {
    expect(displayValue(value({ value: "8080", reference: { scheme: "env", variable: "PORT" } }))).toBe(
      "8080",
    );
  });

  it("shows an unresolved reference as written", () => {
    const reference = { scheme: "vault", mount: "kv", path: "app", field: "endpoint" } as const;
    expect(displayValue(value({ value: "vault://kv/app#endpoint", reference }))).toBe(
      "vault://kv/app#endpoint",
    );
  });
});

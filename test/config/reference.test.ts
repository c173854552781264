import { describe, expect, it } from "vitest";
import { describeReference, looksLikeReference, parseReference } from "../../src/config/reference.js";
import { interpolation } from "../helpers/config-inputs.js";

describe("parseReference: well-formed references", () => {
  it.each([
    ["env://DATABASE_URL", { scheme: "env", variable: "DATABASE_URL" }],
    [interpolation("DATABASE_URL"), { scheme: "env", variable: "DATABASE_URL" }],
    ["file:///run/secrets/db_password", { scheme: "file", path: "/run/secrets/db_password" }],
    ["file://secrets/token.txt", { scheme: "file", path: "secrets/token.txt" }],
    ["vault://kv/app/db#password", { scheme: "vault", mount: "kv", path: "app/db", field: "password" }],
    ["vault://kv/app/db/#password", { scheme: "vault", mount: "kv", path: "app/db", field: "password" }],
    ["aws-sm://prod/db", { scheme: "aws-sm", secretId: "prod/db" }],
    ["aws-sm://prod/db#password", { scheme: "aws-sm", secretId: "prod/db", field: "password" }],
    [
      "aws-sm://arn:aws:secretsmanager:eu-west-1:123:secret:db-AbC#password?versionStage=AWSPREVIOUS",
      {
        scheme: "aws-sm",
        secretId: "arn:aws:secretsmanager:eu-west-1:123:secret:db-AbC",
        field: "password",
        versionStage: "AWSPREVIOUS",
      },
    ],
  ])("%s", (value, reference) => {
    expect(parseReference(value)).toEqual({ ok: true, reference });
  });

  it("describes a reference exactly as it was written", () => {
    for (const value of [
      "env://TOKEN",
      "file:///run/secrets/x",
      "vault://kv/app/db#password",
      "aws-sm://prod/db#password?versionStage=AWSCURRENT",
    ]) {
      const parsed = parseReference(value);
      expect(parsed?.ok && describeReference(parsed.reference)).toBe(value);
    }
  });
});

describe("parseReference: plain values are not references", () => {
  it.each([
    "postgres://user:pw@db/app",
    "https://vault.example.com",
    "$DATABASE_URL",
    `prefix-${interpolation("VAR")}`,
    `${interpolation("VAR")}-suffix`,
    interpolation("1BAD"),
    "ENV://X",
    "",
  ])("%j", (value) => {
    expect(looksLikeReference(value)).toBe(false);
    expect(parseReference(value)).toBeUndefined();
  });

  it("ignores values that are not strings", () => {
    expect(parseReference(42)).toBeUndefined();
    expect(parseReference(null)).toBeUndefined();
    expect(parseReference({ env: "X" })).toBeUndefined();
  });
});

describe("parseReference: malformed references say what the form is and never repeat the value", () => {
  it.each([
    ["env://", "env:// must be followed by a variable name"],
    ["env://1BAD", "env:// must be followed by a variable name"],
    ["env://DB URL", "reference cannot contain white space"],
    ["file://", "file:// must be followed by a path"],
    ["file:///", "file:// must be followed by a path"],
    ["vault://kv#field", "vault://<mount>/<path>#<field>"],
    ["vault://kv/app", "vault://<mount>/<path>#<field>"],
    ["vault://kv/app#", "vault://<mount>/<path>#<field>"],
    ["vault:///app#f", "vault://<mount>/<path>#<field>"],
    ["vault://kv/app#a#b", "vault://<mount>/<path>#<field>"],
    ["aws-sm://", "aws-sm://<secret-id>"],
    ["aws-sm://db#", "aws-sm://<secret-id>"],
    ["aws-sm://db#a#b", "aws-sm://<secret-id>"],
    ["aws-sm://db?stage=x", "aws-sm://<secret-id>"],
    ["aws-sm://d%b", "aws-sm://<secret-id>"],
  ])("%s", (value, problem) => {
    const parsed = parseReference(value);
    expect(parsed?.ok).toBe(false);
    expect(parsed?.ok === false && parsed.problem).toContain(problem);
    expect(looksLikeReference(value)).toBe(true);
  });

  it("does not echo a secret that was pasted into a reference", () => {
    const parsed = parseReference("vault://kv/app#field#s3cr3tV4lue");
    expect(parsed?.ok).toBe(false);
    expect(JSON.stringify(parsed)).not.toContain("s3cr3tV4lue");
  });
});

import { describe, expect, it } from "vitest";
import {
  isPlaceholder,
  isWordLike,
  looksLikeCredential,
  shannonEntropy,
} from "../../src/scan/credential-shape.js";
import { interpolation } from "../helpers/config-inputs.js";

// Random-looking values made up for these tests; none is a real credential.
const GITHUB_LIKE = "ghp_8f3Kd92LmQxZ7vB1nR4tY6wE0aS5uJcH2pXo";
const STRIPE_LIKE = "sk_live_51HqLyjWDarjtT1zdp7dcXa9Y";
const MIXED_24 = "Zx81Qp0LmN7vB2cX4kJ9tR5e";

describe("isPlaceholder", () => {
  it.each([
    "",
    "   ",
    "<your-token>",
    "[api key]",
    interpolation("DATABASE_URL"),
    "$TOKEN",
    "{{ token }}",
    "%s",
    "********",
    "xxxxxxxxxxxx",
    "changeme",
    "change_me",
    "sk_test_xxx",
    "your-api-key",
    "put-your-key-here",
    "REDACTED",
    "TODO",
    "123e4567-e89b-12d3-a456-426614174000",
    "postgres",
    "password1",
    "Password1",
    "dev-secret",
    "AKIAIOSFODNN7EXAMPLE",
    "sk_live_xxx",
    "sk-...4f2a",
    "sk-\u20264f2a",
    "\u2022\u2022\u2022\u2022\u2022\u2022",
    "$(vault read -field=token secret/ci)",
    "%DB_PASSWORD%",
    "#{db_password}",
    "{api_key}",
    "0123456789abcdef",
    "Xk9abcdefQ2",
    "qwerty-Q2x7",
  ])("%j is a placeholder", (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each([GITHUB_LIKE, STRIPE_LIKE, MIXED_24, "S3cr3t!x", "a1b2c3d4e5f6"])("%j is not", (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });
});

describe("isWordLike", () => {
  it("accepts dictionary-like words with a short number, and nothing generated", () => {
    expect(["postgres", "hunter2", "my-app.local", "Summer2024", "a b"].map(isWordLike)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["Summer20245", "camelCase", "abc_DEF", "x9y8", GITHUB_LIKE].map(isWordLike)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("shannonEntropy", () => {
  it("measures bits per character", () => {
    expect(shannonEntropy("aaaa")).toBe(0);
    expect(shannonEntropy("abab")).toBe(1);
    expect(shannonEntropy("abcd")).toBe(2);
    expect(shannonEntropy("")).toBe(0);
  });
});

describe("looksLikeCredential", () => {
  it.each([GITHUB_LIKE, STRIPE_LIKE, MIXED_24, "xoxb-2093847561-Ab3Cd5Ef7Gh9Ij1Kl3Mn"])(
    "flags %j under any key",
    (value) => {
      expect(looksLikeCredential(value, { secretKey: false })).toBe(true);
      expect(looksLikeCredential(value, { secretKey: true })).toBe(true);
    },
  );

  it.each(["Xk9mQ2vL7pR4", "a1b2c3d4e5f6a7b8c9d0", "AKIAZ7Q3LMN4OPQ5RST6"])(
    "flags %j only under a secret-named key",
    (value) => {
      expect(looksLikeCredential(value, { secretKey: true })).toBe(true);
      expect(looksLikeCredential(value, { secretKey: false })).toBe(false);
    },
  );

  it("flags a URL or user:password@host only for a real-looking password", () => {
    expect(looksLikeCredential("postgres://admin:Xk9mQ2vL7pR4wZ@db.prod/app", { secretKey: false })).toBe(
      true,
    );
    expect(looksLikeCredential("admin:Xk9mQ2vL7pR4wZ@db.prod:5432", { secretKey: false })).toBe(true);
    expect(looksLikeCredential("postgres://user:password@localhost/db", { secretKey: true })).toBe(false);
    expect(looksLikeCredential("user:password@localhost", { secretKey: true })).toBe(false);
    expect(looksLikeCredential("user:password@localhost/db", { secretKey: true })).toBe(false);
    expect(looksLikeCredential("postgres://db.prod:5432/app", { secretKey: true })).toBe(false);
    expect(looksLikeCredential("https://api.example.com/v1/items", { secretKey: false })).toBe(false);
  });

  it.each([
    "",
    "sk_test_xxx",
    "<your-token>",
    interpolation("VAR"),
    "changeme",
    "8080",
    "1.2.3",
    "12:30:00",
    "short1A",
    "two words here",
    "deadbeefdeadbeefdeadbeef",
    "path/to/the/generated/file_9f8e7d6c",
  ])("does not flag %j under a plain key", (value) => {
    expect(looksLikeCredential(value, { secretKey: false })).toBe(false);
  });

  it("ignores white space around a value but not inside it", () => {
    expect(looksLikeCredential(`  ${GITHUB_LIKE}  `, { secretKey: false })).toBe(true);
    expect(looksLikeCredential(`${GITHUB_LIKE} ${GITHUB_LIKE}`, { secretKey: false })).toBe(false);
  });
});

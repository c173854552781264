import { describe, expect, it } from "vitest";
import { maskSecret, maskUrlPassword } from "../../src/report/mask.js";

describe("maskSecret", () => {
  it.each([
    ["", "(empty)"],
    ["a", "• (1 chars)"],
    ["hunter2", "••••••• (7 chars)"],
    ["abcdefghijklmno", "•••••••• (15 chars)"],
    ["abcdefghijklmnop", "a…p (16 chars)"],
    ["AKIAZ7Q3LMN4OPQ5RST6", "AK…T6 (20 chars)"],
    ["ghp_8f3Kd92LmQxZ7vB1nR4tY6wE0aS5uJcH2pXo", "ghp_…2pXo (40 chars)"],
    ["x".repeat(100), "xxxx…xxxx (100 chars)"],
  ])("%j → %j", (secret, masked) => {
    expect(maskSecret(secret)).toBe(masked);
  });

  it("never shows more than a fifth of the value, nor the value itself", () => {
    for (let n = 1; n <= 120; n++) {
      const secret = Array.from({ length: n }, (_, i) => String.fromCharCode(65 + ((i * 7) % 26))).join("");
      const masked = maskSecret(secret);
      const shown = masked.replace(/ \(\d+ chars\)$/, "").replace(/[…•]/g, "");
      expect(shown.length).toBeLessThanOrEqual(n / 5);
      if (n > 1) expect(masked).not.toContain(secret);
    }
  });

  it("counts characters, not UTF-16 units, and never splits a surrogate pair", () => {
    const masked = maskSecret("🔑".repeat(20));
    expect(masked).toBe("🔑🔑…🔑🔑 (20 chars)");
    expect(masked).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe("maskUrlPassword", () => {
  it("hides the password and keeps the rest of the URL", () => {
    expect(maskUrlPassword("postgres://app:s3cr3t@db.internal:5432/app")).toBe(
      "postgres://app:****@db.internal:5432/app",
    );
    expect(maskUrlPassword("redis://:s3cr3t@cache:6379")).toBe("redis://:****@cache:6379");
  });

  it("hides a password holding @, / or :", () => {
    const masked = maskUrlPassword("postgres://app:p@ss/w:rd@db/app");
    expect(masked).toBe("postgres://app:****@db/app");
    expect(masked).not.toContain("ss/w");
  });

  it("leaves URLs without a password and other text alone", () => {
    for (const value of [
      "postgres://db.internal/app",
      "https://user@example.com",
      "user:password@localhost",
      "not a url",
    ]) {
      expect(maskUrlPassword(value)).toBe(value);
    }
  });
});

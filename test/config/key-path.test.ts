import { describe, expect, it } from "vitest";
import { dottedKey, envVarNameFor, pointerToPath } from "../../src/config/key-path.js";

describe("dottedKey", () => {
  it("joins names with dots and writes list indexes in brackets", () => {
    expect(dottedKey(["routes", 3, "path"])).toBe("routes[3].path");
    expect(dottedKey(["routes", "3", "path"])).toBe("routes[3].path");
    expect(dottedKey(["database", "poolSize"])).toBe("database.poolSize");
  });

  it("keeps a name that merely contains digits as a name", () => {
    expect(dottedKey(["v2", "http2"])).toBe("v2.http2");
  });

  it("names the root with the empty string and a top-level index without a dot", () => {
    expect(dottedKey([])).toBe("");
    expect(dottedKey([0, "a"])).toBe("[0].a");
  });
});

describe("pointerToPath", () => {
  it("splits a JSON Pointer and unescapes ~1 and ~0", () => {
    expect(pointerToPath("/database/poolSize")).toEqual(["database", "poolSize"]);
    expect(pointerToPath("/paths/~1api~1v1/a~0b")).toEqual(["paths", "/api/v1", "a~b"]);
    expect(pointerToPath("/list/0")).toEqual(["list", "0"]);
  });

  it("reads the empty pointer as the root", () => {
    expect(pointerToPath("")).toEqual([]);
  });

  it("unescapes ~01 to ~1, not to a slash (~1 is replaced first)", () => {
    expect(pointerToPath("/a~01")).toEqual(["a~1"]);
  });
});

describe("envVarNameFor", () => {
  it("turns camelCase, kebab-case and acronyms into upper snake case", () => {
    expect(envVarNameFor(["database", "poolSize"])).toBe("DATABASE_POOL_SIZE");
    expect(envVarNameFor(["http-server", "TLSCert"])).toBe("HTTP_SERVER_TLS_CERT");
    expect(envVarNameFor(["api", "v2Url"])).toBe("API_V2_URL");
  });

  it("puts the policy prefix in front", () => {
    expect(envVarNameFor(["port"], "APP_")).toBe("APP_PORT");
  });

  it("drops separators at the ends and segments with no letters or digits", () => {
    expect(envVarNameFor(["_private_", "--", "key"])).toBe("PRIVATE_KEY");
    expect(envVarNameFor(["a.b", "c d"])).toBe("A_B_C_D");
  });
});

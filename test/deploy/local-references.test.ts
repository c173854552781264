import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { resolveReferences } from "../../src/deploy/resolve-references.js";
import { tempDir, writeFiles } from "../helpers/project.js";

// Tests may run as root, where permissions never stop a read: make reading one file fail instead.
vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  const readFileSync = ((file: string, ...rest: unknown[]) => {
    if (String(file).endsWith("locked.txt")) {
      throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    }
    return (actual.readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof actual.readFileSync;
  return { ...actual, default: { ...actual, readFileSync }, readFileSync };
});

describe("env:// and interpolated variables", () => {
  it("reads the variable from environ, not from process.env", async () => {
    const outcomes = await resolveReferences(
      [
        { scheme: "env", variable: "DATABASE_URL" },
        { scheme: "env", variable: "PATH" },
      ],
      { environ: { DATABASE_URL: "postgres://u:env-secret@db/app" }, root: "/" },
    );
    expect(Object.fromEntries(outcomes)).toEqual({
      "env://DATABASE_URL": { ok: true, value: "postgres://u:env-secret@db/app" },
      "env://PATH": {
        ok: false,
        failure: "not-found",
        problem: "environment variable PATH is not set; set it where envguard runs",
      },
    });
  });

  it("treats an empty variable as missing", async () => {
    const outcomes = await resolveReferences([{ scheme: "env", variable: "TOKEN" }], {
      environ: { TOKEN: "" },
      root: "/",
    });
    expect(outcomes.get("env://TOKEN")).toEqual({
      ok: false,
      failure: "not-found",
      problem: "environment variable TOKEN is empty; give it the secret",
    });
  });
});

describe("file://", () => {
  const dir = tempDir("envguard-deploy-");
  writeFiles(dir, {
    "lf.txt": "file-secret-lf\n",
    "crlf.txt": "file-secret-crlf\r\n",
    "two.txt": "file-secret-two\n\n",
    "bare.txt": "file-secret-bare",
    "secrets/relative.txt": "file-secret-relative\n",
    "locked.txt": "file-secret-locked\n",
  });

  it("reads the file and trims one trailing line break", async () => {
    const refs = ["lf.txt", "crlf.txt", "two.txt", "bare.txt"].map((name) => ({
      scheme: "file" as const,
      path: path.join(dir, name),
    }));
    const outcomes = await resolveReferences(refs, { environ: {}, root: "/" });
    expect([...outcomes.values()]).toEqual([
      { ok: true, value: "file-secret-lf" },
      { ok: true, value: "file-secret-crlf" },
      { ok: true, value: "file-secret-two\n" },
      { ok: true, value: "file-secret-bare" },
    ]);
  });

  it("resolves a relative path against root", async () => {
    const outcomes = await resolveReferences([{ scheme: "file", path: "secrets/relative.txt" }], {
      environ: {},
      root: dir,
    });
    expect(outcomes.get("file://secrets/relative.txt")).toEqual({ ok: true, value: "file-secret-relative" });
  });

  it("says which file is missing and against what a relative path resolved", async () => {
    const outcomes = await resolveReferences(
      [
        { scheme: "file", path: "secrets/missing.txt" },
        { scheme: "file", path: "/run/secrets/envguard-missing" },
      ],
      { environ: {}, root: dir },
    );
    expect([...outcomes.values()]).toEqual([
      {
        ok: false,
        failure: "not-found",
        problem: `file ${path.join(dir, "secrets/missing.txt")} does not exist; check the path (relative to ${dir}) or mount the secret there`,
      },
      {
        ok: false,
        failure: "not-found",
        problem:
          "file /run/secrets/envguard-missing does not exist; check the path or mount the secret there",
      },
    ]);
  });

  it("reports a file it may not read as access denied", async () => {
    const file = path.join(dir, "locked.txt");
    const outcomes = await resolveReferences([{ scheme: "file", path: file }], { environ: {}, root: "/" });
    expect(outcomes.get(`file://${file}`)).toEqual({
      ok: false,
      failure: "access-denied",
      problem: `file ${file} cannot be read (permission denied); let the user running envguard read it`,
    });
  });

  it("reports a directory as misconfigured", async () => {
    const outcomes = await resolveReferences([{ scheme: "file", path: "secrets" }], {
      environ: {},
      root: dir,
    });
    expect(outcomes.get("file://secrets")).toMatchObject({ ok: false, failure: "misconfigured" });
  });
});

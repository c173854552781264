import { createHash } from "node:crypto";
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cacheDirectory } from "../../src/cli/code-cache.js";
import { git, REPO_ROOT, runCli, tempDir, tempRepo, writeFiles } from "../helpers/project.js";
import { FAKE_KEY } from "../hook/commit-scenarios.js";

// The pre-commit hook loads its engine (dist/hook/index.cjs) through V8's code cache. The cache is
// code that will run: it must be named by the engine's content, kept private, and anything wrong
// with it must cost only the compile, never change a result or print a word.

const ENGINE = path.join(REPO_ROOT, "dist", "hook", "index.cjs");
const engineKey = () => createHash("sha256").update(readFileSync(ENGINE)).digest("hex").slice(0, 16);
const cacheName = () => `index.cjs-${engineKey()}-${process.version}-${process.arch}.v8`;

/** A repo with a staged leaked key: the hook's run that reports (exit 1) and prints the most. */
function leakRepo(): string {
  const dir = tempRepo({ "src/app.js": "export const a = 1;\n" });
  writeFiles(dir, { "src/maps.js": `export const mapsKey = "${FAKE_KEY}";\n` });
  git(dir, "add", "src/maps.js");
  return dir;
}

function hook(dir: string, cache: string) {
  return runCli(["pre-commit"], { cwd: dir, env: { ENVGUARD_CACHE_DIR: cache } });
}

describe("where the code cache goes", () => {
  it("ENVGUARD_CACHE_DIR first (`off` or empty: nowhere), then the platform's user cache folder", () => {
    expect(cacheDirectory({ ENVGUARD_CACHE_DIR: "/c", HOME: "/h" }, "linux")).toBe("/c");
    expect(cacheDirectory({ ENVGUARD_CACHE_DIR: "off", HOME: "/h" }, "linux")).toBeUndefined();
    expect(cacheDirectory({ ENVGUARD_CACHE_DIR: "", HOME: "/h" }, "linux")).toBeUndefined();
    expect(cacheDirectory({ XDG_CACHE_HOME: "/x", HOME: "/h" }, "linux")).toBe("/x/envguard");
    // A relative XDG_CACHE_HOME is invalid by the spec and ignored.
    expect(cacheDirectory({ XDG_CACHE_HOME: "x", HOME: "/h" }, "linux")).toBe("/h/.cache/envguard");
    expect(cacheDirectory({ HOME: "/h" }, "darwin")).toBe("/h/Library/Caches/envguard");
    expect(cacheDirectory({ LOCALAPPDATA: "C:\\L" }, "win32")).toBe(path.join("C:\\L", "envguard", "Cache"));
    expect(cacheDirectory({}, "linux")).toBeUndefined();
  });
});

describe("the hook's code cache", () => {
  it("is written on the first run, private, named by the engine's content hash, and used after", () => {
    const dir = leakRepo();
    const cache = path.join(tempDir(), "cache");
    const first = hook(dir, cache);
    expect(first.code).toBe(1);
    expect(readdirSync(cache)).toEqual([cacheName()]);
    const file = path.join(cache, cacheName());
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const written = statSync(file).mtimeMs;
    const bytes = readFileSync(file);

    const second = hook(dir, cache);
    // The same report from compiled code as from source; the cache was taken, so not written again.
    expect(second).toEqual(first);
    expect(statSync(file).mtimeMs).toBe(written);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(first.stdout + first.stderr).not.toContain(FAKE_KEY);
  });

  it("recovers from a corrupt cache: same result, nothing said, the file rewritten", () => {
    const dir = leakRepo();
    const cache = path.join(tempDir(), "cache");
    const reference = hook(dir, path.join(tempDir(), "other"));
    const first = hook(dir, cache);
    const file = path.join(cache, cacheName());
    const good = readFileSync(file);
    // The same length, every byte changed: V8's own check must refuse it.
    const corrupt = Buffer.from(good.map((b) => b ^ 0x5a));
    writeFileSync(file, corrupt, { mode: 0o600 });
    const run = hook(dir, cache);
    expect(run).toEqual(reference);
    expect(first).toEqual(reference);
    expect(readFileSync(file).equals(corrupt)).toBe(false);
    expect(readFileSync(file).length).toBeGreaterThan(1000);
    expect(hook(dir, cache)).toEqual(reference);
  });

  it("ignores a cache file others can write, and replaces it with a private one", () => {
    const dir = leakRepo();
    const cache = path.join(tempDir(), "cache");
    const first = hook(dir, cache);
    const file = path.join(cache, cacheName());
    chmodSync(file, 0o666);
    const before = statSync(file).mtimeMs;
    const run = hook(dir, cache);
    expect(run).toEqual(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(file).mtimeMs).toBeGreaterThanOrEqual(before);
  });

  it("removes caches of other builds of the engine, keeping this build's for other Node versions", () => {
    const dir = leakRepo();
    const cache = path.join(tempDir(), "cache");
    const stale = `index.cjs-0123456789abcdef-${process.version}-${process.arch}.v8`;
    const otherNode = `index.cjs-${engineKey()}-v99.0.0-${process.arch}.v8`;
    const unrelated = "something-else.v8";
    hook(dir, path.join(cache, "warm")); // creates nothing in `cache` itself
    writeFiles(cache, { [stale]: "old", [otherNode]: "other node", [unrelated]: "not ours" });
    hook(dir, cache);
    expect(readdirSync(cache).sort()).toEqual([cacheName(), otherNode, unrelated, "warm"].sort());
  });

  it("is never written with ENVGUARD_CACHE_DIR=off, and a cache that cannot be written is no error", () => {
    const dir = leakRepo();
    const home = tempDir();
    const off = runCli(["pre-commit"], {
      cwd: dir,
      env: { ENVGUARD_CACHE_DIR: "off", HOME: home, XDG_CACHE_HOME: "" },
    });
    expect(off.code).toBe(1);
    expect(existsSync(path.join(home, ".cache"))).toBe(false);

    // A file where the folder should be: mkdir fails, the run does not.
    const blocked = path.join(tempDir(), "not-a-dir");
    writeFileSync(blocked, "");
    const run = hook(dir, blocked);
    expect(run).toEqual(off);
  });

  it("goes to the user's cache folder by default", () => {
    const dir = leakRepo();
    const home = tempDir();
    const run = runCli(["pre-commit"], { cwd: dir, env: { HOME: home, XDG_CACHE_HOME: "" } });
    expect(run.code).toBe(1);
    expect(readdirSync(path.join(home, ".cache", "envguard"))).toEqual([cacheName()]);
  });
});

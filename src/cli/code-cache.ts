import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire, wrap } from "node:module";
import path from "node:path";
import { Script } from "node:vm";

// Loading the pre-commit hook's engine through V8's code cache. Node compiles a script's top level
// eagerly and every function the first time it runs; for the hook's ~600 KB engine that is most of
// the time envguard adds to a commit. V8 can save the compiled code and take it back on the next run
// (about 1 ms instead of ~25 ms here). Node 22.1+ offers that for every module
// (`module.enableCompileCache`); Node 20 only for a classic script compiled with `vm.Script`, which
// is why the engine is a CommonJS bundle that this module loads itself.
//
// The cache is code that will run, so it is read only from a file this user owns and nobody else can
// write, and it is named by the engine's content hash (V8 itself checks only the source's length, its
// own version and flags). Anything wrong with it costs the compile, never the run.

/**
 * Where compiled code is kept: ENVGUARD_CACHE_DIR (`off` or empty: nowhere), else the platform's
 * per-user cache folder. Undefined when there is none (no HOME): the engine is then compiled each run.
 */
export function cacheDirectory(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const own = env.ENVGUARD_CACHE_DIR;
  if (own !== undefined) return own === "" || own === "off" ? undefined : path.resolve(own);
  if (platform === "win32")
    return env.LOCALAPPDATA ? path.join(env.LOCALAPPDATA, "envguard", "Cache") : undefined;
  if (platform === "darwin" && env.HOME) return path.join(env.HOME, "Library", "Caches", "envguard");
  // XDG: a relative XDG_CACHE_HOME is invalid and ignored.
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, "envguard");
  return env.HOME ? path.join(env.HOME, ".cache", "envguard") : undefined;
}

export interface CachedModule<T> {
  exports: T;
  /** Whether V8 took compiled code from the cache (false: compiled from source, cache missing or refused). */
  fromCache: boolean;
  /**
   * Writes the compiled code when the cache was missing or refused. Call when the run is done: code
   * compiled during the run is saved too. Never throws; a cache that cannot be written is skipped.
   */
  save(): void;
}

/** The cache file of `file` built with content hash `key`, for this Node and CPU. */
function cacheFileOf(dir: string, file: string, key: string): string {
  return path.join(dir, `${path.basename(file)}-${key}-${process.version}-${process.arch}.v8`);
}

/**
 * Runs a CommonJS file as `require` would (exports, require, module, __filename, __dirname), compiled
 * with the code cache in `dir` when there is one. `key` must change whenever the file's content does.
 */
export function requireWithCodeCache<T>(file: string, key: string, dir: string | undefined): CachedModule<T> {
  const source = readFileSync(file, "utf8");
  const cacheFile = dir === undefined ? undefined : cacheFileOf(dir, file, key);
  const cached = cacheFile === undefined ? undefined : readOwnFile(cacheFile);
  const script = new Script(wrap(source), { filename: file, ...(cached ? { cachedData: cached } : {}) });
  const fromCache = cached !== undefined && script.cachedDataRejected === false;
  const module = { exports: {} as T, filename: file, id: file, loaded: false };
  const run = script.runInThisContext() as (
    exports: T,
    require: NodeJS.Require,
    module: unknown,
    filename: string,
    dirname: string,
  ) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  module.loaded = true;
  return {
    exports: module.exports,
    fromCache,
    save() {
      if (fromCache || dir === undefined || cacheFile === undefined) return;
      try {
        writeCache(dir, file, key, script.createCachedData());
      } catch {
        // A read-only or full disk: the next run compiles again.
      }
    },
  };
}

/** The file's bytes if this user owns it and only this user can write it; otherwise undefined. */
function readOwnFile(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const stat = fstatSync(fd);
    const uid = process.getuid?.();
    if (!stat.isFile() || (uid !== undefined && stat.uid !== uid)) return undefined;
    // Windows has no owner or mode bits here (every writable file reads 0o666): the per-user
    // LOCALAPPDATA folder's ACL is what keeps others out.
    if (process.platform !== "win32" && (stat.mode & 0o022) !== 0) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes atomically (a reader sees the old file or the new one), and drops other builds' caches of the file. */
function writeCache(dir: string, file: string, key: string, data: Buffer): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const cacheFile = cacheFileOf(dir, file, key);
  const temp = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(temp, data, { mode: 0o600 });
  renameSync(temp, cacheFile);
  // Caches of the same bundle with another content hash are from envguard builds no longer here
  // (this build's caches for other Node versions are kept: someone may switch between them).
  const stem = `${path.basename(file)}-`;
  for (const other of readdirSync(dir)) {
    if (other.startsWith(stem) && !other.startsWith(`${stem}${key}-`) && other.endsWith(".v8")) {
      try {
        unlinkSync(path.join(dir, other));
      } catch {
        // Another run removed it first.
      }
    }
  }
}

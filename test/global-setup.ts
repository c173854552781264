import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * The door tests run dist/ as users do; rebuild it first when src/ is newer, so they never test stale
 * code. The hook's code cache goes to a folder of this test run, not the user's cache folder (runs
 * that set HOME to a temp repo still share it; ENVGUARD_CACHE_DIR is cleared by the helpers).
 */
export default function setup(): () => void {
  const cache = mkdtempSync(path.join(os.tmpdir(), "envguard-test-cache-"));
  process.env.XDG_CACHE_HOME = cache;
  // The oldest bundle decides: the CLI, the library, the Action and the hook are built together.
  let built = Number.POSITIVE_INFINITY;
  for (const bundle of ["cli/index.js", "lib/index.js", "action/index.js", "hook/index.cjs", "cli.cjs"]) {
    try {
      built = Math.min(built, statSync(path.join(root, "dist", bundle)).mtimeMs);
    } catch {
      built = 0;
    }
  }
  if (newest(path.join(root, "src")) > built) {
    execFileSync(process.execPath, [path.join(root, "scripts", "build.mjs")], {
      cwd: root,
      stdio: "inherit",
    });
  }
  return () => rmSync(cache, { recursive: true, force: true });
}

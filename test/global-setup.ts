import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
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

/** The door tests run dist/ as users do; rebuild it first when src/ is newer, so they never test stale code. */
export default function setup(): void {
  // The oldest bundle decides: the CLI, the library and the Action are built together.
  let built = Number.POSITIVE_INFINITY;
  for (const bundle of ["cli", "lib", "action"]) {
    try {
      built = Math.min(built, statSync(path.join(root, "dist", bundle, "index.js")).mtimeMs);
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
}

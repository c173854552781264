#!/usr/bin/env node
import module from "node:module";
import { fastPath } from "./fast-path.js";

// Node ≥ 22.1 keeps the compiled code of the CLI's chunks on disk (in the OS temp dir unless
// NODE_COMPILE_CACHE says otherwise), so later runs skip most of the parsing. Older Nodes have no
// such function; a cache that cannot be used must never stop a run.
try {
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
} catch {
  // Run without the cache.
}

const argv = process.argv.slice(2);
// The pre-commit hook's command line skips the argument parser; everything else goes through main.
(fastPath(argv) ?? import("./main.js").then(({ main }) => main(argv))).then((code) => {
  process.exitCode = code;
});

import type * as Crypto from "node:crypto";
import { createRequire } from "node:module";

// node:crypto loads all of its parts at once, about 3 ms of a pre-commit hook's run; a commit with
// nothing to report hashes nothing, so the module is loaded on the first hash instead of at start.
let loaded: typeof Crypto | undefined;

/** Node's crypto module, loaded on first call. */
export function nodeCrypto(): typeof Crypto {
  loaded ??= createRequire(import.meta.url)("node:crypto") as typeof Crypto;
  return loaded;
}

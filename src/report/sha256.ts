import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

// Fingerprints and baseline hashes are sha256 of a few dozen bytes. node:crypto would give the same
// digests, but loading it (all of its parts at once) costs ~3 ms, a tenth of what the pre-commit hook
// adds to a commit; noble's audited pure-JS sha256 costs nothing to load from the hook's code cache.

/** The sha256 of `text` (UTF-8, a lone surrogate as U+FFFD, as node:crypto encodes it), in hex. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

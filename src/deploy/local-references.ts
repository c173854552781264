import { readFileSync } from "node:fs";
import path from "node:path";
import type { SecretReference } from "../config/reference.js";
import { type ReferenceOutcome, referenceFailed } from "./reference-outcome.js";

// The references envguard reads itself, without a store: one implementation for every resolution
// (src/config/load.ts, which verify, exec and loadConfigAsync go through too) and for
// `resolveReferences`, whose callers may pass any reference.

type EnvReference = Extract<SecretReference, { scheme: "env" }>;
type FileReference = Extract<SecretReference, { scheme: "file" }>;

/** env:// and ${NAME}: the variable from the given environment; unset and empty are both missing. */
export function resolveEnvReference(
  ref: EnvReference,
  environ: Record<string, string | undefined>,
): ReferenceOutcome {
  const value = environ[ref.variable];
  if (value === undefined) {
    return referenceFailed(
      "not-found",
      `environment variable ${ref.variable} is not set; set it where envguard runs`,
    );
  }
  if (value === "") {
    return referenceFailed("not-found", `environment variable ${ref.variable} is empty; give it the secret`);
  }
  return { ok: true, value };
}

/**
 * file://: the file's text less one trailing line break, as secret files (Docker, Kubernetes) are
 * written; a relative path is read from `root`. Synchronous: a secret file is a few bytes.
 */
export function resolveFileReference(ref: FileReference, root: string): ReferenceOutcome {
  const file = path.resolve(root, ref.path);
  try {
    return { ok: true, value: readFileSync(file, "utf8").replace(/\r?\n$/, "") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    switch (code) {
      case "ENOENT":
      case "ENOTDIR":
        return referenceFailed(
          "not-found",
          `file ${file} does not exist; check the path${path.isAbsolute(ref.path) ? "" : ` (relative to ${root})`} or mount the secret there`,
        );
      case "EACCES":
      case "EPERM":
        return referenceFailed(
          "access-denied",
          `file ${file} cannot be read (permission denied); let the user running envguard read it`,
        );
      case "EISDIR":
        return referenceFailed("misconfigured", `${file} is a directory; point file:// at the secret's file`);
      default:
        return referenceFailed("unavailable", `file ${file} could not be read (${code ?? "unknown error"})`);
    }
  }
}

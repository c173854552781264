import { readFile } from "node:fs/promises";
import path from "node:path";
import type { SecretReference } from "../config/reference.js";
import { type ReferenceOutcome, type ResolverSettings, referenceFailed } from "./reference-outcome.js";

type EnvReference = Extract<SecretReference, { scheme: "env" }>;
type FileReference = Extract<SecretReference, { scheme: "file" }>;

/** env:// and ${NAME}: the variable from the given environment; unset and empty are both missing. */
export function resolveEnvReference(ref: EnvReference, settings: ResolverSettings): ReferenceOutcome {
  const value = settings.environ[ref.variable];
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

/** file://: the file's text less one trailing line break, as secret files (Docker, Kubernetes) are written. */
export async function resolveFileReference(
  ref: FileReference,
  settings: ResolverSettings,
): Promise<ReferenceOutcome> {
  const file = path.resolve(settings.root, ref.path);
  try {
    const text = await readFile(file, "utf8");
    return { ok: true, value: text.replace(/\r?\n$/, "") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    switch (code) {
      case "ENOENT":
      case "ENOTDIR":
        return referenceFailed(
          "not-found",
          `file ${file} does not exist; check the path${path.isAbsolute(ref.path) ? "" : ` (relative to ${settings.root})`} or mount the secret there`,
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

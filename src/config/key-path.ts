import type { KeyPath } from "./document.js";

/** `["routes", 3, "path"]` → `routes[3].path`: how a person names a key. */
export function dottedKey(path: KeyPath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number" || /^\d+$/.test(segment)) out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}

/** ajv's instancePath (a JSON Pointer) → key path. */
export function pointerToPath(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** `database.poolSize` → `DATABASE_POOL_SIZE`; `http-server.TLSCert` → `HTTP_SERVER_TLS_CERT`. */
export function envVarNameFor(path: KeyPath, prefix = ""): string {
  const words = path.map((segment) =>
    String(segment)
      .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
      .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
      .replace(/[^A-Za-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .toUpperCase(),
  );
  return prefix + words.filter((w) => w !== "").join("_");
}

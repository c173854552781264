import type { KeyPath } from "./document.js";
/** `["routes", 3, "path"]` → `routes[3].path`: how a person names a key. */
export declare function dottedKey(path: KeyPath): string;
/** ajv's instancePath (a JSON Pointer) → key path. */
export declare function pointerToPath(pointer: string): string[];
/** `database.poolSize` → `DATABASE_POOL_SIZE`; `http-server.TLSCert` → `HTTP_SERVER_TLS_CERT`. */
export declare function envVarNameFor(path: KeyPath, prefix?: string): string;

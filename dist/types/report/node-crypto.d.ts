import type * as Crypto from "node:crypto";
/** Node's crypto module, loaded on first call. */
export declare function nodeCrypto(): typeof Crypto;

/** The sha256 of `text` (UTF-8, a lone surrogate as U+FFFD, as node:crypto encodes it), in hex. */
export declare function sha256Hex(text: string): string;

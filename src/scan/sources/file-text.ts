import { BINARY_SNIFF_BYTES } from "./scan-source.js";

/** git's test: a NUL byte near the start means binary. */
export function looksBinary(content: Buffer): boolean {
  return content.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

/**
 * File bytes as fragment text: UTF-8 (invalid bytes become U+FFFD), without a leading BOM, and with
 * CRLF line ends as "\n" like the change sources, so a match never ends in "\r". Lines and columns
 * do not move.
 */
export function decodeText(content: Buffer): string {
  let text = content.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.includes("\r\n") ? text.replace(/\r\n/g, "\n") : text;
}

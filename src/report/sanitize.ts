/**
 * Makes an untrusted string (a file name, a key from a config file) safe to print: control
 * characters, ANSI escapes and line breaks become visible escapes, so nothing printed can move
 * the cursor, recolour the terminal or start a new line that a CI runner reads as a command.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    if (ch === "\n") return "\\n";
    if (ch === "\r") return "\\r";
    if (ch === "\t") return "\\t";
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

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

/**
 * `printable`, and never starting with `::` (after blanks): a line that reaches a runner's log on
 * its own still cannot be read as a workflow command (`::add-mask::`, `::stop-commands::`).
 */
export function commandSafe(text: string): string {
  const shown = printable(text);
  return /^\s*::/.test(shown) ? `\\${shown}` : shown;
}

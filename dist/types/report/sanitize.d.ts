/**
 * Makes an untrusted string (a file name, a key from a config file) safe to print: control
 * characters, ANSI escapes and line breaks become visible escapes, so nothing printed can move
 * the cursor, recolour the terminal or start a new line that a CI runner reads as a command.
 */
export declare function printable(text: string): string;
/**
 * `printable`, and never starting with `::` (after blanks): a line that reaches a runner's log on
 * its own still cannot be read as a workflow command (`::add-mask::`, `::stop-commands::`).
 */
export declare function commandSafe(text: string): string;

/**
 * A `.env` parser that keeps positions.
 *
 * `values` is exactly what `dotenv.parse(text)` (dotenv 18, default parser) returns, so envguard validates what
 * the application will really see. dotenv matches each assignment with one multi-line regular expression; this
 * module walks the text instead and reproduces that expression's behaviour step by step, including its odd
 * corners (each is named where it is handled). On top of that it records where every key and value starts and
 * reports what dotenv silently ignores or misreads.
 *
 * Nothing is ever executed or expanded: `$(cmd)` and `${VAR}` stay literal text, as in dotenv.
 *
 * Terms used below (all offsets are into the normalised text, see {@link normalise}):
 * - whitespace is JavaScript's `\s`: space, tab, VT, FF, NBSP, BOM, Unicode spaces and the line terminators;
 * - a line terminator is LF, U+2028 or U+2029 (dotenv's regex treats all three as line ends). Line numbers we
 *   report count LF only, since that is what editors and git show (CRLF and lone CR become LF first).
 *
 * Problem messages never quote the text of a value or of an ignored line (either may be a secret); they name
 * keys of accepted assignments and line numbers only.
 */
export interface DotenvEntry {
    key: string;
    value: string;
    /** 1-based line and column of the key (after any `export ` prefix and leading whitespace). */
    line: number;
    column: number;
    /** 1-based line and column where the value starts (the opening quote for quoted values). */
    valueLine: number;
    valueColumn: number;
}
export interface DotenvProblem {
    line: number;
    column: number;
    message: string;
}
export interface DotenvParseResult {
    /** Every assignment in file order, duplicates included. */
    entries: DotenvEntry[];
    /** What `dotenv.parse` would return (the last duplicate wins). */
    values: Record<string, string>;
    problems: DotenvProblem[];
}
export declare function parseDotenv(text: string): DotenvParseResult;

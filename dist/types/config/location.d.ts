/** Where a key or value stands in a file: 1-based line and column. */
export interface Location {
    file: string;
    line: number;
    column: number;
}
/** Maps a character offset in `text` to a 1-based line and column; built once per file, lazily. */
export declare class LineIndex {
    private readonly text;
    private starts;
    constructor(text: string);
    position(offset: number): {
        line: number;
        column: number;
    };
}

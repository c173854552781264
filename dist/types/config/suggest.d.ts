/**
 * The name a person most likely meant: the same name in other case or separators, then a name
 * that starts with what was typed (`prod` → `production`), then the nearest by edit distance if at
 * most a third of it differs. Undefined when nothing is close enough to suggest.
 */
export declare function closestName(typed: string, options: readonly string[]): string | undefined;
/** ` (did you mean "x"?)`, or nothing. */
export declare function didYouMean(typed: string, options: readonly string[], quote?: string): string;

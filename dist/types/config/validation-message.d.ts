import type { ErrorObject } from "ajv";
/** Describes what was actually there without ever showing the value itself. */
export declare function describeKind(value: unknown): string;
/**
 * What the schema expects, in words, from an ajv error; never the value that failed, since
 * it may be a secret. `actual` is only used to name its kind.
 */
export declare function expectation(error: ErrorObject, actual: unknown): string;

/**
 * Heuristics that tell a real-looking credential from a placeholder. Used on example files
 * (which must hold placeholders) and by the generic credential rule.
 */
/** Values that stand in for a secret rather than being one. */
export declare function isPlaceholder(raw: string): boolean;
/** `postgres`, `password1`, `test`, `dev-secret`: dictionary-like words, not generated credentials. */
export declare function isWordLike(value: string): boolean;
export declare function shannonEntropy(value: string): number;
/**
 * True when the value is shaped like a generated credential. `secretKey` says the key it is
 * assigned to names a secret, which lowers the bar (a 12-character mixed password counts).
 */
export declare function looksLikeCredential(raw: string, { secretKey }: {
    secretKey: boolean;
}): boolean;

/**
 * Renders a secret so that a person can recognise it without it being usable: a few characters
 * at each end of long values only, never more than a fifth of them in all. `AKIA…E7QA (40 chars)`,
 * `ab…yz (24 chars)`, `•••••••• (12 chars)`.
 */
export declare function maskSecret(secret: string): string;
/**
 * Hides the password in `scheme://user:password@host` URLs; everything else stays as it was.
 * The user info runs to the last `@`, so a password holding `/`, `:` or `@` is hidden whole.
 */
export declare function maskUrlPassword(value: string): string;

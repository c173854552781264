/**
 * Which key names name a secret. A key names one when its last word is a secret word (`password`,
 * `token`, …) or its last two words are `<qualifier> key` (`api_key`, `privateKey`): `DB_PASSWORD`,
 * `githubToken`, `spring.datasource.password`, `--password`. A key whose secret word is followed
 * by another word only talks about a secret (`password_policy`, `token_url`, `passwordMinLength`).
 */

/** Last words that make a key a secret's name. */
const SECRET_WORDS = [
  "pass",
  "password",
  "passwd",
  "passphrase",
  "pwd",
  "secret",
  "token",
  "auth",
  "credential",
  "credentials",
];

/** Words that, followed by `key`, make a secret's name (`api_key`, `accessKey`, `SIGNING-KEY`). */
const KEY_QUALIFIERS = ["api", "access", "secret", "private", "signing", "encryption", "master", "auth"];

/**
 * The end of a secret key's name, as a case-insensitive pattern. Longest alternatives first, so
 * that `password` is not read as `pass` followed by more.
 */
export const SECRET_KEY_END = `(?:(?:${KEY_QUALIFIERS.join("|")})[-_.]?key|${[...SECRET_WORDS]
  .sort((a, b) => b.length - a.length)
  .join("|")})`;

/**
 * The prefilter's keywords: lower-case text that every secret key contains. Each secret word
 * (`pass` stands for `password`, `passwd`, `passphrase`), and each qualifier written together with
 * `key` in the four ways a name can join them (`apikey`, `api_key`, `api-key`, `api.key`).
 * `secret` and `auth` already cover `secret_key` and `auth_key`.
 */
export const SECRET_KEY_KEYWORDS: readonly string[] = [
  "pass",
  "pwd",
  "secret",
  "token",
  "auth",
  "credential",
  ...KEY_QUALIFIERS.filter((q) => q !== "secret" && q !== "auth").flatMap((q) =>
    ["", "_", "-", "."].map((sep) => `${q}${sep}key`),
  ),
];

/**
 * SECRET_KEY_END spelt out as the words it matches (`apikey`, `api_key`, …, `password`, `pwd`):
 * a text holds a match of it starting at a position exactly when one of these starts there.
 */
export const SECRET_KEY_END_WORDS: readonly string[] = [
  ...KEY_QUALIFIERS.flatMap((q) => ["", "-", "_", "."].map((sep) => `${q}${sep}key`)),
  ...SECRET_WORDS,
];

const END = new RegExp(`${SECRET_KEY_END}$`, "i");

/** Words that end in `pass` without being about a password. */
const NOT_A_PASS = /(?:by|com|sur|encom|tres|under|over|multi)pass$/i;

/**
 * True when `key` (as written, without quotes) names a secret: it ends with a secret word, after a
 * separator (`DB_PASSWORD`), at a change of case (`githubToken`) or glued on (`PGPASSWORD`), but is
 * not an ordinary word that happens to end in one (`bypass`, `compass`).
 */
export function isSecretKeyName(key: string): boolean {
  return END.test(key) && !NOT_A_PASS.test(key);
}

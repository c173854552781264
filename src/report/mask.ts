/**
 * Renders a secret so that a person can recognise it without it being usable: a few characters
 * at each end of long values only, never more than a fifth of them in all. `AKIA…E7QA (40 chars)`,
 * `ab…yz (24 chars)`, `•••••••• (12 chars)`.
 */
export function maskSecret(secret: string): string {
  const chars = [...secret];
  const n = chars.length;
  if (n === 0) return "(empty)";
  const show = n < 16 ? 0 : Math.min(4, Math.floor(n / 10));
  if (show === 0) return `${"•".repeat(Math.min(n, 8))} (${n} chars)`;
  return `${chars.slice(0, show).join("")}…${chars.slice(n - show).join("")} (${n} chars)`;
}

/**
 * Hides the password in `scheme://user:password@host` URLs; everything else stays as it was.
 * The user info runs to the last `@`, so a password holding `/`, `:` or `@` is hidden whole.
 */
export function maskUrlPassword(value: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)(\S*)@([^@]*)$/i.exec(value);
  if (!m) return value;
  const [, scheme, userinfo = "", rest] = m;
  const colon = userinfo.indexOf(":");
  if (colon < 0) return value;
  return `${scheme}${userinfo.slice(0, colon + 1)}****@${rest}`;
}

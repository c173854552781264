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

/** Hides the password in `scheme://user:password@host` URLs; everything else stays as it was. */
export function maskUrlPassword(value: string): string {
  return value.replace(
    /^([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)([^\s@/]+)(@)/i,
    (_m, head: string, _pw: string, at: string) => {
      return `${head}****${at}`;
    },
  );
}

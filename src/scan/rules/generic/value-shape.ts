import { isPlaceholder, looksLikeCredential } from "../../credential-shape.js";

/**
 * Whether a value assigned to a secret-named key is itself a credential, on top of
 * looksLikeCredential: the generic rules run on every line that mentions a password or a token,
 * so whatever only points at a secret (a reference, a variable, a file, a call), hashes of one,
 * and words are left alone.
 */

/** Secret-store and cloud references that are not URLs: `arn:aws:secretsmanager:…`, `op:…`. */
const REFERENCE =
  /^(?:arn:aws[\w-]*:|vault:|ssm:|aws-sm:|gcp-sm:|azure-kv:|keyvault:|secretsmanager:|op:|sops:|ref\+|env:|file:|projects\/[^/]+\/secrets\/)/i;

/** Hashes of a secret rather than the secret: SRI, digests, crypt(3) and framework hash formats. */
const HASH = [
  /^sha(?:1|224|256|384|512)-[A-Za-z0-9+/]{20,}={0,2}$/, // subresource integrity (lockfiles)
  /^(?:sha\d+|md5|blake2b?|sha3-\d+):[0-9a-f]{32,}$/i, // sha256:… digests
  /^\$(?:2[abxy]?|argon2(?:id|i|d)|[1567]|y|gy|md5|pbkdf2(?:-sha\d+)?|scrypt|sha\d+)\$/, // crypt(3)
  /^(?:pbkdf2_sha\d+|argon2|bcrypt(?:_sha256)?|scrypt|sha1|md5)\$/, // Django, Werkzeug
];

/** Looks like a file path: absolute, home- or dot-relative, a Windows drive, or a name with a file extension. */
function isPath(value: string): boolean {
  if (/^(?:~|\.{1,2})?\/(?!\/)/.test(value) || /^[A-Za-z]:[\\/]/.test(value)) return true;
  return /^(?:[\w.-]+\/)*[\w-]+(?:\.[\w-]+)*\.(?:pem|key|crt|cer|der|p12|pfx|jks|json|ya?ml|toml|txt|env|ini|conf|cfg|properties|secret|gpg|asc|enc|pub)$/i.test(
    value,
  );
}

/**
 * Made of words only: names and expressions (`dbPassword`, `DB_PASSWORD`, `process.env.API_KEY`,
 * `SyntaxKind.EndOfFileToken`, `ed25519.Ed25519PrivateKey`, `auth.password.label`) and words with
 * punctuation (`(optional)`, `Not-Set!`, `Summer2024!`), as opposed to generated text, where case
 * changes and digits fall anywhere.
 *
 * Each run between punctuation is one case with digits at the end (`password`, `API`, `v2`) or
 * camel case: a lower-case, capitalised or one-letter start (`TKey`), then capitalised words
 * (`Of`, `Token`, `Ed25519`) and short acronyms (`ID`, `HTTP`). On average a word has three
 * letters or more: base64 that happens to split into such words does not (`dXNlcjpS…` is
 * d·X·Nlcjp·S…).
 */
export function isWordy(value: string): boolean {
  const words: string[] = [];
  for (const run of value.split(/[^A-Za-z0-9]+/)) {
    if (run === "") continue;
    if (/^(?:[a-z]+|[A-Z]+)?\d{0,6}$/.test(run)) {
      words.push(run);
      continue;
    }
    // A short hex id after words (`product-input-041de6`, `cache-7f3a`) names a thing, like a number.
    if (words.length >= 2 && /^[0-9a-f]{4,8}$/.test(run)) {
      words.push("0");
      continue;
    }
    const parts = run.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/);
    const ok = parts.every((p, i) =>
      i === 0
        ? /^(?:[a-z]+|[A-Z][a-z]*|[A-Z]{2,5})\d{0,6}$/.test(p)
        : /^(?:[A-Z][a-z]+|[A-Z]{2,5})\d{0,6}$|^[A-Z]\d+$/.test(p),
    );
    if (!ok) return false;
    words.push(...parts);
  }
  // Versions (v2, V10) and numbers count for nothing in the average.
  const named = words.filter((w) => !/^[A-Za-z]?\d+$/.test(w));
  if (words.length === 0) return false;
  return named.length <= 1 || named.join("").replace(/\d/g, "").length >= 3 * named.length;
}

export interface ValueContext {
  /** Written without quotes: in code that is an expression, so calls and YAML/shell syntax are not values. */
  bare: boolean;
  /** The character right after the value (a `(` makes a bare value a function call). */
  next?: string;
}

/** True when a value assigned to a secret-named key is a credential worth reporting. */
export function isAssignedSecret(value: string, { bare, next }: ValueContext): boolean {
  if (value.length < 8 || value.length > 4096 || /\s/.test(value)) return false;
  if (value.includes("://")) return false; // URLs: the URL rule reports their passwords
  if (bare) {
    if (next === "(" || next === "[") return false; // os.getenv(…), ENC(…), secrets[…]
    // $VAR, $(cmd), @var, YAML anchors, aliases, tags and block scalars, templates, containers
    if (/^[$@&*!|>%{[<#]/.test(value)) return false;
  }
  if (/^[\w$.]+\(.*\)$/.test(value)) return false; // getSecret(), ENC(…)
  if (/\{[\w.\s-]*\}/.test(value)) return false; // "prefix-{name}" format strings
  if (/\\[dwsbDWSB]|\[\^|\(\?[:=!<]|\.[*+]|\{\d+(?:,\d*)?\}/.test(value)) return false; // regular expressions
  // URL-encoded text (`secret%3Dpassword`) is judged by what it says once decoded.
  if (/%[0-9A-Fa-f]{2}/.test(value)) {
    const decoded = decodeURIComponentSafe(value);
    if (decoded !== value && (isPlaceholder(decoded) || isWordy(decoded))) return false;
  }
  if (REFERENCE.test(value) || HASH.some((re) => re.test(value)) || isPath(value)) return false;
  if (isPlaceholder(value) || isWordy(value)) return false;
  const decoded = decodeBase64Text(value);
  if (decoded !== undefined) {
    // base64 of text: prose ("not my real password") is no credential; user:password pairs and
    // single words are judged by what they encode (`YWRtaW46YWRtaW4=` is admin:admin).
    if (/\s/.test(decoded)) return false;
    const pair = /^[^:]+:(.+)$/.exec(decoded);
    if (!isAssignedSecret(pair?.[1] ?? decoded, { bare: false })) return false;
  }
  return looksLikeCredential(value, { secretKey: true });
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The text a base64 value encodes, when it is base64 of printable ASCII; otherwise undefined. */
function decodeBase64Text(value: string): string | undefined {
  if (value.length < 12 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  const decoded = Buffer.from(value, "base64").toString("latin1");
  return /^[\x20-\x7e]+$/.test(decoded) ? decoded : undefined;
}

import { KeywordAutomaton } from "../../keyword-automaton.js";
import { finderRule, type Range } from "../finder-rule.js";
import { isSecretKeyName, SECRET_KEY_END, SECRET_KEY_END_WORDS, SECRET_KEY_KEYWORDS } from "./secret-key.js";
import { isAssignedSecret } from "./value-shape.js";

/**
 * `KEY = value` in the syntaxes a secret is written in: `.env` and shell (`export KEY="v"`), JSON
 * (`"key": "v"`), YAML (`key: v`), TOML and INI (`key = "v"`), Java properties (`a.key=v`), code
 * (`const key = "v"`, `key: 'v'`, `key := "v"`, `"key" => "v"`, `os.environ["KEY"] = "v"`,
 * `obj.key = "v"`, `key: str = "v"`), query strings (`?key=v&`) and command lines (`--key=v`).
 *
 * The key: starts where a name can start (not inside another name) and ends with a secret word;
 * it may be quoted or subscripted. The value: on the same line, quoted (the secret is what is
 * between the quotes) or bare (up to white space or punctuation that ends a value in code).
 */
const ASSIGNMENT = new RegExp(
  [
    String.raw`(?<![\w$.\-])(?<key>[\w$.\-]*?${SECRET_KEY_END})`,
    String.raw`["'\x60]?\]?[?!]?[ \t]*`,
    // a type annotation before `=` (TypeScript, Python, Kotlin), or an assignment operator
    String.raw`(?::[ \t]*[A-Za-z_][\w.]*(?:<[^<>\n]*>|\[[^\]\n]*\])?(?:[ \t]*\|[ \t]*[A-Za-z_][\w.]*)*[ \t]*=(?![=>~])|:=|=>|=(?![=>~])|:(?![:=/]))`,
    String.raw`[ \t]*(?:[bBrRuU]{0,2}"(?<dq>[^"\\\n]*(?:\\.[^"\\\n]*)*)"|[bBrRuU]{0,2}'(?<sq>[^'\\\n]*(?:\\.[^'\\\n]*)*)'|\x60(?<bq>[^\x60\\\n]*)\x60|(?<bare>[^\s"'\x60,;&(){}\[\]<>]+))`,
  ].join(""),
  // Sticky: tried only where a key can start, at the start of a name holding a secret word (see
  // `assignments`); the lazy key prefix makes trying it at every name in the text slow.
  "iyd",
);

/**
 * The secret words (SECRET_KEY_END's, ignoring ASCII case, as its case-insensitive regex reads
 * them), found anywhere in one pass over the text.
 */
const SECRET_WORDS = new KeywordAutomaton(SECRET_KEY_END_WORDS);

/** `<password>value</password>` (XML configs: Maven settings, .NET, Tomcat). */
const ELEMENT = new RegExp(
  String.raw`<(?<key>[\w.:\-]*?${SECRET_KEY_END})(?:\s[^<>]*)?>(?<value>[^<>\n]+)</\k<key>\s*>`,
  "gid",
);

/** `user:password@host` as a value: only the password is the secret. */
const USERINFO = /^[^\s:/@]+:(?<password>[^\s@/]+)@[^\s@]+$/d;

function* findAssignments(text: string): Generator<Range> {
  const found: Range[] = [];
  for (const m of assignments(text)) {
    const key = m.groups?.key;
    if (key === undefined || !isSecretKeyName(key) || inExampleUrl(text, m.index)) continue;
    const name = (["dq", "sq", "bq", "bare"] as const).find((g) => m.groups?.[g] !== undefined);
    const span = name && m.indices?.groups?.[name];
    if (!name || !span) continue;
    const range = secretIn(text, span, name === "bare");
    if (range) found.push(range);
  }
  for (const m of text.matchAll(ELEMENT)) {
    const span = m.indices?.groups?.value;
    if (span && m.groups?.key && isSecretKeyName(m.groups.key)) {
      const range = secretIn(text, trim(text, span), false);
      if (range) found.push(range);
    }
  }
  yield* found.sort((a, b) => a[0] - b[0]);
}

/**
 * The matches of ASSIGNMENT, as `text.matchAll` with a global ASSIGNMENT would give them. A match
 * starts where a name starts (a character in `[\w$.\-]` not preceded by one) and its key holds a
 * secret word inside that name, so only the starts of names holding a secret word need be tried,
 * in order, skipping those inside the previous match.
 */
function* assignments(text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (let name = nextSecretName(text, 0); name; name = nextSecretName(text, Math.max(name[1], from))) {
    const [start] = name;
    if (start >= from) {
      ASSIGNMENT.lastIndex = start;
      const m = ASSIGNMENT.exec(text);
      if (m) {
        from = ASSIGNMENT.lastIndex;
        yield m;
      }
    }
  }
}

/**
 * The first name (a maximal run of `[\w$.\-]`) holding a secret word that starts at `from` or
 * later, as `[start, end)` of the whole name (which may begin before `from`); undefined when there
 * is none. Secret words are made of name characters, so each lies inside one name.
 */
export function nextSecretName(text: string, from: number): [number, number] | undefined {
  const wordEnd = SECRET_WORDS.firstEnd(text, from);
  if (wordEnd === -1) return undefined;
  let start = wordEnd - 1;
  while (start > 0 && isNameChar(text.charCodeAt(start - 1))) start--;
  let end = wordEnd;
  while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
  return [start, end];
}

/** `[\w$.\-]`: a character of a name, as the key's pattern reads one. */
function isNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || // a-z
    (c >= 65 && c <= 90) || // A-Z
    (c >= 48 && c <= 57) || // 0-9
    c === 95 || // _
    c === 36 || // $
    c === 46 || // .
    c === 45 // -
  );
}

/** The key is a parameter of a URL on a documentation host: `https://example.com/cb?access_token=…`. */
function inExampleUrl(text: string, index: number): boolean {
  const window = text.slice(Math.max(0, index - 1024), index);
  const before = window.slice(window.lastIndexOf("\n") + 1);
  if (!before.includes("://") || !/example/i.test(before)) return false;
  return /[a-z][a-z0-9+.-]*:\/\/(?:[^\s/?#@]*@)?(?:[^\s/?#]*\.)?example(?:\.[a-z]+)*(?::\d+)?(?:[/?#][^\s]*)?$/i.test(
    before,
  );
}

function trim(text: string, [start, end]: readonly [number, number]): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  return [s, e];
}

function secretIn(text: string, [start, end]: readonly [number, number], bare: boolean): Range | undefined {
  const value = text.slice(start, end);
  const userinfo = USERINFO.exec(value);
  const password = userinfo?.indices?.groups?.password;
  if (password) {
    const secret = value.slice(password[0], password[1]);
    return isAssignedSecret(secret, { bare: false }) ? [start + password[0], start + password[1]] : undefined;
  }
  return isAssignedSecret(value, { bare, next: text.charAt(end) }) ? [start, end] : undefined;
}

export const genericAssignment = finderRule({
  id: "secret/generic-assignment",
  title: "credential assigned to a secret-named key",
  description: `A key whose name ends with a secret word (password, passwd, pwd, secret, token, auth, credential(s), api/access/private/secret/signing key, …; DB_PASSWORD, githubToken, db.password) assigned a value shaped like a generated credential (length, entropy, mixed characters), in .env, shell, JSON, YAML, TOML, INI, properties, XML or code. Placeholders, references (\${VAR}, vault://…), expressions (process.env.X, os.getenv(…)), paths, hashes and words are left alone.`,
  fix: "Move the value to a secret store or an untracked .env file, read it at run time (process.env, a secret reference), and rotate it: it is in the repository's history.",
  severity: "error",
  keywords: SECRET_KEY_KEYWORDS,
  find: findAssignments,
  samples: {
    positive: [
      // .env and shell
      "DB_PASSWORD=«xRSd9TIom6b8»",
      'export GITHUB_TOKEN="«rFql40ZD8vSY8ppW-c7e»"',
      "export STRIPE_SECRET='«V8a4BTLHeGP6-Ztt»'",
      "PGPASSWORD=«6TDQmVfg-cyG4» psql -h db.internal",
      "SESSION_SECRET=«8xwD8k5GVC4mSLqSbalV» # rotated monthly",
      "  - POSTGRES_PASSWORD=«Qm7t2Rz9Lx4w»",
      "mysql --user=app --password=«u8Jk2mXq9ZpL» app_db",
      // JSON
      '{ "apiKey": "«J-kCsYqWnKfpAtHh5sms»" }',
      '{"db":{"password":"«ieGOfKYOtuyc68YH»"}}',
      '"client_secret": "«bZdUgEsDBeTOypPrJtxZciyZf9KmSAGZ»",',
      // YAML
      "api_key: «wnigotcKwsVaRyJxtAMgDJ3z»",
      "  auth_token: '«2GrRoOltq_rWgvOwFDb5bgmF»'",
      "    password: «s3Vq8-Lp2Wz7»  # prod",
      "credentials: «mfa3lQGHrFCoCJ7No7oc8Kiq1Z8Xb6RO»",
      "private_key: «ChenQaPgx6YxgAhzJ5qgqYws5fO5LByz52Y1YuCl»",
      "aws_secret_access_key: «EWk2geB8wPW2McRg33ZJIXFU0KLFJOUG»",
      // TOML, INI, properties
      'password = "«h7Rk2pQz9XvB»"',
      "secret_key = «d92b50de74afcd428cb8dc270550»",
      "spring.datasource.password=«2h4TpCApoqnbPBbD»",
      "db.password = «Np3x-Wq7z-Lk2m»",
      "mail.smtp.auth.token=«K_-cXLNCpvwORp0wgYGb9VJN»",
      // code
      'const apiKey = "«mQPKefgoKIfPsokWAtg1ME3Nu6NhFRpu»";',
      "const config = { password: '«Tz8qW2mLx5Rv»', user: 'app' };",
      'os.environ["OPENAI_TOKEN"] = "«cXLNCpvwORp0wgYGb9VJN2h4»"',
      "config.secret = '«HVAcG2Wm8k4Zr7Qp»';",
      'api_key="«qP4wT9zR2xL7mK3v»"',
      'token := "«Zk3mW8qT5vX2rL9p»"',
      '"signing_key" => "«F4gH8jK2lP9qR3tW»",',
      'private static final String ENCRYPTION_KEY = "«Vb6Nm2Qw8Er4Ty1U»";',
      'api_key: str = "«Lp9Ko8Ij7Uh6Yg5T»"',
      "const dbPassword: string = `«Wq2Er4Ty6Ui8Op0A»`;",
      "ENV['MASTER_KEY'] = '«c828649e255f2dbb22d901c7ab92086e»'",
      "$password = '«Gh5Jk7Lm9Np2Qr4S»';",
      "githubToken: «ghb9Xk2Lm4Qp7Rz1»,",
      "fetch(`/v1/items?access_token=«Yt7Ui9Op2As4Df6G»&limit=10`)",
      "<password>«Mn8Bv6Cx4Zl2Kj0H»</password>",
      'basic_auth: "admin:«Rt5Yu7Io9Pa2Sd4F»@db.internal"',
      'auth: "«dXNlcjpSdDVZdTdJbzlQYTJTZDRG»"',
    ],
    negative: [
      // placeholders of every kind
      "DB_PASSWORD=changeme",
      "DB_PASSWORD=",
      'API_KEY="<your-api-key>"',
      `API_KEY=\${API_KEY}`,
      "GITHUB_TOKEN=$GITHUB_TOKEN",
      "token: {{ .Values.token }}",
      `token: \${{ secrets.NPM_TOKEN }}`,
      'password = "%s"',
      "secret_key = xxxxxxxxxxxxxxxx",
      "API_KEY=sk_live_xxx",
      "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      'apiKey: "example-key-123456"',
      "password: dummy-password-1",
      "password: test",
      "PASSWORD=testing",
      "api_key: your-api-key-here",
      "token: put-your-token-here",
      "password: '********'",
      "secret = 0000000000000000",
      "api_key: 123e4567-e89b-12d3-a456-426614174000",
      "password: '[REDACTED]'",
      "token: sk-...4f2a",
      "API_TOKEN=1234567890abcdef",
      // references and expressions
      "password: vault://kv/app#password",
      "DB_PASSWORD=aws-sm://prod/db/password",
      "API_TOKEN=env://API_TOKEN",
      "private_key: file:///run/secrets/signing.pem",
      "secret: arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-Ab12Cd",
      "const apiKey = process.env.API_KEY;",
      "const apiKey = process.env.API_KEY!;",
      'api_key = os.getenv("API_KEY")',
      'password = os.environ.get("DB_PASSWORD", "")',
      "token = getSecret()",
      "const token = await secrets.get('github');",
      "password: z.string().min(12),",
      "password: req.body.password,",
      "password = var.db_password",
      "this.apiKey = apiKey;",
      "self._token = token",
      "password: dbPassword,",
      'password: "DB_PASSWORD"',
      "spring.datasource.password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)",
      'TOKEN="$(gh auth token)"',
      "PASSWORD=%DB_PASSWORD%",
      "password: '<%= ENV[\"DB_PASSWORD\"] %>'",
      "password: !vault |",
      "password: *default_password",
      'api_key = f"{prefix}-{name}"',
      // booleans, numbers, paths, words
      "auth: true",
      "auth: false",
      "password: null",
      "token: 0",
      "TOKEN_TTL=3600",
      "password: 20240131",
      "PWD=/home/runner/work/app",
      "private_key: /etc/ssl/private/server.key",
      "token: secrets/token.txt",
      "credentials: include",
      "credentials: 'same-origin'",
      "auth: basic",
      "password: '(optional)'",
      "secret: Summer2024!",
      "password: hunter2",
      // keys that only name a secret
      "password_policy: strict",
      "token_url: https://auth.example.com/oauth/token",
      "passwordMinLength = 12",
      "password_min_length: 12",
      "secretName: db-credentials-v2",
      "tokenEndpoint: https://login.example.org/token",
      "auth_provider: github",
      "password_file: /run/secrets/db_password",
      "PASSWORD_HASH=$2b$12$C6UzMDM.H6dfI/f/IKcEeO5Q6kNnqXW1KpNeCz7pJYhQK1dOL0b6S",
      'password: "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$Y2hlY2tzdW0"',
      "bypass = aB3dE5gH7jK9",
      "compass: Zx9Yw8Vu7Ts6",
      "primary_key: Tz8qW2mLx5Rv",
      "token_count: 8192",
      "authToken?: string;",
      "password: string;",
      "if (password === 'Gh5Jk7Lm9Np2Qr4S') {",
      "token => token.trim()",
      "readonly operatorToken: TOperator;",
      "const message = this.lookahead.value ? Messages.UnexpectedToken : messages_1.Messages.MissingFromClause;",
      "auth: 'c2hhcmVkOm5vdCBhIHJlYWwgb25l', // base64 of prose",
      "password: cGFzc3dvcmQxMjM=",
      "auth: YWRtaW46YWRtaW4=",
      "def sign(self, private_key: ed25519.Ed25519PrivateKey) -> bytes:",
      "token_pattern = r'[^\\W\\d][\\w-]*'",
      '"oauth_token_secret=secret%3Dpassword&oauth_token=lock%26key"',
      "Location: https://app.example.com/callback#access_token=Qw8Er4Ty1UVb6Nm2&token_type=bearer",
      // hashes and ids under keys that do not name a secret
      '"integrity": "sha512-7Wq2Er4Ty6Ui8Op0AGh5Jk7Lm9Np2Qr4STz8qW2mLx5RvYt7Ui9Op2As4Df6GHVAcG2Wm8k4Zr7Qp==",',
      '  resolved "https://registry.yarnpkg.com/js-tokens/-/js-tokens-4.0.0.tgz#19203fb59991df98e3a287050d4647cdeaf32499"',
      "  integrity sha512-RdJUflcE3cUzKiMqQgsCu06FPu9UdIJO0beYbPhHN4k6apgJtifcoCtT9bcxOpYBtpD2kCM6Sbzg4CausW/PKQ==",
      '"node_modules/js-tokens": {',
      '"node_modules/@auth/core": { "version": "0.37.2", "resolved": "https://registry.npmjs.org/@auth/core/-/core-0.37.2.tgz" }',
      "  token-types@5.0.1:",
      // URLs belong to secret/generic-url-password
      "DB_PASSWORD=postgres://app:Qm7t2Rz9Lx4w@db.internal/app",
    ],
  },
});

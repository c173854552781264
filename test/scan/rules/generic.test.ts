import { describe, expect, it } from "vitest";
import { Detector } from "../../../src/scan/detect.js";
import { genericAssignment } from "../../../src/scan/rules/generic/assignment.js";
import { GENERIC_RULES } from "../../../src/scan/rules/generic/index.js";
import { isSecretKeyName, SECRET_KEY_KEYWORDS } from "../../../src/scan/rules/generic/secret-key.js";
import { genericUrlPassword } from "../../../src/scan/rules/generic/url-password.js";
import { isAssignedSecret, isWordy } from "../../../src/scan/rules/generic/value-shape.js";
import { interpolation, text } from "../../helpers/config-inputs.js";

// Every value below is random text made up for these tests; none is a real credential.

const generic = new Detector(GENERIC_RULES);

async function secrets(path: string, source: string): Promise<[string, string | undefined, number?][]> {
  const found = await generic.detect({ path, text: source, bytes: source.length });
  return found.map((m) => [m.rule, m.secret, m.line]);
}

describe("generic rules", () => {
  it("have ids that contain 'generic', so that provider rules win where they overlap", () => {
    expect(GENERIC_RULES.map((r) => r.id)).toEqual([
      "secret/generic-url-password",
      "secret/generic-assignment",
    ]);
  });
});

describe("isSecretKeyName", () => {
  it.each([
    "password",
    "PASSWORD",
    "DB_PASSWORD",
    "db.password",
    "db-password",
    "dbPassword",
    "PGPASSWORD",
    "passwd",
    "SMTP_PASS",
    "pwd",
    "passphrase",
    "secret",
    "client_secret",
    "clientSecret",
    "token",
    "githubToken",
    "GITHUB_TOKEN",
    "x-auth-token",
    "api_key",
    "apiKey",
    "api-key",
    "API.KEY",
    "APIKEY",
    "access_key",
    "aws_secret_access_key",
    "SecretKey",
    "private_key",
    "privateKey",
    "signing-key",
    "ENCRYPTION_KEY",
    "master.key",
    "auth",
    "basic_auth",
    "credential",
    "credentials",
    "--password",
    "$password",
  ])("%s names a secret", (key) => {
    expect(isSecretKeyName(key)).toBe(true);
  });

  it.each([
    "password_policy",
    "passwordMinLength",
    "token_url",
    "tokenEndpoint",
    "auth_provider",
    "author",
    "secretName",
    "credentials_file",
    "key",
    "primary_key",
    "publicKey",
    "sort_key",
    "bypass",
    "compass",
    "passport",
    "tokens",
    "aws_access_key_id",
  ])("%s does not", (key) => {
    expect(isSecretKeyName(key)).toBe(false);
  });

  it("is matched by the prefilter's keywords in every spelling (the keywords are sound)", () => {
    const words = [
      "password",
      "passwd",
      "pass",
      "passphrase",
      "pwd",
      "secret",
      "token",
      "auth",
      "credential",
      "credentials",
      ...["api", "access", "secret", "private", "signing", "encryption", "master", "auth"].flatMap((q) =>
        ["", "_", "-", "."].map((sep) => `${q}${sep}key`),
      ),
    ];
    const spellings = (w: string) => [
      w,
      w.toUpperCase(),
      w.replace(/[-_.](\w)/g, (_, c: string) => c.toUpperCase()),
    ];
    const prefixes = ["", "db_", "DB_", "github", "my.app.", "x-", "$", "--"];
    for (const word of words) {
      for (const spelled of spellings(word)) {
        for (const prefix of prefixes) {
          const key =
            prefix + (prefix.endsWith("b") ? spelled[0]?.toUpperCase() + spelled.slice(1) : spelled);
          expect(isSecretKeyName(key), key).toBe(true);
          expect(
            SECRET_KEY_KEYWORDS.some((k) => key.toLowerCase().includes(k)),
            `${key} contains a keyword`,
          ).toBe(true);
        }
      }
    }
  });

  it("has lower-case keywords", () => {
    expect(SECRET_KEY_KEYWORDS.every((k) => k === k.toLowerCase())).toBe(true);
    expect(genericAssignment.keywords).toBe(SECRET_KEY_KEYWORDS);
    expect(genericUrlPassword.keywords).toEqual(["://"]);
  });
});

describe("isWordy", () => {
  it.each([
    "dbPassword",
    "DB_PASSWORD",
    "process.env.API_KEY",
    "config.secret",
    "auth.password.label",
    "(optional)",
    "Not-Set!",
    "Summer2024!",
    "apiKeyV2",
    "z.string",
  ])("%s is made of words", (value) => {
    expect(isWordy(value)).toBe(true);
  });

  it.each(["xRSd9TIom6b8", "XK9MQ2VL7PR4", "kXqPmZrTvBnW", "a8f3k2m9x7q1", "Np3x-Wq7z-Lk2m", "Passw0rd!"])(
    "%s is not",
    (value) => {
      expect(isWordy(value)).toBe(false);
    },
  );
});

describe("isAssignedSecret", () => {
  it("rejects a bare value followed by a call or a subscript", () => {
    expect(isAssignedSecret("xRSd9TIom6b8", { bare: true })).toBe(true);
    expect(isAssignedSecret("xRSd9TIom6b8", { bare: true, next: "(" })).toBe(false);
    expect(isAssignedSecret("xRSd9TIom6b8", { bare: true, next: "[" })).toBe(false);
    expect(isAssignedSecret("xRSd9TIom6b8", { bare: false, next: "(" })).toBe(true);
  });

  it("rejects what starts like shell, YAML or template syntax only when bare", () => {
    expect(isAssignedSecret("*xRSd9TIom6b8", { bare: true })).toBe(false);
    expect(isAssignedSecret("*xRSd9TIom6b8", { bare: false })).toBe(true);
  });

  it.each([
    "sha512-RdJUflcE3cUzKiMqQgsCu06FPu9UdIJO0beYbPhHN4k6apgJtifcoCtT9bcxOpYBtpD2kCM6Sbzg4CausW/PKQ==",
    "sha256:525a8e43040df96f2c8c3b99abf546d741b43b67b2af7dd63b4fc117cd428cb8",
    "$2y$10$8xwD8k5GVC4mSLqSbalVde.J-kCsYqWnKfpAtHh5smsieGOfKYOtu",
    "pbkdf2_sha256$600000$Qm7t2Rz9Lx4w$h7Rk2pQz9XvBwnigotcKwsVaRyJxtAMgDJ3z=",
    "arn:aws:ssm:eu-west-1:123456789012:parameter/prod/db",
    "projects/billing-prod/secrets/db-password/versions/3",
    "op://Engineering/Postgres/password",
    "C:\\secrets\\token.txt",
    "~/.config/app/token",
    "../keys/id_ed25519.pem",
    "wnigotcKwsVaRyJxtAMgDJ3z wnigotcKwsVaRyJxtAMgDJ3z",
  ])("rejects %s", (value) => {
    expect(isAssignedSecret(value, { bare: false })).toBe(false);
  });
});

describe("secret/generic-assignment in whole files", () => {
  it("reports each value, and only the value, in a .env file", async () => {
    const source = text(
      "# local settings",
      "NODE_ENV=production",
      "DB_HOST=db.internal",
      "DB_PASSWORD=xRSd9TIom6b8",
      `DB_USER=${interpolation("USER")}`,
      'export API_TOKEN="rFql40ZD8vSY8ppW-c7e"',
      "PASSWORD_MIN_LENGTH=12",
      "SESSION_SECRET=changeme",
      "JWT_SECRET='V8a4BTLHeGP6-Ztt' # rotated monthly",
    );
    expect(await secrets(".env", source)).toEqual([
      ["secret/generic-assignment", "xRSd9TIom6b8", 4],
      ["secret/generic-assignment", "rFql40ZD8vSY8ppW-c7e", 6],
      ["secret/generic-assignment", "V8a4BTLHeGP6-Ztt", 9],
    ]);
  });

  it("reads YAML (docker compose, Kubernetes, CI) without reporting references or expressions", async () => {
    const source = text(
      "services:",
      "  db:",
      "    image: postgres:16",
      "    environment:",
      "      POSTGRES_PASSWORD: postgres",
      "      POSTGRES_USER: app",
      "  api:",
      "    environment:",
      "      - API_KEY=wnigotcKwsVaRyJxtAMgDJ3z",
      `      - DB_PASSWORD=${interpolation("DB_PASSWORD")}`,
      "    secrets:",
      "      - db_password",
      "jobs:",
      "  publish:",
      "    steps:",
      "      - uses: actions/setup-node@v4",
      "        with:",
      `          token: \${{ secrets.NPM_TOKEN }}`,
      "---",
      "apiVersion: v1",
      "kind: Secret",
      "data:",
      "  password: bWZhM2xRR0hyRkNvQ0o3Tm83b2M4S2lx",
      "  username: YWRtaW4=",
    );
    expect(await secrets("docker-compose.yml", source)).toEqual([
      ["secret/generic-assignment", "wnigotcKwsVaRyJxtAMgDJ3z", 9],
      ["secret/generic-assignment", "bWZhM2xRR0hyRkNvQ0o3Tm83b2M4S2lx", 23],
    ]);
  });

  it("reads TypeScript without reporting types, variables, calls or comparisons", async () => {
    const source = text(
      "interface Options { apiKey?: string; password: string; token: string | undefined }",
      "export function connect(password: string, apiKey = process.env.API_KEY ?? '') {",
      "  const token = getToken(password);",
      "  if (token === 'Gh5Jk7Lm9Np2Qr4S') throw new Error('revoked');",
      "  const headers = { authToken: token, secret: config.secret };",
      "  const fallbackToken = 'Zk3mW8qT5vX2rL9p';",
      "  return client({ password, apiKey, secretKey: secrets.get('signing') });",
      "}",
    );
    expect(await secrets("src/connect.ts", source)).toEqual([
      ["secret/generic-assignment", "Zk3mW8qT5vX2rL9p", 6],
    ]);
  });

  it("reads Python, TOML, properties and XML", async () => {
    expect(
      await secrets(
        "settings.py",
        text(
          'SECRET_KEY = "Lp9Ko8Ij7Uh6Yg5T-Wq2Er4Ty6Ui8Op0A"',
          'DATABASES = {"default": {"PASSWORD": os.environ["DB_PASSWORD"]}}',
          'api_key: str = os.getenv("API_KEY", "")',
          'os.environ["STRIPE_TOKEN"] = "F4gH8jK2lP9qR3tW"',
        ),
      ),
    ).toEqual([
      ["secret/generic-assignment", "Lp9Ko8Ij7Uh6Yg5T-Wq2Er4Ty6Ui8Op0A", 1],
      ["secret/generic-assignment", "F4gH8jK2lP9qR3tW", 4],
    ]);
    expect(
      await secrets(
        "config.toml",
        text("[database]", 'password = "h7Rk2pQz9XvB"', "password_file = '/run/secrets/db'", "auth = true"),
      ),
    ).toEqual([["secret/generic-assignment", "h7Rk2pQz9XvB", 2]]);
    expect(
      await secrets(
        "application.properties",
        text(
          "spring.datasource.url=jdbc:postgresql://db.internal:5432/app",
          "spring.datasource.password=2h4TpCApoqnbPBbD",
          `spring.mail.password=${interpolation("MAIL_PASSWORD")}`,
        ),
      ),
    ).toEqual([["secret/generic-assignment", "2h4TpCApoqnbPBbD", 2]]);
    expect(
      await secrets(
        "settings.xml",
        text(
          "<server>",
          "  <id>internal</id>",
          "  <username>deployer</username>",
          "  <password>Mn8Bv6Cx4Zl2Kj0H</password>",
          `  <privateKey>${interpolation("user.home")}/.ssh/id_ed25519</privateKey>`,
          "</server>",
        ),
      ),
    ).toEqual([["secret/generic-assignment", "Mn8Bv6Cx4Zl2Kj0H", 4]]);
  });

  it("reports several secrets on one line", async () => {
    expect(
      await secrets(
        "query.txt",
        "GET /v1/items?api_key=Yt7Ui9Op2As4Df6G&access_token=Qw8Er4Ty1UVb6Nm2&page=2",
      ),
    ).toEqual([
      ["secret/generic-assignment", "Yt7Ui9Op2As4Df6G", 1],
      ["secret/generic-assignment", "Qw8Er4Ty1UVb6Nm2", 1],
    ]);
  });

  it("starts a key only at the start of a name, and never inside the previous assignment", async () => {
    // A key inside a value that is not an assignment of its own is still read.
    expect(await secrets("a.txt", 'note="token=Zk3mW8qT5vX2rL9p"')).toEqual([
      ["secret/generic-assignment", "Zk3mW8qT5vX2rL9p", 1],
    ]);
    // A key inside the value of a secret-named key is not: that value was the assignment.
    expect(await secrets("a.txt", 'password="Qm7 token=Zk3mW8qT5vX2rL9p"')).toEqual([]);
    // A secret word inside a name does not start a key there.
    expect(await secrets("a.txt", "my.db-password_token.x=Qm7t2Rz9Lx4w")).toEqual([]);
    expect(await secrets("a.txt", "a.password.b token=Zk3mW8qT5vX2rL9p")).toEqual([
      ["secret/generic-assignment", "Zk3mW8qT5vX2rL9p", 1],
    ]);
  });

  it("never matches lockfiles", async () => {
    const npm = text(
      "{",
      '  "name": "app",',
      '  "lockfileVersion": 3,',
      '  "packages": {',
      '    "node_modules/js-tokens": {',
      '      "version": "4.0.0",',
      '      "resolved": "https://registry.npmjs.org/js-tokens/-/js-tokens-4.0.0.tgz",',
      '      "integrity": "sha512-RdJUflcE3cUzKiMqQgsCu06FPu9UdIJO0beYbPhHN4k6apgJtifcoCtT9bcxOpYBtpD2kCM6Sbzg4CausW/PKQ=="',
      "    },",
      '    "node_modules/@auth/core": {',
      '      "version": "0.37.2",',
      '      "resolved": "https://registry.npmjs.org/@auth/core/-/core-0.37.2.tgz",',
      '      "integrity": "sha512-V8a4BTLHeGP6Ztt8xwD8k5GVC4mSLqSbalVJkCsYqWnKfpAtHh5smsieGOfKYOtuyc68YHhtjiAOnjA==",',
      '      "dependencies": { "oauth4webapi": "^3.1.1", "secret-handshake": "1.1.0", "token-types": "^5.0.1" }',
      "    }",
      "  }",
      "}",
    );
    const yarn = text(
      '"@auth/core@^0.37.2":',
      '  version "0.37.2"',
      '  resolved "https://registry.yarnpkg.com/@auth/core/-/core-0.37.2.tgz#d92b50de74afcd428cb8dc270550c828649e255f"',
      "  integrity sha512-V8a4BTLHeGP6Ztt8xwD8k5GVC4mSLqSbalVJkCsYqWnKfpAtHh5smsieGOfKYOtuyc68YHhtjiAOnjA==",
      "  dependencies:",
      '    token-types "^5.0.1"',
      "",
      "token-types@^5.0.1:",
      '  resolved "https://registry.yarnpkg.com/token-types/-/token-types-5.0.1.tgz#aa9d9e6b23c420a675e55413b180635b86a093b4"',
    );
    const pnpm = text(
      "packages:",
      "  /js-tokens@4.0.0:",
      "    resolution: {integrity: sha512-RdJUflcE3cUzKiMqQgsCu06FPu9UdIJO0beYbPhHN4k6apgJtifcoCtT9bcxOpYBtpD2kCM6Sbzg4CausW/PKQ==}",
      "  /secret-handshake@1.1.0:",
      "    resolution: {integrity: sha512-V8a4BTLHeGP6Ztt8xwD8k5GVC4mSLqSbalVJkCsYqWnKfpAtHh5smsieGOfKYOtuyc68YHhtjiAOnjA==}",
    );
    expect(await secrets("package-lock.json", npm)).toEqual([]);
    expect(await secrets("yarn.lock", yarn)).toEqual([]);
    expect(await secrets("pnpm-lock.yaml", pnpm)).toEqual([]);
  });
});

describe("secret/generic-url-password in whole files", () => {
  it("reports the password only, decoded for the check but as written in the file", async () => {
    const source = text(
      "DATABASE_URL=postgres://app:h7Rk2pQz9XvB%21@db.internal:5432/app",
      "REDIS_URL=redis://:Tz8qW2mLx5Rv@cache.internal:6379",
      "TEST_DATABASE_URL=postgres://postgres:postgres@localhost:5432/test",
      "DOCS_URL=https://user:Qm7t2Rz9Lx4w@example.com/",
    );
    expect(await secrets(".env", source)).toEqual([
      ["secret/generic-url-password", "h7Rk2pQz9XvB%21", 1],
      ["secret/generic-url-password", "Tz8qW2mLx5Rv", 2],
    ]);
  });

  it("is the only generic rule that reports a URL under a secret-named key", async () => {
    expect(await secrets(".env", "DB_PASSWORD=postgres://app:Qm7t2Rz9Lx4w@db.internal/app")).toEqual([
      ["secret/generic-url-password", "Qm7t2Rz9Lx4w", 1],
    ]);
  });
});

import { finderRule, type Range } from "../finder-rule.js";
import { isAssignedSecret } from "./value-shape.js";

/**
 * `scheme://user:password@host` anywhere (connection strings, remotes, registry URLs), in any
 * file: the password is the secret, whatever the key or the syntax around it. User and password
 * stop at the characters that end a URL's user information or a URL in text.
 */
const URL_WITH_PASSWORD =
  /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*:\/\/(?<user>[^\s:/?#@"'`<>]*):(?<password>[^\s/?#@"'`<>]+)@(?<host>[^\s/?#@"'`<>]+)/dg;

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function* findUrlPasswords(text: string): Generator<Range> {
  for (const m of text.matchAll(URL_WITH_PASSWORD)) {
    const span = m.indices?.groups?.password;
    const host = m.groups?.host ?? "";
    if (!span || !m.groups?.password) continue;
    // Documentation hosts (RFC 2606: example.com, *.example, …) are never real.
    if (/(?:^|\.)example(?:\.|$|:)/i.test(host)) continue;
    if (!isAssignedSecret(decode(m.groups.password), { bare: false })) continue;
    yield [span[0], span[1]];
  }
}

export const genericUrlPassword = finderRule({
  id: "secret/generic-url-password",
  title: "password in a URL",
  description: `A URL with a password in its user information (scheme://user:password@host): connection strings, git remotes, registry URLs. The password must look generated: placeholders (<password>, \${DB_PASSWORD}), words (postgres, guest) and example hosts are left alone.`,
  fix: "Take the password out of the URL: build the URL at run time from a secret (an environment variable or a secret store), and rotate the password.",
  severity: "error",
  keywords: ["://"],
  find: findUrlPasswords,
  samples: {
    positive: [
      "DATABASE_URL=postgres://app:«Qm7t2Rz9Lx4w»@db.internal:5432/app",
      "url: mongodb+srv://admin:«Vb6Nm2Qw8Er4Ty1U»@cluster0.a1b2c.mongodb.net/prod?retryWrites=true",
      'const redis = createClient({ url: "redis://:«Tz8qW2mLx5Rv»@cache.internal:6379/0" });',
      "git remote add origin https://deploy:«Lp9Ko8Ij7Uh6Yg5T»@git.internal.corp/team/app.git",
      "amqps://worker:«h7Rk2pQz9XvB%21»@mq.internal/vhost",
      "jdbc:mysql://root:«F4gH8jK2lP9qR3tW»@10.0.3.7:3306/orders",
      "proxy=http://svc-build:«Np3x-Wq7z-Lk2m»@proxy.corp.internal:3128",
    ],
    negative: [
      "DATABASE_URL=postgres://user:password@localhost:5432/app",
      "DATABASE_URL=postgres://postgres:postgres@localhost/app",
      "amqp://guest:guest@localhost:5672",
      "mongodb+srv://admin:<password>@cluster0.a1b2c.mongodb.net/prod",
      `postgres://app:\${DB_PASSWORD}@db.internal/app`,
      `postgres://\${DB_USER}:\${DB_PASS}@\${DB_HOST}/app`,
      "redis://:%REDIS_PASSWORD%@cache:6379",
      "https://user:Qm7t2Rz9Lx4w@example.com/repo.git",
      "https://deploy:Lp9Ko8Ij7Uh6Yg5T@git.example.org/team/app.git",
      "postgres://app:changeme@db.internal/app",
      "postgres://app:xxxxxxxxxxxx@db.internal/app",
      "https://registry.npmjs.org/@auth/core/-/core-0.37.2.tgz",
      "git@github.com:envguard/envguard.git",
      "ssh://git@github.com:22/envguard/envguard.git",
      "https://db.internal:5432/app",
      "http://[::1]:8080/health",
      "postgres://app:dbPassword@db.internal/app",
    ],
  },
});

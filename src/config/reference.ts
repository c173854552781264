/** A pointer to a secret held elsewhere: the only form a secret may take in a committed file. */
export type SecretReference =
  | { scheme: "env"; variable: string }
  | { scheme: "file"; path: string }
  | { scheme: "vault"; mount: string; path: string; field: string }
  | { scheme: "aws-sm"; secretId: string; field?: string; versionStage?: string };

export type ReferenceParse = { ok: true; reference: SecretReference } | { ok: false; problem: string };

const SCHEMES = /^(env|file|vault|aws-sm):\/\//;
const INTERPOLATION = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** True when the value claims to be a reference, well-formed or not. */
export function looksLikeReference(value: unknown): value is string {
  return typeof value === "string" && (SCHEMES.test(value) || INTERPOLATION.test(value));
}

/**
 * Parses `env://NAME`, `${NAME}`, `file:///path`, `vault://mount/path#field`,
 * `aws-sm://secret-id[#field][?versionStage=STAGE]`. Returns undefined for a plain value.
 * Problems describe the syntax only; they never repeat the value.
 */
export function parseReference(value: unknown): ReferenceParse | undefined {
  if (!looksLikeReference(value)) return undefined;
  const interpolated = INTERPOLATION.exec(value);
  if (interpolated) return { ok: true, reference: { scheme: "env", variable: interpolated[1] as string } };
  const scheme = SCHEMES.exec(value)?.[1];
  const rest = value.slice((scheme?.length ?? 0) + 3);
  if (/\s/.test(rest))
    return {
      ok: false,
      problem: `${scheme === "env" || scheme === "aws-sm" ? "an" : "a"} ${scheme}:// reference cannot contain white space`,
    };
  switch (scheme) {
    case "env":
      return VARIABLE.test(rest)
        ? { ok: true, reference: { scheme: "env", variable: rest } }
        : { ok: false, problem: "env:// must be followed by a variable name such as env://DATABASE_URL" };
    case "file":
      return rest.length > 0 && rest !== "/"
        ? { ok: true, reference: { scheme: "file", path: rest } }
        : {
            ok: false,
            problem: "file:// must be followed by a path such as file:///run/secrets/db_password",
          };
    case "vault": {
      const [location = "", field, extra] = rest.split("#");
      const slash = location.indexOf("/");
      const mount = location.slice(0, slash);
      const path = location.slice(slash + 1).replace(/\/+$/, "");
      if (slash <= 0 || path === "" || extra !== undefined || !field) {
        return { ok: false, problem: "a vault reference has the form vault://<mount>/<path>#<field>" };
      }
      return { ok: true, reference: { scheme: "vault", mount, path, field } };
    }
    default: {
      const [main = "", query] = rest.split("?");
      const [secretId = "", field, extra] = main.split("#");
      const stage = query === undefined ? undefined : /^versionStage=([A-Za-z0-9_-]+)$/.exec(query)?.[1];
      if (
        !/^[A-Za-z0-9/_+=.@:-]+$/.test(secretId) ||
        extra !== undefined ||
        field === "" ||
        (query && !stage)
      ) {
        return {
          ok: false,
          problem:
            "an aws-sm reference has the form aws-sm://<secret-id>[#<json-field>][?versionStage=<stage>]",
        };
      }
      const reference: SecretReference = { scheme: "aws-sm", secretId };
      if (field) reference.field = field;
      if (stage) reference.versionStage = stage;
      return { ok: true, reference };
    }
  }
}

/** How a reference is shown: references hold no secret, so they may be printed as written. */
export function describeReference(ref: SecretReference): string {
  switch (ref.scheme) {
    case "env":
      return `env://${ref.variable}`;
    case "file":
      return `file://${ref.path}`;
    case "vault":
      return `vault://${ref.mount}/${ref.path}#${ref.field}`;
    case "aws-sm":
      return `aws-sm://${ref.secretId}${ref.field ? `#${ref.field}` : ""}${ref.versionStage ? `?versionStage=${ref.versionStage}` : ""}`;
  }
}

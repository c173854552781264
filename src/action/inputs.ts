/** What the workflow asked for. Defaults live here, not in action.yml, so `.envguard.yml` is never overridden by an empty input. */
export interface ActionInputs {
  mode: "pr" | "check" | "scan" | "history" | "verify";
  /** Environments to check; undefined: the policy's. */
  environments: string[] | undefined;
  /** The policy file, relative to the workspace; undefined: `.envguard.yml`. */
  config: string | undefined;
  failOn: "error" | "warning" | "never";
  /** Where to write SARIF; undefined: `$RUNNER_TEMP/envguard.sarif`. */
  sarifFile: string | undefined;
  comment: "off" | "on-failure" | "always";
  token: string | undefined;
  base: string | undefined;
  head: string | undefined;
  /** Scan every commit of the change, not only the final diff (a key added then removed stays in history). */
  scanCommits: boolean;
  /** The project folder inside the workspace (a monorepo's package); default the workspace. */
  workingDirectory: string | undefined;
}

/** A bad input: the run cannot start (exit 2), and the message says which input and what is allowed. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === "") return fallback;
  const v = value.toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new InputError(`input ${name} is "${value}"; use one of: ${allowed.join(", ")}.`);
}

function booleanInput(name: string, value: string): boolean {
  if (value === "") return false;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new InputError(`input ${name} is "${value}"; use true or false.`);
}

/** A list input: comma- or newline-separated, blanks dropped; undefined when empty. */
function listInput(value: string): string[] | undefined {
  const items = value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  return items.length > 0 ? items : undefined;
}

const optional = (value: string) => (value.trim() === "" ? undefined : value.trim());

const REVISION = /^[A-Za-z0-9][A-Za-z0-9._/@^~-]*$/;

/** Reads and validates every input; `read(name)` returns the raw value ("" when unset). */
export function parseInputs(read: (name: string) => string): ActionInputs {
  const base = optional(read("base"));
  const head = optional(read("head"));
  for (const [name, rev] of [
    ["base", base],
    ["head", head],
  ] as const) {
    if (rev !== undefined && (!REVISION.test(rev) || rev.includes(".."))) {
      throw new InputError(`input ${name} is not a commit or branch name; give a sha or a ref such as main.`);
    }
  }
  const mode = oneOf("mode", read("mode").trim(), ["pr", "check", "scan", "history", "verify"], "pr");
  const environments = listInput(read("environments"));
  if (mode === "verify" && environments?.length !== 1) {
    throw new InputError(
      `mode verify checks the one environment this job deploys: set input environments to exactly one name (it ${environments ? `names ${environments.length}` : "is empty"}).`,
    );
  }
  return {
    mode,
    environments,
    config: optional(read("config")),
    failOn: oneOf("fail-on", read("fail-on").trim(), ["error", "warning", "never"], "error"),
    sarifFile: optional(read("sarif-file")),
    comment: oneOf("comment", read("comment").trim(), ["off", "on-failure", "always"], "off"),
    token: optional(read("token")),
    base,
    head,
    scanCommits: booleanInput("scan-commits", read("scan-commits").trim()),
    workingDirectory: optional(read("working-directory")),
  };
}

/**
 * The policy file's own schema: a typo in `.envguard.yml` is reported at its line. Plain data with
 * no imports: `scripts/gen-policy-validator.mjs` compiles it ahead of time, so reading a policy
 * never loads ajv (the pre-commit hook stays fast).
 */
const NAME = { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" };
const PATH = { type: "string", minLength: 1 };
const LIST_OF = (item: object) => ({ type: "array", items: item, uniqueItems: true });

export const POLICY_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    environments: { ...LIST_OF(NAME), minItems: 1 },
    production: LIST_OF(NAME),
    schema: PATH,
    configDir: PATH,
    envPrefix: { type: "string", pattern: "^[A-Za-z0-9_]*$" },
    dotenv: {
      type: "object",
      additionalProperties: false,
      properties: { files: LIST_OF(PATH), environments: LIST_OF(NAME) },
    },
    examples: {
      type: "object",
      additionalProperties: false,
      properties: { dotenv: PATH, config: PATH },
    },
    rules: {
      type: "object",
      propertyNames: { type: "string", pattern: "^[a-z]+/[a-z0-9-]+$" },
      additionalProperties: { type: "string", enum: ["error", "warning", "note", "off"] },
    },
    productionRules: {
      type: "object",
      additionalProperties: false,
      properties: {
        internalHosts: LIST_OF({ type: "string", minLength: 1 }),
        debugLevels: LIST_OF({ type: "string", minLength: 1 }),
        logLevelKeys: LIST_OF({ type: "string", minLength: 1 }),
      },
    },
    scan: {
      type: "object",
      additionalProperties: false,
      properties: {
        ignorePaths: LIST_OF({ type: "string", minLength: 1 }),
        maxFileSize: { type: "integer", minimum: 1 },
        allowedDotenvSuffixes: LIST_OF({ type: "string", pattern: "^[A-Za-z0-9_-]+$" }),
        baseline: PATH,
        lockfiles: { type: "boolean" },
      },
    },
  },
} as const;

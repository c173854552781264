import { describe, expect, it } from "vitest";
import { checkConfigExample, checkDotenvExample } from "../../src/checks/examples.js";
import { parseDotenv } from "../../src/config/dotenv.js";
import { bom, configDoc, crlf, interpolation, placeOf, schemaFrom, text } from "../helpers/config-inputs.js";

// Random-looking values made up for these tests; none is a real credential.
const TOKEN = "ghp_8f3Kd92LmQxZ7vB1nR4tY6wE0aS5uJcH2pXo";
const RANDOM = "Zx81Qp0LmN7vB2cX4kJ9tR5e";
const STRIPE = "sk_live_51HqLyjWDarjtT1zdp7dcXa9Y";

const schema = schemaFrom({
  type: "object",
  properties: {
    port: { type: "integer" },
    region: { type: "string" },
    database: {
      type: "object",
      properties: {
        url: { type: "string", "x-env": "DATABASE_URL" },
        password: { type: "string", "x-secret": true },
      },
    },
    stripeKey: { type: "string", "x-secret": true },
    apiToken: { type: "string", "x-secret": true },
    webhooks: { type: "array", items: { type: "string" } },
  },
});

const example = (source: string, file = ".env.example") => ({ file, parsed: parseDotenv(source) });
const ALL_LISTED = text(
  "DATABASE_URL=postgres://user:password@localhost:5432/app",
  "DATABASE_PASSWORD=",
  "STRIPE_KEY=sk_test_xxx",
  "API_TOKEN=<your-token>",
);

describe("checkDotenvExample: real secrets", () => {
  it("flags a real-looking token at its value, masked", () => {
    const findings = checkDotenvExample(
      example(ALL_LISTED.replace("API_TOKEN=<your-token>", `# from the dashboard\nAPI_TOKEN=${TOKEN}`)),
      schema,
    );
    expect(findings.map(placeOf)).toEqual([["examples/real-secret", "error", ".env.example", 5, 11]]);
    expect(findings[0]?.key).toBe("API_TOKEN");
    expect(findings[0]?.match).toBe("ghp_…2pXo (40 chars)");
    expect(findings[0]?.message).toBe(
      ".env.example holds what looks like a real credential for API_TOKEN, not a placeholder.",
    );
    expect(JSON.stringify(findings)).not.toContain(TOKEN);
  });

  it("flags a real-looking quoted value in a CRLF file with a BOM at the opening quote", () => {
    const findings = checkDotenvExample(example(bom(crlf(`${ALL_LISTED}REGION="${RANDOM}"\n`))), schema);
    expect(findings.map(placeOf)).toEqual([["examples/real-secret", "error", ".env.example", 5, 8]]);
    expect(findings[0]?.match).toBe("Zx…5e (24 chars)");
    expect(JSON.stringify(findings)).not.toContain(RANDOM);
  });

  it("flags a real password inside a URL", () => {
    const findings = checkDotenvExample(
      example(ALL_LISTED.replace("user:password@", "admin:Xk9mQ2vL7pR4wZ@")),
      schema,
    );
    expect(findings.map((f) => [f.rule, f.line, f.key])).toEqual([
      ["examples/real-secret", 1, "DATABASE_URL"],
    ]);
    expect(JSON.stringify(findings)).not.toContain("Xk9mQ2vL7pR4wZ");
  });

  it(`accepts placeholders: user:password@localhost, sk_test_xxx, <your-token>, \${VAR}, changeme, empty`, () => {
    const findings = checkDotenvExample(
      example(
        text(
          "DATABASE_URL=postgres://user:password@localhost:5432/app",
          "DATABASE_PASSWORD=changeme",
          "STRIPE_KEY=sk_test_xxx",
          `API_TOKEN=${interpolation("API_TOKEN")}`,
          "REGION=<your-region>",
          "PORT=",
          "WEBHOOKS=user:password@localhost",
          "NODE_ENV=development",
          "ENVGUARD_ENV=local",
        ),
      ),
      schema,
    );
    expect(findings).toEqual([]);
  });

  it("accepts references", () => {
    const findings = checkDotenvExample(
      example(ALL_LISTED.replace("API_TOKEN=<your-token>", "API_TOKEN=vault://kv/app#token")),
      schema,
    );
    expect(findings).toEqual([]);
  });
});

describe("checkDotenvExample: the variables it lists", () => {
  it("reports each run-time variable it does not list", () => {
    const findings = checkDotenvExample(example("DATABASE_URL=\n"), schema);
    expect(findings.map(placeOf)).toEqual([
      ["examples/missing-variable", "error", ".env.example", undefined, undefined],
      ["examples/missing-variable", "error", ".env.example", undefined, undefined],
      ["examples/missing-variable", "error", ".env.example", undefined, undefined],
    ]);
    expect(findings.map((f) => f.key)).toEqual(["DATABASE_PASSWORD", "STRIPE_KEY", "API_TOKEN"]);
    expect(findings[0]?.message).toBe(
      ".env.example does not list DATABASE_PASSWORD, which database.password reads at run time (a secret).",
    );
    expect(findings[0]?.fix).toBe("Add the line DATABASE_PASSWORD= to .env.example.");
  });

  it("warns once about a variable the schema does not know, at its line, with a suggestion", () => {
    const findings = checkDotenvExample(
      example(`${ALL_LISTED}DATABASE_URLL=x\nUNRELATED=1\nDATABASE_URLL=y\n`),
      schema,
    );
    expect(findings.map(placeOf)).toEqual([
      ["examples/syntax", "warning", ".env.example", 7, 1],
      ["examples/unknown-variable", "warning", ".env.example", 5, 1],
      ["examples/unknown-variable", "warning", ".env.example", 6, 1],
    ]);
    expect(findings.map((f) => f.message).slice(1)).toEqual([
      ".env.example lists DATABASE_URLL, which sets no key in the schema (did you mean DATABASE_URL?).",
      ".env.example lists UNRELATED, which sets no key in the schema.",
    ]);
    // The repeated line is dotenv's business: a syntax warning, not a second unknown variable.
    expect(findings[0]?.message).toContain("DATABASE_URLL");
  });

  it("passes an example that lists exactly the run-time variables", () => {
    expect(checkDotenvExample(example(ALL_LISTED), schema)).toEqual([]);
  });

  it("warns when there is no example but variables must be set at run time", () => {
    const findings = checkDotenvExample(undefined, schema);
    expect(findings.map(placeOf)).toEqual([
      ["examples/missing-file", "warning", ".env.example", undefined, undefined],
    ]);
    expect(findings[0]?.fix).toBe(
      "Create .env.example with empty or placeholder values for: DATABASE_URL, DATABASE_PASSWORD, STRIPE_KEY, API_TOKEN.",
    );
  });

  it("needs no example when nothing is supplied at run time", () => {
    expect(
      checkDotenvExample(undefined, schemaFrom({ type: "object", properties: { a: { type: "string" } } })),
    ).toEqual([]);
  });

  it("reports lines dotenv would ignore as syntax warnings", () => {
    const findings = checkDotenvExample(example(`${ALL_LISTED}not an assignment\n`), schema);
    expect(findings.map(placeOf)).toEqual([["examples/syntax", "warning", ".env.example", 5, 1]]);
  });
});

describe("checkConfigExample", () => {
  it("flags real-looking secrets at their values, masked, in JSON", () => {
    const doc = configDoc(
      "config/example.json",
      text(
        "{",
        '  "database": {',
        '    "url": "postgres://user:password@localhost:5432/app",',
        '    "password": "<your-password>"',
        "  },",
        `  "stripeKey": "${STRIPE}",`,
        `  "webhooks": ["https://hooks.example.com/a", "${RANDOM}"]`,
        "}",
      ),
    );
    const findings = checkConfigExample(doc, schema);
    expect(findings.map(placeOf)).toEqual([
      ["examples/real-secret", "error", "config/example.json", 6, 16],
      ["examples/real-secret", "error", "config/example.json", 7, 47],
    ]);
    expect(findings.map((f) => [f.key, f.match])).toEqual([
      ["stripeKey", "sk_…a9Y (33 chars)"],
      ["webhooks[1]", "Zx…5e (24 chars)"],
    ]);
    expect(JSON.stringify(findings)).not.toContain(STRIPE);
  });

  it("flags a secret-named key in YAML with CRLF", () => {
    const doc = configDoc(
      "config/example.yaml",
      crlf(text("extra:", "  authToken: Xk9mQ2vL7pR4", "  name: Xk9mQ2vL7pR4")),
    );
    expect(checkConfigExample(doc, schema).map(placeOf)).toEqual([
      ["examples/real-secret", "error", "config/example.yaml", 2, 14],
    ]);
  });

  it("accepts placeholders and references", () => {
    const doc = configDoc(
      "config/example.yaml",
      text(
        "database:",
        "  url: postgres://user:password@localhost/app",
        "  password: changeme",
        "stripeKey: sk_test_xxx",
        `apiToken: ${interpolation("API_TOKEN")}`,
        "region: vault://kv/app#region",
        "webhooks: ['', '<your-webhook>']",
        "port: 8080",
      ),
    );
    expect(checkConfigExample(doc, schema)).toEqual([]);
  });

  it("passes its parse problems through and checks nothing else in a broken file", () => {
    const findings = checkConfigExample(
      configDoc("config/example.json", `{"stripeKey": "${TOKEN}",}`),
      schema,
    );
    expect(findings.map(placeOf)).toEqual([["config/parse", "error", "config/example.json", 1, 57]]);
  });

  it("passes an empty file's warning through", () => {
    expect(checkConfigExample(configDoc("config/example.json", ""), schema).map(placeOf)).toEqual([
      ["config/empty-file", "warning", "config/example.json", 1, 1],
    ]);
  });

  it("checks nothing when there is no example", () => {
    expect(checkConfigExample(undefined, schema)).toEqual([]);
  });
});

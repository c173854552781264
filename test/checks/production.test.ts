import { describe, expect, it } from "vitest";
import { checkProductionRules } from "../../src/checks/production.js";
import type { Policy } from "../../src/config/policy.js";
import { resolveEnvironment } from "../../src/config/resolve.js";
import { configDoc, crlf, placeOf, policyWith, schemaFrom, text } from "../helpers/config-inputs.js";

const schema = schemaFrom({
  type: "object",
  properties: {
    apiUrl: { type: "string" },
    cacheUrl: { type: "string" },
    dbHost: { type: "string" },
    level: { type: "string" },
    port: { type: "integer" },
    log: { type: "object", properties: { level: { type: "string" }, logLevel: { type: "string" } } },
    upstreams: { type: "array", items: { type: "string" } },
    metricsUrl: { type: "string", "x-env": "METRICS_URL" },
  },
});

function check(
  file: string,
  source: string,
  options: { policy?: Policy; environ?: Record<string, string> } = {},
) {
  const policy = options.policy ?? policyWith();
  const resolution = resolveEnvironment(
    schema,
    policy,
    { environment: "production", environmentFile: configDoc(file, source), environ: options.environ },
    { mode: options.environ ? "runtime" : "committed" },
  );
  return checkProductionRules(resolution, policy);
}

describe("checkProductionRules: true positives", () => {
  it("reports loopback hosts, plain http to public hosts and debug logging where they are set (YAML, CRLF)", () => {
    const findings = check(
      "config/production.yaml",
      crlf(
        text(
          "apiUrl: http://api.example.com/v1",
          "cacheUrl: redis://127.0.0.1:6379",
          "dbHost: localhost:5432",
          "log:",
          "  level: DEBUG",
          "upstreams:",
          "  - https://[::1]:8443",
        ),
      ),
    );
    expect(findings.map(placeOf)).toEqual([
      ["production/insecure-url", "warning", "config/production.yaml", 1, 1],
      ["production/localhost", "warning", "config/production.yaml", 2, 1],
      ["production/localhost", "warning", "config/production.yaml", 3, 1],
      ["production/debug-log", "warning", "config/production.yaml", 5, 3],
      ["production/localhost", "warning", "config/production.yaml", 7, 5],
    ]);
    expect(findings.map((f) => [f.key, f.environment])).toEqual([
      ["apiUrl", "production"],
      ["cacheUrl", "production"],
      ["dbHost", "production"],
      ["log.level", "production"],
      ["upstreams[0]", "production"],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      "apiUrl uses plain http:// to a public host in production.",
      "cacheUrl points at a loopback host in production; nothing listens there in a deployed service.",
      "dbHost points at a loopback host in production; nothing listens there in a deployed service.",
      "log.level turns on debug logging in production; it is slow and may log secrets.",
      "upstreams[0] points at a loopback host in production; nothing listens there in a deployed service.",
    ]);
  });

  it("reports in JSON at the key's line", () => {
    const findings = check(
      "config/production.json",
      text(
        "{",
        '  "port": 80,',
        '  "log": {',
        '    "logLevel": "trace"',
        "  },",
        '  "level": "verbose"',
        "}",
      ),
    );
    expect(findings.map(placeOf)).toEqual([
      ["production/debug-log", "warning", "config/production.json", 4, 5],
      ["production/debug-log", "warning", "config/production.json", 6, 3],
    ]);
  });

  it("names the variable when the value came from the environment", () => {
    const findings = check("config/production.yaml", "apiUrl: https://api.example.com\n", {
      environ: { METRICS_URL: "http://0.0.0.0:9090/metrics" },
    });
    expect(findings.map(placeOf)).toEqual([
      ["production/localhost", "warning", undefined, undefined, undefined],
    ]);
    expect(findings[0]?.message).toBe(
      "metricsUrl points at a loopback host in production (set by METRICS_URL); nothing listens there in a deployed service.",
    );
  });
});

describe("checkProductionRules: near misses", () => {
  it("accepts https, internal and private hosts, and quiet log levels", () => {
    const findings = check(
      "config/production.yaml",
      text(
        "apiUrl: https://api.example.com",
        "cacheUrl: http://cache.internal:6379",
        "dbHost: db.prod.svc.cluster.local",
        "level: info",
        "log:",
        "  level: warn",
        "  logLevel: Info",
        "upstreams:",
        "  - http://10.0.3.4:8080",
        "  - http://172.16.0.9",
        "  - http://192.168.1.20",
        "  - http://billing",
        "  - https://localhost.example.com",
        "  - https://127.0.0.1.nip.io",
        "  - debug",
      ),
    );
    expect(findings).toEqual([]);
  });

  it("does not treat numbers, non-URLs and public look-alikes as findings", () => {
    const findings = check(
      "config/production.yaml",
      text("port: 8080", "apiUrl: 'http://'", "cacheUrl: http://172.32.0.1", "dbHost: 127.0.0.1.example.com"),
    );
    expect(findings.map((f) => [f.rule, f.key])).toEqual([["production/insecure-url", "cacheUrl"]]);
  });

  it("follows the policy's internal hosts, debug levels and level keys", () => {
    const base = policyWith();
    const policy = policyWith({
      productionRules: {
        internalHosts: ["*.corp.example"],
        debugLevels: ["chatty"],
        logLevelKeys: ["verbosity"],
      },
    });
    const source = text(
      "apiUrl: http://api.corp.example",
      "cacheUrl: http://corp.example",
      "level: debug",
      "log:",
      "  level: chatty",
    );
    expect(check("config/production.yaml", source, { policy: base }).map((f) => [f.rule, f.key])).toEqual([
      ["production/insecure-url", "apiUrl"],
      ["production/insecure-url", "cacheUrl"],
      ["production/debug-log", "level"],
    ]);
    // `*.corp.example` also covers corp.example itself; `level` is no longer a level key.
    expect(check("config/production.yaml", source, { policy })).toEqual([]);
  });
});

describe("checkProductionRules: bad input", () => {
  it("checks nothing when the production file did not parse", () => {
    expect(check("config/production.yaml", "apiUrl: [http://api.example.com\n")).toEqual([]);
  });
});

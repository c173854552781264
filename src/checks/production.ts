import type { KeyPath } from "../config/document.js";
import { dottedKey } from "../config/key-path.js";
import type { Policy } from "../config/policy.js";
import { forEachLeaf, type Resolution, type Source } from "../config/resolve.js";
import { type Finding, makeFinding } from "../report/finding.js";

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[?::1\]?|0\.0\.0\.0|\[?::\]?)$/i;
const BARE_LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1)(:\d+)?$/i;
const PRIVATE_IP =
  /^(10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+)$/;

function hostMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase();
  const p = pattern.toLowerCase();
  if (p.startsWith("*.")) return h.endsWith(p.slice(1)) || h === p.slice(2);
  return h === p;
}

function parseUrl(value: string): URL | undefined {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * Production rules over one production environment's resolved config: no loopback hosts, no
 * plain http to public hosts, no debug log level. Reported where the value was set.
 */
export function checkProductionRules(resolution: Resolution, policy: Policy): Finding[] {
  const { environment } = resolution;
  const rules = policy.productionRules;
  const findings: Finding[] = [];
  const placeOf = (path: KeyPath) => {
    const s: Source | undefined = resolution.sourceOf(path);
    return s && s.kind !== "env" ? { file: s.file, line: s.line, column: s.column } : {};
  };
  const via = (path: KeyPath) => {
    const s = resolution.sourceOf(path);
    return s?.kind === "env" || s?.kind === "dotenv" ? ` (set by ${s.variable})` : "";
  };
  const levelKeys = new Set(rules.logLevelKeys.map((k) => k.toLowerCase()));
  const debugLevels = new Set(rules.debugLevels.map((k) => k.toLowerCase()));

  forEachLeaf(resolution.config, [], (path, value) => {
    if (typeof value !== "string") return;
    const name = dottedKey(path);
    const url = parseUrl(value);
    const host = url ? url.hostname.replace(/^\[|\]$/g, "") : undefined;
    if ((url && host !== undefined && LOOPBACK.test(host)) || (!url && BARE_LOOPBACK.test(value.trim()))) {
      findings.push(
        makeFinding({
          rule: "production/localhost",
          severity: "warning",
          ...placeOf(path),
          environment,
          key: name,
          message: `${name} points at a loopback host in ${environment}${via(path)}; nothing listens there in a deployed service.`,
          fix: "Use the service's real host name for this environment.",
        }),
      );
      return;
    }
    if (url && url.protocol === "http:" && host !== undefined) {
      const internal =
        PRIVATE_IP.test(host) || !host.includes(".") || rules.internalHosts.some((p) => hostMatches(host, p));
      if (!internal) {
        findings.push(
          makeFinding({
            rule: "production/insecure-url",
            severity: "warning",
            ...placeOf(path),
            environment,
            key: name,
            message: `${name} uses plain http:// to a public host in ${environment}${via(path)}.`,
            fix: "Use https://, or list the host under productionRules.internalHosts in .envguard.yml if it is internal.",
          }),
        );
      }
      return;
    }
    const last = String(path[path.length - 1] ?? "").toLowerCase();
    if (levelKeys.has(last) && debugLevels.has(value.trim().toLowerCase())) {
      findings.push(
        makeFinding({
          rule: "production/debug-log",
          severity: "warning",
          ...placeOf(path),
          environment,
          key: name,
          message: `${name} turns on ${value.trim().toLowerCase()} logging in ${environment}${via(path)}; it is slow and may log secrets.`,
          fix: "Use info or warn in production.",
        }),
      );
    }
  });
  return findings;
}

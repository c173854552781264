import type { SecretLintRuleCreator, SecretLintSourceCode } from "@secretlint/types";
import { type RegexRuleSpec, regexRule } from "../regex-rule.js";
import type { EnvguardRule } from "../rule.js";

/** One shape of a provider's credential: a pattern (g flag) and its own last word. */
export interface Shape {
  pattern: RegExp;
  accept?: RegexRuleSpec["accept"];
  /**
   * A cheap test the text must pass before the pattern runs at all: a pattern that cannot start
   * with a literal costs a try at every position, so gate it on what its \`accept\` needs anyway.
   */
  requires?: RegExp;
}

export interface ShapesRuleSpec extends Omit<RegexRuleSpec, "pattern" | "accept"> {
  shapes: readonly Shape[];
}

/**
 * One rule for a provider whose credentials come in several shapes (a token and a URL, a key
 * and a connection string): each shape is a `regexRule` of its own, run in turn under one id.
 * Where two shapes report overlapping text the detector keeps one.
 */
export function shapesRule(spec: ShapesRuleSpec): EnvguardRule {
  const { shapes, ...meta } = spec;
  const parts = shapes.map(({ requires, ...shape }) => ({ requires, ...regexRule({ ...meta, ...shape }) }));
  const first = parts[0];
  if (!first) throw new Error(`${spec.id}: no shapes`);
  const rule: SecretLintRuleCreator = {
    messages: first.rule.messages,
    meta: first.rule.meta,
    create(context, options) {
      const handlers = parts.map((p) => ({ requires: p.requires, handler: p.rule.create(context, options) }));
      return {
        async file(source: SecretLintSourceCode) {
          // Shapes often share a test (twilio's three /twilio/i): each distinct one runs once per file.
          const passed = new Map<string, boolean>();
          for (const { requires, handler } of handlers) {
            if (requires && !passes(requires, source.content, passed)) continue;
            await handler.file?.(source);
          }
        },
      };
    },
  };
  return { ...first, rule };
}

/** `requires.test(text)`, remembered by pattern for one text (only for patterns without state). */
function passes(requires: RegExp, text: string, passed: Map<string, boolean>): boolean {
  if (requires.global || requires.sticky) return requires.test(text);
  const key = `${requires.flags}/${requires.source}`;
  let result = passed.get(key);
  if (result === undefined) {
    result = requires.test(text);
    passed.set(key, result);
  }
  return result;
}

/** Decodes base64 or base64url (padding optional); undefined when it is not well-formed. */
export function decodeBase64(value: string): Buffer | undefined {
  const body = value.replace(/=+$/, "");
  if (!/^[A-Za-z0-9+/_-]*$/.test(body) || body.length % 4 === 1) return undefined;
  return Buffer.from(body.replace(/-/g, "+").replace(/_/g, "/"), "base64");
}

/** Parses a base64(url)-encoded JSON object; undefined unless it is one. */
export function decodeJsonObject(value: string): Record<string, unknown> | undefined {
  const bytes = decodeBase64(value);
  if (!bytes) return undefined;
  const text = bytes.toString("utf8");
  if (text.includes("\uFFFD")) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Between a key and its value in .env, shell, YAML, JSON, TOML, TypeScript and Python:
 * an optional closing quote, `=`, `:`, `:=` or `=>`, and an optional opening quote.
 */
export const ASSIGN = String.raw`["'\x60]?\s*(?::=|=>|[:=])\s*["'\x60]?`;

/** The text within `radius` characters either side of a match. */
export function around(text: string, match: RegExpExecArray, radius: number): string {
  return text.slice(Math.max(0, match.index - radius), match.index + match[0].length + radius);
}

/** True when the value has upper-case letters, lower-case letters and digits: a generated string. */
export function mixedAlphanumeric(value: string): boolean {
  return /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value);
}

/**
 * A stand-in rather than a generated token: a run of one character (`xxxxxxxx`, `00000000`),
 * placeholder words, or template syntax. Narrower than the generic rules' placeholder test on
 * purpose: a long random token must not be dropped for holding `xxx` or `abcdef` by chance.
 */
export function looksPlaceholder(value: string): boolean {
  return (
    /(.)\1{7,}/.test(value) ||
    /x{6,}/i.test(value) ||
    /example|placeholder|dummy|redacted|changeme|your[-_ ]?(?:api|token|key|secret)|<[^<>]*>|\$\{|\{\{/i.test(
      value,
    )
  );
}

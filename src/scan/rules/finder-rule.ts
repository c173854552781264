import type { SecretLintRuleCreator, SecretLintSourceCode } from "@secretlint/types";
import type { EnvguardRule } from "./rule.js";

/** A `[start, end)` range of the text that holds a secret. */
export type Range = readonly [start: number, end: number];

export interface FinderRuleSpec extends Omit<EnvguardRule, "rule"> {
  /** Every secret in the text, as ranges; only the secret itself, never its key or quotes. */
  find: (text: string) => Iterable<Range>;
}

/**
 * Builds a rule in secretlint's style from a function that finds ranges, for rules whose matching
 * is more than one pattern (several syntaxes, each with its own secret group, and a filter).
 */
export function finderRule(spec: FinderRuleSpec): EnvguardRule {
  const rule: SecretLintRuleCreator = {
    messages: { Found: { en: () => `found ${spec.title}` } },
    meta: {
      id: spec.id,
      recommended: true,
      type: "scanner",
      supportedContentTypes: ["text"],
      docs: { url: "https://github.com/envguard/envguard#detection-rules" },
    },
    create(context) {
      const t = context.createTranslator(rule.messages);
      return {
        file(source: SecretLintSourceCode) {
          for (const [start, end] of spec.find(source.content)) {
            if (end > start) context.report({ message: t("Found"), range: [start, end] });
          }
        },
      };
    },
  };
  const { find: _find, ...rest } = spec;
  return { ...rest, rule };
}

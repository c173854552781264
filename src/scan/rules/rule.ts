import type { SecretLintRuleCreator } from "@secretlint/types";

/**
 * A detection rule of envguard's own: a secretlint rule (run by secretlint's `lintSource`), the
 * keywords that gate it, what a person is told, and its own samples, which its test runs.
 */
export interface EnvguardRule {
  /** Our rule id, e.g. `secret/google-api-key`; also the secretlint rule's `meta.id`. */
  id: string;
  rule: SecretLintRuleCreator;
  /**
   * Lower-case substrings of which at least one appears in any text the rule can report on: the
   * prefilter runs the rule only on fragments that contain one. Empty: the rule always runs.
   */
  keywords: readonly string[];
  /** One line: what it finds ("Google API key"). */
  title: string;
  /** Where the format is documented and what the rule matches, for SARIF help and the README. */
  description: string;
  /** What to do about a finding. */
  fix: string;
  severity: "error" | "warning";
  /**
   * True positives (each must be reported, with its secret exactly the part between « and » if
   * marked so, else anywhere) and near misses (none may be reported). Fake values only.
   */
  samples: { positive: readonly string[]; negative: readonly string[] };
}

import { finderRule } from "./finder-rule.js";
import type { EnvguardRule } from "./rule.js";

export interface RegexRuleSpec extends Omit<EnvguardRule, "rule"> {
  /** Must have the `g` flag. The secret is `match.groups.secret` when present, else the whole match. */
  pattern: RegExp;
  /** A last word on a candidate (checksum, entropy, placeholder filter); true keeps it. */
  accept?: (secret: string, match: RegExpExecArray, text: string) => boolean;
}

/**
 * Builds a rule in secretlint's style (a rule creator whose `file` handler reports ranges) from a
 * pattern. The message is fixed text: a secretlint message never carries the secret to us.
 */
export function regexRule(spec: RegexRuleSpec): EnvguardRule {
  if (!spec.pattern.global) throw new Error(`${spec.id}: the pattern needs the g flag`);
  const { pattern, accept, ...rest } = spec;
  return finderRule({
    ...rest,
    *find(text) {
      const re = new RegExp(pattern.source, pattern.flags);
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0] === "") {
          re.lastIndex++;
          continue;
        }
        const secret = m.groups?.secret ?? m[0];
        const offset = m.groups?.secret !== undefined ? m.index + m[0].indexOf(secret) : m.index;
        if (accept && !accept(secret, m, text)) continue;
        yield [offset, offset + secret.length] as const;
      }
    },
  });
}

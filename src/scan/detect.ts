import { lintSource } from "@secretlint/core";
import { secretLintProfiler } from "@secretlint/profiler";
import type { SecretLintCoreConfigRule } from "@secretlint/types";
import { LineIndex } from "../config/location.js";
import { type Fragment, fileLine } from "./fragment.js";
import { KeywordAutomaton } from "./keyword-automaton.js";
import type { EnvguardRule } from "./rules/rule.js";

// secretlint (≤ 13.0) marks every rule and file with performance.mark/measure, and its observer
// keeps every entry: the cost grows with the square of the files linted in one process
// (secretlint issues #1633, #1653). envguard reads none of it, so the profiler does nothing here.
secretLintProfiler.mark = () => {};

/** A detector's raw result: the only place a secret exists in clear, and it never leaves the core. */
export interface RawMatch {
  rule: string;
  /** Line and column in the file (not in the fragment's text), 1-based; absent for file-level rules. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The matched secret; absent for file-level rules (a `.env` file is a finding whatever it holds). */
  secret?: string;
  /** Line of the fragment's text the match starts on, for inline suppressions. */
  textLine?: number;
}

/**
 * Runs content rules on fragments. One pass over the text finds which rules' keywords occur;
 * only those rules run, so a fragment costs about the same however many rules there are.
 */
export class Detector {
  private readonly always: EnvguardRule[];
  private readonly byKeyword = new Map<string, EnvguardRule[]>();
  /** The rules of each keyword, by the keyword's index in the automaton. */
  private readonly rulesOfKeyword: EnvguardRule[][];
  private readonly keywords: KeywordAutomaton | undefined;
  private readonly priority = new Map<string, number>();

  constructor(readonly rules: readonly EnvguardRule[]) {
    this.always = rules.filter((r) => r.keywords.length === 0);
    for (const r of rules) {
      for (const k of r.keywords) {
        const key = k.toLowerCase();
        const list = this.byKeyword.get(key) ?? [];
        list.push(r);
        this.byKeyword.set(key, list);
      }
    }
    const words = [...this.byKeyword.keys()];
    this.rulesOfKeyword = words.map((w) => this.byKeyword.get(w) ?? []);
    // Every occurrence of every keyword, overlapping ones included ("ddapp" in "ddappostgres" does
    // not hide "postgres"), in one pass over the text.
    this.keywords = words.length > 0 ? new KeywordAutomaton(words) : undefined;
    // Provider rules win over generic ones on the same text.
    rules.forEach((r, i) => {
      this.priority.set(r.id, (r.id.includes("generic") ? 1_000 : 0) + i);
    });
  }

  /** The rules whose keywords occur in `text`, ignoring ASCII case (and the rules without keywords). */
  candidates(text: string): EnvguardRule[] {
    const chosen = new Set<EnvguardRule>(this.always);
    let left = this.byKeyword.size;
    this.keywords?.scan(text, (k) => {
      for (const r of this.rulesOfKeyword[k] ?? []) chosen.add(r);
      return --left === 0;
    });
    return [...chosen];
  }

  async detect(fragment: Fragment): Promise<RawMatch[]> {
    if (fragment.skipped || fragment.text === "") return [];
    const rules = this.candidates(fragment.text);
    if (rules.length === 0) return [];
    const config: SecretLintCoreConfigRule[] = rules.map((r) => ({
      id: r.rule.meta.id,
      rule: r.rule,
      options: {},
    }));
    const result = await lintSource({
      source: {
        filePath: fragment.path,
        // secretlint's disable-line comments do nothing on a last line without a line break.
        content: fragment.text.endsWith("\n") ? fragment.text : `${fragment.text}\n`,
        contentType: "text",
        ext: extensionOf(fragment.path),
      },
      options: { config: { rules: config }, maskSecrets: true, noPhysicFilePath: true },
    });
    const lines = new LineIndex(fragment.text);
    const byId = new Map(rules.map((r) => [r.rule.meta.id, r]));
    const matches: (RawMatch & { start: number; end: number; rank: number })[] = [];
    for (const message of result.messages) {
      const rule = byId.get(message.ruleId);
      if (!rule) continue;
      const [start, end] = OFFSET_RANGE_RULES.has(rule.id)
        ? repairRange(fragment.text, message.range[0], message.range[1])
        : message.range;
      const secret = fragment.text.slice(start, end);
      if (isTokenPlaceholder(secret)) continue;
      const from = lines.position(start);
      const to = lines.position(Math.max(start, end - 1));
      matches.push({
        rule: rule.id,
        secret,
        line: fileLine(fragment, from.line),
        column: from.column,
        endLine: fileLine(fragment, to.line),
        endColumn: to.column + 1,
        textLine: from.line,
        start,
        end,
        rank: this.priority.get(rule.id) ?? 0,
      });
    }
    // Where two rules report overlapping text, the more specific (provider) one is kept.
    matches.sort((a, b) => a.rank - b.rank || a.start - b.start);
    const kept: typeof matches = [];
    for (const m of matches) {
      if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
      kept.push(m);
    }
    return kept.sort((a, b) => a.start - b.start).map(({ start: _s, end: _e, rank: _r, ...match }) => match);
  }
}

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot) : "";
}

/**
 * Some secretlint rules (aws, npm) report a range that starts at the key name
 * (`AWS_SECRET_ACCESS_KEY=…`) and is as long as the secret. The finding must name the secret:
 * move the range to the value after the `=` or `:`.
 */
const OFFSET_RANGE_RULES = new Set(["secretlint/aws", "secretlint/npm"]);

export function repairRange(text: string, start: number, end: number): [number, number] {
  const reported = text.slice(start, end);
  const key = /^[A-Za-z_][\w.-]*["']?\s*[=:]\s*["']?/.exec(reported);
  if (!key) return [start, end];
  const valueStart = start + key[0].length;
  const value = /^[^\s"'`,;]+/.exec(text.slice(valueStart));
  return value ? [valueStart, valueStart + value[0].length] : [start, end];
}

/** Token-shaped placeholders (`ghp_xxxxxxxx…`, AWS's `…EXAMPLEKEY`, `<password>`): documentation, not leaks. */
export function isTokenPlaceholder(secret: string): boolean {
  return /EXAMPLE|x{5,}|X{5,}|\*{3,}|<[^<>\s]*>|\$\{[^}]*\}/.test(secret);
}

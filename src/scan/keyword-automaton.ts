/**
 * Finds which of a set of lower-case ASCII keywords occur in a text, ignoring ASCII case: an
 * Aho–Corasick automaton over character codes, one table lookup per character, whatever the number
 * of keywords. It reports every occurrence, overlapping ones included, so a keyword is found exactly
 * when the text contains it; the same as a case-insensitive (non-Unicode) regex search for each
 * keyword, where only A–Z and a–z fold onto each other. A character outside ASCII is in no keyword.
 */
export class KeywordAutomaton {
  /** The table, built when the warm-up ends (a short run never needs it). */
  private built: Table | undefined;

  /** The same search as one case-insensitive regex, for the first texts (see `warmUpChars`). */
  private readonly pattern: RegExp;
  /** For each keyword (by index), the keywords it begins with, itself included; filled on first need. */
  private readonly prefixes: (number[] | undefined)[] = [];
  private readonly indexOf = new Map<string, number>();
  /** Characters still to read with the regex before the table takes over. */
  private warmUp: number;

  /**
   * `warmUpChars`: how much text is searched with a regex before the table is used. Until V8 has
   * compiled the table's loop it is slower than the regex engine, whose code is native from the
   * start: a short run (the pre-commit hook) is faster with the regex, a long one with the table.
   * Both find exactly the same keywords.
   */
  constructor(
    readonly keywords: readonly string[],
    { warmUpChars = 256 * 1024 }: { warmUpChars?: number } = {},
  ) {
    this.warmUp = warmUpChars;
    for (const k of keywords) {
      if (k === "" || /[^\x00-\x7f]/.test(k) || k !== k.toLowerCase())
        throw new Error(`a keyword must be non-empty lower-case ASCII: ${JSON.stringify(k)}`);
    }
    keywords.forEach((k, i) => {
      if (!this.indexOf.has(k)) this.indexOf.set(k, i);
    });
    // Longest first, so the alternation matches the longest keyword starting at a position; the
    // shorter ones it begins with start there too.
    const longestFirst = [...new Set(keywords)].sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(
      longestFirst.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
      "gi",
    );
  }

  /**
   * Calls `found` once for each keyword (by index) that occurs in `text`, in order of first
   * occurrence; stops early when `found` returns true.
   */
  scan(text: string, found: (keyword: number) => boolean | undefined): void {
    if (this.warmUp > 0) {
      this.warmUp -= text.length;
      this.scanByRegex(text, found);
      return;
    }
    this.built ??= buildTable(this.keywords);
    const { next, ends, output } = this.built;
    const seen = new Uint8Array(this.keywords.length);
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = code < 128 ? (next[(state << 7) | code] as number) : 0;
      if (ends[state] === 0) continue;
      for (const k of output[state] as readonly number[]) {
        if (seen[k] === 1) continue;
        seen[k] = 1;
        if (found(k) === true) return;
      }
    }
  }

  private scanByRegex(text: string, found: (keyword: number) => boolean | undefined): void {
    const pattern = this.pattern;
    const seen = new Uint8Array(this.keywords.length);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // Keywords overlap ("ddapp" in "ddappostgres" hides "postgres"): look again one character on.
      pattern.lastIndex = m.index + 1;
      const longest = this.indexOf.get(m[0].toLowerCase()) as number;
      for (const k of this.prefixesOf(longest)) {
        if (seen[k] === 1) continue;
        seen[k] = 1;
        if (found(k) === true) return;
      }
    }
  }

  /** The keywords keyword `k` begins with, itself included (worked out once per keyword, on first need). */
  private prefixesOf(k: number): number[] {
    let list = this.prefixes[k];
    if (list === undefined) {
      const word = this.keywords[k] as string;
      list = [];
      this.keywords.forEach((o, i) => {
        if (word.startsWith(o)) list?.push(i);
      });
      this.prefixes[k] = list;
    }
    return list;
  }

  /**
   * The end (exclusive) of a keyword occurrence that lies within the first occurrence to start at
   * `from` or later (the one that ends first, or the longest one that starts first: both lie inside
   * the first to start); -1 when no keyword occurs from `from` on.
   */
  firstEnd(text: string, from = 0): number {
    if (this.warmUp > 0) {
      this.pattern.lastIndex = from;
      const m = this.pattern.exec(text);
      const end = m ? m.index + m[0].length : -1;
      this.warmUp -= (m ? end : text.length) - from;
      return end;
    }
    this.built ??= buildTable(this.keywords);
    const { next, ends } = this.built;
    let state = 0;
    for (let i = from; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = code < 128 ? (next[(state << 7) | code] as number) : 0;
      if (ends[state] === 1) return i + 1;
    }
    return -1;
  }
}

interface Table {
  /** `next[state * 128 + code]`: the state after reading `code` in `state` (A–Z read as a–z). */
  next: Uint16Array;
  /** 1 for the states where a keyword ends. */
  ends: Uint8Array;
  /** For each state where a keyword ends, the keywords (indices) ending there. */
  output: (readonly number[] | undefined)[];
}

/** The Aho–Corasick automaton of `keywords` as a transition table. */
function buildTable(keywords: readonly string[]): Table {
  // The trie, with the states numbered as they are made; state 0 is the root. Little work per
  // state: rows are copied, not computed.
  const children: [code: number, to: number][][] = [[]];
  const own: number[][] = [[]];
  keywords.forEach((k, index) => {
    let state = 0;
    for (let i = 0; i < k.length; i++) {
      const code = k.charCodeAt(i);
      const kids = children[state] as [number, number][];
      let to = kids.find(([c]) => c === code)?.[1];
      if (to === undefined) {
        to = children.length;
        children.push([]);
        own.push([]);
        kids.push([code, to]);
      }
      state = to;
    }
    (own[state] as number[]).push(index);
  });
  const states = children.length;
  // One array type only, so the scanning loops stay monomorphic.
  if (states > 0xffff) throw new Error(`too many keywords for one automaton (${states} states)`);
  const next = new Uint16Array(states * 128);
  const fail = new Uint16Array(states);
  const ends = new Uint8Array(states);
  const output: (number[] | undefined)[] = new Array(states).fill(undefined);
  // Breadth first: a state's failure link is a shallower state, whose row is complete. A state's
  // row is its failure state's row with its own children written over it.
  const queue: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    const link = fail[state] as number;
    if (state !== 0) next.copyWithin(state * 128, link * 128, link * 128 + 128);
    const mine = own[state] as number[];
    const inherited = state === 0 ? undefined : output[link];
    if (mine.length > 0 || inherited) {
      output[state] = [...mine, ...(inherited ?? [])];
      ends[state] = 1;
    }
    for (const [code, child] of children[state] as [number, number][]) {
      fail[child] = state === 0 ? 0 : (next[link * 128 + code] as number);
      next[state * 128 + code] = child;
      // Upper-case letters go where their lower-case letters go.
      if (code >= 97 && code <= 122) next[state * 128 + code - 32] = child;
      queue.push(child);
    }
  }
  return { next, ends, output };
}

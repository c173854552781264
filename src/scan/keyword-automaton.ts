/**
 * Finds which of a set of lower-case ASCII keywords occur in a text, ignoring ASCII case: an
 * Aho–Corasick automaton over character codes, one table lookup per character, whatever the number
 * of keywords. It reports every occurrence, overlapping ones included, so a keyword is found exactly
 * when the text contains it; the same as a case-insensitive (non-Unicode) regex search for each
 * keyword, where only A–Z and a–z fold onto each other. A character outside ASCII is in no keyword.
 */
export class KeywordAutomaton {
  /** `next[state * 128 + code]`: the state after reading `code` (lower-cased) in `state`. */
  private readonly next: Uint16Array;
  /** For each state from `firstOutput` on, the keywords (indices into `keywords`) that end there. */
  private readonly output: (readonly number[])[];
  /** States are numbered so that those where a keyword ends come last, from this one. */
  private readonly firstOutput: number;

  constructor(readonly keywords: readonly string[]) {
    for (const k of keywords) {
      if (k === "" || /[^\x00-\x7f]/.test(k) || k !== k.toLowerCase())
        throw new Error(`a keyword must be non-empty lower-case ASCII: ${JSON.stringify(k)}`);
    }
    // The trie: goto[state] maps a code to a state; state 0 is the root.
    const goto: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    keywords.forEach((k, index) => {
      let state = 0;
      for (let i = 0; i < k.length; i++) {
        const code = k.charCodeAt(i);
        let to = goto[state]?.get(code);
        if (to === undefined) {
          to = goto.length;
          goto.push(new Map());
          ends.push([]);
          goto[state]?.set(code, to);
        }
        state = to;
      }
      ends[state]?.push(index);
    });
    const states = goto.length;
    const next = states <= 0xffff ? new Uint16Array(states * 128) : new Uint32Array(states * 128);
    const fail = new Uint32Array(states);
    const output: (number[] | undefined)[] = new Array(states);
    // Breadth first: a state's failure link is a shallower state, already complete.
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const own = ends[state] ?? [];
      const inherited = state === 0 ? undefined : output[fail[state] as number];
      output[state] = own.length > 0 || inherited ? [...own, ...(inherited ?? [])] : undefined;
      for (let code = 0; code < 128; code++) {
        const child = goto[state]?.get(code);
        if (child !== undefined) {
          fail[child] = state === 0 ? 0 : (next[(fail[state] as number) * 128 + code] as number);
          next[state * 128 + code] = child;
          queue.push(child);
        } else {
          next[state * 128 + code] = state === 0 ? 0 : (next[(fail[state] as number) * 128 + code] as number);
        }
      }
    }
    // Upper-case ASCII letters go where their lower-case letters go.
    for (let state = 0; state < states; state++) {
      for (let code = 65; code <= 90; code++)
        next[state * 128 + code] = next[state * 128 + code + 32] as number;
    }
    // Renumbered so that one comparison tells whether a keyword ends in a state (the root stays 0).
    const order = [...Array(states).keys()].sort(
      (a, b) => Number(output[a] !== undefined) - Number(output[b] !== undefined) || a - b,
    );
    const renumbered = new Uint32Array(states);
    order.forEach((old, now) => {
      renumbered[old] = now;
    });
    // One array type only, so the scanning loops stay monomorphic.
    if (states > 0xffff) throw new Error(`too many keywords for one automaton (${states} states)`);
    const table = new Uint16Array(states * 128);
    for (let old = 0; old < states; old++) {
      const now = renumbered[old] as number;
      for (let code = 0; code < 128; code++)
        table[now * 128 + code] = renumbered[next[old * 128 + code] as number] as number;
    }
    this.next = table;
    this.firstOutput = order.findIndex((old) => output[old] !== undefined);
    if (this.firstOutput === -1) this.firstOutput = states;
    this.output = order.map((old) => output[old] ?? []);
  }

  /**
   * Calls `found` once for each keyword (by index) that occurs in `text`, in order of first
   * occurrence; stops early when `found` returns true.
   */
  scan(text: string, found: (keyword: number) => boolean | undefined): void {
    const next = this.next;
    const output = this.output;
    const firstOutput = this.firstOutput;
    const seen = new Uint8Array(this.keywords.length);
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = code < 128 ? (next[(state << 7) | code] as number) : 0;
      if (state < firstOutput) continue;
      for (const k of output[state] as readonly number[]) {
        if (seen[k] === 1) continue;
        seen[k] = 1;
        if (found(k) === true) return;
      }
    }
  }

  /**
   * Where the first keyword occurrence found from `from` on ends (exclusive), or -1: reading starts
   * afresh at `from`, so the occurrence starts there or later. It is the occurrence that ends first,
   * which lies in the same run of keyword characters as the one that starts first.
   */
  firstEnd(text: string, from = 0): number {
    const next = this.next;
    const firstOutput = this.firstOutput;
    let state = 0;
    for (let i = from; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = code < 128 ? (next[(state << 7) | code] as number) : 0;
      if (state >= firstOutput) return i + 1;
    }
    return -1;
  }
}

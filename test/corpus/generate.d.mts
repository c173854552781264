/** One labelled text of the detection corpus (a line of corpus.jsonl). */
export interface CorpusEntry {
  id: string;
  label: "positive" | "negative";
  /** Positives: the rule that must report it. */
  rule?: string;
  /** Positives: other rules whose report counts as finding it (a preset rule a provider rule supersedes). */
  also?: string[];
  /** Negatives: what kind of hard negative it is (placeholder, hash, uuid, …). */
  kind?: string;
  /** The file syntax: env, json, yaml, ts, py, sh, pem, npmrc, netrc. */
  syntax: string;
  path: string;
  text: string;
}

export const SEED: number;
export const CORPUS_PATH: string;
export function generateCorpus(seed?: number): CorpusEntry[];
export function serialize(entries: readonly CorpusEntry[]): string;

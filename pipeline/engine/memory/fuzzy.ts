import type { FuzzyMatch, FuzzyOptions } from './memory.js';
import { isPlaceable, similarityTo, tokenize } from './similarity.js';

export type FuzzyCandidate = Omit<FuzzyMatch, 'similarity'>;

/** What the index must find for a sentence: entries whose tokens among `tokens` weigh `atLeast` together. */
export interface Prefilter {
  /** Tokens to look up, each weighing as often as the sentence holds it. */
  readonly tokens: readonly { readonly token: string; readonly weight: number }[];
  readonly atLeast: number;
}

/** Tokens looked up beyond the fewest that must be: each narrows the entries the edit distance ranks. */
const EXTRA_TOKENS = 2;

/**
 * How the index finds every entry at least `threshold`% alike to a sentence of n tokens, so that it
 * misses nothing a scan would find. Such an entry keeps at least ⌈threshold × n / 100⌉ of the
 * sentence's token positions (the edit distance is at most the longer sentence's length minus the
 * positions it keeps). Placeables and tokens the index cannot look up may all be among them; of the
 * tokens looked up, an entry keeps at most as many positions as the sentence holds of each token it
 * contains. So with tokens taken from `order` (the caller's rarest first) until those left could
 * not reach the count, and a few more, an entry must contain looked-up tokens weighing together at
 * least the count less every position not looked up. `undefined` when no choice of tokens can
 * narrow the search: the caller ranks every entry.
 */
export function prefilter(sentence: string, threshold: number, indexable: (token: string) => boolean, order: (tokens: string[]) => string[]): Prefilter | undefined {
  const tokens = tokenize(sentence);
  const needed = Math.ceil((threshold * tokens.length) / 100);
  const counts = new Map<string, number>();
  for (const t of tokens) if (!isPlaceable(t) && indexable(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  let left = tokens.length;
  let extra = EXTRA_TOKENS;
  const taken: { token: string; weight: number }[] = [];
  for (const token of order([...counts.keys()])) {
    if (left < needed && extra-- === 0) break;
    const weight = counts.get(token) ?? 0;
    taken.push({ token, weight });
    left -= weight;
  }
  return left < needed && taken.length > 0 ? { tokens: taken, atLeast: needed - left } : undefined;
}

/** Best first: the higher similarity, then reviewed before machine, newer before older, then by text (so equal inputs give one order). */
export const byRank = (a: FuzzyMatch, b: FuzzyMatch): number =>
  b.similarity - a.similarity ||
  Number(b.origin === 'review') - Number(a.origin === 'review') ||
  (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0) ||
  (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) ||
  (a.target < b.target ? -1 : a.target > b.target ? 1 : 0);

/**
 * The candidates at least `threshold`% alike, best first (reviewed before machine among equals,
 * then the newer), at most `limit`; a machine entry of a sentence someone reviewed is left out.
 * A sentence without tokens matches nothing.
 */
export function rankMatches(sentence: string, candidates: readonly FuzzyCandidate[], options: FuzzyOptions): FuzzyMatch[] {
  if (tokenize(sentence).length === 0) return [];
  const alike = similarityTo(sentence);
  const reviewed = new Set(candidates.filter((c) => c.origin === 'review').map((c) => c.source));
  return candidates
    .filter((c) => c.origin === 'review' || !reviewed.has(c.source))
    .map((c) => ({ similarity: alike(c.source), ...c }))
    .filter((m) => m.similarity >= options.threshold)
    .sort(byRank)
    .slice(0, options.limit);
}

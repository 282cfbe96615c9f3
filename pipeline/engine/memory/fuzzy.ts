import type { FuzzyMatch, FuzzyOptions } from './memory.js';
import { isPlaceable, similarityTo, tokenize } from './similarity.js';

export type FuzzyCandidate = Omit<FuzzyMatch, 'similarity'>;

/**
 * The tokens a sentence's prefilter looks up: every entry at least `threshold`% alike contains one
 * of them, so the index misses nothing a scan would find. An alike entry shares at least
 * ⌈threshold × n / 100⌉ of the sentence's n token positions (the edit distance is at most the
 * longer sentence's length minus the positions it keeps); placeables and tokens the index cannot
 * look up may all be among them, and so may every looked-up token but the ones taken, so tokens
 * are taken from `order` (the caller's rarest first) until what is left could not reach that
 * count. `undefined` when no choice can: the caller scans every entry.
 */
export function prefilterTokens(sentence: string, threshold: number, indexable: (token: string) => boolean, order: (tokens: string[]) => string[]): string[] | undefined {
  const tokens = tokenize(sentence);
  const needed = Math.ceil((threshold * tokens.length) / 100);
  const counts = new Map<string, number>();
  for (const t of tokens) if (!isPlaceable(t) && indexable(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  let left = tokens.length;
  const taken: string[] = [];
  for (const t of order([...counts.keys()])) {
    if (left < needed) break;
    taken.push(t);
    left -= counts.get(t) ?? 0;
  }
  return left < needed && taken.length > 0 ? taken : undefined;
}

const byRank = (a: FuzzyMatch, b: FuzzyMatch): number =>
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

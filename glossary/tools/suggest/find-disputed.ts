import { findEnglish } from '../../english.js';
import { articlesOf, compare, englishKey, exampleOf, EXAMPLES, type Example, type ReviewedSentence } from './reviewed-sentence.js';
import { wordChanges } from './word-changes.js';

/** A glossary entry whose English reviewers keep taking out. */
export interface DisputedEntry {
  readonly termId: string;
  /** The German as it stood in the first such sentence. */
  readonly source: string;
  /** The English the entry required. */
  readonly target: string;
  /** Reviewed sentences whose draft had the entry's English and whose review does not. */
  readonly sentences: number;
  readonly articles: readonly string[];
  /** What reviewers wrote in its place, most first; `''` where they only deleted it. */
  readonly replacements: readonly { readonly english: string; readonly sentences: number }[];
  readonly examples: readonly Example[];
}

interface Override {
  readonly sentence: ReviewedSentence;
  readonly source: string;
  readonly target: string;
  readonly replacement: string;
}

/**
 * Glossary entries overridden in at least `min` reviewed sentences: the run put the entry's
 * English (or an inflection of it) into the draft and the reviewer took it out. What they wrote
 * instead is the review's side of the word change that covers it.
 */
export function findDisputed(sentences: readonly ReviewedSentence[], min: number): DisputedEntry[] {
  const byTerm = new Map<string, Override[]>();
  for (const sentence of sentences) {
    for (const hit of sentence.terms) {
      const inDraft = findEnglish(sentence.draft, hit.expected, 'insensitive');
      if (inDraft.length === 0 || findEnglish(sentence.review, hit.expected, 'insensitive').length > 0) continue;
      const overrides = byTerm.get(hit.termId) ?? [];
      if (overrides.some((o) => o.sentence === sentence)) continue;
      const change = wordChanges(sentence.draft, sentence.review).find((c) => inDraft.some((span) => c.draftStart < span.end && span.start < c.draftEnd));
      byTerm.set(hit.termId, [...overrides, { sentence, source: hit.text, target: hit.expected, replacement: change?.inserted ?? '' }]);
    }
  }
  return [...byTerm]
    .filter(([, overrides]) => overrides.length >= min)
    .map(([termId, overrides]): DisputedEntry => ({
      termId,
      source: overrides[0]!.source,
      target: overrides[0]!.target,
      sentences: overrides.length,
      articles: articlesOf(overrides.map((o) => o.sentence)),
      replacements: replacementsOf(overrides),
      examples: overrides.slice(0, EXAMPLES).map((o) => exampleOf(o.sentence)),
    }))
    .sort((a, b) => b.sentences - a.sentences || compare(a.termId, b.termId));
}

function replacementsOf(overrides: readonly Override[]): { english: string; sentences: number }[] {
  const byKey = new Map<string, { english: string; sentences: number }>();
  for (const o of overrides) {
    const key = englishKey(o.replacement);
    const seen = byKey.get(key);
    byKey.set(key, { english: seen?.english ?? o.replacement, sentences: (seen?.sentences ?? 0) + 1 });
  }
  return [...byKey.values()].sort((a, b) => b.sentences - a.sentences || compare(a.english, b.english));
}

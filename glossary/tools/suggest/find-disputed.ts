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
  /** The entry's glossary file (as given; in a stack, which of its files) and line, where known. */
  readonly file?: string;
  readonly line?: number;
  /** Reviewed sentences whose draft had the entry's English and whose review does not. */
  readonly sentences: number;
  readonly articles: readonly string[];
  /** What reviewers wrote in its place, most first; `''` where they only deleted it. */
  readonly replacements: readonly { readonly english: string; readonly sentences: number }[];
  readonly examples: readonly Example[];
}

/** Where a glossary entry is, by its id: the glossary the suggestions are asked against knows. */
export type EntryLocator = (termId: string) => { readonly file: string; readonly line: number } | undefined;

interface Override {
  readonly sentence: ReviewedSentence;
  readonly source: string;
  readonly target: string;
  readonly replacement: string;
  /** The file a stacked run said the entry came from. */
  readonly file?: string;
}

/**
 * Glossary entries overridden in at least `min` reviewed sentences: the run put the entry's
 * English (or an inflection of it) into the draft and the reviewer took it out. What they wrote
 * instead is the review's side of the word change that covers it. Each names its entry's file and
 * line as `locate` finds them, or else the file the run named for it (a stacked run's records do).
 */
export function findDisputed(sentences: readonly ReviewedSentence[], min: number, locate: EntryLocator = () => undefined): DisputedEntry[] {
  const byTerm = new Map<string, Override[]>();
  for (const sentence of sentences) {
    for (const hit of sentence.terms) {
      const inDraft = findEnglish(sentence.draft, hit.expected, 'insensitive');
      if (inDraft.length === 0 || findEnglish(sentence.review, hit.expected, 'insensitive').length > 0) continue;
      const overrides = byTerm.get(hit.termId) ?? [];
      if (overrides.some((o) => o.sentence === sentence)) continue;
      const change = wordChanges(sentence.draft, sentence.review).find((c) => inDraft.some((span) => c.draftStart < span.end && span.start < c.draftEnd));
      byTerm.set(hit.termId, [...overrides, { sentence, source: hit.text, target: hit.expected, replacement: change?.inserted ?? '', ...(hit.glossary === undefined ? {} : { file: hit.glossary }) }]);
    }
  }
  return [...byTerm]
    .filter(([, overrides]) => overrides.length >= min)
    .map(([termId, overrides]): DisputedEntry => ({
      termId,
      source: overrides[0]!.source,
      target: overrides[0]!.target,
      ...placeOf(termId, overrides, locate),
      sentences: overrides.length,
      articles: articlesOf(overrides.map((o) => o.sentence)),
      replacements: replacementsOf(overrides),
      examples: overrides.slice(0, EXAMPLES).map((o) => exampleOf(o.sentence)),
    }))
    .sort((a, b) => b.sentences - a.sentences || compare(a.termId, b.termId));
}

function placeOf(termId: string, overrides: readonly Override[], locate: EntryLocator): { file?: string; line?: number } {
  const file = overrides.find((o) => o.file !== undefined)?.file;
  return locate(termId) ?? (file === undefined ? {} : { file });
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

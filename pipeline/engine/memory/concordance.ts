import { foldGerman, stemGerman } from '../../../glossary/german-key.js';
import type { TextSpan } from '../../core/doc.js';
import type { EntryOrigin, MemoryEntry, ReviewEntry } from './memory.js';

/** A sentence pair of the memory holding the phrase looked for, and where. */
export interface ConcordanceHit {
  readonly source: string;
  readonly target: string;
  readonly origin: EntryOrigin;
  readonly createdAt: string;
  /** Where the phrase stands in the side searched: `source`, or `target` with `english`. */
  readonly span: TextSpan;
}

/** Sentence pairs a search lists unless told otherwise (`lektor tm search`, the editor's panel). */
export const CONCORDANCE_LIMIT = 20;

export interface ConcordanceOptions {
  /** Search the English instead of the German. */
  readonly english: boolean;
  readonly limit: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** German words compare by their Snowball stem after folding, as the glossary matches terms; English ones by lower case. */
const keyOf = (english: boolean) => (word: string): string => (english ? word.toLowerCase() : stemGerman(foldGerman(word)));

/** Where `text` holds the phrase's words in a row, whatever their inflection; `undefined` where it does not. */
export function findPhrase(text: string, phrase: string, english: boolean): TextSpan | undefined {
  const key = keyOf(english);
  const wanted = (phrase.match(WORD) ?? []).map(key);
  if (wanted.length === 0) return undefined;
  const words = [...text.matchAll(WORD)].map((m) => ({ key: key(m[0]), start: m.index, end: m.index + m[0].length }));
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((k, j) => words[i + j]?.key === k)) return { start: (words[i] as { start: number }).start, end: (words[i + wanted.length - 1] as { end: number }).end };
  }
  return undefined;
}

/**
 * The memory's sentence pairs holding `phrase`, reviews first, then the machine entries (one per
 * German and English, whatever model stored it), at most `limit`.
 */
export async function searchMemory(reviews: AsyncIterable<ReviewEntry>, entries: AsyncIterable<MemoryEntry>, phrase: string, options: ConcordanceOptions): Promise<ConcordanceHit[]> {
  const hits: ConcordanceHit[] = [];
  const seen = new Set<string>();
  const consider = (pair: Omit<ConcordanceHit, 'span'>): void => {
    const id = JSON.stringify([pair.source, pair.target]);
    if (seen.has(id)) return;
    const span = findPhrase(options.english ? pair.target : pair.source, phrase, options.english);
    if (!span) return;
    seen.add(id);
    hits.push({ ...pair, span });
  };
  for await (const r of reviews) {
    if (hits.length >= options.limit) return hits;
    consider({ source: r.source, target: r.target, origin: 'review', createdAt: r.createdAt });
  }
  for await (const e of entries) {
    if (hits.length >= options.limit) return hits;
    consider({ source: e.source, target: e.target, origin: 'model', createdAt: e.createdAt });
  }
  return hits;
}

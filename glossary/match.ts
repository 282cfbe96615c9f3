import { foldGerman, GERMAN_ENDINGS, stemGerman } from './german-key.js';
import { sameCapitals } from './case-rule.js';
import { phraseAt, type Span } from './phrase.js';
import type { CaseRule, Glossary, GlossaryTerm } from './types.js';
import { splitWords, type Word } from './words.js';

/** One occurrence of a glossary term in German text. */
export interface TermMatch extends Span {
  readonly term: GlossaryTerm;
  /** `text.slice(start, end)`. */
  readonly text: string;
}

/** Finds glossary terms in German text: left to right, longest first, never overlapping. */
export type TermMatcher = (text: string) => TermMatch[];

interface KeyedWord extends Word {
  readonly folded: string;
  readonly stem: string;
}

interface Variant {
  readonly term: GlossaryTerm;
  /** Position of the term in the glossary: the tie-break between equally long matches. */
  readonly order: number;
  readonly words: readonly KeyedWord[];
}

/**
 * Indexes the glossary once: each variant and form under the folded and stemmed key of its first
 * word, so matching costs a few map look-ups per word of text however large the glossary is.
 */
export function createTermMatcher(glossary: Glossary): TermMatcher {
  const index = new Map<string, Variant[]>();
  glossary.terms.forEach((term, order) => {
    if (term.status !== 'approved') return;
    for (const text of [...term.source, ...term.forms]) {
      const words = splitWords(text).map(keyed);
      const first = words[0];
      if (!first) continue;
      for (const key of new Set([first.folded, first.stem])) {
        const list = index.get(key);
        if (list) list.push({ term, order, words });
        else index.set(key, [{ term, order, words }]);
      }
    }
  });
  return (text) => {
    const words = splitWords(text).map(keyed);
    const found: (TermMatch & { order: number })[] = [];
    words.forEach((word, i) => {
      for (const variant of candidates(index, word)) {
        const span = phraseAt(words, i, variant.words, (t, p) => sameGermanWord(t, p, variant.term.case));
        if (span) found.push({ ...span, term: variant.term, text: text.slice(span.start, span.end), order: variant.order });
      }
    });
    return longestFirst(found).map(({ order: _order, ...match }) => match);
  };
}

function keyed(word: Word): KeyedWord {
  const folded = foldGerman(word.core);
  return { ...word, folded, stem: stemGerman(folded) };
}

/** Variants whose first word may be a form of `word`, by the keys `sameGermanWord` accepts. */
function candidates(index: ReadonlyMap<string, readonly Variant[]>, word: KeyedWord): Set<Variant> {
  const keys = [word.folded, word.stem];
  for (const ending of GERMAN_ENDINGS) {
    if (word.folded.length > ending.length && word.folded.endsWith(ending)) keys.push(word.folded.slice(0, -ending.length));
  }
  return new Set(keys.flatMap((k) => index.get(k) ?? []));
}

/**
 * A German text word is a form of a term word when it spells the same word, adds a genitive,
 * dative or plural ending, or shares its Snowball stem without a derivational suffix in between:
 * the stemmer also strips `-isch`, `-ik`, `-ung`…, and `Logistik` is not `logistisch`.
 */
function sameGermanWord(text: KeyedWord, term: KeyedWord, rule: CaseRule): boolean {
  const inflected =
    text.folded === term.folded ||
    GERMAN_ENDINGS.some((e) => text.folded === term.folded + e) ||
    (text.stem === term.stem && inflectionalRest(text) && inflectionalRest(term));
  return inflected && (rule === 'insensitive' || sameCapitals(text.core, term.core));
}

const DERIVATIONAL = /end|ig|ung|lich|isch|ik|heit|keit/;

function inflectionalRest(word: KeyedWord): boolean {
  return !word.folded.startsWith(word.stem) || !DERIVATIONAL.test(word.folded.slice(word.stem.length));
}

/** Longest match wins; equal lengths go to the earlier position, then the earlier entry. */
function longestFirst<M extends TermMatch & { order: number }>(found: readonly M[]): M[] {
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const kept: M[] = [];
  for (const m of byLength) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

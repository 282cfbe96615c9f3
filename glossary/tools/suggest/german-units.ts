import stopword from 'stopword';
import { foldGerman, stemGerman } from '../../german-key.js';
import type { TermMatcher } from '../../match.js';
import { splitWords } from '../../words.js';
import { scanSegment, type ScanLexicon } from '../extract/scan-segment.js';
import type { ReviewedSentence } from './reviewed-sentence.js';

/** A stretch of German that a reviewer's English could render. */
export interface GermanUnit {
  /** Forms of one word, or of one run of words, share the key: their stems. */
  readonly key: string;
  /** The headword the extraction gives it: the text, or its nominative after a genitive article. */
  readonly lemma: string;
  /** As written in this sentence. */
  readonly text: string;
  /** How many words: a name beats its own words when the evidence is equal. */
  readonly words: number;
}

const FUNCTION_WORDS: ReadonlySet<string> = new Set(stopword.deu);

/** What the extraction needs to know about all the sentences at once. */
export function lexiconOf(sentences: readonly ReviewedSentence[]): ScanLexicon {
  const lowercase = new Set(sentences.flatMap((s) => splitWords(s.source).map((w) => w.core).filter((c) => /^\p{Ll}/u.test(c))));
  return { functionWords: FUNCTION_WORDS, lowercase };
}

/**
 * The German of a sentence that could be a new entry: every content word, and what the extraction
 * spots (names, quoted expressions, compounds, acronyms), each once. What the glossary already
 * covers (the run's term hits, and `known`) is left out: a term reviewers override is disputed,
 * not proposed again.
 */
export function germanUnits(sentence: ReviewedSentence, lexicon: ScanLexicon, known?: TermMatcher): GermanUnit[] {
  const covered = [...sentence.terms, ...(known?.(sentence.source) ?? [])];
  const { spotted, runs } = scanSegment(sentence.source, lexicon);
  const words = splitWords(sentence.source)
    .filter((w) => /\p{L}/u.test(w.core) && w.core.length > 1 && !FUNCTION_WORDS.has(w.core.toLowerCase()))
    .map((w) => ({ start: w.start, end: w.end, lemma: w.core }));
  const units = new Map<string, GermanUnit>();
  for (const span of [...spotted, ...runs, ...words]) {
    if (covered.some((c) => c.start < span.end && span.start < c.end)) continue;
    const text = sentence.source.slice(span.start, span.end);
    const stems = splitWords(text).map((w) => stemGerman(foldGerman(w.core)));
    const key = stems.join(' ');
    if (!units.has(key)) units.set(key, { key, lemma: span.lemma, text, words: stems.length });
  }
  return [...units.values()];
}

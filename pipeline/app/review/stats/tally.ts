import { defaultConfig } from '../../../config.js';
import { segmentsOf, type LektorDoc, type Segment } from '../../../core/doc.js';
import { addChrfStatistics, chrfStatistics, EMPTY_CHRF, type ChrfStatistics } from './chrf.js';
import { characterDistance, editDistance } from './edit-distance.js';
import type { ScoredReview } from './triage.js';
import { words } from './words.js';

/**
 * Post-editing effort as counts that add up: a segment's, an article's (its segments summed) and a
 * whole output folder's (its articles summed). Rates are computed from the sums only, as TER and
 * chrF aggregate over a corpus, never by averaging per-sentence rates; a rank correlation needs
 * every sentence, so the scored ones are kept (joined, not summed).
 */
export interface ReviewTally {
  /** Translatable segments (those the model translates). */
  readonly sentences: number;
  /** Sentences a reviewer saved, edited or approved as they were. */
  readonly reviewed: number;
  /** Reviewed sentences whose text differs from the machine's draft. */
  readonly edited: number;
  /** Reviewed sentences approved unchanged. */
  readonly approved: number;
  /** Character (code point) edits from the drafts to the reviewed texts. */
  readonly charEdits: number;
  /** Word and punctuation edits (insert, delete, substitute) from the drafts to the reviewed texts. */
  readonly wordEdits: number;
  /** Words and punctuation marks in the reviewed texts: TER's reference length. */
  readonly referenceWords: number;
  /** chrF n-gram counts of the drafts against the reviewed texts. */
  readonly ngrams: ChrfStatistics;
  /** The reviewed sentences whose draft the model scored, for the triage figures. */
  readonly scored: readonly ScoredReview[];
}

export const EMPTY_TALLY: ReviewTally = { sentences: 0, reviewed: 0, edited: 0, approved: 0, charEdits: 0, wordEdits: 0, referenceWords: 0, ngrams: EMPTY_CHRF, scored: [] };

/** Word edits per reference word (TER without shifts, 0–1…); as sacreBLEU, no reference words give 1 if there were edits, else 0. */
export function terRate(edits: number, referenceWords: number): number {
  if (referenceWords > 0) return edits / referenceWords;
  return edits > 0 ? 1 : 0;
}

/** How far an article's review has come: reviewed sentences of all, without measuring the edits. */
export function reviewProgress(doc: LektorDoc): { readonly reviewed: number; readonly sentences: number } {
  const sentences = segmentsOf(doc).filter((s) => s.translatable);
  return { reviewed: sentences.filter((s) => s.origin === 'review').length, sentences: sentences.length };
}

/**
 * One segment's counts: only a reviewed sentence has edits and n-grams. `minConfidence` is the
 * run's `qa.minConfidence`, below which the `low-confidence` check flagged a draft.
 */
export function segmentTally(segment: Segment, minConfidence = defaultConfig().qa.minConfidence): ReviewTally {
  if (!segment.translatable) return EMPTY_TALLY;
  if (segment.origin !== 'review') return { ...EMPTY_TALLY, sentences: 1 };
  const review = segment.target ?? '';
  // The review's writer always keeps the draft; without it no edit can be seen.
  const draft = segment.draft ?? review;
  const edited = draft !== review;
  const reference = words(review);
  const wordEdits = editDistance(words(draft), reference);
  const { confidence } = segment;
  return {
    sentences: 1,
    reviewed: 1,
    edited: edited ? 1 : 0,
    approved: edited ? 0 : 1,
    charEdits: characterDistance(draft, review),
    wordEdits,
    referenceWords: reference.length,
    ngrams: chrfStatistics(draft, review),
    scored: confidence === undefined ? [] : [{ confidence, distance: terRate(wordEdits, reference.length), edited, flagged: confidence < minConfidence }],
  };
}

export function addTallies(a: ReviewTally, b: ReviewTally): ReviewTally {
  return {
    sentences: a.sentences + b.sentences,
    reviewed: a.reviewed + b.reviewed,
    edited: a.edited + b.edited,
    approved: a.approved + b.approved,
    charEdits: a.charEdits + b.charEdits,
    wordEdits: a.wordEdits + b.wordEdits,
    referenceWords: a.referenceWords + b.referenceWords,
    ngrams: addChrfStatistics(a.ngrams, b.ngrams),
    scored: [...a.scored, ...b.scored],
  };
}

/** An article's counts: its segments' summed (`minConfidence` as `segmentTally` takes it). */
export function articleTally(doc: LektorDoc, minConfidence?: number): ReviewTally {
  return segmentsOf(doc).map((segment) => segmentTally(segment, minConfidence)).reduce(addTallies, EMPTY_TALLY);
}

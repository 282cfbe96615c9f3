import type { LektorDoc, Segment } from '../../../core/doc.js';
import { chrfScore } from './chrf.js';
import { addTallies, articleTally, EMPTY_TALLY, segmentTally, terRate, type ReviewTally } from './tally.js';
import { triage, type Triage } from './triage.js';

/** Post-editing effort as people read it: the counts, the two rates computed from them, and how well the model's confidence foretold the edits. */
export interface ReviewStats extends Omit<ReviewTally, 'ngrams' | 'scored'> {
  /**
   * Word edits per 100 words of the reviewed text: TER without shifts (a moved phrase counts as
   * its deletions and insertions, where TER would count one shift). `null` when nothing was reviewed.
   */
  readonly ter: number | null;
  /** chrF (0–100) of the machine's drafts against the reviewed texts; `null` when nothing was reviewed. */
  readonly chrf: number | null;
  readonly triage: Triage;
}

export interface ArticleReviewStats extends ReviewStats {
  readonly name: string;
}

export interface ReviewStatsReport {
  readonly articles: readonly ArticleReviewStats[];
  readonly total: ReviewStats;
}

/** The rates of summed counts (total edits over total reference words, as TER aggregates). */
export function reviewStats(tally: ReviewTally): ReviewStats {
  const { ngrams, scored, ...counts } = tally;
  if (tally.reviewed === 0) return { ...counts, ter: null, chrf: null, triage: triage(scored) };
  return { ...counts, ter: 100 * terRate(tally.wordEdits, tally.referenceWords), chrf: chrfScore(ngrams), triage: triage(scored) };
}

export function segmentReviewStats(segment: Segment): ReviewStats {
  return reviewStats(segmentTally(segment));
}

/** One article's effort, e.g. for the header of its review page. */
export function articleReviewStats(doc: LektorDoc): ReviewStats {
  return reviewStats(articleTally(doc));
}

/** Each article's effort and the total, whose rates come from all articles' counts together. */
export function reviewStatsReport(articles: readonly { readonly name: string; readonly tally: ReviewTally }[]): ReviewStatsReport {
  return {
    articles: articles.map((a) => ({ name: a.name, ...reviewStats(a.tally) })),
    total: reviewStats(articles.map((a) => a.tally).reduce(addTallies, EMPTY_TALLY)),
  };
}

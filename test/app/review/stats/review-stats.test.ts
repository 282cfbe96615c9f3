import { describe, expect, it } from 'vitest';
import { segmentsOf } from '../../../../pipeline/core/doc.js';
import { articleReviewStats, reviewStats, reviewStatsReport, segmentReviewStats } from '../../../../pipeline/app/review/stats/review-stats.js';
import { articleTally, EMPTY_TALLY } from '../../../../pipeline/app/review/stats/tally.js';
import { reviewedDocs } from '../../../helpers/reviewed-docs.js';

describe('review statistics', () => {
  const { suspicion, prices } = reviewedDocs();

  it('of a segment: TER and chrF of its draft against its review', () => {
    const [heading, , , unreviewed] = segmentsOf(suspicion);
    const stats = segmentReviewStats(heading!);
    expect(stats).toMatchObject({ charEdits: 6, wordEdits: 2, referenceWords: 6 });
    expect(stats.ter).toBeCloseTo(100 * (2 / 6), 10);
    // Worked out by hand in chrf.test.ts.
    expect(stats.chrf).toBeCloseTo(62.18776287618467, 10);
    expect(stats).not.toHaveProperty('ngrams');
    expect(segmentReviewStats(unreviewed!)).toMatchObject({ sentences: 1, reviewed: 0, ter: null, chrf: null });
  });

  it('of an article: rates from its summed counts', () => {
    // TER: 2 word edits over 6 + 2 reference words = 25 %.
    // chrF from the summed n-grams [35, 32, 30], [33, 30, 23], [31, 28, 19], [29, 26, 15], [27, 24, 12], [26, 23, 10]:
    // P = (30/35 + 23/33 + 19/31 + 15/29 + 12/27 + 10/26) / 6, R = (30/32 + 23/30 + 19/28 + 15/26 + 12/24 + 10/23) / 6,
    // 100 · 5PR / (4P + R) = 63.5291 (the same as sacreBLEU's corpus_chrf of the two pairs).
    expect(articleReviewStats(suspicion)).toEqual({
      sentences: 3,
      reviewed: 2,
      edited: 1,
      approved: 1,
      charEdits: 6,
      wordEdits: 2,
      referenceWords: 8,
      ter: 25,
      chrf: expect.closeTo(63.52906198663775, 10),
      // The model scored none of its drafts: no figure of confidence (triage.test.ts has them).
      triage: { scored: 0, flagged: 0, correlation: null, recall: null, precision: null },
    });
  });

  it('in total: rates from all counts together, not averages of the articles', () => {
    const report = reviewStatsReport([
      { name: 'suspicion', tally: articleTally(suspicion) },
      { name: 'prices', tally: articleTally(prices) },
    ]);
    expect(report.articles.map((a) => a.name)).toEqual(['suspicion', 'prices']);
    // prices: 1 edit over 6 words; chrF of "Prices rose by 5 percent." against "Prices rose by 5%."
    // from [21, 15, 14], [20, 14, 12], [19, 13, 11], [18, 12, 10], [17, 11, 9], [16, 10, 8].
    expect(report.articles[1]).toMatchObject({ ter: expect.closeTo(100 / 6, 10), chrf: expect.closeTo(77.32969745985525, 10) });
    // 3 edits over 14 words = 21.43 % (the articles' mean would be 20.83 %); chrF of the summed
    // n-grams is 68.05 (the articles' mean would be 70.43).
    expect(report.total).toMatchObject({ sentences: 4, reviewed: 3, edited: 2, approved: 1, charEdits: 14, wordEdits: 3, referenceWords: 14 });
    expect(report.total.ter).toBeCloseTo(300 / 14, 10);
    expect(report.total.chrf).toBeCloseTo(68.05301661835902, 10);
  });

  it('reviewed texts that are all empty: TER is 100 % if the drafts had words, else 0 % (as sacreBLEU)', () => {
    expect(reviewStats({ ...EMPTY_TALLY, sentences: 1, reviewed: 1, edited: 1, wordEdits: 3 }).ter).toBe(100);
    expect(reviewStats({ ...EMPTY_TALLY, sentences: 1, reviewed: 1, approved: 1 }).ter).toBe(0);
  });

  it('nothing reviewed: no rates', () => {
    expect(reviewStatsReport([]).total).toEqual({
      sentences: 0,
      reviewed: 0,
      edited: 0,
      approved: 0,
      charEdits: 0,
      wordEdits: 0,
      referenceWords: 0,
      ter: null,
      chrf: null,
      triage: { scored: 0, flagged: 0, correlation: null, recall: null, precision: null },
    });
  });
});

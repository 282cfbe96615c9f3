import { describe, expect, it } from 'vitest';
import { mapSegments } from '../../../../pipeline/core/doc.js';
import { formatReviewStats } from '../../../../pipeline/app/review/stats/format-review-stats.js';
import { reviewStatsReport } from '../../../../pipeline/app/review/stats/review-stats.js';
import { articleTally, EMPTY_TALLY } from '../../../../pipeline/app/review/stats/tally.js';
import { reviewedDocs } from '../../../helpers/reviewed-docs.js';

describe('formatReviewStats', () => {
  it('a row per article and a total, rates to one decimal, – where nothing was reviewed or scored', () => {
    const { suspicion, prices } = reviewedDocs();
    // The model was unsure of the heading reviewers edited (flagged below 0.5), sure of the sentence they approved.
    const scored = mapSegments(suspicion, (s) => (s.origin !== 'review' ? s : { ...s, confidence: s.draft === s.target ? 0.8 : 0.3, lowConfidence: [] }));
    const report = reviewStatsReport([
      { name: 'prices', tally: articleTally(prices) },
      { name: 'suspicion', tally: articleTally(scored) },
      { name: 'untouched', tally: { ...EMPTY_TALLY, sentences: 12 } },
    ]);
    expect(formatReviewStats(report)).toBe(
      [
        'article    sentences  reviewed  edited  approved  char edits  TER %  chrF  scored  flagged  Spearman  recall %  precision %',
        'prices             1         1       1         0           8   16.7  77.3       0        0         –         –            –',
        'suspicion          3         2       1         1           6   25.0  63.5       2        1     -1.00     100.0        100.0',
        'untouched         12         0       0         0           0      –     –       0        0         –         –            –',
        'total             16         3       2         1          14   21.4  68.1       2        1     -1.00     100.0        100.0',
        '',
      ].join('\n'),
    );
  });
});

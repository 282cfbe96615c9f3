import { describe, expect, it } from 'vitest';
import { triage } from '../../../../pipeline/app/review/stats/triage.js';
import { articleTally } from '../../../../pipeline/app/review/stats/tally.js';
import { makeDoc } from '../../../helpers/make-doc.js';

const reviewedAt = '2023-10-05T12:07:00.000Z';
const reviewed = (source: string, confidence: number | undefined, draft: string, target: string) => ({
  source,
  draft,
  target,
  origin: 'review' as const,
  reviewedAt,
  ...(confidence === undefined ? {} : { confidence, lowConfidence: [] }),
});

/**
 * Five reviewed sentences the model scored, each TER by hand (word edits / words of the review):
 * A 0.9 → 1/10, B 0.7 → 1/4, C 0.4 → 2/4, D 0.3 → approved, 0, E 0.2 → 3/3; and one the model did
 * not score and one nobody reviewed, which count for nothing here.
 */
const doc = makeDoc([
  {
    segments: [
      reviewed('A.', 0.9, 'one two three four five six seven eight nine ten', 'one two three four five six seven eight nine eleven'),
      reviewed('B.', 0.7, 'a b c d', 'a b c e'),
      reviewed('C.', 0.4, 'a b c d', 'a x y d'),
      reviewed('D.', 0.3, 'same here', 'same here'),
      reviewed('E.', 0.2, 'x y z', 'p q r'),
      reviewed('F.', undefined, 'old run', 'older run'),
      { source: 'G.', target: 'unreviewed', origin: 'model', confidence: 0.1, lowConfidence: [] },
    ],
  },
]);

describe('triage', () => {
  it('over the reviewed sentences the model scored: Spearman, and the flag’s recall and precision, as worked out by hand', () => {
    // Confidence ranks A 5, B 4, C 3, D 2, E 1; TER ranks A 2, B 3, C 4, D 1, E 5. Deviations from the
    // mean rank 3: (2,-1) (1,0) (0,1) (-1,-2) (-2,2), Σxy = -4, Σx² = Σy² = 10: ρ = -4/10.
    // Flagged below 0.5: C, D, E. Edited: A, B, C, E. Caught: C, E: recall 2/4, precision 2/3.
    expect(triage(articleTally(doc, 0.5).scored)).toEqual({ scored: 5, flagged: 3, correlation: expect.closeTo(-0.4, 12), recall: 0.5, precision: expect.closeTo(2 / 3, 12) });
  });

  it('flags by the threshold the run used', () => {
    // Below 0.8: B, C, D, E are flagged, of which B, C, E were edited; of the 4 edited, 3 were caught.
    expect(triage(articleTally(doc, 0.8).scored)).toMatchObject({ flagged: 4, recall: 0.75, precision: 0.75 });
  });

  it('gives no figure it cannot: one sentence, no spread, nothing edited, nothing flagged', () => {
    expect(triage([])).toEqual({ scored: 0, flagged: 0, correlation: null, recall: null, precision: null });
    expect(triage([{ confidence: 0.9, distance: 0, edited: false, flagged: false }])).toMatchObject({ correlation: null, recall: null, precision: null });
    const alike = [0.2, 0.4].map((confidence) => ({ confidence, distance: 0.5, edited: true, flagged: true }));
    expect(triage(alike)).toEqual({ scored: 2, flagged: 2, correlation: null, recall: 1, precision: 1 });
  });
});

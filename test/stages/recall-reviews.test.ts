import { describe, expect, it } from 'vitest';
import { segmentsOf } from '../../pipeline/core/doc.js';
import { SAMPLE_REVIEW } from '../helpers/sample-review.js';
import recallReviews from '../../pipeline/stages/recall-reviews.js';
import { makeDoc } from '../helpers/make-doc.js';

const review = SAMPLE_REVIEW;

const reviews = { recallReviews: async (sources: readonly string[]) => sources.map((s) => (s === review.source ? review : undefined)) };

describe('recall-reviews stage', () => {
  it('fills a reviewed sentence with the review, its draft and date, and leaves the rest for the model', async () => {
    const doc = makeDoc([[review.source, 'Alibaba bestreitet das.']]);
    const [reviewed, open] = segmentsOf(await recallReviews({ reviews })(doc, { now: new Date(0) }));
    expect(reviewed).toMatchObject({ target: review.target, origin: 'review', draft: review.draft, reviewedAt: review.createdAt });
    expect(open?.target).toBeUndefined();
  });

  it('leaves segments that already have a target (copied, remembered) and untranslatable ones alone', async () => {
    const doc = makeDoc([{ segments: [{ source: review.source, target: 'Kept.', origin: 'memory' }, '—'] }]);
    expect(await recallReviews({ reviews })(doc, { now: new Date(0) })).toEqual(doc);
  });
});

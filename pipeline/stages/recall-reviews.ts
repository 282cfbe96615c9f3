import { mapSegments, segmentsOf, type Segment } from '../core/doc.js';
import type { ReviewEntry, TranslationMemory } from '../engine/memory/memory.js';
import type { Stage } from './stage.js';

export interface RecallReviewsOptions {
  /** Where people's reviews are kept: the translation memory. */
  readonly reviews: Pick<TranslationMemory, 'recallReviews'>;
}

/**
 * Before translation: a sentence a person has reviewed gets the reviewed English (origin
 * `review`), whatever model or settings this run uses, and never reaches the model. Term
 * verification and QA still run on it afterwards.
 */
export default function recallReviews(options: RecallReviewsOptions): Stage {
  if (!options.reviews) throw new TypeError('recallReviews: options.reviews is required');
  return async (doc) => {
    const open = segmentsOf(doc).filter((s) => s.target === undefined && s.translatable);
    if (open.length === 0) return doc;
    const found = await options.reviews.recallReviews(open.map((s) => s.source));
    const reviewed = new Map<string, ReviewEntry>();
    open.forEach((s, i) => {
      const review = found[i];
      if (review) reviewed.set(s.id, review);
    });
    if (reviewed.size === 0) return doc;
    return mapSegments(doc, (s): Segment => {
      const review = reviewed.get(s.id);
      return review ? { ...s, target: review.target, origin: 'review', draft: review.draft, reviewedAt: review.createdAt } : s;
    });
  };
}

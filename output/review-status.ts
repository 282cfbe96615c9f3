import type { LektorDoc, Segment, Severity, TermHit } from '../pipeline/core/doc.js';
import { segmentsOf } from '../pipeline/core/doc.js';

/** What became of one glossary term in the target, worst first. */
export type TermStatus = 'forbidden' | 'missing' | 'repaired' | 'ok';

export function termStatus(hit: TermHit): TermStatus {
  if (hit.forbidden && hit.forbidden.length > 0) return 'forbidden';
  if (!hit.found) return 'missing';
  return hit.repaired ? 'repaired' : 'ok';
}

/** A segment the QA checks reported anything on. */
export function isFlagged(segment: Segment): boolean {
  return (segment.flags?.length ?? 0) > 0;
}

/** The QA check that flags a sentence the model was unsure of (`pipeline/checks/low-confidence.ts`). */
const LOW_CONFIDENCE_CHECK = 'low-confidence';

/** A sentence the `low-confidence` check flagged: the model was less sure of it than the run's `qa.minConfidence`. */
export function hasLowConfidence(segment: Segment): boolean {
  return (segment.flags ?? []).some((f) => f.check === LOW_CONFIDENCE_CHECK);
}

/** A sentence the model translated that no person has reviewed yet. */
export function isUnreviewed(segment: Segment): boolean {
  return segment.translatable && segment.origin !== 'review';
}

/** A glossary term whose English is not in the target. */
export function hasMissingTerm(segment: Segment): boolean {
  return (segment.terms ?? []).some((hit) => !hit.found);
}

const REVIEW_SEVERITIES: readonly Severity[] = ['error', 'warning'];

/**
 * Whether an editor must look at the segment before it can be used: CAT tools get this as the
 * target's state, so info-level findings alone do not hold a sentence back.
 */
export function needsReview(segment: Segment): boolean {
  if (segment.target === undefined) return true;
  if ((segment.flags ?? []).some((f) => REVIEW_SEVERITIES.includes(f.severity))) return true;
  return (segment.terms ?? []).some((hit) => termStatus(hit) === 'forbidden' || termStatus(hit) === 'missing');
}

/** The totals a reviewer sees first, for one article. */
export interface ReviewCounts {
  readonly segments: number;
  /** Segments with at least one QA flag. */
  readonly flagged: number;
  /** Segments with at least one glossary term missing from the target. */
  readonly termsMissing: number;
  /** Segments whose target is not ready to use (see `needsReview`). */
  readonly needsReview: number;
  /** Glossary term occurrences in the source. */
  readonly termHits: number;
  /** Term occurrences Lektor changed the target for. */
  readonly termsRepaired: number;
  /** Sentences the `low-confidence` check flagged. */
  readonly lowConfidence: number;
  /** Translatable sentences no person has reviewed yet. */
  readonly unreviewed: number;
}

export function reviewCounts(doc: LektorDoc): ReviewCounts {
  const segments = segmentsOf(doc);
  const hits = segments.flatMap((s) => s.terms ?? []);
  return {
    segments: segments.length,
    flagged: segments.filter(isFlagged).length,
    termsMissing: segments.filter(hasMissingTerm).length,
    needsReview: segments.filter(needsReview).length,
    termHits: hits.length,
    termsRepaired: hits.filter((h) => termStatus(h) === 'repaired').length,
    lowConfidence: segments.filter(hasLowConfidence).length,
    unreviewed: segments.filter(isUnreviewed).length,
  };
}

import type { ReviewedFile, ReviewedUnit } from '../../output/reviewed-file.js';
import { mapSegments, segmentsOf, type LektorDoc } from '../../pipeline/core/doc.js';
import { segmentVersion } from '../../pipeline/core/segment-version.js';
import { reviewDoc } from './review-doc.js';

/** What a reader should find in an untouched file Lektor wrote for `doc`, lines aside. */
export function unitsOf(doc: LektorDoc): Omit<ReviewedUnit, 'line'>[] {
  return segmentsOf(doc).map((s) => ({ segment: s.id, source: s.source, target: s.target ?? '', approved: s.origin === 'review', version: segmentVersion(s) }));
}

/** A file's units without their lines and inline codes (tested on their own), to compare with `unitsOf`. */
export function withoutLines(file: ReviewedFile): { article: string; units: Omit<ReviewedUnit, 'line' | 'inline'>[] } {
  return { article: file.article, units: file.units.map(({ line: _line, inline: _inline, ...unit }) => unit) };
}

/** The review document with its first sentence reviewed by a person, as `reviseArticle` leaves it. */
export function reviewedDoc(): LektorDoc {
  return mapSegments(reviewDoc(), (s) => (s.id === 's0001' ? { ...s, target: 'Intelligence service watches logistics centre in Liège', origin: 'review', draft: s.target } : s));
}

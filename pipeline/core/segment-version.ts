import { createHash } from 'node:crypto';
import type { Segment } from './doc.js';

/**
 * What a reviewer's save is compared against: it changes whenever the sentence's English, its
 * origin or its review changes, so a save made from an older copy of the page, or a review file
 * written before (the formats carry it), is refused rather than silently overwriting a later one.
 */
export function segmentVersion(segment: Segment): string {
  return createHash('sha256')
    .update([segment.origin ?? '', segment.target ?? '', segment.reviewedAt ?? ''].join('\0'))
    .digest('hex')
    .slice(0, 16);
}

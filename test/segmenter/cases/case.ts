import type { ParagraphKind } from '../../../pipeline/core/doc.js';

/** One German input and the segments a news-grade segmenter must return for it. */
export interface SegmenterCase {
  readonly text: string;
  /** Every segment, in order, exactly as `text.slice(start, end)`. */
  readonly segments: readonly string[];
  /** The kind of each segment's paragraph, for cases about structure. */
  readonly kinds?: readonly ParagraphKind[];
}

/** The cases for one rule. */
export interface CaseGroup {
  readonly rule: string;
  readonly cases: readonly SegmenterCase[];
}

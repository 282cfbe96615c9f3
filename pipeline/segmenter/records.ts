import type { Paragraph, ParagraphKind } from '../core/doc.js';

/** One segment as `lektor segment --json` prints it. */
export interface SegmentRecord {
  /** Exactly `text.slice(start, end)`. */
  readonly text: string;
  /** UTF-16 offsets into the article after the reader's normalisation (BOM stripped, LF, NFC). */
  readonly start: number;
  readonly end: number;
  /** The paragraph's id, `p0001`. */
  readonly paragraph: string;
  readonly kind: ParagraphKind;
}

/** Every segment in document order, with its paragraph's id and kind. */
export function segmentRecords(paragraphs: readonly Paragraph[]): SegmentRecord[] {
  return paragraphs.flatMap((p) => p.segments.map((s) => ({ text: s.source, start: s.start, end: s.end, paragraph: p.id, kind: p.kind })));
}

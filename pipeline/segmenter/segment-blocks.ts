import { positionId, type InlineMark, type Layout, type Paragraph, type Segment } from '../core/doc.js';
import { isTranslatable, segmentText } from './index.js';

interface Span {
  readonly start: number;
  readonly end: number;
  /** Index of the segmenter's paragraph within the block. */
  readonly paragraph: number;
  readonly kind: Paragraph['kind'];
}

/**
 * A mark's share of the segment `[start, end)` of `doc.text`, re-based on the segment's source;
 * undefined when the mark lies outside it (it stays in the text between segments, as written).
 * A paired element the segment cuts keeps only the sides that lie within the segment.
 */
function markShare(mark: InlineMark, start: number, end: number): InlineMark | undefined {
  if (!mark.paired) {
    return start <= mark.start && mark.end <= end ? { ...mark, start: mark.start - start, end: mark.end - start } : undefined;
  }
  const overlaps = mark.start === mark.end ? start <= mark.start && mark.start <= end : mark.start < end && mark.end > start;
  if (!overlaps) return undefined;
  return {
    ...mark,
    start: Math.max(mark.start, start) - start,
    end: Math.min(mark.end, end) - start,
    open: mark.start >= start ? mark.open : '',
    close: mark.end <= end ? mark.close : '',
  };
}

/** Joins segments where a standalone element (a code span, an abbreviation kept as written) would be cut. */
function keepStandalonesWhole(spans: Span[], marks: readonly InlineMark[]): Span[] {
  const joined: Span[] = [];
  for (const span of spans) {
    const prev = joined.at(-1);
    if (prev && marks.some((m) => !m.paired && m.start < prev.end && m.end > span.start)) joined[joined.length - 1] = { ...prev, end: span.end };
    else joined.push(span);
  }
  return joined;
}

/**
 * The paragraphs and segments of a Markdown or HTML article: each block's text split into
 * sentences on its own, so no sentence runs from one block into the next. Headings stay headings;
 * a block's short line is not taken for one. Each segment gets its share of the block's marks.
 */
export function segmentBlocks(text: string, layout: Layout): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let segmentCount = 0;
  for (const block of layout.blocks) {
    const found = segmentText(text.slice(block.start, block.end));
    const spans = found.flatMap((p, i) =>
      p.segments.map((s): Span => ({ start: block.start + s.start, end: block.start + s.end, paragraph: i, kind: block.kind === 'heading' ? 'heading' : p.kind === 'heading' ? 'paragraph' : p.kind })),
    );
    const whole = keepStandalonesWhole(spans, block.marks);
    for (let i = 0; i < whole.length; ) {
      let j = i + 1;
      while (j < whole.length && (whole[j] as Span).paragraph === (whole[i] as Span).paragraph) j++;
      const segments = whole.slice(i, j).map((span): Segment => {
        const source = text.slice(span.start, span.end);
        const marks = block.marks.flatMap((m) => markShare(m, span.start, span.end) ?? []).map((m, k) => ({ ...m, id: `m${k + 1}` }));
        return { id: positionId('s', segmentCount++), source, start: span.start, end: span.end, translatable: isTranslatable(source), ...(marks.length > 0 ? { marks } : {}) };
      });
      const first = whole[i] as Span;
      paragraphs.push({ id: positionId('p', paragraphs.length), kind: first.kind, start: first.start, end: (segments.at(-1) as Segment).end, segments });
      i = j;
    }
  }
  return paragraphs;
}

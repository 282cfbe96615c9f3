import type { InlineMark, Segment } from '../pipeline/core/doc.js';

/** A stretch of the segment's text outside any standalone element; `start` is its offset in that text. */
export interface TextNode {
  readonly kind: 'text';
  readonly text: string;
  readonly start: number;
}

/** A paired mark (or its piece in this sentence) around the nodes of the text it wraps. */
export interface ElementNode {
  readonly kind: 'element';
  readonly mark: InlineMark;
  readonly children: readonly InlineNode[];
}

/** A standalone element and the text it shows (a code span's code; `''` for an image or a break). */
export interface StandaloneNode {
  readonly kind: 'standalone';
  readonly mark: InlineMark;
  readonly text: string;
}

export type InlineNode = TextNode | ElementNode | StandaloneNode;

interface Span {
  readonly mark: InlineMark;
  readonly start: number;
  readonly end: number;
  readonly children: Span[];
}

function spansOf(marks: readonly InlineMark[], side: 'source' | 'target', length: number): Span[] {
  const spans: Span[] = [];
  for (const mark of marks) {
    // A lost piece of a cut element sits around the whole English only to keep the article well formed.
    if (side === 'target' && mark.lost) continue;
    const [start, end] = side === 'source' ? [mark.start, mark.end] : [mark.targetStart, mark.targetEnd];
    if (start === undefined || end === undefined || start < 0 || end < start || end > length) continue;
    spans.push({ mark, start, end, children: [] });
  }
  // Outer before inner: an element that starts where another does and ends later encloses it.
  return spans.sort((a, b) => a.start - b.start || b.end - a.end || Number(b.mark.paired) - Number(a.mark.paired));
}

/** The spans as a tree; a span that would cross another, or fall inside a standalone element, is left out. */
function nest(spans: readonly Span[]): Span[] {
  const roots: Span[] = [];
  const stack: Span[] = [];
  for (const span of spans) {
    while (stack.length > 0 && (stack.at(-1) as Span).end <= span.start) stack.pop();
    const parent = stack.at(-1);
    if (parent && (span.end > parent.end || !parent.mark.paired)) continue;
    (parent ? parent.children : roots).push(span);
    stack.push(span);
  }
  return roots;
}

function nodes(text: string, from: number, to: number, spans: readonly Span[]): InlineNode[] {
  const out: InlineNode[] = [];
  let at = from;
  for (const span of spans) {
    if (span.start > at) out.push({ kind: 'text', text: text.slice(at, span.start), start: at });
    out.push(
      span.mark.paired
        ? { kind: 'element', mark: span.mark, children: nodes(text, span.start, span.end, span.children) }
        : { kind: 'standalone', mark: span.mark, text: text.slice(span.start, span.end) },
    );
    at = span.end;
  }
  if (to > at) out.push({ kind: 'text', text: text.slice(at, to), start: at });
  return out;
}

/**
 * A segment's source or target as a tree of text and inline elements, for the review formats to
 * write as inline codes and the review page as formatting. A `lost` mark is left out of the
 * target (its markup is what the `markup` flag reports missing), and so is one that would cross another: the tree is
 * always well formed.
 */
export function inlineTree(segment: Segment, side: 'source' | 'target'): InlineNode[] {
  const text = side === 'source' ? segment.source : (segment.target ?? '');
  return nodes(text, 0, text.length, nest(spansOf(segment.marks ?? [], side, text.length)));
}

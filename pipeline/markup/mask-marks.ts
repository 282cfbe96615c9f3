import type { Edit } from '../../glossary/edit-text.js';
import { placeholder } from '../../glossary/strategies/placeholder.js';
import type { InlineMark, Segment } from '../core/doc.js';

/**
 * Which of a mark's sides the model must carry: a side at the sentence's edge goes to the target's
 * edge without asking (so does the side of an element cut by a sentence boundary, which is there).
 */
export interface MarkSides {
  readonly open: boolean;
  readonly close: boolean;
}

export function sidesToMask(mark: InlineMark, source: string): MarkSides {
  if (!mark.paired) return { open: true, close: false };
  return { open: mark.start > 0, close: mark.end < source.length };
}

/**
 * The placeholder index of a mark's side. Markup placeholders come after the segment's term
 * placeholders (`mask` numbers those from 0), two per mark, so neither can take the other's.
 */
export function markPlaceholderIndex(segment: Segment, markIndex: number, side: 'open' | 'close'): number {
  return (segment.terms?.length ?? 0) + 2 * markIndex + (side === 'close' ? 1 : 0);
}

/** No space is needed between a placeholder and these to keep it a word of its own. */
const NO_SPACE_BEFORE = /[\s([{„»«"'“‚‘]/u;
const NO_SPACE_AFTER = /[\s.,;:!?)\]}»«“”"'‘’…]/u;

/**
 * The edits that put a segment's inline markup into the model input as placeholders (the `mask`
 * strategy's stand-ins, which the model copies through): a paired mark's opening and closing
 * become one each, a standalone element's text becomes one. A space parts a placeholder from a
 * word it would otherwise run into; the model input is folded to single spaces anyway.
 */
export function markEdits(segment: Segment): Edit[] {
  const { source } = segment;
  const edits: (Edit & { order: number })[] = [];
  (segment.marks ?? []).forEach((mark, i) => {
    const sides = sidesToMask(mark, source);
    const stand = (side: 'open' | 'close', from: number, to: number): string => {
      const before = from > 0 && !NO_SPACE_BEFORE.test(source[from - 1] as string) ? ' ' : '';
      const after = to < source.length && !NO_SPACE_AFTER.test(source[to] as string) ? ' ' : '';
      return `${before}${placeholder(markPlaceholderIndex(segment, i, side))}${after}`;
    };
    if (!mark.paired) edits.push({ start: mark.start, end: mark.end, replacement: stand('open', mark.start, mark.end), order: 1 });
    else {
      if (sides.open) edits.push({ start: mark.start, end: mark.start, replacement: stand('open', mark.start, mark.start), order: 2 });
      if (sides.close) edits.push({ start: mark.end, end: mark.end, replacement: stand('close', mark.end, mark.end), order: 0 });
    }
  });
  // At one position, what closes goes before what stands alone, before what opens; placeholders
  // that meet are parted by a space.
  const sorted = edits.sort((a, b) => a.start - b.start || a.order - b.order);
  return sorted.map(({ start, end, replacement }, i) => {
    const prev = sorted[i - 1];
    const meets = prev !== undefined && prev.end === start && !prev.replacement.endsWith(' ') && !replacement.startsWith(' ');
    return { start, end, replacement: meets ? ` ${replacement}` : replacement };
  });
}

import type { InlineMark } from './doc.js';

/**
 * Which part of an element a mark is: the whole of it, or the piece of an element a sentence
 * boundary cut that opens here (`head`), closes here (`tail`), or neither (`middle`). Review
 * formats write a whole element as one pair of codes, a head or tail as one isolated code, and a
 * middle as no code at all.
 */
export type MarkPart = 'whole' | 'head' | 'tail' | 'middle';

export function markPart(mark: InlineMark): MarkPart {
  if (!mark.paired) return 'whole';
  if (mark.open !== '' && mark.close !== '') return 'whole';
  if (mark.open !== '') return 'head';
  return mark.close !== '' ? 'tail' : 'middle';
}

import { positionId, type Paragraph } from '../core/doc.js';
import { isTranslatable } from '../segmenter/index.js';
import type { Stage } from './stage.js';

/**
 * One paragraph of one segment per non-blank line of `doc.text`, the line as it stands: for
 * input that is already cut into segments, one per line, which the sentence splitter must not
 * cut again or join.
 */
export default function segmentLines(): Stage {
  return async (doc) => {
    const paragraphs: Paragraph[] = [];
    let start = 0;
    for (const line of doc.text.split('\n')) {
      const end = start + line.length;
      // Offsets of the line without its surrounding whitespace, so `source` is `text.slice(start, end)`.
      const from = start + (line.length - line.trimStart().length);
      const to = end - (line.length - line.trimEnd().length);
      if (to > from) {
        const source = doc.text.slice(from, to);
        const id = positionId('s', paragraphs.length);
        paragraphs.push({ id: positionId('p', paragraphs.length), kind: 'paragraph', start: from, end: to, segments: [{ id, source, start: from, end: to, translatable: isTranslatable(source) }] });
      }
      start = end + 1;
    }
    return { ...doc, paragraphs };
  };
}

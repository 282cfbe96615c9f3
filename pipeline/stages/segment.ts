import { segmentBlocks } from '../segmenter/segment-blocks.js';
import { segmentText } from '../segmenter/index.js';
import type { Stage } from './stage.js';

/** Splits `doc.text` into paragraphs and sentence segments; a Markdown or HTML article block by block. */
export default function segment(): Stage {
  return async (doc) => ({ ...doc, paragraphs: doc.layout ? segmentBlocks(doc.text, doc.layout) : segmentText(doc.text) });
}

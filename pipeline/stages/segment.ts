import { segmentText } from '../segmenter/index.js';
import type { Stage } from '../stage.js';

/** Splits `doc.text` into paragraphs and sentence segments. */
export default function segment(): Stage {
  return async (doc) => ({ ...doc, paragraphs: segmentText(doc.text) });
}

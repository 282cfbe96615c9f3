import { mapSegments } from '../core/doc.js';
import { restoreMarks } from '../markup/restore-marks.js';
import type { Stage } from './stage.js';

/**
 * After translation (and after the terms' placeholders are undone): takes the markup
 * placeholders out of each target and records where each inline element's English is.
 */
export default function restoreMarkup(): Stage {
  return async (doc) => mapSegments(doc, restoreMarks);
}

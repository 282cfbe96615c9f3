import { applyEdits } from '../../glossary/edit-text.js';
import { mapSegments, type Segment } from '../doc.js';
import { markEdits } from '../markup/mask-marks.js';
import type { Stage } from '../stage.js';

/**
 * Gives each segment with inline markup a model input in which the markup is placeholders, so
 * the model never sees markup. `enforce-terms` redoes this with the terms when there are any.
 */
export default function maskMarkup(): Stage {
  return async (doc) =>
    mapSegments(doc, (segment): Segment => {
      if (!segment.marks?.length || !segment.translatable) return segment;
      return { ...segment, modelInput: applyEdits(segment.source, markEdits(segment)).text };
    });
}

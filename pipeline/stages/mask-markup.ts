import { applyEdits } from '../../glossary/edit-text.js';
import { mapSegments, type Segment } from '../core/doc.js';
import { markEdits } from '../markup/mask-marks.js';
import type { Stage } from './stage.js';

/**
 * Gives each segment with inline markup a model input in which the markup is placeholders, so
 * the model never sees markup. `enforce-terms` redoes this with the terms when there are any.
 */
export default function maskMarkup(): Stage {
  return async (doc) =>
    mapSegments(doc, (segment): Segment => {
      if (!segment.translatable) return segment;
      // Markup around the whole sentence needs no placeholder: it goes around the whole English.
      const edits = markEdits(segment);
      return edits.length === 0 ? segment : { ...segment, modelInput: applyEdits(segment.source, edits).text };
    });
}

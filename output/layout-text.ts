import { segmentsOf, type LektorDoc } from '../pipeline/core/doc.js';

/**
 * The English text in the layout of the German: each segment's target where its source stood,
 * and everything between segments (line breaks, blank lines, indentation) as it was. For a
 * filter or an API, whose caller put the German together and expects its shape back.
 */
export function layoutText(doc: LektorDoc): string {
  let text = '';
  let at = 0;
  for (const segment of segmentsOf(doc)) {
    text += doc.text.slice(at, segment.start) + (segment.target ?? segment.source);
    at = segment.end;
  }
  return text + doc.text.slice(at);
}

import { createTermMatcher } from '../../glossary/match.js';
import type { Glossary } from '../../glossary/types.js';
import { mapSegments, type Segment, type TermHit } from '../core/doc.js';
import type { Stage } from './stage.js';

export interface MatchTermsOptions {
  /** The glossary, loaded (and so validated) before the run starts. */
  readonly glossary: Glossary;
}

/** Whether `[start, end)` touches text kept as written (a code span, a `translate="no"` element). */
function inKeptText(segment: Segment, start: number, end: number): boolean {
  return (segment.marks ?? []).some((m) => !m.paired && m.start < end && start < m.end);
}

/**
 * Annotates each translatable segment with the glossary terms in its source: offsets, the German
 * as written and the English required. `found`/`repaired` stay false until `verify-terms`. Text
 * that inline markup keeps as written is no place for a term.
 */
export default function matchTerms(options: MatchTermsOptions): Stage {
  const { glossary } = options;
  if (!glossary) throw new TypeError('matchTerms: options.glossary is required');
  const match = createTermMatcher(glossary);
  // A single file is already named by the document's meta; only a stack needs each term's source.
  const stacked = glossary.files.length > 1;
  return async (doc) => {
    const matched = mapSegments(doc, (segment): Segment => {
      if (!segment.translatable) return segment;
      const hits = match(segment.source)
        .filter((m) => !inKeptText(segment, m.start, m.end))
        .map(
          (m): TermHit => ({
            termId: m.term.id,
            start: m.start,
            end: m.end,
            text: m.text,
            expected: m.term.target,
            found: false,
            repaired: false,
            ...(m.term.dnt ? { dnt: true } : {}),
            ...(m.term.note === undefined ? {} : { note: m.term.note }),
            ...(stacked ? { glossary: m.term.file } : {}),
          }),
        );
      return hits.length > 0 ? { ...segment, terms: hits } : segment;
    });
    return { ...matched, meta: { ...matched.meta, glossary: { name: glossary.name, path: glossary.path, ...(stacked ? { files: glossary.files } : {}), terms: glossary.terms.length } } };
  };
}

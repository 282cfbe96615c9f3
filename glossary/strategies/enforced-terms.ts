import type { TermHit } from '../../pipeline/core/doc.js';
import type { GlossaryTerm } from '../types.js';
import type { EnforcedTerm } from './strategy.js';

/** A segment's hits as a strategy sees them, with the case rule of each term. */
export function enforcedTerms(hits: readonly TermHit[], terms: ReadonlyMap<string, GlossaryTerm>): EnforcedTerm[] {
  return hits.map((h) => ({ start: h.start, end: h.end, expected: h.expected, case: terms.get(h.termId)?.case ?? 'sensitive', dnt: h.dnt ?? false }));
}

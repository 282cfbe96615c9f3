import { buildTerms, type RawTerm } from '../build-terms.js';
import type { GlossaryTerm } from '../types.js';

/** An entry built on its own: the term, or why `buildTerms` refused it. */
export type BuiltAlone = { readonly term: GlossaryTerm } | { readonly reason: string; readonly field?: string };

class Refused {
  constructor(
    readonly reason: string,
    readonly field?: string,
  ) {}
}

/**
 * The term Lektor builds from one entry, with its defaults, trimming and per-entry checks, but
 * without the checks between entries, which the maintenance commands report themselves. Alone, a
 * `status: forbidden` entry has no entry to correct, so it is built as approved and given its
 * status back.
 */
export function buildTermAlone(raw: RawTerm, line: number): BuiltAlone {
  const forbidden = raw.status === 'forbidden';
  try {
    const [term] = buildTerms([forbidden ? { ...raw, status: 'approved' } : raw], [line], (_, reason, field) => {
      throw new Refused(reason, field);
    });
    return { term: forbidden ? { ...term!, status: 'forbidden' } : term! };
  } catch (error) {
    if (error instanceof Refused) return error.field === undefined ? { reason: error.reason } : { reason: error.reason, field: error.field };
    throw error;
  }
}

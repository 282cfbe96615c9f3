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

// Stands in for the entry a `status: forbidden` entry corrects, which a lone entry does not have.
const OWNER_ID = 'lektor-stand-in-owner';

/**
 * The term Lektor builds from one entry, with its defaults (id, case rule), trimming and
 * per-entry checks, but without the checks between entries, which the maintenance commands make
 * themselves.
 */
export function buildTermAlone(raw: RawTerm, line: number, file = ''): BuiltAlone {
  const entries = raw.status === 'forbidden' ? [raw, { id: OWNER_ID, source: raw.source, dnt: true }] : [raw];
  try {
    const [term] = buildTerms(entries, [line, line], file, (_, reason, field) => {
      throw new Refused(reason, field);
    });
    return { term: term! };
  } catch (error) {
    if (error instanceof Refused) return error.field === undefined ? { reason: error.reason } : { reason: error.reason, field: error.field };
    throw error;
  }
}

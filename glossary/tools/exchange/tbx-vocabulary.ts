import type { TermStatus } from '../../types.js';

/** TBX (ISO 30042:2019) namespace. */
export const TBX_NS = 'urn:iso:std:iso:30042:ed-2';

/** TBX-Basic `administrativeStatus` for an entry's English target, from its `status`. */
export const ADMINISTRATIVE_STATUS = {
  approved: 'preferredTerm-admn-sts',
  proposed: 'admittedTerm-admn-sts',
  forbidden: 'deprecatedTerm-admn-sts',
} as const satisfies Record<TermStatus, string>;

/** The status of a rendering in an entry's `forbidden` list. */
export const FORBIDDEN_STATUS = ADMINISTRATIVE_STATUS.forbidden;

/**
 * TBX-Basic has no data category for an inflected form, so Lektor marks a German `forms` entry
 * with this note on its term section; other tools show it as a note and keep the term.
 */
export const FORM_NOTE = 'inflected form';

/** TBX-Basic `termType` for a German spelling variant (`Derisking` beside `De-Risking`). */
export const VARIANT_TERM_TYPE = 'variant';

/** Lektor ids may start with a digit; XML ids may not, so such ids get a `_` in TBX. */
export function tbxId(id: string): string {
  return /^\d/.test(id) ? `_${id}` : id;
}

export function lektorId(tbx: string): string {
  return /^_\d/.test(tbx) ? tbx.slice(1) : tbx;
}

import { describe, expect, it } from 'vitest';
import terms from '../../pipeline/checks/terms.js';
import type { TermHit } from '../../pipeline/doc.js';
import { findMessages } from './find-messages.js';

const SOURCE = 'Das Logistikzentrum in Lüttich gehört Cainiao.';

function hit(text: string, expected: string, fields: Partial<TermHit> = {}): TermHit {
  const start = SOURCE.indexOf(text);
  return { termId: text.toLowerCase(), start, end: start + text.length, text, expected, found: true, repaired: false, ...fields };
}

const valid: [string, string, TermHit[]][] = [
  ['no terms', 'The logistics centre in Liège belongs to Cainiao.', []],
  ['found', 'The logistics centre in Liège belongs to Cainiao.', [hit('Logistikzentrum', 'logistics centre')]],
  ['repaired', 'The logistics centre in Liège belongs to Cainiao.', [hit('Logistikzentrum', 'logistics centre', { repaired: true })]],
  ['two found', 'The logistics centre in Liège belongs to Cainiao.', [hit('Logistikzentrum', 'logistics centre'), hit('Lüttich', 'Liège')]],
  ['empty forbidden list', 'The logistics centre in Liège belongs to Cainiao.', [hit('Lüttich', 'Liège', { forbidden: [] })]],
  ['missing dnt is dnt’s', 'The logistics centre in Liège belongs to Cainjao.', [hit('Cainiao', 'Cainiao', { dnt: true, found: false })]],
];

const invalid: [string, string, TermHit[], string[]][] = [
  ['missing', 'The logistics center in Liège belongs to Cainiao.', [hit('Logistikzentrum', 'logistics centre', { found: false })],
    ['Term `Logistikzentrum` not translated as `logistics centre`']],
  ['forbidden', 'The logistics center in Liège belongs to Cainiao.', [hit('Logistikzentrum', 'logistics centre', { found: false, forbidden: ['logistics center'] })],
    ['Term `Logistikzentrum` not translated as `logistics centre`', 'Forbidden variant `logistics center` in target; term `Logistikzentrum` requires `logistics centre`']],
  ['forbidden beside the right term', 'The logistics centre in Liège (Lüttich) belongs to Cainiao.', [hit('Lüttich', 'Liège', { forbidden: ['Lüttich'] })],
    ['Forbidden variant `Lüttich` in target; term `Lüttich` requires `Liège`']],
  ['two forbidden variants', 'The Luettich logistics centre in Luttich belongs to Cainiao.', [hit('Lüttich', 'Liège', { found: false, forbidden: ['Luettich', 'Luttich'] })],
    ['Term `Lüttich` not translated as `Liège`', 'Forbidden variant `Luettich` in target; term `Lüttich` requires `Liège`', 'Forbidden variant `Luttich` in target; term `Lüttich` requires `Liège`']],
  ['forbidden variant of a dnt term', 'The logistics centre in Liège belongs to Cai Niao.', [hit('Cainiao', 'Cainiao', { dnt: true, found: false, forbidden: ['Cai Niao'] })],
    ['Forbidden variant `Cai Niao` in target; term `Cainiao` requires `Cainiao`']],
  ['one of two missing', 'The logistics centre in Lüttich belongs to Cainiao.', [hit('Logistikzentrum', 'logistics centre'), hit('Lüttich', 'Liège', { found: false })],
    ['Term `Lüttich` not translated as `Liège`']],
];

describe('terms', () => {
  it.each(valid)('accepts %s', (_name, target, hits) => {
    expect(findMessages(terms, SOURCE, target, { terms: hits })).toEqual([]);
  });

  it.each(invalid)('flags %s', (_name, target, hits, messages) => {
    expect(findMessages(terms, SOURCE, target, { terms: hits })).toEqual(messages);
  });
});

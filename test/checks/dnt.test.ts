import { describe, expect, it } from 'vitest';
import dnt from '../../pipeline/checks/dnt.js';
import type { TermHit } from '../../pipeline/doc.js';
import { findMessages } from './find-messages.js';

const SOURCE = 'Cainiao und AliExpress gehören zu Alibaba, sagte die FT.';

function hit(text: string, fields: Partial<TermHit> = {}): TermHit {
  const start = SOURCE.indexOf(text);
  return { termId: text.toLowerCase(), start, end: start + text.length, text, expected: text, found: true, repaired: false, dnt: true, ...fields };
}

const valid: [string, string, TermHit[]][] = [
  ['no terms', 'Cainiao and AliExpress belong to Alibaba, the FT said.', []],
  ['kept', 'Cainiao and AliExpress belong to Alibaba, the FT said.', [hit('Cainiao')]],
  ['two kept', 'Cainiao and AliExpress belong to Alibaba, the FT said.', [hit('Cainiao'), hit('AliExpress')]],
  ['restored by the glossary stage', 'Cainiao and AliExpress belong to Alibaba, the FT said.', [hit('AliExpress', { repaired: true })]],
  ['missing ordinary term is terms’', 'Cainiao and AliExpress belong to Alibaba, the FT said.', [hit('gehören', { dnt: false, expected: 'belong', found: false })]],
  ['dnt flag absent', 'Cainiao and AliExpress belong to Alibaba, the Financial Times said.', [hit('FT', { dnt: undefined, found: false })]],
];

const invalid: [string, string, TermHit[], string[]][] = [
  ['translated', 'Cai Niao and AliExpress belong to Alibaba, the FT said.', [hit('Cainiao', { found: false })],
    ['Do-not-translate term `Cainiao` changed; expected `Cainiao` unchanged in target']],
  ['respelt', 'Cainiao and Ali Express belong to Alibaba, the FT said.', [hit('AliExpress', { found: false })],
    ['Do-not-translate term `AliExpress` changed; expected `AliExpress` unchanged in target']],
  ['expanded', 'Cainiao and AliExpress belong to Alibaba, the Financial Times said.', [hit('FT', { found: false })],
    ['Do-not-translate term `FT` changed; expected `FT` unchanged in target']],
  ['two changed', 'Cai Niao and Ali Express belong to Alibaba, the FT said.', [hit('Cainiao', { found: false }), hit('AliExpress', { found: false })],
    ['Do-not-translate term `Cainiao` changed; expected `Cainiao` unchanged in target', 'Do-not-translate term `AliExpress` changed; expected `AliExpress` unchanged in target']],
  ['expected form differs from source', 'Cainiao and AliExpress belong to alibaba, the FT said.', [hit('Alibaba', { expected: 'Alibaba Group', found: false })],
    ['Do-not-translate term `Alibaba` changed; expected `Alibaba Group` unchanged in target']],
];

describe('dnt', () => {
  it.each(valid)('accepts %s', (_name, target, hits) => {
    expect(findMessages(dnt, SOURCE, target, { terms: hits })).toEqual([]);
  });

  it.each(invalid)('flags %s', (_name, target, hits, messages) => {
    expect(findMessages(dnt, SOURCE, target, { terms: hits })).toEqual(messages);
  });
});

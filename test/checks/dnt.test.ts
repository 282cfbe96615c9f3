import dnt from '../../pipeline/checks/dnt.js';
import type { TermHit } from '../../pipeline/core/doc.js';
import { testCheck, type CheckCases } from './check-tester.js';

const SOURCE = 'Cainiao und AliExpress gehören zu Alibaba, sagte die FT.';
const GOOD = 'Cainiao and AliExpress belong to Alibaba, the FT said.';

function hit(text: string, fields: Partial<TermHit> = {}): TermHit {
  const start = SOURCE.indexOf(text);
  return { termId: text.toLowerCase(), start, end: start + text.length, text, expected: text, found: true, repaired: false, dnt: true, ...fields };
}
const withTerms = (...hits: TermHit[]) => ({ terms: hits });
const changed = (term: string, expected = term) => `Do-not-translate term \`${term}\` changed; expected \`${expected}\` unchanged in target`;

const valid: CheckCases['valid'] = [
  [SOURCE, GOOD, withTerms()],
  [SOURCE, GOOD, withTerms(hit('Cainiao'))],
  [SOURCE, GOOD, withTerms(hit('Cainiao'), hit('AliExpress'))],
  [SOURCE, GOOD, withTerms(hit('AliExpress', { repaired: true }))],
  // Ordinary terms are `terms`' to report.
  [SOURCE, GOOD, withTerms(hit('gehören', { dnt: false, expected: 'belong', found: false }))],
  [SOURCE, 'Cainiao and AliExpress belong to Alibaba, the Financial Times said.', withTerms(hit('FT', { dnt: undefined, found: false }))],
];

const invalid: CheckCases['invalid'] = [
  [SOURCE, 'Cai Niao and AliExpress belong to Alibaba, the FT said.', [changed('Cainiao')], withTerms(hit('Cainiao', { found: false }))],
  [SOURCE, 'Cainiao and Ali Express belong to Alibaba, the FT said.', [changed('AliExpress')], withTerms(hit('AliExpress', { found: false }))],
  [SOURCE, 'Cainiao and AliExpress belong to Alibaba, the Financial Times said.', [changed('FT')], withTerms(hit('FT', { found: false }))],
  [SOURCE, 'Cai Niao and Ali Express belong to Alibaba, the FT said.', [changed('Cainiao'), changed('AliExpress')],
    withTerms(hit('Cainiao', { found: false }), hit('AliExpress', { found: false }))],
  [SOURCE, 'Cainiao and AliExpress belong to alibaba, the FT said.', [changed('Alibaba', 'Alibaba Group')],
    withTerms(hit('Alibaba', { expected: 'Alibaba Group', found: false }))],
];

testCheck(dnt, { valid, invalid });

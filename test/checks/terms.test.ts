import terms from '../../pipeline/checks/terms.js';
import type { TermHit } from '../../pipeline/core/doc.js';
import { testCheck, type CheckCases } from './check-tester.js';

const SOURCE = 'Das Logistikzentrum in Lüttich gehört Cainiao.';
const GOOD = 'The logistics centre in Liège belongs to Cainiao.';

function hit(text: string, expected: string, fields: Partial<TermHit> = {}): TermHit {
  const start = SOURCE.indexOf(text);
  return { termId: text.toLowerCase(), start, end: start + text.length, text, expected, found: true, repaired: false, ...fields };
}
const withTerms = (...hits: TermHit[]) => ({ terms: hits });

const valid: CheckCases['valid'] = [
  [SOURCE, GOOD, withTerms()],
  [SOURCE, GOOD, withTerms(hit('Logistikzentrum', 'logistics centre'))],
  [SOURCE, GOOD, withTerms(hit('Logistikzentrum', 'logistics centre', { repaired: true }))],
  [SOURCE, GOOD, withTerms(hit('Logistikzentrum', 'logistics centre'), hit('Lüttich', 'Liège'))],
  [SOURCE, GOOD, withTerms(hit('Lüttich', 'Liège', { forbidden: [] }))],
  // A missing do-not-translate term is `dnt`'s finding.
  [SOURCE, 'The logistics centre in Liège belongs to Cainjao.', withTerms(hit('Cainiao', 'Cainiao', { dnt: true, found: false }))],
];

const invalid: CheckCases['invalid'] = [
  [SOURCE, 'The logistics center in Liège belongs to Cainiao.', ['Term `Logistikzentrum` not translated as `logistics centre`'],
    withTerms(hit('Logistikzentrum', 'logistics centre', { found: false }))],
  [SOURCE, 'The logistics center in Liège belongs to Cainiao.',
    ['Term `Logistikzentrum` not translated as `logistics centre`', 'Forbidden variant `logistics center` in target; term `Logistikzentrum` requires `logistics centre`'],
    withTerms(hit('Logistikzentrum', 'logistics centre', { found: false, forbidden: ['logistics center'] }))],
  [SOURCE, 'The logistics centre in Liège (Lüttich) belongs to Cainiao.', ['Forbidden variant `Lüttich` in target; term `Lüttich` requires `Liège`'],
    withTerms(hit('Lüttich', 'Liège', { forbidden: ['Lüttich'] }))],
  [SOURCE, 'The Luettich logistics centre in Luttich belongs to Cainiao.',
    ['Term `Lüttich` not translated as `Liège`', 'Forbidden variant `Luettich` in target; term `Lüttich` requires `Liège`', 'Forbidden variant `Luttich` in target; term `Lüttich` requires `Liège`'],
    withTerms(hit('Lüttich', 'Liège', { found: false, forbidden: ['Luettich', 'Luttich'] }))],
  [SOURCE, 'The logistics centre in Liège belongs to Cai Niao.', ['Forbidden variant `Cai Niao` in target; term `Cainiao` requires `Cainiao`'],
    withTerms(hit('Cainiao', 'Cainiao', { dnt: true, found: false, forbidden: ['Cai Niao'] }))],
  [SOURCE, 'The logistics centre in Lüttich belongs to Cainiao.', ['Term `Lüttich` not translated as `Liège`'],
    withTerms(hit('Logistikzentrum', 'logistics centre'), hit('Lüttich', 'Liège', { found: false }))],
];

testCheck(terms, { valid, invalid });

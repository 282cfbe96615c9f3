import { describe, expect, it } from 'vitest';
import { measureCoverage } from '../../../../glossary/tools/check/measure-coverage.js';
import matchTerms from '../../../../pipeline/stages/match-terms.js';
import { makeDoc } from '../../../helpers/make-doc.js';
import { glossaryOf } from '../maintenance-fixtures.js';

const glossary = glossaryOf(
  '  - source: Lüttich\n    target: Liège\n  - source: Cainiao\n    dnt: true\n  - source: Spionage\n    target: espionage\n' +
    '  - source: Welthandelsplattform\n    target: World Trade Platform\n    status: proposed\n',
);

describe('measureCoverage', () => {
  it('counts occurrences per article, lists unused terms and computes adherence from the results', async () => {
    const match = matchTerms({ glossary });
    const ctx = { now: new Date(0) };
    const docs = [await match(makeDoc([['In Lüttich und Lüttichs Umland.', 'Cainiao.']], 'a'), ctx), await match(makeDoc([['Cainiao in Lüttich.']], 'b'), ctx)];
    const results = new Map([['a', [
      { termId: 'luettich', honoured: true, repaired: false },
      { termId: 'luettich', honoured: true, repaired: true },
      { termId: 'cainiao', honoured: false, repaired: false },
    ]]]);
    expect(measureCoverage(glossary, docs, results)).toEqual({
      glossary: 'g.yaml',
      articles: ['a', 'b'],
      translated: ['a'],
      terms: [
        { id: 'luettich', source: 'Lüttich', target: 'Liège', occurrences: 3, articles: [{ article: 'a', count: 2 }, { article: 'b', count: 1 }], adherence: { honoured: 2, total: 2, repaired: 1 } },
        { id: 'cainiao', source: 'Cainiao', target: 'Cainiao', occurrences: 2, articles: [{ article: 'a', count: 1 }, { article: 'b', count: 1 }], adherence: { honoured: 0, total: 1, repaired: 0 } },
        { id: 'spionage', source: 'Spionage', target: 'espionage', occurrences: 0, articles: [] },
      ],
      notApplied: 1,
    });
  });
});

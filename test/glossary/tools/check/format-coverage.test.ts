import { describe, expect, it } from 'vitest';
import { COVERAGE_FORMATS } from '../../../../glossary/tools/check/format-coverage.js';
import type { CoverageReport } from '../../../../glossary/tools/check/measure-coverage.js';

const report: CoverageReport = {
  glossary: 'g.yaml',
  articles: ['a', 'b'],
  translated: ['a'],
  terms: [
    { id: 'luettich', source: 'Lüttich', target: 'Liège', occurrences: 3, articles: [{ article: 'a', count: 2 }, { article: 'b', count: 1 }], adherence: { honoured: 2, total: 2, repaired: 1 } },
    { id: 'cainiao', source: 'Cainiao', target: 'Cainiao', occurrences: 1, articles: [{ article: 'b', count: 1 }] },
    { id: 'spionage', source: 'Spionage', target: 'espionage', occurrences: 0, articles: [] },
  ],
  notApplied: 1,
};

describe('COVERAGE_FORMATS', () => {
  it('text: a table of the terms that occur, then those that never do', () => {
    expect(COVERAGE_FORMATS.text(report)).toBe(
      [
        'g.yaml: 2 of 3 terms occur in 2 articles; adherence from 1 translated article',
        '',
        'term     uses  adherence         articles',
        'Lüttich     3  2/2 (1 repaired)  a (2), b (1)',
        'Cainiao     1  -                 b (1)',
        '',
        'never used (1): Spionage',
        '',
        '1 proposed or forbidden entry not counted: translation does not apply them',
        '',
      ].join('\n'),
    );
  });

  it('text: in a stack, each term with its file and line', () => {
    const stacked: CoverageReport = {
      ...report,
      glossary: 'house.yaml, desk.yaml',
      terms: report.terms.map((t, i) => ({ ...t, from: { file: i === 1 ? 'desk.yaml' : 'house.yaml', line: 4 + i } })),
    };
    expect(COVERAGE_FORMATS.text(stacked)).toBe(
      [
        'house.yaml, desk.yaml: 2 of 3 terms occur in 2 articles; adherence from 1 translated article',
        '',
        'term     from          uses  adherence         articles',
        'Lüttich  house.yaml:4     3  2/2 (1 repaired)  a (2), b (1)',
        'Cainiao  desk.yaml:5      1  -                 b (1)',
        '',
        'never used (1): Spionage (house.yaml:6)',
        '',
        '1 proposed or forbidden entry not counted: translation does not apply them',
        '',
      ].join('\n'),
    );
  });

  it('json: the report as it is', () => {
    expect(JSON.parse(COVERAGE_FORMATS.json(report))).toEqual(report);
  });
});

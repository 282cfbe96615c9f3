import { describe, expect, it } from 'vitest';
import type { MemoryMatch } from '../../../pipeline/core/doc.js';
import { analyseMatches, formatMatchAnalysis, matchBand, mergeMatchAnalyses } from '../../../pipeline/engine/memory/match-analysis.js';
import { makeDoc } from '../../helpers/make-doc.js';

const match = (similarity: number): MemoryMatch => ({ similarity, source: 'x', target: 'y', origin: 'model', createdAt: '2026-01-01T00:00:00.000Z' });

describe('matchBand', () => {
  it.each([
    [{ origin: 'review' as const }, 'reviewed exact'],
    [{ matches: [match(100)] }, 'exact'],
    [{ matches: [match(99)] }, '95-99'],
    [{ origin: 'memory-adapted' as const, matches: [match(98)] }, '95-99'],
    [{ matches: [match(95)] }, '95-99'],
    [{ matches: [match(94)] }, '85-94'],
    [{ matches: [match(85)] }, '85-94'],
    [{ matches: [match(84)] }, '75-84'],
    [{ matches: [match(75)] }, '75-84'],
    [{ matches: [match(74)] }, '70-74'],
    [{ matches: [match(70)] }, '70-74'],
    [{ matches: [match(69)] }, 'no match'],
    [{}, 'no match'],
  ])('%j → %s', (fields, band) => {
    expect(matchBand({ id: 's0001', source: 'Ja.', start: 0, end: 3, translatable: true, ...fields })).toBe(band);
  });
});

describe('analyseMatches', () => {
  const doc = makeDoc([
    {
      segments: [
        { source: 'Der DAX stieg um 0,8 Prozent.', target: 'x', origin: 'review', draft: 'x' },
        { source: 'Der DAX fiel um 0,8 Prozent.', target: 'x', origin: 'model', matches: [match(88)] },
        { source: 'Guten Tag.', target: 'x', origin: 'model' },
        '—',
      ],
    },
  ]);

  it('counts sentences and words (numbers counted, marks not) per band, untranslatable ones left out', () => {
    const analysis = analyseMatches(doc);
    expect(analysis).toMatchObject({ 'reviewed exact': { sentences: 1, words: 6 }, '85-94': { sentences: 1, words: 6 }, 'no match': { sentences: 1, words: 2 }, exact: { sentences: 0, words: 0 } });
    expect(mergeMatchAnalyses([analysis, analysis])['no match']).toEqual({ sentences: 2, words: 4 });
  });

  it('prints the bands as CAT tools do', () => {
    expect(formatMatchAnalysis(analyseMatches(doc))).toBe(
      [
        'Matches:        sentences    words',
        '  reviewed exact        1        6   43%',
        '  exact                 0        0    0%',
        '  95-99                 0        0    0%',
        '  85-94                 1        6   43%',
        '  75-84                 0        0    0%',
        '  70-74                 0        0    0%',
        '  no match              1        2   14%',
        '  total                 3       14  100%',
      ].join('\n'),
    );
  });
});

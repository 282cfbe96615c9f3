import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../glossary/tools/extract/extract-candidates.js';
import { CANDIDATE_FORMATS } from '../../../../glossary/tools/extract/format-candidates.js';
import { parseGlossary } from '../../../../glossary/parse.js';

const candidates: Candidate[] = [
  { text: 'EWTP', kind: 'acronym', score: 3, count: 1, articles: ['a'], context: 'Teil der Plattform (EWTP).' },
  { text: 'De-Risking', kind: 'quoted', score: 6, count: 2, articles: ['a', 'b'], context: '"De-Risking" gegenüber China' },
];

describe('CANDIDATE_FORMATS', () => {
  it('text: headword, kind, count and articles, then the context', () => {
    expect(CANDIDATE_FORMATS.text(candidates)).toBe(
      'EWTP        acronym     1×  a\n    Teil der Plattform (EWTP).\n' + 'De-Risking  quoted      2×  a, b\n    "De-Risking" gegenüber China\n',
    );
    expect(CANDIDATE_FORMATS.text([])).toBe('no candidates: every term-like expression is in the glossary\n');
  });

  it('json: the candidates as they are', () => {
    expect(JSON.parse(CANDIDATE_FORMATS.json(candidates))).toEqual(candidates);
  });

  it('yaml: proposed entries to paste under terms:, names as dnt, other targets left for the editor', () => {
    const yaml = CANDIDATE_FORMATS.yaml(candidates);
    expect(yaml).toBe(
      [
        '  # Proposed by lektor glossary extract: paste under terms: and fill in each empty target.',
        '  # 1× in a (acronym): Teil der Plattform (EWTP).',
        '  - source: EWTP',
        '    dnt: true',
        '    status: proposed',
        '  # 2× in a, b (quoted): "De-Risking" gegenüber China',
        '  - source: De-Risking',
        '    target: ""',
        '    status: proposed',
        '',
      ].join('\n'),
    );
    const filled = `source_lang: de\ntarget_lang: en\nterms:\n${yaml.replace('target: ""', 'target: de-risking')}`;
    expect(parseGlossary(filled, 'g.yaml').terms.map((t) => [t.source[0], t.target, t.status])).toEqual([
      ['EWTP', 'EWTP', 'proposed'],
      ['De-Risking', 'de-risking', 'proposed'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { renderEvalTable } from '../../../pipeline/app/eval/eval-table.js';

describe('renderEvalTable', () => {
  it('renders one Markdown row per strategy and marks the default', () => {
    const results = [
      { strategy: 'inline' as const, occurrences: 45, honoured: 44, repaired: 0, flagged: 1, fallbacks: 0, ms: 830 },
      { strategy: 'verify' as const, occurrences: 0, honoured: 0, repaired: 0, flagged: 0, fallbacks: 0, ms: 12_345 },
    ];
    expect(renderEvalTable(results, { articles: 2, glossaryPath: 'g.yaml', terms: 18, model: 'm', defaultStrategy: 'inline' })).toBe(
      [
        'Glossary terms on 2 articles; glossary `g.yaml` (18 terms); model `m`',
        '',
        '| strategy | honoured | adherence | repaired | flagged | fallbacks to inline | time |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| inline (default) | 44 / 45 | 97.8 % | 0 | 1 | 0 | 0.83 s |',
        '| verify | 0 / 0 | – | 0 | 0 | 0 | 12.35 s |',
        '',
      ].join('\n'),
    );
  });
});

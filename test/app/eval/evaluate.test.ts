import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateStrategies, tallyTerms } from '../../../pipeline/app/eval/evaluate.js';
import { loadGlossary } from '../../../glossary/load.js';
import type { Glossary } from '../../../glossary/types.js';
import { resolveConfig } from '../../../pipeline/config.js';
import { fakeTranslator } from '../../helpers/fake-translator.js';
import { makeDoc } from '../../helpers/make-doc.js';
import { wordLookup } from '../../helpers/word-lookup.js';

const hit = { termId: 't', start: 0, end: 1, text: 'x', expected: 'y' };

describe('tallyTerms', () => {
  it('counts occurrences, honoured, repaired, flagged and fallbacks', () => {
    const doc = makeDoc([
      {
        segments: [
          { source: 'a', terms: [{ ...hit, found: true, repaired: false }, { ...hit, found: true, repaired: true }] },
          { source: 'b', terms: [{ ...hit, found: false, repaired: false, forbidden: ['z'] }], flags: [{ check: 'term-mask-fallback', severity: 'info', message: '' }] },
        ],
      },
    ]);
    expect(tallyTerms([doc, doc])).toEqual({ occurrences: 6, honoured: 4, repaired: 2, flagged: 4, fallbacks: 2 });
  });
});

describe('evaluateStrategies', () => {
  let glossary: Glossary;
  beforeAll(async () => {
    glossary = await loadGlossary('seeds/glossary.yaml');
  });

  it('runs each strategy through the stages and reports as each finishes', async () => {
    const translator = fakeTranslator(wordLookup({ Geheimdienst: 'secret service', Spionage: 'spying' }));
    const finished: string[] = [];
    const results = await evaluateStrategies(['test/fixtures/glossary/short-article.txt'], {
      config: resolveConfig([], {}),
      glossary,
      translator,
      now: new Date(0),
      cwd: process.cwd(),
      onResult: (r) => finished.push(r.strategy),
    });
    expect(finished).toEqual(['inline', 'mask', 'verify', 'constrain']);
    expect(results.map(({ ms: _ms, ...r }) => r)).toEqual([
      { strategy: 'inline', occurrences: 3, honoured: 3, repaired: 0, flagged: 0, fallbacks: 0 },
      { strategy: 'mask', occurrences: 3, honoured: 3, repaired: 0, flagged: 0, fallbacks: 0 },
      { strategy: 'verify', occurrences: 3, honoured: 2, repaired: 2, flagged: 1, fallbacks: 0 },
      // The fake translator cannot constrain its output: the sentence, whose terms it misses, falls back to inline.
      { strategy: 'constrain', occurrences: 3, honoured: 3, repaired: 0, flagged: 0, fallbacks: 1 },
    ]);
  });
});

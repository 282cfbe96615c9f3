import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../glossary/load.js';
import type { Glossary } from '../../glossary/types.js';
import { segmentsOf } from '../../pipeline/core/doc.js';
import matchTerms from '../../pipeline/stages/match-terms.js';
import { makeDoc } from '../helpers/make-doc.js';

const now = new Date('2024-01-01T00:00:00Z');
let glossary: Glossary;
beforeAll(async () => {
  glossary = await loadGlossary('seeds/glossary.yaml');
});

describe('match-terms stage', () => {
  it('annotates each segment with its hits, offsets into the source', async () => {
    const doc = makeDoc([['Der Geheimdienst überwacht Alibabas Logistikzentrum.', '12:07'], ['Laut "FT" in Lüttich.']]);
    const out = await matchTerms({ glossary })(doc, { now });
    const [first, time, second] = segmentsOf(out);
    expect(first!.terms).toEqual([
      { termId: 'geheimdienst', start: 4, end: 16, text: 'Geheimdienst', expected: 'intelligence service', found: false, repaired: false },
      { termId: 'alibaba', start: 27, end: 35, text: 'Alibabas', expected: 'Alibaba', found: false, repaired: false, dnt: true },
      { termId: 'logistikzentrum', start: 36, end: 51, text: 'Logistikzentrum', expected: 'logistics centre', found: false, repaired: false },
    ]);
    expect(time!.terms).toBeUndefined();
    expect(second!.terms?.map((h) => [h.text, h.note])).toEqual([
      ['FT', 'the Financial Times'],
      ['Lüttich', undefined],
    ]);
    for (const s of segmentsOf(out)) for (const h of s.terms ?? []) expect(s.source.slice(h.start, h.end)).toBe(h.text);
  });

  it('records the glossary on the document', async () => {
    const out = await matchTerms({ glossary })(makeDoc([['Nichts.']]), { now });
    expect(out.meta.glossary).toEqual({ name: 'Alibaba Liège', path: 'seeds/glossary.yaml', terms: 18 });
    expect(segmentsOf(out)[0]!.terms).toBeUndefined();
  });

  it('needs a glossary', () => {
    expect(() => matchTerms({} as never)).toThrow('matchTerms: options.glossary is required');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../glossary/load.js';
import type { Glossary } from '../../glossary/types.js';
import { segmentsOf, type LektorDoc, type TermStrategy } from '../../pipeline/core/doc.js';
import enforceTerms from '../../pipeline/stages/enforce-terms.js';
import matchTerms from '../../pipeline/stages/match-terms.js';
import { makeDoc } from '../helpers/make-doc.js';

const now = new Date('2024-01-01T00:00:00Z');
let glossary: Glossary;
let matched: LektorDoc;
beforeAll(async () => {
  glossary = await loadGlossary('seeds/glossary.yaml');
  matched = await matchTerms({ glossary })(makeDoc([['Der Geheimdienst überwacht Alibaba in Lüttich.', 'Nichts.']]), { now });
});

async function enforce(strategy?: TermStrategy) {
  return segmentsOf(await enforceTerms({ glossary, ...(strategy ? { strategy } : {}) })(matched, { now }));
}

describe('enforce-terms stage', () => {
  it('writes the English into the model input by default (inline)', async () => {
    const [s, plain] = await enforce();
    expect(s!.modelInput).toBe('Der intelligence service überwacht Alibaba in Liège.');
    expect(s!.terms?.map((h) => h.strategy)).toEqual(['inline', 'inline', 'inline']);
    expect(s!.source).toBe('Der Geheimdienst überwacht Alibaba in Lüttich.');
    expect(plain!.modelInput).toBeUndefined();
  });

  it('masks terms with placeholders', async () => {
    const [s] = await enforce('mask');
    expect(s!.modelInput).toBe('Der ZXQ1 überwacht ZXQ2 in ZXQ3.');
    expect(s!.terms?.map((h) => h.strategy)).toEqual(['mask', 'mask', 'mask']);
  });

  it('leaves the source alone with verify', async () => {
    const [s] = await enforce('verify');
    expect(s!.modelInput).toBeUndefined();
    expect(s!.terms?.map((h) => h.strategy)).toEqual(['verify', 'verify', 'verify']);
  });

  it('names the valid strategies when given another', () => {
    expect(() => enforceTerms({ glossary, strategy: 'constrained' as TermStrategy })).toThrow(
      'enforceTerms: strategy must be one of inline, mask, verify, constrain, got "constrained"',
    );
  });
});

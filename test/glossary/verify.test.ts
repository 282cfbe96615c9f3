import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../glossary/load.js';
import { createTermMatcher } from '../../glossary/match.js';
import { createTermVerifier, type TermCheck } from '../../glossary/verify.js';
import type { Glossary } from '../../glossary/types.js';
import type { TermHit } from '../../pipeline/core/doc.js';

let glossary: Glossary;
let check: (source: string, target: string) => TermCheck;

beforeAll(async () => {
  glossary = await loadGlossary('seeds/glossary.yaml');
  const match = createTermMatcher(glossary);
  const verify = createTermVerifier(glossary);
  check = (source, target) => {
    const hits = match(source).map((m): TermHit => ({ termId: m.term.id, start: m.start, end: m.end, text: m.text, expected: m.term.target, found: false, repaired: false }));
    return verify(target, hits);
  };
});

/** Each hit as `German: found/repaired/missing` plus its forbidden variants. */
function results(c: TermCheck): string[] {
  return c.terms.map((h) => `${h.text}: ${h.repaired ? 'repaired' : h.found ? 'found' : 'missing'}${h.forbidden ? ` forbidden=${h.forbidden.join('|')}` : ''}`);
}

describe('createTermVerifier', () => {
  it('finds the required English, inflected, and says where', () => {
    const c = check('Die Geheimdienste und Logistik-Drehkreuze.', "The intelligence services' logistics hubs.");
    expect(results(c)).toEqual(['Geheimdienste: found', 'Logistik-Drehkreuze: found']);
    expect(c.terms.map((h) => c.target.slice(h.targetStart, h.targetEnd))).toEqual(['intelligence services', 'logistics hubs']);
    expect(c.target).toBe("The intelligence services' logistics hubs.");
    expect(c.flags).toEqual([]);
  });

  it('replaces a forbidden variant when the term is missing', () => {
    const c = check('Der Flughafen Lüttich.', 'The airport Liege.');
    expect(c.target).toBe('The airport Liège.');
    expect(results(c)).toEqual(['Lüttich: repaired']);
    expect(c.flags).toEqual([{ check: 'term-repaired', severity: 'info', message: 'Term `Lüttich`: replaced `Liege` with `Liège`' }]);
  });

  it('replaces German the model copied through, with a capital at a sentence start', () => {
    const c = check('Der Geheimdienst bestätigte.', 'Geheimdienst confirmed.');
    expect(c.target).toBe('Intelligence service confirmed.');
    expect(results(c)).toEqual(['Geheimdienst: repaired']);
  });

  it('replaces a copied acronym with the required spelling', () => {
    const c = check('Teil der EWTP.', 'Part of the EWTP.');
    expect(c.target).toBe('Part of the eWTP.');
    expect(results(c)).toEqual(['EWTP: repaired']);
  });

  it('leaves a wrong rendering it cannot identify and reports the term missing', () => {
    const c = check('Der Geheimdienst bestätigte.', 'The spy agency confirmed.');
    expect(c.target).toBe('The spy agency confirmed.');
    expect(results(c)).toEqual(['Geheimdienst: missing']);
    expect(c.flags).toEqual([]);
  });

  it('reports a forbidden variant next to the required English, without touching it', () => {
    const c = check('In Lüttich.', 'In Liège (Liege).');
    expect(c.target).toBe('In Liège (Liege).');
    expect(results(c)).toEqual(['Lüttich: found forbidden=Liege']);
  });

  it('repairs only as often as the term is missing', () => {
    const c = check('Lüttich und Lüttich.', 'Liège and Liege and Luttich.');
    expect(results(c)).toEqual(['Lüttich: found forbidden=Luttich', 'Lüttich: repaired']);
    expect(c.target).toBe('Liège and Liège and Luttich.');
  });

  it('counts each occurrence of a repeated term', () => {
    const c = check('Spionage? Spionage!', 'Espionage? Spying!');
    expect(results(c)).toEqual(['Spionage: found', 'Spionage: missing']);
  });

  it('checks dnt terms are copied, and never "repairs" them', () => {
    expect(results(check('Alibaba und Cainiao.', 'Alibaba and Cainiao.'))).toEqual(['Alibaba: found', 'Cainiao: found']);
    expect(results(check('Alibaba und Cainiao.', 'Alibaba and Kainiao.'))).toEqual(['Alibaba: found', 'Cainiao: missing']);
  });

  it('is case-sensitive for acronyms and not for common nouns', () => {
    expect(results(check('Die EWTP.', 'The Ewtp.'))).toEqual(['EWTP: missing']);
    expect(results(check('Spionage.', 'ESPIONAGE.'))).toEqual(['Spionage: found']);
  });

  it('rejects hits from another glossary', () => {
    const verify = createTermVerifier(glossary);
    const hit: TermHit = { termId: 'nope', start: 0, end: 1, text: 'x', expected: 'y', found: false, repaired: false };
    expect(() => verify('y', [hit])).toThrow('verifyTerms: term "nope" is not in the glossary; match and verify with the same glossary');
  });
});

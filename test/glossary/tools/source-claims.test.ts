import { describe, expect, it } from 'vitest';
import { claimingGlossary, createClaimant, sourceClaims } from '../../../glossary/tools/source-claims.js';
import { glossaryOf, seedGlossary } from './maintenance-fixtures.js';

const terms = glossaryOf(
  '  - source: Sicherheitsbehörden\n    target: security authorities\n' +
    '  - source: [Nachrichtendienst, Sicherheitsbehörde]\n    target: security authority\n    status: proposed\n' +
    '  - source: Lüttich\n    target: Liège\n' +
    '  - source: Lüttich\n    target: Liege\n    status: forbidden\n',
).terms;

describe('sourceClaims', () => {
  it('names each variant the matcher gives to an earlier entry, and whether it is the same spelling', () => {
    expect(sourceClaims(terms)).toEqual([{ index: 1, path: ['source', 1], variant: 'Sicherheitsbehörde', owner: 0, sameSpelling: false }]);
  });

  it('finds nothing in the seed glossary', () => {
    expect(sourceClaims(seedGlossary().terms)).toEqual([]);
  });
});

describe('createClaimant', () => {
  it('gives a German text to the entry that matches all of it, proposed entries included', () => {
    const claimant = createClaimant(terms);
    expect(claimant('Nachrichtendienstes')).toBe(1);
    expect(claimant('Lüttichs')).toBe(2);
    expect(claimant('Lüttich liegt')).toBeUndefined();
  });
});

describe('claimingGlossary', () => {
  it('applies approved and proposed entries, not forbidden ones', () => {
    expect(claimingGlossary(terms).terms.map((t) => [t.source[0], t.status])).toEqual([
      ['Sicherheitsbehörden', 'approved'],
      ['Nachrichtendienst', 'approved'],
      ['Lüttich', 'approved'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildTermAlone } from '../../../glossary/tools/term-alone.js';

describe('buildTermAlone', () => {
  it('fills the defaults buildTerms fills', () => {
    expect(buildTermAlone({ source: ' EWTP ', target: 'eWTP' }, 4, 'house.yaml')).toEqual({
      term: { id: 'ewtp', source: ['EWTP'], forms: [], target: 'eWTP', dnt: false, case: 'sensitive', status: 'approved', forbidden: [], line: 4, file: 'house.yaml' },
    });
  });

  it('builds a status: forbidden entry without the entry it corrects, with its own id', () => {
    expect(buildTermAlone({ source: 'Lüttich', target: 'Luttich', status: 'forbidden' }, 9)).toMatchObject({ term: { id: 'luettich-not-luttich', status: 'forbidden', target: 'Luttich' } });
  });

  it("says why buildTerms refuses an entry", () => {
    expect(buildTermAlone({ source: 'Cainiao', dnt: true, target: 'Cainiao Network' }, 1)).toEqual({
      reason: 'dnt: true keeps the source as the English, so target "Cainiao Network" contradicts it; remove one of them',
      field: 'target',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { enforcedTerms } from '../../../glossary/strategies/enforced-terms.js';
import type { GlossaryTerm } from '../../../glossary/types.js';

describe('enforcedTerms', () => {
  it('gives each hit its span, English, case rule and dnt', () => {
    const term = { id: 'ewtp', case: 'sensitive' } as GlossaryTerm;
    const hit = { termId: 'ewtp', start: 3, end: 7, text: 'EWTP', expected: 'eWTP', found: false, repaired: false };
    expect(enforcedTerms([hit], new Map([['ewtp', term]]))).toEqual([{ start: 3, end: 7, expected: 'eWTP', case: 'sensitive', dnt: false }]);
  });
});

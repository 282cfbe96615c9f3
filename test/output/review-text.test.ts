import { describe, expect, it } from 'vitest';
import type { TermHit } from '../../pipeline/core/doc.js';
import { flagText, termText } from '../../output/review-text.js';

const hit: TermHit = { termId: 'spionage', start: 0, end: 8, text: 'Spionage', expected: 'espionage', found: true, repaired: false };

describe('review-text', () => {
  it('describes a flag by severity, check and message', () => {
    expect(flagText({ check: 'numbers', severity: 'warning', message: 'Number `2018` missing in target' })).toBe('[warning] numbers: Number `2018` missing in target');
  });

  it.each([
    [hit, 'Term “Spionage” → “espionage”: in target'],
    [{ ...hit, repaired: true }, 'Term “Spionage” → “espionage”: repaired by Lektor'],
    [{ ...hit, found: false }, 'Term “Spionage” → “espionage”: missing in target'],
    [{ ...hit, forbidden: ['spying', 'spy'] }, 'Term “Spionage” → “espionage”: forbidden variant in target: “spying”, “spy”'],
    [{ ...hit, text: 'Alibaba', expected: 'Alibaba', dnt: true }, 'Term “Alibaba” → “Alibaba” (do not translate): in target'],
  ])('describes a term result', (term, text) => {
    expect(termText(term)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import mask from '../../../glossary/strategies/mask.js';

const terms = [
  { start: 4, end: 16, expected: 'intelligence service', case: 'insensitive' as const, dnt: false },
  { start: 27, end: 34, expected: 'Liège', case: 'insensitive' as const, dnt: false },
];

describe('mask strategy', () => {
  it('swaps each term for a numbered placeholder', () => {
    expect(mask.prepare('Der Geheimdienst überwacht Lüttich.', terms)).toBe('Der ZXQ1 überwacht ZXQ2.');
  });

  it('puts the English back, with a capital at a sentence start', () => {
    expect(mask.restore('The ZXQ1 watches ZXQ2.', terms)).toBe('The intelligence service watches Liège.');
    expect(mask.restore('ZXQ1 watches ZXQ2.', terms)).toBe('Intelligence service watches Liège.');
  });

  it('restores a placeholder whose case the model changed', () => {
    expect(mask.restore('The Zxq1 watches zxq2.', terms)).toBe('The intelligence service watches Liège.');
  });

  it('gives up when a placeholder is lost', () => {
    expect(mask.restore('The ZXQ1 watches.', terms)).toBeUndefined();
    expect(mask.restore('The ZXQ12 watches ZXQ2.', terms)).toBeUndefined();
  });

  it('keeps a case-sensitive term as written', () => {
    expect(mask.restore('ZXQ1 grows.', [{ start: 0, end: 4, expected: 'eWTP', case: 'sensitive', dnt: false }])).toBe('eWTP grows.');
  });
});

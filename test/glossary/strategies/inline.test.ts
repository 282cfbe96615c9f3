import { describe, expect, it } from 'vitest';
import inline from '../../../glossary/strategies/inline.js';

describe('inline strategy', () => {
  const source = 'Der Geheimdienst überwacht Lüttich.';
  const terms = [
    { start: 4, end: 16, expected: 'intelligence service', case: 'insensitive' as const, dnt: false },
    { start: 27, end: 34, expected: 'Liège', case: 'insensitive' as const, dnt: false },
  ];

  it('writes the required English into the German', () => {
    expect(inline.prepare(source, terms)).toBe('Der intelligence service überwacht Liège.');
  });

  it('leaves a dnt term as written, inflection and all', () => {
    expect(inline.prepare('Alibabas Lager.', [{ start: 0, end: 8, expected: 'Alibaba', case: 'insensitive', dnt: true }])).toBe('Alibabas Lager.');
  });

  it('has nothing to undo', () => {
    expect(inline.restore('The intelligence service watches Liège.', terms)).toBe('The intelligence service watches Liège.');
  });
});

import { describe, expect, it } from 'vitest';
import { isStrategy, STRATEGIES } from '../../../glossary/strategies/index.js';

describe('STRATEGIES', () => {
  it('names every --terms strategy', () => {
    expect(Object.keys(STRATEGIES).sort()).toEqual(['constrain', 'inline', 'mask', 'verify']);
  });

  it.each([
    ['inline', true],
    ['mask', true],
    ['verify', true],
    ['constrain', true],
    ['constrained', false],
    ['toString', false],
  ])('isStrategy(%s) is %s', (name, known) => {
    expect(isStrategy(name)).toBe(known);
  });
});

import { describe, expect, it } from 'vitest';
import constrain from '../../glossary/strategies/constrain.js';
import type { EnforcedTerm } from '../../glossary/strategies/strategy.js';

const term = (expected: string): EnforcedTerm => ({ start: 0, end: 1, expected, case: 'sensitive', dnt: false });

describe('constrain', () => {
  it('sends the German as it is', () => {
    expect(constrain.prepare('Der Geheimdienst wacht.', [term('intelligence service')])).toBeUndefined();
  });

  it.each([
    ['a term as a word of its own', 'The intelligence service watches.', true],
    ['a term at the start, in any case', 'Intelligence service watches.', true],
    ['a term with a plural ending', 'Two intelligence services watch.', true],
    ['a term followed by punctuation', 'It was the intelligence service.', true],
    ['a term run into the next word', 'The intelligence serviceman watches.', false],
    ['a term inside another word', 'The counterintelligence service watches.', false],
    ['no term', 'The secret service watches.', false],
  ])('keeps the output when it has every term: %s', (_, target, kept) => {
    expect(constrain.restore(target, [term('intelligence service')])).toBe(kept ? target : undefined);
  });

  it('needs every term', () => {
    expect(constrain.restore('AliExpress in Liège', [term('AliExpress'), term('Liège')])).toBe('AliExpress in Liège');
    expect(constrain.restore('AliExpressliExpress in Liège', [term('AliExpress'), term('Liège')])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { charClass, CLOSING, withoutClosers, withoutOpeners } from '../../pipeline/segmenter/enclosing.js';

describe('enclosing quotes and brackets', () => {
  it.each([
    ['(„»Die', 'Die'],
    ['"De-Risking"', 'De-Risking"'],
    ['‚naiv‘', 'naiv‘'],
    ['Die', 'Die'],
    ['„', ''],
  ])('withoutOpeners(%j) is %j', (text, expected) => expect(withoutOpeners(text)).toBe(expected));

  it.each([
    ['Times"', 'Times'],
    ['(EWTP)', '(EWTP'],
    ['Naivität“)', 'Naivität'],
    ['naiv‘', 'naiv'],
    ['Ende', 'Ende'],
  ])('withoutClosers(%j) is %j', (text, expected) => expect(withoutClosers(text)).toBe(expected));

  it('builds a character class that matches exactly its characters', () => {
    const closing = new RegExp(`^${charClass(CLOSING)}+$`, 'u');
    expect(closing.test(CLOSING)).toBe(true);
    expect(closing.test('\\')).toBe(false);
    expect(new RegExp(`^${charClass('a-z]')}$`).test('b')).toBe(false);
  });
});

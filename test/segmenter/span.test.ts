import { describe, expect, it } from 'vitest';
import { isSpaceAt, skipSpace, trimSpan } from '../../pipeline/segmenter/span.js';

describe('span helpers', () => {
  it.each([' ', '\n', '\t', '\r', '\u00a0', '\u2028', '\u3000'])('%j is space', (ch) => expect(isSpaceAt(ch, 0)).toBe(true));
  it.each(['a', '.', '-', '\u200b'])('%j is not space', (ch) => expect(isSpaceAt(ch, 0)).toBe(false));

  it('skips whitespace up to a limit', () => {
    expect(skipSpace('a \n b', 1, 5)).toBe(4);
    expect(skipSpace('a   b', 1, 3)).toBe(3);
  });

  it.each([
    ['  ab  ', { start: 2, end: 4 }],
    ['ab', { start: 0, end: 2 }],
    ['   ', { start: 3, end: 3 }],
  ])('trims %j to %j', (text, span) => expect(trimSpan(text, 0, text.length)).toEqual(span));
});

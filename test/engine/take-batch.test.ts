import { describe, expect, it } from 'vitest';
import { takeBatch, type WaitingRow } from '../../pipeline/engine/take-batch.js';

/** Rows from inputs in arrival order. */
function rows(...inputs: string[]): WaitingRow[] {
  return inputs.map((input, order) => ({ input, order }));
}

const inputs = (list: readonly WaitingRow[]): string[] => list.map((r) => r.input);

const characters = (row: WaitingRow): number => row.input.length;

describe('takeBatch', () => {
  it.each([
    ['everything, shortest first, when it fits', rows('ccc', 'a', 'bb'), 3, ['a', 'bb', 'ccc'], []],
    ['the oldest row and its nearest lengths', rows('aaaaa', 'b', 'ccccc', 'd', 'eeee', 'ff'), 3, ['eeee', 'aaaaa', 'ccccc'], ['b', 'd', 'ff']],
    ['the oldest even when it is the shortest', rows('a', 'bbbbbbbb', 'cc', 'ddd', 'eeeeeeeee'), 2, ['a', 'cc'], ['bbbbbbbb', 'ddd', 'eeeeeeeee']],
    ['the oldest even when it is the longest', rows('aaaaaaaa', 'b', 'cc', 'ddddddd'), 2, ['ddddddd', 'aaaaaaaa'], ['b', 'cc']],
    ['equal lengths in arrival order', rows('xx', 'yy', 'zz'), 2, ['xx', 'yy'], ['zz']],
  ])('takes %s', (_, waiting, size, taken, left) => {
    const batch = takeBatch(waiting, size, characters);
    expect(inputs(batch)).toEqual(taken);
    expect(inputs(waiting)).toEqual(left);
  });

  it('groups by the length it is given, not by characters', () => {
    // Lengths as a model might count them: the long word is one token, the short words many.
    const tokens: Record<string, number> = { Donaudampfschiff: 2, 'a b c d e': 6, Ja: 2, 'f g h i j': 6 };
    const waiting = rows('Donaudampfschiff', 'a b c d e', 'Ja', 'f g h i j');
    expect(inputs(takeBatch(waiting, 2, (row) => tokens[row.input] ?? 0))).toEqual(['Donaudampfschiff', 'Ja']);
    expect(inputs(waiting)).toEqual(['a b c d e', 'f g h i j']);
  });

  it('leaves the rest in arrival order', () => {
    const waiting = rows('aaaa', 'b', 'cccc', 'dd', 'e', 'ffff');
    takeBatch(waiting, 3, characters);
    expect(waiting.map((r) => r.order)).toEqual([...waiting.map((r) => r.order)].sort((a, b) => a - b));
  });

  it('takes nothing from nothing', () => {
    expect(takeBatch([], 8, characters)).toEqual([]);
  });
});

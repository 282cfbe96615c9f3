import { describe, expect, it } from 'vitest';
import { takeBatch, type WaitingRow } from '../../pipeline/engine/take-batch.js';

/** Rows from inputs in arrival order. */
function rows(...inputs: string[]): WaitingRow[] {
  return inputs.map((input, order) => ({ input, order }));
}

const inputs = (list: readonly WaitingRow[]): string[] => list.map((r) => r.input);

const characters = (row: WaitingRow): number => row.input.length;

describe('takeBatch by sentences', () => {
  it.each([
    ['everything, shortest first, when it fits', rows('ccc', 'a', 'bb'), 3, ['a', 'bb', 'ccc'], []],
    ['the oldest row and its nearest lengths', rows('aaaaa', 'b', 'ccccc', 'd', 'eeee', 'ff'), 3, ['eeee', 'aaaaa', 'ccccc'], ['b', 'd', 'ff']],
    ['the oldest even when it is the shortest', rows('a', 'bbbbbbbb', 'cc', 'ddd', 'eeeeeeeee'), 2, ['a', 'cc'], ['bbbbbbbb', 'ddd', 'eeeeeeeee']],
    ['the oldest even when it is the longest', rows('aaaaaaaa', 'b', 'cc', 'ddddddd'), 2, ['ddddddd', 'aaaaaaaa'], ['b', 'cc']],
    ['equal lengths in arrival order', rows('xx', 'yy', 'zz'), 2, ['xx', 'yy'], ['zz']],
  ])('takes %s', (_, waiting, size, taken, left) => {
    const batch = takeBatch(waiting, { rows: size }, characters);
    expect(inputs(batch)).toEqual(taken);
    expect(inputs(waiting)).toEqual(left);
  });

  it('groups by the length it is given, not by characters', () => {
    // Lengths as a model might count them: the long word is one token, the short words many.
    const tokens: Record<string, number> = { Donaudampfschiff: 2, 'a b c d e': 6, Ja: 2, 'f g h i j': 6 };
    const waiting = rows('Donaudampfschiff', 'a b c d e', 'Ja', 'f g h i j');
    expect(inputs(takeBatch(waiting, { rows: 2 }, (row) => tokens[row.input] ?? 0))).toEqual(['Donaudampfschiff', 'Ja']);
    expect(inputs(waiting)).toEqual(['a b c d e', 'f g h i j']);
  });

  it('leaves the rest in arrival order', () => {
    const waiting = rows('aaaa', 'b', 'cccc', 'dd', 'e', 'ffff');
    takeBatch(waiting, { rows: 3 }, characters);
    expect(waiting.map((r) => r.order)).toEqual([...waiting.map((r) => r.order)].sort((a, b) => a - b));
  });

  it('takes nothing from nothing', () => {
    expect(takeBatch([], { rows: 8 }, characters)).toEqual([]);
  });
});

describe('takeBatch by tokens', () => {
  /** Padded tokens of a batch: its rows times its longest row. */
  const padded = (batch: readonly WaitingRow[]): number => batch.length * Math.max(...batch.map(characters));

  it.each([
    ['every row when all fit, shortest first', rows('ccc', 'a', 'bb'), 9, ['a', 'bb', 'ccc'], []],
    ['short rows many to a call', rows('aa', 'bb', 'cccccccc', 'dd', 'ee', 'ff'), 10, ['aa', 'bb', 'dd', 'ee', 'ff'], ['cccccccc']],
    ['long rows few to a call', rows('aaaaaaaa', 'bb', 'cccccccc', 'dd', 'eeeeeeee'), 16, ['aaaaaaaa', 'cccccccc'], ['bb', 'dd', 'eeeeeeee']],
    ['the oldest even when it is the longest, with the rows that fit beside it', rows('aaaaa', 'b', 'cc', 'ddd'), 10, ['ddd', 'aaaaa'], ['b', 'cc']],
    ['the oldest even when it is the shortest', rows('a', 'bbbbbbbb', 'cccccccc', 'dd'), 8, ['a', 'dd'], ['bbbbbbbb', 'cccccccc']],
    ['an over-long oldest row alone', rows('aaaaaaaaaaaa', 'b', 'c'), 10, ['aaaaaaaaaaaa'], ['b', 'c']],
    ['others than an over-long row, which waits its turn', rows('a', 'bbbbbbbbbbbb', 'c'), 10, ['a', 'c'], ['bbbbbbbbbbbb']],
    ['the rows of more tokens, not merely more rows', rows('aaaa', 'b', 'c', 'd', 'eeee', 'f'), 8, ['aaaa', 'eeee'], ['b', 'c', 'd', 'f']],
  ])('takes %s', (_, waiting, tokens, taken, left) => {
    const batch = takeBatch(waiting, { rows: 100, tokens }, characters);
    expect(inputs(batch)).toEqual(taken);
    expect(inputs(waiting)).toEqual(left);
  });

  it('takes no more rows than allowed, whatever the budget', () => {
    const waiting = rows('a', 'b', 'c', 'd', 'e');
    expect(inputs(takeBatch(waiting, { rows: 2, tokens: 100 }, characters))).toEqual(['a', 'b']);
    expect(inputs(waiting)).toEqual(['c', 'd', 'e']);
  });

  it('empties a mixed queue of several articles in calls within the budget, each with the oldest row still waiting', () => {
    // Three articles' sentences, interleaved as their translate stages send them.
    const articles = [
      ['Kurz.', 'Ein Satz mittlerer Länge hier.', 'Ja.', 'Ein sehr viel längerer Satz, der mit Nebensätzen weitergeht, bis er endet.'],
      ['Nein.', 'Noch ein Satz von mittlerer Länge.', 'Ein weiterer langer Satz, der sich über viele Wörter erstreckt und nicht aufhört.'],
      ['Gut.', 'Der dritte Artikel beginnt mittel.', 'Schon.', 'Ein Satz, der für sich allein schon länger als das ganze Budget des Modells ist, weil er immer weiter geht und nie endet.'],
    ];
    const waiting = rows(...articles.flatMap((a, i) => a.map((s) => `${i}:${s}`)));
    const all = inputs(waiting);
    const budget = 100;
    const calls: string[][] = [];
    while (waiting.length > 0) {
      const oldest = waiting[0]?.input;
      const batch = takeBatch(waiting, { rows: 32, tokens: budget }, characters);
      expect(inputs(batch)).toContain(oldest);
      expect(batch.map(characters)).toEqual([...batch.map(characters)].sort((a, b) => a - b));
      if (batch.length > 1) expect(padded(batch)).toBeLessThanOrEqual(budget);
      calls.push(inputs(batch));
    }
    expect(calls.flat().sort()).toEqual([...all].sort());
    // Only the sentence over the budget went alone; the short ones of every article shared a call.
    expect(calls.filter((c) => padded(c.map((input) => ({ input, order: 0 }))) > budget)).toEqual([[all.find((s) => s.length > budget)]]);
    expect(calls[0]).toEqual(['0:Ja.', '2:Gut.', '0:Kurz.', '1:Nein.', '2:Schon.']);
  });
});

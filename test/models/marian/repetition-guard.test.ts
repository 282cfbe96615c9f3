import { describe, expect, it } from 'vitest';
import { repetitionBans } from '../../../models/marian/repetition-guard.js';

const LIMIT = { longest: 4, times: 3 };

describe('repetitionBans', () => {
  it.each([
    ['a token a fourth time in a row', [1, 2, 2, 2], [2]],
    ['a bigram a fourth time in a row', [3, 1, 2, 1, 2, 1, 2, 1], [2]],
    ['a trigram a fourth time in a row', [1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2], [3]],
    ['nothing after three in a row that is not a fourth', [1, 2, 2], []],
    ['nothing for n-grams that recur apart', [1, 2, 9, 1, 2, 8, 1, 2, 7, 1], []],
    ['nothing for an n-gram longer than watched', [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4], []],
  ] as const)('bans %s', (_, tokens, bans) => {
    expect(repetitionBans(tokens, LIMIT)).toEqual(bans);
  });
});

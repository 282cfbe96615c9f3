import { describe, expect, it } from 'vitest';
import { advance, advancingTokens, allMet, bankSizes, startState, type ConstraintState } from '../../../models/marian/constraints.js';

/** Two constraints: `7 8 9` and `5`. */
const CONSTRAINTS = [[7, 8, 9], [5]];

const after = (tokens: readonly number[]): ConstraintState => tokens.reduce((state, token) => advance(state, token, CONSTRAINTS), startState(CONSTRAINTS));

describe('advance', () => {
  it.each([
    [[], 0, [7, 5]],
    [[1, 2], 0, [7, 5]],
    [[7], 1, [8]],
    [[7, 8], 2, [9]],
    [[7, 8, 9], 3, [5]],
    [[5], 1, [7]],
    [[7, 8, 1], 0, [7, 5]],
    [[7, 8, 7], 1, [8]],
    [[7, 8, 5], 1, [7]],
  ] as const)('after %j: %i constraint tokens met, next %j', (tokens, met, next) => {
    const state = after(tokens);
    expect(state.tokensMet).toBe(met);
    expect(advancingTokens(state, CONSTRAINTS)).toEqual(next);
  });

  it('meets all only with every constraint in one piece', () => {
    expect(allMet(after([7, 8, 9, 1, 5]))).toBe(true);
    expect(allMet(after([7, 8, 1, 9, 5]))).toBe(false);
    expect(allMet(after([5, 7, 8, 9]))).toBe(true);
  });
});

describe('bankSizes', () => {
  it.each([
    ['an equal share, the remainder to the top bank', 4, [5, 5, 5], [1, 1, 2]],
    ['empty banks pass their places down', 4, [5, 5, 0], [1, 3, 0]],
    ['a beam narrower than the banks starts at the top', 2, [5, 5, 5, 5], [0, 0, 0, 2]],
    ['the bottom bank passes round to the top', 4, [0, 5, 5], [0, 1, 3]],
  ] as const)('%s', (_, beam, candidates, sizes) => {
    expect(bankSizes(beam, candidates)).toEqual(sizes);
  });
});

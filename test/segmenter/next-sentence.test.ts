import { describe, expect, it } from 'vitest';
import { startsLikeSentence, startsWithCapital, startsWithQuotedCapital } from '../../pipeline/segmenter/next-sentence.js';

describe('next-sentence tests', () => {
  it.each([
    ['Die', true, true, false],
    ['„Wir', true, true, true],
    ['(Das', true, true, false],
    ['2024 ging', true, false, false],
    ['iPhones', true, false, false],
    ['und', false, false, false],
    ['…', false, false, false],
  ])('%j: like a sentence %s, capital %s, quoted capital %s', (next, sentence, capital, quoted) => {
    expect([startsLikeSentence(next), startsWithCapital(next), startsWithQuotedCapital(next)]).toEqual([sentence, capital, quoted]);
  });
});

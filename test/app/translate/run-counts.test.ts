import { describe, expect, it } from 'vitest';
import type { ModelTally } from '../../../pipeline/engine/tally.js';
import { isFromMemory, runCounts, runTimings } from '../../../pipeline/app/translate/run-counts.js';

const tally: ModelTally = { modelLoadMs: 200, callMs: 1200, modelCalls: 3, modelSentences: 20, generatedTokens: 500 };

describe('run counts', () => {
  it.each([
    [{ sentences: 4, recalled: 4 }, true],
    [{ sentences: 4, recalled: 3 }, false],
    [{ sentences: 0, recalled: 0 }, false],
  ])('%j is from memory: %s', (article, expected) => {
    expect(isFromMemory(article)).toBe(expected);
  });

  it('counts articles by where their sentences came from', () => {
    const done = [
      { sentences: 4, recalled: 4 },
      { sentences: 5, recalled: 1 },
      { sentences: 0, recalled: 0 },
    ];
    expect(runCounts(5, done, 1, 1, tally)).toEqual({
      articles: 5,
      translated: 2,
      fromMemory: 1,
      failed: 1,
      pending: 1,
      sentences: 9,
      sentencesFromMemory: 5,
      modelCalls: 3,
      modelSentences: 20,
      generatedTokens: 500,
    });
  });

  it('keeps the model load out of the calls\' time and tokens per second', () => {
    expect(runTimings(1500.4, tally)).toEqual({ totalMs: 1500, modelLoadMs: 200, modelMs: 1000, tokensPerSecond: 500 });
  });

  it('has no rate when the model was not needed', () => {
    expect(runTimings(80, { modelLoadMs: null, callMs: 0, modelCalls: 0, modelSentences: 0, generatedTokens: 0 })).toEqual({
      totalMs: 80,
      modelLoadMs: null,
      modelMs: 0,
      tokensPerSecond: null,
    });
  });
});

import type { ArticleSentences, ModelTally } from '../../engine/tally.js';
import type { TranslateRunReport } from '../deliver/run-report.js';

/** An article the model was not needed for: every sentence came from memory. */
export function isFromMemory(article: ArticleSentences): boolean {
  return article.sentences > 0 && article.recalled === article.sentences;
}

export function runCounts(articles: number, done: readonly ArticleSentences[], failed: number, pending: number, tally: ModelTally): TranslateRunReport['counts'] {
  const fromMemory = done.filter(isFromMemory).length;
  return {
    articles,
    translated: done.length - fromMemory,
    fromMemory,
    failed,
    pending,
    sentences: done.reduce((n, a) => n + a.sentences, 0),
    sentencesFromMemory: done.reduce((n, a) => n + a.recalled, 0),
    modelCalls: tally.modelCalls,
    modelSentences: tally.modelSentences,
    generatedTokens: tally.generatedTokens,
  };
}

export function runTimings(totalMs: number, tally: ModelTally): TranslateRunReport['timings'] {
  // The first call waited for the model to load; that time is modelLoadMs's, not the calls'.
  const modelMs = tally.callMs - (tally.modelLoadMs ?? 0);
  return {
    totalMs: Math.round(totalMs),
    modelLoadMs: tally.modelLoadMs === null ? null : Math.round(tally.modelLoadMs),
    modelMs: Math.round(modelMs),
    tokensPerSecond: tally.modelCalls > 0 && modelMs > 0 ? Math.round((tally.generatedTokens / modelMs) * 10_000) / 10 : null,
  };
}

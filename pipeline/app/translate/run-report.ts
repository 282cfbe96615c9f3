import type { Decoding } from '../../../models/translator.js';
import type { QaSummary } from '../../stages/qa.js';

/** `completed`: every article done; `failures`: some failed; `interrupted`: stopped by the caller; `error`: stopped by a failure no article could get past (model, memory). */
export type RunStatus = 'completed' | 'failures' | 'interrupted' | 'error';

export interface RunCounts {
  /** Articles found in the inputs. */
  readonly articles: number;
  /** Articles that needed the model for at least one sentence. */
  readonly translated: number;
  /** Articles whose every sentence came from the translation memory. */
  readonly fromMemory: number;
  readonly failed: number;
  /** Articles not finished because the run was interrupted or stopped; a re-run does them. */
  readonly pending: number;
  /** Sentences of finished articles that needed a translation. */
  readonly sentences: number;
  /** Of those, answered by the translation memory. */
  readonly sentencesFromMemory: number;
  /** Model calls, and the sentences they translated (repeats in flight are sent once). */
  readonly modelCalls: number;
  readonly modelSentences: number;
  /** Target tokens the model generated, padding excluded (0 where the translator cannot count). */
  readonly generatedTokens: number;
}

export interface RunTimings {
  readonly totalMs: number;
  /** `null` when the model was not needed. */
  readonly modelLoadMs: number | null;
  /** Time spent inside model calls. */
  readonly modelMs: number;
  /** `generatedTokens` per second of `modelMs`; `null` without model calls. */
  readonly tokensPerSecond: number | null;
}

/** The `run.json` a batch run leaves in its output folder. */
export interface RunReport {
  /** `lektor <version>`. */
  readonly tool: string;
  readonly status: RunStatus;
  /** Why the run stopped, for status `error`. */
  readonly error?: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  /** The inputs as given (files or folders). */
  readonly inputs: readonly string[];
  readonly model: {
    /** As configured (`--model`). */
    readonly id: string;
    /** What the translation memory keys entries by: hub id or absolute model directory. */
    readonly identity: string;
    readonly dtype: string;
    readonly decoding: Decoding;
    readonly loaded: boolean;
  };
  readonly settings: {
    readonly batchSize: number;
    readonly threads: number;
    readonly articlesInFlight: number;
    readonly formats: readonly string[];
    readonly outDir: string;
    /** Translation memory location, `null` when the run used none. */
    readonly memory: string | null;
  };
  readonly counts: RunCounts;
  readonly timings: RunTimings;
  /** Articles that failed, with the one-line reason. */
  readonly failures: readonly { readonly file: string; readonly reason: string }[];
  /** Articles left for a re-run. */
  readonly pending: readonly string[];
  /** QA flags of the finished articles, per check and severity; `null` when QA was off. */
  readonly qa: QaSummary | null;
}

/** What the engine tallies of the model's work while it runs. */
export interface ModelTally {
  modelLoadMs: number | null;
  /** Time inside model calls; the first call's includes the load. */
  callMs: number;
  modelCalls: number;
  modelSentences: number;
  generatedTokens: number;
}

/** Sentences an article needed translated, and how many of them the memory answered. */
export interface ArticleSentences {
  readonly sentences: number;
  readonly recalled: number;
}

/** An article the model was not needed for: every sentence came from memory. */
export function isFromMemory(article: ArticleSentences): boolean {
  return article.sentences > 0 && article.recalled === article.sentences;
}

export function runCounts(articles: number, done: readonly ArticleSentences[], failed: number, pending: number, tally: ModelTally): RunCounts {
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

export function runTimings(totalMs: number, tally: ModelTally): RunTimings {
  // The first call waited for the model to load; that time is modelLoadMs's, not the calls'.
  const modelMs = tally.callMs - (tally.modelLoadMs ?? 0);
  return {
    totalMs: Math.round(totalMs),
    modelLoadMs: tally.modelLoadMs === null ? null : Math.round(tally.modelLoadMs),
    modelMs: Math.round(modelMs),
    tokensPerSecond: tally.modelCalls > 0 && modelMs > 0 ? Math.round((tally.generatedTokens / modelMs) * 10_000) / 10 : null,
  };
}

/** `run.json`'s bytes: two-space JSON and a final newline, like every other file Lektor writes. */
export function renderRunReport(report: RunReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

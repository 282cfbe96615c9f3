import type { Decoding } from '../../../models/translator.js';
import type { Format } from '../../../output/index.js';
import type { MatchAnalysis } from '../../engine/memory/match-analysis.js';
import type { QaSummary } from '../../stages/qa.js';

/**
 * How the run ended. `completed`: every article done; `failures`: some failed; `interrupted`:
 * stopped by the caller; `error`: stopped by a failure no article could get past (model, memory);
 * `pending`: some queued articles were not finished when collected.
 */
export type RunStatus = 'completed' | 'failures' | 'interrupted' | 'error' | 'pending';

/** Fields marked (`translate`) are written by `lektor translate` only, (`queue collect`) by `queue collect` only. */
export interface RunCounts {
  /** Articles found in the inputs, or held by the queue. */
  readonly articles: number;
  /** Articles that needed the model for at least one sentence (`translate`). */
  readonly translated?: number;
  /** Articles whose every sentence came from the translation memory (`translate`). */
  readonly fromMemory?: number;
  /** Articles collected (`queue collect`). */
  readonly done?: number;
  readonly failed: number;
  /** Articles not finished: left by an interrupt or a stop, or still queued; a re-run (or a later collect) does them. */
  readonly pending: number;
  /** Sentences of finished articles that needed a translation. */
  readonly sentences: number;
  /** Of those, answered by the translation memory. */
  readonly sentencesFromMemory: number;
  /** Model calls, and the sentences they translated; repeats in flight are sent once (`translate`). */
  readonly modelCalls?: number;
  readonly modelSentences?: number;
  /** Target tokens the model generated, padding excluded; 0 where the translator cannot count (`translate`). */
  readonly generatedTokens?: number;
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

/** The finished articles' match analysis (docs/translating.md#the-match-analysis). */
export interface MatchReport {
  readonly total: MatchAnalysis;
  /** Per article name, in name order. */
  readonly articles: Readonly<Record<string, MatchAnalysis>>;
}

/**
 * The `run.json` a run leaves in its output folder: `lektor translate`, which drove the model
 * itself, or `queue collect`, whose workers did. One shape for both, described by
 * `run-report.schema.json`; fields marked (`translate`) or (`queue collect`) only that command writes.
 */
export interface RunReport {
  /** `lektor <version>`. */
  readonly tool: string;
  readonly status: RunStatus;
  /** Why the run stopped, for status `error`. */
  readonly error?: string;
  /** (`translate`) */
  readonly startedAt?: string;
  /** (`translate`) */
  readonly finishedAt?: string;
  /** The inputs as given, files or folders (`translate`). */
  readonly inputs?: readonly string[];
  /** The queue's address without credentials (`queue collect`). */
  readonly queue?: string;
  /** (`translate`) */
  readonly model?: {
    /** As configured (`--model`). */
    readonly id: string;
    /** What the translation memory keys entries by: hub id or absolute model directory. */
    readonly identity: string;
    readonly dtype: string;
    readonly decoding: Decoding;
    readonly loaded: boolean;
  };
  /** (`translate`) */
  readonly settings?: {
    readonly batchSize: number;
    /** Padded input tokens per model call (`--batch-tokens`); 0: calls are cut by `batchSize` alone. */
    readonly batchTokens: number;
    readonly threads: number;
    readonly articlesInFlight: number;
    readonly formats: readonly Format[];
    readonly outDir: string;
    /** Translation memory location, `null` when the run used none. */
    readonly memory: string | null;
    /** The glossary files as given, in precedence order (a later file wins); `null` without one. */
    readonly glossary: readonly string[] | null;
  };
  /** (`queue collect`) */
  readonly formats?: readonly Format[];
  /** Absolute (`queue collect`). */
  readonly outDir?: string;
  readonly counts: RunCounts;
  /** (`translate`) */
  readonly timings?: RunTimings;
  /** Articles per worker, `host:pid` (`queue collect`). */
  readonly workers?: Readonly<Record<string, number>>;
  /** Articles that failed, with the one-line reason. */
  readonly failures: readonly { readonly file: string; readonly reason: string }[];
  /** Articles left for a re-run (`translate`). */
  readonly pending?: readonly string[];
  /** QA flags of the finished articles, per check and severity; `null` when QA was off. */
  readonly qa: QaSummary | null;
  /** Sentences and words per band of memory match, in total and per finished article. */
  readonly matches: MatchReport;
}

/** `T` with the fields `K` always present: what one command always writes. */
type Written<T, K extends keyof T> = T & { readonly [P in K]-?: Exclude<T[P], undefined> };

/** A `RunReport` as `lektor translate` writes it. */
export type TranslateRunReport = Written<RunReport, 'startedAt' | 'finishedAt' | 'inputs' | 'model' | 'settings' | 'timings' | 'pending'> & {
  readonly status: Exclude<RunStatus, 'pending'>;
  readonly counts: Written<RunCounts, 'translated' | 'fromMemory' | 'modelCalls' | 'modelSentences' | 'generatedTokens'>;
};

/** A `RunReport` as `queue collect` writes it. */
export type CollectRunReport = Written<RunReport, 'queue' | 'formats' | 'outDir' | 'workers'> & {
  readonly status: Exclude<RunStatus, 'interrupted' | 'error'>;
  readonly counts: Written<RunCounts, 'done'>;
};

/** `run.json`'s bytes: two-space JSON and a final newline, like every other file Lektor writes. */
export function renderRunReport(report: RunReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

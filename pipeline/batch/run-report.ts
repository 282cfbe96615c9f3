import type { Decoding } from '../../models/translator.js';

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
}

/** `run.json`'s bytes: two-space JSON and a final newline, like every other file Lektor writes. */
export function renderRunReport(report: RunReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

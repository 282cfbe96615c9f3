import type { DownloadEvent } from '../../../models/download/events.js';
import type { TranslateRunReport } from '../deliver/run-report.js';

/** How an article ended: translated (the model was needed), from memory alone, or failed. */
export type ArticleStatus = 'translated' | 'memory' | 'failed';

/**
 * What `translateFiles` tells its caller while it runs, in order: `start`, then `model-loaded` (only
 * if a sentence needed the model, after the download events of a model not yet cached), `batch`
 * per model call and `article` per article, and `done`.
 */
export type ProgressEvent =
  | { readonly type: 'start'; readonly articles: number; readonly model: string; readonly dtype: string; readonly memory: string | null }
  | { readonly type: 'model-loaded'; readonly ms: number }
  | { readonly type: 'batch'; readonly rows: number; readonly tokens: number; readonly ms: number }
  | {
      readonly type: 'article';
      readonly file: string;
      readonly status: ArticleStatus;
      readonly sentences: number;
      readonly recalled: number;
      readonly outputs: readonly string[];
      /** Why it failed (failed articles only). */
      readonly reason?: string;
    }
  | { readonly type: 'done'; readonly report: TranslateRunReport; readonly runFile: string }
  | DownloadEvent;

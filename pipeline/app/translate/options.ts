import path from 'node:path';
import type { ModelIdentity } from '../../../models/translator.js';
import type { LektorConfig } from '../../config.js';
import type { StageDeps } from '../../stages/build-stages.js';
import type { TranslationMemory } from '../../engine/memory/memory.js';
import type { TranslatorLoader } from '../../engine/lazy-translator.js';
import type { ProgressEvent } from './progress.js';

export interface BatchOptions {
  /** The engine reads the `model`, `translate` and `output` slices (batch size, threads, formats, folder). */
  readonly config: LektorConfig;
  /** Resolves relative inputs and the output folder. */
  readonly cwd: string;
  /** Time stamped into outputs and run.json; nothing else reads the clock's date. */
  readonly now: Date;
  /** What the memory keys entries by, known without loading the model (`modelIdentity`). */
  readonly identity: ModelIdentity;
  /** Loads the model, on the first sentence the memory cannot answer. */
  readonly loadTranslator: TranslatorLoader;
  /**
   * What the stages need besides configuration (the loaded glossary).
   * @default {}
   */
  readonly stageDeps?: StageDeps;
  /**
   * Remembered translations; without one every sentence goes to the model. The caller opens and
   * closes it.
   * @default undefined
   */
  readonly memory?: TranslationMemory;
  /**
   * Articles read, translated and written at the same time. Their sentences are pooled into the
   * model's batches; the rest of a folder waits on disk, so memory use does not grow with it.
   * 32 news articles pool a few hundred sentences, enough that most batches find rows of one
   * length in tokens, which run and end together (the bench: 8 in flight left half of each
   * step's rows finished).
   * @default 32
   */
  readonly articlesInFlight?: number;
  /** Interrupts the run: the running model call finishes, finished articles are written, the rest is left for a re-run. */
  readonly signal?: AbortSignal;
  /** Progress events, in order. */
  readonly onProgress?: (event: ProgressEvent) => void;
  /**
   * Where the run summary is written.
   * @default '<output folder>/run.json'
   */
  readonly runFile?: string;
}

export type ResolvedBatchOptions = BatchOptions & { readonly articlesInFlight: number; readonly runFile: string };

/** Defaults filled in and checked once, before any work. */
export function resolveBatchOptions(options: BatchOptions, outDir: string): ResolvedBatchOptions {
  const resolved = { ...options, articlesInFlight: options.articlesInFlight ?? 32, runFile: options.runFile ?? path.join(outDir, 'run.json') };
  if (!Number.isInteger(resolved.articlesInFlight) || resolved.articlesInFlight < 1) {
    throw new TypeError(`translateFiles: articlesInFlight must be an integer >= 1, got ${String(resolved.articlesInFlight)}`);
  }
  return resolved;
}

import { checkFormats } from '../../../output/index.js';
import PQueue from 'p-queue';
import path from 'node:path';
import { LektorError, MemoryError, ModelError, OutputError, firstLine } from '../../core/errors.js';
import { collectInputs } from '../../read/inputs.js';
import { readArticle } from '../../read/read-article.js';
import { resolveBatchOptions, type BatchOptions } from './options.js';
import type { ProgressEvent } from './progress.js';
import { openTranslationEngine } from '../../engine/translation-engine.js';
import { openDelivery } from '../deliver/delivery.js';
import type { TranslateRunReport } from '../deliver/run-report.js';
import { isFromMemory, runCounts, runTimings } from './run-counts.js';

export interface ArticleDone {
  readonly ok: true;
  /** The article's path as shown to the user (relative to `cwd`). */
  readonly file: string;
  readonly name: string;
  /** Sentences that needed a translation, and how many of them the memory answered. */
  readonly sentences: number;
  readonly recalled: number;
  readonly outputs: readonly string[];
}

export interface ArticleFailure {
  readonly ok: false;
  readonly file: string;
  /** One line, naming the file. */
  readonly message: string;
}

export interface RunSummary {
  /** Finished articles, in input order. */
  readonly done: readonly ArticleDone[];
  readonly failed: readonly ArticleFailure[];
  /** Articles left unfinished by an interrupt or a stop; a re-run finishes them. */
  readonly pending: readonly string[];
  readonly report: TranslateRunReport;
}

/** Write errors of the disk rather than of one file: a full disk or quota, a disk gone read-only. */
const DISK_FAULTS = new Set(['ENOSPC', 'EDQUOT', 'EROFS']);

type RunStopper = ModelError | MemoryError | OutputError;

/** Failures no article can get past: the run stops instead of failing every article in turn. */
function stopsTheRun(error: unknown): error is RunStopper {
  if (error instanceof OutputError) return DISK_FAULTS.has((error.cause as NodeJS.ErrnoException | undefined)?.code ?? '');
  return error instanceof ModelError || error instanceof MemoryError;
}

/** One line naming the file, for an article that failed. */
export function describe(error: unknown, file: string): string {
  if (error instanceof LektorError) return error.describe();
  return `${file}: unexpected error: ${firstLine(error)}`;
}

/**
 * Translates article files and writes their outputs, then `run.json`.
 *
 * Articles are read, segmented and written concurrently (`articlesInFlight` at a time); their
 * sentences go through the translation memory, and what it cannot answer is pooled across
 * articles into length-matched model batches. The model is loaded on the first sentence that
 * needs it. Every model call is remembered as soon as it returns, and outputs are written
 * atomically, so a killed run loses at most one batch, and a re-run redoes nothing else.
 *
 * An article that cannot be read or translated is reported and skipped; a model or memory
 * that fails stops the run, since every article would fail the same way.
 */
export async function translateFiles(inputs: readonly string[], options: BatchOptions): Promise<RunSummary> {
  const { config, cwd, now, identity } = options;
  const formats = checkFormats(config.output.formats);
  const outDir = path.resolve(cwd, config.output.dir);
  const { articlesInFlight, runFile } = resolveBatchOptions(options, outDir);
  const files = (await collectInputs(inputs, cwd)).map((file) => path.relative(cwd, file) || file);
  const emit = (event: ProgressEvent): void => options.onProgress?.(event);
  const started = performance.now();

  // The engine's own stop: the caller's interrupt, or a failure that no article can get past.
  const stop = new AbortController();
  let fatal: RunStopper | undefined;
  const interrupt = (): void => stop.abort(options.signal?.reason);
  if (options.signal?.aborted) interrupt();
  options.signal?.addEventListener('abort', interrupt, { once: true });

  const engine = openTranslationEngine({
    config,
    identity,
    loadTranslator: options.loadTranslator,
    stageDeps: options.stageDeps,
    memory: options.memory,
    now,
    signal: stop.signal,
    onEvent: emit,
  });

  const delivery = openDelivery({ outDir });
  const glossaryFiles = config.glossary.path;
  const glossary = glossaryFiles === undefined ? null : { path: typeof glossaryFiles === 'string' ? path.resolve(cwd, glossaryFiles) : glossaryFiles.map((file) => path.resolve(cwd, file)), strategy: config.glossary.strategy };
  const done: ArticleDone[] = [];
  const failed: ArticleFailure[] = [];
  const pending: string[] = [];

  async function translateArticle(file: string): Promise<void> {
    if (stop.signal.aborted) {
      pending.push(file);
      return;
    }
    try {
      const doc = await readArticle(file, cwd, config.input);
      const { doc: translated, sentences, recalled } = await engine.translate(doc, now);
      const outputs = await delivery.article({ doc: translated, formats, glossary, qa: config.qa, memory: options.memory?.location ?? null }, now);
      done.push({ ok: true, file, name: translated.meta.name, sentences, recalled, outputs });
      emit({ type: 'article', file, status: isFromMemory({ sentences, recalled }) ? 'memory' : 'translated', sentences, recalled, outputs });
    } catch (error) {
      if (stop.signal.aborted && error === stop.signal.reason) {
        pending.push(file);
        return;
      }
      if (stopsTheRun(error)) {
        fatal ??= error;
        stop.abort(error);
        pending.push(file);
        return;
      }
      const reason = describe(error, file);
      failed.push({ ok: false, file, message: reason });
      emit({ type: 'article', file, status: 'failed', sentences: 0, recalled: 0, outputs: [], reason });
    }
  }

  emit({ type: 'start', articles: files.length, model: config.model.id, dtype: config.model.dtype, memory: options.memory?.location ?? null });
  const articles = new PQueue({ concurrency: articlesInFlight });
  try {
    for (const file of files) {
      // Waiting here, not queueing everything, keeps a folder of any size out of memory.
      await articles.onSizeLessThan(articlesInFlight);
      void articles.add(() => translateArticle(file));
    }
    await articles.onIdle();
  } finally {
    options.signal?.removeEventListener('abort', interrupt);
    await engine.close();
  }

  const order = new Map(files.map((file, i) => [file, i]));
  const inInputOrder = <T>(list: T[], fileOf: (item: T) => string): T[] => list.sort((a, b) => (order.get(fileOf(a)) ?? 0) - (order.get(fileOf(b)) ?? 0));
  inInputOrder(done, (a) => a.file);
  inInputOrder(failed, (a) => a.file);
  inInputOrder(pending, (a) => a);

  const status: TranslateRunReport['status'] = fatal ? 'error' : options.signal?.aborted ? 'interrupted' : failed.length > 0 ? 'failures' : 'completed';
  const totalMs = performance.now() - started;
  const finishing = delivery.finish({
    file: runFile,
    qa: config.qa.checks !== 'none',
    report: {
      status,
      ...(fatal ? { error: fatal.describe() } : {}),
      startedAt: now.toISOString(),
      finishedAt: new Date(now.getTime() + totalMs).toISOString(),
      inputs: [...inputs],
      model: { id: config.model.id, identity: identity.id, dtype: identity.dtype, decoding: identity.decoding, loaded: engine.loaded() },
      settings: {
        batchSize: config.translate.batchSize,
        batchTokens: config.translate.batchTokens,
        threads: config.model.threads,
        articlesInFlight,
        formats,
        outDir,
        memory: options.memory?.location ?? null,
        glossary: glossaryFiles === undefined ? null : [glossaryFiles].flat(),
      },
      counts: runCounts(files.length, done, failed.length, pending.length, engine.tally),
      timings: runTimings(totalMs, engine.tally),
      failures: failed.map((f) => ({ file: f.file, reason: f.message })),
      pending,
    },
  });
  // A disk that stopped the run may well refuse run.json too: the first failure is the one to report.
  const { report } = fatal ? await finishing.catch(() => Promise.reject(fatal)) : await finishing;
  emit({ type: 'done', report, runFile });
  if (fatal) throw fatal;
  return { done, failed, pending, report };
}

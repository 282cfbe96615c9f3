import { UnrecoverableError, WaitingError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { translateScored, withTranslate, type ModelIdentity, type Translator } from '../../../models/translator.js';
import { resolveConfig, type LektorConfig, type QaConfig } from '../../config.js';
import { GlossaryError, InputError } from '../../core/errors.js';
import type { TranslatorLoader } from '../../engine/lazy-translator.js';
import { describe } from '../translate/translate-files.js';
import { openTranslationEngine, type TranslationEngine } from '../../engine/translation-engine.js';
import type { TranslationMemory } from '../../engine/memory/memory.js';
import { documentFromBytes } from '../../read/read-article.js';
import type { ArticleJob, ArticleResult, JobGlossary } from './article-job.js';
import { describeSetting, queueNameFor } from './model-queues.js';
import { startHeartbeat } from './worker-heartbeat.js';
import { parseJobGlossary, recordedJobGlossary } from './job-glossary.js';
import { openQueue } from './open-queue.js';

export type WorkerEvent =
  | { readonly type: 'ready'; readonly worker: string; readonly setting: string }
  | { readonly type: 'article'; readonly file: string; readonly status: 'done'; readonly sentences: number; readonly recalled: number }
  | { readonly type: 'article'; readonly file: string; readonly status: 'failed' | 'retrying'; readonly reason: string };

export interface WorkerOptions {
  readonly redis: Redis;
  /** The worker's model, `translate` (batch size) slices; each job brings its own `qa`. */
  readonly config: LektorConfig;
  /** The loaded model's identity: the worker takes the jobs of its setting's queue, no others. */
  readonly identity: ModelIdentity;
  readonly loadTranslator: TranslatorLoader;
  /** The shared memory; the caller opens and closes it. */
  readonly memory?: TranslationMemory;
  /** Stamped on the entries the model adds to the memory. */
  readonly now: Date;
  /**
   * Articles held at once; their sentences share the model's batches, as in `lektor translate`.
   * @default 32
   */
  readonly concurrency?: number;
  /**
   * How long a worker's lock on its articles lasts without renewal: a killed worker's articles
   * go back to the queue this long after it died (BullMQ's stalled-job check runs as often).
   * @default 30000
   */
  readonly stalledAfterMs?: number;
  /**
   * Return once nothing is waiting, delayed or active in the queue of the worker's setting.
   * @default false
   */
  readonly exitWhenIdle?: boolean;
  /** Stops the worker: the running model call finishes and is stored, articles not finished go back to the queue. */
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: WorkerEvent) => void;
}

export interface WorkerSummary {
  readonly done: number;
  readonly failed: number;
  /** Articles handed back to the queue on stop, for another worker. */
  readonly returned: number;
}

/** How often an idle worker with `exitWhenIdle` asks whether the queue has drained. */
const IDLE_POLL_MS = 250;

/** The model loads once per worker; every engine (one per QA setting seen) shares it. */
function sharedModel(load: TranslatorLoader): { load: TranslatorLoader; dispose: () => Promise<void> } {
  let model: Promise<Translator> | undefined;
  const get = (): Promise<Translator> => (model ??= load());
  return {
    load: async () => {
      const translator = await get();
      return { ...withTranslate(translator, (batch, required) => translateScored(translator, batch, required)), dispose: async () => undefined };
    },
    dispose: async () => (await model?.catch(() => undefined))?.dispose(),
  };
}

/**
 * Takes article jobs from the queue of its model setting (model, dtype, beam width: jobs for
 * another wait for workers running it) and translates them with the engine `lektor translate` uses:
 * the articles held at once pool their sentences into the model's batches, through the memory.
 * A failing article is retried by BullMQ with backoff (attempts and backoff set when queued), an
 * article whose bytes are not text fails at once. Resolves when stopped by `signal`, or with
 * `exitWhenIdle` when the queue has nothing left to do.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const { identity, concurrency = 32, stalledAfterMs = 30_000 } = options;
  // The beam width is part of what the worker decodes, as the memory key has it.
  const beams = Number(identity.decoding.num_beams ?? 1);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new TypeError(`runWorker: concurrency must be an integer >= 1, got ${String(concurrency)}`);
  if (!Number.isInteger(stalledAfterMs) || stalledAfterMs < 1000) {
    throw new TypeError(`runWorker: stalledAfterMs must be an integer >= 1000, got ${String(stalledAfterMs)}`);
  }
  const name = `${hostname()}:${process.pid}`;
  const setting = describeSetting({ identity: identity.id, dtype: identity.dtype, beams });
  const queueName = queueNameFor({ identity: identity.id, dtype: identity.dtype, beams });
  const emit = (event: WorkerEvent): void => options.onEvent?.(event);
  const stop = new AbortController();
  const model = sharedModel(options.loadTranslator);
  const engines = new Map<string, TranslationEngine>();
  const engineFor = (qa: QaConfig, glossary: JobGlossary | null): TranslationEngine => {
    const key = JSON.stringify([qa, glossary]);
    let engine = engines.get(key);
    if (!engine) {
      const config = resolveConfig([options.config, { qa, glossary: glossary ? recordedJobGlossary(glossary) : {} }], {});
      const stageDeps = glossary ? { glossary: parseJobGlossary(glossary) } : {};
      engine = openTranslationEngine({ config, identity, loadTranslator: model.load, stageDeps, memory: options.memory, now: options.now, signal: stop.signal });
      engines.set(key, engine);
    }
    return engine;
  };
  const tally = { done: 0, failed: 0, returned: 0 };
  let inFlight = 0;

  async function translateJob(job: Job<ArticleJob, ArticleResult>, token?: string): Promise<ArticleResult> {
    const { file } = job.data;
    inFlight++;
    try {
      let doc;
      let engine;
      try {
        doc = documentFromBytes(Buffer.from(job.data.bytes, 'base64'), file, job.data.input);
        engine = engineFor(job.data.qa, job.data.glossary);
      } catch (error) {
        // The same bytes would fail the same way: no retry.
        if (error instanceof InputError || error instanceof GlossaryError) throw new UnrecoverableError(error.describe());
        throw error;
      }
      const result = await engine.translate(doc, new Date(job.data.now));
      return { doc: result.doc, sentences: result.sentences, recalled: result.recalled, worker: name };
    } catch (error) {
      if (stop.signal.aborted && error === stop.signal.reason) {
        // Not the article's fault: back to the queue without using up an attempt.
        await job.moveToWait(token);
        tally.returned++;
        throw new WaitingError();
      }
      if (error instanceof UnrecoverableError) throw error;
      throw new Error(describe(error, file), { cause: error });
    } finally {
      inFlight--;
    }
  }

  // A model that cannot load fails here, before the worker takes an article it could not translate.
  await model.load();
  const worker = new Worker<ArticleJob, ArticleResult>(queueName, translateJob, {
    connection: options.redis,
    concurrency,
    lockDuration: stalledAfterMs,
    stalledInterval: stalledAfterMs,
    autorun: false,
  });
  // Connection trouble is retried by ioredis; the failures that matter reach the jobs.
  worker.on('error', () => undefined);
  worker.on('completed', (job, result) => {
    tally.done++;
    emit({ type: 'article', file: job.data.file, status: 'done', sentences: result.sentences, recalled: result.recalled });
  });
  worker.on('failed', (job, error) => {
    if (!job || error instanceof WaitingError) return;
    const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (final) tally.failed++;
    emit({ type: 'article', file: job.data.file, status: final ? 'failed' : 'retrying', reason: error.message });
  });

  const finished = new AbortController();
  const onAbort = (): void => finished.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) onAbort();
  const queue = options.exitWhenIdle ? openQueue(queueName, options.redis) : undefined;
  const drained = async (): Promise<boolean> => {
    if (!queue || inFlight > 0) return false;
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    return Object.values(counts).every((n) => n === 0);
  };

  void worker.run();
  const heartbeat = startHeartbeat(options.redis, name, { queue: queueName, setting });
  emit({ type: 'ready', worker: name, setting });
  try {
    while (!finished.signal.aborted) {
      await sleep(IDLE_POLL_MS, undefined, { signal: finished.signal }).catch(() => undefined);
      if (await drained().catch(() => false)) break;
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    // Stop taking jobs first, then release the held ones that wait for the model; the running call finishes.
    const closing = worker.close();
    stop.abort(new Error('worker stopping'));
    await closing;
    await heartbeat.stop();
    await queue?.close();
    for (const engine of engines.values()) await engine.close();
    await model.dispose();
  }
  return tally;
}

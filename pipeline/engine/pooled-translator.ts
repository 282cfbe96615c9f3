import PQueue from 'p-queue';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { inputKey, inputLengthOf, translateScored, withTranslate, type Alternative, type RequiredTerms, type Translation, type Translator } from '../../models/translator.js';
import { takeBatch, type BatchLimit, type WaitingRow } from './take-batch.js';

/** One model call, as the pool saw it. */
export interface BatchReport {
  readonly rows: number;
  /** Target tokens the call generated (0 where the translator cannot count). */
  readonly tokens: number;
  readonly ms: number;
}

export interface PoolOptions {
  /** Sentences per model call; with `batchTokens`, the most. */
  readonly batchSize: number;
  /** Padded input tokens per model call, the most (`BatchLimit.tokens`); without it every call takes `batchSize` sentences. */
  readonly batchTokens?: number;
  /** On abort the running call finishes; waiting sentences reject with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Called after each model call. */
  readonly onBatch?: (batch: BatchReport) => void;
  /**
   * Awaited before the first batch is cut (the model's load): the sentences that arrive
   * meanwhile share that batch instead of the first article's alone.
   */
  readonly warmUp?: () => Promise<void>;
}

/** The pool's translator, and a way to wait for the model call that is still running. */
export interface PooledTranslator extends Translator {
  /** Resolves when no model call runs or waits: only then may the model be disposed. */
  idle(): Promise<void>;
}

/** What a row asks of the model: its translation, its `n` best, or its translation after a prefix. Rows of one kind (and `n`) share a call. */
type Job = { readonly kind: 'translate' } | { readonly kind: 'alternatives'; readonly n: number } | { readonly kind: 'complete'; readonly prefix: string };

const TRANSLATE: Job = { kind: 'translate' };

/** The calls a job's rows share: one per kind, alternatives per `n`. */
const callOf = (job: Job) => (job.kind === 'alternatives' ? `alternatives ${job.n}` : job.kind);

/** What the pool knows a row by: its input and terms (`inputKey`), and for other jobs than translation the job (after a NUL, which no input holds). */
const rowKey = (input: string, required: RequiredTerms, job: Job) =>
  job.kind === 'translate' ? inputKey(input, required) : `${inputKey(input, required)}\0${callOf(job)}\0${job.kind === 'complete' ? job.prefix : ''}`;

interface Row extends WaitingRow {
  readonly required: RequiredTerms;
  readonly job: Job;
  /** What `known` holds it by (`rowKey`). */
  readonly key: string;
  /** The input's length as the model counts it, measured once when a batch is first cut after its arrival. */
  length?: number;
  readonly resolve: (output: unknown) => void;
  readonly reject: (reason: unknown) => void;
}

/**
 * One translator shared by every document in flight: their sentences are pooled, and the model
 * (one call at a time, through a p-queue) gets length-matched batches drawn from all of them
 * (`takeBatch`: `batchSize` sentences, or with `batchTokens` as many as fit that many padded
 * tokens), lengths as the model counts them (`inputLength`). A sentence already waiting or
 * running (with the same required terms) is not sent twice.
 */
export function pooledTranslator(inner: Translator, options: PoolOptions): PooledTranslator {
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1) {
    throw new TypeError(`pooledTranslator: batchSize must be an integer >= 1, got ${String(options.batchSize)}`);
  }
  if (options.batchTokens !== undefined && (!Number.isInteger(options.batchTokens) || options.batchTokens < 1)) {
    throw new TypeError(`pooledTranslator: batchTokens must be an integer >= 1, got ${String(options.batchTokens)}`);
  }
  const limit: BatchLimit = { rows: options.batchSize, ...(options.batchTokens === undefined ? {} : { tokens: options.batchTokens }) };
  const { signal } = options;
  const model = new PQueue({ concurrency: 1 });
  const waiting: Row[] = [];
  const known = new Map<string, Promise<unknown>>();
  let arrivals = 0;
  let warm: Promise<void> | undefined;

  signal?.addEventListener(
    'abort',
    () => {
      for (const row of waiting.splice(0)) {
        known.delete(row.key);
        row.reject(signal.reason);
      }
    },
    { once: true },
  );

  const schedule = (): void => {
    // One call waits behind the running one at most: it takes its rows when it starts, from all that arrived meanwhile.
    if (waiting.length > 0 && model.size === 0) void model.add(runBatch);
  };

  async function runBatch(): Promise<void> {
    // Documents read in the same turn add their sentences before a batch is cut.
    await nextTurn();
    // A failed warm-up surfaces as the first call's error, on the rows that call takes.
    await (warm ??= options.warmUp?.() ?? Promise.resolve()).catch(() => undefined);
    if (waiting.length === 0) return;
    // The oldest row's kind of call takes this turn, so every kind keeps moving.
    const call = callOf((waiting[0] as Row).job);
    const sameCall = waiting.filter((row) => callOf(row.job) === call);
    const rows = takeBatch(sameCall, limit, (row) => (row.length ??= inputLengthOf(inner, row.input)));
    const taken = new Set(rows);
    waiting.splice(0, waiting.length, ...waiting.filter((row) => !taken.has(row)));
    const tokensBefore = inner.generatedTokens?.() ?? 0;
    const started = performance.now();
    try {
      const outputs = await runRows(rows);
      rows.forEach((r, i) => r.resolve(outputs[i]));
      options.onBatch?.({ rows: rows.length, tokens: (inner.generatedTokens?.() ?? 0) - tokensBefore, ms: performance.now() - started });
    } catch (error) {
      for (const r of rows) r.reject(error);
    } finally {
      for (const r of rows) known.delete(r.key);
    }
    schedule();
  }

  /** One model call for rows of one kind of job: one output per row. */
  async function runRows(rows: readonly Row[]): Promise<unknown[]> {
    const inputs = rows.map((r) => r.input);
    const required = rows.some((r) => r.required.length > 0) ? rows.map((r) => r.required) : undefined;
    const job = (rows[0] as Row).job;
    if (job.kind === 'alternatives') return (await inner.alternatives?.(inputs, job.n, required)) ?? [];
    if (job.kind === 'complete') return (await inner.complete?.(inputs, rows.map((r) => (r.job as { prefix: string }).prefix), required)) ?? [];
    return (await translateScored(inner, inputs, required)).map((t) => t ?? { text: '' });
  }

  const request = <T>(input: string, required: RequiredTerms = [], job: Job = TRANSLATE): Promise<T> => {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const key = rowKey(input, required, job);
    const existing = known.get(key);
    if (existing) return existing as Promise<T>;
    const output = new Promise<T>((resolve, reject) => waiting.push({ input, required, job, key, order: arrivals++, resolve: resolve as (output: unknown) => void, reject }));
    known.set(key, output);
    schedule();
    return output;
  };

  const pooled = withTranslate(inner, (batch, required) => Promise.all(batch.map((input, i) => request<Translation>(input, required?.[i]))), {
    ...(inner.alternatives ? { alternatives: (batch, n, required) => Promise.all(batch.map((input, i) => request<Alternative[]>(input, required?.[i], { kind: 'alternatives', n }))) } : {}),
    ...(inner.complete ? { complete: (batch, prefixes, required) => Promise.all(batch.map((input, i) => request<string>(input, required?.[i], { kind: 'complete', prefix: prefixes[i] ?? '' }))) } : {}),
  });
  return { ...pooled, idle: () => model.onIdle() };
}

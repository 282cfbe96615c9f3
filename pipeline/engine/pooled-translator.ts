import PQueue from 'p-queue';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { inputKey, inputLengthOf, translateScored, withTranslate, type RequiredTerms, type Translation, type Translator } from '../../models/translator.js';
import { takeBatch, type WaitingRow } from './take-batch.js';

/** One model call, as the pool saw it. */
export interface BatchReport {
  readonly rows: number;
  /** Target tokens the call generated (0 where the translator cannot count). */
  readonly tokens: number;
  readonly ms: number;
}

export interface PoolOptions {
  /** Sentences per model call. */
  readonly batchSize: number;
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

interface Row extends WaitingRow {
  readonly required: RequiredTerms;
  /** What `known` holds it by (`inputKey`). */
  readonly key: string;
  /** The input's length as the model counts it, measured once when a batch is first cut after its arrival. */
  length?: number;
  readonly resolve: (output: Translation) => void;
  readonly reject: (reason: unknown) => void;
}

/**
 * One translator shared by every document in flight: their sentences are pooled, and the model
 * (one call at a time, through a p-queue) gets length-matched batches of `batchSize` drawn from
 * all of them, lengths as the model counts them (`inputLength`). A sentence already waiting or
 * running (with the same required terms) is not sent twice.
 */
export function pooledTranslator(inner: Translator, options: PoolOptions): PooledTranslator {
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1) {
    throw new TypeError(`pooledTranslator: batchSize must be an integer >= 1, got ${String(options.batchSize)}`);
  }
  const { signal } = options;
  const model = new PQueue({ concurrency: 1 });
  const waiting: Row[] = [];
  const known = new Map<string, Promise<Translation>>();
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
    const rows = takeBatch(waiting, options.batchSize, (row) => (row.length ??= inputLengthOf(inner, row.input)));
    if (rows.length === 0) return;
    const tokensBefore = inner.generatedTokens?.() ?? 0;
    const started = performance.now();
    try {
      const required = rows.some((r) => r.required.length > 0) ? rows.map((r) => r.required) : undefined;
      const outputs = await translateScored(inner, rows.map((r) => r.input), required);
      rows.forEach((r, i) => r.resolve(outputs[i] ?? { text: '' }));
      options.onBatch?.({ rows: rows.length, tokens: (inner.generatedTokens?.() ?? 0) - tokensBefore, ms: performance.now() - started });
    } catch (error) {
      for (const r of rows) r.reject(error);
    } finally {
      for (const r of rows) known.delete(r.key);
    }
    schedule();
  }

  const request = (input: string, required: RequiredTerms = []): Promise<Translation> => {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const key = inputKey(input, required);
    const existing = known.get(key);
    if (existing) return existing;
    const output = new Promise<Translation>((resolve, reject) => waiting.push({ input, required, key, order: arrivals++, resolve, reject }));
    known.set(key, output);
    schedule();
    return output;
  };

  return { ...withTranslate(inner, (batch, required) => Promise.all(batch.map((input, i) => request(input, required?.[i])))), idle: () => model.onIdle() };
}

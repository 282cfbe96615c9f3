import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Format } from '../../../output/index.js';
import { openDelivery } from '../deliver/delivery.js';
import type { CollectRunReport } from '../deliver/run-report.js';
import { QUEUE_NAME, type ArticleJob, type ArticleResult } from './article-job.js';

export interface CollectOptions {
  readonly redis: Redis;
  /** Shown in run.json: the queue's address without credentials. */
  readonly location: string;
  /** Absolute output folder. */
  readonly outDir: string;
  readonly formats: readonly Format[];
  /**
   * Wait until nothing is waiting, delayed or active before collecting.
   * @default false
   */
  readonly wait?: boolean;
  /** Ends the wait early: what has finished by then is collected. */
  readonly signal?: AbortSignal;
}

export interface CollectResult {
  /** Files collected, sorted. */
  readonly done: readonly string[];
  readonly report: CollectRunReport;
  readonly runFile: string;
}

/** Finished jobs are read this many at a time: their documents are not all held at once. */
const PAGE = 100;
const WAIT_POLL_MS = 500;

async function unfinished(queue: Queue): Promise<number> {
  const counts = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active');
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/**
 * Writes every finished article's outputs from the document its worker stored: the writers are
 * pure functions of the document and its date, so the files are the bytes `lektor translate`
 * writes for the same article and settings, whichever machine translated it. Then `run.json`.
 */
export async function collectArticles(options: CollectOptions): Promise<CollectResult> {
  const { outDir, formats } = options;
  const queue = new Queue<ArticleJob, ArticleResult>(QUEUE_NAME, { connection: options.redis });
  try {
    while (options.wait && !options.signal?.aborted && (await unfinished(queue)) > 0) {
      await sleep(WAIT_POLL_MS, undefined, { signal: options.signal }).catch(() => undefined);
    }
    const delivery = openDelivery({ outDir });
    const done: string[] = [];
    const workers: Record<string, number> = {};
    let sentences = 0;
    let recalled = 0;
    const total = await queue.getCompletedCount();
    for (let start = 0; start < total; start += PAGE) {
      for (const job of await queue.getCompleted(start, start + PAGE - 1)) {
        const { doc } = job.returnvalue;
        const glossary = job.data.glossary && { path: job.data.glossary.path, strategy: job.data.glossary.strategy };
        await delivery.article({ doc, formats, glossary, qa: job.data.qa, memory: null }, new Date(job.data.now));
        done.push(job.data.file);
        workers[job.returnvalue.worker] = (workers[job.returnvalue.worker] ?? 0) + 1;
        sentences += job.returnvalue.sentences;
        recalled += job.returnvalue.recalled;
      }
    }
    const failures = (await queue.getFailed(0, -1))
      .filter((job) => job !== undefined)
      .map((job) => ({ file: job.data.file, reason: job.failedReason }))
      .sort((a, b) => a.file.localeCompare(b.file));
    const pending = await unfinished(queue);
    done.sort((a, b) => a.localeCompare(b));
    const run = await delivery.finish({
      report: {
        status: pending > 0 ? 'pending' : failures.length > 0 ? 'failures' : 'completed',
        queue: options.location,
        formats,
        outDir,
        counts: { articles: done.length + failures.length + pending, done: done.length, failed: failures.length, pending, sentences, sentencesFromMemory: recalled },
        workers: Object.fromEntries(Object.entries(workers).sort(([a], [b]) => a.localeCompare(b))),
        failures,
      },
    });
    return { done, ...run };
  } finally {
    await queue.close();
  }
}

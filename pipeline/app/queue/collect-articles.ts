import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Format } from '../../../output/index.js';
import { openDelivery } from '../deliver/delivery.js';
import type { CollectRunReport } from '../deliver/run-report.js';
import type { ArticleJob, ArticleResult } from './article-job.js';
import { LEGACY_QUEUE, modelQueues } from './model-queues.js';
import { openQueue } from './open-queue.js';
import { recordedJobGlossary } from './job-glossary.js';

export interface CollectOptions {
  readonly redis: Redis;
  /** Shown in run.json: the queue's address without credentials. */
  readonly location: string;
  /** Absolute output folder. */
  readonly outDir: string;
  readonly formats: readonly Format[];
  /**
   * Wait until nothing is waiting, delayed or active in any setting's queue, collecting each
   * article as it finishes (so none ages out of Redis uncollected). Articles of a setting that no
   * worker runs are waited for too; those of the legacy queue, which no worker takes, are not.
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

const WAIT_POLL_MS = 500;

type ArticleQueue = Queue<ArticleJob, ArticleResult>;

async function unfinished(queue: Queue): Promise<number> {
  const counts = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active');
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/**
 * Writes every finished article's outputs from the document its worker stored: the writers are
 * pure functions of the document and its date, so the files are the bytes `lektor translate`
 * writes for the same article and settings, whichever machine translated it. Then `run.json`.
 * Every model setting's queue is read, and the legacy queue's finished articles too; an article
 * finished in both (queued again after routing came) is one article, as its job id says.
 */
export async function collectArticles(options: CollectOptions): Promise<CollectResult> {
  const { outDir, formats, redis } = options;
  const queues = new Map<string, ArticleQueue>();
  const queueOf = (name: string): ArticleQueue => {
    let queue = queues.get(name);
    if (!queue) queues.set(name, (queue = openQueue<ArticleJob, ArticleResult>(name, redis)));
    return queue;
  };
  const delivery = openDelivery({ outDir });
  const delivered = new Set<string>();
  const done: string[] = [];
  const workers: Record<string, number> = {};
  let sentences = 0;
  let recalled = 0;
  // One document at a time, by id: a queue's finished documents are never all held at once.
  const deliverFinished = async (queue: ArticleQueue): Promise<void> => {
    const ids: string[] = await redis.zrange(queue.keys.completed as string, 0, '-1');
    for (const id of ids) {
      if (delivered.has(id)) continue;
      const job = await queue.getJob(id);
      // Removed since it was listed: aged out, or cleared by hand.
      if (!job) continue;
      const { doc } = job.returnvalue;
      const glossary = job.data.glossary && recordedJobGlossary(job.data.glossary);
      await delivery.article({ doc, formats, glossary, qa: job.data.qa, memory: null }, new Date(job.data.now));
      delivered.add(id);
      done.push(job.data.file);
      workers[job.returnvalue.worker] = (workers[job.returnvalue.worker] ?? 0) + 1;
      sentences += job.returnvalue.sentences;
      recalled += job.returnvalue.recalled;
    }
  };
  try {
    for (;;) {
      const names = (await modelQueues(redis)).map((q) => q.name);
      // Counted before delivering: an article finishing between the two is then delivered in this
      // pass, where counting after would find nothing left and end without it.
      let waitingFor = 0;
      if (options.wait) for (const name of names) if (name !== LEGACY_QUEUE) waitingFor += await unfinished(queueOf(name));
      for (const name of names) await deliverFinished(queueOf(name));
      if (!options.wait || options.signal?.aborted || waitingFor === 0) break;
      await sleep(WAIT_POLL_MS, undefined, { signal: options.signal }).catch(() => undefined);
    }
    const failures = [];
    let pending = 0;
    for (const queue of queues.values()) {
      for (const job of await queue.getFailed(0, -1)) {
        if (job && !delivered.has(job.id as string)) failures.push({ file: job.data.file, reason: job.failedReason });
      }
      pending += await unfinished(queue);
    }
    failures.sort((a, b) => a.file.localeCompare(b.file));
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
    for (const queue of queues.values()) await queue.close();
  }
}

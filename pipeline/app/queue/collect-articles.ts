import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { reviewIndexEntry, type ReviewIndexEntry } from '../../../output/review-index.js';
import type { Format } from '../../../output/index.js';
import { writeFileAtomic } from '../../../pipeline/core/write-file-atomic.js';
import { writeOutputs, writeReviewIndex } from '../../../output/write.js';
import { writeArticleRecord } from '../review/article-record.js';
import { mergeQaSummaries, summariseQa, type QaSummary } from '../../stages/qa.js';
import { version } from '../../core/version.js';
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

/** The `run.json` that `queue collect` writes: what the queue held when collected. */
export interface QueueRunReport {
  readonly tool: string;
  /** `completed`: every queued article done; `failures`: some failed; `pending`: some not finished yet. */
  readonly status: 'completed' | 'failures' | 'pending';
  readonly queue: string;
  readonly formats: readonly Format[];
  readonly outDir: string;
  readonly counts: {
    readonly articles: number;
    readonly done: number;
    readonly failed: number;
    readonly pending: number;
    readonly sentences: number;
    readonly sentencesFromMemory: number;
  };
  /** Articles per worker (`host:pid`). */
  readonly workers: Readonly<Record<string, number>>;
  readonly failures: readonly { readonly file: string; readonly reason: string }[];
  readonly qa: QaSummary | null;
}

export interface CollectResult {
  /** Files collected, sorted. */
  readonly done: readonly string[];
  readonly report: QueueRunReport;
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
    const done: string[] = [];
    const workers: Record<string, number> = {};
    const qa: QaSummary[] = [];
    const reviewIndex: ReviewIndexEntry[] | undefined = formats.includes('html') ? [] : undefined;
    let indexDate: Date | undefined;
    let sentences = 0;
    let recalled = 0;
    let qaOn = false;
    const total = await queue.getCompletedCount();
    for (let start = 0; start < total; start += PAGE) {
      for (const job of await queue.getCompleted(start, start + PAGE - 1)) {
        const { doc } = job.returnvalue;
        const now = new Date(job.data.now);
        await writeOutputs(doc, formats, outDir, { now, toolVersion: version });
        const glossary = job.data.glossary && { path: job.data.glossary.path, strategy: job.data.glossary.strategy };
        await writeArticleRecord(outDir, { doc, formats, glossary, qa: job.data.qa, memory: null });
        reviewIndex?.push(reviewIndexEntry(doc));
        if (!indexDate || now > indexDate) indexDate = now;
        if (job.data.qa.checks !== 'none') qaOn = true;
        qa.push(summariseQa([doc]));
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
    if (reviewIndex && indexDate && reviewIndex.length > 0) await writeReviewIndex(reviewIndex, outDir, { now: indexDate, toolVersion: version });
    done.sort((a, b) => a.localeCompare(b));
    const report: QueueRunReport = {
      tool: `lektor ${version}`,
      status: pending > 0 ? 'pending' : failures.length > 0 ? 'failures' : 'completed',
      queue: options.location,
      formats,
      outDir,
      counts: { articles: done.length + failures.length + pending, done: done.length, failed: failures.length, pending, sentences, sentencesFromMemory: recalled },
      workers: Object.fromEntries(Object.entries(workers).sort(([a], [b]) => a.localeCompare(b))),
      failures,
      qa: qaOn ? mergeQaSummaries(qa) : null,
    };
    const runFile = path.join(outDir, 'run.json');
    await writeFileAtomic(runFile, `${JSON.stringify(report, null, 2)}\n`);
    return { done, report, runFile };
  } finally {
    await queue.close();
  }
}

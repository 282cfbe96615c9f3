import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { QUEUE_NAME, type ArticleJob } from './article-job.js';

export interface QueueStatus {
  /** Articles not yet taken, including those waiting out a retry's backoff (`delayed`). */
  readonly waiting: number;
  readonly delayed: number;
  readonly active: number;
  readonly done: number;
  readonly failed: number;
  /** Why each failed article failed, after its last attempt. */
  readonly failures: readonly { readonly file: string; readonly reason: string; readonly attempts: number }[];
  /** Articles finished per minute, over the last minute and the last ten. */
  readonly throughput: { readonly lastMinute: number; readonly lastTenMinutes: number };
}

/** Where the queue stands, from Redis alone: any machine can ask. */
export async function queueStatus(redis: Redis): Promise<QueueStatus> {
  const queue = new Queue<ArticleJob>(QUEUE_NAME, { connection: redis });
  try {
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
    const failed = await queue.getFailed(0, -1);
    // BullMQ keeps finished jobs in a sorted set scored by the time they finished: counting a window is one command.
    const finishedWithin = (minutes: number): Promise<number> => redis.zcount(queue.keys.completed as string, Date.now() - minutes * 60_000, '+inf');
    const [lastMinute, lastTen] = await Promise.all([finishedWithin(1), finishedWithin(10)]);
    return {
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      delayed: counts.delayed ?? 0,
      active: counts.active ?? 0,
      done: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      failures: failed
        .filter((job) => job !== undefined)
        .map((job) => ({ file: job.data.file, reason: job.failedReason, attempts: job.attemptsMade }))
        .sort((a, b) => a.file.localeCompare(b.file)),
      throughput: { lastMinute, lastTenMinutes: Math.round(lastTen) / 10 },
    };
  } finally {
    await queue.close();
  }
}

import type { Redis } from 'ioredis';
import type { ArticleJob } from './article-job.js';
import { describeSetting, modelQueues } from './model-queues.js';
import { LIVE_WITHIN_MS, workerContacts, type WorkerContact } from './worker-heartbeat.js';
import { openQueue } from './open-queue.js';

/** How `queue status` names the legacy queue, whose waiting jobs no worker takes. */
export const LEGACY_SETTING = 'queued before routing by model';

export interface Counts {
  /** Articles not yet taken. */
  readonly waiting: number;
  /** Articles waiting out a retry's backoff. */
  readonly delayed: number;
  readonly active: number;
  readonly done: number;
  readonly failed: number;
}

export interface SettingStatus extends Counts {
  readonly queue: string;
  /** `model (dtype, beams n)`, or `LEGACY_SETTING`. */
  readonly setting: string;
  /** Its workers heard from in the last 30 s. */
  readonly workers: number;
}

export interface QueueStatus extends Counts {
  /** Why each failed article failed, after its last attempt. */
  readonly failures: readonly { readonly file: string; readonly reason: string; readonly attempts: number }[];
  /** Articles finished per minute, over the last minute and the last ten. */
  readonly throughput: { readonly lastMinute: number; readonly lastTenMinutes: number };
  /** Each model setting queued for, with its counts. */
  readonly settings: readonly SettingStatus[];
  /** Settings whose articles wait with no worker to take them: they wait until one starts. */
  readonly unserved: readonly string[];
  /** Every worker heard from in the last day, with its setting and last contact. */
  readonly workers: readonly WorkerContact[];
}

async function settingStatus(redis: Redis, name: string, now: number) {
  const queue = openQueue<ArticleJob>(name, redis);
  try {
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
    const failed = (await queue.getFailed(0, -1)).filter((job) => job !== undefined);
    // BullMQ keeps finished jobs in a sorted set scored by the time they finished: counting a window is one command.
    const finishedWithin = (minutes: number): Promise<number> => redis.zcount(queue.keys.completed as string, now - minutes * 60_000, '+inf');
    return {
      counts: {
        waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
        delayed: counts.delayed ?? 0,
        active: counts.active ?? 0,
        done: counts.completed ?? 0,
        failed: counts.failed ?? 0,
      },
      failures: failed.map((job) => ({ file: job.data.file, reason: job.failedReason, attempts: job.attemptsMade })),
      finished: await Promise.all([finishedWithin(1), finishedWithin(10)]),
    };
  } finally {
    await queue.close();
  }
}

/** Where every model setting's queue stands, and who works on it, from Redis alone: any machine can ask. */
export async function queueStatus(redis: Redis, now: number = Date.now()): Promise<QueueStatus> {
  const workers = await workerContacts(redis, now);
  const live = workers.filter((w) => now - Date.parse(w.lastContact) <= LIVE_WITHIN_MS);
  const settings: SettingStatus[] = [];
  const failures: QueueStatus['failures'][number][] = [];
  let [lastMinute, lastTen] = [0, 0];
  for (const { name, model } of await modelQueues(redis)) {
    const status = await settingStatus(redis, name, now);
    settings.push({ queue: name, setting: model ? describeSetting(model) : LEGACY_SETTING, ...status.counts, workers: live.filter((w) => w.queue === name).length });
    failures.push(...status.failures);
    lastMinute += status.finished[0];
    lastTen += status.finished[1];
  }
  const total = (key: keyof Counts): number => settings.reduce((sum, s) => sum + s[key], 0);
  return {
    waiting: total('waiting'),
    delayed: total('delayed'),
    active: total('active'),
    done: total('done'),
    failed: total('failed'),
    failures: failures.sort((a, b) => a.file.localeCompare(b.file)),
    throughput: { lastMinute, lastTenMinutes: Math.round(lastTen) / 10 },
    settings,
    unserved: settings.filter((s) => s.workers === 0 && s.waiting + s.delayed > 0).map((s) => s.setting),
    workers,
  };
}

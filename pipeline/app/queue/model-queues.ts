import type { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import type { JobModel } from './article-job.js';
import { openQueue } from './open-queue.js';

/**
 * The one queue of Lektor before jobs were routed by model: `queue collect` still reads what it
 * finished, `queue status` counts what waits in it, and no worker takes from it any more.
 */
export const LEGACY_QUEUE = 'lektor-articles';

/** Every model setting something was queued for, by queue name: `status` and `collect` go through them all. */
const SETTINGS_KEY = 'lektor:queue:settings';

/** A queue of articles for one model setting; `model` is null for the legacy queue, whose jobs say their own. */
export interface ModelQueue {
  readonly name: string;
  readonly model: JobModel | null;
}

/** What decides a worker's outputs besides the article: jobs for one setting wait for workers of that setting. */
function settingOf(model: JobModel): JobModel {
  return { identity: model.identity, dtype: model.dtype, beams: model.beams ?? 1 };
}

/**
 * The queue of one model setting. A hash rather than the identity itself: a model directory's
 * absolute path is long and may hold `:`, which BullMQ refuses in a queue name.
 */
export function queueNameFor(model: JobModel): string {
  const { identity, dtype, beams } = settingOf(model);
  return `${LEGACY_QUEUE}-${createHash('sha256').update(JSON.stringify([identity, dtype, beams])).digest('hex').slice(0, 12)}`;
}

/** `fake/model (fp32, beams 1)`: how messages and `queue status` name a setting. */
export function describeSetting(model: JobModel): string {
  const { identity, dtype, beams } = settingOf(model);
  return `${identity} (${dtype}, beams ${beams})`;
}

/** Records the setting so the commands that read every queue find its queue; returns the queue's name. */
export async function registerSetting(redis: Redis, model: JobModel): Promise<string> {
  const name = queueNameFor(model);
  await redis.hset(SETTINGS_KEY, name, JSON.stringify(settingOf(model)));
  return name;
}

async function legacyInUse(redis: Redis): Promise<boolean> {
  const queue = openQueue(LEGACY_QUEUE, redis);
  try {
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
    return Object.values(counts).some((n) => n > 0);
  } finally {
    await queue.close();
  }
}

/** The queues of every setting queued for, sorted by name, and the legacy queue while it holds jobs. */
export async function modelQueues(redis: Redis): Promise<ModelQueue[]> {
  const settings = Object.entries(await redis.hgetall(SETTINGS_KEY))
    .map(([name, model]) => ({ name, model: JSON.parse(model) as JobModel }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (await legacyInUse(redis)) ? [...settings, { name: LEGACY_QUEUE, model: null }] : settings;
}

import type { Redis } from 'ioredis';

/** Each worker's setting and the last time it reached Redis, by worker name. */
const WORKERS_KEY = 'lektor:queue:workers';

/** How often a worker says it is there. */
const HEARTBEAT_MS = 5000;

/** A worker not heard from for this long counts as gone: its setting has no worker. */
export const LIVE_WITHIN_MS = 30_000;

/** A worker killed without a goodbye leaves its entry; `queue status` forgets it after a day. */
const FORGET_AFTER_MS = 86_400_000;

export interface WorkerContact {
  /** `host:pid`, as in run.json. */
  readonly worker: string;
  /** The queue of the setting it runs. */
  readonly queue: string;
  /** The setting, as `describeSetting` names it. */
  readonly setting: string;
  /** ISO 8601: the last time its heartbeat reached Redis. */
  readonly lastContact: string;
}

interface Beat {
  readonly queue: string;
  readonly setting: string;
  readonly at: number;
}

/**
 * Writes the worker's entry now and every few seconds until stopped, then removes it. A beat still
 * waiting for a lost Redis is not followed by another, so an outage queues one command, not many.
 */
export function startHeartbeat(redis: Redis, worker: string, beat: Omit<Beat, 'at'>): { stop(): Promise<void> } {
  let pending: Promise<unknown> | undefined;
  const send = (): void => {
    pending ??= redis
      .hset(WORKERS_KEY, worker, JSON.stringify({ ...beat, at: Date.now() } satisfies Beat))
      .catch(() => undefined)
      .finally(() => (pending = undefined));
  };
  send();
  const timer = setInterval(send, HEARTBEAT_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await pending;
      await redis.hdel(WORKERS_KEY, worker).catch(() => undefined);
    },
  };
}

/** Every worker heard from in the last day, by name; older entries are dropped. */
export async function workerContacts(redis: Redis, now: number): Promise<WorkerContact[]> {
  const contacts: WorkerContact[] = [];
  for (const [worker, value] of Object.entries(await redis.hgetall(WORKERS_KEY))) {
    const beat = JSON.parse(value) as Beat;
    if (now - beat.at > FORGET_AFTER_MS) await redis.hdel(WORKERS_KEY, worker);
    else contacts.push({ worker, queue: beat.queue, setting: beat.setting, lastContact: new Date(beat.at).toISOString() });
  }
  return contacts.sort((a, b) => a.worker.localeCompare(b.worker));
}

import type { Redis } from 'ioredis';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { queueStatus, type SettingStatus } from './queue-status.js';
import type { WorkerEvent } from './run-worker.js';

export interface WorkerMetrics {
  readonly registry: Registry;
  /** Feeds the counters; given to `runWorker` beside the printer. */
  readonly onEvent: (event: WorkerEvent) => void;
}

const STATES = ['waiting', 'delayed', 'active', 'done', 'failed'] as const;

/**
 * A worker's metrics in a registry of its own: its articles by outcome, their sentences and what
 * the shared memory answered, whether it has Redis, and at each scrape every model setting's
 * queue by state with its live workers (what `queue status` shows), so one scrape of any worker
 * sees the whole queue; besides, the process's own under `lektor_process_…`.
 */
export function workerMetrics(redis: Redis): WorkerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'lektor_' });
  const articles = new Counter({ name: 'lektor_worker_articles_total', help: 'Articles this worker finished, failed for good, or failed to be retried', labelNames: ['status'], registers: [registry] });
  const sentences = new Counter({ name: 'lektor_sentences_total', help: 'Sentences of the articles this worker finished', registers: [registry] });
  const hits = new Counter({ name: 'lektor_memory_hits_total', help: 'Of those, answered by the translation memory', registers: [registry] });
  new Gauge({
    name: 'lektor_redis_connected',
    help: '1 while the worker has its Redis connection, 0 while it waits for Redis to come back',
    registers: [registry],
    collect() {
      this.set(redis.status === 'ready' ? 1 : 0);
    },
  });
  // Read once a scrape, by the first gauge (a scrape starts the collections in registration order,
  // then awaits them together); the second awaits that reading. Without Redis its commands would
  // wait for it: the scrape answers at once, without the queue (lektor_redis_connected says why).
  let reading: Promise<readonly SettingStatus[]> = Promise.resolve([]);
  const readQueue = (): Promise<readonly SettingStatus[]> => (reading = redis.status === 'ready' ? queueStatus(redis).then((status) => status.settings) : Promise.resolve([]));
  new Gauge({
    name: 'lektor_queue_articles',
    help: "Articles in each model setting's queue, by state",
    labelNames: ['setting', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const setting of await readQueue()) for (const state of STATES) this.set({ setting: setting.setting, state }, setting[state]);
    },
  });
  new Gauge({
    name: 'lektor_queue_workers',
    help: 'Workers of each model setting heard from in the last 30 s',
    labelNames: ['setting'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const setting of await reading) this.set({ setting: setting.setting }, setting.workers);
    },
  });
  return {
    registry,
    onEvent(event) {
      if (event.type !== 'article') return;
      articles.inc({ status: event.status });
      if (event.status !== 'done') return;
      sentences.inc(event.sentences);
      hits.inc(event.recalled);
    },
  };
}

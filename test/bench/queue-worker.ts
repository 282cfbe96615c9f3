/**
 * One `lektor worker` on the bench model, in a process of its own (`workers.ts` starts it): the
 * CLI's worker cannot force the bench's output lengths. Prints `ready` once the model is loaded,
 * then its summary as one JSON line when stopped (SIGTERM, once the queue has drained). The argument
 * is a `QueueWorkerCase` as JSON.
 */
import { resolveConfig } from '../../pipeline/config.js';
import { openRedisMemory } from '../../pipeline/engine/memory/redis-memory.js';
import { runWorker } from '../../pipeline/app/queue/run-worker.js';
import { connectRedis } from '../../pipeline/engine/connect-redis.js';
import { benchIdentity, loadBenchTranslator, type BenchModel } from './bench-translator.js';

export interface QueueWorkerCase extends BenchModel {
  readonly redis: string;
  readonly batchSize: number;
  readonly concurrency: number;
}

const [spec] = process.argv.slice(2);
if (spec === undefined) throw new Error('queue-worker: expected a case as JSON');
const options = JSON.parse(spec) as QueueWorkerCase;
const redis = await connectRedis(options.redis);
const stop = new AbortController();
process.once('SIGTERM', () => stop.abort());
try {
  const summary = await runWorker({
    redis,
    config: resolveConfig([{ model: { id: options.modelDir, dtype: options.dtype, threads: options.threads }, translate: { batchSize: options.batchSize } }], {}),
    identity: benchIdentity(options),
    loadTranslator: loadBenchTranslator(options),
    memory: openRedisMemory(redis, { location: options.redis }),
    now: new Date(0),
    concurrency: options.concurrency,
    signal: stop.signal,
    onEvent: (event) => {
      if (event.type === 'ready') process.stdout.write('ready\n');
    },
  });
  process.stdout.write(`${JSON.stringify(summary)}\n`);
} finally {
  await redis.quit();
}

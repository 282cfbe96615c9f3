import { modelIdentity, openTranslator } from '../../../models/open-translator.js';
import { runDate } from '../../config.js';
import { openRedisMemory } from '../../engine/memory/redis-memory.js';
import { watchConnection } from '../queue/connection-watch.js';
import { runWorker, type WorkerEvent } from '../queue/run-worker.js';
import { workerMetrics } from '../queue/worker-metrics.js';
import { startMetricsServer } from '../http/metrics-server.js';
import { reportConnection } from './report-connection.js';
import { EXIT, type CliIO, type ExitWith } from './command.js';
import { configWithRedis, type QueueFlags } from './redis-option.js';
import { withRedis } from './redis-connection.js';
import { stopOnSignals } from './stop-signal.js';

export interface WorkerFlags extends QueueFlags {
  concurrency?: number;
  exitWhenIdle?: boolean;
  stalledAfter?: number;
  metricsPort?: number;
  metricsHost: string;
  quiet?: boolean;
}

function printer(io: CliIO, quiet: boolean): (event: WorkerEvent) => void {
  return (event) => {
    if (event.type === 'ready') {
      if (!quiet) io.stderr.write(`lektor: worker ${event.worker} runs ${event.setting}, waiting for articles\n`);
    } else if (event.status === 'done') {
      if (!quiet) io.stderr.write(`done ${event.file} (${event.sentences} sentences, ${event.recalled} from memory)\n`);
    } else {
      io.stderr.write(`${event.status === 'failed' ? 'failed' : 'will retry'}: ${event.reason}\n`);
    }
  };
}

/** What `lektor worker` does, loaded only when it runs (bullmq, prom-client, the model). */
export async function runWorkerCommand(flags: WorkerFlags, io: CliIO, exitWith: ExitWith): Promise<void> {
  const config = await configWithRedis(flags, io);
  const model = { ...config.model, cwd: io.cwd };
  // SIGTERM (a service manager) or SIGINT (Ctrl-C) stop the worker in good order.
  const stop = stopOnSignals(['SIGTERM', 'SIGINT'], () => io.stderr.write('lektor: stopping; finishing the running batch, handing back the rest\n'));
  try {
    const summary = await withRedis(config, async (redis, location) => {
      // Said even with --quiet: a worker waiting for Redis is not translating.
      const release = watchConnection(redis, reportConnection(io, location));
      const metrics = flags.metricsPort === undefined ? undefined : workerMetrics(redis);
      const server = metrics && (await startMetricsServer(metrics.registry, { port: flags.metricsPort as number, host: flags.metricsHost }));
      if (server && !flags.quiet) io.stderr.write(`lektor: metrics at ${server.url}/metrics\n`);
      const print = printer(io, flags.quiet ?? false);
      try {
        return await runWorker({
          redis,
          config,
          identity: modelIdentity(model),
          loadTranslator: () => openTranslator(model, { signal: stop.signal }),
          memory: openRedisMemory(redis, { location }),
          now: runDate(io.env),
          concurrency: flags.concurrency,
          stalledAfterMs: flags.stalledAfter,
          exitWhenIdle: flags.exitWhenIdle,
          signal: stop.signal,
          onEvent: (event) => {
            print(event);
            metrics?.onEvent(event);
          },
        });
      } finally {
        await server?.close();
        release();
      }
    });
    if (!flags.quiet) io.stderr.write(`lektor: worker done: ${summary.done} translated, ${summary.failed} failed, ${summary.returned} handed back\n`);
    exitWith(EXIT.ok);
  } finally {
    stop.release();
  }
}

import path from 'node:path';
import open from 'open';
import { defaultConfig, runDate } from '../../config.js';
import { startReviewServer } from '../review/serve/review-server.js';
import { EXIT, type CliIO, type ExitWith } from './command.js';
import { openSharedMemory } from './redis-connection.js';
import { stopOnSignals } from './stop-signal.js';
import { propagateSetting, type PropagateFlags } from './propagate-option.js';

export type ReviewServeFlags = PropagateFlags & { port?: number; open?: boolean; redis?: string; model?: string | false };

/** What `lektor review serve` does, loaded only when it runs (fastify, the writers, the memory). */
export async function runReviewServe(outDir: string, flags: ReviewServeFlags, io: CliIO, exitWith: ExitWith): Promise<void> {
  const propagate = await propagateSetting(flags, io);
  const shared = flags.redis === undefined ? undefined : await openSharedMemory(flags.redis, io.env);
  const model = flags.model === false ? false : { cacheDir: defaultConfig(io.env).model.cacheDir, cwd: io.cwd, ...(flags.model === undefined ? {} : { id: flags.model }) };
  const log = (line: string) => void io.stderr.write(`lektor: ${line}\n`);
  const server = await startReviewServer(path.resolve(io.cwd, outDir), { port: flags.port, now: () => runDate(io.env), memory: shared?.memory, model, log, propagate }).catch(
    async (error: unknown) => {
      await shared?.close();
      throw error;
    },
  );
  // systemd, `timeout` and containers stop with SIGTERM, a terminal with Ctrl-C: both the same way.
  const stop = stopOnSignals(['SIGTERM', 'SIGINT'], () => io.stderr.write('lektor: stopping the review server\n'));
  io.stdout.write(`${server.url}\n`);
  io.stderr.write(`lektor: serving ${outDir} for review; Ctrl-C stops\n`);
  if (flags.open) {
    await open(server.url).catch((error: Error) => io.stderr.write(`lektor: cannot open a browser (${error.message}); open the address above\n`));
  }
  await stop.stopped;
  stop.release();
  await server.close();
  await shared?.close();
  exitWith(EXIT.ok);
}

import path from 'node:path';
import { modelIdentity } from '../../../models/open-translator.js';
import { checkFormats } from '../../../output/index.js';
import { runDate } from '../../config.js';
import { addArticles } from '../queue/add-articles.js';
import { readJobGlossary } from '../queue/job-glossary.js';
import { collectArticles } from '../queue/collect-articles.js';
import { readQueueOutput, saveQueueOutput } from '../queue/queue-output.js';
import { queueStatus } from '../queue/queue-status.js';
import { watchConnection } from '../queue/connection-watch.js';
import { reportConnection } from './report-connection.js';
import { EXIT, type CliIO, type ExitWith } from './command.js';
import { interruptOnSigint } from './interrupt-on-sigint.js';
import { configWithRedis, type QueueFlags } from './redis-option.js';
import { withRedis } from './redis-connection.js';
import { plural } from '../../core/plural.js';

// What the `lektor queue` subcommands do, loaded only when one runs (bullmq, ioredis, the writers).

export type QueueAddFlags = QueueFlags & { attempts?: number; backoff?: number };
export type QueueStatusFlags = QueueFlags & { json?: boolean };
export type QueueCollectFlags = QueueFlags & { wait?: boolean };

/** `lektor queue add`. */
export async function queueAdd(inputs: string[], flags: QueueAddFlags, io: CliIO, exitWith: ExitWith): Promise<void> {
  const config = await configWithRedis(flags, io);
  checkFormats(config.output.formats);
  const identity = modelIdentity({ ...config.model, cwd: io.cwd });
  const glossary = config.glossary.path === undefined ? null : await readJobGlossary(config.glossary.path, config.glossary.strategy, io.cwd);
  const result = await withRedis(config, async (redis) => {
    if (flags.out !== undefined || flags.format !== undefined) await saveQueueOutput(redis, { dir: config.output.dir, formats: config.output.formats });
    return addArticles(inputs, {
      redis,
      cwd: io.cwd,
      now: runDate(io.env),
      model: { identity: identity.id, dtype: identity.dtype, beams: config.model.beams },
      input: config.input,
      qa: config.qa,
      glossary,
      attempts: flags.attempts,
      backoffMs: flags.backoff,
      keep: { age: config.queue.keepAge, ...(config.queue.keepCount === undefined ? {} : { count: config.queue.keepCount }) },
    });
  });
  const retried = result.retried.length > 0 ? `, ${result.retried.length} failed queued again` : '';
  io.stdout.write(`${plural(result.added.length, 'article')} added, ${result.existing.length} already queued${retried}\n`);
  exitWith(EXIT.ok);
}

/** `lektor queue status`. */
export async function queueStatusCommand(flags: QueueStatusFlags, io: CliIO, exitWith: ExitWith): Promise<void> {
  const config = await configWithRedis(flags, io);
  const status = await withRedis(config, (redis) => queueStatus(redis));
  if (flags.json) {
    io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
  } else {
    io.stdout.write(
      `waiting ${status.waiting}, retrying ${status.delayed}, active ${status.active}, done ${status.done}, failed ${status.failed}; ` +
        `${status.throughput.lastMinute} articles in the last minute, ${status.throughput.lastTenMinutes}/min over ten\n`,
    );
    for (const s of status.settings) {
      io.stdout.write(`${s.setting}: waiting ${s.waiting}, retrying ${s.delayed}, active ${s.active}, done ${s.done}, failed ${s.failed}; ${plural(s.workers, 'worker')}\n`);
    }
    for (const setting of status.unserved) io.stdout.write(`no worker runs ${setting}: its articles wait for one\n`);
    for (const w of status.workers) {
      io.stdout.write(`worker ${w.worker} runs ${w.setting}: last contact ${Math.round((Date.now() - Date.parse(w.lastContact)) / 1000)} s ago\n`);
    }
    for (const f of status.failures) io.stdout.write(`failed after ${plural(f.attempts, 'attempt')}: ${f.reason}\n`);
  }
  exitWith(EXIT.ok);
}

/** `lektor queue collect`. */
export async function queueCollect(flags: QueueCollectFlags, io: CliIO, exitWith: ExitWith): Promise<void> {
  const interrupt = interruptOnSigint(() => io.stderr.write('\nlektor: interrupted; collecting what has finished\n'));
  try {
    const result = await withRedis(await configWithRedis(flags, io), async (redis, location) => {
      const config = await configWithRedis(flags, io, await readQueueOutput(redis));
      const formats = checkFormats(config.output.formats);
      const release = watchConnection(redis, reportConnection(io, location));
      // Said once connected: the command will sit there until the workers are done.
      if (flags.wait) io.stderr.write(`lektor: collecting from ${location} as articles finish; Ctrl-C stops and writes what has finished\n`);
      try {
        return await collectArticles({ redis, location, outDir: path.resolve(io.cwd, config.output.dir), formats, wait: flags.wait, signal: interrupt.signal });
      } finally {
        release();
      }
    });
    const { counts } = result.report;
    io.stderr.write(`lektor: collected ${plural(counts.done, 'article')} into ${path.relative(io.cwd, result.report.outDir) || '.'}; ${counts.failed} failed, ${counts.pending} not finished\n`);
    for (const f of result.report.failures) io.stderr.write(`lektor: ${f.reason}\n`);
    exitWith(counts.failed > 0 ? EXIT.failed : EXIT.ok);
  } finally {
    interrupt.release();
  }
}

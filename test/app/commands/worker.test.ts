import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QueueStatus } from '../../../pipeline/app/queue/queue-status.js';
import { redisAndModelForTests } from '../../helpers/redis-and-model.js';
import { startRedis } from '../../helpers/redis-server.js';
import { runCli, type CliRun } from '../../helpers/run-cli.js';

const fixture = redisAndModelForTests();

describe('lektor worker', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('stops in good order on %s and exits 0', async (signal) => {
    const run = await runCli(['worker', '--redis', fixture.server.url, '--model', fixture.model, '--offline'], {
      onSpawn: (child) => {
        child.stderr?.on('data', (d: Buffer) => {
          if (d.toString().includes('waiting for articles')) child.kill(signal);
        });
      },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^lektor: worker [^\n]+ waiting for articles\nlektor: stopping; finishing the running batch, handing back the rest\nlektor: worker done: 0 translated, 0 failed, 0 handed back\n$/);
  });

  it('with a model that is not there, fails in one line before taking any article', async () => {
    const run = await runCli(['worker', '--redis', fixture.server.url, '--model', '/nonexistent/model', '--offline']);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).toMatch(/^lektor: .*\/nonexistent\/model/);
  });
});

describe('lektor worker and queue collect --wait when Redis stops in the middle of a batch', () => {
  const ARTICLES = 20;
  const count = (text: string, line: string): number => text.split('\n').filter((l) => l === line).length;

  it('say so once each way, carry on when it is back (append-only file), and finish every article once', async () => {
    const server = await startRedis();
    try {
      const dir = await mkdtemp(path.join(tmpdir(), 'lektor-redis-stop-'));
      await mkdir(path.join(dir, 'news'));
      for (let n = 0; n < ARTICLES; n++) await writeFile(path.join(dir, 'news', `a${String(n).padStart(2, '0')}.txt`), `Guten Morgen ${n}.\n\nDer Tag ${n} beginnt hier.\n`);
      const settings = ['--redis', server.url, '--model', fixture.model];
      expect((await runCli(['queue', 'add', 'news', ...settings], { cwd: dir })).stdout).toBe(`${ARTICLES} articles added, 0 already queued\n`);

      // The worker starts once `collect` is connected: Redis goes down while both are running.
      let collectorReady!: () => void;
      const connected = new Promise<void>((resolve) => (collectorReady = resolve));
      const collecting = runCli(['queue', 'collect', '--redis', server.url, '--out', 'out', '--format', 'txt', '--wait'], {
        cwd: dir,
        onSpawn: (child) => child.stderr?.on('data', (d: Buffer) => d.toString().includes('lektor: collecting from') && collectorReady()),
      });
      await Promise.race([connected, collecting]);
      let stopped: Promise<void> | undefined;
      // Locks outlast the 3 s without Redis; an article whose result was written just as the connection
      // dropped, and the next one taken in the same reply, are the worker's again after 2 × 5 s.
      const worker: CliRun = await runCli(['worker', ...settings, '--offline', '--concurrency', '1', '--exit-when-idle', '--stalled-after', '5000'], {
        cwd: dir,
        onSpawn: (child) => {
          child.stderr?.on('data', (d: Buffer) => {
            // Stopped for 3 s once the worker has finished its first article and holds the next.
            // A restart that fails would leave the worker waiting for Redis forever: stop it, and say why.
            if (!stopped && d.toString().includes('done ')) stopped = server.restart(3000).catch((error: unknown) => {
              child.kill();
              throw error;
            });
          });
        },
      });
      await stopped;
      const collected = await collecting;
      const lost = `lektor: lost Redis at ${server.url}; waiting for it to come back`;
      const back = `lektor: Redis at ${server.url} is back`;
      const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

      expect(worker.code).toBe(0);
      // Every line is Lektor's own: no retry's stack trace from BullMQ or ioredis.
      expect(lines(worker.stderr).filter((l) => !/^(lektor: |done )/.test(l))).toEqual([]);
      expect([count(worker.stderr, lost), count(worker.stderr, back)]).toEqual([1, 1]);
      // A result written just as Redis went is finished without the worker hearing so: each article is
      // done at most once by the worker, and every one of them is done once in the queue (below).
      const done = lines(worker.stderr).filter((l) => l.startsWith('done ')).map((l) => l.split(' ')[1]);
      expect(new Set(done).size).toBe(done.length);
      expect(done.length).toBeGreaterThanOrEqual(ARTICLES - 1);
      expect(worker.stderr).toContain(`lektor: worker done: ${done.length} translated, 0 failed, 0 handed back\n`);

      expect(collected.code).toBe(0);
      expect(lines(collected.stderr).every((l) => l.startsWith('lektor: '))).toBe(true);
      expect([count(collected.stderr, lost), count(collected.stderr, back)]).toEqual([1, 1]);
      expect(collected.stderr).toContain(`lektor: collected ${ARTICLES} articles into out; 0 failed, 0 not finished\n`);
      expect((await readdir(path.join(dir, 'out'))).filter((f) => f.endsWith('.txt'))).toHaveLength(ARTICLES);

      const status = JSON.parse((await runCli(['queue', 'status', '--redis', server.url, '--json'])).stdout) as QueueStatus;
      expect(status).toMatchObject({ waiting: 0, delayed: 0, active: 0, done: ARTICLES, failed: 0, workers: [] });
    } finally {
      await server.stop();
    }
  }, 120_000);
});

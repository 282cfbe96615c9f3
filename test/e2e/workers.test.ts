import { Queue } from 'bullmq';
import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueNameFor } from '../../pipeline/app/queue/model-queues.js';
import type { CollectRunReport } from '../../pipeline/app/deliver/run-report.js';
import type { QueueStatus } from '../../pipeline/app/queue/queue-status.js';
import { startRedis, type TestRedis } from '../helpers/redis-server.js';
import { repoRoot, runCli, type CliRun } from '../helpers/run-cli.js';
import { tinyModelDir } from '../helpers/tiny-model.js';

const ARTICLES = 30;
const env = { SOURCE_DATE_EPOCH: '1696507620' };

/** Thirty articles cut from the seed, every sentence made unique by its number, so each needs the model. */
async function writeCorpus(dir: string): Promise<void> {
  const seed = (await readFile(path.join(repoRoot, 'seeds/alibaba-liege-espionage.de.txt'), 'utf8')).split('\n\n').slice(1, 4).join('\n\n');
  await mkdir(dir, { recursive: true });
  for (let n = 1; n <= ARTICLES; n++) {
    await writeFile(path.join(dir, `a${String(n).padStart(2, '0')}.txt`), `${seed.replace(/([.!?])(?=\s|$)/g, ` ${n}$1`)}\n`);
  }
}

/** The translations in a folder, by name; run.json, records and the memory are not outputs. */
async function outputs(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir)).filter((f) => !f.startsWith('.') && !f.startsWith('lektor-memory') && f !== 'run.json').sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n))] as const)));
}

describe('three workers, one killed with SIGKILL mid-run (with the seed glossary)', () => {
  let redis: TestRedis;
  let model: string;
  let corpus: string;
  let dir: string;

  beforeAll(async () => {
    [redis, model] = await Promise.all([startRedis(), tinyModelDir()]);
    dir = await mkdtemp(path.join(tmpdir(), 'lektor-workers-'));
    corpus = path.join(dir, 'news');
    await writeCorpus(corpus);
    await writeFile(path.join(dir, 'no-fuzzy.yaml'), 'fuzzy:\n  limit: 0\n');
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('collects every article exactly once, byte-identical to one lektor translate process', async () => {
    // No fuzzy matches: workers sharing a memory offer each other's finished sentences as matches, by
    // design, while one process looks them all up before any is translated; the translations agree.
    const settings = ['--model', model, '--offline', '--batch-size', '4', '--config', path.join(dir, 'no-fuzzy.yaml')];
    const glossary = ['--glossary', 'seeds/glossary.yaml'];
    const baseline = runCli(['translate', corpus, ...settings, ...glossary, '--out', path.join(dir, 'baseline'), '--format', 'txt,md,html', '--quiet'], { env });

    const added = await runCli(['queue', 'add', corpus, '--redis', redis.url, '--model', model, ...glossary], { env });
    expect(added).toMatchObject({ code: 0, stdout: `${ARTICLES} articles added, 0 already queued\n` });
    expect((await runCli(['queue', 'add', corpus, '--redis', redis.url, '--model', model, ...glossary], { env })).stdout).toBe(`0 articles added, ${ARTICLES} already queued\n`);

    const children: ChildProcess[] = [];
    const started = performance.now();
    let killedAt = 0;
    const worker = (n: number): Promise<CliRun> =>
      runCli(['worker', '--redis', redis.url, ...settings, '--threads', '1', '--concurrency', '4', '--exit-when-idle', '--stalled-after', '3000'], {
        env,
        onSpawn: (child) => {
          children[n] = child;
          if (n !== 0) return;
          // Killed as soon as it has finished one article, holding the next ones it took.
          child.stderr?.on('data', (d: Buffer) => {
            if (killedAt === 0 && d.toString().includes('done ')) {
              killedAt = performance.now() - started;
              child.kill('SIGKILL');
            }
          });
        },
      });
    const [killed, ...survivors] = await Promise.all([worker(0), worker(1), worker(2)]);
    const drainedAt = performance.now() - started;
    expect(killed.signal).toBe('SIGKILL');
    for (const run of survivors) expect(run).toMatchObject({ code: 0 });

    const status = JSON.parse((await runCli(['queue', 'status', '--redis', redis.url, '--json'])).stdout) as QueueStatus;
    expect(status).toMatchObject({ waiting: 0, delayed: 0, active: 0, done: ARTICLES, failed: 0, failures: [] });

    // The articles the killed worker held were found stalled and finished by another.
    const queue = new Queue(queueNameFor({ identity: model, dtype: 'fp32' }), { connection: { host: '127.0.0.1', port: redis.port } });
    const taken = (await queue.getCompleted(0, -1)).filter((job) => job.stalledCounter > 0).length;
    await queue.close();
    expect(taken).toBeGreaterThan(0);

    const out = path.join(dir, 'queued');
    const collected = await runCli(['queue', 'collect', '--redis', redis.url, '--out', out, '--format', 'txt,md,html'], { env });
    expect(collected).toMatchObject({ code: 0, stderr: `lektor: collected ${ARTICLES} articles into ${path.relative(repoRoot, out)}; 0 failed, 0 not finished\n` });
    const report = JSON.parse(await readFile(path.join(out, 'run.json'), 'utf8')) as CollectRunReport;
    const perWorker = Object.values(report.workers);
    expect(report.counts).toMatchObject({ articles: ARTICLES, done: ARTICLES, failed: 0, pending: 0 });
    expect(perWorker.reduce((a, b) => a + b, 0)).toBe(ARTICLES);

    expect(await baseline).toMatchObject({ code: 0, stderr: '' });
    const expected = await outputs(path.join(dir, 'baseline'));
    expect(expected.size).toBe(ARTICLES * 3 + 1);
    expect(await outputs(out)).toEqual(expected);

    const killedWorker = `${String(children[0]?.pid)}`;
    process.stdout.write(
      `kill -9 test: worker pid ${killedWorker} killed at ${Math.round(killedAt)} ms; queue drained at ${Math.round(drainedAt)} ms; ` +
        `articles per worker ${JSON.stringify(report.workers)}; ${taken} taken up from the killed worker; status ${JSON.stringify({ done: status.done, failed: status.failed })}; ` +
        `${expected.size} files byte-identical to lektor translate\n`,
    );
  }, 120_000);
});

describe('an fp32 and a q8 worker with mixed jobs, and a setting no worker runs', () => {
  let redis: TestRedis;
  let model: string;
  let dir: string;
  const PER_SETTING = 6;

  beforeAll(async () => {
    [redis, model] = await Promise.all([startRedis(), tinyModelDir()]);
    dir = await mkdtemp(path.join(tmpdir(), 'lektor-routing-'));
    for (const setting of ['fp32', 'q8', 'beams']) {
      await mkdir(path.join(dir, setting));
      for (let n = 0; n < PER_SETTING; n++) await writeFile(path.join(dir, setting, `${setting}-${n}.txt`), `Guten Morgen ${n}.\n\nDer Tag beginnt hier.\n`);
    }
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('each job is done by a worker of its setting, none fails, and the unserved setting waits', async () => {
    const queue = (folder: string, ...flags: string[]) => runCli(['queue', 'add', folder, '--redis', redis.url, '--model', model, ...flags], { cwd: dir, env });
    // Interleaved, so both queues fill while both workers could take either.
    expect((await queue('fp32', '--dtype', 'fp32')).code).toBe(0);
    expect((await queue('q8', '--dtype', 'q8')).code).toBe(0);
    expect((await queue('beams', '--beams', '2')).code).toBe(0);

    const names: Record<string, string> = {};
    const worker = (dtype: string): Promise<CliRun> =>
      runCli(['worker', '--redis', redis.url, '--model', model, '--dtype', dtype, '--offline', '--threads', '1', '--concurrency', '2', '--exit-when-idle'], {
        env,
        onSpawn: (child) => (names[dtype] = `${hostname()}:${String(child.pid)}`),
      });
    const runs = await Promise.all([worker('fp32'), worker('q8')]);
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stderr).not.toMatch(/failed:|will retry/);
    }

    const status = JSON.parse((await runCli(['queue', 'status', '--redis', redis.url, '--json'])).stdout) as QueueStatus;
    expect(status).toMatchObject({ waiting: PER_SETTING, done: 2 * PER_SETTING, failed: 0, unserved: [`${model} (fp32, beams 2)`] });

    const connection = { host: '127.0.0.1', port: redis.port };
    for (const dtype of ['fp32', 'q8']) {
      const routed = new Queue(queueNameFor({ identity: model, dtype }), { connection });
      const done = await routed.getCompleted(0, -1);
      await routed.close();
      expect(done.map((job) => [job.data.file, job.data.model.dtype, job.returnvalue.worker]).sort()).toEqual(
        Array.from({ length: PER_SETTING }, (_, n) => [`${dtype}/${dtype}-${n}.txt`, dtype, names[dtype]]),
      );
    }

    const collected = await runCli(['queue', 'collect', '--redis', redis.url, '--out', 'out', '--format', 'txt'], { cwd: dir, env });
    expect(collected).toMatchObject({ code: 0, stderr: `lektor: collected ${2 * PER_SETTING} articles into out; 0 failed, ${PER_SETTING} not finished\n` });
    const report = JSON.parse(await readFile(path.join(dir, 'out', 'run.json'), 'utf8')) as CollectRunReport;
    expect(report.workers).toEqual({ [names.fp32 as string]: PER_SETTING, [names.q8 as string]: PER_SETTING });
    process.stdout.write(`routing test: run.json workers ${JSON.stringify(report.workers)}; status ${JSON.stringify({ done: status.done, failed: status.failed, waiting: status.waiting, unserved: status.unserved })}\n`);
  }, 120_000);
});

import { Queue, Worker } from 'bullmq';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ModelIdentity, Translator } from '../../../models/translator.js';
import { translateFiles } from '../../../pipeline/app/translate/translate-files.js';
import { resolveConfig } from '../../../pipeline/config.js';
import { openRedisMemory } from '../../../pipeline/engine/memory/redis-memory.js';
import { addArticles, type AddOptions } from '../../../pipeline/app/queue/add-articles.js';
import { LEGACY_QUEUE } from '../../../pipeline/app/queue/model-queues.js';
import { collectArticles } from '../../../pipeline/app/queue/collect-articles.js';
import { LEGACY_SETTING, queueStatus } from '../../../pipeline/app/queue/queue-status.js';
import { runWorker, type WorkerOptions } from '../../../pipeline/app/queue/run-worker.js';
import { fakeTranslator } from '../../helpers/fake-translator.js';
import { redisForTests } from '../../helpers/redis-server.js';

const now = new Date('2024-01-01T00:00:00Z');
const identity: ModelIdentity = { id: 'fake/model', dtype: 'fp32', decoding: { num_beams: 1 } };
const config = resolveConfig([{ model: { id: 'fake/model' } }], {});

const fixture = redisForTests();
let dir: string;

beforeEach(async () => {
  await fixture.redis.flushall();
  dir = await mkdtemp(path.join(tmpdir(), 'lektor-queue-'));
  await mkdir(path.join(dir, 'news'));
});

async function writeArticles(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await writeFile(path.join(dir, 'news', `a${String(i).padStart(2, '0')}.txt`), `Artikel ${i} beginnt hier.\n\nZweiter Satz von Artikel ${i}. Ein Satz für alle.\n`);
  }
}

const add = (extra: Pick<AddOptions, 'attempts' | 'backoffMs' | 'keep'> = {}) =>
  addArticles(['news'], { redis: fixture.redis, cwd: dir, now, model: { identity: identity.id, dtype: identity.dtype }, qa: config.qa, ...extra });

const work = (model: Translator, extra: Partial<WorkerOptions> = {}) =>
  runWorker({ redis: fixture.redis, config, identity, loadTranslator: async () => model, memory: openRedisMemory(fixture.redis, { location: fixture.server.url }), now, exitWhenIdle: true, ...extra });

async function filesOf(folder: string): Promise<Record<string, string>> {
  const names = (await readdir(folder)).filter((n) => n !== 'run.json' && !n.startsWith('.')).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(path.join(folder, n), 'utf8')] as const)));
}

describe('queue add, worker, collect', () => {
  it('queues each article once, and collects outputs byte-identical to lektor translate', async () => {
    await writeArticles(5);
    expect(await add()).toEqual({ added: ['news/a00.txt', 'news/a01.txt', 'news/a02.txt', 'news/a03.txt', 'news/a04.txt'], existing: [], retried: [] });
    expect((await add()).existing).toHaveLength(5);

    const model = fakeTranslator();
    expect(await work(model, { concurrency: 5 })).toEqual({ done: 5, failed: 0, returned: 0 });
    // Five articles in flight share batches, and the sentence they all have is translated once.
    expect(model.batches.flat().filter((s) => s === 'Ein Satz für alle.')).toHaveLength(1);

    const collected = await collectArticles({ redis: fixture.redis, location: fixture.server.url, outDir: path.join(dir, 'queued'), formats: ['html', 'txt', 'xliff'] });
    expect(collected.report).toMatchObject({ status: 'completed', counts: { articles: 5, done: 5, failed: 0, pending: 0 } });
    await translateFiles(['news'], {
      config: resolveConfig([config, { output: { dir: 'local', formats: ['html', 'txt', 'xliff'] } }], {}),
      cwd: dir,
      now,
      identity,
      loadTranslator: async () => fakeTranslator(),
    });
    const local = await filesOf(path.join(dir, 'local'));
    expect(Object.keys(local)).toHaveLength(16);
    expect(await filesOf(path.join(dir, 'queued'))).toEqual(local);
  });

  it('retries an article whose translation throws, with backoff, then marks it failed with its reason; the others finish', async () => {
    await writeArticles(3);
    await writeFile(path.join(dir, 'news', 'bad.txt'), 'Dieser Satz bricht das Modell.\n');
    await writeFile(path.join(dir, 'news', 'flaky.txt'), 'Dieser Satz klappt beim zweiten Mal.\n');
    await add({ attempts: 3, backoffMs: 50 });
    let flaky = 0;
    const model = fakeTranslator();
    const translate = model.translate.bind(model);
    model.translate = async (batch) => {
      if (batch.includes('Dieser Satz bricht das Modell.')) throw new Error('model exploded');
      if (batch.includes('Dieser Satz klappt beim zweiten Mal.') && flaky++ === 0) throw new Error('transient');
      return translate(batch);
    };
    // One article at a time, so a failing batch holds only its own article.
    expect(await work(model, { concurrency: 1 })).toEqual({ done: 4, failed: 1, returned: 0 });
    const status = await queueStatus(fixture.redis);
    expect(status).toMatchObject({ waiting: 0, active: 0, done: 4, failed: 1 });
    expect(status.failures).toEqual([{ file: 'news/bad.txt', reason: 'news/bad.txt: unexpected error: model exploded', attempts: 3 }]);
    expect(status.throughput.lastMinute).toBe(4);

    // Queued again, the failed article is tried afresh; the finished ones stay finished.
    expect(await add()).toMatchObject({ added: [], retried: ['news/bad.txt'] });
    model.translate = translate;
    expect(await work(model)).toEqual({ done: 1, failed: 0, returned: 0 });
    expect(await queueStatus(fixture.redis)).toMatchObject({ done: 5, failed: 0, failures: [] });
  });

  it('sends --select with the jobs: a queued HTML page is translated where the selector says, as lektor translate does', async () => {
    const page = '<html><head><title>Die Seite</title></head><body><nav>Startseite und Archiv.</nav><article><h1>Der Verdacht.</h1><p>Ein Satz für alle.</p></article></body></html>\n';
    await writeFile(path.join(dir, 'news', 'page.html'), page);
    const input = { select: 'article' };
    expect((await add()).added).toEqual(['news/page.html']);
    // Another selector is another job: the same page translated otherwise.
    expect((await addArticles(['news'], { redis: fixture.redis, cwd: dir, now, model: { identity: identity.id, dtype: identity.dtype }, qa: config.qa, input })).added).toEqual(['news/page.html']);
    await fixture.redis.flushall();
    await addArticles(['news'], { redis: fixture.redis, cwd: dir, now, model: { identity: identity.id, dtype: identity.dtype }, qa: config.qa, input });

    const model = fakeTranslator();
    expect(await work(model)).toEqual({ done: 1, failed: 0, returned: 0 });
    expect(model.batches.flat().sort()).toEqual(['Der Verdacht.', 'Ein Satz für alle.']);
    await collectArticles({ redis: fixture.redis, location: fixture.server.url, outDir: path.join(dir, 'queued'), formats: ['txt'] });
    await translateFiles(['news'], {
      config: resolveConfig([config, { input, output: { dir: 'local', formats: ['txt'] } }], {}),
      cwd: dir,
      now,
      identity,
      loadTranslator: async () => fakeTranslator(),
    });
    const queued = await filesOf(path.join(dir, 'queued'));
    expect(queued['page.en.html']).toContain('<nav>Startseite und Archiv.</nav>');
    expect(queued['page.en.html']).not.toContain('<h1>Der Verdacht.</h1>');
    expect(queued).toEqual(await filesOf(path.join(dir, 'local')));
  });

  it('routes each job to the workers of its model setting: a job nobody runs waits, and status names its setting', async () => {
    await writeArticles(1);
    const queue = (model: { identity: string; dtype: string; beams?: number }) => addArticles(['news'], { redis: fixture.redis, cwd: dir, now, model, qa: config.qa, attempts: 3, backoffMs: 50 });
    expect((await queue({ identity: identity.id, dtype: identity.dtype, beams: 4 })).added).toEqual(['news/a00.txt']);
    // The same article for another beam width is another job; greedy keeps the id jobs had before beams existed.
    expect((await queue({ identity: identity.id, dtype: identity.dtype, beams: 1 })).added).toEqual(['news/a00.txt']);
    expect((await queue({ identity: identity.id, dtype: identity.dtype })).existing).toEqual(['news/a00.txt']);
    await queue({ identity: 'other/model', dtype: 'q8' });
    expect(await work(fakeTranslator())).toEqual({ done: 1, failed: 0, returned: 0 });
    const status = await queueStatus(fixture.redis);
    expect(status).toMatchObject({ waiting: 2, done: 1, failed: 0, unserved: ['fake/model (fp32, beams 4)', 'other/model (q8, beams 1)'].sort() });
    expect(status.settings.map((s) => [s.setting, s.waiting, s.done]).sort()).toEqual([
      ['fake/model (fp32, beams 1)', 0, 1],
      ['fake/model (fp32, beams 4)', 1, 0],
      ['other/model (q8, beams 1)', 1, 0],
    ]);
    // A worker of a waiting setting takes its job; the others still wait.
    const beams4 = { ...identity, decoding: { num_beams: 4 } };
    expect(await work(fakeTranslator(), { identity: beams4 })).toEqual({ done: 1, failed: 0, returned: 0 });
    expect(await queueStatus(fixture.redis)).toMatchObject({ waiting: 1, done: 2, unserved: ['other/model (q8, beams 1)'] });
  });

  it('shows a running worker and its last contact in status, and forgets it when it stops', async () => {
    await writeArticles(1);
    await add();
    const stop = new AbortController();
    const model = fakeTranslator();
    const translate = model.translate.bind(model);
    let seen: Awaited<ReturnType<typeof queueStatus>> | undefined;
    model.translate = async (batch) => {
      seen = await queueStatus(fixture.redis);
      return translate(batch);
    };
    await work(model, { signal: stop.signal });
    expect(seen?.workers).toEqual([{ worker: expect.stringMatching(/:\d+$/), queue: seen?.settings[0]?.queue, setting: 'fake/model (fp32, beams 1)', lastContact: expect.any(String) }]);
    expect(Date.now() - Date.parse(seen?.workers[0]?.lastContact ?? '')).toBeLessThan(10_000);
    expect(seen?.settings[0]?.workers).toBe(1);
    expect((await queueStatus(fixture.redis)).workers).toEqual([]);
  });

  it('removes finished jobs as keep says, once later jobs of the setting finish; collect --wait has read them all', async () => {
    await writeArticles(4);
    await add({ keep: { age: 3600, count: 2 } });
    const collecting = collectArticles({ redis: fixture.redis, location: fixture.server.url, outDir: path.join(dir, 'out'), formats: ['txt'], wait: true });
    // Slower than collect's polls (half a second), as a real model is: it reads each article before two newer ones finish.
    const model = fakeTranslator();
    const translate = model.translate.bind(model);
    model.translate = async (batch) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      return translate(batch);
    };
    expect(await work(model, { concurrency: 1 })).toEqual({ done: 4, failed: 0, returned: 0 });
    expect((await queueStatus(fixture.redis)).done).toBe(2);
    expect((await collecting).report.counts).toMatchObject({ done: 4, pending: 0 });
    // Without --wait, only what is kept.
    expect((await collectArticles({ redis: fixture.redis, location: fixture.server.url, outDir: path.join(dir, 'later'), formats: ['txt'] })).done).toHaveLength(2);
  });

  it('collects what the single queue of before finished, counts what waits there, and delivers an article done in both once', async () => {
    await writeArticles(2);
    await add();
    expect(await work(fakeTranslator())).toEqual({ done: 2, failed: 0, returned: 0 });
    const routed = new Queue((await queueStatus(fixture.redis)).settings[0]?.queue ?? '', { connection: fixture.redis });
    const [a00] = (await routed.getCompleted(0, -1)).filter((job) => job.data.file === 'news/a00.txt');
    await routed.close();
    if (!a00?.id) throw new Error('a00 not done');
    // A worker of before finished the same article (same job id) in the single queue.
    const legacy = new Queue(LEGACY_QUEUE, { connection: fixture.redis });
    const old = new Worker(LEGACY_QUEUE, async () => ({ ...a00.returnvalue, worker: 'old:1' }), { connection: fixture.redis.duplicate({ maxRetriesPerRequest: null }) });
    const finished = new Promise((resolve) => old.once('completed', resolve));
    await legacy.add('article', a00.data, { jobId: a00.id });
    await finished;
    await old.close();
    await legacy.add('article', { ...a00.data, file: 'news/old.txt' }, { jobId: 'a-old' });
    await legacy.close();

    expect((await queueStatus(fixture.redis)).unserved).toEqual([LEGACY_SETTING]);
    // --wait does not wait for the single queue's waiting job: no worker takes it.
    const collected = await collectArticles({ redis: fixture.redis, location: fixture.server.url, outDir: path.join(dir, 'out'), formats: ['txt'], wait: true });
    expect(collected.done).toEqual(['news/a00.txt', 'news/a01.txt']);
    expect(collected.report.counts).toMatchObject({ done: 2, pending: 1 });
  });

  it('fails an article that is not UTF-8 at once, without retrying it', async () => {
    await writeFile(path.join(dir, 'news', 'latin1.txt'), Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x0a]));
    await add({ attempts: 3, backoffMs: 50 });
    expect(await work(fakeTranslator())).toEqual({ done: 0, failed: 1, returned: 0 });
    expect((await queueStatus(fixture.redis)).failures).toEqual([{ file: 'news/latin1.txt', reason: 'news/latin1.txt:1: invalid UTF-8, expected UTF-8 text', attempts: 1 }]);
  });

  it('on stop finishes the running batch and hands the unfinished articles back', async () => {
    await writeArticles(6);
    await add();
    const stop = new AbortController();
    const model = fakeTranslator();
    const translate = model.translate.bind(model);
    model.translate = async (batch) => {
      // The stop comes while the first batch runs: it finishes, the rest goes back.
      stop.abort();
      await new Promise((resolve) => setTimeout(resolve, 100));
      return translate(batch);
    };
    const summary = await work(model, { concurrency: 6, exitWhenIdle: false, signal: stop.signal, config: resolveConfig([config, { translate: { batchSize: 2 } }], {}) });
    expect(model.batches).toHaveLength(1);
    expect(summary.done + summary.returned).toBe(6);
    expect(summary.returned).toBeGreaterThan(0);
    const status = await queueStatus(fixture.redis);
    expect(status).toMatchObject({ waiting: summary.returned, active: 0, failed: 0 });
    // Another worker takes them up; the batch already translated comes from the memory.
    expect((await work(fakeTranslator())).done).toBe(summary.returned);
    expect((await queueStatus(fixture.redis)).done).toBe(6);
  });

  it('loses no finished article when Redis restarts during a run (append-only file)', async () => {
    await writeArticles(10);
    await add();
    const model = fakeTranslator();
    const translate = model.translate.bind(model);
    let restarted: Promise<void> | undefined;
    model.translate = async (batch) => {
      restarted ??= fixture.server.restart();
      await new Promise((resolve) => setTimeout(resolve, 50));
      return translate(batch);
    };
    const summary = await work(model, { concurrency: 2, config: resolveConfig([config, { translate: { batchSize: 2 } }], {}) });
    await restarted;
    expect(summary.done).toBe(10);
    const collected = await collectArticles({ redis: fixture.redis, location: fixture.server.url, outDir: path.join(dir, 'out'), formats: ['txt'] });
    expect(collected.done).toHaveLength(10);
    expect(collected.report.status).toBe('completed');
  });
});

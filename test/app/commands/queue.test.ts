import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueStatus } from '../../../pipeline/app/queue/queue-status.js';
import { startRedis, type TestRedis } from '../../helpers/redis-server.js';
import { runMain } from '../../helpers/run-main.js';

let live: TestRedis;
let deadUrl: string;
let dir: string;

beforeAll(async () => {
  live = await startRedis();
  const dead = await startRedis();
  deadUrl = dead.url;
  await dead.stop();
  dir = await mkdtemp(path.join(tmpdir(), 'lektor-queue-cli-'));
  await mkdir(path.join(dir, 'news'));
  await writeFile(path.join(dir, 'news', 'a.txt'), 'Guten Morgen.\n');
  await writeFile(path.join(dir, 'news', 'b.txt'), 'Guten Abend.\n');
});
afterAll(async () => {
  await live?.stop();
});

describe('lektor queue and worker: where Redis is', () => {
  it.each([
    ['queue add', ['queue', 'add', 'news']],
    ['queue status', ['queue', 'status']],
    ['queue collect', ['queue', 'collect', '--out', 'out']],
    ['worker', ['worker', '--offline']],
    ['tm stats', ['tm', 'stats']],
    ['tm export', ['tm', 'export', '--tmx']],
    ['tm clear', ['tm', 'clear']],
  ])('%s: an unreachable Redis is one line and exit 1', async (_, args) => {
    const run = await runMain([...args, '--redis', deadUrl], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(new RegExp(`^lektor: cannot reach Redis at ${deadUrl}: [^\\n]*ECONNREFUSED[^\\n]*\\n$`));
  });

  it('without a Redis anywhere, says where to give one and exits 2', async () => {
    const run = await runMain(['queue', 'status'], { cwd: dir });
    expect(run).toEqual({ code: 2, out: '', err: 'lektor: no Redis given: pass --redis URL, set LEKTOR_REDIS_URL, or queue.redis in the config file\n' });
  });

  it.each([
    [['queue', 'add', 'news', '--attempts', 'three'], "option '--attempts <n>' argument 'three' is invalid. must be an integer >= 1"],
    [['queue', 'add', 'news', '--backoff', '-1'], "option '--backoff <ms>' argument '-1' is invalid. must be an integer >= 0"],
    [['worker', '--concurrency', '0'], "option '--concurrency <n>' argument '0' is invalid. must be an integer >= 1"],
    [['worker', '--stalled-after', '10'], "option '--stalled-after <ms>' argument '10' is invalid. must be an integer >= 1000"],
  ])('%j is a usage error naming the flag', async (args, message) => {
    const run = await runMain([...args, '--redis', deadUrl], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.err).toContain(`error: ${message}\n`);
  });

  it('refuses an address that is not redis://', async () => {
    const run = await runMain(['queue', 'status', '--redis', 'http://127.0.0.1:6379'], { cwd: dir });
    expect(run).toEqual({ code: 2, out: '', err: 'lektor: --redis (or LEKTOR_REDIS_URL) must be a redis:// or rediss:// URL, got "http://127.0.0.1:6379"\n' });
  });

  it('takes Redis from LEKTOR_REDIS_URL, from the config file, and --redis over both', async () => {
    await writeFile(path.join(dir, 'lektor.yaml'), `queue:\n  redis: ${live.url}\n`);
    const fromEnv = await runMain(['queue', 'add', 'news'], { cwd: dir, env: { LEKTOR_REDIS_URL: live.url } });
    expect(fromEnv).toEqual({ code: 0, out: '2 articles added, 0 already queued\n', err: '' });
    const fromFile = await runMain(['queue', 'add', 'news', '--config', 'lektor.yaml'], { cwd: dir, env: { LEKTOR_REDIS_URL: deadUrl } });
    expect(fromFile).toEqual({ code: 0, out: '0 articles added, 2 already queued\n', err: '' });
    const fromFlag = await runMain(['queue', 'status', '--json', '--config', 'lektor.yaml', '--redis', deadUrl], { cwd: dir });
    expect(fromFlag.code).toBe(1);
    const status = JSON.parse((await runMain(['queue', 'status', '--json', '--redis', live.url], { cwd: dir })).out) as QueueStatus;
    expect(status).toMatchObject({ waiting: 2, active: 0, done: 0, failed: 0 });
  });

  it('a bad glossary stops queue add in one line before anything is queued', async () => {
    await writeFile(path.join(dir, 'bad.yaml'), 'terms: [\n');
    const added = await runMain(['queue', 'add', 'news', '--redis', live.url, '--glossary', 'bad.yaml'], { cwd: dir });
    expect(added.code).toBe(1);
    expect(added.err).toMatch(/^lektor: bad\.yaml:\d+:\d+: [^\n]+\n$/);
    expect(added.out).toBe('');
  });

  it('tm works on the shared memory with --redis', async () => {
    const stats = await runMain(['tm', 'stats', '--redis', live.url], { cwd: dir });
    expect(stats).toEqual({ code: 0, out: `${live.url}: 0 entries, 0 reviewed\n`, err: '' });
  });

  it('collect with nothing finished writes a run.json saying so', async () => {
    const run = await runMain(['queue', 'collect', '--redis', live.url, '--out', 'out'], { cwd: dir });
    expect(run).toEqual({ code: 0, out: '', err: 'lektor: collected 0 articles into out; 0 failed, 2 not finished\n' });
    expect(JSON.parse(await readFile(path.join(dir, 'out', 'run.json'), 'utf8'))).toMatchObject({ status: 'pending', counts: { articles: 2, pending: 2 } });
  });

  it('queue add --out and --format are where and what collect writes unless it is told otherwise', async () => {
    const added = await runMain(['queue', 'add', 'news', '--redis', live.url, '--out', 'queued-out', '--format', 'txt,jsonl'], { cwd: dir });
    expect(added.code).toBe(0);
    const collected = await runMain(['queue', 'collect', '--redis', live.url], { cwd: dir });
    expect(collected.err).toMatch(/ into queued-out;/);
    expect(JSON.parse(await readFile(path.join(dir, 'queued-out', 'run.json'), 'utf8'))).toMatchObject({ formats: ['txt', 'jsonl'] });
    const told = await runMain(['queue', 'collect', '--redis', live.url, '--out', 'told-out', '--format', 'txt'], { cwd: dir });
    expect(told.err).toMatch(/ into told-out;/);
    expect(JSON.parse(await readFile(path.join(dir, 'told-out', 'run.json'), 'utf8'))).toMatchObject({ formats: ['txt'] });
  });
});

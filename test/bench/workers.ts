/**
 * `npx tsx test/bench/workers.ts [--articles 24] [--batch-size 32] [--concurrency 32]`: the queue
 * case of the bench, on its own (`npm run bench` runs it last, on 48 articles). On the bench model (fp32, one
 * ONNX Runtime thread per process, outputs forced to 1.2x the source), the same corpus through
 *   (1) one `lektor translate` process (the engine, as `run.ts` measures it),
 *   (2) one and (3) two `lektor worker` processes on a queue in a Redis of its own,
 * timed from the moment every process has its model loaded to the last article finished; then the
 * queue's own cost: (4) the corpus queued again and answered from the shared memory, against
 * (5) `lektor translate` answered from its SQLite memory, per article; Redis commands per article;
 * and `queue collect`'s time per article. Prints tables; a measurement, not a test.
 */
import { Queue } from 'bullmq';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Redis } from 'ioredis';
import { markdownTable } from 'markdown-table';
import { EXAMPLE_ARTICLE } from '../../models/generate/bench-model.js';
import { resolveConfig } from '../../pipeline/config.js';
import { addArticles } from '../../pipeline/app/queue/add-articles.js';
import { queueNameFor } from '../../pipeline/app/queue/model-queues.js';
import { collectArticles } from '../../pipeline/app/queue/collect-articles.js';
import { connectRedis } from '../../pipeline/engine/connect-redis.js';
import { startRedis } from '../helpers/redis-server.js';
import { BENCH_CACHE, benchModelDir } from './bench-model-cache.js';
import { integerOption } from './integer-option.js';
import { benchIdentity, type BenchModel } from './bench-translator.js';
import { syntheticArticles } from './corpus.js';
import type { QueueWorkerCase } from './queue-worker.js';
import { ROOT, runCase } from './run-case.js';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '24' }, 'batch-size': { type: 'string', default: '32' }, concurrency: { type: 'string', default: '32' } } });
const articles = integerOption('articles', values.articles);
const batchSize = integerOption('batch-size', values['batch-size']);
const concurrency = integerOption('concurrency', values.concurrency);
const WORKER = fileURLToPath(new URL('./queue-worker.ts', import.meta.url));
const POLL_MS = 50;

interface QueuedRun {
  readonly seconds: number;
  /** Redis commands the run cost, the bench's own polling left out. */
  readonly commands: number;
}

async function commandsProcessed(redis: Redis): Promise<number> {
  const info = await redis.info('stats');
  return Number(/total_commands_processed:(\d+)/.exec(info)?.[1] ?? NaN);
}

/** Starts `count` worker processes, waits for their models, queues the corpus and times it until the last article is done. */
async function queuedRun(count: number, model: BenchModel, url: string, redis: Redis, files: readonly string[], cwd: string): Promise<QueuedRun> {
  const spec: QueueWorkerCase = { ...model, redis: url, batchSize, concurrency };
  const children: ChildProcess[] = [];
  const exited: Promise<void>[] = [];
  const ready = Array.from({ length: count }, () => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, JSON.stringify(spec)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    exited.push(new Promise((resolve) => child.on('close', () => resolve())));
    return new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
      child.on('close', (code) => reject(new Error(`bench worker exited ${code} before it was ready`)));
    });
  });
  await Promise.all(ready);
  const identity = benchIdentity(model);
  const completed = new Queue(queueNameFor({ identity: identity.id, dtype: identity.dtype }), { connection: redis }).keys.completed as string;
  const before = await commandsProcessed(redis);
  const started = performance.now();
  await addArticles(files, { redis, cwd, now: new Date(0), model: { identity: identity.id, dtype: identity.dtype }, qa: resolveConfig([], {}).qa });
  let polls = 0;
  while ((await redis.zcard(completed)) < files.length) {
    polls++;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const seconds = (performance.now() - started) / 1000;
  // The polls and the two INFO calls are the bench's, not the queue's.
  const commands = (await commandsProcessed(redis)) - before - polls - 2;
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(exited);
  return { seconds, commands };
}

await mkdir(BENCH_CACHE, { recursive: true });
const modelDir = await benchModelDir(BENCH_CACHE, ['fp32'], (d) => process.stderr.write(`bench: generating the ${d} bench model (once) in ${BENCH_CACHE}\n`));
const model: BenchModel = { modelDir, dtype: 'fp32', threads: 1 };
const work = await mkdtemp(path.join(tmpdir(), 'lektor-bench-workers-'));
const server = await startRedis();
const redis = await connectRedis(server.url);
try {
  const load = loadavg()[0] ?? 0;
  const texts = syntheticArticles(await readFile(EXAMPLE_ARTICLE, 'utf8'), { articles });
  const files = await Promise.all(
    texts.map(async (text, i) => {
      const file = path.join(work, 'news', `a${String(i).padStart(3, '0')}.txt`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
      return file;
    }),
  );
  const engine = { kind: 'engine', ...model, files, batchSize } as const;
  const memoryFile = path.join(work, 'local', 'memory.sqlite');
  await mkdir(path.dirname(memoryFile), { recursive: true });
  const local = await runCase({ ...engine, memoryFile });
  const localFromMemory = await runCase({ ...engine, memoryFile });
  process.stderr.write(`bench: lektor translate ${local.seconds.toFixed(1)} s\n`);

  await redis.flushall();
  const one = await queuedRun(1, model, server.url, redis, files, work);
  process.stderr.write(`bench: 1 worker ${one.seconds.toFixed(1)} s\n`);
  const collectStarted = performance.now();
  await collectArticles({ redis, location: server.url, outDir: path.join(work, 'collected'), formats: ['txt'] });
  const collectSeconds = (performance.now() - collectStarted) / 1000;
  // The same corpus again, the queue emptied but the shared memory kept: what is left is the queue's cost.
  await redis.eval("for _, k in ipairs(redis.call('KEYS', 'bull:*')) do redis.call('DEL', k) end", 0);
  const remembered = await queuedRun(1, model, server.url, redis, files, work);

  await redis.flushall();
  const two = await queuedRun(2, model, server.url, redis, files, work);
  process.stderr.write(`bench: 2 workers ${two.seconds.toFixed(1)} s\n`);

  const perHour = (seconds: number) => Math.round((articles / seconds) * 3600);
  const ms = (seconds: number) => ((seconds / articles) * 1000).toFixed(1);
  console.log(`## Several machines: ${articles} articles, ${local.sentences} sentences (bench model, fp32, 1 ONNX Runtime thread per process, batch size ${batchSize}, ${concurrency} articles per worker)\n`);
  console.log(
    markdownTable(
      [
        ['case', 'time s', 'articles/hour', 'vs translate'],
        ['(1) lektor translate, 1 process', local.seconds.toFixed(1), String(perHour(local.seconds)), '1.00x'],
        ['(2) queue, 1 worker process', one.seconds.toFixed(1), String(perHour(one.seconds)), `${(local.seconds / one.seconds).toFixed(2)}x`],
        ['(3) queue, 2 worker processes', two.seconds.toFixed(1), String(perHour(two.seconds)), `${(local.seconds / two.seconds).toFixed(2)}x`],
      ],
      { align: ['l', 'r', 'r', 'r'] },
    ),
  );
  console.log('');
  console.log(
    markdownTable(
      [
        ['queue cost', 'per article'],
        ['(4) queued again, every sentence from the shared memory', `${ms(remembered.seconds)} ms`],
        ['(5) lektor translate again, every sentence from its SQLite memory', `${ms(localFromMemory.seconds)} ms`],
        ['queue overhead, (4) - (5)', `${((remembered.seconds - localFromMemory.seconds) / articles * 1000).toFixed(1)} ms`],
        ['queue collect (txt)', `${ms(collectSeconds)} ms`],
        ['Redis commands, translating (2)', (one.commands / articles).toFixed(1)],
        ['Redis commands, from memory (4)', (remembered.commands / articles).toFixed(1)],
      ],
      { align: ['l', 'r'] },
    ),
  );
  console.log(`\n${cpus().length} cores, load average ${load.toFixed(1)} at the start.`);
} finally {
  await redis.quit();
  await server.stop();
  await rm(work, { recursive: true, force: true });
}

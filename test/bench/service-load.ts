/**
 * `npx tsx test/bench/service-load.ts [--clients 64] [--seconds 60] [--dtype fp32]`: `lektor serve`
 * over the bench model (its own process, `service-server.ts`) under load on 127.0.0.1: each client
 * sends one sentence a request, the next as soon as the last is answered, until the time is up
 * (then the requests in flight finish, and it stops). Every answer is sorted by kind: 200, 503 with
 * and without `Retry-After`, other statuses, connection errors. Prints latency percentiles, the
 * server's RSS before and after (from its `/metrics`) and whether it still answered. A measurement,
 * not a test.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { markdownTable } from 'markdown-table';
import { EXAMPLE_ARTICLE } from '../../models/generate/bench-model.js';
import { defaultConfig } from '../../pipeline/config.js';
import { segmentText } from '../../pipeline/segmenter/index.js';
import { BENCH_CACHE, benchModelDir } from './bench-model-cache.js';
import { syntheticArticles } from './corpus.js';
import { startServer } from './service-report.js';

const { values } = parseArgs({ options: { clients: { type: 'string', default: '64' }, seconds: { type: 'string', default: '60' }, dtype: { type: 'string', default: 'fp32' } } });
const clients = Number(values.clients);
const seconds = Number(values.seconds);
if (!Number.isInteger(clients) || clients < 1) throw new TypeError(`bench: --clients must be an integer >= 1, got ${values.clients}`);
if (!Number.isInteger(seconds) || seconds < 1) throw new TypeError(`bench: --seconds must be an integer >= 1, got ${values.seconds}`);
if (values.dtype !== 'fp32' && values.dtype !== 'q8') throw new TypeError(`bench: --dtype must be fp32 or q8, got ${values.dtype}`);
const dtype = values.dtype;

await mkdir(BENCH_CACHE, { recursive: true });
const modelDir = await benchModelDir(BENCH_CACHE, [dtype], (d) => process.stderr.write(`bench: generating the ${d} bench model (once) in ${BENCH_CACHE}\n`));
const sentences = syntheticArticles(await readFile(EXAMPLE_ARTICLE, 'utf8'), { articles: 60 }).flatMap((text) =>
  segmentText(text).flatMap((p) => p.segments.filter((s) => s.translatable).map((s) => s.source.replace(/\s+/g, ' '))),
);

async function residentMb(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^lektor_process_resident_memory_bytes (\S+)$/m.exec(text)?.[1] ?? NaN) / 2 ** 20;
}

/** One request's kind: its status (503 says whether it had Retry-After), or the connection error's code. */
async function ask(url: string, q: string): Promise<string> {
  try {
    const response = await fetch(`${url}/translate`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ q, source: 'de', target: 'en' }) });
    await response.arrayBuffer();
    if (response.status === 503) return response.headers.has('retry-after') ? '503 with Retry-After' : '503 without Retry-After';
    return String(response.status);
  } catch (error) {
    return `error ${(error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).message}`;
  }
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

const load = loadavg()[0] ?? 0;
const server = await startServer({ modelDir, dtype, threads: 0, batchSize: defaultConfig().translate.batchSize });
const kinds = new Map<string, number>();
const latenciesMs: number[] = [];
let rssBefore = 0;
let rssAfter = 0;
let healthy = false;
let elapsed = 0;
try {
  // The first calls of a fresh ONNX session are slow: warm it up outside the measurement.
  for (const sentence of sentences.slice(0, 4)) await ask(server.url, sentence);
  rssBefore = await residentMb(server.url);
  process.stderr.write(`bench: ${clients} clients for ${seconds} s on ${server.url}\n`);
  const started = performance.now();
  const until = started + seconds * 1000;
  let next = 4;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const sent = performance.now();
        const kind = await ask(server.url, sentences[next++ % sentences.length] as string);
        latenciesMs.push(performance.now() - sent);
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }
    }),
  );
  elapsed = (performance.now() - started) / 1000;
  rssAfter = await residentMb(server.url);
  healthy = (await fetch(`${server.url}/health`)).ok;
} finally {
  await server.stop();
}

const sorted = latenciesMs.sort((a, b) => a - b);
const answered = kinds.get('200') ?? 0;
console.log(`## Service under load (opus-mt-de-en architecture, random weights, ${dtype}; ${clients} clients, ${seconds} s, one sentence a request)\n`);
console.log(
  markdownTable(
    [
      ['requests', 'answered 200', 'time s', 'requests/s', 'p50 ms', 'p95 ms', 'p99 ms', 'RSS before MB', 'RSS after MB', 'answering after'],
      [String(sorted.length), String(answered), elapsed.toFixed(1), (sorted.length / elapsed).toFixed(1), ...[50, 95, 99].map((p) => percentile(sorted, p).toFixed(0)), rssBefore.toFixed(0), rssAfter.toFixed(0), healthy ? 'yes' : 'NO'],
    ],
    { align: ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'] },
  ),
);
console.log(`\n${markdownTable([['answer', 'count'], ...[...kinds.entries()].sort().map(([kind, n]) => [kind, String(n)])], { align: ['l', 'r'] })}`);
console.log(`\n${cpus().length} cores, load average ${load.toFixed(1)} at the start.`);

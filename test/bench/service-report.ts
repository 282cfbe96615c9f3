import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownTable } from 'markdown-table';
import type { ServiceStats } from '../../pipeline/app/service/service-stats.js';
import { segmentText } from '../../pipeline/segmenter/index.js';
import type { BenchModel } from './bench-translator.js';
import { ROOT, runCase } from './run-case.js';

const SERVER = fileURLToPath(new URL('./service-server.ts', import.meta.url));

export interface ServiceBenchOptions extends BenchModel {
  readonly batchSize: number;
  /** Articles whose sentences the clients send, one sentence a request. */
  readonly articles: readonly string[];
  /** Concurrent clients, one level after the other. */
  readonly levels: readonly number[];
  /** Requests each client sends at a level; at least 24 a level, so the 95th percentile means something. */
  readonly requestsPerClient: number;
  /** A folder for the `lektor translate` comparison's articles and memory. */
  readonly work: string;
}

interface Level {
  readonly clients: number;
  readonly latenciesMs: readonly number[];
  readonly seconds: number;
  readonly modelCalls: number;
}

/** The server's process: its address once it listens, and its stats once SIGTERM has stopped it. */
export async function startServer(options: Pick<ServiceBenchOptions, 'modelDir' | 'dtype' | 'threads' | 'batchSize'>): Promise<{ url: string; stop: () => Promise<ServiceStats> }> {
  const spec = { modelDir: options.modelDir, dtype: options.dtype, threads: options.threads, batchSize: options.batchSize };
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER, JSON.stringify(spec)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  const closed = new Promise<string>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`bench service exited ${code}`))));
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) resolve(stdout.split('\n')[0] ?? '');
    });
    closed.catch(reject);
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      return JSON.parse((await closed).trim().split('\n').at(-1) ?? '') as ServiceStats;
    },
  };
}

async function translate(url: string, q: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/translate`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ q, source: 'de', target: 'en' }) });
  if (!response.ok) throw new Error(`bench service answered ${response.status}: ${await response.text()}`);
  await response.json();
  return performance.now() - started;
}

/** `clients` clients, each sending its share of `sentences` one request after the other. */
async function runLevel(url: string, clients: number, sentences: readonly string[]): Promise<Omit<Level, 'modelCalls'>> {
  const latenciesMs: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = c; i < sentences.length; i += clients) latenciesMs.push(await translate(url, sentences[i] as string));
    }),
  );
  return { clients, latenciesMs, seconds: (performance.now() - started) / 1000 };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * Requests per second and latency percentiles of `lektor serve` for each number of concurrent
 * clients, one sentence a request (no memory: each reaches the model), then the same sentences
 * through `lektor translate` (one article each, as a folder) for comparison. Returns the table.
 */
export async function serviceReport(options: ServiceBenchOptions): Promise<string> {
  const corpusSentences = options.articles.flatMap((text) => segmentText(text).flatMap((p) => p.segments.filter((s) => s.translatable).map((s) => s.source.replace(/\s+/g, ' '))));
  if (corpusSentences.length === 0) throw new RangeError('service bench: the corpus has no sentence to translate');
  const counts = options.levels.map((clients) => Math.max(24, clients * options.requestsPerClient));
  const needed = counts.reduce((n, c) => n + c, 0) + 4;
  // A small corpus is gone through again: the service has no memory, so a sentence asked again
  // reaches the model again (unless two asks of it wait in the pool at once: they share a row).
  const sentences = Array.from({ length: needed }, (_, i) => corpusSentences[i % corpusSentences.length] as string);
  const server = await startServer(options);
  const levels: Level[] = [];
  let next = 4;
  let calls = 0;
  try {
    // The first calls of a fresh ONNX session are slow: warm it up outside the measurement.
    for (const sentence of sentences.slice(0, 4)) await translate(server.url, sentence);
    calls = ((await (await fetch(`${server.url}/health`)).json()) as ServiceStats).modelCalls;
    for (const [i, clients] of options.levels.entries()) {
      process.stderr.write(`bench: service, ${clients} concurrent clients, ${counts[i]} requests\n`);
      const share = sentences.slice(next, (next += counts[i] as number));
      const level = await runLevel(server.url, clients, share);
      const health = (await (await fetch(`${server.url}/health`)).json()) as ServiceStats;
      levels.push({ ...level, modelCalls: health.modelCalls - calls });
      calls = health.modelCalls;
    }
  } finally {
    await server.stop();
  }

  process.stderr.write('bench: the same sentences through lektor translate\n');
  const measured = sentences.slice(4, next);
  const corpus = path.join(options.work, 'service-sentences');
  await mkdir(corpus, { recursive: true });
  const files = measured.map((_, i) => path.join(corpus, `sentence-${String(i + 1).padStart(4, '0')}.de.txt`));
  await Promise.all(measured.map((sentence, i) => writeFile(files[i] as string, `${sentence}\n`)));
  const batch = await runCase({ kind: 'engine', modelDir: options.modelDir, dtype: options.dtype, batchSize: options.batchSize, threads: options.threads, files, memoryFile: path.join(options.work, 'service-memory.sqlite') });

  const fixed = (n: number, digits: number) => n.toFixed(digits);
  return markdownTable(
    [
      ['case', 'requests', 'time s', 'requests/s', 'p50 ms', 'p95 ms', 'model calls'],
      ...levels.map((l) => [
        `lektor serve, ${l.clients} concurrent ${l.clients === 1 ? 'client' : 'clients'}`,
        String(l.latenciesMs.length),
        fixed(l.seconds, 1),
        fixed(l.latenciesMs.length / l.seconds, 2),
        fixed(percentile(l.latenciesMs, 50), 0),
        fixed(percentile(l.latenciesMs, 95), 0),
        String(l.modelCalls),
      ]),
      [`lektor translate, the same ${measured.length} sentences (one article each)`, String(batch.sentences), fixed(batch.seconds, 1), fixed(batch.sentences / batch.seconds, 2), '–', '–', '–'],
    ],
    { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r'] },
  );
}

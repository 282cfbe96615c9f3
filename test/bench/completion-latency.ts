/**
 * `npx tsx test/bench/completion-latency.ts [-- --dtype q8 --requests 24]`: how long a reviewer
 * waits for a completion (`Translator.complete`, greedy after an English prefix) and for 3
 * alternatives (`Translator.alternatives`, beam search 3 wide) of a news sentence of about 25
 * words, on the bench model (`models/generate/bench-model.ts`, outputs forced to the bench's
 * lengths), through the shared batching pool as `lektor serve` and the review editor use it: one
 * client at a time, and 8 clients at once, each asking again as soon as it is answered. Prints
 * p50/p95 per request in ms, beside a plain translation of the same sentences. Not a test: figures go to docs/benchmarks.md.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { markdownTable } from 'markdown-table';
import { EXAMPLE_ARTICLE } from '../../models/generate/bench-model.js';
import type { Translator } from '../../models/translator.js';
import { pooledTranslator } from '../../pipeline/engine/pooled-translator.js';
import { segmentText } from '../../pipeline/segmenter/index.js';
import { BENCH_CACHE, benchModelDir } from './bench-model-cache.js';
import { loadBenchTranslator } from './bench-translator.js';

/** A reviewer's start of the English: six words typed, the last one unfinished. */
const PREFIX = 'According to a media report, the Belg';
const CLIENTS = [1, 8] as const;

const { values } = parseArgs({ options: { dtype: { type: 'string', default: 'q8' }, requests: { type: 'string', default: '24' }, threads: { type: 'string', default: '0' } } });
const dtype = values.dtype === 'fp32' ? 'fp32' : 'q8';
const requests = Number(values.requests);

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;

/** The example article's sentences of 20 to 30 words: what a reviewer edits. */
async function newsSentences(): Promise<string[]> {
  const text = await readFile(EXAMPLE_ARTICLE, 'utf8');
  const sentences = segmentText(text).flatMap((p) => p.segments.filter((s) => s.translatable).map((s) => s.source.replace(/\s+/g, ' ').trim()));
  return sentences.filter((s) => {
    const words = s.split(' ').length;
    return words >= 20 && words <= 30;
  });
}

/** `clients` callers asking `ask` in turn until `requests` answers came back; each answer's wait in ms. */
async function latencies(clients: number, ask: (i: number) => Promise<unknown>): Promise<number[]> {
  const waits: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < requests) {
        const i = next++;
        const started = performance.now();
        await ask(i);
        waits.push(performance.now() - started);
      }
    }),
  );
  return waits.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const modelDir = await benchModelDir(BENCH_CACHE, [dtype], () => process.stderr.write(`completion-latency: generating the ${dtype} bench model (once)\n`));
  const sentences = await newsSentences();
  const inner: Translator = await loadBenchTranslator({ modelDir, dtype, threads: Number(values.threads) })();
  const pool = pooledTranslator(inner, { batchSize: 32 });
  const sentence = (i: number) => sentences[i % sentences.length] as string;
  const asks = {
    // What the same sentence costs without a prefix (greedy inside ONNX Runtime), for comparison.
    'translation (no prefix)': (i: number) => pool.translate([sentence(i)]),
    'completion (greedy after the prefix)': (i: number) => pool.complete?.([sentence(i)], [PREFIX]) as Promise<unknown>,
    'alternatives (n = 3, beam 3)': (i: number) => pool.alternatives?.([sentence(i)], 3) as Promise<unknown>,
  };
  const rows: string[][] = [];
  for (const [label, ask] of Object.entries(asks)) {
    await ask(0);
    for (const clients of CLIENTS) {
      const waits = await latencies(clients, ask);
      rows.push([label, dtype, String(clients), String(Math.round(percentile(waits, 50))), String(Math.round(percentile(waits, 95)))]);
      process.stderr.write(`${rows.at(-1)?.join(' | ')}\n`);
    }
  }
  await pool.idle();
  await inner.dispose();
  const words = sentences.map((s) => s.split(' ').length);
  process.stdout.write(`${sentences.length} sentences of ${Math.min(...words)}-${Math.max(...words)} words, ${requests} requests each\n\n`);
  process.stdout.write(`${markdownTable([['request', 'dtype', 'clients at once', 'p50 ms', 'p95 ms'], ...rows])}\n`);
}

await main();

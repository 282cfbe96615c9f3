/**
 * `npx tsx test/bench/scoring-cost.ts [-- --batches 6 --sentences 32 --dtype fp32 --paths ort,lektor,beam]`:
 * what the model's confidence costs, on the bench model (`models/generate/bench-model.ts`, outputs
 * forced to the bench's lengths). For each decoding path, one process times the Marian
 * translator's `translate` (no scores) and `translateScored` batch by batch in turn, after one
 * batch of each to warm up, so both share the machine's load as it changes; a second process runs
 * `translate` alone, for the peak RSS without scores. Greedy inside ONNX Runtime scores in a
 * teacher-forced pass with the model's own sessions, which it loads for that; Lektor's loops read
 * the log-probabilities as they decode.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { markdownTable } from 'markdown-table';
import { EXAMPLE_ARTICLE } from '../../models/generate/bench-model.js';
import { segmentText } from '../../pipeline/segmenter/index.js';
import { BENCH_CACHE, benchModelDir } from './bench-model-cache.js';
import { loadBenchTranslator, type BenchModel } from './bench-translator.js';
import { syntheticArticles } from './corpus.js';
import { ownPeakRssMb } from './peak-rss.js';
import { ROOT } from './run-case.js';

const SELF = fileURLToPath(import.meta.url);

const PATHS = {
  ort: { label: 'greedy inside ONNX Runtime', model: { greedyLoop: 'onnx-runtime' } },
  lektor: { label: "greedy, Lektor's loop", model: { greedyLoop: 'lektor' } },
  beam: { label: 'beam 4', model: { beams: 4 } },
} as const satisfies Record<string, { label: string; model: Omit<BenchModel, 'modelDir' | 'dtype' | 'threads'> }>;

interface Spec {
  readonly path: keyof typeof PATHS;
  readonly modelDir: string;
  readonly dtype: 'fp32' | 'q8';
  /** Only `translate`, for the peak RSS without scores. */
  readonly plainOnly: boolean;
}

interface Measured {
  readonly sentences: number;
  readonly plainMs: number;
  readonly scoredMs: number;
  readonly peakRssMb: number;
}

const { values } = parseArgs({
  options: {
    batches: { type: 'string', default: '6' },
    sentences: { type: 'string', default: '32' },
    dtype: { type: 'string', default: 'fp32' },
    paths: { type: 'string', default: Object.keys(PATHS).join(',') },
    case: { type: 'string' },
  },
});

/** The most common sentence lengths of the bench corpus in words: full batches of like sentences, as the pool cuts them. */
async function batchesOf(count: number, size: number): Promise<string[][]> {
  const texts = syntheticArticles(await readFile(EXAMPLE_ARTICLE, 'utf8'), { articles: 200 });
  const sentences = texts.flatMap((text) => segmentText(text).flatMap((p) => p.segments.filter((s) => s.translatable).map((s) => s.source.replace(/\s+/g, ' ').trim())));
  const byWords = new Map<number, string[]>();
  for (const sentence of sentences) byWords.set(sentence.split(' ').length, [...(byWords.get(sentence.split(' ').length) ?? []), sentence]);
  return [...byWords.values()].sort((a, b) => b.length - a.length).slice(0, count + 1).map((group) => group.slice(0, size));
}

async function measure(spec: Spec): Promise<Measured> {
  const [warmUp = [], ...batches] = await batchesOf(Number(values.batches), Number(values.sentences));
  const translator = await loadBenchTranslator({ modelDir: spec.modelDir, dtype: spec.dtype, threads: 0, ...PATHS[spec.path].model })();
  const timed = async (call: () => Promise<unknown>) => {
    const started = performance.now();
    await call();
    return performance.now() - started;
  };
  let [plainMs, scoredMs] = [0, 0];
  await translator.translate(warmUp);
  if (!spec.plainOnly) await translator.translateScored?.(warmUp);
  for (const [i, batch] of batches.entries()) {
    const plain = () => translator.translate(batch);
    const scored = async () => translator.translateScored?.(batch);
    // Each goes first every other batch.
    if (i % 2 === 0 || spec.plainOnly) plainMs += await timed(plain);
    if (!spec.plainOnly) scoredMs += await timed(scored);
    if (i % 2 === 1 && !spec.plainOnly) plainMs += await timed(plain);
  }
  await translator.dispose();
  return { sentences: batches.flat().length, plainMs, scoredMs, peakRssMb: ownPeakRssMb() };
}

function runChild(spec: Spec): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', SELF, '--case', JSON.stringify(spec), '--batches', String(values.batches), '--sentences', String(values.sentences)];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '') as Measured) : reject(new Error(`scoring-cost: a case exited ${code}`))));
  });
}

const isPath = (name: string): name is keyof typeof PATHS => Object.hasOwn(PATHS, name);

if (values.case) {
  process.stdout.write(`${JSON.stringify(await measure(JSON.parse(values.case) as Spec))}\n`);
} else {
  const dtype = values.dtype as 'fp32' | 'q8';
  const modelDir = await benchModelDir(BENCH_CACHE, [dtype], () => process.stderr.write(`scoring-cost: generating the ${dtype} bench model (once)\n`));
  const rows: string[][] = [];
  for (const name of values.paths.split(',')) {
    if (!isPath(name)) throw new TypeError(`scoring-cost: --paths takes ${Object.keys(PATHS).join(', ')}, got "${name}"`);
    const both = await runChild({ path: name, modelDir, dtype, plainOnly: false });
    const plain = await runChild({ path: name, modelDir, dtype, plainOnly: true });
    const rate = (ms: number) => ((both.sentences / ms) * 1000).toFixed(2);
    rows.push([PATHS[name].label, String(both.sentences), rate(both.plainMs), rate(both.scoredMs), `${((100 * (both.scoredMs - both.plainMs)) / both.plainMs).toFixed(0)}%`, plain.peakRssMb.toFixed(0), both.peakRssMb.toFixed(0)]);
  }
  console.log(`## The cost of scoring (${dtype}, ${values.batches} batches of ${values.sentences} sentences after one to warm up, outputs forced to 1.2x their source tokens)\n`);
  console.log(
    markdownTable([['decoding', 'sentences', 'translate sentences/s', 'translateScored sentences/s', 'time scoring adds', 'peak RSS MB, translate', 'peak RSS MB, both'], ...rows], {
      align: ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    }),
  );
}

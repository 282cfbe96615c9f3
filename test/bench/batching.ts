/**
 * `npx tsx test/bench/batching.ts [-- --articles 40 --rounds 3 --sizes 32 --budgets 512,1024,2048 --cap 128 --dtype fp32 --beams 1]`:
 * the pool's batching side by side on the bench model: model calls of a fixed number of sentences
 * (`--sizes`, Lektor's `--batch-size`) against calls filled up to a token budget (`--budgets`,
 * `--batch-tokens`, at most `--cap` sentences). Every setting translates the same articles, each
 * in a process of its own with a fresh memory, once a round; the order turns from round to round,
 * so that the machine's load falls on every setting alike. Prints tokens/s and tokens per CPU
 * second (the work itself, which a loaded machine stretches less than the time) per round, and each
 * setting's ratio to the first's, round by round.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { markdownTable } from 'markdown-table';
import { defaultConfig } from '../../pipeline/config.js';
import { BENCH_CACHE, derivedBenchModelDir } from './bench-model-cache.js';
import { writeBenchCorpus } from './corpus.js';
import type { CaseResult } from './measure-case.js';
import { runCase } from './run-case.js';


const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '40' },
    rounds: { type: 'string', default: '3' },
    sizes: { type: 'string', default: String(defaultConfig().translate.batchSize) },
    budgets: { type: 'string', default: '512,1024,2048' },
    cap: { type: 'string', default: '128' },
    dtype: { type: 'string', default: 'fp32' },
    beams: { type: 'string', default: '1' },
    threads: { type: 'string', default: '0' },
  },
});

function integers(name: string, list: string, min: number): number[] {
  const numbers = list.split(',').filter(Boolean).map(Number);
  if (!numbers.every((n) => Number.isInteger(n) && n >= min)) throw new TypeError(`batching: --${name} must be integers >= ${min}, got ${list}`);
  return numbers;
}

const [articles, rounds, cap, beams, threads] = [integers('articles', values.articles, 1), integers('rounds', values.rounds, 1), integers('cap', values.cap, 1), integers('beams', values.beams, 1), integers('threads', values.threads, 0)].map((n) => n[0] as number) as [
  number,
  number,
  number,
  number,
  number,
];
const dtype = values.dtype;
if (dtype !== 'fp32' && dtype !== 'q8') throw new TypeError(`batching: --dtype must be fp32 or q8, got ${dtype}`);

interface Setting {
  readonly label: string;
  readonly batchSize: number;
  readonly batchTokens: number;
}

const settings: Setting[] = [
  ...integers('sizes', values.sizes, 1).map((size) => ({ label: `${size} sentences`, batchSize: size, batchTokens: 0 })),
  ...integers('budgets', values.budgets, 1).map((tokens) => ({ label: `${tokens} tokens, at most ${cap} sentences`, batchSize: cap, batchTokens: tokens })),
];

const speed = (r: CaseResult): number => r.tokens / r.seconds;
const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** A measure of each round's run and its median, then its ratio to the first setting's in the same round and their median. */
function measured(runs: readonly CaseResult[], first: readonly CaseResult[], measure: (r: CaseResult) => number): string[] {
  const values = runs.map(measure);
  const ratios = runs.map((r, round) => measure(r) / measure(first[round] as CaseResult));
  return [values.map((x) => x.toFixed(1)).join(' / '), median(values).toFixed(1), ratios.map((x) => `${x.toFixed(2)}x`).join(' / '), `${median(ratios).toFixed(2)}x`];
}

await mkdir(BENCH_CACHE, { recursive: true });
const modelDir = await derivedBenchModelDir(BENCH_CACHE, [dtype], (d) => process.stderr.write(`batching: generating the ${d} bench model (once) in ${BENCH_CACHE}\n`));
const work = await mkdtemp(path.join(tmpdir(), 'lektor-batching-'));
try {
  const corpus = path.join(work, 'corpus');
  await mkdir(corpus);
  const { files } = await writeBenchCorpus(corpus, articles);

  const results: CaseResult[][] = settings.map(() => []);
  const loads: number[] = [];
  for (let round = 0; round < rounds; round++) {
    loads.push(loadavg()[0] ?? 0);
    for (let k = 0; k < settings.length; k++) {
      const at = (k + round) % settings.length;
      const setting = settings[at] as Setting;
      const memoryFile = path.join(work, `memory-${round}-${at}.sqlite`);
      const result = await runCase({ kind: 'engine', modelDir, dtype, beams, threads, files, memoryFile, batchSize: setting.batchSize, batchTokens: setting.batchTokens });
      results[at]?.push(result);
      process.stderr.write(`batching: round ${round + 1}/${rounds}, ${setting.label}: ${speed(result).toFixed(1)} tokens/s, ${result.cpuSeconds?.toFixed(1)} CPU s\n`);
    }
  }

  const first = results[0] as CaseResult[];
  const against = settings[0]?.label ?? '';
  const header = ['batching', 'tokens/s, per round', 'median', `vs ${against}, per round`, 'median', 'tokens per CPU s, per round', 'median', `vs ${against}, per round`, 'median', 'model calls', 'sentences a call', 'peak RSS MB'];
  const rows = settings.map((setting, i) => {
    const runs = results[i] as CaseResult[];
    const calls = runs[0]?.modelCalls ?? 0;
    return [
      setting.label,
      ...measured(runs, first, speed),
      ...measured(runs, first, (r) => r.tokens / (r.cpuSeconds ?? Number.NaN)),
      String(calls),
      ((runs[0]?.sentences ?? 0) / Math.max(1, calls)).toFixed(1),
      Math.max(...runs.map((r) => r.peakRssMb)).toFixed(0),
    ];
  });
  console.log(`## Batching (${dtype}, ${beams === 1 ? 'greedy' : `beam ${beams}`}, ${articles} articles, ${first[0]?.sentences} sentences, ${first[0]?.tokens} target tokens a run)\n`);
  console.log(markdownTable([header, ...rows], { align: header.map((_, i) => (i === 0 ? 'l' : 'r')) }));
  console.log(`\nLoad average at each round's start: ${loads.map((l) => l.toFixed(1)).join(', ')}.`);
} finally {
  await rm(work, { recursive: true, force: true });
}

/**
 * `npx tsx test/bench/beam-memory.ts [-- --articles 60 --runs 3 --batch-size 32 --threads 0 --cases fp32,q8,constrained]`:
 * `npm run bench`'s beam cases alone (`beam-cases.ts`: beam 4 fp32, q8, and with the example
 * glossary enforced; `--cases` picks some), each over the whole corpus in a process of its own,
 * `--runs` times, for their peak RSS in every run and what held the highest sample: the bench's rounds give each process only a share of the corpus,
 * and one run's peak says little of the next's. Tokens/s are printed beside them, but the
 * machine is shared: read them as indicative.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { markdownTable } from 'markdown-table';
import { defaultConfig } from '../../pipeline/config.js';
import { BENCH_CACHE, derivedBenchModelDir } from './bench-model-cache.js';
import { integerOption } from './integer-option.js';
import { runBeamCase, type BeamCase } from './beam-cases.js';
import { writeBenchCorpus } from './corpus.js';
import type { CaseResult } from './measure-case.js';
import { heldBy } from './memory-sampler.js';
import { highestPeak } from './peak-rss.js';

const LIMIT_MB = 1536;

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '60' },
    runs: { type: 'string', default: '3' },
    'batch-size': { type: 'string', default: String(defaultConfig().translate.batchSize) },
    threads: { type: 'string', default: '0' },
    cases: { type: 'string', default: 'fp32,q8,constrained' },
  },
});

const articles = integerOption('articles', values.articles, 1);
const runs = integerOption('runs', values.runs, 1);
const batchSize = integerOption('batch-size', values['batch-size'], 1);
const threads = integerOption('threads', values.threads, 0);

const LABELS: Readonly<Record<BeamCase, string>> = {
  fp32: 'beam 4, fp32',
  q8: 'beam 4, q8',
  constrained: 'beam 4 + constraints (seeds/glossary.yaml), fp32',
};
const isCase = (name: string): name is BeamCase => Object.hasOwn(LABELS, name);
const picked = values.cases.split(',').map((name) => name.trim());
const unknown = picked.find((name) => !isCase(name));
if (unknown !== undefined) {
  process.stderr.write(`beam-memory: --cases takes ${Object.keys(LABELS).join(', ')} (comma-separated), got "${values.cases}"\n`);
  process.exit(2);
}
const CASES = [...new Set(picked as BeamCase[])].map((key) => [key, LABELS[key]] as const);
const speed = (r: CaseResult): number => r.tokens / r.seconds;

await mkdir(BENCH_CACHE, { recursive: true });
const modelDir = await derivedBenchModelDir(BENCH_CACHE, ['fp32', 'q8'], (dtype) => process.stderr.write(`beam-memory: generating the ${dtype} bench model (once) in ${BENCH_CACHE}\n`));
const work = await mkdtemp(path.join(tmpdir(), 'lektor-beam-memory-'));
try {
  const corpus = path.join(work, 'corpus');
  await mkdir(corpus);
  const { files } = await writeBenchCorpus(corpus, articles);
  const results: Partial<Record<BeamCase, CaseResult>>[] = [];
  const loads: number[] = [];
  for (let run = 0; run < runs; run++) {
    loads.push(loadavg()[0] ?? 0);
    // A directory per run: each case's memory starts empty, so every run translates everything.
    const runWork = path.join(work, `run-${run}`);
    await mkdir(runWork);
    const round: Partial<Record<BeamCase, CaseResult>> = {};
    for (const [key, label] of CASES) {
      const result = await runBeamCase(key, { modelDir, batchSize, threads, files }, runWork);
      round[key] = result;
      process.stderr.write(`beam-memory: run ${run + 1}/${runs}, ${label}: ${result.peakRssMb.toFixed(0)} MB (highest sample ${heldBy(result.atPeak)}), ${speed(result).toFixed(1)} tokens/s\n`);
    }
    results.push(round);
  }
  const header = ['case', 'sentences', 'target tokens', 'peak RSS MB, per run', 'highest', `<= ${LIMIT_MB} MB`, 'the highest run\'s highest sample MB', 'tokens/s, per run'];
  const rows = CASES.map(([key, label]) => {
    const cases = results.map((r) => r[key] as CaseResult);
    const top = highestPeak(cases);
    return [
      label,
      String(top.sentences),
      String(top.tokens),
      cases.map((r) => r.peakRssMb.toFixed(0)).join(' / '),
      top.peakRssMb.toFixed(0),
      top.peakRssMb <= LIMIT_MB ? 'met' : 'MISSED',
      heldBy(top.atPeak),
      cases.map((r) => speed(r).toFixed(1)).join(' / '),
    ];
  });
  console.log(`## Beam cases' peak RSS (${articles} articles, batch ${batchSize}, ${runs} runs, each case over the whole corpus in a process of its own)\n`);
  console.log(markdownTable([header, ...rows], { align: header.map((_, i) => (i === 0 ? 'l' : 'r')) }));
  console.log(`\nLoad average at each run's start: ${loads.map((l) => l.toFixed(1)).join(', ')}.`);
} finally {
  await rm(work, { recursive: true, force: true });
}

/**
 * `npm run bench [-- --articles 200 --naive-articles 12 --rounds 4 --batch-size 32 --threads 0]`:
 * translation speed on a model with opus-mt-de-en's real architecture (random weights, see
 * `models/generate/bench-model.ts`), side by side in one run:
 *   (a) the naive loop, one transformers.js pipeline call per sentence,
 *   (b) Lektor's engine, fp32 (greedy decoding in Lektor's own loop, which scores as it decodes),
 *   (c) the same with q8 weights,
 *   (b') (b) with greedy decoding inside ONNX Runtime, its outputs scored in a teacher-forced pass,
 *   (d) (b) again, served by the translation memory (b) filled,
 *   beam 4, fp32 and q8, and beam 4 with the example glossary as constraints (`beam-cases.ts`),
 *   and (b) once more over the whole corpus in one process, the peak RSS of a real run,
 * then the segmenter report, the service's (`service.ts` runs that one alone) and the queue's with
 * 1 and 2 worker processes (`workers.ts`, also alone). It first measures this machine's matmul
 * peaks (`roofline/`), and every case prints its operations per token and "% of peak". With
 * `--profile [--profile-dtype q8] [--profile-loop onnx-runtime]`, it runs only (b) (or (c); or
 * either in (b')'s loop) over `--articles` (4 unless told)
 * with ONNX Runtime's profiler and prints where the time went. Every output is
 * forced to 1.2x its source length (see `forced-length.ts`). Each case runs in a process of its
 * own (its peak RSS is its own).
 *
 * The machine is shared, and its load changes within minutes: so the corpus is cut into rounds,
 * and (a), (b) and (c) each run on every round's share in turn. Totals add the rounds up; the
 * per-round ratios show the noise. Prints tables; this is a measurement, not a test.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { markdownTable } from 'markdown-table';
import { defaultConfig } from '../../pipeline/config.js';
import { BENCH_CACHE, derivedBenchModelDir } from './bench-model-cache.js';
import { integerOption } from './integer-option.js';
import { writeBenchCorpus } from './corpus.js';
import type { CaseResult } from './measure-case.js';
import { highestPeak } from './peak-rss.js';
import { runCase } from './run-case.js';
import { segmenterReport } from './segmenter.js';
import { runReportScript } from './run-report-script.js';
import { serviceReport } from './service-report.js';
import { renderBeamReport, runBeamRound, type BeamRound } from './beam-cases.js';
import { profileReport } from './roofline/profile-report.js';
import { loadColumns, measureRoofline, renderRoofline, type Roofline } from './roofline/roofline.js';


/** The issues' targets: (b) >= 8x (a), (c) >= 1.5x (b), (d) >= 50x (b), fp32 peak RSS <= 1.5 GB. */
const TARGETS = { engine: 8, q8: 1.5, memory: 50, rssMb: 1536 } as const;

interface Row {
  readonly label: string;
  readonly articles: number;
  readonly result: CaseResult;
  /** Target tokens delivered: generated, or (for the memory re-run) recalled. */
  readonly tokens: number;
  /** The weights' type, for "% of peak"; none when the model did not run. */
  readonly dtype?: 'fp32' | 'q8';
}

const fixed = (n: number, digits: number) => n.toFixed(digits);

function renderTable(rows: readonly Row[], roofline: Roofline): string {
  const tokensPerSecond = (row: Row) => row.tokens / row.result.seconds;
  const naive = tokensPerSecond(rows[0] as Row);
  return markdownTable(
    [
      ['case', 'articles', 'sentences', 'target tokens', 'time s', 'tokens/s', 'MOP/token', '% of peak', 'sentences/s', 'peak RSS MB', 'vs (a)'],
      ...rows.map((row) => [
        row.label,
        String(row.articles),
        String(row.result.sentences),
        String(row.tokens),
        fixed(row.result.seconds, 1),
        fixed(tokensPerSecond(row), 1),
        ...(row.dtype === undefined ? ['–', '–'] : loadColumns(roofline, tokensPerSecond(row), row.dtype, 1)),
        fixed(row.result.sentences / row.result.seconds, 2),
        fixed(row.result.peakRssMb, 0),
        `${fixed(tokensPerSecond(row) / naive, 1)}x`,
      ]),
    ],
    { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] },
  );
}

function renderTargets(a: Row, b: Row, c: Row, d: Row, whole: Row): string {
  const speed = (row: Row) => row.tokens / row.result.seconds;
  const check = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const ratio = (x: Row, y: Row) => speed(x) / speed(y);
  return markdownTable([
    ['target', 'measured', ''],
    [`(b) >= ${TARGETS.engine}x (a)`, `${fixed(ratio(b, a), 2)}x`, check(ratio(b, a) >= TARGETS.engine)],
    [`(c) >= ${TARGETS.q8}x (b)`, `${fixed(ratio(c, b), 2)}x`, check(ratio(c, b) >= TARGETS.q8)],
    [`(d) >= ${TARGETS.memory}x (b)`, `${fixed(ratio(d, b), 0)}x`, check(ratio(d, b) >= TARGETS.memory)],
    [`(b) peak RSS <= ${TARGETS.rssMb} MB, per round`, `${fixed(b.result.peakRssMb, 0)} MB`, check(b.result.peakRssMb <= TARGETS.rssMb)],
    [`(b) peak RSS <= ${TARGETS.rssMb} MB, all articles in one process`, `${fixed(whole.result.peakRssMb, 0)} MB`, check(whole.result.peakRssMb <= TARGETS.rssMb)],
  ]);
}

/** Adds up one case's rounds: counts and times add; peak RSS, and what held it, are the round's with the highest. */
function combine(results: readonly CaseResult[]): CaseResult {
  const sum = (pick: (r: CaseResult) => number) => results.reduce((n, r) => n + pick(r), 0);
  const { peakRssMb, atPeak } = highestPeak(results);
  return {
    sentences: sum((r) => r.sentences),
    tokens: sum((r) => r.tokens),
    seconds: sum((r) => r.seconds),
    loadSeconds: sum((r) => r.loadSeconds ?? 0) / results.length,
    fromMemory: sum((r) => r.fromMemory),
    peakRssMb,
    atPeak,
  };
}

/** `items` cut into `parts` consecutive shares of nearly equal size. */
function shares<T>(items: readonly T[], parts: number): T[][] {
  return Array.from({ length: parts }, (_, i) => items.slice(Math.floor((i * items.length) / parts), Math.floor(((i + 1) * items.length) / parts)));
}

interface Round {
  readonly load: number;
  readonly a: CaseResult;
  readonly b: CaseResult;
  readonly c: CaseResult;
  /** (b) with greedy decoding inside ONNX Runtime, scored teacher-forced. */
  readonly inOrt: CaseResult;
}

function renderRounds(rounds: readonly Round[]): string {
  const speed = (r: CaseResult) => r.tokens / r.seconds;
  return markdownTable(
    [
      ['round', 'load average', '(a) tokens/s', '(b) tokens/s', "(b') tokens/s", '(c) tokens/s', '(b)/(a)', "(b)/(b')", '(c)/(b)'],
      ...rounds.map((r, i) => [
        String(i + 1),
        fixed(r.load, 1),
        fixed(speed(r.a), 1),
        fixed(speed(r.b), 1),
        fixed(speed(r.inOrt), 1),
        fixed(speed(r.c), 1),
        `${fixed(speed(r.b) / speed(r.a), 2)}x`,
        `${fixed(speed(r.b) / speed(r.inOrt), 2)}x`,
        `${fixed(speed(r.c) / speed(r.b), 2)}x`,
      ]),
    ],
    { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] },
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      'naive-articles': { type: 'string', default: '12' },
      rounds: { type: 'string', default: '4' },
      // Lektor's own default, so the bench measures what `lektor translate` runs.
      'batch-size': { type: 'string', default: String(defaultConfig().translate.batchSize) },
      threads: { type: 'string', default: '0' },
      profile: { type: 'boolean', default: false },
      'profile-dtype': { type: 'string', default: 'fp32' },
      'profile-loop': { type: 'string', default: 'lektor' },
    },
  });
  // A profile records every kernel of every step: a few articles make tens of megabytes.
  const articles = integerOption('articles', values.articles ?? (values.profile ? '4' : '200'), 1);
  const profileDtype = values['profile-dtype'];
  if (profileDtype !== 'fp32' && profileDtype !== 'q8') throw new TypeError(`bench: --profile-dtype must be fp32 or q8, got ${profileDtype}`);
  const profileLoop = values['profile-loop'];
  if (profileLoop !== 'lektor' && profileLoop !== 'onnx-runtime') throw new TypeError(`bench: --profile-loop must be lektor or onnx-runtime, got ${profileLoop}`);
  const roundCount = Math.min(articles, integerOption('rounds', values.rounds, 1));
  const naiveArticles = Math.min(articles, Math.max(roundCount, integerOption('naive-articles', values['naive-articles'], 1)));
  const batchSize = integerOption('batch-size', values['batch-size'], 1);
  const threads = integerOption('threads', values.threads, 0);

  await mkdir(BENCH_CACHE, { recursive: true });
  const modelDir = await derivedBenchModelDir(BENCH_CACHE, ['fp32', 'q8'], (dtype) => process.stderr.write(`bench: generating the ${dtype} bench model (once) in ${BENCH_CACHE}\n`));
  const work = await mkdtemp(path.join(tmpdir(), 'lektor-bench-'));
  try {
    const corpusDir = path.join(work, 'corpus');
    await mkdir(corpusDir);
    const { texts, files } = await writeBenchCorpus(corpusDir, articles);

    const engine = { kind: 'engine', modelDir, batchSize, threads } as const;
    if (values.profile) {
      console.log(`## Profile: Lektor engine, ${profileDtype}, greedy ${profileLoop === 'lektor' ? "in Lektor's own loop" : 'inside ONNX Runtime, scored teacher-forced'}\n`);
      console.log(await profileReport({ modelDir, batchSize, threads, dtype: profileDtype, files, greedyLoop: profileLoop }, work));
      return;
    }
    process.stderr.write('bench: measuring the matmul peaks\n');
    const before = await measureRoofline(modelDir, batchSize, threads);
    const fp32Memory = path.join(work, 'memory-fp32.sqlite');
    const naiveShares = shares(files.slice(0, naiveArticles), roundCount);
    const rounds: Round[] = [];
    const beamRounds: BeamRound[] = [];
    for (const [i, share] of shares(files, roundCount).entries()) {
      const load = loadavg()[0] ?? 0;
      process.stderr.write(`bench: round ${i + 1}/${roundCount}: (a) ${naiveShares[i]?.length} articles, (b) and (c) ${share.length} articles\n`);
      const a = await runCase({ kind: 'naive', modelDir, dtype: 'fp32', files: naiveShares[i] ?? [] });
      const b = await runCase({ ...engine, dtype: 'fp32', files: share, memoryFile: fp32Memory });
      const c = await runCase({ ...engine, dtype: 'q8', files: share, memoryFile: path.join(work, 'memory-q8.sqlite') });
      beamRounds.push(await runBeamRound({ ...engine, files: share }, work));
      const inOrt = await runCase({ ...engine, dtype: 'fp32', files: share, memoryFile: path.join(work, 'memory-in-ort.sqlite'), greedyLoop: 'onnx-runtime' });
      rounds.push({ load, a, b, c, inOrt });
    }
    // The rounds' processes each see a quarter of the corpus; a user's run sees all of it in one.
    process.stderr.write('bench: (b) over the whole corpus in one process\n');
    const whole = await runCase({ ...engine, dtype: 'fp32', files, memoryFile: path.join(work, 'memory-whole.sqlite') });
    process.stderr.write('bench: (d) the whole corpus again, from the memory (b) filled\n');
    const d = await runCase({ ...engine, dtype: 'fp32', files, memoryFile: fp32Memory });

    process.stderr.write('bench: measuring the matmul peaks again\n');
    const roofline = await measureRoofline(modelDir, batchSize, threads, before);

    const [a, b, c, inOrt] = [combine(rounds.map((r) => r.a)), combine(rounds.map((r) => r.b)), combine(rounds.map((r) => r.c)), combine(rounds.map((r) => r.inOrt))];
    const rows: Row[] = [
      { label: '(a) naive loop, fp32', articles: naiveArticles, result: a, tokens: a.tokens, dtype: 'fp32' },
      { label: `(b) Lektor engine, fp32, batch ${batchSize}`, articles, result: b, tokens: b.tokens, dtype: 'fp32' },
      { label: `(c) Lektor engine, q8, batch ${batchSize}`, articles, result: c, tokens: c.tokens, dtype: 'q8' },
      { label: '(d) (b) re-run from memory', articles, result: d, tokens: b.tokens },
      { label: '(b) in one process, not in rounds', articles, result: whole, tokens: whole.tokens, dtype: 'fp32' },
      { label: "(b') (b), greedy inside ONNX Runtime, scored teacher-forced", articles, result: inOrt, tokens: inOrt.tokens, dtype: 'fp32' },
    ];
    const [ra, rb, rc, rd, rwhole] = rows as [Row, Row, Row, Row, Row];
    console.log(`## Roofline (${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores)\n`);
    console.log(renderRoofline(roofline, batchSize, ['before the cases', 'after them']));
    console.log(`\n## Translation (opus-mt-de-en architecture, random weights; outputs forced to 1.2x source tokens)\n`);
    console.log(renderTable(rows, roofline));
    console.log();
    console.log(renderTargets(ra, rb, rc, rd, rwhole));
    console.log(`\nPer round (the machine's load changes while the bench runs):\n`);
    console.log(renderRounds(rounds));
    console.log();
    const beams = { fp32: combine(beamRounds.map((r) => r.fp32)), q8: combine(beamRounds.map((r) => r.q8)), constrained: combine(beamRounds.map((r) => r.constrained)) };
    console.log(renderBeamReport({ greedyFp32: b, greedyQ8: c, beams }, articles, roofline));
    console.log(
      `${cpus().length} cores, ONNX Runtime threads ${threads === 0 ? 'default' : threads}. ` +
        `Model load (not in the times, mean per round): (a) ${fixed(a.loadSeconds ?? 0, 1)} s, (b) ${fixed(b.loadSeconds ?? 0, 1)} s, (c) ${fixed(c.loadSeconds ?? 0, 1)} s; (d) never loaded the model: ${d.loadSeconds === null}, ${d.fromMemory}/${d.sentences} sentences from memory.`,
    );
    console.log(`\n## Segmenter\n`);
    console.log(segmenterReport());
    console.log(`\n## Service (fp32, one sentence a request; also alone: npx tsx test/bench/service.ts)\n`);
    console.log(await serviceReport({ modelDir, dtype: 'fp32', threads, batchSize, articles: texts, levels: [1, 8, 32], requestsPerClient: 3, work }));
    console.log(`\n## Several machines (also alone: npx tsx test/bench/workers.ts --articles 48 --concurrency 16)\n`);
    console.log(await runReportScript('workers.ts', ['--articles', '48', '--concurrency', '16']));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();

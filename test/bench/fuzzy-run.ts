/**
 * `npx tsx test/bench/fuzzy-run.ts [-- --articles 24 --entries 10000 --rounds 3]`: what fuzzy
 * matches cost a translate run. The same articles are translated by Lektor's engine with the
 * fp32 bench model against fresh copies of one SQLite memory of `entries` sentences (news-like
 * sentences, half reviews, plus a reviewed edit of every fourth sentence of the articles: one
 * figure or one word away), with fuzzy matches off (`fuzzy.limit: 0`) and on (Lektor's default,
 * 3 matches from 70%), in turns within each round so that both share the machine's load. Fuzzy
 * matches change the work as well as add lookups: a reviewed sentence one figure away is reused
 * adapted instead of translated, so the model's sentences are printed beside the times.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { markdownTable } from 'markdown-table';
import { EXAMPLE_ARTICLE } from '../../models/generate/bench-model.js';
import { translateFiles } from '../../pipeline/app/translate/translate-files.js';
import { resolveConfig } from '../../pipeline/config.js';
import { MATCH_BANDS } from '../../pipeline/engine/memory/match-analysis.js';
import { openSqliteMemory } from '../../pipeline/engine/memory/sqlite-memory.js';
import { segmentText } from '../../pipeline/segmenter/index.js';
import { BENCH_CACHE, benchModelDir } from './bench-model-cache.js';
import { benchIdentity, loadBenchTranslator, type BenchModel } from './bench-translator.js';
import { syntheticArticles } from './corpus.js';
import { edited, fillMemory, memorySentences } from './fuzzy-corpus.js';

/** Other sentences than the memory's (which recombines seeds 1, 2, …): matches come from the planted edits and chance. */
const ARTICLE_SEED = 1000;

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '24' },
    entries: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '3' },
  },
});
const [articles, entries, rounds] = [values.articles, values.entries, values.rounds].map(Number) as [number, number, number];

interface Run {
  readonly seconds: number;
  readonly modelSentences: number;
  readonly matched: number;
  readonly adapted: number;
}

async function translateOnce(model: BenchModel, files: readonly string[], memoryFile: string, fuzzyLimit: number): Promise<Run> {
  const out = await mkdtemp(path.join(path.dirname(memoryFile), 'out-'));
  const config = resolveConfig([{ model: { id: model.modelDir, dtype: model.dtype, threads: model.threads }, output: { dir: out, formats: ['txt'] }, fuzzy: { limit: fuzzyLimit } }], {});
  const memory = openSqliteMemory(memoryFile);
  try {
    const { report } = await translateFiles(files, { config, cwd: path.dirname(memoryFile), now: new Date(0), identity: benchIdentity(model), memory, loadTranslator: loadBenchTranslator(model) });
    const { status, counts, timings, matches, qa } = report;
    if (status !== 'completed' || !timings) throw new Error(`run ended ${status}`);
    const fuzzyBands = MATCH_BANDS.filter((b) => b !== 'reviewed exact' && b !== 'exact' && b !== 'no match');
    return {
      seconds: (timings.totalMs - (timings.modelLoadMs ?? 0)) / 1000,
      modelSentences: counts.modelSentences ?? 0,
      matched: fuzzyBands.reduce((n, b) => n + matches.total[b].sentences, 0),
      adapted: qa?.byCheck['memory-adapted'] ?? 0,
    };
  } finally {
    await memory.close();
    await rm(out, { recursive: true, force: true });
  }
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

await mkdir(BENCH_CACHE, { recursive: true });
const modelDir = await benchModelDir(BENCH_CACHE, ['fp32'], () => process.stderr.write(`fuzzy-run: generating the fp32 bench model (once) in ${BENCH_CACHE}\n`));
const model: BenchModel = { modelDir, dtype: 'fp32', threads: 0 };
const work = await mkdtemp(path.join(tmpdir(), 'lektor-fuzzy-run-'));
try {
  const texts = syntheticArticles(await readFile(EXAMPLE_ARTICLE, 'utf8'), { articles, seed: ARTICLE_SEED });
  const files = await Promise.all(texts.map(async (text, i) => {
    const file = path.join(work, `article-${String(i + 1).padStart(3, '0')}.de.txt`);
    await writeFile(file, text);
    return file;
  }));
  const articleSentences = texts.flatMap((t) => segmentText(t).flatMap((p) => p.segments.filter((s) => s.translatable).map((s) => s.source)));
  const planted = articleSentences.filter((_, i) => i % 4 === 0).map(edited);
  const seed = path.join(work, 'memory.sqlite');
  const filling = openSqliteMemory(seed);
  await fillMemory(filling, benchIdentity(model), [...memorySentences(entries - planted.length), ...planted]);
  await filling.close();
  process.stderr.write(`fuzzy-run: ${files.length} articles, ${articleSentences.length} sentences, memory of ${entries} entries (${planted.length} planted edits)\n`);

  const runs: Record<'off' | 'on', Run[]> = { off: [], on: [] };
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first: the first run of a round warms the file cache for the second.
    for (const setting of round % 2 === 0 ? (['off', 'on'] as const) : (['on', 'off'] as const)) {
      const memoryFile = path.join(work, `memory-${round}-${setting}.sqlite`);
      await copyFile(seed, memoryFile);
      runs[setting].push(await translateOnce(model, files, memoryFile, setting === 'on' ? 3 : 0));
      process.stderr.write(`fuzzy-run: round ${round + 1}/${rounds}, fuzzy ${setting}: ${runs[setting].at(-1)?.seconds.toFixed(2)} s\n`);
    }
  }
  const row = (setting: 'off' | 'on'): string[] => {
    const r = runs[setting];
    return [setting, median(r.map((x) => x.seconds)).toFixed(2), r.map((x) => x.seconds.toFixed(2)).join(' / '), String(r[0]?.modelSentences), String(r[0]?.matched), String(r[0]?.adapted)];
  };
  console.log(markdownTable([['fuzzy matches', 'run time, median (s)', 'per round (s)', 'sentences the model translated', 'sentences with a 70–99% match', 'reused adapted'], row('off'), row('on')], { align: ['l', 'r', 'r', 'r', 'r', 'r'] }));
  const ratios = runs.on.map((on, i) => on.seconds / (runs.off[i]?.seconds ?? NaN));
  console.log(`\nfuzzy on / off, per round: ${ratios.map((x) => x.toFixed(3)).join(', ')} (median ${median(ratios).toFixed(3)})`);
} finally {
  await rm(work, { recursive: true, force: true });
}

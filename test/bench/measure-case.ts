/**
 * Runs one bench case in a process of its own, so that its peak RSS is its own, and prints its
 * result as one JSON line. `run.ts` starts it; the argument is a `BenchCase` as JSON.
 */
import { readFile } from 'node:fs/promises';
import { segmentText } from '../../pipeline/segmenter/index.js';
import { runEngine, type EngineCase, type EngineResult } from './engine-run.js';
import { sampleMemory, type MemoryAtPeak } from './memory-sampler.js';
import { naiveLoop } from './naive-loop.js';
import { ownPeakRssMb } from './peak-rss.js';

export type BenchCase =
  | { readonly kind: 'naive'; readonly modelDir: string; readonly dtype: 'fp32' | 'q8'; readonly files: readonly string[] }
  | ({ readonly kind: 'engine' } & EngineCase);

export type CaseResult = Pick<EngineResult, 'sentences' | 'tokens' | 'seconds' | 'loadSeconds'> & {
  readonly fromMemory: number;
  /** The engine's model calls and CPU seconds (`EngineResult`; the naive loop counts neither). */
  readonly modelCalls?: number;
  readonly cpuSeconds?: number;
  readonly peakRssMb: number;
  /** The highest sampled RSS and what held it. */
  readonly atPeak: MemoryAtPeak;
};

/** The sentences the engine's translate stage sends to the model, article by article. */
async function sentencesOf(files: readonly string[]): Promise<string[]> {
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  return texts.flatMap((text) => segmentText(text).flatMap((p) => p.segments.filter((s) => s.translatable).map((s) => s.source.replace(/\s+/g, ' ').trim())));
}

async function measure(spec: BenchCase): Promise<CaseResult> {
  const stop = sampleMemory();
  const result = spec.kind === 'naive' ? { ...(await naiveLoop(spec.modelDir, spec.dtype, await sentencesOf(spec.files))), fromMemory: 0 } : await runEngine(spec);
  return { ...result, atPeak: stop(), peakRssMb: ownPeakRssMb() };
}

const [spec] = process.argv.slice(2);
if (spec === undefined) throw new Error('measure-case: expected a bench case as JSON');
process.stdout.write(`${JSON.stringify(await measure(JSON.parse(spec) as BenchCase))}\n`);

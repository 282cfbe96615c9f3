import path from 'node:path';
import type { Translator } from '../../../models/translator.js';
import type { LektorConfig } from '../../config.js';
import { segmentsOf, type LektorDoc, type TermStrategy } from '../../core/doc.js';
import { buildStages } from '../../stages/build-stages.js';
import { runStages } from '../../stages/stage.js';
import { readArticle } from '../../read/read-article.js';
import { STRATEGIES } from '../../../glossary/strategies/index.js';
import type { Glossary } from '../../../glossary/types.js';

/** How one strategy did over the corpus. */
export interface StrategyResult {
  readonly strategy: TermStrategy;
  /** Term occurrences in the German. */
  readonly occurrences: number;
  /** Occurrences whose English is in the translation, repaired ones included. */
  readonly honoured: number;
  readonly repaired: number;
  /** Problems left for a reviewer: terms not found, plus forbidden variants still there. */
  readonly flagged: number;
  /** Segments `mask` or `constrain` had to translate again with `inline`. */
  readonly fallbacks: number;
  /** Wall-clock time for the whole corpus, in milliseconds. */
  readonly ms: number;
}

export interface EvaluateOptions {
  readonly config: LektorConfig;
  readonly glossary: Glossary;
  /** Loaded once and shared by every strategy, so timings compare translation, not loading. */
  readonly translator: Translator;
  readonly now: Date;
  /** Article paths are read, and shown in errors, relative to this folder. */
  readonly cwd: string;
  /** @default every strategy, in `STRATEGIES` order */
  readonly strategies?: readonly TermStrategy[];
  /** Called as each strategy finishes, for progress output. */
  readonly onResult?: (result: StrategyResult) => void;
}

/**
 * Translates every article once per strategy through the normal stages (`buildStages`) and
 * counts what became of the glossary terms. No translation memory: each strategy must reach
 * the model.
 */
export async function evaluateStrategies(files: readonly string[], options: EvaluateOptions): Promise<StrategyResult[]> {
  const strategies = options.strategies ?? (Object.keys(STRATEGIES) as TermStrategy[]);
  const results: StrategyResult[] = [];
  for (const strategy of strategies) {
    const config = { ...options.config, glossary: { ...options.config.glossary, strategy } };
    const stages = buildStages(config, { glossary: options.glossary });
    const started = performance.now();
    const docs: LektorDoc[] = [];
    for (const file of files) {
      const doc = await readArticle(path.relative(options.cwd, file) || file, options.cwd);
      docs.push(await runStages(doc, stages, { now: options.now, translator: options.translator }));
    }
    const result = { strategy, ...tallyTerms(docs), ms: performance.now() - started };
    options.onResult?.(result);
    results.push(result);
  }
  return results;
}

/** The term counts of translated documents. */
export function tallyTerms(docs: readonly LektorDoc[]): Omit<StrategyResult, 'strategy' | 'ms'> {
  const segments = docs.flatMap(segmentsOf);
  const hits = segments.flatMap((s) => s.terms ?? []);
  return {
    occurrences: hits.length,
    honoured: hits.filter((h) => h.found).length,
    repaired: hits.filter((h) => h.repaired).length,
    flagged: hits.filter((h) => !h.found).length + hits.reduce((n, h) => n + (h.forbidden?.length ?? 0), 0),
    fallbacks: segments.filter((s) => s.flags?.some((f) => /^term-\w+-fallback$/.test(f.check))).length,
  };
}

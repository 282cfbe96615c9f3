import path from 'node:path';
import matchTerms from '../../stages/match-terms.js';
import type { Glossary } from '../../../glossary/types.js';
import { readSegmentedArticles } from './read-segmented-articles.js';
import { measureCoverage, type CoverageReport } from '../../../glossary/tools/check/measure-coverage.js';
import { readTermResults } from '../../../output/read-term-results.js';

export interface CheckOptions {
  readonly cwd: string;
  /** Output folder of earlier translations, for adherence. */
  readonly outDir: string;
  readonly now: Date;
}

/** Reads and segments the articles, matches them as translation does, and measures coverage. */
export async function checkCoverage(glossary: Glossary, inputs: readonly string[], options: CheckOptions): Promise<CoverageReport> {
  const match = matchTerms({ glossary });
  const ctx = { now: options.now };
  const docs = await Promise.all((await readSegmentedArticles(inputs, options.cwd, options.now)).map((doc) => match(doc, ctx)));
  const results = await readTermResults(path.resolve(options.cwd, options.outDir), docs.map((d) => d.meta.name));
  return measureCoverage(glossary, docs, results);
}

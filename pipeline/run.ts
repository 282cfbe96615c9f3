import path from 'node:path';
import type { Translator } from '../models/translator.js';
import { FORMATS, isFormat, type Format } from '../output/index.js';
import { writeOutputs } from '../output/write.js';
import type { LektorConfig } from './config.js';
import type { LektorDoc } from './doc.js';
import { LektorError, UsageError } from './errors.js';
import { collectInputs } from './inputs.js';
import { runStages, type RunContext, type Stage } from './stage.js';
import { readArticle } from './stages/read.js';
import segment from './stages/segment.js';
import translate from './stages/translate.js';
import { version } from './version.js';

/** Loads the model a run needs; injected so tests and the batch engine can supply their own. */
export type TranslatorLoader = () => Promise<Translator>;

export interface RunOptions {
  readonly config: LektorConfig;
  /** Resolves relative paths. */
  readonly cwd: string;
  /** Time stamped into outputs. */
  readonly now: Date;
  readonly loadTranslator: TranslatorLoader;
  readonly signal?: AbortSignal;
  /** Called as each article finishes or fails, for progress output. */
  readonly onArticle?: (result: ArticleResult | ArticleFailure) => void;
}

export interface ArticleResult {
  readonly ok: true;
  readonly file: string;
  readonly name: string;
  readonly segments: number;
  readonly outputs: readonly string[];
  readonly doc: LektorDoc;
}

export interface ArticleFailure {
  readonly ok: false;
  readonly file: string;
  /** One line, naming the file. */
  readonly message: string;
}

export interface RunSummary {
  readonly translated: readonly ArticleResult[];
  readonly failed: readonly ArticleFailure[];
}

/** The stage order. Only this file knows it. */
export function buildStages(config: LektorConfig): Stage[] {
  return [segment(), translate({ batchSize: config.translate.batchSize })];
}

export function checkFormats(names: readonly string[]): Format[] {
  const unknown = names.filter((n) => !isFormat(n));
  if (unknown.length > 0) {
    throw new UsageError(`unknown format ${unknown.map((u) => `"${u}"`).join(', ')}; expected ${Object.keys(FORMATS).join(', ')}`);
  }
  return names as Format[];
}

/** One document through the stages. */
export function translateDocument(doc: LektorDoc, stages: readonly Stage[], ctx: RunContext): Promise<LektorDoc> {
  return runStages(doc, stages, ctx);
}

/**
 * Translates article files and writes their outputs. An article that cannot be read is reported
 * and skipped; a model that cannot be loaded stops the run, since every article would fail.
 */
export async function translateFiles(inputs: readonly string[], options: RunOptions): Promise<RunSummary> {
  const { config } = options;
  const formats = checkFormats(config.output.formats);
  const files = await collectInputs(inputs, options.cwd);
  const stages = buildStages(config);
  const outDir = path.resolve(options.cwd, config.output.dir);
  let translator: Translator | undefined;
  const translated: ArticleResult[] = [];
  const failed: ArticleFailure[] = [];
  try {
    for (const file of files) {
      options.signal?.throwIfAborted();
      let doc: LektorDoc;
      try {
        doc = await readArticle(path.relative(options.cwd, file) || file);
      } catch (error) {
        if (!(error instanceof LektorError)) throw error;
        const failure: ArticleFailure = { ok: false, file, message: error.describe() };
        failed.push(failure);
        options.onArticle?.(failure);
        continue;
      }
      translator ??= await options.loadTranslator();
      const ctx: RunContext = { now: options.now, translator, signal: options.signal };
      const done = await translateDocument(doc, stages, ctx);
      const outputs = await writeOutputs(done, formats, outDir, { now: options.now, toolVersion: version });
      const result: ArticleResult = { ok: true, file, name: done.meta.name, segments: done.paragraphs.reduce((n, p) => n + p.segments.length, 0), outputs, doc: done };
      translated.push(result);
      options.onArticle?.(result);
    }
  } finally {
    await translator?.dispose();
  }
  return { translated, failed };
}

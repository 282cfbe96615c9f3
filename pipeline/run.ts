import { FORMATS, isFormat, type Format } from '../output/index.js';
import type { LektorConfig } from './config.js';
import type { LektorDoc } from './doc.js';
import { UsageError } from './errors.js';
import { runStages, type RunContext, type Stage } from './stage.js';
import segment from './stages/segment.js';
import translate from './stages/translate.js';

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

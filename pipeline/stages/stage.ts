import type { LektorDoc } from '../core/doc.js';
import type { Translator } from '../../models/translator.js';

/** What a run hands every stage besides the document. Nothing here is mutable. */
export interface RunContext {
  /** The clock: stages never call `new Date()`, so output is reproducible. */
  readonly now: Date;
  /** Present when the run loaded (or will lazily load) a model. */
  readonly translator?: Translator;
  readonly signal?: AbortSignal;
}

/** A pipeline step: a plain function over the document. Factories validate options once. */
export type Stage = (doc: LektorDoc, ctx: RunContext) => Promise<LektorDoc>;

/** Run stages in order; each gets the previous one's document. */
export async function runStages(doc: LektorDoc, stages: readonly Stage[], ctx: RunContext): Promise<LektorDoc> {
  let current = doc;
  for (const stage of stages) {
    ctx.signal?.throwIfAborted();
    current = await stage(current, ctx);
  }
  return current;
}

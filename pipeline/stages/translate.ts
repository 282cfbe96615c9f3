import { translateScored, type Translation } from '../../models/translator.js';
import { foldWhitespace, mapSegments, segmentsOf, type Segment } from '../core/doc.js';
import { LektorError } from '../core/errors.js';
import type { Stage } from './stage.js';

export interface TranslateOptions {
  /** Sentences per model call. */
  readonly batchSize: number;
}

/** What the model sees: the (possibly term-enforced) text on one line. */
export function modelInputOf(segment: Segment): string {
  return foldWhitespace(segment.modelInput ?? segment.source);
}

/** The English the model must write itself: the terms `constrain` enforces. */
export function requiredTermsOf(segment: Segment): string[] {
  return (segment.terms ?? []).filter((h) => h.strategy === 'constrain').map((h) => h.expected);
}

/** `segment` with the model's translation as its target, and the model's scores of it where it gave them (earlier ones dropped). */
export function modelTarget(segment: Segment, translation: Translation): Segment {
  const { confidence: _c, lowConfidence: _l, ...unscored } = segment;
  const scores = translation.confidence === undefined ? {} : { confidence: translation.confidence, lowConfidence: translation.lowConfidence ?? [] };
  return { ...unscored, target: translation.text, origin: 'model', ...scores };
}

/**
 * Fills `target` for every segment that has none, with the model's scores where it gives them. Segments without letters are copied: opus-mt
 * hallucinates on them (`" "` → "I don't know."). The rest go to the model in length-sorted
 * batches, so padding wastes little work.
 */
export default function translate(options: TranslateOptions): Stage {
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1) {
    throw new TypeError(`translate: batchSize must be an integer >= 1, got ${String(options.batchSize)}`);
  }
  return async (doc, ctx) => {
    const pending = segmentsOf(doc).filter((s) => s.target === undefined && s.translatable && modelInputOf(s) !== '');
    const targets = new Map<string, Translation>();
    if (pending.length > 0) {
      if (!ctx.translator) throw new LektorError('model', 'translate: no translator in the run context');
      const byLength = [...pending].sort((a, b) => modelInputOf(a).length - modelInputOf(b).length || a.start - b.start);
      for (let i = 0; i < byLength.length; i += options.batchSize) {
        ctx.signal?.throwIfAborted();
        const batch = byLength.slice(i, i + options.batchSize);
        const required = batch.map(requiredTermsOf);
        const outputs = await translateScored(ctx.translator, batch.map(modelInputOf), required.some((r) => r.length > 0) ? required : undefined);
        batch.forEach((s, j) => targets.set(s.id, outputs[j] ?? { text: '' }));
      }
    }
    const translated = mapSegments(doc, (s): Segment => {
      if (s.target !== undefined) return s;
      const target = targets.get(s.id);
      return target === undefined ? { ...s, target: s.source, origin: 'copy' } : modelTarget(s, target);
    });
    return ctx.translator ? { ...translated, meta: { ...translated.meta, model: { id: ctx.translator.modelId, dtype: ctx.translator.dtype } } } : translated;
  };
}

import { withTranslate, type ModelIdentity, type Translator } from '../../models/translator.js';
import type { TranslationMemory } from './memory.js';

/** How many of one call's inputs the memory answered and how many went on to the model. */
export type RecallListener = (recalled: number, missed: number) => void;

/**
 * A translator that answers from memory where it can and sends only the rest to `inner`, so a
 * remembered sentence never reaches the model (nor makes it load).
 */
export function recallingTranslator(inner: Translator, memory: TranslationMemory, model: ModelIdentity, onRecall?: RecallListener): Translator {
  return withTranslate(inner, async (batch) => {
    const remembered = await memory.recall(model, batch);
    const missing = batch.filter((_, i) => remembered[i] === undefined);
    onRecall?.(batch.length - missing.length, missing.length);
    const fresh = missing.length > 0 ? await inner.translate(missing) : [];
    let next = 0;
    return remembered.map((target) => target ?? fresh[next++] ?? '');
  });
}

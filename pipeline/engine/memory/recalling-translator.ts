import { inputKey, translateScored, withTranslate, type ModelIdentity, type Translator } from '../../../models/translator.js';
import type { TranslationMemory } from './memory.js';

/** How many of one call's inputs the memory answered and how many went on to the model. */
export type RecallListener = (recalled: number, missed: number) => void;

/**
 * A translator that answers from memory where it can and sends only the rest to `inner`, so a
 * remembered sentence never reaches the model (nor makes it load). An input is remembered with
 * the terms it required (`inputKey`), and answered with the scores stored with it.
 */
export function recallingTranslator(inner: Translator, memory: TranslationMemory, model: ModelIdentity, onRecall?: RecallListener): Translator {
  return withTranslate(inner, async (batch, required) => {
    const remembered = await memory.recall(model, batch.map((input, i) => inputKey(input, required?.[i])));
    const missing = batch.flatMap((_, i) => (remembered[i] === undefined ? [i] : []));
    onRecall?.(batch.length - missing.length, missing.length);
    const fresh = missing.length > 0 ? await translateScored(inner, missing.map((i) => batch[i] as string), required && missing.map((i) => required[i] ?? [])) : [];
    let next = 0;
    return remembered.map((translation) => translation ?? fresh[next++] ?? { text: '' });
  });
}

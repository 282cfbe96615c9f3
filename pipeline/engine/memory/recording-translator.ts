import { inputKey, translateScored, withTranslate, type ModelIdentity, type Translator } from '../../../models/translator.js';
import type { EntryMeta, TranslationMemory } from './memory.js';

/**
 * A translator that stores the outputs of each call to `inner`, with their scores, as soon as it
 * returns: a run killed afterwards loses nothing the model has already done.
 */
export function recordingTranslator(inner: Translator, memory: TranslationMemory, model: ModelIdentity, meta: EntryMeta): Translator {
  return withTranslate(inner, async (batch, required) => {
    const outputs = await translateScored(inner, batch, required);
    await memory.record(model, batch.map((input, i) => [inputKey(input, required?.[i]), outputs[i] ?? { text: '' }] as const), meta);
    return outputs;
  });
}

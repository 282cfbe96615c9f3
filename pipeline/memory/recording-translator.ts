import { withTranslate, type ModelIdentity, type Translator } from '../../models/translator.js';
import type { EntryMeta, TranslationMemory } from './memory.js';

/**
 * A translator that stores the outputs of each call to `inner` as soon as it returns: a run
 * killed afterwards loses nothing the model has already done.
 */
export function recordingTranslator(inner: Translator, memory: TranslationMemory, model: ModelIdentity, meta: EntryMeta): Translator {
  return withTranslate(inner, async (batch) => {
    const outputs = await inner.translate(batch);
    await memory.record(model, batch.map((source, i) => [source, outputs[i] ?? ''] as const), meta);
    return outputs;
  });
}

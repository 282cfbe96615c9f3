import { openTranslationEngine, type TranslationEngine } from '../../pipeline/engine/translation-engine.js';
import { resolveConfig } from '../../pipeline/config.js';
import type { Segmentation } from '../../pipeline/stages/build-stages.js';
import { fakeTranslator } from './fake-translator.js';

/** An engine over a fake model that writes `EN(<German>)` and keeps every batch it was given. */
export function fakeEngine(segmentation: Segmentation = 'sentences', translator = fakeTranslator()): { engine: TranslationEngine; batches: string[][] } {
  const engine = openTranslationEngine({
    config: resolveConfig([{ qa: { checks: ['untranslated'] } }], {}),
    identity: { id: translator.modelId, dtype: translator.dtype, decoding: {} },
    loadTranslator: async () => translator,
    segmentation,
    now: new Date(0),
  });
  return { engine, batches: translator.batches };
}

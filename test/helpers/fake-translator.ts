import type { Translator } from '../../models/translator.js';

/**
 * A Translator that "translates" by a rule and records every batch it was given, so stage tests
 * can assert what reached the model.
 */
export function fakeTranslator(rule: (input: string) => string = (s) => `EN(${s})`): Translator & { readonly batches: string[][]; disposed: boolean } {
  const batches: string[][] = [];
  return {
    modelId: 'fake/model',
    dtype: 'fp32',
    batches,
    disposed: false,
    async translate(batch) {
      batches.push([...batch]);
      return batch.map(rule);
    },
    async dispose() {
      this.disposed = true;
    },
  };
}

import type { RequiredTerms, Translator } from '../../models/translator.js';

/**
 * A Translator that "translates" by a rule and records every batch it was given (and the terms
 * required of each call that required any), so stage tests can assert what reached the model.
 * The rule sees an input's required terms; the default rule ignores them.
 */
export function fakeTranslator(
  rule: (input: string, required: RequiredTerms) => string = (s) => `EN(${s})`,
): Translator & { readonly batches: string[][]; readonly required: RequiredTerms[][]; disposed: boolean } {
  const batches: string[][] = [];
  const requiredPerCall: RequiredTerms[][] = [];
  return {
    modelId: 'fake/model',
    dtype: 'fp32',
    batches,
    required: requiredPerCall,
    disposed: false,
    async translate(batch, required) {
      batches.push([...batch]);
      if (required) requiredPerCall.push([...required]);
      return batch.map((input, i) => rule(input, required?.[i] ?? []));
    },
    async dispose() {
      this.disposed = true;
    },
  };
}

import type { RequiredTerms, Translation, Translator } from '../../models/translator.js';

/** What a fake translator says of its output, where it scores. */
export type FakeScores = (input: string, output: string) => Omit<Translation, 'text'>;

/**
 * A Translator that "translates" by a rule and records every batch it was given (and the terms
 * required of each call that required any), so stage tests can assert what reached the model.
 * The rule sees an input's required terms; the default rule ignores them. With `score` it also
 * scores its outputs (`translateScored`), as a model's translator does.
 */
export function fakeTranslator(
  rule: (input: string, required: RequiredTerms) => string = (s) => `EN(${s})`,
  score?: FakeScores,
): Translator & { readonly batches: string[][]; readonly required: RequiredTerms[][]; disposed: boolean } {
  const batches: string[][] = [];
  const requiredPerCall: RequiredTerms[][] = [];
  const translate = async (batch: readonly string[], required?: readonly RequiredTerms[]): Promise<string[]> => {
    batches.push([...batch]);
    if (required) requiredPerCall.push([...required]);
    return batch.map((input, i) => rule(input, required?.[i] ?? []));
  };
  return {
    modelId: 'fake/model',
    dtype: 'fp32',
    batches,
    required: requiredPerCall,
    disposed: false,
    translate,
    ...(score
      ? { translateScored: async (batch, required) => (await translate(batch, required)).map((text, i) => ({ text, ...score(batch[i] as string, text) })) }
      : {}),
    async dispose() {
      this.disposed = true;
    },
  };
}

/** Scores that mark the listed words of each output (the first of each, where it has one) as low-confidence, at `confidence`. */
export function unsureOf(confidence: number, ...words: string[]): FakeScores {
  return (_input, output) => ({
    confidence,
    lowConfidence: words.flatMap((word) => {
      const found = [...output.matchAll(/\S+/g)].find((m) => m[0] === word);
      return found ? [{ start: found.index, end: found.index + word.length }] : [];
    }),
  });
}

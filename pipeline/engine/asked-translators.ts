import { inputKey, translateScored, withTranslate, type Alternative, type RequiredTerms, type Translator } from '../../models/translator.js';
import { ModelError, UsageError } from '../core/errors.js';

/**
 * The translator a document's run uses to start its sentence with `prefix` (the reviewer's
 * English): the model call of the translate stage completes the prefix; later calls (a term
 * translated on its own) translate as usual. A prefix starts one sentence: a text the stages send
 * as several is refused.
 */
export function startingWith(pool: Translator, prefix: string): Translator {
  let started = false;
  return withTranslate(pool, async (batch, required) => {
    if (started) return translateScored(pool, batch, required);
    started = true;
    if (batch.length > 1) throw new UsageError(`prefix: the text must be one sentence; it has ${batch.length}`);
    if (!pool.complete) throw new ModelError(`model "${pool.modelId}" cannot complete a prefix`);
    return (await pool.complete(batch, batch.map(() => prefix), required)).map((text) => ({ text }));
  });
}

/**
 * A document's `n` best translations: `searching` runs the stages with each sentence's best
 * alternative (and keeps the others), then `pick(k)` runs them again with each sentence's k-th
 * (its best where it has fewer). A sentence `searching` never saw translates as usual.
 */
export function alternativeTranslators(pool: Translator, n: number): { readonly searching: Translator; pick(k: number): Translator } {
  if (!pool.alternatives) throw new ModelError(`model "${pool.modelId}" cannot give alternatives`);
  const search = pool.alternatives.bind(pool);
  const found = new Map<string, readonly Alternative[]>();
  const keys = (batch: readonly string[], required?: readonly RequiredTerms[]) => batch.map((s, i) => inputKey(s, required?.[i]));
  return {
    searching: withTranslate(pool, async (batch, required) => {
      const alternatives = await search(batch, n, required);
      keys(batch, required).forEach((key, i) => found.set(key, alternatives[i] ?? []));
      return alternatives.map((a) => a[0] ?? { text: '' });
    }),
    pick: (k) =>
      withTranslate(pool, async (batch, required) => {
        const known = keys(batch, required).map((key) => found.get(key));
        if (known.some((a) => a === undefined || a.length === 0)) return translateScored(pool, batch, required);
        return known.map((a) => (a?.[k] ?? a?.[0]) as Alternative);
      }),
  };
}

import { inputLengthOf, translateScored, type Translator } from '../../models/translator.js';
import { ModelError } from '../core/errors.js';

/** Loads the model a run needs; injected so tests and benchmarks can supply their own. */
export type TranslatorLoader = () => Promise<Translator>;

export interface LazyTranslator extends Translator {
  /** Loads the model now (once), without translating. */
  load(): Promise<void>;
  /** Whether the model has been loaded (or is loading). */
  loaded(): boolean;
}

/**
 * A translator that loads the model on its first `translate` call, once for all callers: a run
 * whose every sentence is remembered never pays for loading. `modelId` and `dtype` are what the
 * loaded model will report, so documents read the same either way.
 */
export function lazyTranslator(model: { readonly modelId: string; readonly dtype: string }, load: TranslatorLoader): LazyTranslator {
  let loading: Promise<Translator> | undefined;
  let ready: Translator | undefined;
  const get = (): Promise<Translator> => {
    loading ??= load().then((t) => (ready = t));
    return loading;
  };
  return {
    modelId: model.modelId,
    dtype: model.dtype,
    async translate(batch, required) {
      return (await get()).translate(batch, required);
    },
    async translateScored(batch, required) {
      return translateScored(await get(), batch, required);
    },
    // Whether the model can search or be given a start is known only once it is loaded.
    async alternatives(batch, n, required) {
      const translator = await get();
      if (!translator.alternatives) throw new ModelError(`model "${translator.modelId}" cannot give alternatives`);
      return translator.alternatives(batch, n, required);
    },
    async complete(batch, prefixes, required) {
      const translator = await get();
      if (!translator.complete) throw new ModelError(`model "${translator.modelId}" cannot complete a prefix`);
      return translator.complete(batch, prefixes, required);
    },
    generatedTokens: () => ready?.generatedTokens?.() ?? 0,
    // Before the load only characters are known; the pool measures after it (its warm-up loads).
    inputLength: (input) => inputLengthOf(ready, input),
    load: async () => void (await get()),
    loaded: () => loading !== undefined,
    async dispose() {
      // A model that failed to load has nothing to free; its error was reported where it happened.
      const translator = await loading?.catch(() => undefined);
      await translator?.dispose();
    },
  };
}

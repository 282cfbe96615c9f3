import type { ModelIdentity } from '../../models/translator.js';
import type { LektorConfig } from '../config.js';
import { segmentsOf, type LektorDoc } from '../core/doc.js';
import type { EntryMeta, TranslationMemory } from './memory/memory.js';
import { noMemory } from './memory/no-memory.js';
import { recallingTranslator } from './memory/recalling-translator.js';
import { recordingTranslator } from './memory/recording-translator.js';
import { buildStages, type Segmentation, type StageDeps } from '../stages/build-stages.js';
import { runStages } from '../stages/stage.js';
import { version } from '../core/version.js';
import { lazyTranslator, type TranslatorLoader } from './lazy-translator.js';
import { pooledTranslator, type BatchReport } from './pooled-translator.js';
import type { ArticleSentences, ModelTally } from './tally.js';
import { alternativeTranslators, startingWith } from './asked-translators.js';

/** What the engine reports of the model while it works. */
export type EngineEvent = { readonly type: 'model-loaded'; readonly ms: number } | ({ readonly type: 'batch' } & BatchReport);

export interface EngineOptions {
  /** The engine reads the `model` (id, dtype), `translate`, `glossary` and `qa` slices. */
  readonly config: LektorConfig;
  /** What the memory keys entries by, known without loading the model (`modelIdentity`). */
  readonly identity: ModelIdentity;
  /** Loads the model, on the first sentence the memory cannot answer (or on `load()`). */
  readonly loadTranslator: TranslatorLoader;
  /**
   * What the stages need besides configuration (the loaded glossary).
   * @default {}
   */
  readonly stageDeps?: StageDeps;
  /**
   * Remembered translations and reviews; without one every sentence goes to the model. The caller
   * opens and closes it.
   * @default undefined
   */
  readonly memory?: TranslationMemory;
  /**
   * Sentences (`sentences`) or lines (`lines`, each line one segment) as the unit of translation.
   * @default 'sentences'
   */
  readonly segmentation?: Segmentation;
  /** Stamped on the entries the model adds to the memory. */
  readonly now: Date;
  /** On abort the running model call finishes; documents waiting for the model reject with the signal's reason. */
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: EngineEvent) => void;
}

/** What a caller may ask of a document's translation besides the translation. */
export interface EngineAsk {
  /**
   * How many translations beam search gives the document (`EngineResult.alternatives`), its
   * sentences' n best in turn; the memory answers none of them.
   * @default 0
   */
  readonly alternatives?: number;
  /** English the translation starts with (the reviewer's, which may end inside a word): the document must be one sentence, and the memory does not answer it. */
  readonly prefix?: string;
}

/** A translated document, and how many of its sentences needed a translation and came from the memory. */
export interface EngineResult extends ArticleSentences {
  readonly doc: LektorDoc;
  /** With `EngineAsk.alternatives`: the document translated with its sentences' best, second best, … (equal documents are possible where sentences have fewer). */
  readonly alternatives?: readonly LektorDoc[];
}

/**
 * Everything that translates documents once they are read: the stages, the memory in front of
 * the model, and one pool that cuts the model's batches from the sentences of every document in
 * flight, whoever sent them (articles of a folder, lines of a pipe, requests to the server).
 */
export interface TranslationEngine {
  translate(doc: LektorDoc, now: Date, ask?: EngineAsk): Promise<EngineResult>;
  /** The model's work so far; read it, do not change it. */
  readonly tally: Readonly<ModelTally>;
  /** Rows the model takes in one call: how full its calls are is `modelSentences / modelCalls` of it. */
  readonly batchSize: number;
  /** Loads the model now (once), without translating. */
  load(): Promise<void>;
  /** Whether the model has been loaded (or is loading). */
  loaded(): boolean;
  /** Waits for the model call still running, then frees the model. */
  close(): Promise<void>;
}

export function openTranslationEngine(options: EngineOptions): TranslationEngine {
  const { config, identity } = options;
  const remembered = options.memory ? { reviews: options.memory, matches: { memory: options.memory, model: identity } } : {};
  const stages = buildStages(config, { ...options.stageDeps, ...remembered }, options.segmentation);
  const memory = options.memory ?? noMemory();
  const tally: ModelTally = { modelLoadMs: null, callMs: 0, modelCalls: 0, modelSentences: 0, generatedTokens: 0 };
  const model = lazyTranslator({ modelId: config.model.id, dtype: config.model.dtype }, async () => {
    const loadStarted = performance.now();
    const loaded = await options.loadTranslator();
    tally.modelLoadMs = performance.now() - loadStarted;
    options.onEvent?.({ type: 'model-loaded', ms: tally.modelLoadMs });
    return loaded;
  });
  const meta: EntryMeta = { origin: 'model', createdAt: options.now.toISOString(), tool: `lektor ${version}` };
  const pool = pooledTranslator(recordingTranslator(model, memory, identity, meta), {
    batchSize: config.translate.batchSize,
    ...(config.translate.batchTokens > 0 ? { batchTokens: config.translate.batchTokens } : {}),
    signal: options.signal,
    warmUp: () => model.load(),
    onBatch: (batch) => {
      tally.modelCalls++;
      tally.modelSentences += batch.rows;
      tally.callMs += batch.ms;
      tally.generatedTokens += batch.tokens;
      options.onEvent?.({ type: 'batch', ...batch });
    },
  });

  return {
    async translate(doc, now, ask = {}) {
      if (ask.prefix !== undefined) {
        const started = await runStages(doc, stages, { now, translator: startingWith(pool, ask.prefix) });
        const sentences = segmentsOf(started).filter((s) => s.origin === 'model').length;
        return { doc: started, sentences, recalled: 0 };
      }
      const n = ask.alternatives ?? 0;
      if (n > 0) {
        const { searching, pick } = alternativeTranslators(pool, n);
        const best = await runStages(doc, stages, { now, translator: searching });
        const rest = await Promise.all(Array.from({ length: n - 1 }, (_, k) => runStages(doc, stages, { now, translator: pick(k + 1) })));
        const sentences = segmentsOf(best).filter((s) => s.origin === 'model').length;
        return { doc: best, alternatives: [best, ...rest], sentences, recalled: 0 };
      }
      let sentences = 0;
      let recalled = 0;
      const translator = recallingTranslator(pool, memory, identity, (hits, misses) => {
        recalled += hits;
        sentences += hits + misses;
      });
      const translated = await runStages(doc, stages, { now, translator });
      // Reviewed sentences come from the memory too, ahead of the translator that counts the rest.
      const reviewed = segmentsOf(translated).filter((s) => s.origin === 'review' || s.origin === 'memory-adapted').length;
      return { doc: translated, sentences: sentences + reviewed, recalled: recalled + reviewed };
    },
    tally,
    batchSize: config.translate.batchSize,
    load: () => model.load(),
    loaded: () => model.loaded(),
    async close() {
      // After an interrupt the documents have settled, but the batch they were waiting for still
      // runs: it finishes (and is remembered) before the model goes.
      await pool.idle();
      await model.dispose();
    },
  };
}

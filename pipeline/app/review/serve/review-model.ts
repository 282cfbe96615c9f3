import { loadGlossary } from '../../../../glossary/load.js';
import { modelIdentity, openTranslator } from '../../../../models/open-translator.js';
import type { ModelSettings } from '../../../../models/model-settings.js';
import { defaultConfig, type LektorConfig } from '../../../config.js';
import { LektorError, ModelError, firstLine } from '../../../core/errors.js';
import { openTranslationEngine, type TranslationEngine } from '../../../engine/translation-engine.js';
import type { ArticleRecord } from '../article-record.js';
import { articleModel } from './article-model.js';

/** Where the review server finds the models its articles were translated with. */
export interface ReviewModelOptions {
  /** The folder that caches hub models, as `lektor translate` finds it (`LEKTOR_MODELS_DIR`). */
  readonly cacheDir: string;
  /** Resolves relative model directories. */
  readonly cwd: string;
  /**
   * The model to use instead of the one each run recorded (`review serve --model`).
   * @default undefined
   */
  readonly id?: string;
  /**
   * ONNX Runtime intra-op threads; 0 lets ONNX Runtime decide.
   * @default 0
   */
  readonly threads?: number;
}

/** A model being opened for the helpers, and how far it has come. */
interface Opening {
  readonly engine: TranslationEngine;
  state: 'loading' | 'ready' | 'failed';
  error?: LektorError;
}

/**
 * The models the editor's helpers (completion, alternatives) ask, each opened on the first
 * request for an article its run translated, offline, from the cache `lektor translate` uses; a
 * model that cannot be opened is said once in the log and in every answer after, never retried
 * until the server restarts. One engine per model and glossary, so the run's terms are honoured
 * as the run honoured them.
 */
export interface ReviewModel {
  /** The engine for the article's run, `'loading'` while its model loads (the first ask starts it); throws the model's one line where it cannot be opened. */
  engineFor(record: ArticleRecord): Promise<TranslationEngine | 'loading'>;
  /** Waits for the running model calls, then frees every model. */
  close(): Promise<void>;
}

function engineConfig(settings: ModelSettings, record: ArticleRecord): LektorConfig {
  const defaults = defaultConfig();
  const { glossary } = record;
  return {
    ...defaults,
    model: { ...defaults.model, id: settings.id, dtype: settings.dtype, beams: settings.beams ?? 1, cacheDir: settings.cacheDir, offline: true, threads: settings.threads },
    glossary: glossary ? { path: glossary.path, strategy: glossary.strategy } : defaults.glossary,
    qa: record.qa,
  };
}

export function reviewModel(options: ReviewModelOptions, outDir: string, log: (line: string) => void): ReviewModel {
  const openings = new Map<string, Promise<Opening>>();

  async function open(record: ArticleRecord): Promise<Opening> {
    const model = await articleModel(outDir, record.doc, options.id);
    const settings = { ...model, cacheDir: options.cacheDir, cwd: options.cwd, offline: true, threads: options.threads ?? 0 };
    const config = engineConfig(settings, record);
    const glossary = config.glossary.path === undefined ? undefined : await loadGlossary(config.glossary.path);
    // Without a memory the engine stamps nothing with `now`; the routes give each translation theirs.
    const engine = openTranslationEngine({ config, identity: modelIdentity(settings), loadTranslator: () => openTranslator(settings), stageDeps: { glossary }, now: new Date(0) });
    const opening: Opening = { engine, state: 'loading' };
    log(`loading ${model.id} (${model.dtype}) for the editor's suggestions`);
    const started = performance.now();
    engine.load().then(
      () => {
        opening.state = 'ready';
        log(`model loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
      (error: unknown) => {
        opening.state = 'failed';
        opening.error = error instanceof LektorError ? error : new ModelError(`${model.id} could not be loaded: ${firstLine(error)}`, { cause: error });
        log(`no suggestions: ${opening.error.describe()}`);
      },
    );
    return opening;
  }

  return {
    async engineFor(record) {
      const key = [options.id ?? record.doc.meta.model?.id, record.doc.meta.model?.dtype, record.glossary?.path, record.glossary?.strategy].join('\n');
      let opening = openings.get(key);
      if (!opening) {
        opening = open(record);
        openings.set(key, opening);
        // A record whose model or glossary cannot be read is asked again next time.
        opening.catch(() => openings.delete(key));
      }
      const { engine, state, error } = await opening;
      if (state === 'failed') throw error;
      return state === 'loading' ? 'loading' : engine;
    },
    async close() {
      const opened = await Promise.all([...openings.values()].map((o) => o.catch(() => undefined)));
      await Promise.all(opened.map((o) => o?.engine.close()));
    },
  };
}

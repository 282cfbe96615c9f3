/** Lektor's library API; the CLI is a thin layer over it. */
export * from './doc.js';
export * from './errors.js';
export { resolveConfig, defaultConfig, type LektorConfig, type ConfigLayer } from './config.js';
export { runStages, type Stage, type RunContext } from './stage.js';
export { translateFiles, translateDocument, buildStages, type RunOptions, type RunSummary, type ArticleResult, type ArticleFailure, type TranslatorLoader } from './run.js';
export { readArticle, decodeArticle } from './stages/read.js';
export { segmentText } from './segmenter/index.js';
export { main, type CliIO } from './cli.js';
export type { Translator } from '../models/translator.js';
export { loadMarianTranslator, type MarianOptions } from '../models/marian.js';
export { pullModel, listModels, type CachedModel } from '../models/cache.js';
export { FORMATS, type Format } from '../output/index.js';

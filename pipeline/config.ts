import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Severity, TermStrategy } from './core/doc.js';
import { UsageError } from './core/errors.js';
import { checkSelector } from './read/check-selector.js';
import { STRATEGIES } from '../glossary/strategies/index.js';
import { DEFAULT_HUB } from '../models/download/hub-address.js';
import { DTYPES, MAX_BEAMS, type Dtype } from '../models/model-settings.js';

/** Where models come from and how they run. */
export interface ModelConfig {
  /**
   * Hugging Face hub id or a local model directory.
   * @default 'Xenova/opus-mt-de-en'
   */
  readonly id: string;
  /**
   * Folder that caches downloaded models. Env: `LEKTOR_MODELS_DIR`.
   * @default '<project>/models/cache' in a clone; '$XDG_CACHE_HOME/lektor/models' (else '~/.cache/lektor/models') when installed
   */
  readonly cacheDir: string;
  /**
   * Base URL of the Hugging Face hub or a mirror that hub ids are downloaded from. Env: `HF_ENDPOINT`.
   * @default 'https://huggingface.co'
   */
  readonly hub: string;
  /**
   * Access token for private or gated models, sent to the hub only. Env only (`HF_TOKEN`): a
   * secret has no place in a settings file or in run.json.
   * @default undefined
   */
  readonly hubToken?: string;
  /**
   * Never reach the network. Env: `LEKTOR_OFFLINE=1`.
   * @default false
   */
  readonly offline: boolean;
  /**
   * Weight precision: `fp32` loads `onnx/*_model*.onnx`, `q8` the `_quantized` files.
   * @default 'fp32'
   */
  readonly dtype: Dtype;
  /**
   * ONNX Runtime intra-op threads; 0 lets ONNX Runtime decide.
   * @default 0
   */
  readonly threads: number;
  /**
   * Hypotheses beam search keeps per sentence, up to `MAX_BEAMS`; 1 decodes greedily. 1 until
   * beam search is fast enough to be the default (see the README's benchmark).
   * @default 1
   */
  readonly beams: number;
}

export interface TranslateConfig {
  /**
   * Sentences per model call. `npm run bench` on 2 cores, once the logits stayed inside ONNX
   * Runtime: fp32 at 32 was 5.8x the naive loop where 16 was 5.0-5.4x, for about 180 MB more
   * peak memory (1366 MB); q8 the same speed at both; 48 no faster than 32.
   * @default 32
   */
  readonly batchSize: number;
  /**
   * Padded input tokens per model call (its sentences times its longest sentence's tokens): the
   * pool fills each call up to this many, sentences of about one length from every article in
   * flight, with `batchSize` as the most sentences; a sentence longer than this goes alone. 0 cuts
   * calls by `batchSize` alone: on the bench's articles and 2 cores, no budget (1024, 2048 with up
   * to 128 sentences) beat calls of 32 by more than the machine's load moved the figures.
   * @default 0
   */
  readonly batchTokens: number;
}

/** What of each article is read. */
export interface InputConfig {
  /**
   * HTML articles: a CSS selector for the part of the page to translate (the article body); the
   * rest of the page is written back byte for byte. The whole page when absent.
   * @default undefined
   */
  readonly select?: string;
}

export interface OutputConfig {
  /**
   * Output folder.
   * @default 'translations'
   */
  readonly dir: string;
  /**
   * Writers to run, names from `output/index.ts`.
   * @default ['html', 'txt']
   */
  readonly formats: readonly string[];
}

export interface GlossaryConfig {
  /**
   * Glossary file, or a stack of them in precedence order (a later file wins for the same German
   * term); none when absent.
   * @default undefined
   */
  readonly path?: string | readonly string[];
  /**
   * How terms are enforced: `inline`, `mask`, `verify` or `constrain`.
   * @default 'inline'
   */
  readonly strategy: TermStrategy;
}

export interface QaConfig {
  /**
   * Which checks run: `all`, `none`, or a list of check ids.
   * @default 'all'
   */
  readonly checks: 'all' | 'none' | readonly string[];
  /**
   * Severity per check id, overriding each check's own.
   * @default {}
   */
  readonly severity: Readonly<Record<string, Severity>>;
  /**
   * The `low-confidence` check flags a sentence the model translated with a confidence (0–1, see
   * `Segment.confidence`) below this; 0 flags none.
   * @default 0.5
   */
  readonly minConfidence: number;
}

/** Where `lektor queue` and `lektor worker` meet, and the translation memory they share. */
export interface QueueConfig {
  /**
   * Redis address (`redis://host:6379`, `rediss://…` for TLS). Env: `LEKTOR_REDIS_URL`.
   * @default undefined
   */
  readonly redis?: string;
  /**
   * Seconds a finished or failed job stays in Redis after it finished (`queue add --keep-age`):
   * `queue collect` must read it by then; `collect --wait` reads each job as it finishes.
   * @default 604800 (seven days)
   */
  readonly keepAge: number;
  /**
   * How many of the newest finished (and, apart, failed) jobs of each model setting stay at most
   * (`queue add --keep-count`), whatever their age.
   * @default undefined (no limit but the age)
   */
  readonly keepCount?: number;
}

/** Fuzzy matches: the memory's earlier sentences alike a sentence (docs/translating.md#fuzzy-matches). */
export interface FuzzyConfig {
  /**
   * The lowest similarity, in percent, of a match.
   * @default 70
   */
  readonly threshold: number;
  /**
   * At most this many matches per sentence; 0 looks for none.
   * @default 3
   */
  readonly limit: number;
}

/** What a reviewer's save does beyond its sentence (docs/reviewing.md#propagation). */
export interface ReviewConfig {
  /**
   * A saved or approved sentence's English goes to the identical German sentences of the output
   * folder that nobody reviewed; `--no-propagate` turns it off for one command.
   * @default true
   */
  readonly propagate: boolean;
}

export interface LektorConfig {
  readonly model: ModelConfig;
  readonly input: InputConfig;
  readonly translate: TranslateConfig;
  readonly output: OutputConfig;
  readonly glossary: GlossaryConfig;
  readonly qa: QaConfig;
  readonly queue: QueueConfig;
  readonly fuzzy: FuzzyConfig;
  readonly review: ReviewConfig;
}

type Layer = { readonly [K in keyof LektorConfig]?: Partial<LektorConfig[K]> };
export type ConfigLayer = Layer;

const here = path.dirname(fileURLToPath(import.meta.url));
// Compiled code runs from dist/pipeline, sources from pipeline: both must find the same model cache.
const projectRoot = path.basename(path.dirname(here)) === 'dist' ? path.resolve(here, '../..') : path.resolve(here, '..');

/**
 * The model cache for Lektor's files at `root`: the clone's own folder, but for an installed
 * package (under `node_modules`, e.g. `npm install -g`) the user's cache folder, since the install
 * folder may not be writable and a reinstall replaces it.
 */
export function modelsCacheDir(root: string, env: Readonly<Record<string, string | undefined>>): string {
  if (env.LEKTOR_MODELS_DIR) return path.resolve(env.LEKTOR_MODELS_DIR);
  if (!root.split(path.sep).includes('node_modules')) return path.join(root, 'models', 'cache');
  const xdg = env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(homedir(), '.cache'), 'lektor', 'models');
}

export function defaultConfig(env: Readonly<Record<string, string | undefined>> = {}): LektorConfig {
  return {
    model: {
      id: 'Xenova/opus-mt-de-en',
      cacheDir: modelsCacheDir(projectRoot, env),
      hub: env.HF_ENDPOINT || DEFAULT_HUB,
      ...(env.HF_TOKEN ? { hubToken: env.HF_TOKEN } : {}),
      offline: env.LEKTOR_OFFLINE === '1' || env.LEKTOR_OFFLINE === 'true',
      dtype: 'fp32',
      threads: 0,
      beams: 1,
    },
    input: {},
    translate: { batchSize: 32, batchTokens: 0 },
    output: { dir: 'translations', formats: ['html', 'txt'] },
    glossary: { strategy: 'inline' },
    qa: { checks: 'all', severity: {}, minConfidence: 0.5 },
    queue: { keepAge: 604_800, ...(env.LEKTOR_REDIS_URL ? { redis: env.LEKTOR_REDIS_URL } : {}) },
    fuzzy: { threshold: 70, limit: 3 },
    review: { propagate: true },
  };
}

function positiveInt(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new UsageError(`${name} must be an integer >= ${min}, got ${String(value)}`);
  }
}

function httpUrl(name: string, value: string): void {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') throw new UsageError(`${name} must be an http(s) URL, got "${value}"`);
}

function redisUrl(name: string, value: string): void {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol !== 'redis:' && url?.protocol !== 'rediss:') throw new UsageError(`${name} must be a redis:// or rediss:// URL, got "${value}"`);
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): void {
  if (!allowed.includes(value as T)) {
    throw new UsageError(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  }
}

/**
 * Defaults < config file < CLI flags, validated once. `env` is the only way the process
 * environment reaches Lektor.
 */
export function resolveConfig(
  layers: readonly Layer[] = [],
  env: Readonly<Record<string, string | undefined>> = process.env,
): LektorConfig {
  const merged = layers.reduce<LektorConfig>(
    (acc, layer) => ({
      model: { ...acc.model, ...stripUndefined(layer.model) },
      input: { ...acc.input, ...stripUndefined(layer.input) },
      translate: { ...acc.translate, ...stripUndefined(layer.translate) },
      output: { ...acc.output, ...stripUndefined(layer.output) },
      glossary: { ...acc.glossary, ...stripUndefined(layer.glossary) },
      qa: { ...acc.qa, ...stripUndefined(layer.qa) },
      queue: { ...acc.queue, ...stripUndefined(layer.queue) },
      fuzzy: { ...acc.fuzzy, ...stripUndefined(layer.fuzzy) },
      review: { ...acc.review, ...stripUndefined(layer.review) },
    }),
    defaultConfig(env),
  );
  oneOf('--dtype', merged.model.dtype, DTYPES);
  httpUrl('--hub (or HF_ENDPOINT)', merged.model.hub);
  positiveInt('--threads', merged.model.threads, 0);
  positiveInt('--beams', merged.model.beams, 1);
  if (merged.model.beams > MAX_BEAMS) throw new UsageError(`--beams must be at most ${MAX_BEAMS}, got ${merged.model.beams}`);
  positiveInt('--batch-size', merged.translate.batchSize, 1);
  positiveInt('--batch-tokens', merged.translate.batchTokens, 0);
  oneOf('--terms', merged.glossary.strategy, Object.keys(STRATEGIES));
  if (!(merged.qa.minConfidence >= 0 && merged.qa.minConfidence <= 1)) throw new UsageError(`qa.minConfidence must be a number from 0 to 1, got ${String(merged.qa.minConfidence)}`);
  if (merged.queue.redis !== undefined) redisUrl('--redis (or LEKTOR_REDIS_URL)', merged.queue.redis);
  positiveInt('--keep-age', merged.queue.keepAge, 1);
  if (merged.queue.keepCount !== undefined) positiveInt('--keep-count', merged.queue.keepCount, 1);
  positiveInt('fuzzy.threshold', merged.fuzzy.threshold, 1);
  if (merged.fuzzy.threshold > 100) throw new UsageError(`fuzzy.threshold must be at most 100, got ${merged.fuzzy.threshold}`);
  positiveInt('fuzzy.limit', merged.fuzzy.limit, 0);
  if (merged.input.select !== undefined) checkSelector(merged.input.select);
  if (merged.output.formats.length === 0) throw new UsageError('--format needs at least one format');
  return merged;
}

function stripUndefined<T extends object>(obj: T | undefined): Partial<T> {
  if (!obj) return {};
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * The time stamped into outputs: `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds
 * convention) when set, so that a re-run or a resumed run writes the same bytes; otherwise now.
 */
export function runDate(env: Readonly<Record<string, string | undefined>> = process.env, now: () => Date = () => new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return now();
  if (!/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}"`);
  return new Date(Number(epoch) * 1000);
}

import type { Redis } from 'ioredis';
import type { ModelIdentity } from '../../../models/translator.js';
import { MemoryError, firstLine } from '../../core/errors.js';
import { prefilter, rankMatches, type FuzzyCandidate, type Prefilter } from './fuzzy.js';
import { isPlaceable, tokenize } from './similarity.js';
import { decodingKey, reviewKey, storedScores, storedTranslation, type EntryMeta, type MemoryEntry, type MemoryStats, type ReviewEntry, type StoredScores, type TranslationMemory } from './memory.js';

export interface RedisMemoryOptions {
  /** Shown in messages and run.json (the address without credentials). */
  readonly location: string;
  /**
   * Prefix of every key, so several memories can share one Redis.
   * @default 'lektor:tm:'
   */
  readonly prefix?: string;
}

/** One model's key: model, dtype and decoding, as the SQLite memory's primary key has them. */
interface ModelKey {
  readonly model: string;
  readonly dtype: string;
  readonly decoding: string;
}

/** What a machine entry's hash field holds besides its source (the scores absent in entries stored before Lektor kept them). */
type StoredEntry = Pick<MemoryEntry, 'target' | 'origin' | 'createdAt' | 'tool'> & Partial<StoredScores>;

const byKey = (a: ModelKey, b: ModelKey): number => a.model.localeCompare(b.model) || a.dtype.localeCompare(b.dtype) || a.decoding.localeCompare(b.decoding);
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The translation memory in Redis, shared by every machine that reaches it: one hash per model
 * key (model, dtype, decoding) from exact model input to target, a set listing those hashes, and
 * one hash of reviews by `reviewKey`. As in the SQLite memory, the first machine translation
 * stored for a key stays (`HSETNX`: two workers translating the same sentence agree on one), and
 * a later review replaces an earlier one. The caller owns the connection.
 *
 * Fuzzy matches are found through an inverted index kept beside: one set per token (placeables
 * aside) of the German sentences holding it, and one set of every sentence for the rare sentence
 * the index cannot narrow. A lookup asks each of its tokens' set sizes, reads the sets of the rarest
 * tokens `prefilter` takes, keeps the sentences whose tokens among them weigh enough, and ranks
 * them as the SQLite memory ranks its trigram index's hits, so both give the same matches.
 */
export function openRedisMemory(redis: Redis, options: RedisMemoryOptions): TranslationMemory {
  const { location } = options;
  const prefix = options.prefix ?? 'lektor:tm:';
  const modelsKey = `${prefix}models`;
  const reviewsKey = `${prefix}reviews`;
  const allSourcesKey = `${prefix}fuzzy:all`;
  const tokenKey = (token: string): string => `${prefix}fuzzy:token:${token}`;
  /** Adds the German sentences to the fuzzy index, in the transaction that stores them. */
  const index = (batch: ReturnType<Redis['multi']>, sources: readonly string[]): void => {
    batch.sadd(allSourcesKey, ...sources);
    for (const source of sources) for (const token of new Set(tokenize(source).filter((t) => !isPlaceable(t)))) batch.sadd(tokenKey(token), source);
  };
  const entriesKey = (key: ModelKey): string => `${prefix}entries:${JSON.stringify([key.model, key.dtype, key.decoding])}`;
  const keyOf = (model: ModelIdentity): ModelKey => ({ model: model.id, dtype: model.dtype, decoding: decodingKey(model.decoding) });

  async function guard<T>(action: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (cause) {
      throw new MemoryError({ file: location }, `cannot ${action} translation memory: ${firstLine(cause)}`, { cause });
    }
  }

  const models = async (): Promise<ModelKey[]> => (await redis.smembers(modelsKey)).map((m) => JSON.parse(m) as ModelKey).sort(byKey);

  return {
    location,
    recall: (model, sources) =>
      guard('read', async () => {
        if (sources.length === 0) return [];
        const stored = await redis.hmget(entriesKey(keyOf(model)), ...sources);
        return stored.map((s) => {
          if (s === null) return undefined;
          const { target, confidence = null, lowConfidence = null } = JSON.parse(s) as StoredEntry;
          return storedTranslation(target, { confidence, lowConfidence });
        });
      }),
    record: (model, pairs, meta: EntryMeta) =>
      guard('write', async () => {
        if (pairs.length === 0) return;
        const key = keyOf(model);
        const batch = redis.multi().sadd(modelsKey, JSON.stringify(key));
        for (const [source, translation] of pairs) {
          const stored: StoredEntry = { target: translation.text, origin: meta.origin, createdAt: meta.createdAt, tool: meta.tool, ...storedScores(translation) };
          batch.hsetnx(entriesKey(key), source, JSON.stringify(stored));
        }
        index(batch, pairs.map(([source]) => source));
        await batch.exec();
      }),
    fuzzy: (model, sources, options) =>
      guard('read', async () => {
        const modelEntries = entriesKey(keyOf(model));
        /** The sentences holding the filter's tokens that weigh enough together. */
        const weighed = async (filter: Prefilter): Promise<string[]> => {
          const sets = (await filter.tokens.reduce((batch, { token }) => batch.smembers(tokenKey(token)), redis.pipeline()).exec()) ?? [];
          const weights = new Map<string, number>();
          sets.forEach(([, members], i) => {
            for (const source of members as string[]) weights.set(source, (weights.get(source) ?? 0) + (filter.tokens[i]?.weight ?? 0));
          });
          return [...weights].filter(([, w]) => w >= filter.atLeast).map(([source]) => source);
        };
        const candidatesOf = async (sentence: string): Promise<FuzzyCandidate[]> => {
          const distinct = [...new Set(tokenize(sentence).filter((t) => !isPlaceable(t)))];
          const sizes = new Map<string, number>();
          if (distinct.length > 0) {
            const counted = (await distinct.reduce((batch, t) => batch.scard(tokenKey(t)), redis.pipeline()).exec()) ?? [];
            distinct.forEach((t, i) => sizes.set(t, Number(counted[i]?.[1] ?? 0)));
          }
          const rarestFirst = (tokens: string[]): string[] => tokens.sort((a, b) => (sizes.get(a) ?? 0) - (sizes.get(b) ?? 0) || (a < b ? -1 : 1));
          const filter = prefilter(sentence, options.threshold, () => true, rarestFirst);
          const found = filter ? await weighed(filter) : await redis.smembers(allSourcesKey);
          if (found.length === 0) return [];
          const [reviewed, machine] = (await redis.multi().hmget(reviewsKey, ...found).hmget(modelEntries, ...found).exec()) as [[null, (string | null)[]], [null, (string | null)[]]];
          return found.flatMap((source, i) => {
            const review = reviewed[1][i];
            const entry = machine[1][i];
            const out: FuzzyCandidate[] = [];
            if (review != null) {
              const r = JSON.parse(review) as ReviewEntry;
              out.push({ source, target: r.target, origin: 'review', createdAt: r.createdAt });
            }
            if (entry != null) {
              const e = JSON.parse(entry) as StoredEntry;
              out.push({ source, target: e.target, origin: 'model', createdAt: e.createdAt });
            }
            return out;
          });
        };
        const out: ReturnType<typeof rankMatches>[] = [];
        for (const sentence of sources) out.push(rankMatches(sentence, await candidatesOf(sentence), options));
        return out;
      }),
    stats: () =>
      guard('read', async (): Promise<MemoryStats> => {
        const keys = await models();
        const counts = await Promise.all(keys.map((k) => redis.hlen(entriesKey(k))));
        const perModel = keys.map((k, i) => ({ ...k, entries: counts[i] ?? 0 })).filter((m) => m.entries > 0);
        return { entries: perModel.reduce((n, m) => n + m.entries, 0), reviewed: await redis.hlen(reviewsKey), models: perModel };
      }),
    async *entries() {
      for (const key of await guard('read', models)) {
        // Sorted per model, as SQLite's key order has them; one model's entries are held at a time.
        const all = await guard('read', () => redis.hgetall(entriesKey(key)));
        for (const source of Object.keys(all).sort(byText)) {
          const { target, origin, createdAt, tool } = JSON.parse(all[source] as string) as StoredEntry;
          yield { ...key, source, target, origin, createdAt, tool };
        }
      }
    },
    recallReviews: (sources) =>
      guard('read', async () => {
        if (sources.length === 0) return [];
        const stored = await redis.hmget(reviewsKey, ...sources.map(reviewKey));
        return stored.map((s) => (s === null ? undefined : (JSON.parse(s) as ReviewEntry)));
      }),
    recordReviews: (reviews) =>
      guard('write', async () => {
        if (reviews.length === 0) return;
        const fields = reviews.flatMap((r) => {
          const source = reviewKey(r.source);
          return [source, JSON.stringify({ source, modelInput: r.modelInput, target: r.target, draft: r.draft, createdAt: r.createdAt, tool: r.tool })];
        });
        const batch = redis.multi().hset(reviewsKey, ...fields);
        index(batch, reviews.map((r) => reviewKey(r.source)));
        await batch.exec();
      }),
    forgetReviews: (reviews) =>
      guard('write', async () => {
        if (reviews.length === 0) return;
        const stored = await redis.hmget(reviewsKey, ...reviews.map((r) => reviewKey(r.source)));
        const gone = reviews.filter((r, i) => stored[i] != null && (JSON.parse(stored[i] as string) as ReviewEntry).target === r.target);
        if (gone.length > 0) await redis.hdel(reviewsKey, ...gone.map((r) => reviewKey(r.source)));
      }),
    reviews() {
      return (async function* () {
        const all = await guard('read', () => redis.hgetall(reviewsKey));
        for (const source of Object.keys(all).sort(byText)) yield JSON.parse(all[source] as string) as ReviewEntry;
      })();
    },
    clear: (model, clearOptions = {}) =>
      guard('clear', async () => {
        const keys = (await models()).filter((k) => model === undefined || k.model === model);
        let entries = 0;
        for (const key of keys) {
          const [[, count], ,] = (await redis.multi().hlen(entriesKey(key)).del(entriesKey(key)).srem(modelsKey, JSON.stringify(key)).exec()) as [[null, number], unknown, unknown];
          entries += count;
        }
        let reviewed = 0;
        if (clearOptions.reviewed) {
          const [[, count]] = (await redis.multi().hlen(reviewsKey).del(reviewsKey).exec()) as [[null, number], unknown];
          reviewed = count;
        }
        return { entries, reviewed };
      }),
    // The connection is the caller's: the queue and the memory share it.
    close: async () => undefined,
  };
}

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ModelIdentity } from '../../../models/translator.js';
import { MemoryError, RedisError } from '../../../pipeline/core/errors.js';
import type { EntryMeta, TranslationMemory } from '../../../pipeline/engine/memory/memory.js';
import { openRedisMemory } from '../../../pipeline/engine/memory/redis-memory.js';
import { openSqliteMemory } from '../../../pipeline/engine/memory/sqlite-memory.js';
import { connectRedis } from '../../../pipeline/engine/connect-redis.js';
import { redisForTests, startRedis } from '../../helpers/redis-server.js';
import { SAMPLE_REVIEW } from '../../helpers/sample-review.js';

const model: ModelIdentity = { id: 'Xenova/opus-mt-de-en', dtype: 'fp32', decoding: { num_beams: 1, do_sample: false } };
const meta: EntryMeta = { origin: 'model', createdAt: '2024-01-01T00:00:00.000Z', tool: 'lektor 0.0.0' };
const review = SAMPLE_REVIEW;

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const fixture = redisForTests();

/** The same behaviour asked of both memories: the shared one must keep the local one's rules. */
const memories: [string, () => Promise<TranslationMemory>][] = [
  ['sqlite', async () => openSqliteMemory(path.join(await mkdtemp(path.join(tmpdir(), 'lektor-memory-')), 'm.sqlite'))],
  [
    'redis',
    async () => {
      await fixture.redis.flushall();
      return openRedisMemory(fixture.redis, { location: fixture.server.url });
    },
  ],
];

describe.each(memories)('%s memory', (_, open) => {
  let memory: TranslationMemory;
  beforeEach(async () => {
    memory = await open();
    return () => memory.close();
  });

  it('recalls what was recorded under the same model key only', async () => {
    await memory.record(model, [['Guten Tag.', { text: 'Good day.' }]], meta);
    expect(await memory.recall(model, ['Guten Tag.', 'Gute Nacht.', 'Guten  Tag.'])).toEqual([{ text: 'Good day.' }, undefined, undefined]);
    expect(await memory.recall({ ...model, dtype: 'q8' }, ['Guten Tag.'])).toEqual([undefined]);
    expect(await memory.recall({ ...model, decoding: { do_sample: false, num_beams: 1 } }, ['Guten Tag.'])).toEqual([{ text: 'Good day.' }]);
  });

  it('keeps the first machine translation of a key', async () => {
    await memory.record(model, [['Hallo.', { text: 'Hello.' }]], meta);
    await memory.record(model, [['Hallo.', { text: 'Hi.' }]], { ...meta, createdAt: '2025-01-01T00:00:00.000Z' });
    expect(await memory.recall(model, ['Hallo.'])).toEqual([{ text: 'Hello.' }]);
    expect(await all(memory.entries())).toEqual([
      { model: model.id, dtype: 'fp32', decoding: '{"do_sample":false,"num_beams":1}', source: 'Hallo.', target: 'Hello.', ...meta },
    ]);
  });

  it('lists entries in key order and counts them per model', async () => {
    await memory.record(model, [['b', { text: 'B' }], ['a', { text: 'A' }]], meta);
    await memory.record({ ...model, dtype: 'q8' }, [['a', { text: 'A8' }]], meta);
    expect((await all(memory.entries())).map((e) => `${e.dtype}:${e.source}=${e.target}`)).toEqual(['fp32:a=A', 'fp32:b=B', 'q8:a=A8']);
    expect(await memory.stats()).toEqual({
      entries: 3,
      reviewed: 0,
      models: [
        { model: model.id, dtype: 'fp32', decoding: '{"do_sample":false,"num_beams":1}', entries: 2 },
        { model: model.id, dtype: 'q8', decoding: '{"do_sample":false,"num_beams":1}', entries: 1 },
      ],
    });
  });

  it('finds a review by the German sentence however it was wrapped; a later review replaces an earlier one', async () => {
    await memory.recordReviews([review]);
    await memory.recordReviews([{ ...review, target: 'The suspicion: possible espionage.', createdAt: '2026-11-30T10:00:00.000Z' }]);
    const [found, none] = await memory.recallReviews(['Der  Verdacht:\nMögliche Spionage. ', 'Nichts.']);
    expect(found).toEqual({ ...review, target: 'The suspicion: possible espionage.', createdAt: '2026-11-30T10:00:00.000Z' });
    expect(none).toBeUndefined();
    expect(await all(memory.reviews())).toHaveLength(1);
  });

  it('forgets a review taken back, but not a later one of the same sentence', async () => {
    await memory.recordReviews([review, { ...review, source: 'Ja.', target: 'Yes indeed.' }]);
    await memory.forgetReviews([{ source: 'Der  Verdacht:\nMögliche Spionage.', target: review.target }, { source: 'Ja.', target: 'Yes.' }]);
    expect(await memory.recallReviews([review.source, 'Ja.'])).toEqual([undefined, expect.objectContaining({ target: 'Yes indeed.' })]);
  });

  it('finds fuzzy matches: reviews and this model key’s entries at least as alike as the threshold, best first', async () => {
    const liege = { ...review, source: 'Der Geheimdienst überwacht das Logistikzentrum in Lüttich.', target: 'The intelligence service monitors the logistics centre in Liège.' };
    await memory.recordReviews([liege]);
    await memory.record(
      model,
      [
        ['Der DAX stieg um 1,2 Prozent auf 18.500 Punkte.', { text: 'The DAX rose 1.2 percent to 18,500 points.' }],
        ['Der Geheimdienst überwacht das Logistikzentrum in Brüssel.', { text: 'The intelligence service monitors the logistics centre in Brussels.' }],
      ],
      meta,
    );
    await memory.record({ ...model, dtype: 'q8' }, [['Der Geheimdienst überwacht das Lager in Lüttich.', { text: 'other model' }]], meta);
    const [updated, dax, none] = await memory.fuzzy(model, ['Der Geheimdienst überwacht seit Jahren das Logistikzentrum in Lüttich.', 'Der DAX stieg um 0,8 Prozent auf 18.320 Punkte.', 'Guten Tag.'], { threshold: 70, limit: 3 });
    expect(updated).toEqual([
      { similarity: 80, source: liege.source, target: liege.target, origin: 'review', createdAt: liege.createdAt },
      { similarity: 70, source: 'Der Geheimdienst überwacht das Logistikzentrum in Brüssel.', target: 'The intelligence service monitors the logistics centre in Brussels.', origin: 'model', createdAt: meta.createdAt },
    ]);
    expect(dax).toEqual([{ similarity: 98, source: 'Der DAX stieg um 1,2 Prozent auf 18.500 Punkte.', target: 'The DAX rose 1.2 percent to 18,500 points.', origin: 'model', createdAt: meta.createdAt }]);
    expect(none).toEqual([]);
    expect((await memory.fuzzy(model, [liege.source], { threshold: 85, limit: 1 }))[0]).toEqual([expect.objectContaining({ similarity: 100, origin: 'review' })]);
  });

  it('clears one model or all, and the reviews only when asked', async () => {
    await memory.record(model, [['a', { text: 'A' }], ['b', { text: 'B' }]], meta);
    await memory.record({ ...model, id: 'other/model' }, [['a', { text: 'A' }]], meta);
    await memory.recordReviews([review]);
    expect(await memory.clear('other/model')).toEqual({ entries: 1, reviewed: 0 });
    expect(await memory.clear()).toEqual({ entries: 2, reviewed: 0 });
    expect(await memory.stats()).toMatchObject({ entries: 0, reviewed: 1, models: [] });
    expect(await memory.clear(undefined, { reviewed: true })).toEqual({ entries: 0, reviewed: 1 });
  });
});

describe('openRedisMemory', () => {
  it('shares entries between connections, as between machines: the first writer of a key wins', async () => {
    await fixture.redis.flushall();
    const other = await connectRedis(fixture.server.url);
    try {
      const here = openRedisMemory(fixture.redis, { location: fixture.server.url });
      const there = openRedisMemory(other, { location: fixture.server.url });
      await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? here : there).record(model, [['Satz.', { text: `Sentence ${i}.` }]], meta)));
      const [first] = await there.recall(model, ['Satz.']);
      expect(await here.recall(model, ['Satz.'])).toEqual([first]);
      expect((await here.stats()).entries).toBe(1);
    } finally {
      await other.quit();
    }
  });

  it('fails in one line naming the server when Redis refuses a command', async () => {
    await fixture.redis.flushall();
    await fixture.redis.set('lektor:tm:reviews', 'not a hash');
    const error = await openRedisMemory(fixture.redis, { location: fixture.server.url }).recallReviews(['x']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MemoryError);
    expect((error as MemoryError).describe()).toMatch(new RegExp(`^${fixture.server.url}: cannot read translation memory: WRONGTYPE [^\\n]+$`));
  });
});

describe('connectRedis', () => {
  it('fails in one line naming the address, without the password', async () => {
    const gone = await startRedis();
    await gone.stop();
    const error = await connectRedis(gone.url.replace('redis://', 'redis://user:secret@'), { connectTimeoutMs: 500 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedisError);
    expect((error as RedisError).describe()).toMatch(new RegExp(`^cannot reach Redis at ${gone.url}: .*ECONNREFUSED.*$`));
    expect((error as RedisError).describe()).not.toContain('secret');
  });
});

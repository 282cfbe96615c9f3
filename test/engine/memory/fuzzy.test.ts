import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelIdentity } from '../../../models/translator.js';
import { rankMatches, type FuzzyCandidate } from '../../../pipeline/engine/memory/fuzzy.js';
import type { TranslationMemory } from '../../../pipeline/engine/memory/memory.js';
import { openRedisMemory } from '../../../pipeline/engine/memory/redis-memory.js';
import { openSqliteMemory } from '../../../pipeline/engine/memory/sqlite-memory.js';
import { redisForTests } from '../../helpers/redis-server.js';

const model: ModelIdentity = { id: 'Xenova/opus-mt-de-en', dtype: 'fp32', decoding: { num_beams: 1 } };
const at = (day: number): string => `2026-11-${String(day).padStart(2, '0')}T00:00:00.000Z`;

describe('rankMatches', () => {
  const candidates: FuzzyCandidate[] = [
    { source: 'Der Tag war lang und kalt.', target: 'The day was long and cold.', origin: 'model', createdAt: at(1) },
    { source: 'Der Tag war lang und warm.', target: 'The day was long and warm.', origin: 'model', createdAt: at(2) },
    { source: 'Der Tag war lang und warm.', target: 'The day was long and mild.', origin: 'review', createdAt: at(1) },
    { source: 'Die Nacht war kurz.', target: 'The night was short.', origin: 'review', createdAt: at(3) },
  ];

  it('keeps the alike ones, best first, reviewed before machine among equals, and drops the machine entry of a reviewed sentence', () => {
    expect(rankMatches('Der Tag war lang und nass.', candidates, { threshold: 70, limit: 3 })).toEqual([
      { similarity: 85, ...candidates[2] },
      { similarity: 85, ...candidates[0] },
    ]);
  });

  it('gives at most `limit`, and nothing for a sentence without tokens', () => {
    expect(rankMatches('Der Tag war lang und nass.', candidates, { threshold: 0, limit: 1 })).toEqual([{ similarity: 85, ...candidates[2] }]);
    expect(rankMatches('  ', candidates, { threshold: 0, limit: 3 })).toEqual([]);
  });
});

const fixture = redisForTests();

const memories: [string, () => Promise<TranslationMemory>][] = [
  ['sqlite', async () => openSqliteMemory(':memory:')],
  [
    'redis',
    async () => {
      await fixture.redis.flushall();
      return openRedisMemory(fixture.redis, { location: fixture.server.url });
    },
  ],
];

/** Few words, short ones, numbers, codes and marks, so that random sentences often resemble each other. */
const token = fc.constantFrom('der', 'Tag', 'in', 'ab', 'Lüttich', 'Geheimdienst', 'überwacht', 'x', '1,2', '2024', 'ZXQ1', '.', ',', 'Spionage', 'Ja');
const sentence = fc.array(token, { minLength: 1, maxLength: 8 }).map((t) => t.join(' '));

describe.each(memories)('the %s memory’s index', (_, open) => {
  it('never misses a match that a scan of every entry finds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(sentence, { minLength: 1, maxLength: 40 }), fc.array(sentence, { minLength: 1, maxLength: 5 }), fc.integer({ min: 40, max: 100 }), async (corpus, queries, threshold) => {
        const memory = await open();
        try {
          const half = Math.ceil(corpus.length / 2);
          await memory.record(model, corpus.slice(0, half).map((s) => [s, { text: s.toUpperCase() }]), { origin: 'model', createdAt: at(1), tool: 'test' });
          await memory.recordReviews(corpus.slice(half).map((s) => ({ source: s, modelInput: null, target: s.toLowerCase(), draft: s, createdAt: at(2), tool: 'test' })));
          const all: FuzzyCandidate[] = [
            ...corpus.slice(0, half).map((s) => ({ source: s, target: s.toUpperCase(), origin: 'model' as const, createdAt: at(1) })),
            ...corpus.slice(half).map((s) => ({ source: s, target: s.toLowerCase(), origin: 'review' as const, createdAt: at(2) })),
          ];
          const options = { threshold, limit: 1000 };
          expect(await memory.fuzzy(model, queries, options)).toEqual(queries.map((q) => rankMatches(q, all, options)));
        } finally {
          await memory.close();
        }
      }),
      { numRuns: 60, seed: 26 },
    );
  }, 60_000);
});

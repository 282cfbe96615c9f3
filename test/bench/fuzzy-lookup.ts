/**
 * Fuzzy-match lookup report: p50/p95 of one sentence's `fuzzy()` lookup in the SQLite and the
 * Redis memory at 10k and 100k entries (news-like sentences recombined from the example article,
 * half machine entries, half reviews), for sentences one word or one number away from an entry.
 * Run: `npx tsx test/bench/fuzzy-lookup.ts [sizes…]` (redis-server on the PATH).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ModelIdentity } from '../../models/translator.js';
import { connectRedis } from '../../pipeline/engine/connect-redis.js';
import type { TranslationMemory } from '../../pipeline/engine/memory/memory.js';
import { openRedisMemory } from '../../pipeline/engine/memory/redis-memory.js';
import { openSqliteMemory } from '../../pipeline/engine/memory/sqlite-memory.js';
import { startRedis } from '../helpers/redis-server.js';
import { edited, fillMemory, memorySentences } from './fuzzy-corpus.js';

const model: ModelIdentity = { id: 'bench', dtype: 'fp32', decoding: { num_beams: 1 } };
const options = { threshold: 70, limit: 3 };
const LOOKUPS = 300;

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;

async function measure(memory: TranslationMemory, corpus: readonly string[]): Promise<{ p50: number; p95: number; found: number }> {
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < LOOKUPS; i++) {
    const query = edited(corpus[(i * 7919) % corpus.length] as string, i);
    const started = performance.now();
    const [matches] = await memory.fuzzy(model, [query], options);
    times.push(performance.now() - started);
    if ((matches?.length ?? 0) > 0) found++;
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), found };
}

async function main(sizes: number[]): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lektor-fuzzy-bench-'));
  const server = await startRedis();
  const redis = await connectRedis(server.url);
  try {
    console.log('| entries | memory | fill (s) | lookup p50 (ms) | lookup p95 (ms) | lookups with a match |');
    console.log('|---|---|---|---|---|---|');
    for (const size of sizes) {
      const corpus = memorySentences(size);
      await redis.flushall();
      const memories: [string, TranslationMemory][] = [
        ['SQLite', openSqliteMemory(path.join(dir, `m${size}.sqlite`))],
        ['Redis', openRedisMemory(redis, { location: server.url })],
      ];
      for (const [name, memory] of memories) {
        const started = performance.now();
        await fillMemory(memory, model, corpus);
        const filled = (performance.now() - started) / 1000;
        await measure(memory, corpus.slice(0, 20));
        const { p50, p95, found } = await measure(memory, corpus);
        console.log(`| ${size} | ${name} | ${filled.toFixed(1)} | ${p50.toFixed(2)} | ${p95.toFixed(2)} | ${found}/${LOOKUPS} |`);
        await memory.close();
      }
    }
  } finally {
    redis.disconnect();
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

const sizes = process.argv.slice(2).map(Number);
await main(sizes.length > 0 ? sizes : [10_000, 100_000]);

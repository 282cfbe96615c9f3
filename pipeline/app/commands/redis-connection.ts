import type { Redis } from 'ioredis';
import type { LektorConfig } from '../../config.js';
import { resolveConfig } from '../../config.js';
import type { TranslationMemory } from '../../engine/memory/memory.js';
import { openRedisMemory } from '../../engine/memory/redis-memory.js';
import { UsageError } from '../../core/errors.js';
import { connectRedis, redisLocation } from '../../engine/connect-redis.js';
import type { CliIO } from './command.js';

/** The configured Redis, connected; none configured is a usage error, none reachable one line and exit 1. */
export async function openRedis(config: LektorConfig): Promise<{ redis: Redis; location: string }> {
  const url = config.queue.redis;
  if (url === undefined) throw new UsageError('no Redis given: pass --redis URL, set LEKTOR_REDIS_URL, or queue.redis in the config file');
  return { redis: await connectRedis(url), location: redisLocation(url) };
}

/** Lets go of a connection: politely, or at once when Redis is gone. */
async function closeRedis(redis: Redis): Promise<void> {
  await redis.quit().catch(() => redis.disconnect());
}

/** Runs `use` with the connection and closes it, whatever happens. */
export async function withRedis<T>(config: LektorConfig, use: (redis: Redis, location: string) => Promise<T>): Promise<T> {
  const { redis, location } = await openRedis(config);
  try {
    return await use(redis, location);
  } finally {
    await closeRedis(redis);
  }
}

/** The memory `lektor worker`s share in the Redis at `url`, and how to let go of it. */
export async function openSharedMemory(url: string, env: CliIO['env']): Promise<{ memory: TranslationMemory; close(): Promise<void> }> {
  // Through the config, so the address is checked as for every other command.
  const { redis, location } = await openRedis(resolveConfig([{ queue: { redis: url } }], env));
  return { memory: openRedisMemory(redis, { location }), close: () => closeRedis(redis) };
}

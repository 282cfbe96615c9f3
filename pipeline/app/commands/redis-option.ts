import type { Command } from 'commander';
import type { Redis } from 'ioredis';
import type { LektorConfig } from '../../config.js';
import { loadConfigFile } from '../../config-file.js';
import { resolveConfig } from '../../config.js';
import type { TranslationMemory } from '../../engine/memory/memory.js';
import { openRedisMemory } from '../../engine/memory/redis-memory.js';
import { UsageError } from '../../core/errors.js';
import { connectRedis, redisLocation } from '../../engine/connect-redis.js';
import type { CliIO } from './command.js';
import type { ModelFlags } from './model-options.js';
import { configFromFlags } from './translate.js';

/** The flags of the queue commands that settle the configuration. */
export interface QueueFlags extends ModelFlags {
  redis?: string;
  config?: string;
  out?: string;
  format?: string;
  qa?: LektorConfig['qa']['checks'];
  glossary?: readonly string[];
  terms?: LektorConfig['glossary']['strategy'];
  select?: string;
  keepAge?: number;
  keepCount?: number;
}

/** How `--redis` is described wherever a command takes it. */
export const REDIS_HELP = 'Redis address of the queue and the shared translation memory (also LEKTOR_REDIS_URL, or queue.redis in --config)';

export function addRedisOption(command: Command): Command {
  return command.option('--redis <url>', REDIS_HELP);
}

/**
 * Defaults < what the queue holds (`queued`: the output settings `queue add` left) < config file
 * (`--config`) < flags, as `lektor translate` settles them, with `--redis` among them.
 */
export async function configWithRedis(flags: QueueFlags, io: CliIO, queued: Partial<LektorConfig['output']> = {}): Promise<LektorConfig> {
  const file = flags.config === undefined ? {} : await loadConfigFile(flags.config, io.cwd);
  return configFromFlags(flags, io.env, {
    ...file,
    output: { ...queued, ...file.output },
    // Only the flags given: an absent one must not hide the file's setting.
    queue: { ...file.queue, ...Object.fromEntries(Object.entries({ redis: flags.redis, keepAge: flags.keepAge, keepCount: flags.keepCount }).filter(([, v]) => v !== undefined)) },
  });
}

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

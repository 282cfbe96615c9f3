import type { Redis } from 'ioredis';
import type { OutputConfig } from '../../config.js';

/** Where `queue add --out/--format` leaves the queue's output settings for `queue collect`. */
const OUTPUT_KEY = 'lektor:queue:output';

/**
 * The output folder and formats given when articles were queued: `queue collect` uses them unless
 * told otherwise, so a batch is queued with all its settings in one place, as `lektor translate`
 * takes them. A relative folder is relative to where `collect` runs: workers need no shared disk.
 */
export async function saveQueueOutput(redis: Redis, output: Partial<OutputConfig>): Promise<void> {
  await redis.set(OUTPUT_KEY, JSON.stringify(output));
}

export async function readQueueOutput(redis: Redis): Promise<Partial<OutputConfig>> {
  const saved = await redis.get(OUTPUT_KEY);
  return saved === null ? {} : (JSON.parse(saved) as Partial<OutputConfig>);
}

import type { Command } from 'commander';
import type { LektorConfig } from '../../config.js';
import { loadConfigFile } from '../../config-file.js';
import type { CliIO } from './command.js';
import type { ModelFlags } from './model-options.js';
import { configFromFlags } from './translate-flags.js';

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

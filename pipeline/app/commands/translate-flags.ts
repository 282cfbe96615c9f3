import { resolveConfig, type ConfigLayer, type LektorConfig, type QaConfig } from '../../config.js';
import type { TermStrategy } from '../../core/doc.js';
import { glossaryStack } from './glossary-option.js';
import type { ModelFlags } from './model-options.js';

export interface TranslateFlags extends ModelFlags {
  out?: string;
  format?: string;
  /** `--glossary`, repeated to stack. */
  glossary?: readonly string[];
  terms?: TermStrategy;
  /** A file, or `false` for `--no-memory`. */
  memory?: string | false;
  json?: boolean;
  quiet?: boolean;
  text?: string;
  lines?: boolean;
  select?: string;
  qa?: QaConfig['checks'];
  config?: string;
}

type CliEnv = Readonly<Record<string, string | undefined>>;

/** Defaults < config file (`--config`) < flags. */
export function configFromFlags(flags: TranslateFlags, env: CliEnv, fileLayer: ConfigLayer = {}): LektorConfig {
  return resolveConfig(
    [
      fileLayer,
      {
        model: { id: flags.model, hub: flags.hub, offline: flags.offline || undefined, dtype: flags.dtype, threads: flags.threads, beams: flags.beams },
        input: { select: flags.select },
        translate: { batchSize: flags.batchSize, batchTokens: flags.batchTokens },
        output: { dir: flags.out, formats: flags.format?.split(',').map((f) => f.trim()).filter(Boolean) },
        glossary: { path: glossaryStack(flags.glossary), strategy: flags.terms },
        qa: { checks: flags.qa },
      },
    ],
    env,
  );
}

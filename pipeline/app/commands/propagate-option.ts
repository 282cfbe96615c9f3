import type { Command } from 'commander';
import { resolveConfig } from '../../config.js';
import { loadConfigFile } from '../../config-file.js';
import type { CliIO } from './command.js';

export interface PropagateFlags {
  config?: string;
  /** `false` only with `--no-propagate`: commander's negated flag defaults it to true. */
  propagate?: boolean;
}

/** Adds `--config` and `--no-propagate`: whether a review reaches the folder's unreviewed repeats. */
export function addPropagateOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'settings file (YAML or JSON) with review.propagate; flags override it')
    .option('--no-propagate', "leave the unreviewed repeats of a reviewed sentence as they are (config review.propagate)");
}

/** Defaults < config file < `--no-propagate`: the flag can only turn propagation off. */
export async function propagateSetting(flags: PropagateFlags, io: CliIO): Promise<boolean> {
  const file = flags.config === undefined ? {} : await loadConfigFile(flags.config, io.cwd);
  return resolveConfig([file, { review: { propagate: flags.propagate === false ? false : undefined } }], io.env).review.propagate;
}

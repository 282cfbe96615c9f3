import { Option, type Command } from 'commander';
import { STRATEGIES } from '../../../glossary/strategies/index.js';
import { parseCheckSelection } from '../../checks/index.js';
import { collectGlossary } from './glossary-option.js';

/**
 * The options of every command that translates through the stages (glossary, QA, settings file,
 * memory), so they read and behave alike; `memoryDefault` says where the memory is without `--memory`.
 */
export function addStageOptions(command: Command, memoryDefault: string): Command {
  return command
    .option('-g, --glossary <file>', 'terminology glossary (YAML) to honour; repeat to stack glossaries, a later file winning for the same German term', collectGlossary)
    .addOption(new Option('--terms <strategy>', 'how glossary terms are enforced (default: inline)').choices(Object.keys(STRATEGIES)))
    .option('--qa <checks>', 'QA checks to run: all, none, or ids separated by commas (default: all)', parseCheckSelection)
    .option('-c, --config <file>', 'settings file (YAML or JSON); flags override it')
    .option('--memory <file>', `translation memory file (default: ${memoryDefault})`)
    .option('--no-memory', 'neither use nor fill a translation memory');
}

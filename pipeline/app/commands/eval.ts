import type { CommandModule } from './command.js';
import { addModelOptions } from './model-options.js';
import { collectGlossary } from './glossary-option.js';
import type { EvalFlags } from './eval-action.js';

const command: CommandModule = (program, io, exitWith) => {
  addModelOptions(
    program
      .command('eval')
      .description('translate a corpus with each term strategy and compare how well the glossary is kept')
      .argument('<inputs...>', 'article files or folders')
      .requiredOption('-g, --glossary <file>', 'glossary YAML file; repeat to stack glossaries', collectGlossary),
  )
    .addHelpText('after', '\nPrints a Markdown table (stdout) of term adherence, repairs, flags and time per strategy.\n\nExample:\n  lektor eval seeds/ --glossary seeds/glossary.yaml\n')
    .action(async (inputs: string[], flags: EvalFlags) => (await import('./eval-action.js')).runEval(inputs, flags, io, exitWith));
};

export default command;

import { renderEvalTable } from '../eval/eval-table.js';
import { evaluateStrategies } from '../eval/evaluate.js';
import { loadGlossary } from '../../../glossary/load.js';
import { openTranslator } from '../../../models/open-translator.js';
import { collectInputs } from '../../read/inputs.js';
import { EXIT, type CommandModule } from './command.js';
import { addModelOptions, type ModelFlags } from './model-options.js';
import { collectGlossary } from './glossary-option.js';
import { configFromFlags } from './translate.js';

interface EvalFlags extends ModelFlags {
  glossary: readonly string[];
}

const command: CommandModule = (program, io, exitWith) => {
  addModelOptions(
    program
      .command('eval')
      .description('translate a corpus with each term strategy and compare how well the glossary is kept')
      .argument('<inputs...>', 'article files or folders')
      .requiredOption('-g, --glossary <file>', 'glossary YAML file; repeat to stack glossaries', collectGlossary),
  )
    .addHelpText('after', '\nPrints a Markdown table (stdout) of term adherence, repairs, flags and time per strategy.\n\nExample:\n  lektor eval seeds/ --glossary seeds/glossary.yaml\n')
    .action(async (inputs: string[], flags: EvalFlags) => {
      const config = configFromFlags(flags, io.env);
      // Everything that can be wrong with the inputs fails before the model loads.
      const glossary = await loadGlossary(flags.glossary, io.cwd);
      const files = await collectInputs(inputs, io.cwd);
      const translator = await openTranslator({ ...config.model, cwd: io.cwd });
      try {
        const results = await evaluateStrategies(files, {
          config,
          glossary,
          translator,
          now: new Date(),
          cwd: io.cwd,
          onResult: (r) => io.stderr.write(`${r.strategy}: ${r.honoured}/${r.occurrences} terms honoured in ${(r.ms / 1000).toFixed(2)} s\n`),
        });
        const info = { articles: files.length, glossaryPath: flags.glossary.join(', '), terms: glossary.terms.length, model: translator.modelId, defaultStrategy: config.glossary.strategy };
        io.stdout.write(renderEvalTable(results, info));
        exitWith(EXIT.ok);
      } finally {
        await translator.dispose();
      }
    });
};

export default command;

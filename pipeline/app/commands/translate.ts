import { FORMAT_NAMES } from '../../../output/index.js';
import { defaultConfig } from '../../config.js';
import type { CommandModule } from './command.js';
import { addModelOptions } from './model-options.js';
import type { TranslateFlags } from './translate-flags.js';
import { addStageOptions } from './stage-options.js';

const command: CommandModule = (program, io, exitWith) => {
  const translate = addModelOptions(
    program
      .command('translate')
      .description('translate German articles (files or folders of .txt, .md and .html) into English')
      .argument('[inputs...]', 'article files or folders, or - to translate standard input to standard output')
      .option('-o, --out <dir>', 'output folder (default: translations)'),
  )
    .option('-f, --format <list>', `comma-separated output formats: ${FORMAT_NAMES.join(', ')} (default: ${defaultConfig().output.formats.join(',')})`);
  addStageOptions(translate, '<out>/lektor-memory.sqlite')
    .option('--json', 'print progress as JSON lines on stdout')
    .option('-q, --quiet', 'print failures only')
    .option('--text <german>', 'translate this text to standard output instead of files')
    .option('--lines', 'with - or --text: each line is one segment, written as soon as it is translated')
    .option('--select <css>', 'HTML articles: translate only what this CSS selector matches (e.g. article), keep the rest of the page as it is')
    .addHelpText(
      'after',
      '\nExamples:\n  lektor translate seeds/\n  lektor translate seeds/ --glossary seeds/glossary.yaml --format html,txt,xliff\n  lektor translate seeds/ --glossary house.yaml --glossary economy.yaml\n  lektor translate article.txt --model ./my-model --offline --out out/\n  lektor translate news/ --memory ~/lektor-memory.sqlite --json > progress.jsonl\n  echo "Der Geheimdienst überwacht das Logistikzentrum." | lektor translate -\n  lektor translate --text "Guten Morgen." --format jsonl\n  lektor translate page.html --select "article .body"\n\nCtrl-C finishes the running batch, writes the finished articles and exits 130;\nrunning the same command again finishes the rest.\nSOURCE_DATE_EPOCH=<seconds> pins the date stamped into outputs (byte-identical re-runs).\n',
    )
    .action(async (inputs: string[], flags: TranslateFlags) => (await import('./translate-action.js')).runTranslate(inputs, flags, io, exitWith));
};

export default command;

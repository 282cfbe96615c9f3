import type { CommandModule } from './command.js';
import type { SegmentFlags } from './segment-action.js';

const command: CommandModule = (program, io, exitWith) => {
  program
    .command('segment')
    .description('split a German article into headings, datelines and sentences, one segment per line')
    .argument('[file]', 'article file, or - for standard input (the default)')
    .option('--json', 'print a JSON array of {text, start, end, paragraph, kind}')
    .addHelpText('after', '\nExamples:\n  lektor segment seeds/alibaba-liege-espionage.de.txt\n  cat article.txt | lektor segment --json\n')
    .action(async (file: string | undefined, flags: SegmentFlags) => (await import('./segment-action.js')).runSegment(file, flags, io, exitWith));
};

export default command;

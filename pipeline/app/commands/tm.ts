import type { Command } from 'commander';
import type { CommandModule } from './command.js';
import { integerAtLeast } from './integer-option.js';
import type { WhereFlags } from './tm-action.js';

/** Every `tm` subcommand finds the memory as `translate` does: `--memory FILE`, or the one in `--out DIR`; or the workers' shared one with `--redis URL`. */
function locate(command: Command): Command {
  return command
    .option('--memory <file>', 'translation memory file (default: <out>/lektor-memory.sqlite)')
    .option('-o, --out <dir>', 'output folder whose memory to use (default: translations)')
    .option('--redis <url>', 'the memory `lektor worker`s share in this Redis instead of a file');
}

const command: CommandModule = (program, io, exitWith) => {
  const tm = program
    .command('tm')
    .description('inspect, search, export or clear the translation memory')
    .addHelpText('after', '\nExamples:\n  lektor tm stats\n  lektor tm search Geheimdienst\n  lektor tm export --tmx > memory.tmx\n  lektor tm clear --memory shared.sqlite --model Xenova/opus-mt-de-en\n');

  locate(tm.command('stats').description('count the remembered translations, per model'))
    .option('--json', 'print the counts as JSON')
    .action(async (flags: WhereFlags & { json?: boolean }) => (await import('./tm-action.js')).tmStats(flags, io, exitWith));

  locate(tm.command('export').description('write every remembered translation to stdout'))
    .option('--tmx', 'as TMX 1.4b')
    .action(async (flags: WhereFlags & { tmx?: boolean }) => (await import('./tm-action.js')).tmExport(flags, io, exitWith));

  locate(tm.command('search').argument('<text>', 'the German word or phrase (the English with --english)').description('find a word or phrase in the memory, in any inflection, with its translation'))
    .option('--english', 'search the English instead of the German')
    .option('--limit <n>', 'at most this many sentence pairs (default: 20)', integerAtLeast(1))
    .option('--json', 'print the hits as JSON')
    .action(async (text: string, flags: WhereFlags & { english?: boolean; limit?: number; json?: boolean }) => (await import('./tm-action.js')).tmSearch(text, flags, io, exitWith));

  locate(tm.command('clear').description("forget the model's remembered translations (reviews stay unless --reviewed)"))
    .option('--model <id>', 'only those of this model (hub id or absolute directory, as `tm stats` lists them)')
    .option('--reviewed', 'forget the reviewed sentences too')
    .action(async (flags: WhereFlags & { model?: string; reviewed?: boolean }) => (await import('./tm-action.js')).tmClear(flags, io, exitWith));
};

export default command;

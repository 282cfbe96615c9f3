import { Option } from 'commander';
import { EXPORT_FORMATS, IMPORT_FORMATS, type ExportFormat } from '../../../glossary/tools/exchange/formats.js';
import { MERGE_POLICIES, type MergePolicy } from '../../../glossary/tools/import-terms.js';
import { collectGlossary } from './glossary-option.js';
import { integerAtLeast } from './integer-option.js';
import { UsageError } from '../../core/errors.js';
import type { CommandModule } from './command.js';

function nonNegativeInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--limit must be an integer >= 0, got "${value}"`);
  return n;
}

const command: CommandModule = (program, io, exitWith) => {
  const glossary = program
    .command('glossary')
    .description('check, measure, grow and exchange a terminology glossary')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  lektor glossary lint seeds/glossary.yaml\n' +
        '  lektor glossary lint house.yaml economy-desk.yaml\n' +
        '  lektor glossary check seeds/glossary.yaml seeds/ --out translations\n' +
        '  lektor glossary check house.yaml economy-desk.yaml news/\n' +
        '  lektor glossary extract seeds/ --glossary seeds/glossary.yaml --yaml\n' +
        '  lektor glossary suggest translations/ --glossary seeds/glossary.yaml --write seeds/glossary.yaml\n' +
        '  lektor glossary suggest translations/ --glossary house.yaml --glossary economy-desk.yaml --write economy-desk.yaml\n' +
        '  lektor glossary add seeds/glossary.yaml --source Cainiao --dnt --note "Alibaba\'s logistics arm"\n' +
        '  lektor glossary import seeds/glossary.yaml --from deepl.csv --merge keep\n' +
        '  lektor glossary export seeds/glossary.yaml --to tbx -o glossary.tbx\n',
    );

  glossary
    .command('lint')
    .description('report schema errors and content problems (exit 1 on errors, 0 with warnings only); several files are linted as a stack')
    .argument('<files...>', 'glossary file, or the files of a stack in precedence order')
    .option('--json', 'print the findings as JSON')
    .action(async (files: string[], flags: { json?: boolean }) => (await import('./glossary-action.js')).glossaryLint(files, flags, io, exitWith));

  glossary
    .command('check')
    .description('count where each term occurs, list terms that never do, and show adherence from earlier translations; several glossary files are checked as a stack')
    .argument('<file>', 'glossary file; the .yaml/.yml files right after it stack on it, in precedence order')
    .argument('<articles...>', 'article files or folders')
    .option('-o, --out <dir>', 'output folder of earlier translations, for adherence (default: translations)')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, rest: string[], flags: { out?: string; json?: boolean }) => (await import('./glossary-action.js')).glossaryCheck(file, rest, flags, io, exitWith));

  glossary
    .command('extract')
    .description('rank acronyms, names, compounds, quoted terms and frequent nouns the glossary does not have yet')
    .argument('<articles...>', 'article files or folders')
    .option('-g, --glossary <file>', 'leave out what this glossary already has')
    .option('-n, --limit <n>', 'show the best n candidates, 0 for all (default: 25)', nonNegativeInteger)
    .option('--yaml', 'print ready-to-edit glossary entries with status: proposed')
    .option('--json', 'print the candidates as JSON')
    .action(async (articles: string[], flags: { glossary?: string; limit?: number; yaml?: boolean; json?: boolean }) => (await import('./glossary-action.js')).glossaryExtract(articles, flags, io, exitWith));

  glossary
    .command('suggest')
    .description('propose entries from the English reviewers put in place of the model’s, and list entries reviewers override')
    .argument('<out-dirs...>', 'output folders of translations with reviews')
    .option('-g, --glossary <file>', 'leave out what this glossary already has, and name the file of each disputed entry; repeat to stack glossaries, a later file winning (default: the --write file)', collectGlossary)
    .option('--min <n>', 'reviewed sentences a proposal or a disputed entry needs at least (default: 2)', integerAtLeast(2))
    .option('--json', 'print the proposals and disputed entries as JSON')
    .option('--write <file>', 'append the proposals to this glossary as status: proposed (with a stack, usually its last file)')
    .action(async (outDirs: string[], flags: { glossary?: readonly string[]; min?: number; json?: boolean; write?: string }) => (await import('./glossary-action.js')).glossarySuggest(outDirs, flags, io, exitWith));

  glossary
    .command('add')
    .description("add an entry, keeping the file's comments, order and formatting")
    .argument('<file>', 'glossary file')
    .requiredOption('-s, --source <german>', 'German term; repeat for spelling variants', (value: string, previous: string[] = []) => [...previous, value])
    .option('-t, --target <english>', 'the English the translation must use')
    .option('--dnt', 'do not translate: the German is the English')
    .option('--note <text>', 'why the term is rendered this way')
    .addOption(new Option('--status <status>', 'approved is enforced, proposed only checked').choices(['approved', 'proposed']))
    .action(async (file: string, flags: { source: string[]; target?: string; dnt?: boolean; note?: string; status?: 'approved' | 'proposed' }) => (await import('./glossary-action.js')).glossaryAdd(file, flags, io, exitWith));

  glossary
    .command('import')
    .description('merge terms from CSV, TSV (DeepL, Google, Amazon, OmegaT) or TBX into a glossary (created if missing)')
    .argument('<file>', 'glossary file')
    .requiredOption('--from <file>', 'terms file: .csv, .tsv/.txt or .tbx')
    .addOption(new Option('--format <format>', 'format of the terms file, when its extension does not say').choices(Object.keys(IMPORT_FORMATS)))
    .addOption(new Option('--merge <policy>', 'on conflicts keep the glossary English or replace it with the imported one').choices([...MERGE_POLICIES]))
    .action(async (file: string, flags: { from: string; format?: string; merge?: MergePolicy }) => (await import('./glossary-action.js')).glossaryImport(file, flags, io, exitWith));

  glossary
    .command('export')
    .description('write the glossary as CSV or TSV (DeepL, Google, Amazon), OmegaT glossary text or TBX-Basic')
    .argument('<file>', 'glossary file')
    .addOption(new Option('--to <format>', 'exchange format').choices(Object.keys(EXPORT_FORMATS)).makeOptionMandatory())
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action(async (file: string, flags: { to: ExportFormat; output?: string }) => (await import('./glossary-action.js')).glossaryExport(file, flags, io, exitWith));
};

export default command;

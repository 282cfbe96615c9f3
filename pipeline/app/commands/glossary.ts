import path from 'node:path';
import { Option } from 'commander';
import { checkCoverage } from '../glossary/check-coverage.js';
import { COVERAGE_FORMATS } from '../../../glossary/tools/check/format-coverage.js';
import { extractCandidates } from '../../../glossary/tools/extract/extract-candidates.js';
import { CANDIDATE_FORMATS } from '../../../glossary/tools/extract/format-candidates.js';
import { EXPORT_FORMATS, exportGlossary, IMPORT_FORMATS, importFormatOf, type ExportFormat } from '../../../glossary/tools/exchange/formats.js';
import { conflictReport, importSummary, warningLines } from '../../../glossary/tools/format-import.js';
import { loadGlossarySource, readGlossarySource } from '../../../glossary/tools/glossary-source.js';
import { openImportTarget, readExchangeFile } from '../../../glossary/tools/import-target.js';
import { importTerms, MERGE_POLICIES, type MergePolicy } from '../../../glossary/tools/import-terms.js';
import { LINT_FORMATS } from '../../../glossary/tools/lint/format-findings.js';
import { lintGlossary } from '../../../glossary/tools/lint/lint-glossary.js';
import { lintStack } from '../../../glossary/tools/lint/lint-stack.js';
import { parseGlossary } from '../../../glossary/parse.js';
import { loadGlossary } from '../../../glossary/load.js';
import { collectGlossary, glossaryStack } from './glossary-option.js';
import { readSegmentedArticles } from '../glossary/read-segmented-articles.js';
import { readReviewedSentences } from '../glossary/read-reviewed-sentences.js';
import { SUGGESTION_FORMATS } from '../../../glossary/tools/suggest/format-suggestions.js';
import { suggestTerms } from '../../../glossary/tools/suggest/suggest-terms.js';
import { proposeTerms } from '../review/propose-term.js';
import { integerAtLeast } from './integer-option.js';
import { assertWritable, writeGlossary } from '../../../glossary/tools/write-glossary.js';
import { writeFileAtomic } from '../../core/write-file-atomic.js';
import { resolveConfig } from '../../config.js';
import { UsageError } from '../../core/errors.js';
import { EXIT, type CommandModule } from './command.js';

/** What `glossary check` takes for a glossary file rather than an article. */
const GLOSSARY_FILE = /\.ya?ml$/i;

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
    .action(async (files: string[], flags: { json?: boolean }) => {
      const sources = await Promise.all(files.map((file) => readGlossarySource(file, io.cwd)));
      const perFile = sources.map((source, i) => lintGlossary(source.text, files[i]!));
      const loads = perFile.every((findings) => !findings.some((f) => f.severity === 'error'));
      // What stacking does is only worth saying of files that each load.
      const across = files.length > 1 && loads ? lintStack(sources.map((source, i) => parseGlossary(source.text, files[i]!))) : [];
      const findings = [...perFile.flat(), ...across].sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.line - b.line || a.column - b.column);
      io.stdout.write(LINT_FORMATS[flags.json ? 'json' : 'text']({ file: files.join(', '), findings }));
      exitWith(loads ? EXIT.ok : EXIT.failed);
    });

  glossary
    .command('check')
    .description('count where each term occurs, list terms that never do, and show adherence from earlier translations; several glossary files are checked as a stack')
    .argument('<file>', 'glossary file; the .yaml/.yml files right after it stack on it, in precedence order')
    .argument('<articles...>', 'article files or folders')
    .option('-o, --out <dir>', 'output folder of earlier translations, for adherence (default: translations)')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, rest: string[], flags: { out?: string; json?: boolean }) => {
      // Articles are .txt, .md, .html or folders: the YAML files leading the rest are the stack's.
      const stackEnd = rest.findIndex((arg) => !GLOSSARY_FILE.test(arg));
      if (stackEnd === -1) throw new UsageError(`glossary check needs articles after the glossary files (${[file, ...rest].join(', ')})`);
      const files = [file, ...rest.slice(0, stackEnd)];
      const articles = rest.slice(stackEnd);
      const loaded = await loadGlossary(glossaryStack(files)!, io.cwd);
      const outDir = resolveConfig([{ output: { dir: flags.out } }], io.env).output.dir;
      const report = await checkCoverage(loaded, articles, { cwd: io.cwd, outDir, now: new Date() });
      io.stdout.write(COVERAGE_FORMATS[flags.json ? 'json' : 'text'](report));
      exitWith(EXIT.ok);
    });

  glossary
    .command('extract')
    .description('rank acronyms, names, compounds, quoted terms and frequent nouns the glossary does not have yet')
    .argument('<articles...>', 'article files or folders')
    .option('-g, --glossary <file>', 'leave out what this glossary already has')
    .option('-n, --limit <n>', 'show the best n candidates, 0 for all (default: 25)', nonNegativeInteger)
    .option('--yaml', 'print ready-to-edit glossary entries with status: proposed')
    .option('--json', 'print the candidates as JSON')
    .action(async (articles: string[], flags: { glossary?: string; limit?: number; yaml?: boolean; json?: boolean }) => {
      if (flags.yaml && flags.json) throw new UsageError('choose one of --yaml and --json');
      const known = flags.glossary === undefined ? {} : { glossary: (await loadGlossarySource(flags.glossary, io.cwd)).glossary };
      const docs = await readSegmentedArticles(articles, io.cwd, new Date());
      const limit = flags.limit ?? 25;
      const candidates = extractCandidates(docs, known);
      io.stdout.write(CANDIDATE_FORMATS[flags.yaml ? 'yaml' : flags.json ? 'json' : 'text'](limit === 0 ? candidates : candidates.slice(0, limit)));
      exitWith(EXIT.ok);
    });

  glossary
    .command('suggest')
    .description('propose entries from the English reviewers put in place of the model’s, and list entries reviewers override')
    .argument('<out-dirs...>', 'output folders of translations with reviews')
    .option('-g, --glossary <file>', 'leave out what this glossary already has, and name the file of each disputed entry; repeat to stack glossaries, a later file winning (default: the --write file)', collectGlossary)
    .option('--min <n>', 'reviewed sentences a proposal or a disputed entry needs at least (default: 2)', integerAtLeast(2))
    .option('--json', 'print the proposals and disputed entries as JSON')
    .option('--write <file>', 'append the proposals to this glossary as status: proposed (with a stack, usually its last file)')
    .action(async (outDirs: string[], flags: { glossary?: readonly string[]; min?: number; json?: boolean; write?: string }) => {
      const target = flags.write === undefined ? undefined : path.resolve(io.cwd, flags.write);
      if (target !== undefined) await assertWritable(flags.write!, target);
      const knownFiles = flags.glossary ?? (flags.write === undefined ? [] : [flags.write]);
      const known = knownFiles.length === 0 ? {} : { glossary: await loadGlossary(knownFiles, io.cwd) };
      const suggestions = suggestTerms(await readReviewedSentences(outDirs, io.cwd), { ...known, min: flags.min ?? 2 });
      io.stdout.write(SUGGESTION_FORMATS[flags.json ? 'json' : 'text'](suggestions));
      if (target !== undefined) {
        const added = await proposeTerms(target, suggestions.proposals);
        (flags.json ? io.stderr : io.stdout).write(`${flags.write}: ${added.length === 0 ? 'nothing to add' : `added ${added.map((e) => `"${String(e.source)}"`).join(', ')} as proposed`}\n`);
      }
      exitWith(EXIT.ok);
    });

  glossary
    .command('add')
    .description("add an entry, keeping the file's comments, order and formatting")
    .argument('<file>', 'glossary file')
    .requiredOption('-s, --source <german>', 'German term; repeat for spelling variants', (value: string, previous: string[] = []) => [...previous, value])
    .option('-t, --target <english>', 'the English the translation must use')
    .option('--dnt', 'do not translate: the German is the English')
    .option('--note <text>', 'why the term is rendered this way')
    .addOption(new Option('--status <status>', 'approved is enforced, proposed only checked').choices(['approved', 'proposed']))
    .action(async (file: string, flags: { source: string[]; target?: string; dnt?: boolean; note?: string; status?: 'approved' | 'proposed' }) => {
      if (flags.target === undefined && !flags.dnt) throw new UsageError('add needs --target, or --dnt to keep the German');
      const full = path.resolve(io.cwd, file);
      await assertWritable(file, full);
      const { source, glossary: loaded } = await loadGlossarySource(file, io.cwd);
      const entry = {
        source: flags.source.length === 1 ? flags.source[0]! : flags.source,
        ...(flags.target === undefined ? {} : { target: flags.target }),
        ...(flags.dnt ? { dnt: true } : {}),
        ...(flags.note === undefined ? {} : { note: flags.note }),
        ...(flags.status === undefined ? {} : { status: flags.status }),
      };
      const result = importTerms({ glossary: loaded, raw: source.raw, file }, [{ entry, line: 0 }], file);
      const [conflict] = result.conflicts;
      if (conflict) {
        io.stderr.write(`lektor: ${file}:${conflict.existing.line}: "${conflict.variant}" is already there with target "${conflict.existing.target}"; nothing was changed\n`);
        exitWith(EXIT.failed);
        return;
      }
      if (result.added.length === 0) {
        io.stdout.write(`${file}: "${flags.source[0]}" is already there with the same English; nothing was changed\n`);
      } else {
        await writeGlossary(full, result.raw);
        io.stdout.write(`${file}: added "${flags.source[0]}"\n`);
      }
      exitWith(EXIT.ok);
    });

  glossary
    .command('import')
    .description('merge terms from CSV, TSV (DeepL, Google, Amazon, OmegaT) or TBX into a glossary (created if missing)')
    .argument('<file>', 'glossary file')
    .requiredOption('--from <file>', 'terms file: .csv, .tsv/.txt or .tbx')
    .addOption(new Option('--format <format>', 'format of the terms file, when its extension does not say').choices(Object.keys(IMPORT_FORMATS)))
    .addOption(new Option('--merge <policy>', 'on conflicts keep the glossary English or replace it with the imported one').choices([...MERGE_POLICIES]))
    .action(async (file: string, flags: { from: string; format?: string; merge?: MergePolicy }) => {
      const format = importFormatOf(flags.from, flags.format);
      const into = await openImportTarget(file, io.cwd);
      await assertWritable(file, into.path);
      const read = IMPORT_FORMATS[format].read(await readExchangeFile(flags.from, io.cwd), flags.from);
      io.stderr.write(warningLines(read.warnings, flags.from));
      const result = importTerms(into, read.terms, flags.from, flags.merge);
      if (result.conflicts.length > 0) {
        io.stderr.write(`lektor: ${flags.from}: ${conflictReport(result.conflicts, file, flags.from)}`);
        exitWith(EXIT.failed);
        return;
      }
      if (result.raw !== into.raw || !into.exists) await writeGlossary(into.path, result.raw);
      io.stdout.write(importSummary(result, file, flags.from));
      exitWith(EXIT.ok);
    });

  glossary
    .command('export')
    .description('write the glossary as CSV or TSV (DeepL, Google, Amazon), OmegaT glossary text or TBX-Basic')
    .argument('<file>', 'glossary file')
    .addOption(new Option('--to <format>', 'exchange format').choices(Object.keys(EXPORT_FORMATS)).makeOptionMandatory())
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action(async (file: string, flags: { to: ExportFormat; output?: string }) => {
      const { glossary: loaded } = await loadGlossarySource(file, io.cwd);
      const text = exportGlossary(loaded, flags.to);
      if (flags.output === undefined) io.stdout.write(text);
      else await writeFileAtomic(path.resolve(io.cwd, flags.output), text);
      exitWith(EXIT.ok);
    });
};

export default command;

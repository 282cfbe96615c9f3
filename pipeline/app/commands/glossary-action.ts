import path from 'node:path';
import { checkCoverage } from '../glossary/check-coverage.js';
import { COVERAGE_FORMATS } from '../../../glossary/tools/check/format-coverage.js';
import { extractCandidates } from '../../../glossary/tools/extract/extract-candidates.js';
import { CANDIDATE_FORMATS } from '../../../glossary/tools/extract/format-candidates.js';
import { exportGlossary, IMPORT_FORMATS, importFormatOf, type ExportFormat } from '../../../glossary/tools/exchange/formats.js';
import { conflictReport, importSummary, warningLines } from '../../../glossary/tools/format-import.js';
import { loadGlossarySource, readGlossarySource } from '../../../glossary/tools/glossary-source.js';
import { openImportTarget, readExchangeFile } from '../../../glossary/tools/import-target.js';
import { importTerms, type MergePolicy } from '../../../glossary/tools/import-terms.js';
import { LINT_FORMATS } from '../../../glossary/tools/lint/format-findings.js';
import { lintGlossary } from '../../../glossary/tools/lint/lint-glossary.js';
import { lintStack } from '../../../glossary/tools/lint/lint-stack.js';
import { parseGlossary } from '../../../glossary/parse.js';
import { loadGlossary } from '../../../glossary/load.js';
import { glossaryStack } from './glossary-option.js';
import { readSegmentedArticles } from '../glossary/read-segmented-articles.js';
import { readReviewedSentences } from '../glossary/read-reviewed-sentences.js';
import { SUGGESTION_FORMATS } from '../../../glossary/tools/suggest/format-suggestions.js';
import { suggestTerms } from '../../../glossary/tools/suggest/suggest-terms.js';
import { proposeTerms } from '../review/propose-term.js';
import { assertWritable, writeGlossary } from '../../../glossary/tools/write-glossary.js';
import { writeFileAtomic } from '../../core/write-file-atomic.js';
import { resolveConfig } from '../../config.js';
import { UsageError } from '../../core/errors.js';
import { EXIT, type CliIO, type ExitWith } from './command.js';

// What the `lektor glossary` subcommands do, loaded only when one runs (the readers, the exchange formats, the segmenter).

/** What `glossary check` takes for a glossary file rather than an article. */
const GLOSSARY_FILE = /\.ya?ml$/i;

/** `lektor glossary lint`. */
export async function glossaryLint(files: string[], flags: { json?: boolean }, io: CliIO, exitWith: ExitWith): Promise<void> {
  const sources = await Promise.all(files.map((file) => readGlossarySource(file, io.cwd)));
  const perFile = sources.map((source, i) => lintGlossary(source.text, files[i]!));
  const loads = perFile.every((findings) => !findings.some((f) => f.severity === 'error'));
  // What stacking does is only worth saying of files that each load.
  const across = files.length > 1 && loads ? lintStack(sources.map((source, i) => parseGlossary(source.text, files[i]!))) : [];
  const findings = [...perFile.flat(), ...across].sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.line - b.line || a.column - b.column);
  io.stdout.write(LINT_FORMATS[flags.json ? 'json' : 'text']({ file: files.join(', '), findings }));
  exitWith(loads ? EXIT.ok : EXIT.failed);
}

/** `lektor glossary check`. */
export async function glossaryCheck(file: string, rest: string[], flags: { out?: string; json?: boolean }, io: CliIO, exitWith: ExitWith): Promise<void> {
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
}

/** `lektor glossary extract`. */
export async function glossaryExtract(articles: string[], flags: { glossary?: string; limit?: number; yaml?: boolean; json?: boolean }, io: CliIO, exitWith: ExitWith): Promise<void> {
  if (flags.yaml && flags.json) throw new UsageError('choose one of --yaml and --json');
  const known = flags.glossary === undefined ? {} : { glossary: (await loadGlossarySource(flags.glossary, io.cwd)).glossary };
  const docs = await readSegmentedArticles(articles, io.cwd, new Date());
  const limit = flags.limit ?? 25;
  const candidates = extractCandidates(docs, known);
  io.stdout.write(CANDIDATE_FORMATS[flags.yaml ? 'yaml' : flags.json ? 'json' : 'text'](limit === 0 ? candidates : candidates.slice(0, limit)));
  exitWith(EXIT.ok);
}

/** `lektor glossary suggest`. */
export async function glossarySuggest(outDirs: string[], flags: { glossary?: readonly string[]; min?: number; json?: boolean; write?: string }, io: CliIO, exitWith: ExitWith): Promise<void> {
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
}

/** `lektor glossary add`. */
export async function glossaryAdd(file: string, flags: { source: string[]; target?: string; dnt?: boolean; note?: string; status?: 'approved' | 'proposed' }, io: CliIO, exitWith: ExitWith): Promise<void> {
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
}

/** `lektor glossary import`. */
export async function glossaryImport(file: string, flags: { from: string; format?: string; merge?: MergePolicy }, io: CliIO, exitWith: ExitWith): Promise<void> {
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
}

/** `lektor glossary export`. */
export async function glossaryExport(file: string, flags: { to: ExportFormat; output?: string }, io: CliIO, exitWith: ExitWith): Promise<void> {
  const { glossary: loaded } = await loadGlossarySource(file, io.cwd);
  const text = exportGlossary(loaded, flags.to);
  if (flags.output === undefined) io.stdout.write(text);
  else await writeFileAtomic(path.resolve(io.cwd, flags.output), text);
  exitWith(EXIT.ok);
}

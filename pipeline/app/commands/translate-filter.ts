import { buffer } from 'node:stream/consumers';
import { Readable } from 'node:stream';
import { openTranslationEngine, type EngineOptions } from '../../engine/translation-engine.js';
import { UsageError } from '../../core/errors.js';
import { FILTER_FORMATS, type FilterFormat, type FilterOptions } from '../filter/filter-options.js';
import { filterLines } from '../filter/filter-lines.js';
import { filterText } from '../filter/filter-text.js';
import { EXIT, type CliIO } from './command.js';
import { plural } from '../../core/plural.js';

export const STDIN = '-';

/** Where a filter run reads its German: standard input, or the `--text` argument. */
export interface FilterInput {
  readonly source: 'stdin' | 'text';
  readonly text?: string;
  readonly lines: boolean;
  readonly format: FilterFormat;
}

interface FilterFlags {
  text?: string;
  lines?: boolean;
  format?: string;
  json?: boolean;
}

/**
 * Whether `lektor translate` runs as a filter (`-` or `--text`), checked against the other
 * inputs and flags; `undefined` for a run over files.
 */
export function filterInput(inputs: readonly string[], flags: FilterFlags): FilterInput | undefined {
  const stdin = inputs.includes(STDIN);
  if (!stdin && flags.text === undefined) {
    if (flags.lines) throw new UsageError('--lines needs - (standard input) or --text');
    if (inputs.length === 0) throw new UsageError("missing inputs: give article files or folders, - for standard input, or --text");
    return undefined;
  }
  if (stdin && flags.text !== undefined) throw new UsageError('give - or --text, not both');
  if (inputs.length > (stdin ? 1 : 0)) throw new UsageError(`${stdin ? '-' : '--text'} translates to standard output and takes no other inputs`);
  if (flags.json) throw new UsageError(`--json reports a run over files; with ${stdin ? '-' : '--text'} the translation goes to standard output (use --format jsonl)`);
  const format = flags.format?.trim() ?? 'txt';
  if (!(FILTER_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`with ${stdin ? '-' : '--text'}, --format is one of ${FILTER_FORMATS.join(', ')}, got "${format}"`);
  }
  return { source: stdin ? 'stdin' : 'text', text: flags.text, lines: flags.lines ?? false, format: format as FilterFormat };
}

/**
 * Translates standard input or `--text` to standard output, findings and the closing count on
 * standard error; the engine is opened here with the caller's model, memory and glossary.
 */
export async function runFilter(input: FilterInput, engineOptions: EngineOptions, io: CliIO, quiet: boolean): Promise<number> {
  const engine = openTranslationEngine({ ...engineOptions, segmentation: input.lines ? 'lines' : 'sentences' });
  const options: FilterOptions = {
    engine,
    name: input.source,
    format: input.format,
    now: engineOptions.now,
    write: (chunk) => io.stdout.write(chunk),
    onFinding: (line) => io.stderr.write(`${line}\n`),
  };
  const chunks: AsyncIterable<Uint8Array | string> = input.text === undefined ? io.stdin : Readable.from([Buffer.from(input.text)]);
  try {
    const counts = input.lines ? await filterLines(chunks, options) : await filterText(await buffer(chunks), options);
    if (!quiet) {
      const unit = input.lines ? 'line' : 'sentence';
      io.stderr.write(`lektor: ${plural(counts.sentences, unit)} translated, ${counts.recalled} from memory, ${plural(engine.tally.modelCalls, 'model call')}\n`);
    }
    return EXIT.ok;
  } catch (error) {
    if (engineOptions.signal?.aborted) return EXIT.interrupted;
    throw error;
  } finally {
    await engine.close();
  }
}

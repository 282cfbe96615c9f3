import { CsvError, parse } from 'csv-parse/sync';
import { InputError } from '../../../pipeline/core/errors.js';
import { sourceField, type ImportedTerms } from './imported-term.js';

/** `csv`: RFC 4180 quoting (DeepL, Google, Amazon). `tsv`: tab-separated, no quoting (DeepL, OmegaT). */
export type Delimited = 'csv' | 'tsv';

interface Row {
  readonly cells: readonly string[];
  readonly line: number;
}

// Amazon Translate's terminology CSV starts with a row of language codes.
const LANGUAGE_HEADER = /^de([-_]\w+)?$/i;
const TARGET_HEADER = /^en([-_]\w+)?$/i;

/**
 * Two-column glossaries as DeepL, Google and Amazon take them: `German,English` per row, no
 * header (an Amazon `de,en` header row is skipped). An optional third column is a note, as in
 * OmegaT's `source<TAB>target<TAB>comment`. A row whose English equals its German becomes
 * `dnt: true`; consecutive rows with the same English and note become one entry with several
 * German spellings, which is how `export` writes such an entry.
 */
export function readDelimited(text: string, file: string, dialect: Delimited): ImportedTerms {
  const rows = parseRows(text, file, dialect);
  const [first] = rows;
  const body = first && first.cells.length === 2 && LANGUAGE_HEADER.test(first.cells[0]!) && TARGET_HEADER.test(first.cells[1]!) ? rows.slice(1) : rows;
  const groups: { variants: string[]; target: string; note: string; line: number }[] = [];
  for (const row of body) {
    const [source, target, note = ''] = checkRow(row, file);
    const last = groups.at(-1);
    if (last && last.target === target && last.note === note) last.variants.push(source);
    else groups.push({ variants: [source], target, note, line: row.line });
  }
  const terms = groups.map(({ variants, target, note, line }) => ({
    entry: { source: sourceField(variants), ...(target === variants[0] ? { dnt: true } : { target }), ...(note === '' ? {} : { note }) },
    line,
  }));
  return { terms, warnings: [] };
}

function parseRows(text: string, file: string, dialect: Delimited): Row[] {
  let parsedTo = 0;
  try {
    const records = parse(text, {
      delimiter: dialect === 'csv' ? ',' : '\t',
      quote: dialect === 'csv' ? '"' : false,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
      on_record: (record, context) => {
        parsedTo = context.lines;
        return record;
      },
    }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
    // `info.lines` is where a record ends; a quoted field may span lines, and a message should
    // name the line the record starts on.
    return records.map(({ record, info, raw }) => ({ cells: record, line: info.lines - (raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0) }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const reason = error.message.split(':')[0]!.toLowerCase();
    throw new InputError({ file, line: nextRecordLine(text, parsedTo) }, `malformed ${dialect.toUpperCase()}: ${reason}`, { cause: error });
  }
}

/** The line the record after line `parsedTo` starts on: csv-parse reports where it gave up, which for an unclosed quote is the end of the file. */
function nextRecordLine(text: string, parsedTo: number): number {
  const lines = text.split('\n');
  let line = parsedTo + 1;
  while (line < lines.length && lines[line - 1]!.trim() === '') line++;
  return line;
}

function checkRow({ cells, line }: Row, file: string): [string, string, string?] {
  if (cells.length < 2 || cells.length > 3) {
    throw new InputError({ file, line }, `expected 2 columns (German, English) or 3 (with a note), got ${cells.length}`);
  }
  const [source, target, note] = cells.map((c) => c.trim());
  if (source === '') throw new InputError({ file, line }, 'empty German term in column 1');
  if (target === '') throw new InputError({ file, line }, 'empty English term in column 2');
  return [source!, target!, note];
}

import { stringify } from 'csv-stringify/sync';
import { GlossaryError } from '../../../pipeline/core/errors.js';
import type { Glossary, GlossaryTerm } from '../../types.js';

/** `csv`/`tsv`: two columns for DeepL, Google and Amazon; `omegat`: with the note as comment. */
export type DelimitedExport = 'csv' | 'tsv' | 'omegat';

/**
 * One row per German spelling of each approved entry: `German,English`, no header, UTF-8 (OmegaT:
 * the note, on one line, as a third column). These tools apply every row, so proposed and
 * forbidden entries stay out. CSV is quoted as RFC 4180 says; TSV and OmegaT have no quoting, so a
 * tab or line break in a term is refused.
 */
export function writeDelimited(glossary: Glossary, dialect: DelimitedExport): string {
  const rows = glossary.terms
    .filter((t) => t.status === 'approved')
    .flatMap((term) => term.source.map((variant) => ({ term, cells: dialect === 'omegat' ? [variant, term.target, oneLine(term.note ?? '')] : [variant, term.target] })));
  if (dialect === 'csv') return stringify(rows.map((r) => r.cells));
  for (const { term, cells } of rows) checkTabSafe(term, cells, glossary.path);
  return rows.map(({ cells }) => `${cells.join('\t')}\n`).join('');
}

/** OmegaT shows the comment as a hint, so a note of several lines becomes one. */
function oneLine(note: string): string {
  return note.replace(/\s+/gu, ' ').trim();
}

function checkTabSafe(term: GlossaryTerm, cells: readonly string[], file: string): void {
  const unsafe = cells.find((text) => /[\t\r\n]/.test(text));
  if (unsafe !== undefined) {
    throw new GlossaryError({ file, line: term.line }, `term "${term.source[0]}": ${JSON.stringify(unsafe)} has a tab or line break, which tab-separated files cannot hold; export as csv or tbx`);
  }
}

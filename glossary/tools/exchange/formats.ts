import path from 'node:path';
import { UsageError } from '../../../pipeline/core/errors.js';
import type { Glossary } from '../../types.js';
import type { ImportedTerms } from './imported-term.js';
import { readDelimited } from './read-delimited.js';
import { readTbx } from './read-tbx.js';
import { writeDelimited } from './write-delimited.js';
import { writeTbx } from './write-tbx.js';

/** What `export --to` writes; the keys are the names. */
export const EXPORT_FORMATS = {
  csv: (glossary: Glossary) => writeDelimited(glossary, 'csv'),
  tsv: (glossary: Glossary) => writeDelimited(glossary, 'tsv'),
  omegat: (glossary: Glossary) => writeDelimited(glossary, 'omegat'),
  tbx: writeTbx,
} as const satisfies Record<string, (glossary: Glossary) => string>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** What `import --from` reads, with the file name extensions that select each. */
export const IMPORT_FORMATS = {
  csv: { extensions: ['.csv'], read: (text: string, file: string) => readDelimited(text, file, 'csv') },
  tsv: { extensions: ['.tsv', '.tab', '.txt', '.utf8'], read: (text: string, file: string) => readDelimited(text, file, 'tsv') },
  tbx: { extensions: ['.tbx', '.xml'], read: readTbx },
} as const satisfies Record<string, { extensions: readonly string[]; read: (text: string, file: string) => ImportedTerms }>;

export type ImportFormat = keyof typeof IMPORT_FORMATS;

/** The glossary in an exchange format. */
export function exportGlossary(glossary: Glossary, format: ExportFormat): string {
  return EXPORT_FORMATS[format](glossary);
}

/** The format `--format` names, or else the one the file's extension says (OmegaT's `.txt` is TSV). */
export function importFormatOf(file: string, name?: string): ImportFormat {
  const names = Object.keys(IMPORT_FORMATS) as ImportFormat[];
  if (name !== undefined) {
    if (names.includes(name as ImportFormat)) return name as ImportFormat;
    throw new UsageError(`unknown import format "${name}"; expected ${names.join(', ')}`);
  }
  const extension = path.extname(file).toLowerCase();
  const found = names.find((n) => (IMPORT_FORMATS[n].extensions as readonly string[]).includes(extension));
  if (found) return found;
  throw new UsageError(`cannot tell the format of ${file} from its extension; name it with --format ${names.join('|')}`);
}

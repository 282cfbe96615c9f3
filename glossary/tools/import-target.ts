import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../../pipeline/core/errors.js';
import { parseGlossary } from '../parse.js';
import { loadGlossarySource } from './glossary-source.js';
import type { ImportTarget } from './import-terms.js';
import { fileMode } from './write-glossary.js';

// What an import starts from when the glossary file does not exist yet.
const NEW_GLOSSARY = 'source_lang: de\ntarget_lang: en\nterms: []\n';

/** The glossary to import into: the file, or a new empty glossary if there is none yet. */
export async function openImportTarget(file: string, cwd: string): Promise<ImportTarget & { path: string; exists: boolean }> {
  const full = path.resolve(cwd, file);
  if ((await fileMode(full)) === undefined) return { glossary: parseGlossary(NEW_GLOSSARY, file), raw: NEW_GLOSSARY, file, path: full, exists: false };
  const { source, glossary } = await loadGlossarySource(file, cwd);
  return { glossary, raw: source.raw, file, path: full, exists: true };
}

/** The text of a terms file to import; a BOM is left for the reader, which knows its format. */
export async function readExchangeFile(file: string, cwd: string): Promise<string> {
  try {
    return await readFile(path.resolve(cwd, file), 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new InputError({ file }, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(cause)})`, { cause });
  }
}

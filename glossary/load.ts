import { readFile } from 'node:fs/promises';
import { GlossaryError } from '../pipeline/errors.js';
import { parseGlossary } from './parse.js';
import type { Glossary } from './types.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads and checks a glossary file. Call it before anything is translated: a bad glossary stops
 * the run with one line naming the file, line and column.
 */
export async function loadGlossary(file: string): Promise<Glossary> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new GlossaryError({ file }, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? String(cause)})`, { cause });
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch (cause) {
    throw new GlossaryError({ file }, 'invalid UTF-8, expected a UTF-8 YAML file', { cause });
  }
  return parseGlossary(text, file);
}

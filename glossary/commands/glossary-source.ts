import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GlossaryError, InputError } from '../../pipeline/errors.js';
import { decodeArticle, readArticle } from '../../pipeline/stages/read.js';

/** A glossary file as it is on disk and as the parser sees it. */
export interface GlossarySource {
  /** The file as the user named it, for messages. */
  readonly file: string;
  /** Where it is on disk. */
  readonly path: string;
  /** The exact text of the file, BOM and line endings included: edits splice into this. */
  readonly raw: string;
  /** The text `parseGlossary` reads (the article reader's normalisation: no BOM, LF, NFC). */
  readonly text: string;
}

const keepBom = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads a glossary for the maintenance commands, which need the text even when it does not parse
 * (lint) and byte-exact (add, import). Unreadable or non-UTF-8 files fail like `loadGlossary`.
 */
export async function readGlossarySource(file: string, cwd: string): Promise<GlossarySource> {
  const full = path.resolve(cwd, file);
  const { text } = await asGlossaryError(file, () => readArticle(full));
  return { file, path: full, raw: keepBom.decode(await readFile(full)), text };
}

/** What `parseGlossary` should see for edited raw text. */
export async function parserText(raw: string, file: string): Promise<string> {
  return (await asGlossaryError(file, async () => decodeArticle(new TextEncoder().encode(raw), file))).text;
}

/** The article reader's rules suit a glossary too; its errors become the glossary's. */
async function asGlossaryError<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new GlossaryError({ file, line: error.line, column: error.column }, error.reason, { cause: error });
  }
}

import path from 'node:path';
import { GlossaryError, InputError } from '../../pipeline/core/errors.js';
import { decodeArticle } from '../../pipeline/core/decode-article.js';
import { readArticleBytes } from '../../pipeline/core/read-article-bytes.js';
import { parseGlossary } from '../parse.js';
import type { Glossary } from '../types.js';

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
 * (lint) and byte-exact (add, import). The article reader's rules suit a glossary too (strict
 * UTF-8, no BOM, LF, NFC), so its failures are reported as the glossary's, like `loadGlossary`.
 */
export async function readGlossarySource(file: string, cwd: string): Promise<GlossarySource> {
  const full = path.resolve(cwd, file);
  try {
    const bytes = await readArticleBytes(full);
    const { text } = decodeArticle(bytes, full);
    return { file, path: full, raw: keepBom.decode(bytes), text };
  } catch (error) {
    throw asGlossaryError(error, file);
  }
}

/** A glossary that must load, with its source; messages name the file as the user wrote it. */
export async function loadGlossarySource(file: string, cwd: string): Promise<{ source: GlossarySource; glossary: Glossary }> {
  const source = await readGlossarySource(file, cwd);
  return { source, glossary: parseGlossary(source.text, file) };
}

/** What `parseGlossary` reads for edited raw text. */
export function parserText(raw: string, file: string): string {
  try {
    return decodeArticle(new TextEncoder().encode(raw), file).text;
  } catch (error) {
    throw asGlossaryError(error, file);
  }
}

function asGlossaryError(error: unknown, file: string): unknown {
  if (!(error instanceof InputError)) return error;
  return new GlossaryError({ file, line: error.line, column: error.column }, error.reason, { cause: error });
}

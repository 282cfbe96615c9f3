import { GlossaryError, InputError } from '../pipeline/core/errors.js';
import { decodeArticle } from '../pipeline/core/decode-article.js';
import { readArticleBytes } from '../pipeline/core/read-article-bytes.js';
import { parseGlossary } from './parse.js';
import { stackGlossaries } from './stack.js';
import type { Glossary } from './types.js';

/**
 * Reads and checks a glossary file (`file` relative to `cwd`, and named as given in messages), or
 * a stack of them, later files winning (`stackGlossaries`). Call it before anything is
 * translated: a bad glossary stops the run with one line naming the file, line and column.
 */
export async function loadGlossary(file: string | readonly string[], cwd = '.'): Promise<Glossary> {
  if (typeof file === 'string') return parseGlossary(await readGlossaryText(file, cwd), file);
  const glossaries: Glossary[] = [];
  // One after another, so the first bad file in stack order is the one reported.
  for (const each of file) glossaries.push(await loadGlossary(each, cwd));
  return stackGlossaries(glossaries);
}

/** A glossary file's text as `loadGlossary` parses it; a file that cannot be read is a `GlossaryError`. */
export async function readGlossaryText(file: string, cwd = '.'): Promise<string> {
  try {
    // The article reader's rules suit a glossary too: strict UTF-8, no BOM, LF, NFC.
    return decodeArticle(await readArticleBytes(file, cwd), file).text;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new GlossaryError({ file, line: error.line, column: error.column }, error.reason, { cause: error });
  }
}

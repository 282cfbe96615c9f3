import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { InputConfig } from '../config.js';
import type { LektorDoc, Normalisation } from '../core/doc.js';
import { InputError } from '../core/errors.js';
import { markupFormatOf, readMarkupBytes } from './read-markup.js';

export interface DecodedText {
  readonly text: string;
  readonly normalisation: Normalisation;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Bytes → the text every offset refers to. Rejects what is not UTF-8 text rather than guessing,
 * since a mis-decoded article would be translated into confident nonsense.
 */
export function decodeArticle(bytes: Uint8Array, file: string): DecodedText {
  refuseBinary(bytes, file, 'UTF-8 text');
  let raw: string;
  try {
    raw = strictUtf8.decode(bytes);
  } catch (cause) {
    throw new InputError({ file, ...lineOfFirstInvalidByte(bytes) }, 'invalid UTF-8, expected UTF-8 text', { cause });
  }
  const bomStripped = raw.startsWith('\uFEFF');
  const noBom = bomStripped ? raw.slice(1) : raw;
  let lineEndingsNormalised = 0;
  const lf = noBom.replace(/\r\n?/g, () => {
    lineEndingsNormalised++;
    return '\n';
  });
  const text = lf.normalize('NFC');
  return { text, normalisation: { bomStripped, lineEndingsNormalised, nfcChanged: text !== lf } };
}

/** Text never holds a NUL byte (but in UTF-16): one there means a binary file, refused before decoding. */
export function refuseBinary(bytes: Uint8Array, file: string, expected: string): void {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError({ file }, `binary file (NUL byte at offset ${nul}), expected ${expected}`);
}

export function lineOfFirstInvalidByte(bytes: Uint8Array): { line: number } | undefined {
  // Feed byte by byte to a streaming decoder: linear, and the throw marks the first bad byte.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: i + 1 < bytes.length });
    } catch {
      return { line };
    }
    if (bytes[i] === 0x0a) line++;
  }
  return undefined;
}

/** The extensions of the files Lektor reads as articles: plain text, Markdown and HTML. */
export const ARTICLE_EXTENSION = /\.(txt|text|md|markdown|html?)$/i;

/** The article name used for output files: `dir/foo.de.txt`, `foo.md`, `foo.html` → `foo` (outputs add `.en.txt` etc.). */
export function articleName(file: string): string {
  return path.basename(file).replace(ARTICLE_EXTENSION, '').replace(/\.de$/i, '');
}

/** A document with no paragraphs yet: the segmenter fills them. */
export function makeDocument(text: string, file: string, normalisation: Normalisation): LektorDoc {
  return {
    meta: { name: articleName(file), path: file, sourceLang: 'de', targetLang: 'en', normalisation },
    text,
    paragraphs: [],
  };
}

/** An article's bytes (`file` relative to `cwd`); a file that cannot be read is one line naming it. */
export async function readArticleBytes(file: string, cwd = '.'): Promise<Uint8Array> {
  try {
    return await readFile(path.resolve(cwd, file));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? String(cause)})`;
    throw new InputError({ file }, reason, { cause });
  }
}

/**
 * The document of an article's bytes, from wherever they came (a file, a pipe, a queued job, a
 * request): Markdown (`.md`, `.markdown`) and HTML (`.html`, `.htm`) by their extension, with the
 * layout their writers rebuild them from; anything else is plain text.
 */
export function documentFromBytes(bytes: Uint8Array, file: string, options: InputConfig = {}): LektorDoc {
  const format = markupFormatOf(file);
  if (format) {
    const { text, layout, bomStripped } = readMarkupBytes(bytes, file, format, options);
    return { ...makeDocument(text, file, { bomStripped, lineEndingsNormalised: 0, nfcChanged: false }), layout };
  }
  const { text, normalisation } = decodeArticle(bytes, file);
  return makeDocument(text, file, normalisation);
}

/** Reads `file` (relative to `cwd`); messages and `meta.path` name it as given. */
export async function readArticle(file: string, cwd = '.', options: InputConfig = {}): Promise<LektorDoc> {
  return documentFromBytes(await readArticleBytes(file, cwd), file, options);
}

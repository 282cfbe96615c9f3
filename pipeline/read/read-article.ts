import type { InputConfig } from '../config.js';
import { articleName } from '../core/article-name.js';
import { decodeArticle } from '../core/decode-article.js';
import type { LektorDoc, Normalisation } from '../core/doc.js';
import { readArticleBytes } from '../core/read-article-bytes.js';
import { markupFormatOf, readMarkupBytes } from './read-markup.js';

/** A document with no paragraphs yet: the segmenter fills them. */
export function makeDocument(text: string, file: string, normalisation: Normalisation): LektorDoc {
  return {
    meta: { name: articleName(file), path: file, sourceLang: 'de', targetLang: 'en', normalisation },
    text,
    paragraphs: [],
  };
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

import type { InputConfig } from '../config.js';
import type { LektorDoc, MarkupFormat } from '../core/doc.js';
import { decodeMarkup } from './decode-markup.js';
import { layoutDocument } from './layout-document.js';
import { readHtml } from './read-html.js';
import { readMarkdown } from './read-markdown.js';

const MARKUP_EXTENSIONS: Readonly<Record<string, MarkupFormat>> = { md: 'md', markdown: 'md', html: 'html', htm: 'html' };

/** The markup format a file name says, or undefined for plain text. */
export function markupFormatOf(file: string): MarkupFormat | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(file)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : MARKUP_EXTENSIONS[ext];
}

/** The text and layout of a Markdown or HTML article's bytes. */
export function readMarkupBytes(bytes: Uint8Array, file: string, format: MarkupFormat, options: InputConfig = {}): Pick<LektorDoc, 'text' | 'layout'> & { bomStripped: boolean } {
  const { source, encoding, bomStripped } = decodeMarkup(bytes, file, format);
  const blocks = format === 'md' ? readMarkdown(source, file) : readHtml(source, file, options);
  return { ...layoutDocument(blocks, format, source, encoding), bomStripped };
}

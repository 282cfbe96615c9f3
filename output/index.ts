import articleHtml from './article/article-html.js';
import articleMd from './article/article-md.js';
import html from './review-page/review-page.js';
import jsonl from './jsonl.js';
import md from './md.js';
import type { LektorDoc, MarkupFormat } from '../pipeline/core/doc.js';
import { UsageError } from '../pipeline/core/errors.js';
import type { Render } from './render.js';
import tmx from './tmx.js';
import txt from './txt.js';
import xliff from './xliff.js';
import xliff2 from './xliff2.js';

export type { Render, RenderOptions } from './render.js';

/** Every output format: its file name suffix and its writer. The keys are the `--format` names. */
export const FORMATS = {
  html: { suffix: '.review.html', render: html },
  md: { suffix: '.review.md', render: md },
  tmx: { suffix: '.tmx', render: tmx },
  xliff: { suffix: '.xlf', render: xliff },
  xliff2: { suffix: '.xliff2.xlf', render: xliff2 },
  jsonl: { suffix: '.jsonl', render: jsonl },
  txt: { suffix: '.en.txt', render: txt },
  'article-md': { suffix: '.en.md', render: articleMd },
  'article-html': { suffix: '.en.html', render: articleHtml },
} as const satisfies Record<string, { suffix: string; render: Render }>;

export type Format = keyof typeof FORMATS;

export function isFormat(name: string): name is Format {
  return Object.hasOwn(FORMATS, name);
}

export const FORMAT_NAMES = Object.keys(FORMATS) as Format[];

/** The format that writes a Markdown or HTML article back in kind. */
export const ARTICLE_FORMATS = { md: 'article-md', html: 'article-html' } as const satisfies Record<MarkupFormat, Format>;

/**
 * What to write for `doc`: the formats asked for, and a Markdown or HTML article in its own format
 * as well; an article format only for an article read in that format.
 */
export function formatsFor(doc: LektorDoc, formats: readonly Format[]): Format[] {
  const own = doc.layout ? ARTICLE_FORMATS[doc.layout.format] : undefined;
  const articles: readonly Format[] = Object.values(ARTICLE_FORMATS);
  return [...formats.filter((f) => !articles.includes(f) || f === own), ...(own && !formats.includes(own) ? [own] : [])];
}

/** The format names asked for, checked: an unknown one is a usage error listing the valid names. */
export function checkFormats(names: readonly string[]): Format[] {
  const unknown = names.filter((n) => !isFormat(n));
  if (unknown.length > 0) {
    throw new UsageError(`unknown format ${unknown.map((u) => `"${u}"`).join(', ')}; expected ${Object.keys(FORMATS).join(', ')}`);
  }
  return names as Format[];
}

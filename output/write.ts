import path from 'node:path';
import type { LektorDoc } from '../pipeline/core/doc.js';
import { writeFileAtomic } from '../pipeline/core/write-file-atomic.js';
import { FORMATS, formatsFor, type Format, type RenderOptions } from './index.js';
import { renderReviewIndex, type ReviewIndexEntry } from './review-index.js';

export function outputPath(dir: string, name: string, format: Format): string {
  return path.join(dir, `${name}${FORMATS[format].suffix}`);
}

/**
 * Renders every format first, then writes them: a render failure leaves no partial set behind. A
 * Markdown or HTML article is also written in its own format (`formatsFor`).
 */
export async function writeOutputs(doc: LektorDoc, formats: readonly Format[], dir: string, options: RenderOptions): Promise<string[]> {
  const rendered = formatsFor(doc, formats).map((f) => [outputPath(dir, doc.meta.name, f), FORMATS[f].render(doc, options)] as const);
  for (const [file, contents] of rendered) await writeFileAtomic(file, contents);
  return rendered.map(([file]) => file);
}

/**
 * The batch's `index.html` in `dir`, linking each article's review page (collect one
 * `reviewIndexEntry(doc)` per article as it finishes); returns the file's path.
 */
export async function writeReviewIndex(entries: readonly ReviewIndexEntry[], dir: string, options: RenderOptions): Promise<string> {
  const file = path.join(dir, 'index.html');
  await writeFileAtomic(file, renderReviewIndex(entries, options));
  return file;
}

import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LektorDoc } from '../pipeline/core/doc.js';
import { OutputError } from '../pipeline/core/errors.js';
import { FORMATS, formatsFor, type Format, type RenderOptions } from './index.js';
import { renderReviewIndex, type ReviewIndexEntry } from './review-index.js';

/**
 * Temp file + rename: a reader (or a resumed run) sees the old file or the new one, never half of
 * one, even if the process is killed mid-write.
 */
export async function writeFileAtomic(file: string, contents: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(tmp, contents, 'utf8');
    await rename(tmp, file);
  } catch (cause) {
    // Best effort: where the folder itself is unusable the cleanup fails too, and the cause that
    // matters is the original one.
    await rm(tmp, { force: true }).catch(() => undefined);
    const code = (cause as NodeJS.ErrnoException).code ?? String(cause);
    throw new OutputError({ file }, `cannot write (${code})`, { cause });
  }
}

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

import PQueue from 'p-queue';
import { makeDocument } from '../../read/read-article.js';
import type { FilterCounts, FilterOptions } from './filter-options.js';
import { findingLines } from './finding-lines.js';
import { readLines } from './read-lines.js';
import { renderFiltered } from './render-filtered.js';

export interface LineFilterOptions extends FilterOptions {
  /**
   * Lines being translated at once; reading waits beyond it, so a long input does not pile up in
   * memory. Lines in flight share the model's batches.
   * @default 256
   */
  readonly linesInFlight?: number;
}

/**
 * Translates a stream line by line, each line one segment (an article of its own, named
 * `<name>:<line>`), and writes each line's output as soon as it and every line before it are
 * done. Lines that arrive while the model is busy share its next batch; a line is never held
 * back to wait for more.
 */
export async function filterLines(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, options: LineFilterOptions): Promise<FilterCounts> {
  const linesInFlight = options.linesInFlight ?? 256;
  if (!Number.isInteger(linesInFlight) || linesInFlight < 1) {
    throw new TypeError(`filterLines: linesInFlight must be an integer >= 1, got ${String(linesInFlight)}`);
  }
  const queue = new PQueue({ concurrency: linesInFlight });
  let sentences = 0;
  let recalled = 0;
  // Outputs leave in input order: each waits for the one before it.
  let written: Promise<void> = Promise.resolve();
  let lineNumber = 0;
  for await (const line of readLines(chunks, options.name)) {
    const number = ++lineNumber;
    const translated = queue.add(async () => {
      const text = line.normalize('NFC');
      const doc = makeDocument(text, `${options.name}:${number}`, { bomStripped: false, lineEndingsNormalised: 0, nfcChanged: text !== line });
      return options.engine.translate(doc, options.now);
    });
    written = Promise.all([written, translated]).then(([, result]) => {
      sentences += result.sentences;
      recalled += result.recalled;
      for (const finding of findingLines(result.doc, options.name, number)) options.onFinding?.(finding);
      const output = renderFiltered(result.doc, options.format ?? 'txt', options.now);
      options.write(options.format === 'jsonl' ? output : `${output}\n`);
    });
    // A failure stops the reading instead of waiting for the end of the input.
    written.catch(() => undefined);
    await Promise.race([queue.onSizeLessThan(1), written]);
  }
  await written;
  return { sentences, recalled };
}

import { documentFromBytes } from '../../read/read-article.js';
import type { FilterCounts, FilterOptions } from './filter-options.js';
import { findingLines } from './finding-lines.js';
import { renderFiltered } from './render-filtered.js';

/**
 * Translates one German text (the bytes of standard input, or an argument) as one article, with
 * the same stages as a file, and writes it whole: the English in the German's layout, or JSONL.
 */
export async function filterText(bytes: Uint8Array, options: FilterOptions): Promise<FilterCounts> {
  const { doc, sentences, recalled } = await options.engine.translate(documentFromBytes(bytes, options.name), options.now);
  for (const line of findingLines(doc, options.name)) options.onFinding?.(line);
  options.write(renderFiltered(doc, options.format ?? 'txt', options.now));
  return { sentences, recalled };
}

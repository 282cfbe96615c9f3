import { isScalar, isSeq, parseDocument, type Pair, type Node } from 'yaml';
import { GlossaryError } from '../../../pipeline/core/errors.js';
import type { RawTerm } from '../../build-terms.js';
import { entryText, flowEntryText } from './entry-text.js';
import { applySplices, columnOf, lineEnding, type Splice } from './text-splice.js';

/**
 * Adds entries at the end of `terms` by splicing their text into the file: comments, blank lines,
 * quoting and every other line stay exactly as they were. The new entries follow the list's
 * indentation and the file's line endings.
 */
export function appendEntries(raw: string, entries: readonly RawTerm[], file: string): string {
  if (entries.length === 0) return raw;
  const doc = parseDocument(raw);
  const pair = isMapWithItems(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'terms') : undefined;
  if (!pair) throw new GlossaryError({ file }, 'has no terms list to add to');
  return applySplices(raw, [insertion(raw, pair, entries, file)]);
}

function isMapWithItems(node: unknown): node is { items: Pair[] } {
  return typeof node === 'object' && node !== null && Array.isArray((node as { items?: unknown }).items);
}

function insertion(raw: string, pair: Pair, entries: readonly RawTerm[], file: string): Splice {
  const eol = lineEnding(raw);
  const list = pair.value as Node | null;
  const keyColumn = columnOf(raw, (pair.key as Node).range![0]);
  if (isSeq(list) && list.items.length > 0) {
    const [start, end] = list.range!;
    if (list.flow) {
      // `terms: [{…}, {…}]`: the new entries go before the closing bracket.
      const close = raw.lastIndexOf(']', end);
      return { start: close, end: close, text: entries.map((e) => `, ${flowEntryText(e)}`).join('') };
    }
    const block = indented(entries, columnOf(raw, start), eol);
    return raw[end - 1] === '\n' ? { start: end, end, text: block } : { start: end, end, text: `${eol}${block}` };
  }
  if (list !== null && !(isSeq(list) || (isScalar(list) && list.value === null))) throw new GlossaryError({ file }, 'terms is not a list');
  // `terms:` or `terms: []`: the list becomes a block under the key.
  let start = list?.range?.[0] ?? (pair.key as Node).range![1] + 1;
  const end = list?.range?.[1] ?? start;
  while (raw[start - 1] === ' ') start--;
  return { start, end, text: `${eol}${indented(entries, keyColumn + 2, eol).slice(0, -eol.length)}` };
}

function indented(entries: readonly RawTerm[], column: number, eol: string): string {
  const pad = ' '.repeat(column);
  const lines = entries.map(entryText).join('').split('\n');
  lines.pop();
  // Empty lines inside a block scalar (a note of several paragraphs) stay empty.
  return lines.map((line) => (line === '' ? eol : `${pad}${line}${eol}`)).join('');
}

import type { Layout, LayoutBlock, MarkupFormat } from '../core/doc.js';
import type { FoundBlock } from './block-text.js';

/** Blocks in the order they appear in the file, their texts joined by blank lines into `doc.text`. */
export function layoutDocument(found: readonly FoundBlock[], format: MarkupFormat, source: string, encoding: string): { text: string; layout: Layout } {
  const ordered = [...found].sort((a, b) => a.sourceStart - b.sourceStart);
  let text = '';
  const blocks = ordered.map(({ text: own, ...block }): LayoutBlock => {
    if (text !== '') text += '\n\n';
    const start = text.length;
    text += own;
    return {
      ...block,
      start,
      end: text.length,
      runs: block.runs.map((r) => ({ ...r, start: r.start + start, end: r.end + start })),
      marks: block.marks.map((m) => ({ ...m, start: m.start + start, end: m.end + start })),
    };
  });
  return { text, layout: { format, source, encoding, blocks } };
}

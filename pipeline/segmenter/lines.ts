import { trimSpan, type Span } from './span.js';

/**
 * The text's blocks: runs of non-blank lines, split at blank lines. Each line is given as its
 * content span, without indentation or trailing whitespace, so widths compare like for like.
 */
export function splitBlocks(text: string): Span[][] {
  const blocks: Span[][] = [];
  let block: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = trimSpan(text, lineStart, lineEnd);
    if (line.start < line.end) {
      block.push(line);
    } else if (block.length > 0) {
      blocks.push(block);
      block = [];
    }
    lineStart = lineEnd + 1;
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

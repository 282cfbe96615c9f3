import { positionId, type Paragraph, type ParagraphKind, type Segment } from '../doc.js';

/**
 * First segmenter: paragraphs on blank lines, sentences on `.?!` + space + capital.
 * Every offset points into `text`; nothing is dropped but the separators between segments.
 */
export function segmentText(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let segmentIndex = 0;
  for (const block of text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    const blockStart = block.index;
    const trimmed = trimSpan(text, blockStart, blockStart + block[0].length);
    if (trimmed.start === trimmed.end) continue;
    const segments: Segment[] = [];
    let sentenceStart = trimmed.start;
    const body = text.slice(trimmed.start, trimmed.end);
    for (const m of body.matchAll(/[.?!]["“”»«]?(?=\s+["„“»«]?\p{Lu})/gu)) {
      const end = trimmed.start + m.index + m[0].length;
      segments.push(makeSegment(text, sentenceStart, end, segmentIndex++));
      sentenceStart = skipSpace(text, end);
    }
    segments.push(makeSegment(text, sentenceStart, trimmed.end, segmentIndex++));
    paragraphs.push({ id: positionId('p', paragraphs.length), kind: kindOf(body), start: trimmed.start, end: trimmed.end, segments });
  }
  return paragraphs;
}

function kindOf(body: string): ParagraphKind {
  return /[.?!:"“”]$/.test(body) || body.length > 120 ? 'paragraph' : 'heading';
}

function makeSegment(text: string, start: number, end: number, index: number): Segment {
  const source = text.slice(start, end);
  return { id: positionId('s', index), source, start, end, translatable: /\p{L}/u.test(source) };
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

import { positionId, type Paragraph, type Segment } from '../core/doc.js';
import { classifyGroup, type ParagraphPart } from './classify.js';
import { groupLines } from './line-groups.js';
import { splitBlocks } from './lines.js';
import { splitSentences } from './sentences.js';
import type { Span } from './span.js';

const LETTER = /\p{L}/u;

/** Only text with letters goes to the model: opus-mt invents text for `-`, `•` or `12:07`. */
export function isTranslatable(source: string): boolean {
  return LETTER.test(source);
}

/**
 * Splits an article into paragraphs (headings, datelines, paragraphs) and sentence segments.
 * Lossless: every segment is `text.slice(start, end)`, and what lies between segments is whitespace,
 * so the text can be rebuilt exactly. Runs in time linear in the length of the text.
 */
export function segmentText(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let segmentCount = 0;
  for (const block of splitBlocks(text)) {
    for (const group of groupLines(text, block)) {
      for (const part of classifyGroup(text, group)) {
        const sentences = splitSentences(text, part);
        const segments = sentences.map((sentence) => makeSegment(text, sentence, segmentCount++));
        paragraphs.push({ id: positionId('p', paragraphs.length), kind: kindOf(part, sentences), start: part.start, end: part.end, segments });
      }
    }
  }
  return paragraphs;
}

/** A short line of several sentences is a paragraph that lost its final period, not a heading. */
function kindOf(part: ParagraphPart, sentences: readonly Span[]): Paragraph['kind'] {
  return part.kind === 'heading' && sentences.length > 1 ? 'paragraph' : part.kind;
}

function makeSegment(text: string, span: Span, index: number): Segment {
  const source = text.slice(span.start, span.end);
  return { id: positionId('s', index), source, start: span.start, end: span.end, translatable: isTranslatable(source) };
}

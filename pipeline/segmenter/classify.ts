import type { ParagraphKind } from '../core/doc.js';
import { agencyDatelineLength, gluedDatelineStart, isDateline } from './dateline.js';
import { charClass, CLOSING } from './enclosing.js';
import type { LineGroup } from './line-groups.js';
import { trimSpan, type Span } from './span.js';

/** A paragraph before sentence splitting: its span, its kind, and where its text starts. */
export interface ParagraphPart extends Span {
  readonly kind: ParagraphKind;
  /** No sentence ends before this offset: it skips a list marker such as `1.`. */
  readonly bodyStart: number;
}

/** Headlines are short; a longer line without a final period is a paragraph that lost it. */
const HEADING_MAX_LENGTH = 150;
const FINAL_PUNCTUATION = new RegExp(`[.!?…:;,]${charClass(CLOSING)}*$`, 'u');
const LETTER = /\p{L}/u;

/**
 * What a group of lines is: a list item, a dateline, a short line without final punctuation (a
 * heading, with a dateline split off its end when one is glued to it), or a paragraph, which may
 * open with an agency dateline (`Berlin (dpa) -`). Whether a heading is one sentence is decided later.
 */
export function classifyGroup(text: string, group: LineGroup): ParagraphPart[] {
  if (group.listMarkerEnd !== undefined) return [{ start: group.start, end: group.end, kind: 'paragraph', bodyStart: group.listMarkerEnd }];
  const agency = agencyDatelineLength(text.slice(group.start, group.end));
  if (agency !== undefined) {
    const rest = trimSpan(text, group.start + agency, group.end);
    return [part(group.start, group.start + agency, 'dateline'), part(rest.start, rest.end, 'paragraph')];
  }
  if (group.lines > 1 || group.end - group.start > HEADING_MAX_LENGTH) return [part(group.start, group.end, 'paragraph')];
  const line = text.slice(group.start, group.end);
  if (isDateline(line)) return [part(group.start, group.end, 'dateline')];
  const glued = gluedDatelineStart(line);
  if (glued === undefined) return [part(group.start, group.end, headingOrParagraph(line))];
  const head = trimSpan(text, group.start, group.start + glued);
  return [part(head.start, head.end, headingOrParagraph(text.slice(head.start, head.end))), part(group.start + glued, group.end, 'dateline')];
}

function headingOrParagraph(line: string): ParagraphKind {
  return LETTER.test(line) && !FINAL_PUNCTUATION.test(line) ? 'heading' : 'paragraph';
}

function part(start: number, end: number, kind: ParagraphKind): ParagraphPart {
  return { start, end, kind, bodyStart: start };
}

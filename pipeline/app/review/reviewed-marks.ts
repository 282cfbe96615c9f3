import { markPart } from '../../core/mark-part.js';
import type { InlinePiece } from '../../../output/reviewed-file.js';
import type { InlineMark, Segment } from '../../core/doc.js';
import { crosses } from '../../markup/restore-marks.js';

/** A reviewer's English and where the sentence's inline markup is in it. */
export interface ReviewedText {
  readonly target: string;
  /** Absent when the sentence has no inline markup. */
  readonly marks?: readonly InlineMark[];
}

/** `text` folded as `foldWhitespace` folds it, with where each old position lands. */
function foldWithOffsets(text: string): { text: string; at: (position: number) => number } {
  const lead = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  const at: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    at.push(out.length);
    if (i < lead || i >= end) continue;
    const c = text[i] as string;
    if (!/\s/.test(c)) out += c;
    else if (!/\s/.test(text[i - 1] as string)) out += ' ';
  }
  at.push(out.length);
  return { text: out, at: (position) => Math.min(at[position] ?? out.length, out.length) };
}

/**
 * A mark the English no longer places: its markup is dropped, or, for a piece of an element a
 * sentence boundary cuts, kept around the whole sentence so the article stays well formed (as
 * the translation path does); `lost` makes the `markup` check flag it.
 */
function lose(mark: InlineMark, length: number): InlineMark {
  const { targetStart: _s, targetEnd: _e, ...plain } = mark;
  return markPart(mark) === 'whole' ? { ...plain, lost: true } : { ...plain, targetStart: 0, targetEnd: length, lost: true };
}

/** The one place of `text` in `within`, or undefined when it is empty, missing or there more than once. */
function onlyPlace(within: string, text: string): number | undefined {
  if (text === '') return undefined;
  const first = within.indexOf(text);
  return first >= 0 && within.indexOf(text, first + 1) < 0 ? first : undefined;
}

// How much of the English before an element that wraps none (an image, a break) finds its place again.
const CONTEXT = 12;

/** Where an element around no English goes: at either edge it was at, or after the English that came before it, if that is there once. */
function emptyPlace(before: string, after: string, at: number): number | undefined {
  if (at === 0) return 0;
  if (at === before.length) return after.length;
  const found = onlyPlace(after, before.slice(Math.max(0, at - CONTEXT), at));
  return found === undefined ? undefined : found + Math.min(at, CONTEXT);
}

/**
 * Where a mark goes in English a reviewer edited as plain text: around the same English it
 * wrapped before, where that is still there exactly once (an element around none: after the
 * English before it); otherwise it is lost (flagged). A piece of a cut element keeps reaching the
 * sentence's edge.
 */
function relocate(mark: InlineMark, before: string, after: string): InlineMark {
  if (mark.lost || mark.targetStart === undefined || mark.targetEnd === undefined) return lose(mark, after.length);
  const wrapped = before.slice(mark.targetStart, mark.targetEnd);
  const at = wrapped === '' ? emptyPlace(before, after, mark.targetStart) : onlyPlace(after, wrapped);
  if (at === undefined) return lose(mark, after.length);
  const end = at + mark.targetEnd - mark.targetStart;
  const part = markPart(mark);
  return { ...mark, targetStart: part === 'tail' || part === 'middle' ? 0 : at, targetEnd: part === 'head' || part === 'middle' ? after.length : end };
}

/** Each mark that crosses one before it, lost instead. */
function uncrossed(marks: readonly InlineMark[], length: number): InlineMark[] {
  return marks.map((mark, i) => (!mark.lost && marks.slice(0, i).some((earlier) => !earlier.lost && crosses(earlier, mark)) ? lose(mark, length) : mark));
}

/**
 * The English a reviewer gave for `segment`, whitespace folded as every review is, with its marks
 * moved along. `marks` says where the reviewer put the markup (from a file's inline codes). Without
 * it (a plain text edit, as the review page's editor sends), each mark stays around the English it
 * wrapped where that is still there once, and is lost otherwise: flagged, never silently dropped.
 */
export function reviewedText(segment: Segment, target: string, marks?: readonly InlineMark[]): ReviewedText {
  const folded = foldWithOffsets(target);
  if (!segment.marks?.length) return { target: folded.text };
  if (marks) {
    return {
      target: folded.text,
      marks: marks.map((m) => (m.targetStart === undefined || m.targetEnd === undefined ? m : { ...m, targetStart: folded.at(m.targetStart), targetEnd: folded.at(m.targetEnd) })),
    };
  }
  if (folded.text === segment.target) return { target: folded.text, marks: segment.marks };
  const before = segment.target ?? '';
  return { target: folded.text, marks: uncrossed(segment.marks.map((m) => relocate(m, before, folded.text)), folded.text.length) };
}

interface Codes {
  open: number[];
  close: number[];
  alone: (readonly [number, number])[];
}

/** Where a mark's codes put it, or undefined when they are missing, doubled, in the wrong order, or of the wrong kind. */
function placed(mark: InlineMark, codes: Codes, length: number): readonly [number, number] | undefined {
  const { open, close, alone } = codes;
  if (!mark.paired) return alone.length === 1 && open.length + close.length === 0 ? alone[0] : undefined;
  if (alone.length > 0) return undefined;
  switch (markPart(mark)) {
    case 'whole':
      return open.length === 1 && close.length === 1 && (open[0] as number) <= (close[0] as number) ? [open[0] as number, close[0] as number] : undefined;
    case 'head':
      return open.length === 1 && close.length === 0 ? [open[0] as number, length] : undefined;
    case 'tail':
      return close.length === 1 && open.length === 0 ? [0, close[0] as number] : undefined;
    case 'middle':
      return open.length + close.length === 0 ? [0, length] : undefined;
  }
}

/**
 * A reviewed file's English with inline codes (XLIFF, TMX), read back into text and marks: each
 * code of one of the segment's marks places that mark where the reviewer (or the CAT tool) put it,
 * and a standalone code stands for its element's text again. A mark whose codes are missing,
 * doubled, out of order or crossing another's is lost (flagged by the `markup` check); a code no
 * mark of the segment has is dropped, its text kept.
 */
export function textFromCodes(segment: Segment, pieces: readonly InlinePiece[]): ReviewedText {
  const marks = segment.marks ?? [];
  const byId = new Map(marks.map((m) => [m.id, m]));
  const codes = new Map(marks.map((m): [string, Codes] => [m.id, { open: [], close: [], alone: [] }]));
  let text = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      text += piece;
      continue;
    }
    const mark = byId.get(piece.mark);
    const found = codes.get(piece.mark);
    if (!mark || !found) continue;
    if (piece.side !== 'standalone') {
      found[piece.side].push(text.length);
      continue;
    }
    const shown = mark.paired ? '' : segment.source.slice(mark.start, mark.end);
    found.alone.push([text.length, text.length + shown.length]);
    text += shown;
  }
  if (marks.length === 0) return reviewedText(segment, text);
  const located = marks.map((mark) => {
    const at = placed(mark, codes.get(mark.id) as Codes, text.length);
    const { targetStart: _s, targetEnd: _e, lost: _l, ...plain } = mark;
    return at ? { ...plain, targetStart: at[0], targetEnd: at[1] } : lose(mark, text.length);
  });
  return reviewedText(segment, text, uncrossed(located, text.length));
}

/** The German a file's pieces stand for: a standalone code is its element's text, as the segment has it. */
export function sourceFromCodes(segment: Segment, pieces: readonly InlinePiece[]): string {
  const byId = new Map((segment.marks ?? []).map((m) => [m.id, m]));
  return pieces
    .map((piece) => {
      if (typeof piece === 'string') return piece;
      const mark = byId.get(piece.mark);
      return piece.side === 'standalone' && mark && !mark.paired ? segment.source.slice(mark.start, mark.end) : '';
    })
    .join('');
}

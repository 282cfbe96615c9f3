import { markPart } from '../../output/inline-tree.js';
import type { InlinePiece } from '../../output/reviewed-file.js';
import type { InlineMark, Segment } from '../doc.js';

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

function crosses(a: InlineMark, b: InlineMark): boolean {
  const [as, ae, bs, be] = [a.targetStart ?? 0, a.targetEnd ?? 0, b.targetStart ?? 0, b.targetEnd ?? 0];
  return (as < bs && bs < ae && ae < be) || (bs < as && as < be && be < ae);
}

/**
 * The English a reviewer gave for `segment`, whitespace folded as every review is, with its marks
 * moved along. `marks` says where the reviewer put the markup (from a file's inline codes); without
 * it, English that is the segment's own keeps the segment's marks, and changed English (a plain
 * text edit) keeps none: each mark is lost and flagged, never silently dropped.
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
  return { target: folded.text, marks: segment.marks.map((m) => (m.lost ? m : lose(m, folded.text.length))) };
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
  const settled = located.map((mark, i) => (!mark.lost && located.slice(0, i).some((earlier) => !earlier.lost && crosses(earlier, mark)) ? lose(mark, text.length) : mark));
  return reviewedText(segment, text, settled);
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

import { applyEdits, type Edit, type Placed } from '../../glossary/edit-text.js';
import { placeholder, placeholderPattern } from '../../glossary/strategies/placeholder.js';
import { reviseTarget } from '../core/follow-spans.js';
import { markPart } from '../core/mark-part.js';
import type { InlineMark, Segment } from '../core/doc.js';
import { markPlaceholderIndex, sidesToMask } from './mask-marks.js';

const SPACE = /\s/;

interface Found {
  readonly start: number;
  readonly end: number;
}

/** A placeholder found in the target, and what takes its place. */
interface Piece extends Found {
  /** A standalone's text; `''` for a paired mark's side or a lost mark's placeholder. */
  readonly content: string;
  /** The point of the source it stands for, and whether the source had a space before and after it. */
  readonly sourceAt: number;
  readonly spaceBefore: boolean;
  readonly spaceAfter: boolean;
  /** The mark side whose position this fixes (absent for a lost mark's placeholder). */
  readonly key?: string;
}

/** A run of placeholders with only whitespace between them, replaced at once. */
interface PieceEdit extends Edit {
  /** Where each piece's boundary falls within `replacement`. */
  readonly at: ReadonlyMap<string, number>;
}

/**
 * The occurrences of placeholder `index` in `target`, even run into a word (to be taken out);
 * `once` when there is exactly one and it is a word of its own.
 */
function findAll(target: string, index: number): { once?: Found; all: Found[] } {
  const all = [...target.matchAll(new RegExp(`${placeholder(index)}(?!\\d)`, 'gi'))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const whole = [...target.matchAll(placeholderPattern(index))];
  return { ...(all.length === 1 && whole.length === 1 ? { once: all[0] } : {}), all };
}

/**
 * Placeholders and the whitespace around them → the pieces' text, spaced as the source was spaced
 * at those points (a space only where text follows or precedes).
 */
function pieceEdits(target: string, pieces: readonly Piece[]): PieceEdit[] {
  const sorted = [...pieces].sort((a, b) => a.start - b.start);
  const edits: PieceEdit[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && target.slice((sorted[j - 1] as Piece).end, (sorted[j] as Piece).start).trim() === '') j++;
    const group = sorted.slice(i, j);
    let start = (group[0] as Piece).start;
    let end = (group.at(-1) as Piece).end;
    while (start > 0 && SPACE.test(target[start - 1] as string)) start--;
    while (end < target.length && SPACE.test(target[end] as string)) end++;
    let replacement = (group[0] as Piece).spaceBefore && start > 0 ? ' ' : '';
    const at = new Map<string, number>();
    group.forEach((piece, k) => {
      if (piece.key) at.set(piece.key, replacement.length);
      replacement += piece.content;
      const next = group[k + 1];
      // Sides that met at one point of the source meet at one point of the target.
      const spaced = next ? next.sourceAt !== piece.sourceAt && (piece.spaceAfter || next.spaceBefore) : piece.spaceAfter && end < target.length;
      if (spaced) replacement += ' ';
    });
    edits.push({ start, end, replacement, at });
    i = j;
  }
  return edits;
}

/** Where a position of the old target lands after the edits. */
function shiftPosition(position: number, placed: readonly Placed<Edit>[]): number {
  let delta = 0;
  for (const p of placed) {
    if (p.edit.end <= position) delta += p.end - p.start - (p.edit.end - p.edit.start);
    else if (p.edit.start < position) return p.start;
  }
  return position + delta;
}

/** Whether two marks' English overlaps without one holding the other: they cannot both be written. */
export function crosses(a: InlineMark, b: InlineMark): boolean {
  const [as, ae, bs, be] = [a.targetStart ?? 0, a.targetEnd ?? 0, b.targetStart ?? 0, b.targetEnd ?? 0];
  return (as < bs && bs < ae && ae < be) || (bs < as && as < be && be < ae);
}

/**
 * Takes the markup placeholders out of a translated segment and records where each mark's
 * English is. A mark whose placeholders the model dropped, doubled or put in the wrong order is
 * `lost`: the translation is kept and the markup dropped (a piece of an element that goes on in the
 * next sentence is kept around the whole sentence instead, so the document stays well formed), as
 * is a mark that would cross another. Term hits' target offsets and the low-confidence words follow the edits.
 */
export function restoreMarks(segment: Segment): Segment {
  const marks = segment.marks;
  const target = segment.target;
  if (!marks?.length || target === undefined) return segment;
  if (target === segment.source) return { ...segment, marks: marks.map((m) => ({ ...m, targetStart: m.start, targetEnd: m.end })) };
  const source = segment.source;
  const pieces: Piece[] = [];
  const lost = new Set<number>();
  marks.forEach((mark, i) => {
    const sides = sidesToMask(mark, source);
    const open = findAll(target, markPlaceholderIndex(segment, i, 'open'));
    const close = findAll(target, markPlaceholderIndex(segment, i, 'close'));
    const ok = (!sides.open || open.once) && (!sides.close || close.once) && !(open.once && close.once && close.once.start < open.once.start);
    if (!ok) lost.add(i);
    // The source's spacing where the mark opens (or its text starts) and where it ends.
    const spaced = (position: number) => ({ spaceBefore: SPACE.test(source[position - 1] ?? ''), spaceAfter: SPACE.test(source[position] ?? '') });
    const content = ok && !mark.paired ? source.slice(mark.start, mark.end) : '';
    for (const found of open.all) {
      const spacing = mark.paired ? spaced(mark.start) : { spaceBefore: spaced(mark.start).spaceBefore, spaceAfter: spaced(mark.end).spaceAfter };
      pieces.push({ ...found, ...spacing, sourceAt: mark.start, content, ...(ok && found === open.once ? { key: `${i}:open` } : {}) });
    }
    for (const found of close.all) pieces.push({ ...found, ...spaced(mark.end), sourceAt: mark.end, content: '', ...(ok && found === close.once ? { key: `${i}:close` } : {}) });
  });
  const { text, placed } = applyEdits(target, pieceEdits(target, pieces));
  const at = new Map<string, number>();
  for (const p of placed) for (const [key, offset] of p.edit.at) at.set(key, p.start + offset);
  const restored: InlineMark[] = marks.map((mark, i) => {
    const { targetStart: _s, targetEnd: _e, ...plain } = mark;
    if (lost.has(i)) return markPart(mark) === 'whole' ? { ...plain, lost: true } : { ...plain, targetStart: 0, targetEnd: text.length, lost: true };
    const start = at.get(`${i}:open`) ?? 0;
    const end = mark.paired ? (at.get(`${i}:close`) ?? text.length) : start + (mark.end - mark.start);
    return { ...plain, targetStart: start, targetEnd: end };
  });
  const settled = restored.map((mark, i) => {
    if (mark.targetStart === undefined || !restored.slice(0, i).some((earlier) => earlier.targetStart !== undefined && crosses(earlier, mark))) return mark;
    const { targetStart: _s, targetEnd: _e, ...dropped } = mark;
    return { ...dropped, lost: true as const };
  });
  const terms = segment.terms?.map((h) =>
    h.targetStart === undefined || h.targetEnd === undefined ? h : { ...h, targetStart: shiftPosition(h.targetStart, placed), targetEnd: shiftPosition(h.targetEnd, placed) },
  );
  return { ...reviseTarget(segment, text), marks: settled, ...(terms ? { terms } : {}) };
}

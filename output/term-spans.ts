import type { Segment, TermHit } from '../pipeline/core/doc.js';

/**
 * The glossary stage may record where the English term landed; older documents (and other
 * strategies) do not, so the field is optional here as well.
 */
type TermHitWithTarget = TermHit & { readonly targetStart?: number; readonly targetEnd?: number };

/** Where one term occurrence sits in a text. */
export interface TermSpan {
  readonly start: number;
  readonly end: number;
  readonly hit: TermHit;
}

/** A run of text, carrying the term it belongs to, if any. */
export interface TextPiece {
  readonly text: string;
  readonly hit?: TermHit;
}

function withoutOverlaps(spans: readonly TermSpan[]): TermSpan[] {
  const kept: TermSpan[] = [];
  // Marks cannot nest, so of two overlapping matches the earlier (then longer) one wins.
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of sorted) {
    const last = kept.at(-1);
    if (span.start < span.end && (!last || span.start >= last.end)) kept.push(span);
  }
  return kept;
}

/** The source-side spans of a segment's term hits. */
export function sourceTermSpans(segment: Segment): TermSpan[] {
  return withoutOverlaps((segment.terms ?? []).map((hit) => ({ start: hit.start, end: hit.end, hit })));
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function locateInTarget(target: string, hit: TermHitWithTarget, taken: readonly TermSpan[]): TermSpan | undefined {
  if (hit.targetStart !== undefined && hit.targetEnd !== undefined) return { start: hit.targetStart, end: hit.targetEnd, hit };
  if (hit.expected === '') return undefined;
  for (const match of target.matchAll(new RegExp(escapeRegExp(hit.expected), 'giu'))) {
    const start = match.index;
    const end = start + match[0].length;
    if (!taken.some((t) => start < t.end && t.start < end)) return { start, end, hit };
  }
  return undefined;
}

/**
 * The target-side spans of the terms that are in the target: recorded offsets where the glossary
 * stage gave them, otherwise the first free case-insensitive occurrence of the expected English.
 */
export function targetTermSpans(segment: Segment): TermSpan[] {
  const target = segment.target ?? '';
  const spans: TermSpan[] = [];
  for (const hit of segment.terms ?? []) {
    if (!hit.found) continue;
    const span = locateInTarget(target, hit, spans);
    if (span) spans.push(span);
  }
  return withoutOverlaps(spans);
}

/** The spans inside `[from, to)` of a text, cut to it and counted from `from`: the terms of one stretch of a sentence. */
export function spansWithin(spans: readonly TermSpan[], from: number, to: number): TermSpan[] {
  return spans.filter((s) => s.start < to && s.end > from).map((s) => ({ ...s, start: Math.max(s.start, from) - from, end: Math.min(s.end, to) - from }));
}

/** Cuts `text` at the spans, so a template can mark the term pieces and escape every piece. */
export function splitAtSpans(text: string, spans: readonly TermSpan[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at || span.end > text.length) continue;
    if (span.start > at) pieces.push({ text: text.slice(at, span.start) });
    pieces.push({ text: text.slice(span.start, span.end), hit: span.hit });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

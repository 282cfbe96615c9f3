import { startsWithMonth } from './months.js';
import type { Span } from './span.js';

/** `1.`, `2)`, `a)` or a bullet, followed by the item's text. */
const LIST_MARKER = /^(?:\d{1,3}[.)]|[a-zA-Z]\)|[•▪‣◦·*–—-])(?=[ \t\u00a0]+\S)/u;
/** A marker is short: looking further into a long line is wasted work. */
const MARKER_WINDOW = 16;

/** The offset just after the line's list marker (`1.`, `•`), or undefined when it has none. */
export function listMarkerEnd(text: string, line: Span): number | undefined {
  const head = text.slice(line.start, Math.min(line.end, line.start + MARKER_WINDOW));
  const marker = LIST_MARKER.exec(head)?.[0];
  if (marker === undefined) return undefined;
  // `3. Oktober 2023` on its own line is a date, not item 3.
  if (marker.endsWith('.') && startsWithMonth(head.slice(marker.length).trimStart())) return undefined;
  return line.start + marker.length;
}

/**
 * The marker the next item of the same list would have: `2.` after `1.`, `b)` after `a)`, the same
 * bullet after a bullet.
 */
export function followingMarker(marker: string): string {
  const number = /^(\d+)([.)])$/.exec(marker);
  if (number) return `${Number(number[1]) + 1}${number[2]}`;
  const letter = /^([a-yA-Y])\)$/.exec(marker);
  if (letter) return `${String.fromCharCode(letter[1]!.charCodeAt(0) + 1)})`;
  return marker;
}

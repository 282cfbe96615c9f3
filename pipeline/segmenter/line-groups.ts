import { charClass, CLOSING } from './enclosing.js';
import { followingMarker, listMarkerEnd } from './list-marker.js';
import { isSpaceAt, type Span } from './span.js';
import { continuesInLowerCase, endsOpen } from './wrapped-lines.js';

/** Lines of one block that belong together: a hard-wrapped paragraph, a heading, a list item. */
export interface LineGroup extends Span {
  readonly lines: number;
  /** Set when the group is a list item: the offset just after its marker (`1.`, `•`). */
  readonly listMarkerEnd?: number;
}

/**
 * Hard-wrapped text is 60 to 80 columns wide, rarely more; a block with a line longer than this
 * was not wrapped, so each of its line breaks was typed on purpose.
 */
const MAX_WRAP_WIDTH = 100;

/** Lines that close a clause, after which a list may start: `… folgende Punkte:`. */
const CLAUSE_END = new RegExp(`[.!?…:;]${charClass(CLOSING)}*$`, 'u');

/**
 * Joins the hard-wrapped lines of a block and separates lines broken on purpose. A break is on
 * purpose when the next line's first word would have fitted on the line (a wrapping editor would
 * have put it there), when the block was not wrapped at all, or when a list item follows; but
 * never when the line ends in a word that leaves its phrase open or the next one starts in lower
 * case. A numbered line (`1. Ich ___ gern Tennis.`) on a line of its own is a list item.
 */
export function groupLines(text: string, block: readonly Span[]): LineGroup[] {
  const width = block.reduce((max, line) => Math.max(max, line.end - line.start), 0);
  const groups: LineGroup[] = [];
  let current: LineGroup | undefined;
  block.forEach((line, i) => {
    const marker = listMarkerEnd(text, line);
    // Reading past an array's ends is slow in V8, and this runs for every line.
    const previous = i > 0 ? block[i - 1] : undefined;
    const continues =
      previous !== undefined && (endsOpen(text, previous) || (marker === undefined && continuesInLowerCase(text, previous, line)));
    const separate = previous !== undefined && !continues && brokenOnPurpose(text, previous, line, width);
    const isItem =
      marker !== undefined &&
      !continues &&
      (current === undefined ||
        current.listMarkerEnd !== undefined ||
        closesClause(text, current) ||
        separate ||
        (i + 1 < block.length && opensList(text, line, marker, block[i + 1]!)));
    if (current === undefined || isItem || separate) {
      if (current) groups.push(current);
      current = { start: line.start, end: line.end, lines: 1, ...(isItem ? { listMarkerEnd: marker } : {}) };
    } else {
      current = { ...current, end: line.end, lines: current.lines + 1 };
    }
  });
  if (current) groups.push(current);
  return groups;
}

function brokenOnPurpose(text: string, previousLine: Span, line: Span, width: number): boolean {
  return width > MAX_WRAP_WIDTH || previousLine.end - previousLine.start + 1 + firstWordLength(text, line) <= width;
}

function firstWordLength(text: string, line: Span): number {
  let i = line.start;
  while (i < line.end && !isSpaceAt(text, i)) i++;
  return i - line.start;
}

/** Whether the next line carries the list's next marker (`1.` then `2.`): then this line opens a list. */
function opensList(text: string, line: Span, marker: number, next: Span): boolean {
  const nextMarker = listMarkerEnd(text, next);
  return nextMarker !== undefined && followingMarker(text.slice(line.start, marker)) === text.slice(next.start, nextMarker);
}

function closesClause(text: string, group: Span): boolean {
  return CLAUSE_END.test(text.slice(Math.max(group.start, group.end - 8), group.end));
}

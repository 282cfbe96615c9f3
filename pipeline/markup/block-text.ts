import type { InlineMark, InlineType, LayoutBlock, ParagraphKind, TextRun } from '../doc.js';

/** A block as a reader found it: offsets into its own `text`, before `layoutDocument` places it in `doc.text`. */
export type FoundBlock = Omit<LayoutBlock, 'start' | 'end'> & { readonly text: string };

/** Where a paired element opened, for `close`. */
export interface OpenMark {
  readonly index: number;
}

const SPACE = /[ \t\n\r\f]/;
const ENTITY = /&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)/y;

/**
 * Collects one block's text out of a parse tree, aligned with the file: each call hands over a
 * text node (its decoded value and where it is written) or an inline element. Whitespace runs
 * become one space, as a browser shows them and as the model is sent them; leading and trailing
 * whitespace is left out of the block.
 */
export function blockText(source: string) {
  let text = '';
  const runs: TextRun[] = [];
  const marks: (InlineMark & { type: InlineType })[] = [];
  /** Where in `text` markup was last opened, closed or kept. */
  let markedAt = -1;

  function run(chars: string, sourceStart: number, sourceEnd: number): void {
    const prev = runs.at(-1);
    const verbatim = chars.length === sourceEnd - sourceStart;
    if (prev && verbatim && prev.end === text.length && prev.sourceEnd === sourceStart && prev.end - prev.start === prev.sourceEnd - prev.sourceStart) {
      runs[runs.length - 1] = { ...prev, end: prev.end + chars.length, sourceEnd };
    } else {
      runs.push({ start: text.length, end: text.length + chars.length, sourceStart, sourceEnd });
    }
    text += chars;
  }

  function space(sourceStart: number, sourceEnd: number): void {
    // Leading whitespace stays out; a second space in a row maps to nothing, unless markup came
    // between the two, which would otherwise lose the space on one side of it.
    if ((text === '' && marks.length === 0) || (text.endsWith(' ') && markedAt !== text.length)) return;
    run(' ', sourceStart, sourceEnd);
  }

  /**
   * The decoded `value` of a text node written at `source[from, to)`: characters are matched one by
   * one with what is written, so entities (`&amp;`), backslash escapes (`\*`) and what a
   * line break drags along (`> `, indentation) each map to the characters they stand for.
   */
  function addText(value: string, from: number, to: number): void {
    let i = from;
    let j = 0;
    while (j < value.length) {
      const c = value[j] as string;
      if (SPACE.test(c)) {
        let k = j;
        while (k < value.length && SPACE.test(value[k] as string)) k++;
        const next = value[k];
        const start = i;
        while (i < to && (next === undefined || !startsChar(i, next))) i++;
        space(start, i);
        j = k;
        continue;
      }
      if (i >= to) {
        run(value.slice(j), to, to);
        return;
      }
      if (source[i] === c) {
        run(c, i, i + 1);
        i++;
        j++;
        continue;
      }
      if (source[i] === '\\' && source[i + 1] === c) {
        run(c, i, i + 2);
        i += 2;
        j++;
        continue;
      }
      ENTITY.lastIndex = i;
      const entity = source[i] === '&' ? ENTITY.exec(source) : null;
      if (entity) {
        const width = (value.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
        run(value.slice(j, j + width), i, i + entity[0].length);
        i += entity[0].length;
        j += width;
        continue;
      }
      // Written but not part of the value (a line prefix without whitespace before it).
      i++;
    }
  }

  function startsChar(i: number, c: string): boolean {
    return source[i] === c || (source[i] === '\\' && source[i + 1] === c) || (source[i] === '&' && !SPACE.test(c));
  }

  return {
    addText,
    /** A paired element whose opening markup is `source[from, to)`; its content follows. */
    open(type: InlineType, from: number, to: number): OpenMark {
      marks.push({ id: `m${marks.length + 1}`, type, paired: true, start: text.length, end: text.length, open: source.slice(from, to), close: '', sourceOpen: from, sourceClose: to });
      markedAt = text.length;
      return { index: marks.length - 1 };
    },
    /** The closing markup `source[from, to)` of the element `open` returned (`from === to` when it has none). */
    close(opened: OpenMark, from: number, to: number): void {
      const mark = marks[opened.index];
      if (!mark) return;
      marks[opened.index] = { ...mark, end: text.length, close: source.slice(from, to), sourceClose: from };
      markedAt = text.length;
    },
    /**
     * An element kept as written, `source[from, to)`, shown in the block as `shows` (a code span's
     * code, the space a `<br>` makes, nothing for an image): the mark covers what it shows.
     */
    standalone(type: InlineType, from: number, to: number, shows: string): void {
      let shown = shows.replace(/[ \t\n\r\f]+/g, ' ');
      if (shown.startsWith(' ') && (text === '' || text.endsWith(' '))) shown = shown.slice(1);
      const start = text.length;
      // Written whole by the mark, so the shown text maps to no characters of its own.
      if (shown !== '') run(shown, from, from);
      marks.push({ id: `m${marks.length + 1}`, type, paired: false, start, end: text.length, open: source.slice(from, to), close: '', sourceOpen: from, sourceClose: to });
      markedAt = text.length;
    },
    /** The block, or undefined when it has no letters to translate. */
    finish(kind: ParagraphKind, context: LayoutBlock['context']): FoundBlock | undefined {
      if (!/\p{L}/u.test(text)) return undefined;
      // Trailing whitespace stays in when markup follows it, so the markup keeps its place after it.
      const length = marks.some((m) => m.start >= text.length && text.endsWith(' ')) ? text.length : text.trimEnd().length;
      const kept = runs
        .filter((r) => r.start < length || (r.start === length && r.end === r.start))
        .map((r) => (r.end <= length ? r : { ...r, end: length, sourceEnd: r.end - r.start === r.sourceEnd - r.sourceStart ? r.sourceEnd - (r.end - length) : r.sourceEnd }));
      const clamped = marks.map((m) => ({ ...m, start: Math.min(m.start, length), end: Math.min(m.end, length) }));
      const extents = [
        ...kept.filter((r) => r.end > r.start && r.sourceEnd > r.sourceStart).map((r) => [r.sourceStart, r.sourceEnd] as const),
        ...clamped.flatMap((m) => [[m.sourceOpen, m.sourceOpen + m.open.length] as const, [m.sourceClose, m.sourceClose + m.close.length] as const]),
      ];
      return {
        text: text.slice(0, length),
        kind,
        context,
        runs: kept,
        marks: clamped,
        sourceStart: extents.reduce((min, [from]) => Math.min(min, from), Number.POSITIVE_INFINITY),
        sourceEnd: extents.reduce((max, [, to]) => Math.max(max, to), 0),
      };
    },
  };
}

export type BlockText = ReturnType<typeof blockText>;

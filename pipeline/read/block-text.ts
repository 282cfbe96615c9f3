import type { InlineMark, InlineType, LayoutBlock, ParagraphKind, TextRun } from '../core/doc.js';

/** A block as a reader found it: offsets into its own `text`, before `layoutDocument` places it in `doc.text`. */
export type FoundBlock = Omit<LayoutBlock, 'start' | 'end'> & { readonly text: string };

/** Where a paired element opened, for `close`. */
export interface OpenMark {
  readonly index: number;
}


/** HTML's ASCII whitespace, what a browser collapses. */
function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
}

type Run = { -readonly [K in keyof TextRun]: TextRun[K] };
const ENTITY = /&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)/y;

/**
 * Collects one block's text out of a parse tree, aligned with the file: each call hands over a
 * text node (its decoded value and where it is written) or an inline element. Whitespace runs
 * become one space, as a browser shows them and as the model is sent them; leading and trailing
 * whitespace is left out of the block.
 */
export function blockText(source: string) {
  let text = '';
  // Mutable while the block grows: a long text is one run extended many times.
  const runs: Run[] = [];
  const marks: InlineMark[] = [];
  /** The markup written last, if nothing but whitespace has come since: whitespace after it joins it. */
  let lastMarkup: { readonly index: number; readonly side: 'open' | 'close' } | undefined;
  /** Where in the file the last text or markup handed over ends. */
  let cursor = -1;

  function run(chars: string, sourceStart: number, sourceEnd: number): void {
    const prev = runs.at(-1);
    const verbatim = chars.length === sourceEnd - sourceStart;
    if (prev && verbatim && prev.end === text.length && prev.sourceEnd === sourceStart && prev.end - prev.start === prev.sourceEnd - prev.sourceStart) {
      prev.end += chars.length;
      prev.sourceEnd = sourceEnd;
    } else {
      runs.push({ start: text.length, end: text.length + chars.length, sourceStart, sourceEnd });
    }
    text += chars;
    if (chars.trim() !== '') lastMarkup = undefined;
  }

  function space(sourceStart: number, sourceEnd: number): void {
    const mark = lastMarkup && marks[lastMarkup.index];
    if (lastMarkup && mark && (text === '' || text.endsWith(' '))) {
      // Whitespace on both sides of markup is one space in the text; the second is written with the markup.
      const [at, written] = lastMarkup.side === 'open' ? [mark.sourceOpen, mark.open] : [mark.sourceClose, mark.close];
      if (at + written.length === sourceStart) {
        marks[lastMarkup.index] = lastMarkup.side === 'open' ? { ...mark, open: source.slice(at, sourceEnd) } : { ...mark, close: source.slice(at, sourceEnd) };
        return;
      }
    }
    // Leading whitespace stays out; a second space in a row maps to nothing.
    if (text === '' || text.endsWith(' ')) return;
    run(' ', sourceStart, sourceEnd);
    lastMarkup = undefined;
  }

  /** Raw text between what was handed over (a stray `</div>` the parser dropped) is kept as written. */
  function keepGap(from: number): void {
    if (cursor >= 0 && from > cursor && source.slice(cursor, from).trim() !== '') keep('protected', cursor, from, '');
  }

  function keep(type: InlineType, from: number, to: number, shows: string): void {
    let shown = shows.replace(/[ \t\n\r\f]+/g, ' ');
    if (shown.startsWith(' ') && (text === '' || text.endsWith(' '))) shown = shown.slice(1);
    const start = text.length;
    // Written whole by the mark, so the shown text maps to no characters of its own.
    if (shown !== '') run(shown, from, from);
    marks.push({ id: `m${marks.length + 1}`, type, paired: false, start, end: text.length, open: source.slice(from, to), close: '', sourceOpen: from, sourceClose: to });
    lastMarkup = { index: marks.length - 1, side: 'open' };
    cursor = to;
  }

  /**
   * The decoded `value` of a text node written at `source[from, to)`: characters are matched one by
   * one with what is written, so entities (`&amp;`), backslash escapes (`\*`) and what a
   * line break drags along (`> `, indentation) each map to the characters they stand for.
   */
  function addText(value: string, from: number, to: number): void {
    keepGap(from);
    let i = from;
    let j = 0;
    while (j < value.length) {
      const c = value[j] as string;
      if (i < to && source[i] === '<' && c !== '<') {
        // A tag the parser dropped from the text (a stray `</div>`): kept as written.
        const close = source.indexOf('>', i);
        const end = close === -1 || close >= to ? to : close + 1;
        keep('protected', i, end, '');
        i = end;
        continue;
      }
      if (isSpace(c)) {
        let k = j;
        while (k < value.length && isSpace(value[k])) k++;
        const next = value[k];
        const start = i;
        while (i < to && source[i] !== '<' && (next === undefined || !startsChar(i, next))) i++;
        space(start, i);
        j = k;
        continue;
      }
      if (i >= to) {
        run(value.slice(j), to, to);
        break;
      }
      if (source[i] === c && !(c === '&' && entityAt(value, i, j))) {
        let n = 1;
        while (j + n < value.length && i + n < to && source[i + n] === value[j + n] && !isSpace(value[j + n])) n++;
        run(value.slice(j, j + n), i, i + n);
        i += n;
        j += n;
        continue;
      }
      if (source[i] === '\\' && source[i + 1] === c) {
        run(c, i, i + 2);
        i += 2;
        j++;
        continue;
      }
      const entity = source[i] === '&' ? entityAt(value, i, j) : undefined;
      if (entity) {
        const width = (value.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
        run(value.slice(j, j + width), i, i + entity[0].length);
        i += entity[0].length;
        j += width;
        continue;
      }
      // Written but not part of the value: a line prefix, or whitespace after a kept tag.
      if (isSpace(source[i])) space(i, i + 1);
      i++;
    }
    cursor = to;
  }

  /** The character reference written at `source[i]`, unless the value has it as literal text (`AT&T;`). */
  function entityAt(value: string, i: number, j: number): RegExpExecArray | undefined {
    ENTITY.lastIndex = i;
    const found = ENTITY.exec(source);
    return found && value.slice(j, j + found[0].length) !== found[0] ? found : undefined;
  }

  function startsChar(i: number, c: string): boolean {
    return source[i] === c || (source[i] === '\\' && source[i + 1] === c) || (source[i] === '&' && !isSpace(c));
  }

  return {
    addText,
    /** A paired element whose opening markup is `source[from, to)`; its content follows. */
    open(type: InlineType, from: number, to: number): OpenMark {
      keepGap(from);
      marks.push({ id: `m${marks.length + 1}`, type, paired: true, start: text.length, end: text.length, open: source.slice(from, to), close: '', sourceOpen: from, sourceClose: to });
      lastMarkup = { index: marks.length - 1, side: 'open' };
      cursor = to;
      return { index: marks.length - 1 };
    },
    /** The closing markup `source[from, to)` of the element `open` returned (`from === to` when it has none). */
    close(opened: OpenMark, from: number, to: number): void {
      const mark = marks[opened.index];
      if (!mark) return;
      keepGap(from);
      marks[opened.index] = { ...mark, end: text.length, close: source.slice(from, to), sourceClose: from };
      lastMarkup = { index: opened.index, side: 'close' };
      cursor = to;
    },
    /**
     * An element kept as written, `source[from, to)`, shown in the block as `shows` (a code span's
     * code, the space a `<br>` makes, nothing for an image): the mark covers what it shows.
     */
    standalone(type: InlineType, from: number, to: number, shows: string): void {
      keepGap(from);
      keep(type, from, to, shows);
    },
    /** The block, or undefined when it has no letters to translate. */
    finish(kind: ParagraphKind, context: LayoutBlock['context']): FoundBlock | undefined {
      // Letters only in code or protected text leave nothing to translate.
      const own = marks.filter((m) => !m.paired).reduceRight((rest, m) => rest.slice(0, m.start) + rest.slice(m.end), text);
      if (!/\p{L}/u.test(own)) return undefined;
      // A trailing space stays when markup follows it, which keeps its place after the space.
      const length = text.endsWith(' ') && marks.some((m) => m.start === text.length) ? text.length : text.trimEnd().length;
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

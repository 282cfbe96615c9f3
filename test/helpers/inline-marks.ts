import type { InlineMark, InlineType, Segment } from '../../pipeline/core/doc.js';

/** An inline element of a test sentence: markup as written around its children, or standalone. */
export interface ElementSpec {
  readonly id: string;
  readonly type: InlineType;
  readonly open: string;
  readonly close: string;
  readonly paired: boolean;
  readonly children: readonly Part[];
}
export type Part = string | ElementSpec;

/** A paired element (`**…**`, `<a href>…</a>`), `id` as the segment stage numbers them. */
export function el(id: string, type: InlineType, open: string, children: readonly Part[] | string, close: string): ElementSpec {
  return { id, type, open, close, paired: true, children: typeof children === 'string' ? [children] : children };
}

/** A standalone element showing `text` (a code span's code, `''` for an image or a break). */
export function alone(id: string, type: InlineType, markup: string, text = ''): ElementSpec {
  return { id, type, open: markup, close: '', paired: false, children: text === '' ? [] : [text] };
}

interface Placed {
  readonly spec: ElementSpec;
  readonly start: number;
  readonly end: number;
}

function flatten(parts: readonly Part[]): { text: string; placed: Placed[] } {
  let text = '';
  const placed: Placed[] = [];
  const walk = (list: readonly Part[]): void => {
    for (const part of list) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      const start = text.length;
      const index = placed.push({ spec: part, start, end: start }) - 1;
      walk(part.children);
      placed[index] = { spec: part, start, end: text.length };
    }
  };
  walk(parts);
  return { text, placed };
}

/**
 * A segment's `source`, `target` and `marks` from the same sentence written as parts on each side:
 * elements with the same id are one mark (source offsets from the German, target offsets from the
 * English); an id missing from the English is a mark the translation lost. `sourceOpen`/`sourceClose`
 * are fake file offsets, as tests of the review formats never look at the file.
 */
export function marked(german: readonly Part[], english?: readonly Part[]): Pick<Segment, 'source' | 'marks'> & { target?: string } {
  const source = flatten(german);
  const target = english && flatten(english);
  const marks = source.placed.map(({ spec, start, end }, i): InlineMark => {
    const there = target?.placed.find((p) => p.spec.id === spec.id);
    return {
      id: spec.id,
      type: spec.type,
      paired: spec.paired,
      start,
      end,
      open: spec.open,
      close: spec.close,
      sourceOpen: 1000 + 2 * i,
      sourceClose: 1001 + 2 * i,
      ...(there ? { targetStart: there.start, targetEnd: there.end } : target ? { lost: true as const } : {}),
    };
  });
  return { source: source.text, marks, ...(target ? { target: target.text } : {}) };
}

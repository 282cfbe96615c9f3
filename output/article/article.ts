import type { InlineMark, Layout, LayoutBlock, LektorDoc, MarkupFormat, Segment } from '../../pipeline/core/doc.js';
import { OutputError } from '../../pipeline/core/errors.js';
import type { Render } from '../render.js';

type Escape = (text: string) => string;

const HTML_TEXT: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** How the English is written where the block's text was: backslashes in Markdown, character references in HTML. */
function escaperFor(format: MarkupFormat, context: LayoutBlock['context']): Escape {
  if (format === 'html') {
    // `>` too, as HTML serializers (and so most CMSs) write it.
    if (context.in === 'content') return (t) => t.replace(/[&<>]/g, (c) => HTML_TEXT[c] as string);
    if (context.quote === '') return (t) => t.replace(/[&<>"'=`\s]/g, (c) => HTML_TEXT[c] ?? `&#${c.codePointAt(0)};`);
    const quote = context.quote;
    return (t) => t.replace(quote === '"' ? /[&"]/g : /[&']/g, (c) => HTML_TEXT[c] as string);
  }
  if (context.in === 'content') return (t) => t.replace(/[\\`*_[\]<|]|&(?=#?\w+;)/g, '\\$&');
  // The front matter's `title:`, a YAML scalar in the quotes it had.
  if (context.quote === '"') return (t) => t.replace(/["\\]/g, '\\$&');
  if (context.quote === "'") return (t) => t.replace(/'/g, "''");
  return (t) => t;
}

/** First index in `sorted` whose key is >= `value`. */
function lowerBound<T>(sorted: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where `position` of `doc.text` is in the file: the start of what the character there stands for, or (`end`) the end of what the one before it does. */
function toSource(block: LayoutBlock, position: number, side: 'start' | 'end'): number {
  const runs = block.runs;
  const i = lowerBound(runs, side === 'start' ? position + 1 : position, (r) => r.end);
  const run = runs[Math.min(i, runs.length - 1)];
  if (!run) return block.sourceStart;
  if (run.end - run.start === run.sourceEnd - run.sourceStart) return run.sourceStart + Math.max(0, Math.min(position, run.end) - run.start);
  return position <= run.start ? run.sourceStart : run.sourceEnd;
}

/** The stretch of the file a segment's text and markup take up, which its translation replaces. */
function segmentExtent(block: LayoutBlock, segment: Segment): [number, number] {
  let from = toSource(block, segment.start, 'start');
  let to = toSource(block, segment.end, 'end');
  for (const m of segment.marks ?? []) {
    for (const [at, written] of [[m.sourceOpen, m.open], [m.sourceClose, m.close]] as const) {
      if (written === '') continue;
      from = Math.min(from, at);
      to = Math.max(to, at + written.length);
    }
  }
  return [from, to];
}

/**
 * The article rebuilt from its layout: the file as read, each block's text replaced by its
 * translation with the inline markup put back around the English it wrapped. Whatever lies outside
 * the blocks, or between a block's sentences, is copied as it was.
 */
function renderLayout(doc: LektorDoc, layout: Layout): string {
  const { source } = layout;
  const blocks = [...layout.blocks].sort((a, b) => a.sourceStart - b.sourceStart || b.sourceEnd - a.sourceEnd);
  const segments = doc.paragraphs.flatMap((p) => p.segments);
  const byStart = [...segments].sort((a, b) => a.start - b.start);
  /** The blocks being written, innermost last. */
  const rendering = new Set<LayoutBlock>();

  /** `source[from, to)` with every block inside it translated. */
  function copy(from: number, to: number): string {
    let out = '';
    let at = from;
    for (let i = lowerBound(blocks, from, (b) => b.sourceStart); i < blocks.length; i++) {
      const block = blocks[i] as LayoutBlock;
      if (block.sourceStart >= to) break;
      // A block inside its own markup (an element kept whole that is the whole block) is written as it is.
      if (block.sourceStart < at || block.sourceEnd > to || rendering.has(block)) continue;
      out += source.slice(at, block.sourceStart) + renderBlock(block);
      at = block.sourceEnd;
    }
    return out + source.slice(at, Math.max(at, to));
  }

  function renderBlock(block: LayoutBlock): string {
    rendering.add(block);
    const written = renderSegments(block);
    rendering.delete(block);
    return written;
  }

  function renderSegments(block: LayoutBlock): string {
    const escape = escaperFor(layout.format, block.context);
    let out = '';
    let at = block.sourceStart;
    for (let i = lowerBound(byStart, block.start, (s) => s.start); i < byStart.length; i++) {
      const segment = byStart[i] as Segment;
      if (segment.end > block.end) break;
      const [from, to] = segmentExtent(block, segment);
      out += copy(at, from) + renderSegment(segment, escape);
      at = Math.max(at, to);
    }
    return out + copy(at, block.sourceEnd);
  }

  const written = (m: InlineMark, side: 'open' | 'close'): string =>
    side === 'open' ? copy(m.sourceOpen, m.sourceOpen + m.open.length) : copy(m.sourceClose, m.sourceClose + m.close.length);

  function renderSegment(segment: Segment, escape: Escape): string {
    const target = segment.target ?? segment.source;
    const kept = (segment.marks ?? []).map((m, index) => ({ m, index, from: m.targetStart, to: m.targetEnd })).filter((k): k is { m: InlineMark; index: number; from: number; to: number } => k.from !== undefined && k.to !== undefined);
    const points = [...new Set([0, target.length, ...kept.flatMap((k) => [k.from, k.to])])].sort((a, b) => a - b);
    let out = '';
    let cursor = 0;
    for (const point of points) {
      if (point > cursor) out += escape(target.slice(cursor, point));
      cursor = Math.max(cursor, point);
      if (point < cursor) continue;
      // Inner elements close first and outer ones open first, so what nested in German nests in English.
      const closing = kept.filter((k) => k.m.paired && k.to === point && k.from < point).sort((a, b) => b.from - a.from || b.index - a.index);
      for (const k of closing) out += written(k.m, 'close');
      const opening = kept.filter((k) => k.m.paired && k.from === point).sort((a, b) => b.to - a.to || a.m.sourceOpen - b.m.sourceOpen);
      const alone = kept.filter((k) => !k.m.paired && k.from === point).sort((a, b) => a.m.sourceOpen - b.m.sourceOpen);
      // What stands alone here goes where it stood among the openings in the source.
      let next = 0;
      const openNext = (): void => {
        const k = opening[next++] as (typeof opening)[number];
        out += written(k.m, 'open') + (k.to === point ? written(k.m, 'close') : '');
      };
      for (const k of alone) {
        while (next < opening.length && (opening[next] as (typeof opening)[number]).m.sourceOpen < k.m.sourceOpen) openNext();
        out += written(k.m, 'open');
        cursor = Math.max(cursor, k.to);
      }
      while (next < opening.length) openNext();
    }
    return out;
  }

  return copy(0, source.length);
}

/** The writer of a translated article in its own format; only a document read from that format has its layout. */
export function articleRender(format: MarkupFormat): Render {
  return (doc) => {
    if (doc.layout?.format !== format) throw new OutputError({ file: doc.meta.path }, `no ${format === 'md' ? 'Markdown' : 'HTML'} layout to write the article from`);
    const bom = doc.meta.normalisation.bomStripped || doc.layout.encoding !== 'utf-8' ? '\uFEFF' : '';
    return bom + renderLayout(doc, doc.layout);
  };
}

import type { InlineType, LektorDoc, Paragraph, ParagraphKind, Segment, Severity } from '../../pipeline/core/doc.js';
import { inlineTree, type InlineNode } from '../inline-tree.js';
import { glossaryLabel, modelLabel } from '../meta-labels.js';
import type { RenderOptions } from '../render.js';
import { hasMissingTerm, isFlagged, reviewCounts, termStatus, type ReviewCounts, type TermStatus } from '../review-status.js';
import { termText } from '../review-text.js';
import { sourceTermSpans, spansWithin, splitAtSpans, targetTermSpans, type TermSpan, type TextPiece } from '../term-spans.js';
import { humanTimestamp } from '../timestamp.js';
import { rowEdit, type EditorSource, type EditorView, type RowEdit } from './editor-view.js';

/**
 * What the review page template shows, as plain data: every string here is raw article or
 * glossary text, and the template escapes each one where it is printed.
 */
export interface ReviewView {
  readonly name: string;
  readonly path: string;
  readonly model: string;
  readonly glossary: string;
  readonly date: string;
  readonly toolVersion: string;
  readonly counts: ReviewCounts;
  readonly paragraphs: readonly ParagraphView[];
  /** Pages served for editing only. */
  readonly editor?: EditorView;
}

export interface ParagraphView {
  readonly id: string;
  readonly kind: ParagraphKind;
  readonly rows: readonly RowView[];
}

export interface RowView {
  readonly id: string;
  readonly flagged: boolean;
  readonly missing: boolean;
  /** A person's English (edited or approved). */
  readonly reviewed: boolean;
  /** Worst flag severity, for the row's colour; absent when unflagged. */
  readonly severity?: Severity;
  readonly source: readonly PieceView[];
  /** Absent when the segment was not translated. */
  readonly target?: readonly PieceView[];
  readonly flags: readonly { readonly severity: Severity; readonly check: string; readonly message: string }[];
  /** Terms that did not simply come out right, for the QA column. */
  readonly termIssues: readonly { readonly status: TermStatus; readonly text: string }[];
  /** Pages served for editing only, on sentences that can be reviewed. */
  readonly edit?: RowEdit;
}

/** A run of text, marked when it is (part of) a glossary term. */
export interface TextView {
  readonly text: string;
  readonly term?: { readonly status: TermStatus; readonly summary: string; readonly note?: string };
}

/**
 * An inline element of the article, shown as the formatting it gives (bold, a link's look, code
 * in monospace), never as the element itself: the page builds it of its own `<span>`s, and the
 * markup as written is only ever text (a tooltip).
 */
export interface ElementView {
  readonly type: InlineType;
  readonly markup: string;
  /** The English or German it wraps; for a standalone element, the text it shows. */
  readonly children: readonly PieceView[];
  readonly standalone: boolean;
}

export type PieceView = TextView | { readonly element: ElementView };

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

function pieces(parts: readonly TextPiece[]): TextView[] {
  return parts.map(({ text, hit }) =>
    hit ? { text, term: { status: termStatus(hit), summary: termText(hit), ...(hit.note ? { note: hit.note } : {}) } } : { text },
  );
}

/** The inline tree as pieces, terms marked inside the elements they fall in (a term an element cuts is marked on each side). */
function treePieces(nodes: readonly InlineNode[], spans: readonly TermSpan[]): PieceView[] {
  return nodes.flatMap((node): PieceView[] => {
    if (node.kind === 'text') return pieces(splitAtSpans(node.text, spansWithin(spans, node.start, node.start + node.text.length)));
    const { type, open, close } = node.mark;
    const standalone = node.kind === 'standalone';
    const markup = standalone ? open : `${open}…${close}`;
    const children = standalone ? (node.text === '' ? [] : [{ text: node.text }]) : treePieces(node.children, spans);
    return [{ element: { type, markup, children, standalone } }];
  });
}

function sidePieces(segment: Segment, side: 'source' | 'target'): PieceView[] {
  return treePieces(inlineTree(segment, side), side === 'source' ? sourceTermSpans(segment) : targetTermSpans(segment));
}

function worstSeverity(segment: Segment): Severity | undefined {
  const present = new Set((segment.flags ?? []).map((f) => f.severity));
  return SEVERITY_ORDER.find((s) => present.has(s));
}

export function rowView(segment: Segment, editor?: EditorSource): RowView {
  const severity = worstSeverity(segment);
  const edit = editor && rowEdit(segment, editor);
  return {
    id: segment.id,
    flagged: isFlagged(segment),
    missing: hasMissingTerm(segment),
    reviewed: segment.origin === 'review',
    ...(severity ? { severity } : {}),
    source: sidePieces(segment, 'source'),
    ...(segment.target !== undefined ? { target: sidePieces(segment, 'target') } : {}),
    flags: (segment.flags ?? []).map(({ severity: s, check, message }) => ({ severity: s, check, message })),
    termIssues: (segment.terms ?? []).filter((h) => termStatus(h) !== 'ok').map((h) => ({ status: termStatus(h), text: termText(h) })),
    ...(edit ? { edit } : {}),
  };
}

function paragraphView(paragraph: Paragraph, editor: EditorSource | undefined): ParagraphView {
  return { id: paragraph.id, kind: paragraph.kind, rows: paragraph.segments.map((s) => rowView(s, editor)) };
}

/** The page's data; with `editor`, that of the page `lektor review serve` serves for editing. */
export function reviewView(doc: LektorDoc, options: RenderOptions, editor?: EditorSource): ReviewView {
  return {
    name: doc.meta.name,
    path: doc.meta.path,
    model: modelLabel(doc.meta),
    glossary: glossaryLabel(doc.meta),
    date: humanTimestamp(options.now),
    toolVersion: options.toolVersion,
    counts: reviewCounts(doc),
    paragraphs: doc.paragraphs.map((p) => paragraphView(p, editor)),
    ...(editor ? { editor: editor.view } : {}),
  };
}

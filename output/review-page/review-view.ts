import { targetScores, type InlineType, type LektorDoc, type MemoryMatch, type Paragraph, type ParagraphKind, type Segment, type Severity, type TextSpan } from '../../pipeline/core/doc.js';
import { inlineTree, type InlineNode } from '../inline-tree.js';
import { glossaryLabel, modelLabel } from '../meta-labels.js';
import type { RenderOptions } from '../render.js';
import { hasLowConfidence, hasMissingTerm, isFlagged, isUnreviewed, reviewCounts, termStatus, type ReviewCounts, type TermStatus } from '../review-status.js';
import { glossarySource, termText } from '../review-text.js';
import { sourceTermSpans, spansWithin, splitAtSpans, targetTermSpans, type TermSpan, type TextPiece } from '../term-spans.js';
import { humanTimestamp } from '../timestamp.js';
import { rowEdit, type EditorSource, type EditorView, type RowEdit } from './editor-view.js';
import { wordDiff, type DiffPiece } from './word-diff.js';

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
  /** Whether any sentence has the model's confidence: only then can rows be sorted by it. */
  readonly scored: boolean;
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
  /** A sentence the model translated that no person has reviewed yet. */
  readonly unreviewed: boolean;
  /** A person's English that the QA checks found an error in: they saved it so. */
  readonly savedWithErrors: boolean;
  /** A person's English that is not the machine's draft: the words they took out and put in. */
  readonly diff?: readonly DiffPiece[];
  /** Worst flag severity, for the row's colour; absent when unflagged. */
  readonly severity?: Severity;
  readonly source: readonly PieceView[];
  /** Absent when the segment was not translated. */
  readonly target?: readonly PieceView[];
  readonly flags: readonly { readonly severity: Severity; readonly check: string; readonly message: string }[];
  /** Terms that did not simply come out right, for the QA column. */
  readonly termIssues: readonly { readonly status: TermStatus; readonly text: string }[];
  /** The model's confidence in a machine target; absent for a person's English and where nothing scored it. */
  readonly confidence?: ConfidenceView;
  /** The memory's best fuzzy match; absent where it had none. */
  readonly match?: MatchView;
  /** Pages served for editing only, on sentences that can be reviewed. */
  readonly edit?: RowEdit;
}

/** The row's confidence mark. */
export interface ConfidenceView {
  /** 0–1, as the model gave it: what the rows sort by. */
  readonly value: number;
  /** As the mark shows it, rounded down (`42%`), as the `low-confidence` check words it. */
  readonly percent: string;
  /** Whether the `low-confidence` check flagged the sentence. */
  readonly low: boolean;
  /** The words the model was unsure of, which the mark names for those who cannot see the underlines. */
  readonly unsure: readonly string[];
}

/** The memory's best fuzzy match for a sentence (docs/translating.md#fuzzy-matches), as its row shows it. */
export interface MatchView {
  /** Its similarity as a percentage, `87%`. */
  readonly percent: string;
  /** Its German against this sentence's: the words only the match has are `removed`, those only this sentence has `added`. */
  readonly source: readonly DiffPiece[];
  readonly target: string;
  /** A person's translation, not the model's. */
  readonly reviewed: boolean;
}

/** A run of text, marked when it is (part of) a glossary term, and when the model was unsure of it. */
export interface TextView {
  readonly text: string;
  readonly term?: { readonly status: TermStatus; readonly summary: string; readonly note?: string; readonly glossary?: string };
  readonly unsure?: true;
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
    hit
      ? { text, term: { status: termStatus(hit), summary: termText(hit), ...(hit.note ? { note: hit.note } : {}), ...(hit.glossary ? { glossary: glossarySource(hit.glossary) } : {}) } }
      : { text },
  );
}

/** `views`, the text from offset `from` of the sentence on, cut again where an `unsure` word starts or ends, and those pieces marked. */
function markUnsure(views: readonly TextView[], from: number, unsure: readonly TextSpan[]): TextView[] {
  let at = from;
  return views.flatMap((view) => {
    const start = at;
    const end = (at += view.text.length);
    const cuts = [...new Set([start, end, ...unsure.flatMap((s) => [s.start, s.end]).filter((cut) => cut > start && cut < end)])].sort((a, b) => a - b);
    return cuts.slice(1).map((cut, i): TextView => {
      const piece = { ...view, text: view.text.slice((cuts[i] as number) - start, cut - start) };
      return unsure.some((s) => s.start <= (cuts[i] as number) && cut <= s.end) ? { ...piece, unsure: true } : piece;
    });
  });
}

/**
 * The inline tree as pieces, terms marked inside the elements they fall in (a term an element
 * cuts is marked on each side), and so are the words the model was unsure of.
 */
function treePieces(nodes: readonly InlineNode[], spans: readonly TermSpan[], unsure: readonly TextSpan[]): PieceView[] {
  return nodes.flatMap((node): PieceView[] => {
    if (node.kind === 'text') return markUnsure(pieces(splitAtSpans(node.text, spansWithin(spans, node.start, node.start + node.text.length))), node.start, unsure);
    const { type, open, close } = node.mark;
    const standalone = node.kind === 'standalone';
    const markup = standalone ? open : `${open}…${close}`;
    const children = standalone ? (node.text === '' ? [] : [{ text: node.text }]) : treePieces(node.children, spans, unsure);
    return [{ element: { type, markup, children, standalone } }];
  });
}

function sidePieces(segment: Segment, side: 'source' | 'target'): PieceView[] {
  if (side === 'source') return treePieces(inlineTree(segment, side), sourceTermSpans(segment), []);
  return treePieces(inlineTree(segment, side), targetTermSpans(segment), targetScores(segment)?.lowConfidence ?? []);
}

function confidenceView(segment: Segment): ConfidenceView | undefined {
  const scores = targetScores(segment);
  if (!scores) return undefined;
  const target = segment.target ?? '';
  return {
    value: scores.confidence,
    percent: `${Math.floor(scores.confidence * 100)}%`,
    low: hasLowConfidence(segment),
    unsure: scores.lowConfidence.map(({ start, end }) => target.slice(start, end)),
  };
}

function worstSeverity(segment: Segment): Severity | undefined {
  const present = new Set((segment.flags ?? []).map((f) => f.severity));
  return SEVERITY_ORDER.find((s) => present.has(s));
}

/** The reviewer's changes to the machine's draft; none where they approved it as it was. */
function draftDiff(segment: Segment): DiffPiece[] | undefined {
  if (segment.origin !== 'review' || segment.draft === undefined || segment.draft === segment.target) return undefined;
  return wordDiff(segment.draft, segment.target ?? '');
}

function matchView(segment: Segment, match: MemoryMatch | undefined): MatchView | undefined {
  if (!match) return undefined;
  return { percent: `${match.similarity}%`, source: wordDiff(match.source, segment.source), target: match.target, reviewed: match.origin === 'review' };
}

export function rowView(segment: Segment, editor?: EditorSource): RowView {
  const severity = worstSeverity(segment);
  const diff = draftDiff(segment);
  const edit = editor && rowEdit(segment, editor);
  const confidence = confidenceView(segment);
  const match = matchView(segment, segment.matches?.[0]);
  return {
    id: segment.id,
    flagged: isFlagged(segment),
    missing: hasMissingTerm(segment),
    reviewed: segment.origin === 'review',
    unreviewed: isUnreviewed(segment),
    savedWithErrors: segment.origin === 'review' && severity === 'error',
    ...(diff ? { diff } : {}),
    ...(severity ? { severity } : {}),
    source: sidePieces(segment, 'source'),
    ...(segment.target !== undefined ? { target: sidePieces(segment, 'target') } : {}),
    flags: (segment.flags ?? []).map(({ severity: s, check, message }) => ({ severity: s, check, message })),
    termIssues: (segment.terms ?? []).filter((h) => termStatus(h) !== 'ok').map((h) => ({ status: termStatus(h), text: termText(h) })),
    ...(confidence ? { confidence } : {}),
    ...(match ? { match } : {}),
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
    scored: doc.paragraphs.some((p) => p.segments.some((s) => targetScores(s) !== undefined)),
    ...(editor ? { editor: editor.view } : {}),
  };
}

import type { Segment } from '../../pipeline/core/doc.js';

/** The post-editing effort so far, as the editor's header shows it. */
export interface ProgressView {
  readonly reviewed: number;
  /** The sentences there are to review (those the model translates). */
  readonly sentences: number;
  readonly edited: number;
  readonly approved: number;
  /** Formatted rates; `null` before anything is reviewed. */
  readonly ter: string | null;
  readonly chrf: string | null;
}

/** What only a page served for editing has: where to save, with which secret, and the progress. */
export interface EditorView {
  /** The article's API path, `/api/articles/<name>`. */
  readonly api: string;
  /** The server's secret, which the page's script sends with every save. */
  readonly token: string;
  readonly progress: ProgressView;
  /** Why proposing glossary entries is off (the run used no glossary); absent when it is on. */
  readonly glossaryOff?: string;
  /** The run's glossary stack, as it named its files, in precedence order: Add to glossary asks which; absent for one file. */
  readonly glossaryFiles?: readonly string[];
  /**
   * Whether the editor offers the model's completions and alternatives (`review serve` without `--no-model`).
   * @default false
   */
  readonly suggestions?: boolean;
}

/** What a row needs to be edited: the English as it is, and the version a save must name. */
export interface RowEdit {
  readonly version: string;
  readonly target: string;
  /**
   * The kinds of inline markup the English carries (`bold, link`), which the editor's plain text
   * cannot show: the page says what becomes of it; `''` when there is none.
   */
  readonly markup: string;
  /** How a person reviewed it, which says what taking the review back does; absent before a review. */
  readonly review?: 'approved' | 'edited';
}

/** The editor's part of a review page, and how it tells a sentence's version. */
export interface EditorSource {
  readonly view: EditorView;
  version(segment: Segment): string;
}

/** Only sentences the model translates can be reviewed. */
export function rowEdit(segment: Segment, editor: EditorSource): RowEdit | undefined {
  if (!segment.translatable) return undefined;
  const kinds = new Set((segment.marks ?? []).filter((m) => m.targetStart !== undefined && !m.lost).map((m) => m.type));
  const review = segment.origin !== 'review' ? {} : { review: segment.target === segment.draft ? ('approved' as const) : ('edited' as const) };
  return { version: editor.version(segment), target: segment.target ?? '', markup: [...kinds].join(', '), ...review };
}

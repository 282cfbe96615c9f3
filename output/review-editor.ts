import type { LektorDoc } from '../pipeline/core/doc.js';
import { EDITOR_SCRIPT } from './review-page/editor-script.js';
import { EDITOR_STYLE } from './review-page/editor-style.js';
import type { EditorSource, ProgressView } from './review-page/editor-view.js';
import { renderFragment, renderPage } from './review-page/render-page.js';
import { REVIEW_PROGRESS_TEMPLATE } from './review-page/review-progress-template.js';
import { REVIEW_ROW_TEMPLATE } from './review-page/review-row-template.js';
import { REVIEW_SCRIPT } from './review-page/review-script.js';
import { REVIEW_TOTALS_TEMPLATE } from './review-page/review-totals-template.js';
import { REVIEW_PARTIALS, REVIEW_TEMPLATE } from './review-page/review-template.js';
import { reviewView, rowView } from './review-page/review-view.js';
import type { RenderOptions } from './render.js';
import type { ReviewCounts } from './review-status.js';

/** The review page's own behaviour, then the editor's on top. */
const SCRIPT = `${REVIEW_SCRIPT}\n${EDITOR_SCRIPT}`;

/**
 * The review page as `lektor review serve` serves it: the same page, with every sentence the
 * model translated editable in place, per-sentence approval, glossary proposals and the progress.
 * Its script may send requests to the server it came from, and nowhere else.
 */
export function renderReviewEditor(doc: LektorDoc, options: RenderOptions, editor: EditorSource): string {
  return renderPage(REVIEW_TEMPLATE, reviewView(doc, options, editor), {
    title: `${doc.meta.name} · Lektor review`,
    generator: `Lektor ${options.toolVersion}`,
    script: SCRIPT,
    style: EDITOR_STYLE,
    partials: REVIEW_PARTIALS,
    connect: true,
  });
}

/** One sentence's row as the editor shows it, for the page to put in place of the old one after a save. */
export function renderEditorRow(doc: LektorDoc, segmentId: string, editor: EditorSource): string {
  for (const paragraph of doc.paragraphs) {
    const segment = paragraph.segments.find((s) => s.id === segmentId);
    if (segment) return renderFragment(REVIEW_ROW_TEMPLATE, { row: rowView(segment, editor), heading: paragraph.kind === 'heading', editor: editor.view });
  }
  throw new TypeError(`renderEditorRow: no segment ${segmentId} in "${doc.meta.name}"`);
}

/** The editor's "reviewed N of M" line, for the page to put in place of the old one after a save. */
export function renderEditorProgress(progress: ProgressView): string {
  return renderFragment(REVIEW_PROGRESS_TEMPLATE, progress);
}

/** The header's totals, for the page to put in place of the old ones after a save. */
export function renderEditorTotals(counts: ReviewCounts): string {
  return renderFragment(REVIEW_TOTALS_TEMPLATE, counts);
}

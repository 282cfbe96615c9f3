import { renderEditorProgress, renderEditorRow, renderEditorTotals } from '../../../../output/review-editor.js';
import { reviewCounts } from '../../../../output/review-status.js';
import type { LektorDoc, Segment } from '../../../core/doc.js';
import { segmentVersion } from '../../../core/segment-version.js';
import type { ArticleRecord } from '../article-record.js';
import { editorSource } from './editor-pages.js';
import type { ServeContext } from './serve-context.js';

/**
 * What the page is told after it changed a sentence: the sentence as verified and checked, its
 * row rendered again, and the header's progress and totals, so everything the change touched is
 * current without a reload; and the rows of `repeats` (sentences of the same article a save
 * propagated to), by id, for the page to put in place too.
 */
export function segmentAnswer(ctx: ServeContext, record: ArticleRecord, doc: LektorDoc, saved: Segment, repeats: readonly string[] = []) {
  const editor = editorSource({ ...record, doc }, ctx.token);
  const counts = reviewCounts(doc);
  return {
    segment: { id: saved.id, target: saved.target, origin: saved.origin, version: segmentVersion(saved), flags: saved.flags ?? [], terms: saved.terms ?? [] },
    row: renderEditorRow(doc, saved.id, editor),
    progress: { ...editor.view.progress, html: renderEditorProgress(editor.view.progress) },
    totals: { ...counts, html: renderEditorTotals(counts) },
    ...(repeats.length > 0 ? { repeats: Object.fromEntries(repeats.map((id) => [id, renderEditorRow(doc, id, editor)])) } : {}),
  };
}

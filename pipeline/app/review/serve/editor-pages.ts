import type { EditorSource, ProgressView } from '../../../../output/review-page/editor-view.js';
import { renderReviewEditor } from '../../../../output/review-editor.js';
import { renderEditorIndex, reviewIndexEntry } from '../../../../output/review-index.js';
import type { RenderOptions } from '../../../../output/render.js';
import type { LektorDoc } from '../../../core/doc.js';
import { version as toolVersion } from '../../../core/version.js';
import { articleRecords, readArticleRecord, type ArticleRecord } from '../article-record.js';
import { segmentVersion } from '../../../core/segment-version.js';
import { searchFolder } from './search-folder.js';
import { runGlossaryFiles } from './glossary-files.js';
import { articleReviewStats } from '../stats/review-stats.js';
import { reviewProgress } from '../stats/tally.js';

const rate = (value: number | null): string | null => (value === null ? null : value.toFixed(1));

/** How far an article's review has come, with the post-editing effort so far. */
export function progressView(doc: LektorDoc): ProgressView {
  const stats = articleReviewStats(doc);
  return { reviewed: stats.reviewed, sentences: stats.sentences, edited: stats.edited, approved: stats.approved, ter: rate(stats.ter), chrf: rate(stats.chrf) };
}

/** The path the article's page saves to. */
export function articleApi(name: string): string {
  return `/api/articles/${encodeURIComponent(name)}`;
}

/** Why a reviewer cannot propose glossary terms for an article. */
export const NO_GLOSSARY = 'this run used no glossary (translate with --glossary to propose terms)';

/** What turns an article's review page into its editor. */
export function editorSource(record: ArticleRecord, token: string): EditorSource {
  const glossaryFiles = runGlossaryFiles(record).map((file) => file.name);
  return {
    view: {
      api: articleApi(record.doc.meta.name),
      token,
      progress: progressView(record.doc),
      ...(record.glossary ? {} : { glossaryOff: NO_GLOSSARY }),
      ...(glossaryFiles.length > 1 ? { glossaryFiles } : {}),
    },
    version: segmentVersion,
  };
}

export function renderOptions(now: Date): RenderOptions {
  return { now, toolVersion };
}

/** An article's review page as served: read from its record, so it shows every save so far; `suggestions`: the model's are on. */
export async function editorPage(outDir: string, name: string, token: string, now: Date, suggestions: boolean): Promise<string> {
  const record = await readArticleRecord(outDir, name);
  const source = editorSource(record, token);
  return renderReviewEditor(record.doc, renderOptions(now), { ...source, view: { ...source.view, suggestions } });
}

/**
 * The batch index as served: every article in the folder, read from its record, with its
 * progress; with a `query`, the sentences of every article that contain it.
 */
export async function editorIndex(outDir: string, now: Date, query?: string): Promise<string> {
  const entries = [];
  // One record at a time: only the small entries are kept, however many articles there are.
  for await (const { doc } of articleRecords(outDir)) entries.push({ ...reviewIndexEntry(doc), progress: reviewProgress(doc) });
  const search = query === undefined || query.trim() === '' ? undefined : await searchFolder(outDir, query.trim());
  return renderEditorIndex(entries, renderOptions(now), search);
}

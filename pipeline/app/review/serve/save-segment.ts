import { renderEditorProgress, renderEditorRow } from '../../../../output/review-editor.js';
import { readArticleRecord } from '../article-record.js';
import { reviseArticle, type ReviewEdit } from '../revise-article.js';
import { segmentVersion } from '../segment-version.js';
import { editorSource } from './editor-pages.js';
import { HttpError } from './http-error.js';
import { json, type Reply } from './reply.js';
import type { ServeContext } from './serve-context.js';

function editOf(body: unknown, segment: string): ReviewEdit {
  const { target, version } = (body ?? {}) as { target?: unknown; version?: unknown };
  if (typeof target !== 'string' || typeof version !== 'string') throw new HttpError(400, 'send { "target": "…", "version": "…" }');
  return { segment, target, version };
}

/**
 * Saves a reviewer's English for one sentence (an approval sends the English as it is), after
 * every save before it. Answers with the sentence as verified and checked, its row rendered
 * again and the article's progress, so the page can show the new term marks and QA flags at once.
 */
export async function saveSegment(ctx: ServeContext, name: string, segment: string, body: unknown): Promise<Reply> {
  const edit = editOf(body, segment);
  return ctx.exclusive(async () => {
    const record = await readArticleRecord(ctx.outDir, name);
    const { doc, segments } = await reviseArticle(ctx.outDir, name, [edit], { now: ctx.now(), memory: ctx.memories.get(record.memory) });
    const saved = segments[0]!;
    const editor = editorSource({ ...record, doc }, ctx.token);
    return json(200, {
      segment: { id: saved.id, target: saved.target, origin: saved.origin, version: segmentVersion(saved), flags: saved.flags ?? [], terms: saved.terms ?? [] },
      row: renderEditorRow(doc, saved.id, editor),
      progress: { ...editor.view.progress, html: renderEditorProgress(editor.view.progress) },
    });
  });
}

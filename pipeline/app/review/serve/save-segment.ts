import { readArticleRecord } from '../article-record.js';
import { reviseWithRepeats } from '../propagate-review.js';
import { segmentAnswer } from './segment-answer.js';
import type { ServeContext } from './serve-context.js';

/** What a save sends: the reviewer's English, and the version of the sentence it was made on. */
export const SEGMENT_EDIT_FIELDS = ['target', 'version'] as const;

export type SegmentEdit = Readonly<Record<(typeof SEGMENT_EDIT_FIELDS)[number], string>>;

/**
 * Saves a reviewer's English for one sentence (an approval sends the English as it is), after
 * every save before it. Answers with the sentence as verified and checked, its row rendered
 * again and the article's progress and totals, so the page can show the new term marks and QA
 * flags at once; and, unless propagation is off, the repeats in other places that took the same
 * English (each with what its undo puts back) and the reviewed repeats left as conflicts.
 */
export async function saveSegment(ctx: ServeContext, name: string, segment: string, { target, version }: SegmentEdit) {
  return ctx.exclusive(async () => {
    const record = await readArticleRecord(ctx.outDir, name);
    const { doc, segments, propagated, conflicts } = await reviseWithRepeats(ctx.outDir, name, [{ segment, target, version }], {
      now: ctx.now(),
      memory: ctx.memories.get(record.memory),
      propagate: ctx.propagate,
    });
    const here = propagated.filter((p) => p.article === name).map((p) => p.segment);
    return { ...segmentAnswer(ctx, record, doc, segments[0]!, here), propagated, conflicts };
  });
}

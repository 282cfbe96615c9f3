import { readArticleRecord } from '../article-record.js';
import { reviseArticle } from '../revise-article.js';
import { segmentAnswer } from './segment-answer.js';
import type { ServeContext } from './serve-context.js';

/** What taking a review back sends: the version of the sentence it was asked on. */
export const SEGMENT_REVERT_FIELDS = ['version'] as const;

export type SegmentRevert = Readonly<Record<(typeof SEGMENT_REVERT_FIELDS)[number], string>>;

/**
 * Takes a sentence's review back (the page's Un-approve, Revert to draft, and the undo of a
 * first save): the machine's draft again, unreviewed, through the same revision as a save; the
 * memory forgets that review. Answers as a save does.
 */
export async function revertSegment(ctx: ServeContext, name: string, segment: string, { version }: SegmentRevert) {
  return ctx.exclusive(async () => {
    const record = await readArticleRecord(ctx.outDir, name);
    const { doc, segments } = await reviseArticle(ctx.outDir, name, [{ segment, revert: true, version }], { now: ctx.now(), memory: ctx.memories.get(record.memory) });
    return segmentAnswer(ctx, record, doc, segments[0]!);
  });
}

import { readArticleRecord } from '../article-record.js';
import { undoPropagation } from '../propagate-review.js';
import { segmentAnswer } from './segment-answer.js';
import type { ServeContext } from './serve-context.js';

/** What an undo of a propagated repeat sends: the version the save's answer gave it. */
export const PROPAGATION_UNDO_FIELDS = ['version'] as const;

export type PropagationUndo = Readonly<Record<(typeof PROPAGATION_UNDO_FIELDS)[number], string>>;

/**
 * Puts back the English a repeat had before a save elsewhere gave it that save's (the notice's
 * Undo); refused once anyone changed the repeat since. Answers as a save does, for its own article.
 */
export async function undoPropagatedSegment(ctx: ServeContext, name: string, segment: string, { version }: PropagationUndo) {
  return ctx.exclusive(async () => {
    const record = await readArticleRecord(ctx.outDir, name);
    const { doc, segments } = await undoPropagation(ctx.outDir, name, segment, version, ctx.now());
    return segmentAnswer(ctx, record, doc, segments[0]!);
  });
}

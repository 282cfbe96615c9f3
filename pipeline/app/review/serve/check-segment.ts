import { previewRevision } from '../revise-article.js';
import type { ServeContext } from './serve-context.js';

/** What a check sends: the English the reviewer means to save. */
export const SEGMENT_CHECK_FIELDS = ['target'] as const;

export type SegmentCheck = Readonly<Record<(typeof SEGMENT_CHECK_FIELDS)[number], string>>;

/**
 * The QA flags a save of this English would give the sentence, without saving it: the page asks
 * before it saves English with an error. Refused as a save would be (an empty English, an
 * unknown sentence).
 */
export async function checkSegment(ctx: ServeContext, name: string, segment: string, { target }: SegmentCheck) {
  const { segments } = await previewRevision(ctx.outDir, name, [{ segment, target }], { now: ctx.now() });
  return { flags: segments[0]?.flags ?? [] };
}

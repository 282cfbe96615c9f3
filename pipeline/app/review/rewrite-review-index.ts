import type { RenderOptions } from '../../../output/index.js';
import { reviewIndexEntry } from '../../../output/review-index.js';
import { writeReviewIndex } from '../../../output/write.js';
import { articleRecords } from './article-record.js';

/** The folder's `index.html` again, from every article's record as it is now (after a review). */
export async function rewriteReviewIndex(outDir: string, render: RenderOptions): Promise<void> {
  const entries = [];
  for await (const record of articleRecords(outDir)) entries.push(reviewIndexEntry(record.doc));
  await writeReviewIndex(entries, outDir, render);
}

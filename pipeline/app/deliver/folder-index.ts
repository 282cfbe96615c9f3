import { reviewIndexEntry, type ReviewIndexEntry } from '../../../output/review-index.js';
import { articleRecords } from '../review/article-record.js';

/** The index entries of every article recorded in `outDir`, as their records are now (after a review). */
export async function folderIndexEntries(outDir: string): Promise<ReviewIndexEntry[]> {
  const entries = [];
  for await (const record of articleRecords(outDir)) entries.push(reviewIndexEntry(record.doc));
  return entries;
}

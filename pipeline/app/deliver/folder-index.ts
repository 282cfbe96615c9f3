import { reviewIndexEntry, type ReviewIndexEntry } from '../../../output/review-index.js';
import { summariseQa, type QaSummary } from '../../stages/qa.js';
import { articleRecords } from '../review/article-record.js';

/** Every article recorded in a folder, as their records are now (after a review): what `index.html` lists, and each one's QA by name. */
export interface FolderArticles {
  readonly entries: readonly ReviewIndexEntry[];
  readonly qa: ReadonlyMap<string, QaSummary>;
}

/** One read of every record in `outDir`, for `index.html` and `run.json` both. */
export async function folderArticles(outDir: string): Promise<FolderArticles> {
  const entries = [];
  const qa = new Map<string, QaSummary>();
  for await (const { doc } of articleRecords(outDir)) {
    entries.push(reviewIndexEntry(doc));
    qa.set(doc.meta.name, summariseQa([doc]));
  }
  return { entries, qa };
}

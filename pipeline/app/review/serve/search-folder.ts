import type { FolderSearch, SearchHit } from '../../../../output/review-index.js';
import { foldWhitespace, segmentsOf } from '../../../core/doc.js';
import { articleRecords } from '../article-record.js';

/** The most sentences a search shows: a word as common as "the" would otherwise list the whole folder. */
export const SEARCH_LIMIT = 100;

const folded = (text: string): string => foldWhitespace(text).toLocaleLowerCase('de');

/**
 * Every sentence of the folder whose German or English contains `query` (case and line breaks
 * aside), in article and sentence order, the first `SEARCH_LIMIT` of them kept; read one record
 * at a time, as the index is.
 */
export async function searchFolder(outDir: string, query: string): Promise<FolderSearch> {
  const wanted = folded(query);
  const results: SearchHit[] = [];
  const articles = new Set<string>();
  let found = 0;
  for await (const { doc } of articleRecords(outDir)) {
    for (const segment of segmentsOf(doc)) {
      const target = segment.target ?? '';
      if (!folded(segment.source).includes(wanted) && !folded(target).includes(wanted)) continue;
      found++;
      articles.add(doc.meta.name);
      if (results.length < SEARCH_LIMIT) results.push({ article: doc.meta.name, id: segment.id, source: segment.source, target });
    }
  }
  return { query, results, articles: articles.size, more: found > results.length };
}

import path from 'node:path';
import type { ReviewedSentence } from '../../../glossary/tools/suggest/reviewed-sentence.js';
import { segmentsOf } from '../../core/doc.js';
import { articleRecords } from '../review/article-record.js';

/**
 * The sentences people reviewed in one or more output folders, from the article records: each
 * with the machine draft the review keeps. Sentences nobody reviewed, and reviews recalled without
 * a draft, say nothing about what the model got wrong and are left out; a folder given twice (or
 * a copy of one) counts once, as the same sentence is no new evidence.
 */
export async function readReviewedSentences(outDirs: readonly string[], cwd: string): Promise<ReviewedSentence[]> {
  const sentences: ReviewedSentence[] = [];
  const seen = new Set<string>();
  for (const outDir of outDirs) {
    for await (const { doc } of articleRecords(path.resolve(cwd, outDir))) {
      for (const s of segmentsOf(doc)) {
        if (!s.translatable || s.origin !== 'review' || s.draft === undefined || s.target === undefined) continue;
        const key = JSON.stringify([doc.meta.name, s.id, s.source, s.draft, s.target]);
        if (seen.has(key)) continue;
        seen.add(key);
        sentences.push({ article: doc.meta.name, id: s.id, source: s.source, draft: s.draft, review: s.target, terms: s.terms ?? [] });
      }
    }
  }
  return sentences;
}

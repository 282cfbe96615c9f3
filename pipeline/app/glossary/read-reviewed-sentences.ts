import path from 'node:path';
import type { ReviewedSentence } from '../../../glossary/tools/suggest/reviewed-sentence.js';
import { segmentsOf, type LektorDoc } from '../../core/doc.js';
import { articleRecords } from '../review/article-record.js';

/**
 * The sentences people reviewed in one article, each with the machine draft the review keeps.
 * Sentences nobody reviewed, and reviews recalled without a draft, say nothing about what the model
 * got wrong and are left out.
 */
export function reviewedSentencesOf(doc: LektorDoc): ReviewedSentence[] {
  return segmentsOf(doc).flatMap((s) =>
    s.translatable && s.origin === 'review' && s.draft !== undefined && s.target !== undefined
      ? [{ article: doc.meta.name, id: s.id, source: s.source, draft: s.draft, review: s.target, terms: s.terms ?? [] }]
      : [],
  );
}

/**
 * The sentences people reviewed in one or more output folders, from the article records; a folder
 * given twice (or a copy of one) counts once, as the same sentence is no new evidence.
 */
export async function readReviewedSentences(outDirs: readonly string[], cwd: string): Promise<ReviewedSentence[]> {
  const sentences: ReviewedSentence[] = [];
  const seen = new Set<string>();
  for (const outDir of outDirs) {
    for await (const { doc } of articleRecords(path.resolve(cwd, outDir))) {
      for (const s of reviewedSentencesOf(doc)) {
        const key = JSON.stringify([s.article, s.id, s.source, s.draft, s.review]);
        if (seen.has(key)) continue;
        seen.add(key);
        sentences.push(s);
      }
    }
  }
  return sentences;
}

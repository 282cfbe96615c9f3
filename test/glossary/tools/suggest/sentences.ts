import type { TermHit } from '../../../../pipeline/core/doc.js';
import type { ReviewedSentence } from '../../../../glossary/tools/suggest/reviewed-sentence.js';

/** A reviewed sentence as the records give it; ids count up per article. */
export function reviewed(article: string, id: string, source: string, draft: string, review: string, terms: readonly TermHit[] = []): ReviewedSentence {
  return { article, id, source, draft, review, terms };
}

/** The run's hit of a glossary term in `source`. */
export function hit(source: string, german: string, expected: string): TermHit {
  const start = source.indexOf(german);
  return { termId: german.toLowerCase(), start, end: start + german.length, text: german, expected, found: true, repaired: false };
}

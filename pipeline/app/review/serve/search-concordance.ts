import { CONCORDANCE_LIMIT, searchMemory, type ConcordanceHit } from '../../../engine/memory/concordance.js';
import { HttpError } from '../../http/http-error.js';
import { readArticleRecord } from '../article-record.js';
import type { ServeContext } from './serve-context.js';

/** What the editor's concordance panel sends: the word or phrase, and the side to find it in (`de` or `en`). */
export const CONCORDANCE_FIELDS = ['text', 'language'] as const;

export type ConcordanceAsk = Readonly<Record<(typeof CONCORDANCE_FIELDS)[number], string>>;

/**
 * `lektor tm search` for the editor: the sentence pairs of the memory the article's reviews go
 * to (the run's, or the server's shared one) holding the phrase in any inflection, reviews first.
 */
export async function searchConcordance(ctx: ServeContext, name: string, { text, language }: ConcordanceAsk): Promise<{ hits: ConcordanceHit[] }> {
  if (language !== 'de' && language !== 'en') throw new HttpError(400, `language must be "de" or "en", got "${language}"`);
  const memory = ctx.memories.get((await readArticleRecord(ctx.outDir, name)).memory);
  if (!memory) throw new HttpError(409, `the run of "${name}" used no translation memory`);
  return { hits: await searchMemory(memory.reviews(), memory.entries(), text, { english: language === 'en', limit: CONCORDANCE_LIMIT }) };
}

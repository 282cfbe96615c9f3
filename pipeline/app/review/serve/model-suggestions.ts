import { ModelError, ReviewError } from '../../../core/errors.js';
import { segmentsOf, type Segment } from '../../../core/doc.js';
import type { TranslationEngine } from '../../../engine/translation-engine.js';
import { HttpError } from '../../http/http-error.js';
import { translateText } from '../../service/translate-texts.js';
import { readArticleRecord } from '../article-record.js';
import type { ServeContext } from './serve-context.js';

/** What a completion sends: the English left of the reviewer's caret. */
export const COMPLETION_FIELDS = ['prefix'] as const;

export type CompletionAsk = Readonly<Record<(typeof COMPLETION_FIELDS)[number], string>>;

/** How many translations the editor lists for a row: beam search's best and the two after it. */
export const ALTERNATIVES = 3;

/** Why the page gets no suggestions at all. */
export const MODEL_OFF = 'the model’s suggestions are off (lektor review serve --no-model)';

/** The answer while the model loads: the page says so and asks again. */
export const LOADING = { state: 'loading', message: 'Loading the model…' } as const;

/** The sentence to suggest English for, and the engine of the run that translated it; `undefined` while the model loads. */
async function asked(ctx: ServeContext, name: string, id: string): Promise<{ engine: TranslationEngine; segment: Segment } | undefined> {
  if (!ctx.model) throw new HttpError(409, MODEL_OFF);
  const record = await readArticleRecord(ctx.outDir, name);
  const segment = segmentsOf(record.doc).find((s) => s.id === id);
  if (!segment) throw new ReviewError('review', `no sentence ${id} in article "${name}"`);
  if (!segment.translatable) throw new ReviewError('review', `sentence ${id} of "${name}" has no words to translate`);
  try {
    const engine = await ctx.model.engineFor(record);
    return engine === 'loading' ? undefined : { engine, segment };
  } catch (error) {
    // The editor works on without the model: the page shows why, the other routes answer as ever.
    if (error instanceof ModelError) throw new HttpError(503, `no suggestions from the model: ${error.describe()}`, { cause: error });
    throw error;
  }
}

/**
 * The model's translation of the sentence that starts with the reviewer's English `prefix`, and
 * the rest after it, which the page offers inline; empty where the translation came out not
 * starting with the prefix (a term the glossary repaired inside it).
 */
export async function completeSegment(ctx: ServeContext, name: string, id: string, { prefix }: CompletionAsk) {
  const found = await asked(ctx, name, id);
  if (!found) return LOADING;
  const { text } = await translateText(found.segment.source, 'text', { engine: found.engine, now: ctx.now(), name, prefix });
  return { state: 'ready', completion: text, suggestion: text.startsWith(prefix) ? text.slice(prefix.length) : '' } as const;
}

/** The sentence's `ALTERNATIVES` best translations from beam search, distinct, best first. */
export async function segmentAlternatives(ctx: ServeContext, name: string, id: string) {
  const found = await asked(ctx, name, id);
  if (!found) return LOADING;
  const { text, alternatives = [] } = await translateText(found.segment.source, 'text', { engine: found.engine, now: ctx.now(), name, alternatives: ALTERNATIVES - 1 });
  return { state: 'ready', alternatives: [text, ...alternatives] } as const;
}

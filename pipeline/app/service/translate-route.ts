import type { ResolvedServiceOptions } from './service-options.js';
import { HttpError } from '../http/http-error.js';
import type { StatsCounter } from './service-stats.js';
import { parseTranslateRequest, type TextFormat, type TranslateRequest } from './translate-request.js';
import { translateText, type TranslatedText } from './translate-texts.js';

/** Rejects after `ms`, unless `work` settles first. */
function deadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HttpError(503, `Translation took longer than ${ms / 1000} s; try again (what was translated is remembered)`)), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * A translation request's texts, translated at once (they share the model's batches with each
 * other and with every other request), within the time limit, counted in the service's stats.
 */
export async function answerTranslation(
  body: unknown,
  options: ResolvedServiceOptions,
  stats: StatsCounter,
  formats: readonly TextFormat[] = ['text', 'html'],
): Promise<{ request: TranslateRequest; texts: readonly TranslatedText[] }> {
  const request = parseTranslateRequest(body ?? {}, options);
  if (!formats.includes(request.format)) throw new HttpError(400, `${request.format} format is not supported here`);
  const now = options.now();
  const names = request.texts.map((_, i) => (request.batch ? `q[${i}]` : 'q'));
  const work = Promise.all(request.texts.map((text, i) => translateText(text, request.format, { engine: options.engine, now, name: names[i] ?? 'q' })));
  return { request, texts: await deadline(stats.count(work), options.timeoutMs) };
}

import type { ResolvedServiceOptions } from './service-options.js';
import { UsageError } from '../../core/errors.js';
import { HttpError } from '../http/http-error.js';
import { detectGerman, type DetectedLanguage } from './detect-language.js';
import type { StatsCounter } from './service-stats.js';
import { parseTranslateRequest, type TextFormat, type TranslateRequest } from './translate-request.js';
import { translateText, type TranslatedText } from './translate-texts.js';

/**
 * When a client whose translation ran out of time should ask again: its sentences still run, and
 * once they finish the memory answers them at once.
 */
const RETRY_AFTER_SECONDS = 5;

/** Rejects after `ms`, unless `work` settles first. */
function deadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    const message = `Translation took longer than ${ms / 1000} s; try again (what was translated is remembered)`;
    timer = setTimeout(() => reject(new HttpError(503, message, { headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } })), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * For `source: auto`, what each text was detected as; a text in another language than German
 * refuses the request, as LibreTranslate refuses a language it does not have.
 */
function detectSources(request: TranslateRequest, names: readonly string[]): readonly DetectedLanguage[] | undefined {
  if (!request.autoSource) return undefined;
  return request.texts.map((text, i) => {
    const { german, detected } = detectGerman(text);
    if (!german) throw new HttpError(400, `${detected.language} is not supported (detected in ${names[i] ?? 'q'}; Lektor translates German)`);
    return detected;
  });
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
): Promise<{ request: TranslateRequest; texts: readonly TranslatedText[]; detected: readonly DetectedLanguage[] | undefined }> {
  const request = parseTranslateRequest(body ?? {}, options);
  if (!formats.includes(request.format)) throw new HttpError(400, `${request.format} format is not supported here`);
  const now = options.now();
  const names = request.texts.map((_, i) => (request.batch ? `q[${i}]` : 'q'));
  const detected = detectSources(request, names);
  const ask = { alternatives: request.alternatives, ...(request.prefix === undefined ? {} : { prefix: request.prefix }) };
  const work = Promise.all(request.texts.map((text, i) => translateText(text, request.format, { engine: options.engine, now, name: names[i] ?? 'q', ...ask }))).catch((error: unknown) => {
    // What the engine refuses of a request (a prefix for a text of several sentences) is the client's to fix.
    throw error instanceof UsageError ? new HttpError(400, `Invalid request: ${error.message}`, { cause: error }) : error;
  });
  return { request, texts: await deadline(stats.count(work), options.timeoutMs), detected };
}

import type { FastifyInstance, RouteShorthandOptions } from 'fastify';
import { HttpError } from '../http/http-error.js';
import { detectLanguage } from './detect-language.js';
import { ROUTE_SCHEMAS } from './route-schemas.js';
import type { ResolvedServiceOptions } from './service-options.js';
import type { StatsCounter } from './service-stats.js';
import { answerTranslation } from './translate-route.js';

const GERMAN = { code: 'de', name: 'German' };
const ENGLISH = { code: 'en', name: 'English' };

/** `POST /detect`'s one text, checked as `/translate` checks its texts. */
function detectText(body: unknown, charLimit: number): string {
  const q = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).q : undefined;
  if (q === undefined || q === '') throw new HttpError(400, 'Invalid request: missing q parameter');
  if (typeof q !== 'string') throw new HttpError(400, 'Invalid request: q must be a string');
  if (q.length > charLimit) throw new HttpError(400, `Invalid request: request (${q.length}) exceeds text limit (${charLimit})`);
  return q;
}

/**
 * LibreTranslate's API, as its clients call it: `POST /translate`, `POST /detect`, `GET /languages`
 * and `GET /frontend/settings`. Lektor translates German into English only; `source: auto` detects
 * the language and refuses anything but German.
 */
export function addLibreTranslateRoutes(app: FastifyInstance, options: ResolvedServiceOptions, stats: StatsCounter, guarded: RouteShorthandOptions): void {
  app.post('/translate', { ...guarded, schema: ROUTE_SCHEMAS.translate }, async (request) => {
    const { request: asked, texts, detected } = await answerTranslation(request.body, options, stats);
    const translated = texts.map((t) => t.text);
    return {
      translatedText: asked.batch ? translated : translated[0],
      ...(detected ? { detectedLanguage: asked.batch ? detected : detected[0] } : {}),
      ...(asked.alternatives > 0 ? { alternatives: asked.batch ? texts.map((t) => t.alternatives ?? []) : (texts[0]?.alternatives ?? []) } : {}),
    };
  });

  app.post('/detect', { ...guarded, schema: ROUTE_SCHEMAS.detect }, async (request) => [detectLanguage(detectText(request.body, options.charLimit))]);

  app.get('/languages', { schema: ROUTE_SCHEMAS.languages }, async () => [
    { ...GERMAN, targets: [ENGLISH.code] },
    { ...ENGLISH, targets: [] },
  ]);

  app.get('/frontend/settings', { schema: ROUTE_SCHEMAS.frontendSettings }, async () => ({
    charLimit: options.charLimit,
    frontendTimeout: 500,
    apiKeys: options.apiKeys !== undefined,
    keyRequired: options.apiKeys !== undefined,
    suggestions: false,
    filesTranslation: false,
    supportedFilesFormat: [],
    language: { source: GERMAN, target: ENGLISH },
  }));
}

import type { FastifyInstance, RouteShorthandOptions } from 'fastify';
import type { ResolvedServiceOptions } from './service-options.js';
import type { StatsCounter } from './service-stats.js';
import { answerTranslation } from './translate-route.js';

const GERMAN = { code: 'de', name: 'German' };
const ENGLISH = { code: 'en', name: 'English' };

/**
 * LibreTranslate's API, as its clients call it: `POST /translate`, `GET /languages` and
 * `GET /frontend/settings`. Lektor translates German into English only; `source: auto` is taken
 * as German (Lektor detects no languages, so `detectedLanguage` says so with confidence 0).
 */
export function addLibreTranslateRoutes(app: FastifyInstance, options: ResolvedServiceOptions, stats: StatsCounter, guarded: RouteShorthandOptions): void {
  app.post('/translate', guarded, async (request) => {
    const { request: asked, texts } = await answerTranslation(request.body, options, stats);
    const translated = texts.map((t) => t.text);
    const detected = { confidence: 0, language: 'de' };
    return {
      translatedText: asked.batch ? translated : translated[0],
      ...(asked.autoSource ? { detectedLanguage: asked.batch ? texts.map(() => detected) : detected } : {}),
      // Lektor's greedy decoding has one answer per sentence.
      ...(asked.alternatives > 0 ? { alternatives: asked.batch ? texts.map(() => []) : [] } : {}),
    };
  });

  app.get('/languages', async () => [
    { ...GERMAN, targets: [ENGLISH.code] },
    { ...ENGLISH, targets: [] },
  ]);

  app.get('/frontend/settings', async () => ({
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

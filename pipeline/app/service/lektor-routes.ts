import type { FastifyInstance, RouteShorthandOptions } from 'fastify';
import { ROUTE_SCHEMAS } from './route-schemas.js';
import type { ResolvedServiceOptions } from './service-options.js';
import type { StatsCounter } from './service-stats.js';
import { answerTranslation } from './translate-route.js';

/**
 * Lektor's own routes: `POST /v1/translate` takes LibreTranslate's body and answers the English
 * with the JSONL records of every sentence (terms, flags, origin); `GET /health` answers 200 and
 * the service's counts while it takes requests.
 */
export function addLektorRoutes(app: FastifyInstance, options: ResolvedServiceOptions, stats: StatsCounter, guarded: RouteShorthandOptions): void {
  app.post('/v1/translate', { ...guarded, schema: ROUTE_SCHEMAS.lektorTranslate }, async (request) => {
    // The records' offsets point into plain text.
    const { request: asked, texts } = await answerTranslation(request.body, options, stats, ['text']);
    return {
      translatedText: asked.batch ? texts.map((t) => t.text) : texts[0]?.text,
      records: texts.flatMap((t) => t.records),
    };
  });

  app.get('/health', { schema: ROUTE_SCHEMAS.health }, async () => ({ status: 'ok', ...stats.snapshot(options.engine.tally, options.engine.loaded()) }));
}

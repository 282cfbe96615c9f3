import cors from '@fastify/cors';
import formBody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type { RouteShorthandOptions } from 'fastify';
import { httpApp } from '../http/http-app.js';
import { HttpError } from '../http/http-error.js';
import { listen } from '../http/listen.js';
import { addApiDescription } from './api-description.js';
import { addLektorRoutes } from './lektor-routes.js';
import { addLibreTranslateRoutes } from './libretranslate-routes.js';
import { resolveServiceOptions, type ServiceOptions } from './service-options.js';
import { addServiceMetrics } from './service-metrics.js';
import { SERVICE_REFUSALS } from './service-refusals.js';
import { StatsCounter, type ServiceStats } from './service-stats.js';
import { apiKeyOf } from './translate-request.js';

export interface TranslationService {
  /** `http://host:port`, the address clients are pointed at. */
  readonly url: string;
  readonly port: number;
  stats(): ServiceStats;
  /** Stops taking connections, lets every request already taken finish, then returns; the engine stays open. */
  close(): Promise<void>;
}

/** Something the operator should see in the log: a request that failed on the server's side. */
export type ServiceEvent = { readonly type: 'error'; readonly method: string; readonly url: string; readonly message: string };

/**
 * Serves an engine over HTTP with LibreTranslate's API and Lektor's own (see the route files).
 * Translation requests are checked for their key (where keys are configured) and rate-limited
 * per key, or per address without one; bodies, texts and arrays have size limits and a
 * translation a time limit, each refused with LibreTranslate's `{ "error": … }`.
 */
export async function startTranslationService(options: ServiceOptions, onEvent?: (event: ServiceEvent) => void): Promise<TranslationService> {
  const resolved = resolveServiceOptions(options);
  const { apiKeys, requestsPerMinute } = resolved;
  const stats = new StatsCounter();
  const app = await httpApp({
    maxBodyBytes: resolved.maxBodyBytes,
    refusals: SERVICE_REFUSALS,
    onInternal: (request, message) => onEvent?.({ type: 'error', method: request.method, url: request.url, message }),
  });
  // The routes' schemas describe the API (`/spec`); requests are checked in LibreTranslate's words
  // (`parseTranslateRequest`) and answers sent as the routes build them.
  app.setValidatorCompiler(() => () => true);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  // Only where asked: a browser page of any other origin gets no answer it may read.
  if (resolved.corsOrigins.length > 0) await app.register(cors, { origin: [...resolved.corsOrigins], methods: ['GET', 'POST'] });
  // Before the routes: the description collects them as they are added, the metrics count them.
  await addApiDescription(app);
  addServiceMetrics(app, resolved.engine, stats);
  // JSON and forms, as LibreTranslate reads them; any other body is answered 415.
  await app.register(formBody, { bodyLimit: resolved.maxBodyBytes });
  await app.register(rateLimit, {
    global: false,
    // After the body is read: the key is in it.
    hook: 'preHandler',
    max: requestsPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => {
      const key = apiKeyOf(request.body);
      return key !== undefined && apiKeys?.has(key) ? `key ${key}` : `address ${request.ip}`;
    },
    errorResponseBuilder: () => new HttpError(429, `Slowdown: ${requestsPerMinute} per 1 minute`),
  });

  const guarded: RouteShorthandOptions = {
    config: { rateLimit: { max: requestsPerMinute, timeWindow: 60_000 } },
    preHandler: async (request) => {
      if (!apiKeys) return;
      const key = apiKeyOf(request.body);
      if (key === undefined) throw new HttpError(400, 'Please contact the server operator to get an API key');
      if (!apiKeys.has(key)) throw new HttpError(403, 'Invalid API key');
    },
  };
  addLibreTranslateRoutes(app, resolved, stats, guarded);
  addLektorRoutes(app, resolved, stats, guarded);

  const port = await listen(app, resolved.port, resolved.host);
  const host = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
  return {
    url: `http://${host}:${port}`,
    port,
    stats: () => stats.snapshot(resolved.engine.tally, resolved.engine.loaded()),
    close: () => app.close(),
  };
}

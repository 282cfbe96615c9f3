import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { TranslationEngine } from '../../engine/translation-engine.js';
import { ROUTE_SCHEMAS } from './route-schemas.js';
import type { StatsCounter } from './service-stats.js';

/** Counts a scrape reads from the service's own tallies, which the counters follow rather than duplicate. */
function followed(registry: Registry, name: string, help: string, read: () => number): void {
  new Counter({
    name,
    help,
    registers: [registry],
    collect() {
      this.reset();
      this.inc(read());
    },
  });
}

/**
 * `GET /metrics` in the Prometheus text format, from a registry of this service's own (two services
 * in one process count apart): every answer by route and status, their latency, the sentences and
 * what the memory answered, the model's calls and how full they were, and the failures on the
 * server's side; besides, the process's own (memory, CPU, event loop) under `lektor_process_…`.
 */
export function addServiceMetrics(app: FastifyInstance, engine: TranslationEngine, stats: StatsCounter): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'lektor_' });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'lektor_http_requests_total', help: 'HTTP requests answered, by method, route and status', labelNames, registers: [registry] });
  const latency = new Histogram({
    name: 'lektor_http_request_duration_seconds',
    help: 'Time from a request to its answer, by method, route and status',
    labelNames,
    // From a remembered sentence to a long article on a busy model.
    buckets: [0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers: [registry],
  });
  const failures = new Counter({ name: 'lektor_failures_total', help: 'Requests that failed on the server\'s side: 503 (over the time limit) or 500', labelNames: ['route', 'status'], registers: [registry] });
  followed(registry, 'lektor_sentences_total', 'Sentences translated for requests, from the model or the memory', () => stats.snapshot(engine.tally, engine.loaded()).sentences);
  followed(registry, 'lektor_memory_hits_total', 'Sentences the translation memory answered', () => stats.snapshot(engine.tally, engine.loaded()).fromMemory);
  followed(registry, 'lektor_model_calls_total', 'Calls of the model (one batch each)', () => engine.tally.modelCalls);
  followed(registry, 'lektor_model_rows_total', 'Sentences in the model calls: divided by the calls and the batch size, how full they were', () => engine.tally.modelSentences);
  new Gauge({ name: 'lektor_model_batch_size', help: 'Sentences the model takes in one call', registers: [registry] }).set(engine.batchSize);
  new Gauge({
    name: 'lektor_requests_running',
    help: 'Translation requests being translated now',
    registers: [registry],
    collect() {
      this.set(stats.snapshot(engine.tally, engine.loaded()).running);
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    // Unmatched paths share one label: a scan of random paths must not grow the registry.
    const labels = { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) };
    requests.inc(labels);
    latency.observe(labels, reply.elapsedTime / 1000);
    if (reply.statusCode >= 500) failures.inc({ route: labels.route, status: labels.status });
  });
  app.get('/metrics', { schema: ROUTE_SCHEMAS.metrics }, async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()));
}

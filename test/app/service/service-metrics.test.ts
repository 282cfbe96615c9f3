import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { afterEach, describe, expect, it } from 'vitest';
import { startTranslationService, type TranslationService } from '../../../pipeline/app/service/translation-service.js';
import { fakeEngine } from '../../helpers/fake-engine.js';
import { fakeTranslator } from '../../helpers/fake-translator.js';

interface Family {
  readonly name: string;
  readonly type: string;
  readonly metrics: readonly { readonly value?: string; readonly labels?: Record<string, string>; readonly buckets?: Record<string, string> }[];
}

const running: TranslationService[] = [];
afterEach(async () => {
  for (const service of running.splice(0)) await service.close();
});

let lastScrape = '';
async function scrape(url: string): Promise<Map<string, Family>> {
  const response = await fetch(`${url}/metrics`);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  lastScrape = await response.text();
  return new Map((parsePrometheusTextFormat(lastScrape) as Family[]).map((family) => [family.name, family]));
}

const value = (families: Map<string, Family>, name: string, labels: Record<string, string> = {}): number => {
  const metric = families.get(name)?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
  return Number(metric?.value ?? 0);
};

describe('GET /metrics', () => {
  it('counts requests by route and status, their latency, sentences, model calls and their fill, and failures', async () => {
    const { engine } = fakeEngine();
    const service = await startTranslationService({ engine, port: 0 });
    running.push(service);
    const before = await scrape(service.url);
    expect(value(before, 'lektor_model_calls_total')).toBe(0);
    expect(value(before, 'lektor_model_batch_size')).toBe(32);
    const ask = (body: unknown) => fetch(`${service.url}/translate`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect((await ask({ q: ['Eins. Zwei.', 'Drei.'], source: 'de', target: 'en' })).status).toBe(200);
    expect((await ask({ q: 'Eins.', source: 'fr', target: 'en' })).status).toBe(400);
    const after = await scrape(service.url);
    expect(value(after, 'lektor_http_requests_total', { method: 'POST', route: '/translate', status: '200' })).toBe(1);
    expect(value(after, 'lektor_http_requests_total', { method: 'POST', route: '/translate', status: '400' })).toBe(1);
    expect(after.get('lektor_http_request_duration_seconds')?.type).toBe('HISTOGRAM');
    // The parser keeps no labels of a histogram's series: the series' count is read from the text.
    expect(lastScrape).toContain('lektor_http_request_duration_seconds_count{method="POST",route="/translate",status="200"} 1\n');
    expect(value(after, 'lektor_sentences_total')).toBe(3);
    expect(value(after, 'lektor_model_rows_total')).toBe(3);
    expect(value(after, 'lektor_model_calls_total')).toBeGreaterThanOrEqual(1);
    expect(value(after, 'lektor_memory_hits_total')).toBe(0);
    expect(value(after, 'lektor_failures_total')).toBe(0);
    expect(value(after, 'lektor_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('counts a translation over the time limit as a failure, answered 503 with Retry-After', async () => {
    const { engine } = fakeEngine('sentences', {
      ...fakeTranslator(),
      translate: async (batch: readonly string[]) => new Promise<string[]>((resolve) => setTimeout(() => resolve(batch.map((s) => `EN(${s})`)), 300)),
    });
    const service = await startTranslationService({ engine, port: 0, timeoutMs: 50 });
    running.push(service);
    const response = await fetch(`${service.url}/translate`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ q: 'Langsam.', source: 'de', target: 'en' }) });
    expect([response.status, response.headers.get('retry-after')]).toEqual([503, '5']);
    expect(value(await scrape(service.url), 'lektor_failures_total', { route: '/translate', status: '503' })).toBe(1);
  });
});

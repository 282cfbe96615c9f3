import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTranslationEngine } from '../../../pipeline/engine/translation-engine.js';
import { resolveConfig } from '../../../pipeline/config.js';
import { openSqliteMemory } from '../../../pipeline/engine/memory/sqlite-memory.js';
import { apiKeys } from '../../../pipeline/app/service/api-keys.js';
import type { ServiceOptions } from '../../../pipeline/app/service/service-options.js';
import { startTranslationService, type TranslationService } from '../../../pipeline/app/service/translation-service.js';
import { fakeEngine } from '../../helpers/fake-engine.js';
import { fakeTranslator } from '../../helpers/fake-translator.js';

const running: TranslationService[] = [];
afterEach(async () => {
  for (const service of running.splice(0)) await service.close();
});

async function serve(options: Omit<ServiceOptions, 'engine'> = {}, translator = fakeTranslator()) {
  const { engine } = fakeEngine('sentences', translator);
  const service = await startTranslationService({ engine, port: 0, ...options });
  running.push(service);
  const post = async (path: string, body: unknown, type = 'application/json') => {
    const response = await fetch(`${service.url}${path}`, { method: 'POST', headers: { 'Content-Type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const get = async (path: string) => {
    const response = await fetch(`${service.url}${path}`);
    return { status: response.status, body: (await response.json()) as unknown };
  };
  return { service, post, get };
}

const ASK = { source: 'de', target: 'en' };

function slowTranslator(ms: number) {
  const fake = fakeTranslator();
  return { ...fake, translate: async (batch: readonly string[]) => new Promise<string[]>((resolve) => setTimeout(() => resolve(fake.translate(batch)), ms)) };
}

describe('startTranslationService', () => {
  it('answers a JSON body and a form, keeping the layout of each text', async () => {
    const { post } = await serve();
    expect(await post('/translate', { q: 'Eins. Zwei.\n\nDrei.', ...ASK })).toEqual({ status: 200, body: { translatedText: 'EN(Eins.) EN(Zwei.)\n\nEN(Drei.)' } });
    expect(await post('/translate', 'q=Guten+Morgen.&source=auto&target=en', 'application/x-www-form-urlencoded')).toEqual({
      status: 200,
      body: { translatedText: 'EN(Guten Morgen.)', detectedLanguage: { confidence: 0, language: 'de' } },
    });
  });

  it("answers LibreTranslate's languages and frontend settings", async () => {
    const { get } = await serve({ charLimit: 5000 });
    expect(await get('/languages')).toEqual({ status: 200, body: [{ code: 'de', name: 'German', targets: ['en'] }, { code: 'en', name: 'English', targets: [] }] });
    expect((await get('/frontend/settings')).body).toMatchObject({ charLimit: 5000, apiKeys: false, keyRequired: false, language: { source: { code: 'de' }, target: { code: 'en' } } });
  });

  it('answers /v1/translate with the records of every sentence, and refuses html there', async () => {
    const { post } = await serve();
    const { status, body } = await post('/v1/translate', { q: ['Eins.', 'Zwei. Drei.'], ...ASK });
    expect(status).toBe(200);
    expect(body.translatedText).toEqual(['EN(Eins.)', 'EN(Zwei.) EN(Drei.)']);
    expect((body.records as { article: string; id: string; target: string; origin: string }[]).map((r) => [r.article, r.id, r.target, r.origin])).toEqual([
      ['q[0]', 's0001', 'EN(Eins.)', 'model'],
      ['q[1]', 's0001', 'EN(Zwei.)', 'model'],
      ['q[1]', 's0002', 'EN(Drei.)', 'model'],
    ]);
    expect(await post('/v1/translate', { q: '<p>Eins.</p>', format: 'html', ...ASK })).toEqual({ status: 400, body: { error: 'html format is not supported here' } });
  });

  it('refuses what is too large, not JSON or a form, or not there, in the shape of LibreTranslate errors', async () => {
    const { post, get } = await serve({ maxBodyBytes: 1000 });
    expect(await post('/translate', { q: 'x'.repeat(2000), ...ASK })).toEqual({ status: 413, body: { error: 'Request body is larger than 1000 bytes' } });
    expect(await post('/translate', 'Hallo', 'text/plain')).toEqual({ status: 415, body: { error: 'Unsupported Content-Type: send application/json or application/x-www-form-urlencoded' } });
    expect(await post('/translate', '{"q": ', 'application/json')).toEqual({ status: 400, body: { error: 'Invalid JSON format' } });
    expect(await post('/translate', { q: 'Null\u0000Byte', ...ASK })).toEqual({ status: 400, body: { error: 'Invalid request: q: binary file (NUL byte at offset 4), expected UTF-8 text' } });
    expect(await get('/translate/file')).toEqual({ status: 404, body: { error: 'Not Found' } });
  });

  it('asks for a key where keys are configured: missing 400, wrong 403; each key has its own rate limit', async () => {
    const { post, get } = await serve({ apiKeys: apiKeys(['k1', 'k2']), requestsPerMinute: 2 });
    expect(await post('/translate', { q: 'Eins.', ...ASK })).toEqual({ status: 400, body: { error: 'Please contact the server operator to get an API key' } });
    expect(await post('/translate', { q: 'Eins.', ...ASK, api_key: 'k3' })).toEqual({ status: 403, body: { error: 'Invalid API key' } });
    expect((await post('/translate', { q: 'Eins.', ...ASK, api_key: 'k1' })).status).toBe(200);
    expect((await post('/translate', { q: 'Eins.', ...ASK, api_key: 'k1' })).status).toBe(200);
    expect(await post('/translate', { q: 'Eins.', ...ASK, api_key: 'k1' })).toEqual({ status: 429, body: { error: 'Slowdown: 2 per 1 minute' } });
    expect((await post('/translate', { q: 'Eins.', ...ASK, api_key: 'k2' })).status).toBe(200);
    expect((await get('/frontend/settings')).body).toMatchObject({ apiKeys: true, keyRequired: true });
  });

  it('answers 503 when a translation takes longer than the time limit', async () => {
    const { post } = await serve({ timeoutMs: 50 }, slowTranslator(300));
    expect(await post('/translate', { q: 'Langsam.', ...ASK })).toEqual({ status: 503, body: { error: 'Translation took longer than 0.05 s; try again (what was translated is remembered)' } });
  });

  it('shares model batches between requests at once, counts them in /health, and lets a running request finish on close', async () => {
    // Each model call takes a while, as a real one does: requests arriving meanwhile wait for the next batch.
    const { service, post, get } = await serve({}, slowTranslator(30));
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => post('/translate', { q: `Satz ${i}.`, ...ASK })));
    expect(answers.map((a) => a.body.translatedText)).toEqual(Array.from({ length: 20 }, (_, i) => `EN(Satz ${i}.)`));
    const health = (await get('/health')).body as Record<string, number>;
    expect(health).toMatchObject({ status: 'ok', requests: 20, running: 0, texts: 20, sentences: 20, modelSentences: 20, modelLoaded: true });
    expect(health.modelCalls).toBeLessThan(20);
    const late = post('/translate', { q: 'Zuletzt.', ...ASK });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await service.close();
    expect(await late).toEqual({ status: 200, body: { translatedText: 'EN(Zuletzt.)' } });
  });

  it('uses and fills the translation memory: a sentence asked again does not reach the model', async () => {
    const model = fakeTranslator();
    const memory = openSqliteMemory(path.join(await mkdtemp(path.join(tmpdir(), 'lektor-service-memory-')), 'memory.sqlite'));
    const engine = openTranslationEngine({ config: resolveConfig([], {}), identity: { id: 'fake/model', dtype: 'fp32', decoding: {} }, loadTranslator: async () => model, memory, now: new Date(0) });
    const service = await startTranslationService({ engine, port: 0 });
    const ask = async () => (await fetch(`${service.url}/translate`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ q: 'Noch einmal.', ...ASK }) })).json();
    expect(await ask()).toEqual({ translatedText: 'EN(Noch einmal.)' });
    expect(await ask()).toEqual({ translatedText: 'EN(Noch einmal.)' });
    expect(service.stats()).toMatchObject({ requests: 2, sentences: 2, fromMemory: 1, modelCalls: 1 });
    expect(model.batches).toEqual([['Noch einmal.']]);
    await service.close();
    await engine.close();
    await memory.close();
  });
});

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
import { tinyModelDir } from '../../helpers/tiny-model.js';
import { loadGlossary } from '../../../glossary/load.js';
import { loadMarianTranslator } from '../../../models/marian/marian.js';

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

describe('POST /detect and source: auto', () => {
  it('answers the language in LibreTranslate\'s shape: German, English, French', async () => {
    const { service, post } = await serve();
    const detect = async (q: string) => {
      const response = await fetch(`${service.url}/detect`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ q }) });
      return (await response.json()) as { language: string; confidence: number }[];
    };
    expect((await detect('Der Geheimdienst überwacht das Logistikzentrum in Lüttich.')).map((d) => d.language)).toEqual(['de']);
    expect((await detect('The federal government decided on Wednesday to raise funding for the railway.')).map((d) => d.language)).toEqual(['en']);
    expect((await detect('Le service de renseignement surveille le centre logistique à Liège.')).map((d) => d.language)).toEqual(['fr']);
    expect(await post('/detect', { source: 'de' })).toEqual({ status: 400, body: { error: 'Invalid request: missing q parameter' } });
  });

  it('translates German with source auto and refuses another language with LibreTranslate\'s error', async () => {
    const { post } = await serve();
    const german = await post('/translate', { q: 'Der Geheimdienst überwacht das Logistikzentrum in Lüttich.', source: 'auto', target: 'en' });
    expect(german).toMatchObject({ status: 200, body: { translatedText: 'EN(Der Geheimdienst überwacht das Logistikzentrum in Lüttich.)', detectedLanguage: { language: 'de' } } });
    expect(await post('/translate', { q: ['Guten Morgen.', 'Le service de renseignement surveille le centre logistique à Liège.'], source: 'auto', target: 'en' })).toEqual({
      status: 400,
      body: { error: 'fr is not supported (detected in q[1]; Lektor translates German)' },
    });
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/translate`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });

  it('sends no CORS headers without --cors: a browser page of another site cannot read the answers', async () => {
    const { service } = await serve();
    const response = await preflight(service.url, 'https://cms.example.org');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const answer = await fetch(`${service.url}/languages`, { headers: { Origin: 'https://cms.example.org' } });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows a listed origin and no other', async () => {
    const { service } = await serve({ corsOrigins: ['https://cms.example.org'] });
    const allowed = await preflight(service.url, 'https://cms.example.org');
    expect([allowed.status, allowed.headers.get('access-control-allow-origin')]).toEqual([204, 'https://cms.example.org']);
    expect(allowed.headers.get('access-control-allow-methods')).toBe('GET, POST');
    const refused = await preflight(service.url, 'https://elsewhere.example.com');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses what is not an origin, naming the option', async () => {
    await expect(serve({ corsOrigins: ['https://cms.example.org/page'] })).rejects.toThrow('--cors https://cms.example.org/page is not an origin; give scheme, host and port only, e.g. https://cms.example.org');
  });
});

describe('startTranslationService on the generated model: alternatives and a prefix', () => {
  async function serveModel(strategy: 'inline' | 'constrain', charLimit?: number) {
    const id = await tinyModelDir();
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'lektor-cache-'));
    const engine = openTranslationEngine({
      config: resolveConfig([{ model: { id }, glossary: { strategy } }], {}),
      identity: { id, dtype: 'fp32', decoding: {} },
      loadTranslator: () => loadMarianTranslator({ id, cacheDir, offline: true, dtype: 'fp32', threads: 1, cwd: process.cwd(), beams: 4 }),
      stageDeps: { glossary: await loadGlossary('seeds/glossary.yaml') },
      now: new Date(0),
    });
    const service = await startTranslationService({ engine, port: 0, ...(charLimit ? { charLimit } : {}) });
    running.push(service);
    return async (body: unknown) => {
      const response = await fetch(`${service.url}/translate`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
  }

  it("answers alternatives in LibreTranslate's shape: other translations, distinct, a list per text where q is a list", async () => {
    const post = await serveModel('inline');
    const one = await post({ q: 'Der Verdacht: Mögliche Spionage.', alternatives: 2, ...ASK });
    expect(one.status).toBe(200);
    expect(one.body.translatedText).toBe('The suspicion: Possible espionage.');
    const others = one.body.alternatives as string[];
    expect(others).toHaveLength(2);
    expect(new Set([one.body.translatedText, ...others]).size).toBe(3);
    const two = await post({ q: ['Der Verdacht: Mögliche Spionage.', 'Lüttich'], alternatives: 1, ...ASK });
    expect(two.body.translatedText).toEqual(['The suspicion: Possible espionage.', 'Liège']);
    expect((two.body.alternatives as string[][]).map((a) => a.length)).toEqual([1, 1]);
    expect((two.body.alternatives as string[][])[0]).toEqual([others[0]]);
  });

  it('starts the translation with `prefix`, the glossary’s constrained terms still written after it', async () => {
    const post = await serveModel('constrain');
    const text = 'Der belgische Geheimdienst hat einem Medienbericht zufolge das wichtigste europäische Logistik-Drehkreuz überwacht.';
    const { status, body } = await post({ q: text, prefix: 'According to', ...ASK });
    expect(status).toBe(200);
    expect(body.translatedText).toMatch(/^According to .*intelligence service/);
  });

  it('refuses bad values with LibreTranslate-style errors', async () => {
    const post = await serveModel('inline', 100);
    expect(await post({ q: 'Lüttich', alternatives: -1, ...ASK })).toEqual({ status: 400, body: { error: 'Invalid request: alternatives must be 0 or more' } });
    expect(await post({ q: 'Lüttich', alternatives: 1e9, ...ASK })).toEqual({ status: 400, body: { error: 'Invalid request: Cannot request more than 3 alternatives' } });
    expect(await post({ q: 'Lüttich', prefix: 'x'.repeat(101), ...ASK })).toEqual({ status: 400, body: { error: 'Invalid request: prefix (101) exceeds text limit (100)' } });
    expect(await post({ q: 'Der Verdacht: Mögliche Spionage. Lüttich ist schön.', prefix: 'The', ...ASK })).toEqual({
      status: 400,
      body: { error: 'Invalid request: prefix: the text must be one sentence; it has 2' },
    });
  });
});

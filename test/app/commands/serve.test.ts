import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { translate } from 'libretranslate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, type CliRun } from '../../helpers/run-cli.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';

const GLOSSARY = path.join(repoRoot, 'seeds/glossary.yaml');
const sentence = (i: number) => `Der Geheimdienst überwacht ${i} Logistikzentren.`;
const english = (i: number) => `The intelligence service monitors ${i} Logistikzentren.`;

/** `lektor serve` in a child process: its address, once it has printed it, its folder and its end. */
async function startServe(args: string[]): Promise<{ url: string; cwd: string; child: ChildProcess; exited: Promise<CliRun> }> {
  const cwd = await mkdtemp(path.join(tmpdir(), 'lektor-serve-'));
  await writeFile(path.join(cwd, 'keys.txt'), 'right-key\n');
  let child: ChildProcess | undefined;
  const exited = runCli(['serve', '--port', '0', '--offline', ...args], { cwd, onSpawn: (c) => (child = c) });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child?.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0] ?? '');
    });
    void exited.then((run) => reject(new Error(`lektor serve exited ${String(run.code)}: ${run.stderr}`)));
  });
  if (!child) throw new Error('lektor serve did not start');
  return { url, cwd, child, exited };
}

async function post(url: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/translate`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

/**
 * Announces a body of `length` bytes and sends only its start: the server must refuse it from its
 * Content-Length alone, before reading it. (A client that sends the whole of an oversized body
 * meets a closed connection, as with any server that will not read it.)
 */
function postOversized(url: string, length: number): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/translate`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': length } }, (response) => {
      let text = '';
      response.on('data', (d: Buffer) => (text += d.toString()));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as unknown });
        req.destroy();
      });
    });
    req.on('error', reject);
    req.write('{"q": "Wort Wort Wort');
  });
}

describe('lektor serve with a glossary and API keys', () => {
  let model: string;
  let server: Awaited<ReturnType<typeof startServe>>;
  beforeAll(async () => {
    model = await tinyModelDir();
    server = await startServe(['--model', model, '--glossary', GLOSSARY, '--api-keys', 'keys.txt']);
  }, 60_000);
  afterAll(async () => {
    server.child.kill('SIGTERM');
    const run = await server.exited;
    expect(run.code).toBe(0);
    // The memory is closed on the way out: SQLite removes its write-ahead log with the last connection.
    const memory = path.join(server.cwd, 'translations/lektor-memory.sqlite');
    expect([existsSync(memory), existsSync(`${memory}-wal`)]).toEqual([true, false]);
  });

  it('translates a sentence and an array, the glossary enforced', async () => {
    // The client looks the languages up first, then posts; it sends its key as `apiKey`, not LibreTranslate's `api_key`, so keys are given here by hand.
    const withKey = { api_key: 'right-key', source: 'de', target: 'en' };
    expect(await post(server.url, { q: 'Der Geheimdienst überwacht das Logistikzentrum in Lüttich.', ...withKey })).toEqual({
      status: 200,
      body: { translatedText: 'The intelligence service monitors the logistics centre in Liège.' },
    });
    expect(await post(server.url, { q: [sentence(1), sentence(2)], ...withKey })).toEqual({
      status: 200,
      body: { translatedText: ['The intelligence service monitors 1 logistics centre.', 'The intelligence service monitors 2 logistics centre.'] },
    });
  });

  it('refuses a wrong key with 403 and a missing one with 400, as LibreTranslate does', async () => {
    expect(await post(server.url, { q: sentence(3), source: 'de', target: 'en', api_key: 'wrong-key' })).toEqual({ status: 403, body: { error: 'Invalid API key' } });
    // The client's own key field is not LibreTranslate's: the server sees no key, and the client no translation.
    await expect(translate({ query: sentence(3), source: 'de', target: 'en', apiurl: server.url, apiKey: 'right-key' })).resolves.toBeUndefined();
  });
});

describe('lektor serve without keys, called by the libretranslate npm client', () => {
  let model: string;
  let server: Awaited<ReturnType<typeof startServe>>;
  beforeAll(async () => {
    model = await tinyModelDir();
    server = await startServe(['--model', model, '--no-memory']);
  }, 60_000);
  afterAll(async () => {
    server.child.kill('SIGTERM');
    const run = await server.exited;
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/lektor: served \d+ requests/);
  });

  it('answers the client: a sentence, an array', async () => {
    expect(await translate({ query: sentence(4), source: 'de', target: 'en', apiurl: server.url })).toBe(english(4));
    expect(await translate({ query: [sentence(5), sentence(6)] as unknown as string, source: 'auto', target: 'en', apiurl: server.url })).toEqual([english(5), english(6)]);
  });

  it('lists only German → English, so the client refuses another language; asked directly, the error body is LibreTranslate\'s', async () => {
    await expect(translate({ query: sentence(7), source: 'de', target: 'fr', apiurl: server.url })).rejects.toThrow('This language was not found/does not exist.');
    expect(await post(server.url, { q: sentence(7), source: 'de', target: 'fr' })).toEqual({ status: 400, body: { error: 'fr is not supported' } });
    expect(await post(server.url, { q: sentence(7), source: 'en', target: 'en' })).toEqual({ status: 400, body: { error: 'en is not supported' } });
  });

  it('refuses an oversized body with 413 and a text over the limit with 400', async () => {
    expect(await postOversized(server.url, 1_500_000)).toEqual({ status: 413, body: { error: 'Request body is larger than 1048576 bytes' } });
    expect(await post(server.url, { q: 'Wort '.repeat(12_000), source: 'de', target: 'en' })).toEqual({ status: 400, body: { error: 'Invalid request: request (60000) exceeds text limit (50000)' } });
  });

  it('answers 50 concurrent clients correctly, in fewer model calls than requests', async () => {
    const before = (await (await fetch(`${server.url}/health`)).json()) as { modelCalls: number; requests: number };
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => translate({ query: sentence(100 + i), source: 'de', target: 'en', apiurl: server.url })));
    expect(answers).toEqual(Array.from({ length: 50 }, (_, i) => english(100 + i)));
    const after = (await (await fetch(`${server.url}/health`)).json()) as { modelCalls: number; requests: number };
    expect(after.requests - before.requests).toBe(50);
    expect(after.modelCalls - before.modelCalls).toBeLessThan(50);
  });
});

describe('lektor serve stopping', () => {
  it('on SIGTERM stops taking requests, finishes those it took, exits 0; no request is lost', async () => {
    const model = await tinyModelDir();
    const { url, child, exited } = await startServe(['--model', model, '--no-memory']);
    const long = (r: number) => Array.from({ length: 150 }, (_, i) => sentence(r * 1000 + i)).join(' ');
    const requests = Array.from({ length: 12 }, (_, r) =>
      post(url, { q: long(r), source: 'de', target: 'en' }).then(
        (answer) => ({ r, answer }),
        (error: Error & { cause?: { code?: string } }) => ({ r, error: error.cause?.code ?? error.message }),
      ),
    );
    // Stop while translations run.
    await expect.poll(async () => ((await (await fetch(`${url}/health`)).json()) as { running: number }).running, { timeout: 20_000, interval: 20 }).toBeGreaterThan(0);
    child.kill('SIGTERM');
    const settled = await Promise.all(requests);
    const run = await exited;
    expect(run.code).toBe(0);
    const answered = settled.filter((s) => 'answer' in s);
    // Every request the server took was answered in full; any it did not take was refused before it was sent, never cut off.
    for (const s of answered) expect(s).toEqual({ r: s.r, answer: { status: 200, body: { translatedText: Array.from({ length: 150 }, (_, i) => english(s.r * 1000 + i)).join(' ') } } });
    for (const s of settled.filter((s) => 'error' in s)) expect(s).toMatchObject({ error: 'ECONNREFUSED' });
    expect(answered.length).toBeGreaterThan(0);
    expect(run.stderr).toContain('lektor: SIGTERM: stopping; finishing');
    expect(run.stderr).toContain(`lektor: served ${answered.length} requests`);
  }, 60_000);

  it('refuses a host other machines can reach without --api-keys, at start, in one line', async () => {
    const model = await tinyModelDir();
    const run = await runCli(['serve', '--host', '0.0.0.0', '--model', model, '--offline']);
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: 'lektor: --host 0.0.0.0 would let other machines translate without a key; give --api-keys FILE, or keep the default 127.0.0.1\n' });
  });

  it('says in one line that the port is in use (exit 1), as review serve does', async () => {
    const model = await tinyModelDir();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const run = await runCli(['serve', '--port', String(port), '--model', model, '--offline']);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.split('\n').filter((line) => !line.startsWith('lektor: loading') && !line.startsWith('lektor: model loaded'))).toEqual([
        `lektor: port ${port} on 127.0.0.1 is in use; choose another with --port (0 picks a free one)`,
        '',
      ]);
    } finally {
      taken.close();
    }
  });
});

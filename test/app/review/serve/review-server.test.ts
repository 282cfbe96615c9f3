import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentsOf } from '../../../../pipeline/core/doc.js';
import { InputError } from '../../../../pipeline/core/errors.js';
import { openSqliteMemory } from '../../../../pipeline/engine/memory/sqlite-memory.js';
import { readArticleRecord } from '../../../../pipeline/app/review/article-record.js';
import { startReviewServer, type ReviewServer } from '../../../../pipeline/app/review/serve/review-server.js';
import { segmentVersion } from '../../../../pipeline/core/segment-version.js';
import { reviewFolder, SEED_ARTICLE, type ReviewFolder } from '../../../helpers/review-folder.js';

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

let folder: ReviewFolder;
let server: ReviewServer;
let token: string;
let cookie: string;

/** A plain request, so that Host and the other headers a browser would not let a page set can be chosen. */
function call(method: string, pathname: string, options: { headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = { Host: `127.0.0.1:${server.port}`, ...options.headers };
    const req = httpRequest({ host: '127.0.0.1', port: server.port, method, path: pathname, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.body !== undefined && !options.chunked) req.setHeader('Content-Length', Buffer.byteLength(options.body));
    req.end(options.body);
  });
}

const page = (pathname: string, headers: Record<string, string> = {}) => call('GET', pathname, { headers: { Cookie: cookie, ...headers } });

function save(segment: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return call('POST', `/api/articles/${SEED_ARTICLE}/segments/${segment}`, {
    headers: { 'Content-Type': 'application/json', 'X-Lektor-Token': token, ...headers },
    body: JSON.stringify(body),
  });
}

async function versionOf(id: string): Promise<string> {
  return segmentVersion(segmentsOf((await readArticleRecord(folder.out, SEED_ARTICLE)).doc).find((s) => s.id === id)!);
}

beforeAll(async () => {
  folder = await reviewFolder();
  server = await startReviewServer(folder.out, { port: 0, now: () => new Date('2026-11-30T10:00:00Z') });
  token = new URL(server.url).searchParams.get('token')!;
  cookie = `lektor-review-${server.port}=${token}`;
});

afterAll(async () => {
  await server?.close();
});

describe('startReviewServer', () => {
  it('listens on 127.0.0.1 with a token of 256 random bits in the address it gives', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{43}$`));
  });

  it('lets the printed address in once: a cookie (HttpOnly, SameSite=Strict) and the same path without the token', async () => {
    const first = await call('GET', `/${SEED_ARTICLE}.review.html?token=${token}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe(`/${SEED_ARTICLE}.review.html`);
    expect(first.headers['set-cookie']).toEqual([`${cookie}; HttpOnly; SameSite=Strict; Path=/`]);
    expect((await call('GET', `/.//evil.example/?token=${token}`)).headers.location).toBe('/evil.example/');
    expect((await page('/')).status).toBe(200);
    expect((await call('GET', '/', { headers: { Host: `localhost:${server.port}`, Cookie: cookie } })).status).toBe(200);
  });

  it.each([
    ['no token', () => ({ pathname: '/' })],
    ['a wrong token in the address', () => ({ pathname: `/?token=${token.slice(1)}x` })],
    ['a wrong cookie', () => ({ pathname: '/', Cookie: `lektor-review-${server.port}=${token.slice(1)}x` })],
    ['the cookie of another port', () => ({ pathname: '/', Cookie: `lektor-review-${server.port + 1}=${token}` })],
  ])('refuses a request with %s: 401', async (_, request: () => { pathname: string; Cookie?: string }) => {
    const { pathname, ...headers } = request();
    const answer = await call('GET', pathname, { headers });
    expect(answer.status).toBe(401);
    expect(answer.body).toBe('open the address `lektor review serve` printed, with its ?token=\n');
  });

  it.each(['evil.example', 'evil.example:0', '127.0.0.1.evil.example:0', '127.0.0.1:1', 'localhost'])('refuses Host "%s" even with the token (DNS rebinding): 403', async (host) => {
    const answer = await page(`/?token=${token}`, { Host: host.replace(':0', `:${server.port}`) });
    expect(answer.status).toBe(403);
    expect(answer.body).toContain(`this server answers only to 127.0.0.1:${server.port} and localhost:${server.port}`);
  });

  it('refuses a change without the token header (CSRF), with a wrong one, and from another origin: 403', async () => {
    const body = { target: 'The suspicion: spying.', version: await versionOf('s0004') };
    expect((await save('s0004', body, { 'X-Lektor-Token': '', Cookie: cookie })).status).toBe(403);
    expect((await save('s0004', body, { 'X-Lektor-Token': `${token.slice(1)}x` })).status).toBe(403);
    const foreign = await save('s0004', body, { Origin: 'http://evil.example' });
    expect(foreign).toMatchObject({ status: 403, body: JSON.stringify({ error: 'requests from other sites are refused' }) });
    expect(await versionOf('s0004')).toBe(body.version);
  });

  it('refuses a body over 64 KiB, declared or not: 413', async () => {
    const big = JSON.stringify({ target: 'x'.repeat(70 * 1024), version: 'v' });
    const headers = { 'Content-Type': 'application/json', 'X-Lektor-Token': token };
    for (const chunked of [false, true]) {
      const answer = await call('POST', `/api/articles/${SEED_ARTICLE}/segments/s0004`, { headers, body: big, chunked });
      expect(answer).toMatchObject({ status: 413, body: JSON.stringify({ error: 'the request is larger than 65536 bytes' }) });
    }
  });

  it('refuses what is not JSON, or not an edit', async () => {
    const headers = { 'X-Lektor-Token': token };
    expect((await call('POST', `/api/articles/${SEED_ARTICLE}/segments/s0004`, { headers: { ...headers, 'Content-Type': 'text/plain' }, body: '{}' })).status).toBe(415);
    expect((await call('POST', `/api/articles/${SEED_ARTICLE}/segments/s0004`, { headers: { ...headers, 'Content-Type': 'application/json' }, body: '{' })).status).toBe(400);
    expect((await save('s0004', { target: 1 })).body).toBe(JSON.stringify({ error: 'send { "target": "…", "version": "…" }' }));
    expect(await save('s9999', { target: 'x', version: 'v' })).toMatchObject({ status: 422, body: JSON.stringify({ error: `no sentence s9999 in article "${SEED_ARTICLE}"` }) });
  });

  it.each([
    '/.lektor/alibaba-liege-espionage.json',
    '/../.lektor/alibaba-liege-espionage.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2F.lektor%2Falibaba-liege-espionage.review.html',
    '/%2E%2E%2Fout%2Falibaba-liege-espionage.review.html',
    '/..%2f..%2fetc%2fpasswd.review.html',
    '/%ff.review.html',
    '/lektor-memory.sqlite',
    '/run.json',
    '/alibaba-liege-espionage.en.txt',
    '/api/articles/..%2F.lektor%2Falibaba-liege-espionage/glossary',
  ])('serves nothing outside the pages it renders: %s is 404', async (pathname) => {
    const method = pathname.startsWith('/api/') ? 'POST' : 'GET';
    const answer = await call(method, pathname, { headers: { Cookie: cookie, 'X-Lektor-Token': token, 'Content-Type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('"doc"');
  });

  it('answers another method on a known path with 405', async () => {
    expect((await call('POST', '/', { headers: { 'X-Lektor-Token': token, 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(405);
    expect((await page(`/api/articles/${SEED_ARTICLE}/glossary`)).status).toBe(405);
  });

  it('sends every answer uncached, unframeable and unsniffable', async () => {
    for (const answer of [await page('/'), await call('GET', '/')]) {
      expect(answer.headers).toMatchObject({
        'cache-control': 'no-store',
        'x-frame-options': 'DENY',
        'content-security-policy': "frame-ancestors 'none'",
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
    }
  });

  it('serves the page as an editor whose script may talk only to its own server', async () => {
    const answer = await page(`/${SEED_ARTICLE}.review.html`);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body).toMatch(/script-src &#39;sha256-[A-Za-z0-9+/=]+&#39;; connect-src &#39;self&#39;; base-uri/);
    expect(answer.body).toContain(`<main data-api="/api/articles/${SEED_ARTICLE}" data-token="${token}" data-suggestions>`);
    expect(answer.body.match(/<tr id="s\d+" class="seg"[^>]* data-version="[0-9a-f]{16}"/g)).toHaveLength(25);
  });

  it('saves concurrent edits one after the other: none is lost', async () => {
    const [a, b] = await Promise.all([
      save('s0006', { target: 'As the Financial Times reports, this concerns the logistics centre.', version: await versionOf('s0006') }),
      save('s0007', { target: 'The intelligence service confirmed it was working on it.', version: await versionOf('s0007') }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const targets = segmentsOf((await readArticleRecord(folder.out, SEED_ARTICLE)).doc).filter((s) => s.origin === 'review').map((s) => s.id);
    expect(targets).toEqual(expect.arrayContaining(['s0006', 's0007']));
    expect(JSON.parse(b.body)).toMatchObject({ segment: { id: 's0007', origin: 'review' } });
  });

  it('refuses a save from a stale version: 409 with the reason', async () => {
    const version = await versionOf('s0009');
    expect((await save('s0009', { target: 'Goods are distributed there.', version })).status).toBe(200);
    const stale = await save('s0009', { target: 'Goods are sent from there.', version });
    expect(stale.status).toBe(409);
    expect(JSON.parse(stale.body)).toEqual({ error: `sentence s0009 of "${SEED_ARTICLE}" was saved by someone else since you opened it; reload to see their version` });
  });
});

describe('startReviewServer, refusing to start', () => {
  it('in a folder without records, with the one line that names it', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'lektor-serve-empty-'));
    const error = await startReviewServer(empty, { port: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`${empty}: no translated articles here (run \`lektor translate\` with --out pointing at this folder first)`);
  });

  it('on a port that is taken, or no port at all', async () => {
    await expect(startReviewServer(folder.out, { port: server.port })).rejects.toThrow(`port ${server.port} on 127.0.0.1 is in use; choose another with --port (0 picks a free one)`);
    await expect(startReviewServer(folder.out, { port: 70000 })).rejects.toThrow('startReviewServer: port must be an integer from 0 to 65535, got 70000');
  });
});

describe('startReviewServer with a memory of its own', () => {
  it('records every review there (the workers\' shared memory), not in the memory of the article\'s run', async () => {
    const memory = openSqliteMemory(path.join(await mkdtemp(path.join(tmpdir(), 'lektor-shared-')), 'shared.sqlite'));
    const shared = await startReviewServer(folder.out, { port: 0, memory });
    try {
      const secret = new URL(shared.url).searchParams.get('token')!;
      const segment = segmentsOf((await readArticleRecord(folder.out, SEED_ARTICLE)).doc).find((s) => s.id === 's0010')!;
      const answer = await fetch(`http://127.0.0.1:${shared.port}/api/articles/${SEED_ARTICLE}/segments/s0010`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Lektor-Token': secret, Cookie: `lektor-review-${shared.port}=${secret}` },
        body: JSON.stringify({ target: 'Goods from China are distributed from there.', version: segmentVersion(segment) }),
      });
      expect(answer.status).toBe(200);
      expect((await memory.recallReviews([segment.source]))[0]).toMatchObject({ target: 'Goods from China are distributed from there.' });
    } finally {
      await shared.close();
      await memory.close();
    }
  });
});

import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { ReviewError } from '../../../pipeline/core/errors.js';
import type { ErrorReplyOptions, Refusals } from '../../../pipeline/app/http/error-reply.js';
import { httpApp } from '../../../pipeline/app/http/http-app.js';
import { HttpError } from '../../../pipeline/app/http/http-error.js';

const REFUSALS: Refusals = {
  notFound: 'nothing here',
  tooLarge: (limit) => `over ${limit} bytes`,
  unsupportedType: 'JSON only',
  notJson: 'broken JSON',
  otherwise: (error) => new HttpError(error instanceof ReviewError ? 409 : 500, `own: ${(error as Error).message}`),
};

let app: FastifyInstance;
afterEach(async () => {
  await app.close();
});

async function serve(options: Partial<ErrorReplyOptions> = {}): Promise<FastifyInstance> {
  app = await httpApp({ maxBodyBytes: 100, refusals: REFUSALS, ...options });
  app.post('/echo', async (request) => request.body);
  app.get('/refused', async () => {
    throw new HttpError(403, 'not you');
  });
  app.get('/conflict', async () => {
    throw new ReviewError('conflict', 'stale');
  });
  app.get('/broken', async () => {
    throw new Error('disk on fire\nstack');
  });
  return app;
}

const answer = async (app: FastifyInstance, request: InjectOptions) => {
  const { statusCode, body, headers } = await app.inject(request);
  return { status: statusCode, body, type: headers['content-type'] };
};

describe('errorReply', () => {
  it.each([
    ['a route’s HttpError as it is', { method: 'GET', url: '/refused' }, 403, 'not you'],
    ['a path without a route', { method: 'GET', url: '/nowhere' }, 404, 'nothing here'],
    ['a path that does not decode', { method: 'GET', url: '/%ff' }, 404, 'nothing here'],
    ['a body over the limit', { method: 'POST', url: '/echo', payload: { q: 'x'.repeat(200) } }, 413, 'over 100 bytes'],
    ['a body of another type', { method: 'POST', url: '/echo', headers: { 'content-type': 'text/plain' }, payload: 'hello' }, 415, 'JSON only'],
    ['broken JSON', { method: 'POST', url: '/echo', headers: { 'content-type': 'application/json' }, payload: '{"q": ' }, 400, 'broken JSON'],
    ['an empty JSON body', { method: 'POST', url: '/echo', headers: { 'content-type': 'application/json' }, payload: '' }, 400, 'broken JSON'],
    ['the server’s own error, in its words', { method: 'GET', url: '/conflict' }, 409, 'own: stale'],
    ['anything else, in its words', { method: 'GET', url: '/broken' }, 500, 'own: disk on fire\nstack'],
  ] as const)('answers %s as JSON { error }', async (_, request, status, error) => {
    expect(await answer(await serve(), request)).toEqual({ status, body: JSON.stringify({ error }), type: 'application/json; charset=utf-8' });
  });

  it('answers as one line of text where the server says so', async () => {
    const server = await serve({ asText: (request) => request.method === 'GET' });
    expect(await answer(server, { method: 'GET', url: '/refused' })).toEqual({ status: 403, body: 'not you\n', type: 'text/plain; charset=utf-8' });
    expect(await answer(server, { method: 'POST', url: '/echo', payload: '{', headers: { 'content-type': 'application/json' } })).toMatchObject({ status: 400, body: '{"error":"broken JSON"}' });
  });

  it('tells the operator of failures on the server’s side only', async () => {
    const told: string[] = [];
    const server = await serve({ onInternal: (request, message) => told.push(`${request.method} ${request.url}: ${message}`) });
    await server.inject({ method: 'GET', url: '/refused' });
    await server.inject({ method: 'GET', url: '/broken' });
    expect(told).toEqual(['GET /broken: own: disk on fire\nstack']);
  });
});

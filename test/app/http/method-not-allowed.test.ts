import { describe, expect, it } from 'vitest';
import Fastify, { type FastifyError } from 'fastify';
import { HttpError } from '../../../pipeline/app/http/http-error.js';
import { refuseOtherMethods } from '../../../pipeline/app/http/method-not-allowed.js';

describe('refuseOtherMethods', () => {
  it('answers another method on a known path 405, naming the ones it takes, before reading the body', async () => {
    const app = Fastify({ exposeHeadRoutes: false });
    app.setErrorHandler(async (error: FastifyError, _request, reply) => reply.code(error instanceof HttpError ? error.status : 500).send(error.message));
    app.get('/items/:id', async () => 'item');
    app.post('/items', async () => 'added');
    app.put('/items', async () => 'replaced');
    refuseOtherMethods(app, '/items/:id', ['GET']);
    refuseOtherMethods(app, '/items', ['POST', 'PUT']);
    expect((await app.inject({ method: 'GET', url: '/items/1' })).body).toBe('item');
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD'] as const) {
      // A body no parser takes would be 415, were it read.
      expect((await app.inject({ method, url: '/items/1', headers: { 'content-type': 'application/x-unknown' }, payload: 'x' })).statusCode).toBe(405);
    }
    expect((await app.inject({ method: 'DELETE', url: '/items/1' })).body).toBe('use GET');
    expect((await app.inject({ method: 'GET', url: '/items' })).body).toBe('use POST or PUT');
    expect((await app.inject({ method: 'POST', url: '/other' })).statusCode).toBe(404);
    await app.close();
  });
});

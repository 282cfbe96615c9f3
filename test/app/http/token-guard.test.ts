import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAccessToken } from '../../../pipeline/app/http/access-token.js';
import { httpApp } from '../../../pipeline/app/http/http-app.js';
import { HttpError } from '../../../pipeline/app/http/http-error.js';
import { tokenGuard } from '../../../pipeline/app/http/token-guard.js';

const token = newAccessToken();
let app: FastifyInstance;
let port: number;

beforeAll(async () => {
  app = await httpApp({ maxBodyBytes: 1024, refusals: { notFound: 'not found', tooLarge: () => '', unsupportedType: '', notJson: '', otherwise: () => new HttpError(500, '') } });
  await app.register(tokenGuard, { token });
  app.get('/page', async () => 'page');
  app.post('/change', async () => ({ changed: true }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await app.close();
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers: { host: `127.0.0.1:${port}`, ...headers } });
const cookie = () => `lektor-review-${port}=${token}`;

describe('tokenGuard', () => {
  it('lets in a request with the cookie, from either of this machine’s names', async () => {
    expect((await get('/page', { cookie: cookie() })).body).toBe('page');
    expect((await get('/page', { cookie: cookie(), host: `localhost:${port}` })).statusCode).toBe(200);
  });

  it('trades the token in the address for the cookie, and sends the browser to the same path without it', async () => {
    const first = await get(`/page?token=${token}&x=1`);
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe('/page');
    expect(first.headers['set-cookie']).toBe(`${cookie()}; HttpOnly; SameSite=Strict; Path=/`);
  });

  it.each([
    ['no token', () => ({ headers: {}, status: 401, error: 'open the address `lektor review serve` printed, with its ?token=' })],
    ['the cookie, but another name for this address', () => ({ headers: { cookie: cookie(), host: 'evil.example' }, status: 403, error: `this server answers only to 127.0.0.1:${port} and localhost:${port}` })],
    ['the cookie, but from another site’s page', () => ({ headers: { cookie: cookie(), origin: 'http://evil.example' }, status: 403, error: 'requests from other sites are refused' })],
  ])('refuses a request with %s', async (_, refusal: () => { headers: Record<string, string>; status: number; error: string }) => {
    const { headers, status, error } = refusal();
    const answer = await get('/page', headers);
    expect({ status: answer.statusCode, body: answer.json() as unknown }).toEqual({ status, body: { error } });
  });

  it('lets a change through only with the token in its header, whatever the cookie', async () => {
    const change = (headers: Record<string, string>) => app.inject({ method: 'POST', url: '/change', headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', ...headers }, payload: '{}' });
    expect((await change({ 'x-lektor-token': token })).json()).toEqual({ changed: true });
    expect((await change({ cookie: cookie() })).json()).toEqual({ error: 'a change needs the token in the x-lektor-token header' });
  });
});

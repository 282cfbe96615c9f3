import { describe, expect, it } from 'vitest';
import Fastify, { type FastifyError } from 'fastify';
import { HttpError } from '../../../pipeline/app/http/http-error.js';
import { stringFieldsBody } from '../../../pipeline/app/http/string-fields-body.js';

async function app() {
  // Coercion off, as in httpApp: a number is not taken for a string.
  const server = Fastify({ ajv: { customOptions: { coerceTypes: false } } });
  server.setErrorHandler(async (error: FastifyError, _request, reply) =>
    reply.code(error instanceof HttpError ? error.status : (error.statusCode ?? 500)).send({ error: error.message }),
  );
  server.post('/terms', stringFieldsBody(['source', 'target']), async (request) => request.body);
  return server;
}

describe('stringFieldsBody', () => {
  it('lets an object with every field a string through, with its other fields', async () => {
    const body = { source: 'Lüttich', target: 'Liège', note: 1 };
    expect((await (await app()).inject({ method: 'POST', url: '/terms', payload: body })).json()).toEqual(body);
  });

  it.each([{ source: 'Lüttich' }, { source: 'Lüttich', target: 1 }, null, ['source', 'target']])('refuses %j with the shape to send: 400', async (body) => {
    const answer = await (await app()).inject({ method: 'POST', url: '/terms', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
    expect({ status: answer.statusCode, body: answer.json() as unknown }).toEqual({ status: 400, body: { error: 'send { "source": "…", "target": "…" }' } });
  });

  it('takes an optional field when it is a string, and refuses it otherwise with the shape to send: 400', async () => {
    const server = await app();
    server.post('/stack', stringFieldsBody(['source'], ['file']), async (request) => request.body);
    const send = async (body: unknown) => {
      const answer = await server.inject({ method: 'POST', url: '/stack', payload: body as Record<string, unknown> });
      return { status: answer.statusCode, body: answer.json() as unknown };
    };
    expect(await send({ source: 'Lüttich' })).toEqual({ status: 200, body: { source: 'Lüttich' } });
    expect(await send({ source: 'Lüttich', file: 'desk.yaml' })).toEqual({ status: 200, body: { source: 'Lüttich', file: 'desk.yaml' } });
    expect(await send({ source: 'Lüttich', file: 2 })).toEqual({ status: 400, body: { error: 'send { "source": "…" }, optionally with "file": "…"' } });
  });

  it('refuses no body at all as a body of another type: 415', async () => {
    expect((await (await app()).inject({ method: 'POST', url: '/terms' })).statusCode).toBe(415);
  });
});

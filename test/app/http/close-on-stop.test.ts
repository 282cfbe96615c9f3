import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { closeOnStop } from '../../../pipeline/app/http/close-on-stop.js';

describe('closeOnStop', () => {
  it('keeps connections alive while serving, and closes those still answering when the server stops', async () => {
    const app = Fastify();
    await app.register(closeOnStop);
    let release: () => void = () => undefined;
    app.get('/quick', async () => 'quick');
    app.get('/slow', async () => new Promise<string>((resolve) => (release = () => resolve('slow'))));
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    expect((await fetch(`${url}/quick`)).headers.get('connection')).toBe('keep-alive');
    const slow = fetch(`${url}/slow`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = app.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    const answer = await slow;
    expect([await answer.text(), answer.headers.get('connection')]).toEqual(['slow', 'close']);
    await closed;
  });
});

import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { HttpError } from '../../../pipeline/app/http/http-error.js';
import { securityHeaders } from '../../../pipeline/app/http/security-headers.js';

describe('securityHeaders', () => {
  it('keeps every answer, a refusal too, uncached, unframeable, unsniffable and without a referrer', async () => {
    const app = Fastify();
    await app.register(securityHeaders);
    app.get('/page', async () => 'page');
    app.get('/refused', async () => {
      throw new HttpError(403, 'no');
    });
    for (const url of ['/page', '/refused', '/nowhere']) {
      expect((await app.inject({ method: 'GET', url })).headers).toMatchObject({
        'cache-control': 'no-store',
        'content-security-policy': "frame-ancestors 'none'",
        'x-frame-options': 'DENY',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
      });
    }
    await app.close();
  });
});

import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTranslationService, type TranslationService } from '../../../pipeline/app/service/translation-service.js';
import { fakeEngine } from '../../helpers/fake-engine.js';

let service: TranslationService;
beforeAll(async () => {
  service = await startTranslationService({ engine: fakeEngine().engine, port: 0 });
});
afterAll(async () => {
  await service.close();
});

describe('GET /spec and /docs', () => {
  it('serves a valid OpenAPI document of every route', async () => {
    const spec = (await (await fetch(`${service.url}/spec`)).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    const result = await new Validator().validate(spec);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(Object.keys(spec.paths).sort()).toEqual(['/detect', '/frontend/settings', '/health', '/languages', '/metrics', '/translate', '/v1/translate']);
    expect(Object.keys(spec.paths['/translate'] ?? {})).toEqual(['post']);
  });

  it('renders it at /docs from its own files, under a policy that loads nothing from elsewhere', async () => {
    const page = await fetch(`${service.url}/docs/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((a) => /^(https?:)?\/\//.test(a))).toEqual([]);
    for (const asset of [...assets, './static/swagger-ui-bundle.js', './static/swagger-initializer.js']) {
      const response = await fetch(new URL(asset, `${service.url}/docs/`));
      // Read whole: a body left unread holds its connection, and with it close().
      await response.arrayBuffer();
      expect(response.status, asset).toBe(200);
    }
    const initializer = await (await fetch(`${service.url}/docs/static/swagger-initializer.js`)).text();
    expect(initializer).toContain('validatorUrl: null');
  });
});

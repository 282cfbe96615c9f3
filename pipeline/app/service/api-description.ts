import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { version } from '../../core/version.js';

/**
 * The API described for its users, generated from the routes' schemas (registered before the
 * routes, so it sees them): the OpenAPI document at `GET /spec`, as LibreTranslate serves its own,
 * and Swagger UI rendering it at `/docs`, from its own files: a Content-Security-Policy lets the
 * page load nothing from elsewhere.
 */
export async function addApiDescription(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Lektor',
        version,
        description: "German into English with a glossary enforced, behind LibreTranslate's API.",
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true, uiConfig: { validatorUrl: null } });
  app.get('/spec', { schema: { hide: true } }, async () => app.swagger());
}

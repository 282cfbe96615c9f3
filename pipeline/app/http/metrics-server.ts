import type { Registry } from 'prom-client';
import { firstLine } from '../../core/errors.js';
import { httpApp } from './http-app.js';
import { HttpError } from './http-error.js';
import { listen } from './listen.js';

export interface MetricsServer {
  /** `http://host:port`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * `GET /metrics` alone, for a process that serves nothing else (a worker): the registry in the
 * Prometheus text format. It takes no bodies, and answers everything else 404.
 */
export async function startMetricsServer(registry: Registry, options: { readonly port: number; readonly host: string }): Promise<MetricsServer> {
  const app = await httpApp({
    maxBodyBytes: 1024,
    asText: () => true,
    refusals: {
      notFound: 'not found: this server answers GET /metrics',
      tooLarge: (limit) => `the request is larger than ${limit} bytes`,
      unsupportedType: 'this server takes no request bodies',
      notJson: 'this server takes no request bodies',
      otherwise: (error) => new HttpError(500, `unexpected error: ${firstLine(error)}`, { cause: error }),
    },
  });
  app.get('/metrics', async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()));
  const port = await listen(app, options.port, options.host);
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { url: `http://${host}:${port}`, close: () => app.close() };
}

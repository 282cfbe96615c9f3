import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { ServeError } from '../../core/errors.js';

/**
 * Starts `app` on `host:port` and gives the port it got (0 picks a free one). A port that cannot
 * be had is one line saying so and what to do, for both servers: the raw `listen EADDRINUSE`
 * would read as a crash.
 */
export async function listen(app: FastifyInstance, port: number, host: string): Promise<number> {
  try {
    await app.listen({ port, host });
  } catch (error) {
    await app.close();
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EADDRINUSE' ? 'is in use' : `cannot be used (${code ?? (error as Error).message})`;
    throw new ServeError(`port ${port} on ${host} ${reason}; choose another with --port (0 picks a free one)`, { cause: error });
  }
  return (app.server.address() as AddressInfo).port;
}

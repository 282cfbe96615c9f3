import Fastify, { type FastifyInstance } from 'fastify';
import { closeOnStop } from './close-on-stop.js';
import { errorReply, type ErrorReplyOptions } from './error-reply.js';

export interface HttpAppOptions extends ErrorReplyOptions {
  /** The largest request body, in bytes; a larger one is refused 413 before it is read (declared) or as soon as it grows past it. */
  readonly maxBodyBytes: number;
}

/**
 * The Fastify app every Lektor server starts from: JSON bodies up to the limit (a server adds
 * other types itself), schemas that check what was sent rather than convert it, the one error
 * reply, and connections that close when the server stops.
 */
export async function httpApp(options: HttpAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: options.maxBodyBytes,
    // A client that sends its request slowly is cut off; the time an answer takes is the server's concern.
    requestTimeout: 30_000,
    // A number is not taken for the string a schema asks for.
    ajv: { customOptions: { coerceTypes: false } },
    routerOptions: {
      // A path that does not decode (`/%ff`) names nothing: not found, in the server's shape, rather
      // than Fastify's own 400 body.
      onBadUrl: undefined,
      // A parameter is a file name at most; the request line's own limit bounds it.
      maxParamLength: 16 * 1024,
    },
  });
  app.removeContentTypeParser('text/plain');
  await app.register(errorReply, options);
  await app.register(closeOnStop);
  return app;
}
